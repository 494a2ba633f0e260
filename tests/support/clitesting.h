// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Running the real outage-radar binary (OUTAGE_RADAR_BINARY) as scripts do.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

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

} // namespace clitesting
