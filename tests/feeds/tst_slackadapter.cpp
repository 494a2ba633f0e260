// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/slackadapter.h"
#include "feedtesting.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace radar;
using feedtesting::cell;
using feedtesting::incident;
using feedtesting::utc;

namespace {

QByteArray fixture(const QString &name)
{
    return feedtesting::fixture(QStringLiteral("slack"), name);
}

const FeedContext context {QStringLiteral("slack"),
                           QUrl(QStringLiteral("https://slack-status.com/api/v2.0.0/current"))};

Snapshot parsed(const QByteArray &body)
{
    const ParseResult result = slack::parse(body, context);
    if (!result.ok())
        qFatal("did not parse: %s", qPrintable(result.error));
    return *result.snapshot;
}

using ServiceStatuses = QHash<QString, Status>;

} // namespace

class TestSlackAdapter : public QObject
{
    Q_OBJECT
private slots:
    void typeMapping_data();
    void typeMapping();
    void overallMapping_data();
    void overallMapping();
    void stateMapping_data();
    void stateMapping();
    void fixtures_data();
    void fixtures();
    void everyKnownServiceIsACell();
    void localOffsetsBecomeUtcAndNotesOldestFirst();
    void closedIncidents();
    void incidentWithoutServicesAffectsTheProvider();
    void capsIncidents();
    void detection_data();
    void detection();
    void hostileInput_data();
    void hostileInput();
    void realCaptures();
};

void TestSlackAdapter::typeMapping_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<Status>("expected");
    QTest::newRow("outage") << "outage" << Status::MajorOutage;
    QTest::newRow("incident") << "incident" << Status::Degraded;
    QTest::newRow("notice") << "notice" << Status::Informational;
    QTest::newRow("unknown") << "meltdown" << Status::Unknown;
    QTest::newRow("case matters") << "Outage" << Status::Unknown;
}

void TestSlackAdapter::typeMapping()
{
    QFETCH(QString, word);
    QFETCH(Status, expected);
    QCOMPARE(slack::typeStatus(word), expected);
}

void TestSlackAdapter::overallMapping_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<Status>("expected");
    QTest::newRow("ok") << "ok" << Status::Operational;
    QTest::newRow("active") << "active" << Status::Informational;
    QTest::newRow("unknown") << "degraded" << Status::Unknown;
}

void TestSlackAdapter::overallMapping()
{
    QFETCH(QString, word);
    QFETCH(Status, expected);
    QCOMPARE(slack::overallStatus(word), expected);
}

void TestSlackAdapter::stateMapping_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("expected"); // -1: not a state
    QTest::newRow("active") << "active" << int(IncidentState::Investigating);
    QTest::newRow("resolved") << "resolved" << int(IncidentState::Resolved);
    QTest::newRow("scheduled") << "scheduled" << int(IncidentState::Scheduled);
    QTest::newRow("completed") << "completed" << int(IncidentState::Completed);
    QTest::newRow("cancelled") << "cancelled" << int(IncidentState::Completed);
    QTest::newRow("unknown") << "smouldering" << -1;
}

void TestSlackAdapter::stateMapping()
{
    QFETCH(QString, word);
    QFETCH(int, expected);
    const std::optional<IncidentState> state = slack::incidentState(word);
    QCOMPARE(state ? int(*state) : -1, expected);
}

