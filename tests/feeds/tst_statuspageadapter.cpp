// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedparser.h"
#include "feeds/statuspageadapter.h"
#include "feedtesting.h"

#include <QFile>
#include <QTest>

using namespace radar;
using feedtesting::cell;

namespace {

QByteArray fixture(const QString &name)
{
    return feedtesting::fixture(QStringLiteral("statuspage"), name);
}

const FeedContext context {QStringLiteral("example"),
                           QUrl(QStringLiteral("https://status.example.test/api/v2/summary.json"))};

Snapshot parsed(const QString &name)
{
    const ParseResult result = statuspage::parseSummary(fixture(name), context);
    if (!result.ok())
        qFatal("%s did not parse: %s", qPrintable(name), qPrintable(result.error));
    return *result.snapshot;
}

using ServiceStatuses = QHash<QString, Status>;

} // namespace

class TestStatuspageAdapter : public QObject
{
    Q_OBJECT
private slots:
    void componentMapping_data();
    void componentMapping();
    void indicatorAndImpactMapping_data();
    void indicatorAndImpactMapping();
    void incidentStates_data();
    void incidentStates();
    void fixtures_data();
    void fixtures();
    void groupsNameTheirChildren();
    void incidentHistory();
    void updatesOldestFirstInUtc();
    void maintenanceOnlyCountsWhileRunning();
    void incidentWithoutComponentsAffectsTheProvider();
    void incidentIoUpdatesNameComponents();
    void updatesNameTheirComponents_data();
    void updatesNameTheirComponents();
    void hostileInput_data();
    void hostileInput();
    void detection_data();
    void detection();
};

void TestStatuspageAdapter::componentMapping_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<Status>("expected");
    QTest::newRow("operational") << "operational" << Status::Operational;
    QTest::newRow("degraded_performance") << "degraded_performance" << Status::Degraded;
    QTest::newRow("partial_outage") << "partial_outage" << Status::PartialOutage;
    QTest::newRow("major_outage") << "major_outage" << Status::MajorOutage;
    QTest::newRow("incident.io full_outage") << "full_outage" << Status::MajorOutage;
    QTest::newRow("under_maintenance") << "under_maintenance" << Status::Maintenance;
    QTest::newRow("unknown word") << "on_fire" << Status::Unknown;
    QTest::newRow("case matters") << "Operational" << Status::Unknown;
}

void TestStatuspageAdapter::componentMapping()
{
    QFETCH(QString, word);
    QFETCH(Status, expected);
    QCOMPARE(statuspage::componentStatus(word), expected);
}

void TestStatuspageAdapter::indicatorAndImpactMapping_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<Status>("indicator");
    QTest::addColumn<Status>("impact");
    QTest::newRow("none") << "none" << Status::Operational << Status::Informational;
    QTest::newRow("minor") << "minor" << Status::Degraded << Status::Degraded;
    QTest::newRow("major") << "major" << Status::PartialOutage << Status::PartialOutage;
    QTest::newRow("critical") << "critical" << Status::MajorOutage << Status::MajorOutage;
    QTest::newRow("maintenance") << "maintenance" << Status::Maintenance << Status::Maintenance;
    QTest::newRow("unknown") << "dire" << Status::Unknown << Status::Unknown;
}

void TestStatuspageAdapter::indicatorAndImpactMapping()
{
    QFETCH(QString, word);
    QFETCH(Status, indicator);
    QFETCH(Status, impact);
    QCOMPARE(statuspage::indicatorStatus(word), indicator);
    QCOMPARE(statuspage::impactStatus(word), impact);
}

void TestStatuspageAdapter::incidentStates_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("expected"); // -1: not a state
    QTest::newRow("investigating") << "investigating" << int(IncidentState::Investigating);
    QTest::newRow("identified") << "identified" << int(IncidentState::Identified);
    QTest::newRow("monitoring") << "monitoring" << int(IncidentState::Monitoring);
    QTest::newRow("resolved") << "resolved" << int(IncidentState::Resolved);
    QTest::newRow("postmortem") << "postmortem" << int(IncidentState::Resolved);
    QTest::newRow("scheduled") << "scheduled" << int(IncidentState::Scheduled);
    QTest::newRow("in_progress") << "in_progress" << int(IncidentState::InProgress);
    QTest::newRow("verifying") << "verifying" << int(IncidentState::InProgress);
    QTest::newRow("completed") << "completed" << int(IncidentState::Completed);
    QTest::newRow("nonsense") << "exploding" << -1;
}

