// SPDX-License-Identifier: GPL-3.0-or-later
// --export-config and --import-config as scripts use them (ARCHITECTURE.md §4): the real binary,
// temporary data directories, and --once reading what an import saved.
#include "clitesting.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLockFile>
#include <QTemporaryDir>

using namespace clitesting;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QJsonArray exportedSources(const QString &dataDir)
{
    const Run result = run({u"--export-config"_s, u"-"_s, u"--data-dir"_s, dataDir});
    if (result.exitCode != 0)
        qFatal("--export-config failed: %s", result.err.constData());
    return parseJson(result.out).value(u"sources"_s).toArray();
}

QString fixtureUrl(const char *name)
{
    return QUrl::fromLocalFile(QStringLiteral(RADAR_TEST_DATA_DIR "/statuspage/") + QLatin1StringView(name))
        .toString();
}

} // namespace

class TestConfigCli : public QObject
{
    Q_OBJECT

private slots:
    void exportImportRoundTrips()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        const QString file = first.filePath(u"team.json"_s);
        const Run exported = run({u"--export-config"_s, file, u"--data-dir"_s, first.path()});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains("source"), exported.out.constData());
        const QJsonObject document = parseJson(readAll(file));
        QCOMPARE(document.value(u"format"_s).toString(), u"outage-radar-config"_s);
        QCOMPARE(document.value(u"schema"_s).toInt(), 1);
        const QJsonArray sources = document.value(u"sources"_s).toArray();
        QVERIFY(sources.size() >= 5); // the catalog's defaults: the user never chose
        QVERIFY(document.contains(u"watch_list"_s));
        QVERIFY(document.contains(u"notifications"_s));

        const Run imported = run({u"--import-config"_s, file, u"--data-dir"_s, second.path()});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QByteArray::number(sources.size())), imported.out.constData());
        QCOMPARE(exportedSources(second.path()), sources);
    }

    void badFileChangesNothing()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(u"good.json"_s);
        writeFile(good,
                  "{\"format\": \"outage-radar-config\", \"schema\": 1, \"sources\": [\n"
                  "            {\"id\": \"example\", \"name\": \"Example\", \"url\": "
                  "\"https://status.example/api/v2/summary.json\",\n"
                  "             \"kind\": \"statuspage\"}]}");
        QCOMPARE(run({u"--import-config"_s, good, u"--data-dir"_s, dir.path()}).exitCode, 0);
        const QByteArray settingsBefore = readAll(dir.filePath(u"outage-radar.ini"_s));
        QVERIFY(!settingsBefore.isEmpty());

        const QString bad = dir.filePath(u"bad.json"_s);
        writeFile(bad,
                  "{\"format\": \"outage-radar-config\", \"schema\": 1, \"sources\": [\n"
                  "            {\"id\": \"a\", \"url\": \"https://a.example/\", \"kind\": \"smoke\"},\n"
                  "            {\"id\": \"a\", \"url\": \"https://b.example/\"}]}");
        const Run result = run({u"--import-config"_s, bad, u"--data-dir"_s, dir.path()});
        QCOMPARE(result.exitCode, 65);
        QVERIFY(result.out.isEmpty());
        const QStringList lines = QString::fromUtf8(result.err).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // one line per problem, then "nothing was imported"
        QVERIFY2(lines.at(0).contains(bad + u": sources[0].kind"_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(bad + u": sources[1].id"_s), qPrintable(lines.at(1)));
        QVERIFY(lines.at(2).contains(u"nothing was imported"_s));
        QCOMPARE(readAll(dir.filePath(u"outage-radar.ini"_s)), settingsBefore);
        const QJsonArray sources = exportedSources(dir.path());
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.at(0).toObject().value(u"id"_s).toString(), u"example"_s);
    }

    void missingFileAndRunningApp()
    {
        QTemporaryDir dir;
        const Run missing =
            run({u"--import-config"_s, dir.filePath(u"nope.json"_s), u"--data-dir"_s, dir.path()});
        QCOMPARE(missing.exitCode, 66);
        QVERIFY(missing.err.contains("nope.json"));

        const QString file = dir.filePath(u"team.json"_s);
        QCOMPARE(run({u"--export-config"_s, file, u"--data-dir"_s, dir.path()}).exitCode, 0);
        // The app holds this lock while it runs (SingleInstance); this process stands in for it.
        QLockFile lock(dir.filePath(u"instance.lock"_s));
        QVERIFY(lock.tryLock(0));
        const QByteArray before = readAll(dir.filePath(u"outage-radar.ini"_s));
        const Run busy = run({u"--import-config"_s, file, u"--data-dir"_s, dir.path()});
        QCOMPARE(busy.exitCode, 75);
        QVERIFY2(busy.err.contains("running"), busy.err.constData());
        QCOMPARE(readAll(dir.filePath(u"outage-radar.ini"_s)), before);
    }

    void onceUsesTheImportedSources()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"team.json"_s);
        writeFile(
            file,
            QStringLiteral(
                "{\"format\": \"outage-radar-config\", \"schema\": 1, \"sources\": [\n"
                "            {\"id\": \"hub\", \"name\": \"Hub\", \"url\": \"%1\", \"kind\": "
                "\"statuspage\"},\n"
                "            {\"id\": \"off\", \"name\": \"Off\", \"url\": \"%2\", \"enabled\": false},\n"
                "            {\"id\": \"calm\", \"name\": \"Calm\", \"url\": \"%3\", \"services\": "
                "[\"nothing-matches\"]}]}")
                .arg(fixtureUrl("major-outage.json"), fixtureUrl("degraded.json"),
                     fixtureUrl("all-operational.json"))
                .toUtf8());
        QCOMPARE(run({u"--import-config"_s, file, u"--data-dir"_s, dir.path()}).exitCode, 0);
        const Run once = run({u"--once"_s, u"--format"_s, u"json"_s, u"--data-dir"_s, dir.path()});
        QCOMPARE(once.exitCode, 2);
        const QJsonObject report = parseJson(once.out);
        const QJsonArray sources = report.value(u"sources"_s).toArray();
        QCOMPARE(sources.size(), 2); // the disabled one is not polled
        QCOMPARE(sources.at(0).toObject().value(u"id"_s).toString(), u"hub"_s);
        QCOMPARE(sources.at(1).toObject().value(u"id"_s).toString(), u"calm"_s);
        for (const QJsonValue &cell : report.value(u"cells"_s).toArray())
            QVERIFY2(cell.toObject().value(u"provider"_s).toString() != u"calm"_s,
                     "the calm source's filter shows none of its services");
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("with --source")
            << QStringList {u"--export-config"_s, u"x.json"_s, u"--source"_s, u"https://a.example/"_s}
            << u"only --data-dir"_s;
        QTest::newRow("with --once") << QStringList {u"--import-config"_s, u"x.json"_s, u"--once"_s}
                                     << u"cannot be combined"_s;
        QTest::newRow("no file") << QStringList {u"--import-config"_s} << u"import-config"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        expectUsageError(arguments, message);
    }
};

QTEST_GUILESS_MAIN(TestConfigCli)
#include "tst_configcli.moc"
