// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as scripts use it: the real binary, its JSON, its stderr and its exit codes.
#include "clitesting.h"
#include "fixtureserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using clitesting::parseJson;
using clitesting::Run;
using clitesting::run;

namespace {

QString fixtureUrl(const QString &name)
{
    return QUrl::fromLocalFile(QStringLiteral(RADAR_TEST_DATA_DIR "/statuspage/") + name).toString();
}

QRegularExpression isoUtc()
{
    return QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void majorOutageJson();
    void exitCodes_data();
    void exitCodes();
    void badInputNamesTheFile_data();
    void badInputNamesTheFile();
    void usageErrors_data();
    void usageErrors();
    void tableFormat();
    void unknownWordsAreWarnedOnStderr();
    void httpSourceThroughLoopback();
    void closedPortsAreOfflineNotOutages();
    void versionAndHelp();
};

void TestCli::majorOutageJson()
{
    const Run result = run({"--once", "--source", fixtureUrl("major-outage.json"), "--format", "json"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QJsonObject root = parseJson(result.out);
    QCOMPARE(root.value("schema").toInt(), 1);
    QCOMPARE(root.value("overall").toString(), QStringLiteral("major_outage"));
    QVERIFY(isoUtc().match(root.value("generated_at").toString()).hasMatch());

    const QJsonArray sources = root.value("sources").toArray();
    QCOMPARE(sources.size(), 1);
    const QJsonObject source = sources[0].toObject();
    for (const char *field : {"id", "name", "kind", "url", "state", "error", "fetched_at"})
        QVERIFY2(source.contains(QLatin1StringView(field)), field);
    QCOMPARE(source.value("state").toString(), QStringLiteral("ok"));
    QCOMPARE(source.value("kind").toString(), QStringLiteral("statuspage"));
    QCOMPARE(source.value("name").toString(), QStringLiteral("ExampleHub"));
    QVERIFY(source.value("error").isNull());

    const QJsonArray cells = root.value("cells").toArray();
    QCOMPARE(cells.size(), 4);
    bool sawActions = false;
    for (const QJsonValue &value : cells) {
        const QJsonObject cell = value.toObject();
        for (const char *field :
             {"provider", "service", "region", "region_name", "status", "since", "incidents"})
            QVERIFY2(cell.contains(QLatin1StringView(field)), field);
        QCOMPARE(cell.value("region").toString(), QStringLiteral("global"));
        if (cell.value("service").toString() == QStringLiteral("Actions")) {
            sawActions = true;
            QCOMPARE(cell.value("status").toString(), QStringLiteral("major_outage"));
            QCOMPARE(cell.value("since").toString(), QStringLiteral("2026-11-20T14:02:00Z"));
            QCOMPARE(cell.value("incidents").toArray(), QJsonArray {QStringLiteral("inc1")});
        }
    }
    QVERIFY(sawActions);

    const QJsonArray incidents = root.value("incidents").toArray();
    QCOMPARE(incidents.size(), 1);
    const QJsonObject incident = incidents[0].toObject();
    for (const char *field : {"id", "provider", "title", "severity", "state", "started_at", "resolved_at",
                              "services", "regions", "url", "updates"})
        QVERIFY2(incident.contains(QLatin1StringView(field)), field);
    QCOMPARE(incident.value("severity").toString(), QStringLiteral("major_outage"));
    QCOMPARE(incident.value("state").toString(), QStringLiteral("identified"));
    QCOMPARE(incident.value("started_at").toString(), QStringLiteral("2026-11-20T14:01:00Z"));
    QVERIFY(incident.value("resolved_at").isNull());
    QCOMPARE(incident.value("services").toArray(), QJsonArray {QStringLiteral("Actions")});
    const QJsonArray updates = incident.value("updates").toArray();
    QCOMPARE(updates.size(), 2);
    QCOMPARE(updates[0].toObject().value("state").toString(), QStringLiteral("investigating"));
    QVERIFY(isoUtc().match(updates[1].toObject().value("at").toString()).hasMatch());
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("overall");
    QTest::newRow("all operational") << QStringList {"all-operational.json"} << 0 << "operational";
    QTest::newRow("degraded") << QStringList {"degraded.json"} << 1 << "degraded";
    QTest::newRow("major outage") << QStringList {"major-outage.json"} << 2 << "major_outage";
    QTest::newRow("partial (incident.io)") << QStringList {"incidentio-nulls.json"} << 2 << "major_outage";
    QTest::newRow("indicator none but incident open")
        << QStringList {"indicator-none-open-incident.json"} << 1 << "degraded";
    QTest::newRow("maintenance is not a failure") << QStringList {"maintenance.json"} << 0 << "maintenance";
    QTest::newRow("a failed source beats degraded")
        << QStringList {"degraded.json", "missing.json"} << 3 << "degraded";
    QTest::newRow("an outage beats a failed source")
        << QStringList {"major-outage.json", "truncated.json"} << 2 << "major_outage";
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, files);
    QFETCH(int, exitCode);
    QFETCH(QString, overall);
    QStringList arguments {"--once", "--format", "json"};
    for (const QString &file : files)
        arguments << "--source" << fixtureUrl(file);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(parseJson(result.out).value("overall").toString(), overall);
}

void TestCli::badInputNamesTheFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("cause");
    QTest::newRow("missing") << "missing.json"
                             << "No such file or directory";
    QTest::newRow("malformed") << "truncated.json"
                               << "malformed JSON";
    QTest::newRow("not a feed") << "captive-portal.html"
                                << "HTML";
}

void TestCli::badInputNamesTheFile()
{
    QFETCH(QString, file);
    QFETCH(QString, cause);
    const Run result = run({"--once", "--source", fixtureUrl(file), "--format", "json"});
    QCOMPARE(result.exitCode, 3);
    const QList<QByteArray> lines = result.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QString line = QString::fromUtf8(lines.constFirst());
    QVERIFY2(line.contains(file) && line.contains(cause), qPrintable(line));

    const QJsonObject root = parseJson(result.out);
    QCOMPARE(root.value("overall").toString(), QStringLiteral("unknown"));
    const QJsonObject source = root.value("sources").toArray().at(0).toObject();
    QCOMPARE(source.value("state").toString(), QStringLiteral("error"));
    QVERIFY(source.value("error").toString().contains(cause));
    for (const QJsonValue &cell : root.value("cells").toArray())
        QCOMPARE(cell.toObject().value("status").toString(), QStringLiteral("unknown"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList {"--frobnicate"} << "frobnicate";
    QTest::newRow("bad format") << QStringList {"--once", "--format", "xml"} << "--format";
    QTest::newRow("format without once") << QStringList {"--format", "json"} << "--once";
    QTest::newRow("interval too short")
        << QStringList {"--once", "--source", "file:///x.json", "--interval", "5"} << "--interval";
    QTest::newRow("interval longer than a day")
        << QStringList {"--once", "--source", "file:///x.json", "--interval", "86401"}
        << "--interval must be a number of seconds from 15 to 86400, not \"86401\"";
    QTest::newRow("interval not a number")
        << QStringList {"--once", "--source", "file:///x.json", "--interval", "soon"} << "--interval";
    QTest::newRow("unknown kind") << QStringList {"--once", "--source", "file:///x.json", "--kind", "gopher"}
                                  << "--kind";
    QTest::newRow("kind without source") << QStringList {"--once", "--kind", "statuspage"} << "--source";
    QTest::newRow("ftp source") << QStringList {"--once", "--source", "ftp://example.test/feed"}
                                << "--source";
    QTest::newRow("bare path") << QStringList {"--once", "--source", "feed.json"} << "file:///";
    QTest::newRow("positional") << QStringList {"--once", "extra"} << "extra";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    clitesting::expectUsageError(arguments, message);
}

void TestCli::tableFormat()
{
    const Run result = run({"--once", "--source", fixtureUrl("major-outage.json")});
    QCOMPARE(result.exitCode, 2);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.startsWith(QStringLiteral("Overall: major_outage")), qPrintable(out));
    QVERIFY(
        out.contains(QRegularExpression(QStringLiteral("ExampleHub\\s+Actions\\s+global\\s+major_outage"))));
    QVERIFY(out.contains(QStringLiteral("Actions workflows are failing")));
}

void TestCli::unknownWordsAreWarnedOnStderr()
{
    const Run result = run({"--once", "--format", "json", "--source", fixtureUrl("unknown-values.json")});
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(
        err.contains(QStringLiteral("unknown-values: unknown component status \"exploded\" read as unknown")),
        qPrintable(err));
    QCOMPARE(parseJson(result.out).value("overall").toString(), QStringLiteral("unknown"));
}

void TestCli::httpSourceThroughLoopback()
{
    FixtureServer server;
    QVERIFY(server.listen());
    QFile file(QStringLiteral(RADAR_TEST_DATA_DIR "/statuspage/degraded.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    server.setResponse(QStringLiteral("/api/v2/summary.json"), FixtureResponse::json(file.readAll()));

    // The server lives on this process's event loop, so the child is run without blocking it.
    QProcess process;
    process.start(QStringLiteral(OUTAGE_RADAR_BINARY),
                  {"--once", "--format", "json", "--source", server.url("/api/v2/summary.json").toString(),
                   "--source", server.url("/gone").toString()});
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    QCOMPARE(process.exitCode(), 3);
    const QJsonObject root = parseJson(process.readAllStandardOutput());
    QCOMPARE(root.value("overall").toString(), QStringLiteral("degraded"));
    const QJsonArray sources = root.value("sources").toArray();
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources[0].toObject().value("id").toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(sources[1].toObject().value("id").toString(), QStringLiteral("127.0.0.1-2"));
    QCOMPARE(sources[1].toObject().value("error").toString(), QStringLiteral("HTTP 404 Not Found"));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("/gone): HTTP 404 Not Found")), qPrintable(err));
    // One server answered, so this is a failing source, not an offline machine.
    QCOMPARE(root.value("offline").toBool(), false);
    const QJsonObject failing = sources[1].toObject();
    QCOMPARE(failing.value("health").toString(), QStringLiteral("failing"));
    QCOMPARE(failing.value("failure").toString(), QStringLiteral("server"));
    QVERIFY(failing.value("last_success").isNull());
    const QJsonObject fresh = sources[0].toObject();
    QCOMPARE(fresh.value("health").toString(), QStringLiteral("fresh"));
    QVERIFY(fresh.value("failure").isNull());
    QVERIFY(isoUtc().match(fresh.value("last_success").toString()).hasMatch());
}

void TestCli::closedPortsAreOfflineNotOutages()
{
    // Pulling the network, as far as the app can tell: every source refuses the connection.
    QList<quint16> ports;
    {
        QTcpServer a;
        QTcpServer b;
        QVERIFY(a.listen(QHostAddress::LocalHost) && b.listen(QHostAddress::LocalHost));
        ports = {a.serverPort(), b.serverPort()};
    }
    const Run result = run({"--once", "--format", "json", "--source",
                            QStringLiteral("http://127.0.0.1:%1/summary.json").arg(ports[0]), "--source",
                            QStringLiteral("http://127.0.0.1:%1/summary.json").arg(ports[1])});
    QCOMPARE(result.exitCode, 3); // sources failed; no outage is claimed
    const QJsonObject root = parseJson(result.out);
    QCOMPARE(root.value("offline").toBool(), true);
    QCOMPARE(root.value("offline_reason").toString(),
             QStringLiteral("None of the 2 sources can be reached."));
    QCOMPARE(root.value("overall").toString(), QStringLiteral("unknown"));
    for (const QJsonValue &value : root.value("sources").toArray()) {
        const QJsonObject source = value.toObject();
        QCOMPARE(source.value("health").toString(), QStringLiteral("failing"));
        QCOMPARE(source.value("failure").toString(), QStringLiteral("unreachable"));
        QVERIFY(
            source.value("error").toString().startsWith(QStringLiteral("unreachable: Connection refused")));
    }
    QVERIFY2(result.err.contains("outage-radar: offline: None of the 2 sources can be reached."),
             result.err.constData());
}

void TestCli::versionAndHelp()
{
    const Run version = run({"--version"});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("outage-radar "));
    const Run help = run({"--help"});
    QCOMPARE(help.exitCode, 0);
    for (const char *option :
         {"--once", "--source", "--kind", "--interval", "--data-dir", "--minimized", "--format"})
        QVERIFY2(help.out.contains(option), option);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
