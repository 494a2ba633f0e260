// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/instatusadapter.h"
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
    return feedtesting::fixture(QStringLiteral("instatus"), name);
}

const FeedContext context {QStringLiteral("parcelly"),
                           QUrl(QStringLiteral("https://status.parcelly.test/summary.json"))};

Snapshot summary(const QString &name)
{
    const ParseResult result = instatus::parseSummary(fixture(name), context);
    if (!result.ok())
        qFatal("%s did not parse: %s", qPrintable(name), qPrintable(result.error));
    return *result.snapshot;
}

Snapshot components(const QByteArray &body)
{
    const ParseResult result = instatus::parseComponents(body, context);
    if (!result.ok())
        qFatal("did not parse: %s", qPrintable(result.error));
    return *result.snapshot;
}

using ServiceStatuses = QHash<QString, Status>;

} // namespace

class TestInstatusAdapter : public QObject
{
    Q_OBJECT
private slots:
    void componentMapping_data();
    void componentMapping();
    void pageMapping_data();
    void pageMapping();
    void stateMapping_data();
    void stateMapping();
    void summaries_data();
    void summaries();
    void incidentsWithoutIdsGetStableIds();
    void javaScriptAndLocalDatesBecomeUtc();
    void maintenances();
    void componentsInBothForms_data();
    void componentsInBothForms();
    void componentGroups();
    void capsIncidents();
    void detection_data();
    void detection();
    void hostileInput_data();
    void hostileInput();
    void parseTellsTheShapesApart_data();
    void parseTellsTheShapesApart();
};

void TestInstatusAdapter::componentMapping_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<Status>("expected");
    QTest::newRow("OPERATIONAL") << "OPERATIONAL" << Status::Operational;
    QTest::newRow("UNDERMAINTENANCE") << "UNDERMAINTENANCE" << Status::Maintenance;
    QTest::newRow("DEGRADEDPERFORMANCE") << "DEGRADEDPERFORMANCE" << Status::Degraded;
    QTest::newRow("PARTIALOUTAGE") << "PARTIALOUTAGE" << Status::PartialOutage;
    QTest::newRow("MINOROUTAGE") << "MINOROUTAGE" << Status::PartialOutage;
    QTest::newRow("MAJOROUTAGE") << "MAJOROUTAGE" << Status::MajorOutage;
    QTest::newRow("unknown") << "EXPERIMENTAL" << Status::Unknown;
    QTest::newRow("case matters") << "operational" << Status::Unknown;
}

void TestInstatusAdapter::componentMapping()
{
    QFETCH(QString, word);
    QFETCH(Status, expected);
    QCOMPARE(instatus::componentStatus(word), expected);
}

void TestInstatusAdapter::pageMapping_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<Status>("expected");
    QTest::newRow("UP") << "UP" << Status::Operational;
    QTest::newRow("HASISSUES") << "HASISSUES" << Status::Degraded;
    QTest::newRow("UNDERMAINTENANCE") << "UNDERMAINTENANCE" << Status::Maintenance;
    QTest::newRow("unknown") << "ONFIRE" << Status::Unknown;
}

void TestInstatusAdapter::pageMapping()
{
    QFETCH(QString, word);
    QFETCH(Status, expected);
    QCOMPARE(instatus::pageStatus(word), expected);
}

void TestInstatusAdapter::stateMapping_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("expected"); // -1: not a state
    QTest::newRow("INVESTIGATING") << "INVESTIGATING" << int(IncidentState::Investigating);
    QTest::newRow("IDENTIFIED") << "IDENTIFIED" << int(IncidentState::Identified);
    QTest::newRow("MONITORING") << "MONITORING" << int(IncidentState::Monitoring);
    QTest::newRow("RESOLVED") << "RESOLVED" << int(IncidentState::Resolved);
    QTest::newRow("NOTSTARTEDYET") << "NOTSTARTEDYET" << int(IncidentState::Scheduled);
    QTest::newRow("INPROGRESS") << "INPROGRESS" << int(IncidentState::InProgress);
    QTest::newRow("COMPLETED") << "COMPLETED" << int(IncidentState::Completed);
    QTest::newRow("unknown") << "PANICKING" << -1;
}

void TestInstatusAdapter::stateMapping()
{
    QFETCH(QString, word);
    QFETCH(int, expected);
    const std::optional<IncidentState> state = instatus::incidentState(word);
    QCOMPARE(state ? int(*state) : -1, expected);
}

