// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Running the real outage-radar binary (OUTAGE_RADAR_BINARY) as scripts do.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace clitesting {

struct Run
{
    int exitCode = -1; // -1 when it crashed
    QByteArray out;
    QByteArray err;
};

inline Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(OUTAGE_RADAR_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("outage-radar did not finish: %s", qPrintable(arguments.join(u' ')));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

inline QJsonObject parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("not JSON (%s): %s", qPrintable(error.errorString()), bytes.constData());
    return document.object();
}

/// Checks that `arguments` are refused as a usage error: exit 64, nothing on stdout, and a message
/// on stderr that contains `message`.
inline void expectUsageError(const QStringList &arguments, const QString &message)
{
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 64);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
}

} // namespace clitesting