void TestStatuspageAdapter::incidentStates()
{
    QFETCH(QString, word);
    QFETCH(int, expected);
    const std::optional<IncidentState> state = statuspage::incidentState(word);
    QCOMPARE(state ? int(*state) : -1, expected);
}

void TestStatuspageAdapter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("providerName");
    QTest::addColumn<Status>("summary");
    QTest::addColumn<ServiceStatuses>("services");
    QTest::addColumn<QStringList>("incidentIds");
    QTest::addColumn<int>("warnings");

    QTest::newRow("major outage") << "major-outage.json"
                                  << "ExampleHub" << Status::MajorOutage
                                  << ServiceStatuses {{"Git Operations", Status::Operational},
                                                      {"Actions", Status::MajorOutage},
                                                      {"Pages", Status::Degraded}}
                                  << QStringList {"inc1"} << 0;
    QTest::newRow("groups, all operational")
        << "operational-groups.json"
        << "EdgeNet" << Status::Operational
        << ServiceStatuses {{"Frankfurt, Germany - (FRA)", Status::Operational},
                            {"Europe / API", Status::Operational},
                            {"Tokyo, Japan - (NRT)", Status::Operational},
                            {"Asia / API", Status::Operational},
                            {"Dashboard", Status::Operational}}
        << QStringList {} << 0;
    // The trap: the indicator says "none" while an incident is open on operational components.
    QTest::newRow("indicator none, incident open")
        << "indicator-none-open-incident.json"
        << "CodeHost" << Status::Degraded
        << ServiceStatuses {{"Git Operations", Status::Operational}, {"Webhooks", Status::Operational}}
        << QStringList {"inc-quiet"} << 0;
    QTest::newRow("maintenance") << "maintenance.json"
                                 << "ChatCo" << Status::Maintenance
                                 << ServiceStatuses {{"Voice", Status::Maintenance},
                                                     {"Messages", Status::Operational}}
                                 << QStringList {"mnt-now", "mnt-later"} << 0;
    QTest::newRow("incident.io with null lists") << "incidentio-nulls.json"
                                                 << "ModelWorks" << Status::MajorOutage
                                                 << ServiceStatuses {{"API", Status::MajorOutage},
                                                                     {"Playground", Status::PartialOutage},
                                                                     {"Billing", Status::Operational}}
                                                 << QStringList {"01INC"} << 0;
    QTest::newRow("incidents.json: open and resolved incidents, no components")
        << "incidents-history.json"
        << "ChatCo" << Status::PartialOutage << ServiceStatuses {} << QStringList {"inc-open", "inc-old"}
        << 0;
    QTest::newRow("unknown words become unknown with warnings")
        << "unknown-values.json"
        << "OddPage" << Status::Unknown
        << ServiceStatuses {{"Widgets", Status::Unknown}, {"Gadgets", Status::Operational}} << QStringList {}
        << 2;
}

void TestStatuspageAdapter::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, providerName);
    QFETCH(Status, summary);
    QFETCH(ServiceStatuses, services);
    QFETCH(QStringList, incidentIds);
    QFETCH(int, warnings);

    const Snapshot snapshot = parsed(file);
    QCOMPARE(snapshot.providerName, providerName);
    QVERIFY(!snapshot.cells.isEmpty());
    const CellReport &first = snapshot.cells.constFirst();
    QVERIFY(first.key.isProviderSummary());
    QCOMPARE(first.status, summary);
    QCOMPARE(snapshot.cells.size(), services.size() + 1);
    for (auto it = services.cbegin(); it != services.cend(); ++it) {
        const CellReport *report = cell(snapshot, it.key());
        QVERIFY2(report, qPrintable(it.key()));
        QCOMPARE(report->status, it.value());
        QCOMPARE(report->key.provider, QStringLiteral("example"));
        QCOMPARE(report->key.region, QStringLiteral("global"));
    }
    QStringList ids;
    for (const Incident &incident : snapshot.incidents) {
        ids.append(incident.id);
        QCOMPARE(incident.provider, QStringLiteral("example"));
    }
    QCOMPARE(ids, incidentIds);
    QCOMPARE(snapshot.warnings.size(), warnings);
}