void TestSlackAdapter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Status>("summary");
    QTest::addColumn<int>("cells"); // with the summary
    QTest::addColumn<ServiceStatuses>("services");
    QTest::addColumn<QStringList>("incidentIds");
    QTest::addColumn<int>("warnings");

    QTest::newRow("current, healthy")
        << "current-ok.json" << Status::Operational << 15
        << ServiceStatuses {{"Messaging", Status::Operational}} << QStringList {} << 0;
    QTest::newRow("current, null list")
        << "current-null-list.json" << Status::Operational << 15
        << ServiceStatuses {{"Calls", Status::Operational}} << QStringList {} << 0;
    // Two incidents name Messaging: the outage wins over the incident.
    QTest::newRow("current, active") << "current-active.json" << Status::MajorOutage << 15
                                     << ServiceStatuses {{"Messaging", Status::MajorOutage},
                                                         {"Huddles", Status::MajorOutage},
                                                         {"Notifications", Status::Degraded},
                                                         {"Search", Status::Operational}}
                                     << QStringList {"2044", "2045", "2046"} << 0;
    // The active incident names a service missing from the fixed list: it gets a cell. The resolved
    // one names a retired service: no cell. The scheduled maintenance colours nothing yet.
    QTest::newRow("history") << "history.json" << Status::Degraded << 16
                             << ServiceStatuses {{"Canvases", Status::Degraded},
                                                 {"Slack AI", Status::Degraded},
                                                 {"Workspace/Org Administration", Status::Operational},
                                                 {"Search", Status::Operational}}
                             << QStringList {"2101", "2099", "2090", "2085", "2080"} << 0;
    QTest::newRow("unknown words") << "unknown-values.json" << Status::Unknown << 15
                                   << ServiceStatuses {{"Calls", Status::Unknown}} << QStringList {"3001"}
                                   << 3;
}

void TestSlackAdapter::fixtures()
{
    QFETCH(QString, file);
    QFETCH(Status, summary);
    QFETCH(int, cells);
    QFETCH(ServiceStatuses, services);
    QFETCH(QStringList, incidentIds);
    QFETCH(int, warnings);

    const Snapshot snapshot = parsed(fixture(file));
    QCOMPARE(snapshot.providerName, QStringLiteral("Slack"));
    QVERIFY(!snapshot.cells.isEmpty());
    QVERIFY(snapshot.cells.constFirst().key.isProviderSummary());
    QCOMPARE(snapshot.cells.constFirst().status, summary);
    QCOMPARE(snapshot.cells.constFirst().regionName, QStringLiteral("Global"));
    QCOMPARE(snapshot.cells.size(), cells);
    for (auto it = services.cbegin(); it != services.cend(); ++it) {
        const CellReport *report = cell(snapshot, it.key());
        QVERIFY2(report, qPrintable(it.key()));
        QCOMPARE(report->status, it.value());
        QCOMPARE(report->key.provider, QStringLiteral("slack"));
        QCOMPARE(report->key.region, QStringLiteral("global"));
    }
    QStringList ids;
    for (const Incident &item : snapshot.incidents) {
        ids.append(item.id);
        QCOMPARE(item.provider, QStringLiteral("slack"));
        QVERIFY(item.url.isValid());
    }
    QCOMPARE(ids, incidentIds);
    QVERIFY2(snapshot.warnings.size() == warnings, qPrintable(snapshot.warnings.join(u'\n')));
}

void TestSlackAdapter::everyKnownServiceIsACell()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("current-ok.json")));
    const QStringList services = slack::knownServices();
    QCOMPARE(services.size(), 14);
    for (int i = 0; i < services.size(); ++i) {
        QCOMPARE(snapshot.cells[i + 1].key.service, services[i]);
        QCOMPARE(snapshot.cells[i + 1].serviceName, services[i]);
        QVERIFY(!snapshot.cells[i + 1].since.isValid());
    }
}

