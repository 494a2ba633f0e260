// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/firehydrantadapter.h"
#include "feedtesting.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace radar;
using feedtesting::cell;
using feedtesting::utc;

namespace {

QByteArray fixture(const QString &name)
{
    return feedtesting::fixture(QStringLiteral("firehydrant"), name);
}

const FeedContext context {QStringLiteral("lumen"),
                           QUrl(QStringLiteral("https://status.lumencache.test/data/payload.json"))};

Snapshot parsed(const QByteArray &body, const FeedContext &from = context)
{
    const ParseResult result = firehydrant::parsePayload(body, from);
    if (!result.ok())
        qFatal("did not parse: %s", qPrintable(result.error));
    return *result.snapshot;
}

QList<IncidentState> states(const Incident &incident)
{
    QList<IncidentState> result;
    for (const IncidentUpdate &update : incident.updates)
        result.append(update.state);
    return result;
}

using ServiceStatuses = QHash<QString, Status>;

} // namespace

class TestFireHydrantAdapter : public QObject
{
    Q_OBJECT
private slots:
    void severityMapping_data();
    void severityMapping();
    void conditionMapping_data();
    void conditionMapping();
    void milestoneMapping_data();
    void milestoneMapping();
    void fixtures_data();
    void fixtures();
    void openIncidentColoursItsComponents();
    void milestonesGiveTheState();
    void resolvedIncidentsAndMaintenances();
    void linksNeedAPageUrl();
    void capsIncidents();
    void detection_data();
    void detection();
    void hostileInput_data();
    void hostileInput();
    void realCapture();
};

void TestFireHydrantAdapter::severityMapping_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<Status>("expected");
    QTest::newRow("SEV1") << "SEV1" << Status::MajorOutage;
    QTest::newRow("SEV2") << "SEV2" << Status::PartialOutage;
    QTest::newRow("SEV3") << "SEV3" << Status::Degraded;
    QTest::newRow("SEV4") << "SEV4" << Status::Degraded;
    QTest::newRow("SEV5") << "SEV5" << Status::Informational;
    QTest::newRow("UNSET") << "UNSET" << Status::Degraded;
    QTest::newRow("MAINTENANCE") << "MAINTENANCE" << Status::Maintenance;
    QTest::newRow("lower case") << "sev1" << Status::MajorOutage;
    QTest::newRow("custom slug") << "INVESTIGATION" << Status::Unknown;
}

void TestFireHydrantAdapter::severityMapping()
{
    QFETCH(QString, slug);
    QFETCH(Status, expected);
    QCOMPARE(firehydrant::severityStatus(slug), expected);
}

void TestFireHydrantAdapter::conditionMapping_data()
{
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<Status>("expected");
    QTest::newRow("OPERATIONAL") << "OPERATIONAL" << Status::Operational;
    QTest::newRow("DEGRADED") << "DEGRADED" << Status::Degraded;
    QTest::newRow("OFFLINE") << "OFFLINE" << Status::MajorOutage;
    QTest::newRow("unknown") << "MOLTEN" << Status::Unknown;
}

void TestFireHydrantAdapter::conditionMapping()
{
    QFETCH(QString, canonical);
    QFETCH(Status, expected);
    QCOMPARE(firehydrant::conditionStatus(canonical), expected);
}

void TestFireHydrantAdapter::milestoneMapping_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<int>("milestone"); // -1: not a known milestone
    QTest::addColumn<int>("phase"); // the same word read as a lifecycle phase type
    const int none = -1;
    QTest::newRow("started") << "started" << int(IncidentState::Investigating) << none;
    QTest::newRow("detected") << "detected" << int(IncidentState::Investigating) << none;
    QTest::newRow("acknowledged") << "acknowledged" << int(IncidentState::Investigating) << none;
    QTest::newRow("investigating") << "investigating" << int(IncidentState::Investigating) << none;
    QTest::newRow("identified") << "identified" << int(IncidentState::Identified) << none;
    QTest::newRow("mitigated") << "mitigated" << int(IncidentState::Monitoring) << none;
    QTest::newRow("monitoring") << "monitoring" << int(IncidentState::Monitoring) << none;
    QTest::newRow("resolved") << "resolved" << int(IncidentState::Resolved) << none;
    QTest::newRow("postmortem_started") << "postmortem_started" << int(IncidentState::Resolved) << none;
    QTest::newRow("postmortem_completed") << "postmortem_completed" << int(IncidentState::Resolved) << none;
    QTest::newRow("closed") << "closed" << int(IncidentState::Resolved) << none;
    QTest::newRow("custom") << "pending-customer-response" << none << none;
    QTest::newRow("phase STARTED") << "STARTED" << none << int(IncidentState::Investigating);
    QTest::newRow("phase ACTIVE") << "ACTIVE" << none << int(IncidentState::Investigating);
    QTest::newRow("phase POST_INCIDENT") << "POST_INCIDENT" << none << int(IncidentState::Resolved);
    QTest::newRow("phase CLOSED") << "CLOSED" << none << int(IncidentState::Resolved);
}