void TestInstatusAdapter::summaries_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("providerName");
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("incidents");
    QTest::addColumn<int>("warnings");
    // The page says "has issues" (degraded); an open major outage makes the summary worse.
    QTest::newRow("summary.json with issues") << "summary-issues.json"
                                              << "Parcelly" << Status::MajorOutage << 4 << 0;
    QTest::newRow("v3, nothing open: lists omitted") << "summary-v3-up.json"
                                                     << "Quillbox" << Status::Operational << 0 << 0;
    QTest::newRow("v3, maintenance, null incidents") << "summary-v3-maintenance.json"
                                                     << "Quillbox" << Status::Maintenance << 2 << 0;
    QTest::newRow("unknown words") << "summary-unknown.json"
                                   << "Oddity" << Status::Unknown << 1 << 3;
}

void TestInstatusAdapter::summaries()
{
    QFETCH(QString, file);
    QFETCH(QString, providerName);
    QFETCH(Status, status);
    QFETCH(int, incidents);
    QFETCH(int, warnings);
    const Snapshot snapshot = summary(file);
    QCOMPARE(snapshot.providerName, providerName);
    QCOMPARE(snapshot.cells.size(), 1); // the summary names no components
    QVERIFY(snapshot.cells.constFirst().key.isProviderSummary());
    QCOMPARE(snapshot.cells.constFirst().key.provider, QStringLiteral("parcelly"));
    QCOMPARE(snapshot.cells.constFirst().status, status);
    QCOMPARE(snapshot.incidents.size(), incidents);
    for (const Incident &item : snapshot.incidents) {
        QVERIFY(!item.id.isEmpty());
        QVERIFY(item.url.isValid());
        QCOMPARE(item.affected.size(), 1);
        QVERIFY(item.affected.constFirst().isProviderSummary());
    }
    QVERIFY2(snapshot.warnings.size() == warnings, qPrintable(snapshot.warnings.join(u'\n')));
}

void TestInstatusAdapter::incidentsWithoutIdsGetStableIds()
{
    const Snapshot first = summary(QStringLiteral("summary-issues.json"));
    QCOMPARE(first.incidents[0].id, QStringLiteral("https://status.parcelly.test/incident/clz8w2k1p0001"));
    // No id and no url: the name and the start, in UTC, whatever form the start came in.
    QCOMPARE(first.incidents[1].id, QStringLiteral("Tracking updates delayed@2026-03-03T20:40:00Z"));
    QCOMPARE(first.incidents[1].url, QUrl(QStringLiteral("https://status.parcelly.test")));
    QCOMPARE(first.incidents[2].id, QStringLiteral("clz8maint0002"));
    QCOMPARE(summary(QStringLiteral("summary-issues.json")).incidents, first.incidents);
}

void TestInstatusAdapter::javaScriptAndLocalDatesBecomeUtc()
{
    const Snapshot snapshot = summary(QStringLiteral("summary-issues.json"));
    const Incident &labels = snapshot.incidents[0];
    QCOMPARE(labels.startedAt, utc(2026, 3, 3, 20, 5, 10)); // 21:05:10 GMT+0100
    QCOMPARE(labels.severity, Status::MajorOutage);
    QCOMPARE(labels.state, IncidentState::Identified);
    const Incident &tracking = snapshot.incidents[1];
    QCOMPARE(tracking.startedAt, utc(2026, 3, 3, 20, 40)); // 12:40 at -08:00
    QCOMPARE(tracking.severity, Status::PartialOutage); // MINOROUTAGE
    QCOMPARE(tracking.state, IncidentState::Monitoring);
    QCOMPARE(snapshot.incidents[3].startedAt, utc(2026, 3, 8, 2, 0)); // GMT+0000
    QCOMPARE(snapshot.cells.constFirst().since, utc(2026, 3, 3, 20, 5, 10));
}

void TestInstatusAdapter::maintenances()
{
    const Snapshot issues = summary(QStringLiteral("summary-issues.json"));
    QCOMPARE(issues.incidents[2].state, IncidentState::InProgress);
    QCOMPARE(issues.incidents[2].severity, Status::Maintenance);
    QVERIFY(!issues.incidents[2].resolvedAt.isValid());
    QCOMPARE(issues.incidents[3].state, IncidentState::Scheduled);

    const Snapshot v3 = summary(QStringLiteral("summary-v3-maintenance.json"));
    const Incident &done = v3.incidents[1];
    QCOMPARE(done.state, IncidentState::Completed);
    QCOMPARE(done.startedAt, utc(2026, 5, 10, 4, 0));
    QCOMPARE(done.resolvedAt, utc(2026, 5, 10, 4, 30)); // start + 30 minutes
    QCOMPARE(done.url, QUrl(QStringLiteral("https://quillbox.instatus.com/maintenance/cm00done")));
}