void TestSlackAdapter::localOffsetsBecomeUtcAndNotesOldestFirst()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("current-active.json")));
    const Incident *outage = incident(snapshot, QStringLiteral("2044"));
    QVERIFY(outage);
    QCOMPARE(outage->severity, Status::MajorOutage);
    QCOMPARE(outage->state, IncidentState::Investigating);
    // 06:02:11 at -07:00 is 13:02:11 UTC.
    QCOMPARE(outage->startedAt, utc(2026, 7, 14, 13, 2, 11));
    QCOMPARE(outage->startedAt.timeSpec(), Qt::UTC);
    QVERIFY(!outage->resolvedAt.isValid());
    QCOMPARE(outage->updates.size(), 2);
    QCOMPARE(outage->updates[0].at, utc(2026, 7, 14, 13, 2, 11));
    QVERIFY(outage->updates[0].text.contains(QLatin1StringView("investigating")));
    QCOMPARE(outage->updates[1].at, utc(2026, 7, 14, 14, 40, 52));
    QVERIFY(outage->updates[1].text.contains(QLatin1StringView("&nbsp;"))); // text stays as written
    QCOMPARE(outage->url, QUrl(QStringLiteral("https://slack-status.com/2026-07/a1b2c3d4e5f60718")));
    QCOMPARE(outage->services(), (QStringList {QStringLiteral("Messaging"), QStringLiteral("Huddles")}));

    // The worst report wins a cell, with its own start; the summary starts with the oldest open one.
    QCOMPARE(cell(snapshot, QStringLiteral("Messaging"))->since, utc(2026, 7, 14, 13, 2, 11));
    QCOMPARE(cell(snapshot, QStringLiteral("Notifications"))->since, utc(2026, 7, 14, 12, 30));
    QCOMPARE(snapshot.cells.constFirst().since, utc(2026, 7, 13, 19, 0));
    // An empty url links to the status page.
    QCOMPARE(incident(snapshot, QStringLiteral("2045"))->url,
             QUrl(QStringLiteral("https://slack-status.com/")));
}

void TestSlackAdapter::closedIncidents()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("history.json")));
    const Incident *resolved = incident(snapshot, QStringLiteral("2090"));
    QCOMPARE(resolved->state, IncidentState::Resolved);
    QCOMPARE(resolved->resolvedAt, utc(2026, 11, 20, 17, 45, 30));
    QCOMPARE(resolved->updates.size(), 2);
    QCOMPARE(resolved->updates[0].state, IncidentState::Investigating);
    QCOMPARE(resolved->updates[1].state, IncidentState::Resolved);
    QVERIFY(!cell(snapshot, QStringLiteral("Retired Service")));

    const Incident *scheduled = incident(snapshot, QStringLiteral("2099"));
    QCOMPARE(scheduled->state, IncidentState::Scheduled);
    QCOMPARE(scheduled->severity, Status::Informational);
    QCOMPARE(scheduled->updates.constFirst().state, IncidentState::Scheduled);

    const Incident *completed = incident(snapshot, QStringLiteral("2085"));
    QCOMPARE(completed->state, IncidentState::Completed);
    QVERIFY(completed->updates.isEmpty()); // notes: null
    QCOMPARE(completed->resolvedAt, utc(2026, 11, 15, 11, 0));

    const Incident *cancelled = incident(snapshot, QStringLiteral("2080"));
    QCOMPARE(cancelled->state, IncidentState::Completed);
    QVERIFY(!cancelled->isOpen());
}

void TestSlackAdapter::incidentWithoutServicesAffectsTheProvider()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("current-active.json")));
    const Incident *notice = incident(snapshot, QStringLiteral("2046"));
    QCOMPARE(notice->severity, Status::Informational);
    QCOMPARE(notice->affected.size(), 1);
    QVERIFY(notice->affected.constFirst().isProviderSummary());
}

void TestSlackAdapter::capsIncidents()
{
    QJsonArray history;
    for (int i = 0; i < 2100; ++i)
        history.append(QJsonObject {{"id", i},
                                    {"title", "t"},
                                    {"type", "incident"},
                                    {"status", "resolved"},
                                    {"date_created", "2026-01-01T00:00:00-07:00"},
                                    {"notes", QJsonArray()}});
    const Snapshot snapshot = parsed(QJsonDocument(history).toJson(QJsonDocument::Compact));
    QCOMPARE(snapshot.incidents.size(), 2000);
    QCOMPARE(snapshot.warnings,
             QStringList {QStringLiteral("only the first 2000 of 2100 incidents were read")});
}

void TestSlackAdapter::detection_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("current");
    QTest::addColumn<bool>("history");
    QTest::newRow("current") << fixture(QStringLiteral("current-ok.json")) << true << false;
    QTest::newRow("current, null list") << fixture(QStringLiteral("current-null-list.json")) << true << false;
    QTest::newRow("history") << fixture(QStringLiteral("history.json")) << false << true;
    QTest::newRow("empty array: cannot tell") << QByteArray("[]") << false << false;
    QTest::newRow("statuspage summary")
        << QByteArray(R"({"page":{"name":"X"},"status":{"indicator":"none"},"components":[]})") << false
        << false;
    QTest::newRow("gcp incidents") << QByteArray(
        R"([{"id":"a","external_desc":"x","begin":"2026-01-01T00:00:00+00:00"}])")
                                   << false << false;
    QTest::newRow("aws events") << QByteArray(R"([{"arn":"arn:aws:health:x","date":"1"}])") << false << false;
}