void TestFireHydrantAdapter::milestoneMapping()
{
    QFETCH(QString, slug);
    QFETCH(int, milestone);
    QFETCH(int, phase);
    const std::optional<IncidentState> asMilestone = firehydrant::milestoneState(slug);
    QCOMPARE(asMilestone ? int(*asMilestone) : -1, milestone);
    const std::optional<IncidentState> asPhase = firehydrant::phaseState(slug);
    QCOMPARE(asPhase ? int(*asPhase) : -1, phase);
}

void TestFireHydrantAdapter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("providerName");
    QTest::addColumn<Status>("summary");
    QTest::addColumn<ServiceStatuses>("services");
    QTest::addColumn<int>("incidents");
    QTest::addColumn<int>("warnings");
    QTest::newRow("open incidents and maintenance") << "active.json"
                                                    << "Lumen Cache" << Status::MajorOutage
                                                    << ServiceStatuses {{"API", Status::Degraded},
                                                                        {"Console", Status::Degraded},
                                                                        {"Replication", Status::MajorOutage},
                                                                        {"Billing", Status::Maintenance}}
                                                    << 5 << 0;
    QTest::newRow("quiet, null incidents")
        << "quiet.json"
        << "Lumen Cache Status" << Status::Operational
        << ServiceStatuses {{"API", Status::Operational}, {"Console", Status::Operational}} << 0 << 0;
    // A custom severity slug, a condition whose canonical word is new, a milestone no phase places.
    QTest::newRow("unknown words") << "unknown-values.json"
                                   << "Lumen Cache" << Status::Unknown
                                   << ServiceStatuses {{"API", Status::Unknown}} << 1 << 3;
}

void TestFireHydrantAdapter::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, providerName);
    QFETCH(Status, summary);
    QFETCH(ServiceStatuses, services);
    QFETCH(int, incidents);
    QFETCH(int, warnings);
    const Snapshot snapshot = parsed(fixture(file));
    QCOMPARE(snapshot.providerName, providerName);
    QVERIFY(snapshot.cells.constFirst().key.isProviderSummary());
    QCOMPARE(snapshot.cells.constFirst().status, summary);
    QCOMPARE(snapshot.cells.size(), services.size() + 1);
    for (auto it = services.cbegin(); it != services.cend(); ++it) {
        const CellReport *report = cell(snapshot, it.key());
        QVERIFY2(report, qPrintable(it.key()));
        QCOMPARE(report->status, it.value());
        QCOMPARE(report->key.provider, QStringLiteral("lumen"));
        QCOMPARE(report->key.region, QStringLiteral("global"));
    }
    QCOMPARE(snapshot.incidents.size(), incidents);
    QVERIFY2(snapshot.warnings.size() == warnings, qPrintable(snapshot.warnings.join(u'\n')));
}

void TestFireHydrantAdapter::openIncidentColoursItsComponents()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("active.json")));
    const Incident &stalled = snapshot.incidents[0];
    QCOMPARE(stalled.id, QStringLiteral("a0000000-0000-4000-8000-000000000001"));
    QCOMPARE(stalled.severity, Status::MajorOutage);
    QCOMPARE(stalled.startedAt, utc(2026, 9, 14, 7, 58));
    QCOMPARE(stalled.services(), (QStringList {QStringLiteral("Replication"), QStringLiteral("API")}));
    QCOMPARE(stalled.url,
             QUrl(QStringLiteral(
                 "https://status.lumencache.test/incidents/a0000000-0000-4000-8000-000000000001")));
    // Newest first in the feed, oldest first here; 10:40 at +02:00 is 08:40 UTC.
    QCOMPARE(stalled.updates.size(), 2);
    QCOMPARE(stalled.updates[0].at, utc(2026, 9, 14, 8, 5));
    QCOMPARE(stalled.updates[1].at, utc(2026, 9, 14, 8, 40));
    QVERIFY(stalled.updates[1].text.startsWith(QStringLiteral("➡️ **Identified**")));
    QCOMPARE(cell(snapshot, QStringLiteral("Replication"))->since, utc(2026, 9, 14, 7, 58));
    QCOMPARE(snapshot.cells.constFirst().since, utc(2026, 9, 14, 6, 0)); // the oldest open incident

    // componentConditions name the component when `components` is absent.
    const Incident &console = snapshot.incidents[1];
    QCOMPARE(console.severity, Status::Degraded);
    QCOMPARE(console.services(), QStringList {QStringLiteral("Console")});
}

