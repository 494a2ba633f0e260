// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/statusioadapter.h"
#include "feedtesting.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace radar;
using feedtesting::cell;
using feedtesting::incident;
using feedtesting::utc;

namespace {

QByteArray fixture(const QString &name)
{
    return feedtesting::fixture(QStringLiteral("statusio"), name);
}

const QString pageId = QStringLiteral("5a1b2c3d4e5f60718293a4b5");
const FeedContext context {QStringLiteral("acme"),
                           QUrl(QStringLiteral("https://status-api.hostedstatus.com/1.0/status/") + pageId)};

Snapshot parsed(const QByteArray &body, const FeedContext &from = context)
{
    const ParseResult result = statusio::parseStatus(body, from);
    if (!result.ok())
        qFatal("did not parse: %s", qPrintable(result.error));
    return *result.snapshot;
}

CellKey key(const QString &service, const QString &region)
{
    return {QStringLiteral("acme"), service, region};
}

using CellStatuses = QHash<QString, Status>; // "service@region" -> status

} // namespace

class TestStatusIoAdapter : public QObject
{
    Q_OBJECT
private slots:
    void statusCodes_data();
    void statusCodes();
    void messageStates_data();
    void messageStates();
    void regions_data();
    void regions();
    void fixtures_data();
    void fixtures();
    void openIncidentFollowsItsNewestMessage();
    void resolvedIncidentKeepsItsWorstImpact();
    void maintenances();
    void affectedCellsCrossComponentsAndContainers();
    void linksNeedThePageId();
    void capsIncidents();
    void hostileInput_data();
    void hostileInput();
    void realCaptures();
};

void TestStatusIoAdapter::statusCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<Status>("expected");
    QTest::newRow("100 Operational") << 100 << Status::Operational;
    QTest::newRow("200 Planned Maintenance") << 200 << Status::Maintenance;
    QTest::newRow("300 Degraded Performance") << 300 << Status::Degraded;
    QTest::newRow("400 Partial Service Disruption") << 400 << Status::PartialOutage;
    QTest::newRow("500 Service Disruption") << 500 << Status::MajorOutage;
    QTest::newRow("600 Security Event") << 600 << Status::Degraded;
    QTest::newRow("unknown") << 700 << Status::Unknown;
    QTest::newRow("absent") << -1 << Status::Unknown;
}

void TestStatusIoAdapter::statusCodes()
{
    QFETCH(int, code);
    QFETCH(Status, expected);
    QCOMPARE(statusio::statusCodeStatus(code), expected);
}

void TestStatusIoAdapter::messageStates_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("expected"); // -1: not a state
    QTest::newRow("100 Investigating") << 100 << int(IncidentState::Investigating);
    QTest::newRow("200 Identified") << 200 << int(IncidentState::Identified);
    QTest::newRow("300 Monitoring") << 300 << int(IncidentState::Monitoring);
    QTest::newRow("400 Resolved") << 400 << int(IncidentState::Resolved);
    QTest::newRow("unknown") << 900 << -1;
}

void TestStatusIoAdapter::messageStates()
{
    QFETCH(int, code);
    QFETCH(int, expected);
    const std::optional<IncidentState> state = statusio::messageState(code);
    QCOMPARE(state ? int(*state) : -1, expected);
}

void TestStatusIoAdapter::regions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("region");
    QTest::newRow("one word") << "Virginia"
                              << "virginia";
    QTest::newRow("spaces") << "Google Compute Engine"
                            << "google-compute-engine";
    QTest::newRow("runs of spaces") << "  Europe   West "
                                    << "europe-west";
    QTest::newRow("hyphen kept") << "Self-Managed Runner Connectivity"
                                 << "self-managed-runner-connectivity";
    QTest::newRow("global") << "Global"
                            << "global";
    QTest::newRow("worldwide") << "Worldwide"
                               << "global";
    QTest::newRow("all regions") << "All Regions"
                                 << "global";
    QTest::newRow("global in a name is a place") << "Global Accelerator"
                                                 << "global-accelerator";
    QTest::newRow("empty") << ""
                           << "";
}

void TestStatusIoAdapter::regions()
{
    QFETCH(QString, name);
    QFETCH(QString, region);
    QCOMPARE(statusio::regionOfContainer(name), region);
}