void TestSlackAdapter::detection()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, current);
    QFETCH(bool, history);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QCOMPARE(slack::looksLikeCurrent(document.object()), current);
    QCOMPARE(slack::looksLikeHistory(document.array()), history);
}

void TestSlackAdapter::hostileInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("empty") << QByteArray() << "empty response";
    QTest::newRow("truncated") << fixture(QStringLiteral("truncated.json")) << "malformed JSON at byte";
    QTest::newRow("html error page") << fixture(QStringLiteral("error-page.html")) << "HTML";
    QTest::newRow("number") << QByteArray("42") << "malformed JSON";
    QTest::newRow("other object") << QByteArray(R"({"hello":"world"})") << "not a Slack status feed";
    QTest::newRow("other array") << QByteArray(R"([1,2,3])") << "not a Slack status feed";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01[", 5) << "malformed JSON";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "malformed JSON";
}

void TestSlackAdapter::hostileInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorContains);
    for (const auto parser : {&slack::parse, &slack::parseCurrent, &slack::parseHistory}) {
        const ParseResult result = parser(body, context);
        QVERIFY(!result.ok());
        QVERIFY(!result.error.contains(u'\n'));
        if (parser == &slack::parse)
            QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
    }
}

void TestSlackAdapter::realCaptures()
{
    const QString directory = QStringLiteral(RADAR_SHARED_DIR "/feeds/real/slack/");
    QFile current(directory + QStringLiteral("slack-current-live-capture.json"));
    QFile history(directory + QStringLiteral("slack-history-live-capture.json"));
    if (!current.open(QIODevice::ReadOnly) || !history.open(QIODevice::ReadOnly))
        QSKIP("../shared/feeds/real is not beside the project: real captures not checked");

    const QByteArray currentBody = current.readAll();
    QVERIFY(slack::looksLikeCurrent(QJsonDocument::fromJson(currentBody).object()));
    const Snapshot healthy = parsed(currentBody);
    QCOMPARE(healthy.cells.size(), 15);
    QCOMPARE(healthy.cells.constFirst().status, Status::Operational);
    QVERIFY(healthy.incidents.isEmpty());
    QVERIFY(healthy.warnings.isEmpty());

    const QByteArray historyBody = history.readAll();
    QVERIFY(slack::looksLikeHistory(QJsonDocument::fromJson(historyBody).array()));
    const Snapshot past = parsed(historyBody);
    QVERIFY2(past.warnings.isEmpty(), qPrintable(past.warnings.join(u'\n')));
    QCOMPARE(past.cells.size(), 15);
    for (const CellReport &report : past.cells)
        QCOMPARE(report.status, Status::Operational); // all three incidents are resolved
    QCOMPARE(past.incidents.size(), 3);
    const Incident &chat = past.incidents.constFirst();
    QCOMPARE(chat.id, QStringLiteral("1571"));
    QCOMPARE(chat.state, IncidentState::Resolved);
    QCOMPARE(chat.startedAt, utc(2026, 6, 26, 9, 12, 20));
    QCOMPARE(chat.resolvedAt, utc(2026, 6, 26, 10, 9, 39));
    QCOMPARE(chat.updates.size(), 3);
    QVERIFY(chat.affected.constFirst().isProviderSummary()); // services: []
    QCOMPARE(past.incidents[1].services(), QStringList {QStringLiteral("Workflows")});
    QCOMPARE(past.incidents[1].updates.size(), 6);
    QCOMPARE(past.incidents[2].services(), QStringList {QStringLiteral("Login/SSO")});
}

QTEST_GUILESS_MAIN(TestSlackAdapter)
#include "tst_slackadapter.moc"