void TestInstatusAdapter::componentsInBothForms_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Status>("summary");
    QTest::addColumn<ServiceStatuses>("services");
    QTest::addColumn<int>("warnings");
    QTest::newRow("v3 object") << "components-v3.json" << Status::PartialOutage
                               << ServiceStatuses {{"Europe / API", Status::Operational},
                                                   {"United States / API", Status::PartialOutage},
                                                   {"Dashboard", Status::PartialOutage},
                                                   {"Webhooks", Status::Maintenance},
                                                   {"Email", Status::Degraded}}
                               << 0;
    QTest::newRow("documented bare array") << "components-docs.json" << Status::MajorOutage
                                           << ServiceStatuses {{"Marketing site", Status::Operational},
                                                               {"Docs", Status::MajorOutage},
                                                               {"Mobile app", Status::Degraded},
                                                               {"Beta lab", Status::Unknown}}
                                           << 1;
}

void TestInstatusAdapter::componentsInBothForms()
{
    QFETCH(QString, file);
    QFETCH(Status, summary);
    QFETCH(ServiceStatuses, services);
    QFETCH(int, warnings);
    const QByteArray body = fixture(file);
    QVERIFY(instatus::looksLikeComponents(QJsonDocument::fromJson(body).isArray()
                                              ? QJsonValue(QJsonDocument::fromJson(body).array())
                                              : QJsonValue(QJsonDocument::fromJson(body).object())));
    const Snapshot snapshot = components(body);
    QCOMPARE(snapshot.cells.constFirst().status, summary);
    QVERIFY(snapshot.cells.constFirst().key.isProviderSummary());
    QCOMPARE(snapshot.cells.size(), services.size() + 1);
    for (auto it = services.cbegin(); it != services.cend(); ++it) {
        const CellReport *report = cell(snapshot, it.key());
        QVERIFY2(report, qPrintable(it.key()));
        QCOMPARE(report->status, it.value());
        QCOMPARE(report->key.region, QStringLiteral("global"));
        QCOMPARE(report->regionName, QStringLiteral("Global"));
    }
    QVERIFY(snapshot.incidents.isEmpty());
    QVERIFY2(snapshot.warnings.size() == warnings, qPrintable(snapshot.warnings.join(u'\n')));
}

void TestInstatusAdapter::componentGroups()
{
    const Snapshot v3 = components(fixture(QStringLiteral("components-v3.json")));
    QCOMPARE(cell(v3, QStringLiteral("Europe / API"))->group, QStringLiteral("Europe"));
    QCOMPARE(cell(v3, QStringLiteral("Europe / API"))->serviceName, QStringLiteral("API"));
    QCOMPARE(cell(v3, QStringLiteral("United States / API"))->group, QStringLiteral("United States"));
    QVERIFY(cell(v3, QStringLiteral("Dashboard"))->group.isEmpty()); // group: null
    QCOMPARE(cell(v3, QStringLiteral("Email"))->group, QStringLiteral("Europe"));

    const Snapshot docs = components(fixture(QStringLiteral("components-docs.json")));
    QCOMPARE(cell(docs, QStringLiteral("Docs"))->group, QStringLiteral("Website"));
    QVERIFY(!cell(docs, QStringLiteral("Website"))); // a parent is a group, not a cell
    QVERIFY(!cell(docs, QStringLiteral("Empty group")));
}

void TestInstatusAdapter::capsIncidents()
{
    QJsonArray incidents;
    for (int i = 0; i < 2222; ++i)
        incidents.append(QJsonObject {{"id", QString::number(i)},
                                      {"name", "x"},
                                      {"status", "INVESTIGATING"},
                                      {"impact", "MAJOROUTAGE"},
                                      {"started", "2026-01-01T00:00:00Z"}});
    const QJsonObject root {{"page", QJsonObject {{"name", "Big"}, {"status", "HASISSUES"}}},
                            {"activeIncidents", incidents}};
    const ParseResult result =
        instatus::parseSummary(QJsonDocument(root).toJson(QJsonDocument::Compact), context);
    QVERIFY(result.ok());
    QCOMPARE(result.snapshot->incidents.size(), 2000);
    QCOMPARE(result.snapshot->warnings,
             QStringList {QStringLiteral("only the first 2000 of 2222 incidents were read")});
}