void TestStatusIoAdapter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Status>("summary");
    QTest::addColumn<CellStatuses>("cells");
    QTest::addColumn<QStringList>("incidentIds");
    QTest::addColumn<int>("warnings");

    // The page's overall code says degraded, but a container is partially down: the worst wins.
    QTest::newRow("disruption") << "disruption.json" << Status::PartialOutage
                                << CellStatuses {{"API@north-america", Status::PartialOutage},
                                                 {"API@europe-west", Status::Operational},
                                                 {"Auth@north-america", Status::Degraded},
                                                 {"Dashboard@global", Status::Maintenance},
                                                 {"CDN@global", Status::Operational}}
                                << QStringList {"6a0000000000000000001001", "6a0000000000000000001002",
                                                "6a0000000000000000001003", "6a0000000000000000002001"}
                                << 0;
    QTest::newRow("operational, upcoming maintenance")
        << "operational.json" << Status::Operational
        << CellStatuses {{"Website@virginia", Status::Operational},
                         {"Website@frankfurt", Status::Operational},
                         {"Mobile App@global", Status::Operational}}
        << QStringList {"6b0000000000000000003001"} << 0;
    QTest::newRow("unknown codes") << "unknown-values.json" << Status::Degraded
                                   << CellStatuses {{"Queue@tokyo", Status::Unknown}}
                                   << QStringList {"6c0000000000000000004001"} << 2;
}

void TestStatusIoAdapter::fixtures()
{
    QFETCH(QString, file);
    QFETCH(Status, summary);
    QFETCH(CellStatuses, cells);
    QFETCH(QStringList, incidentIds);
    QFETCH(int, warnings);

    const Snapshot snapshot = parsed(fixture(file));
    QVERIFY(snapshot.providerName.isEmpty()); // the API does not name the page
    QVERIFY(snapshot.cells.constFirst().key.isProviderSummary());
    QCOMPARE(snapshot.cells.constFirst().status, summary);
    QCOMPARE(snapshot.cells.size(), cells.size() + 1);
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const CellReport *report = cell(snapshot, it.key().section(u'@', 0, 0), it.key().section(u'@', 1));
        QVERIFY2(report, qPrintable(it.key()));
        QCOMPARE(report->status, it.value());
        QCOMPARE(report->key.provider, QStringLiteral("acme"));
    }
    QStringList ids;
    for (const Incident &item : snapshot.incidents)
        ids.append(item.id);
    QCOMPARE(ids, incidentIds);
    QVERIFY2(snapshot.warnings.size() == warnings, qPrintable(snapshot.warnings.join(u'\n')));
}

void TestStatusIoAdapter::openIncidentFollowsItsNewestMessage()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("disruption.json")));
    const Incident *open = incident(snapshot, QStringLiteral("6a0000000000000000001001"));
    QCOMPARE(open->state, IncidentState::Identified);
    QCOMPARE(open->severity, Status::PartialOutage); // was 500, is 400 now
    QCOMPARE(open->startedAt, utc(2026, 10, 5, 8, 0, 12));
    QVERIFY(!open->resolvedAt.isValid());
    QCOMPARE(open->updates.size(), 2);
    QCOMPARE(open->updates[0].state, IncidentState::Investigating);
    QCOMPARE(open->updates[1].state, IncidentState::Identified);
    QCOMPARE(open->updates[1].at, utc(2026, 10, 5, 8, 30));
    QCOMPARE(open->url,
             QUrl(QStringLiteral("https://status.io/pages/incident/") + pageId
                  + QStringLiteral("/6a0000000000000000001001")));

    const CellReport *api = cell(snapshot, QStringLiteral("API"), QStringLiteral("north-america"));
    QCOMPARE(api->regionName, QStringLiteral("North America"));
    QCOMPARE(api->since, utc(2026, 10, 5, 8, 0, 40));
    QCOMPARE(cell(snapshot, QStringLiteral("API"), QStringLiteral("europe-west"))->regionName,
             QStringLiteral("Europe West"));
    QCOMPARE(cell(snapshot, QStringLiteral("CDN"), QStringLiteral("global"))->regionName,
             QStringLiteral("Global"));
    QCOMPARE(snapshot.cells.constFirst().since, utc(2026, 10, 5, 6, 0)); // the oldest open incident

    const Incident *security = incident(snapshot, QStringLiteral("6a0000000000000000001003"));
    QCOMPARE(security->severity, Status::Degraded);
    QCOMPARE(security->affected, QList<CellKey> {key(QString(), QStringLiteral("global"))});
}