void TestFireHydrantAdapter::milestonesGiveTheState()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("active.json")));
    // The furthest milestone in timestamps, and each note's own opening word.
    QCOMPARE(snapshot.incidents[0].state, IncidentState::Identified);
    QCOMPARE(states(snapshot.incidents[0]),
             (QList<IncidentState> {IncidentState::Investigating, IncidentState::Identified}));
    // A milestone update in the timeline moves the state; a note takes the milestone reached before it,
    // and the milestone-only entry is no update.
    QCOMPARE(snapshot.incidents[1].state, IncidentState::Monitoring);
    QCOMPARE(states(snapshot.incidents[1]),
             (QList<IncidentState> {IncidentState::Investigating, IncidentState::Monitoring}));
    QCOMPARE(snapshot.incidents[1].updates[1].text,
             QStringLiteral("Load times are back to normal; we keep watching."));
}

void TestFireHydrantAdapter::resolvedIncidentsAndMaintenances()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("active.json")));
    const Incident &running = snapshot.incidents[2];
    QCOMPARE(running.state, IncidentState::InProgress);
    QCOMPARE(running.severity, Status::Maintenance);
    QCOMPARE(states(running), QList<IncidentState> {IncidentState::InProgress});

    const Incident &resolved = snapshot.incidents[3];
    QCOMPARE(resolved.state, IncidentState::Resolved);
    QCOMPARE(resolved.severity, Status::MajorOutage); // sev2, but its component was unavailable
    QCOMPARE(resolved.resolvedAt, utc(2026, 8, 1, 11, 30));
    QCOMPARE(states(resolved),
             (QList<IncidentState> {IncidentState::Investigating, IncidentState::Resolved}));

    const Incident &done = snapshot.incidents[4];
    QCOMPARE(done.state, IncidentState::Completed);
    QCOMPARE(states(done), QList<IncidentState> {IncidentState::Completed});
    QVERIFY(!cell(snapshot, QStringLiteral("Old Gateway"))); // a closed item makes no cell
    QCOMPARE(done.services(), QStringList {QStringLiteral("Old Gateway")});
}

void TestFireHydrantAdapter::linksNeedAPageUrl()
{
    const Snapshot local = parsed(fixture(QStringLiteral("active.json")),
                                  {QStringLiteral("lumen"), QUrl(QStringLiteral("file:///tmp/p.json"))});
    QVERIFY(local.incidents[0].url.isEmpty());
    // A page served below a path keeps it.
    const Snapshot deep = parsed(
        fixture(QStringLiteral("active.json")),
        {QStringLiteral("lumen"), QUrl(QStringLiteral("https://example.test/status/data/payload.json?x=1"))});
    QCOMPARE(
        deep.incidents[0].url,
        QUrl(QStringLiteral("https://example.test/status/incidents/a0000000-0000-4000-8000-000000000001")));
}

void TestFireHydrantAdapter::capsIncidents()
{
    QJsonArray incidents;
    for (int i = 0; i < 2500; ++i)
        incidents.append(QJsonObject {{"id", QString::number(i)},
                                      {"title", "x"},
                                      {"severitySlug", "SEV4"},
                                      {"timestamps", QJsonObject {{"resolved", "2026-01-01T00:00:00Z"}}}});
    const QJsonObject root {{"conditions", QJsonObject()}, {"incidents", incidents}};
    const Snapshot snapshot = parsed(QJsonDocument(root).toJson(QJsonDocument::Compact));
    QCOMPARE(snapshot.incidents.size(), 2000);
    QCOMPARE(snapshot.warnings,
             QStringList {QStringLiteral("only the first 2000 of 2500 incidents were read")});
}