void TestStatuspageAdapter::groupsNameTheirChildren()
{
    const Snapshot snapshot = parsed(QStringLiteral("operational-groups.json"));
    QCOMPARE(cell(snapshot, QStringLiteral("Frankfurt, Germany - (FRA)"))->group, QStringLiteral("Europe"));
    QCOMPARE(cell(snapshot, QStringLiteral("Asia / API"))->serviceName, QStringLiteral("API"));
    QVERIFY(!cell(snapshot, QStringLiteral("Europe"))); // the group itself is a container, not a cell
}

void TestStatuspageAdapter::incidentHistory()
{
    const Snapshot snapshot = parsed(QStringLiteral("incidents-history.json"));
    const Incident &old = snapshot.incidents[1];
    QCOMPARE(old.state, IncidentState::Resolved); // postmortem
    QCOMPARE(old.resolvedAt, QDateTime(QDate(2026, 10, 2), QTime(18, 30), Qt::UTC));
    QCOMPARE(old.updates.size(), 3);
    QCOMPARE(old.services(), QStringList {QStringLiteral("Login")});
    // Only the open incident colours the page: its impact, since it started.
    QCOMPARE(snapshot.cells.constFirst().since, QDateTime(QDate(2026, 11, 22), QTime(9, 5), Qt::UTC));
    QCOMPARE(detectFeedKind(fixture(QStringLiteral("incidents-history.json")), QUrl()), FeedKind::Statuspage);
}

void TestStatuspageAdapter::updatesOldestFirstInUtc()
{
    const Snapshot snapshot = parsed(QStringLiteral("maintenance.json"));
    const Incident &maintenance = snapshot.incidents.constFirst();
    QCOMPARE(maintenance.updates.size(), 2);
    QCOMPARE(maintenance.updates[0].state, IncidentState::Scheduled);
    QCOMPARE(maintenance.updates[1].state, IncidentState::InProgress);
    // 01:00 at -08:00 is 09:00 UTC: instants are compared, never strings.
    QCOMPARE(maintenance.updates[1].at, QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
    QCOMPARE(maintenance.startedAt.timeSpec(), Qt::UTC);
    QCOMPARE(maintenance.url, QUrl(QStringLiteral("https://stspg.io/mnt1")));
}

void TestStatuspageAdapter::maintenanceOnlyCountsWhileRunning()
{
    const Snapshot snapshot = parsed(QStringLiteral("maintenance.json"));
    QCOMPARE(snapshot.incidents[0].state, IncidentState::InProgress);
    QCOMPARE(snapshot.incidents[1].state, IncidentState::Scheduled);
    QCOMPARE(snapshot.incidents[1].severity, Status::Maintenance);
    // No shortlink: the link is built from the page URL.
    QCOMPARE(snapshot.incidents[1].url,
             QUrl(QStringLiteral("https://status.chatco.test/incidents/mnt-later")));
}

void TestStatuspageAdapter::incidentWithoutComponentsAffectsTheProvider()
{
    const Snapshot snapshot = parsed(QStringLiteral("indicator-none-open-incident.json"));
    const Incident &incident = snapshot.incidents.constFirst();
    QCOMPARE(incident.severity, Status::Degraded);
    QCOMPARE(incident.affected.size(), 1);
    QVERIFY(incident.affected.constFirst().isProviderSummary());
    QCOMPARE(snapshot.cells.constFirst().since, QDateTime(QDate(2026, 11, 21), QTime(7, 54), Qt::UTC));
}

void TestStatuspageAdapter::incidentIoUpdatesNameComponents()
{
    const Snapshot snapshot = parsed(QStringLiteral("incidentio-nulls.json"));
    const Incident &incident = snapshot.incidents.constFirst();
    QCOMPARE(incident.services(), QStringList {QStringLiteral("API")});
    QVERIFY(incident.url.isValid());
}

void TestStatuspageAdapter::updatesNameTheirComponents_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("incidentServices");
    QTest::addColumn<QList<QStringList>>("updateServices"); // per update, oldest first

    QTest::newRow("a component, then null")
        << "major-outage.json" << QStringList {"Actions"} << QList<QStringList> {{"Actions"}, {}};
    // Same names under two groups: codes lead to the cells' disambiguated ids. A code the page does
    // not list keeps its name; a missing list and a repeated code add nothing.
    QTest::newRow("grouped, unknown, absent, repeated")
        << "update-components.json" << QStringList {"Europe / API", "Asia / API"}
        << QList<QStringList> {{"Europe / API", "Status Widget"}, {}, {"Europe / API", "Asia / API"}};
    QTest::newRow("incident.io: the incident takes its components from the updates")
        << "incidentio-nulls.json" << QStringList {"API"} << QList<QStringList> {{"API"}, {}};
    QTest::newRow("null on the only update")
        << "indicator-none-open-incident.json" << QStringList {} << QList<QStringList> {{}};
}