void TestStatusIoAdapter::resolvedIncidentKeepsItsWorstImpact()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("disruption.json")));
    const Incident *resolved = incident(snapshot, QStringLiteral("6a0000000000000000001002"));
    QCOMPARE(resolved->state, IncidentState::Resolved);
    QCOMPARE(resolved->severity, Status::Degraded); // the last message says 100
    QCOMPARE(resolved->resolvedAt, utc(2026, 10, 4, 13, 15));
}

void TestStatusIoAdapter::maintenances()
{
    const Snapshot running = parsed(fixture(QStringLiteral("disruption.json")));
    const Incident *now = incident(running, QStringLiteral("6a0000000000000000002001"));
    QCOMPARE(now->state, IncidentState::InProgress);
    QCOMPARE(now->severity, Status::Maintenance);
    QCOMPARE(now->startedAt, utc(2026, 10, 5, 7, 0)); // the planned start, not when it was announced
    QCOMPARE(now->updates.size(), 2);
    QCOMPARE(now->updates[0].state, IncidentState::Scheduled);
    QCOMPARE(now->updates[1].state, IncidentState::InProgress);
    QCOMPARE(now->affected, QList<CellKey> {key(QStringLiteral("Dashboard"), QStringLiteral("global"))});
    QCOMPARE(now->url,
             QUrl(QStringLiteral("https://status.io/pages/maintenance/") + pageId
                  + QStringLiteral("/6a0000000000000000002001")));

    const Snapshot quiet = parsed(fixture(QStringLiteral("operational.json")));
    const Incident &later = quiet.incidents.constFirst();
    QCOMPARE(later.state, IncidentState::Scheduled);
    QCOMPARE(later.startedAt, utc(2026, 10, 20, 1, 0));
    QCOMPARE(later.updates.constFirst().state, IncidentState::Scheduled);
    QCOMPARE(quiet.cells.constFirst().status, Status::Operational); // announced work colours nothing
}

void TestStatusIoAdapter::affectedCellsCrossComponentsAndContainers()
{
    const Snapshot disruption = parsed(fixture(QStringLiteral("disruption.json")));
    QCOMPARE(incident(disruption, QStringLiteral("6a0000000000000000001001"))->affected,
             QList<CellKey> {key(QStringLiteral("API"), QStringLiteral("north-america"))});
    // Only a container is named (by name, without an id): every cell there.
    QCOMPARE(incident(disruption, QStringLiteral("6a0000000000000000001002"))->affected,
             QList<CellKey> {key(QStringLiteral("API"), QStringLiteral("europe-west"))});

    // Mobile App runs nowhere in particular: its global cell, not Virginia.
    const Snapshot quiet = parsed(fixture(QStringLiteral("operational.json")));
    QCOMPARE(quiet.incidents.constFirst().affected,
             (QList<CellKey> {key(QStringLiteral("Website"), QStringLiteral("virginia")),
                              key(QStringLiteral("Mobile App"), QStringLiteral("global"))}));
}

void TestStatusIoAdapter::linksNeedThePageId()
{
    const Snapshot local =
        parsed(fixture(QStringLiteral("disruption.json")),
               {QStringLiteral("acme"), QUrl(QStringLiteral("file:///tmp/status/x.json"))});
    for (const Incident &item : local.incidents)
        QVERIFY(item.url.isEmpty());
}

void TestStatusIoAdapter::capsIncidents()
{
    QJsonArray incidents;
    for (int i = 0; i < 2001; ++i)
        incidents.append(
            QJsonObject {{"_id", QString::number(i)}, {"name", "x"}, {"messages", QJsonArray()}});
    const QJsonObject root {
        {"result",
         QJsonObject {{"status_overall", QJsonObject {{"status_code", 100}}}, {"incidents", incidents}}}};
    const Snapshot snapshot = parsed(QJsonDocument(root).toJson(QJsonDocument::Compact));
    QCOMPARE(snapshot.incidents.size(), 2000);
    QCOMPARE(snapshot.warnings,
             QStringList {QStringLiteral("only the first 2000 of 2001 incidents were read")});
    QCOMPARE(snapshot.cells.size(), 1); // no services: only the summary
}