void TestInstatusAdapter::detection_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isSummary");
    QTest::addColumn<bool>("isComponents");
    QTest::newRow("summary.json") << fixture(QStringLiteral("summary-issues.json")) << true << false;
    QTest::newRow("v3 summary, nothing open")
        << fixture(QStringLiteral("summary-v3-up.json")) << true << false;
    QTest::newRow("v3 components") << fixture(QStringLiteral("components-v3.json")) << false << true;
    QTest::newRow("documented components")
        << fixture(QStringLiteral("components-docs.json")) << false << true;
    QTest::newRow("statuspage summary")
        << QByteArray(R"({"page":{"id":"x","name":"X"},"status":{"indicator":"none"},"components":[]})")
        << false << false;
    QTest::newRow("statuspage components.json")
        << QByteArray(R"({"page":{"id":"x","name":"X"},"components":[{"name":"A","status":"operational"}]})")
        << false << false;
    QTest::newRow("statuspage status.json")
        << QByteArray(R"({"page":{"id":"x","name":"X"},"status":{"indicator":"none"}})") << false << false;
    QTest::newRow("slack history") << QByteArray(
        R"([{"id":1,"title":"t","status":"resolved","date_created":"x","notes":[]}])")
                                   << false << false;
    QTest::newRow("empty array") << QByteArray("[]") << false << false;
}

void TestInstatusAdapter::detection()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, isSummary);
    QFETCH(bool, isComponents);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    QCOMPARE(instatus::looksLikeSummary(document.object()), isSummary);
    QCOMPARE(instatus::looksLikeComponents(root), isComponents);
}

void TestInstatusAdapter::hostileInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("summaryError");
    QTest::addColumn<QString>("componentsError");
    QTest::newRow("empty") << QByteArray() << "empty response"
                           << "empty response";
    QTest::newRow("truncated") << fixture(QStringLiteral("truncated.json")) << "malformed JSON at byte"
                               << "malformed JSON at byte";
    QTest::newRow("404 page") << fixture(QStringLiteral("not-found.html")) << "HTML"
                              << "HTML";
    QTest::newRow("wrong shape") << QByteArray(R"({"page": "UP"})") << "not an Instatus summary"
                                 << "not Instatus components";
    QTest::newRow("components is a string")
        << QByteArray(R"({"components": "none"})") << "not an Instatus summary"
        << "not Instatus components";
    QTest::newRow("array of numbers") << QByteArray("[1, 2]") << "not an Instatus summary"
                                      << "not Instatus components";
    QTest::newRow("binary") << QByteArray("\xef\xbb\xbf\x00\x01", 5) << "malformed JSON"
                            << "malformed JSON";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "malformed JSON"
                                  << "malformed JSON";
}

void TestInstatusAdapter::hostileInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, summaryError);
    QFETCH(QString, componentsError);
    const ParseResult asSummary = instatus::parseSummary(body, context);
    QVERIFY(!asSummary.ok());
    QVERIFY2(asSummary.error.contains(summaryError), qPrintable(asSummary.error));
    const ParseResult asComponents = instatus::parseComponents(body, context);
    QVERIFY(!asComponents.ok());
    QVERIFY2(asComponents.error.contains(componentsError), qPrintable(asComponents.error));
    const ParseResult either = instatus::parse(body, context);
    QVERIFY(!either.ok());
    QVERIFY(!either.error.isEmpty());
}

void TestInstatusAdapter::parseTellsTheShapesApart_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("cells");
    QTest::addColumn<int>("incidents");
    QTest::newRow("summary") << "summary-issues.json" << 1 << 4;
    QTest::newRow("v3 summary") << "summary-v3-up.json" << 1 << 0;
    QTest::newRow("v3 components") << "components-v3.json" << 6 << 0;
    QTest::newRow("documented components") << "components-docs.json" << 5 << 0;
}

void TestInstatusAdapter::parseTellsTheShapesApart()
{
    QFETCH(QString, file);
    QFETCH(int, cells);
    QFETCH(int, incidents);
    const ParseResult result = instatus::parse(fixture(file), context);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.snapshot->cells.size(), cells);
    QCOMPARE(result.snapshot->incidents.size(), incidents);
}

QTEST_GUILESS_MAIN(TestInstatusAdapter)
#include "tst_instatusadapter.moc"