void TestFireHydrantAdapter::detection_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("expected");
    QTest::newRow("payload") << fixture(QStringLiteral("active.json")) << true;
    QTest::newRow("payload, null incidents") << fixture(QStringLiteral("quiet.json")) << true;
    QTest::newRow("statuspage summary")
        << QByteArray(R"({"page":{"name":"X"},"components":[],"incidents":[],"status":{"indicator":"none"}})")
        << false;
    QTest::newRow("config without lists") << QByteArray(R"({"config":{"title":"X"}})") << false;
    QTest::newRow("status.io") << QByteArray(R"({"result":{"status_overall":{},"status":[]}})") << false;
}

void TestFireHydrantAdapter::detection()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, expected);
    QCOMPARE(firehydrant::looksLikePayload(QJsonDocument::fromJson(body).object()), expected);
}

void TestFireHydrantAdapter::hostileInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("empty") << QByteArray() << "empty response";
    QTest::newRow("truncated") << fixture(QStringLiteral("truncated.json")) << "malformed JSON at byte";
    QTest::newRow("the page instead of its payload") << fixture(QStringLiteral("spa-page.html")) << "HTML";
    QTest::newRow("array") << QByteArray(R"([{"config":{}}])") << "not a FireHydrant status payload";
    QTest::newRow("wrong types") << QByteArray(R"({"conditions": [], "config": 3, "incidents": {}})")
                                 << "not a FireHydrant status payload";
    QTest::newRow("binary") << QByteArray("\x1f\x8b\x08\x00\x00", 5) << "malformed JSON";
    QTest::newRow("deep nesting") << QByteArray(100000, '{') << "malformed JSON";
}

void TestFireHydrantAdapter::hostileInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorContains);
    const ParseResult result = firehydrant::parsePayload(body, context);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
}

void TestFireHydrantAdapter::realCapture()
{
    QFile file(QStringLiteral(RADAR_SHARED_DIR "/feeds/real/other/firehydrant-redis-live-capture.json"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/feeds/real is not beside the project: real captures not checked");
    const QByteArray body = file.readAll();
    QVERIFY(firehydrant::looksLikePayload(QJsonDocument::fromJson(body).object()));
    const Snapshot snapshot = parsed(
        body, {QStringLiteral("redis"), QUrl(QStringLiteral("https://status.redis.io/data/payload.json"))});
    QVERIFY2(snapshot.warnings.isEmpty(), qPrintable(snapshot.warnings.join(u'\n')));
    QCOMPARE(snapshot.providerName, QStringLiteral("Redis Service Health"));
    QCOMPARE(snapshot.cells.size(), 7); // six components and the summary, all operational: nothing is open
    for (const CellReport &report : snapshot.cells)
        QCOMPARE(report.status, Status::Operational);
    QVERIFY(cell(snapshot, QStringLiteral("LangCache")));

    QCOMPARE(snapshot.incidents.size(), 4);
    const Incident &zone = snapshot.incidents[0];
    QCOMPARE(zone.title, QStringLiteral("AWS me-central-1 Zone Issue"));
    QCOMPARE(zone.severity, Status::PartialOutage); // SEV2
    QCOMPARE(zone.state, IncidentState::Resolved);
    QCOMPARE(zone.startedAt, utc(2026, 3, 1, 14, 33, 58));
    QCOMPARE(zone.resolvedAt, utc(2026, 3, 3, 21, 29, 30));
    QCOMPARE(zone.updates.size(), 6);
    QCOMPARE(zone.updates.constFirst().state, IncidentState::Investigating);
    QCOMPARE(zone.updates.constLast().state, IncidentState::Resolved);
    QCOMPARE(zone.url,
             QUrl(QStringLiteral("https://status.redis.io/incidents/2f3423b7-2311-4f64-a6fa-297daaff63e4")));

    const Incident &transition = snapshot.incidents[1];
    QCOMPARE(transition.severity, Status::Maintenance);
    QCOMPARE(transition.state, IncidentState::Completed);
    QCOMPARE(transition.services().size(), 5);

    QCOMPARE(snapshot.incidents[2].severity, Status::Degraded); // UNSET
    QCOMPARE(snapshot.incidents[2].updates.size(), 2);
    const Incident &network = snapshot.incidents[3];
    QCOMPARE(network.severity, Status::Degraded); // SEV4
    QCOMPARE(network.updates.size(), 2); // two notes; the milestone-only entries are no updates
    QCOMPARE(network.updates.constLast().state, IncidentState::Resolved);
}

QTEST_GUILESS_MAIN(TestFireHydrantAdapter)
#include "tst_firehydrantadapter.moc"