void TestStatusIoAdapter::hostileInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("empty") << QByteArray() << "empty response";
    QTest::newRow("truncated") << fixture(QStringLiteral("truncated.json")) << "malformed JSON at byte";
    QTest::newRow("html error page") << fixture(QStringLiteral("error-page.html")) << "HTML";
    QTest::newRow("array") << QByteArray("[]") << "not a Status.io status";
    QTest::newRow("result not an object") << QByteArray(R"({"result": [1]})") << "not a Status.io status";
    QTest::newRow("statuspage summary")
        << QByteArray(R"({"page":{"name":"X"},"status":{"indicator":"none"}})") << "not a Status.io status";
    QTest::newRow("binary") << QByteArray("\x7f\x00\xff{{", 5) << "malformed JSON";
    QTest::newRow("deep nesting") << QByteArray(100000, '{') << "malformed JSON";
}

void TestStatusIoAdapter::hostileInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorContains);
    const ParseResult result = statusio::parseStatus(body, context);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
}

void TestStatusIoAdapter::realCaptures()
{
    const QString directory = QStringLiteral(RADAR_SHARED_DIR "/feeds/real/other/");
    QFile gitlab(directory + QStringLiteral("statusio-gitlab-live-capture.json"));
    QFile documented(directory + QStringLiteral("statusio-incident-DOC-DERIVED.json"));
    if (!gitlab.open(QIODevice::ReadOnly) || !documented.open(QIODevice::ReadOnly))
        QSKIP("../shared/feeds/real is not beside the project: real captures not checked");

    const FeedContext gitlabContext {
        QStringLiteral("gitlab"),
        QUrl(QStringLiteral("https://status-api.hostedstatus.com/1.0/status/5b36dc6502d06804c0834a04"))};
    const QByteArray body = gitlab.readAll();
    QVERIFY(statusio::looksLikeStatus(QJsonDocument::fromJson(body).object()));
    const Snapshot live = parsed(body, gitlabContext);
    QVERIFY2(live.warnings.isEmpty(), qPrintable(live.warnings.join(u'\n')));
    QVERIFY(live.incidents.isEmpty());
    // 23 services, one container each except the macOS runners (Google Compute Engine and AWS).
    QCOMPARE(live.cells.size(), 25);
    for (const CellReport &report : live.cells)
        QCOMPARE(report.status, Status::Operational);
    const CellReport *macos =
        cell(live, QStringLiteral("CI/CD - Hosted runners on macOS"), QStringLiteral("aws"));
    QVERIFY(macos);
    QCOMPARE(macos->key.provider, QStringLiteral("gitlab"));
    QVERIFY(cell(live, QStringLiteral("CI/CD - Hosted runners on macOS"),
                 QStringLiteral("google-compute-engine")));
    QCOMPARE(cell(live, QStringLiteral("Support Services"), QStringLiteral("zendesk"))->regionName,
             QStringLiteral("Zendesk"));
    QCOMPARE(cell(live, QStringLiteral("Website"), QStringLiteral("google-compute-engine"))->since,
             QDateTime(QDate(2026, 6, 30), QTime(19, 46, 29, 537), Qt::UTC));

    const Snapshot doc = parsed(documented.readAll());
    QVERIFY2(doc.warnings.isEmpty(), qPrintable(doc.warnings.join(u'\n')));
    QCOMPARE(doc.cells.size(), 4); // Website in Virginia, Mobile App in Virginia and Ireland
    QCOMPARE(doc.cells.constFirst().status, Status::Degraded); // the open incident over the maintenance
    QCOMPARE(cell(doc, QStringLiteral("Mobile App"), QStringLiteral("ireland"))->status, Status::Maintenance);
    QCOMPARE(doc.incidents.size(), 3);
    const Incident &auth = doc.incidents[0];
    QCOMPARE(auth.title, QStringLiteral("Authentication Issues"));
    QCOMPARE(auth.state, IncidentState::Identified);
    QCOMPARE(auth.severity, Status::Degraded);
    QCOMPARE(auth.affected,
             (QList<CellKey> {key(QStringLiteral("Mobile App"), QStringLiteral("virginia")),
                              key(QStringLiteral("Mobile App"), QStringLiteral("ireland"))}));
    QCOMPARE(doc.incidents[1].state, IncidentState::InProgress);
    QCOMPARE(doc.incidents[2].state, IncidentState::Scheduled);
    QCOMPARE(doc.incidents[2].startedAt, utc(2021, 12, 22, 15, 0));
}

QTEST_GUILESS_MAIN(TestStatusIoAdapter)
#include "tst_statusioadapter.moc"