void TestStatuspageAdapter::updatesNameTheirComponents()
{
    QFETCH(QString, file);
    QFETCH(QStringList, incidentServices);
    QFETCH(QList<QStringList>, updateServices);

    const Incident incident = parsed(file).incidents.constFirst();
    QCOMPARE(incident.services(), incidentServices);
    QCOMPARE(incident.updates.size(), updateServices.size());
    for (int i = 0; i < updateServices.size(); ++i) {
        QList<CellKey> expected;
        for (const QString &service : updateServices[i])
            expected.append({QStringLiteral("example"), service, globalRegion()});
        QCOMPARE(incident.updates[i].affected, expected);
    }
}

void TestStatuspageAdapter::hostileInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("empty") << QByteArray() << "empty response";
    QTest::newRow("whitespace") << QByteArray(" \n\t ") << "empty response";
    QTest::newRow("truncated") << fixture(QStringLiteral("truncated.json")) << "malformed JSON";
    QTest::newRow("captive portal") << fixture(QStringLiteral("captive-portal.html")) << "HTML";
    QTest::newRow("array") << QByteArray("[1,2,3]") << "not a Statuspage summary";
    QTest::newRow("wrong object") << QByteArray("{\"hello\": \"world\"}") << "not a Statuspage summary";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01{", 5) << "malformed JSON";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "malformed JSON";
}

void TestStatuspageAdapter::hostileInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorContains);
    const ParseResult result = statuspage::parseSummary(body, context);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
}

void TestStatuspageAdapter::detection_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<FeedKind>("kind");
    QTest::newRow("summary") << fixture(QStringLiteral("major-outage.json")) << FeedKind::Statuspage;
    QTest::newRow("incident.io summary")
        << fixture(QStringLiteral("incidentio-nulls.json")) << FeedKind::Statuspage;
    QTest::newRow("status.json only")
        << QByteArray(R"({"page":{"name":"X"},"status":{"indicator":"none"}})") << FeedKind::Statuspage;
    QTest::newRow("html") << fixture(QStringLiteral("captive-portal.html")) << FeedKind::Auto;
    QTest::newRow("other json") << QByteArray(R"({"status":"ok"})") << FeedKind::Auto;
}

void TestStatuspageAdapter::detection()
{
    QFETCH(QByteArray, body);
    QFETCH(FeedKind, kind);
    QCOMPARE(detectFeedKind(body, context.url), kind);
    const ParseResult result = parseFeed(FeedKind::Auto, body, context);
    QCOMPARE(result.ok(), kind != FeedKind::Auto);
    if (result.ok())
        QCOMPARE(result.snapshot->kind, kind);
    else
        QVERIFY(!result.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestStatuspageAdapter)
#include "tst_statuspageadapter.moc"
