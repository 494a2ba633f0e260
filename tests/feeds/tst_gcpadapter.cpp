// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/gcpadapter.h"
#include "feedtesting.h"

#include <QFile>
#include <QTest>

using namespace radar;
using feedtesting::cell;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const FeedContext context {QStringLiteral("gcp"),
                           QUrl(QStringLiteral("https://status.cloud.google.com/incidents.json"))};

Snapshot parsed(const QByteArray &body)
{
    const ParseResult result = gcp::parseIncidents(body, context);
    if (!result.ok())
        qFatal("did not parse: %s", qPrintable(result.error));
    return *result.snapshot;
}

Snapshot fixture()
{
    return parsed(readFile(QStringLiteral(RADAR_TEST_DATA_DIR "/gcp/incidents.json")));
}

} // namespace

class TestGcpAdapter : public QObject
{
    Q_OBJECT
private slots:
    void impacts_data();
    void impacts();
    void openIncidentCellsAreProductsTimesCurrentLocations();
    void updatesOldestFirst();
    void updatesNameTheirLocations_data();
    void updatesNameTheirLocations();
    void resolvedIncidentMakesNoCells();
    void globalLocation();
    void hostileInput_data();
    void hostileInput();
    void liveCapture();
};

void TestGcpAdapter::impacts_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<Status>("expected");
    QTest::newRow("SERVICE_INFORMATION") << "SERVICE_INFORMATION" << Status::Informational;
    QTest::newRow("SERVICE_DISRUPTION") << "SERVICE_DISRUPTION" << Status::Degraded;
    QTest::newRow("SERVICE_OUTAGE") << "SERVICE_OUTAGE" << Status::MajorOutage;
    QTest::newRow("AVAILABLE") << "AVAILABLE" << Status::Operational;
    QTest::newRow("AVAILABLE_INFORMATION") << "AVAILABLE_INFORMATION" << Status::Informational;
    QTest::newRow("unknown") << "SERVICE_MELTDOWN" << Status::Unknown;
}

void TestGcpAdapter::impacts()
{
    QFETCH(QString, word);
    QFETCH(Status, expected);
    QCOMPARE(gcp::impactStatus(word), expected);
}

void TestGcpAdapter::openIncidentCellsAreProductsTimesCurrentLocations()
{
    const Snapshot snapshot = fixture();
    QCOMPARE(snapshot.providerName, QStringLiteral("Google Cloud"));
    QCOMPARE(snapshot.cells.constFirst().status, Status::MajorOutage);
    // 2 products x 2 current locations (the zone us-east1-b counts as us-east1), + billing, + summary.
    QCOMPARE(snapshot.cells.size(), 1 + 4 + 1);
    const CellReport *run = cell(snapshot, QStringLiteral("Cloud Run"), QStringLiteral("europe-west3"));
    QVERIFY(run);
    QCOMPARE(run->status, Status::MajorOutage);
    QCOMPARE(run->regionName, QStringLiteral("Frankfurt"));
    QCOMPARE(run->since, QDateTime(QDate(2026, 11, 20), QTime(9, 10), Qt::UTC));
    const CellReport *gemini =
        cell(snapshot, QStringLiteral("Vertex Gemini API"), QStringLiteral("us-east1"));
    QVERIFY(gemini);
    QCOMPARE(gemini->serviceName, QStringLiteral("Gemini on Agent Platform")); // the renamed title is shown
    QVERIFY(!cell(snapshot, QStringLiteral("Cloud Run"), QStringLiteral("us-central1"))); // only previously

    const Incident &incident = snapshot.incidents[0];
    QCOMPARE(incident.title,
             QStringLiteral("Cloud Run and Vertex Gemini API requests failing in multiple regions"));
    QCOMPARE(incident.regions(), (QStringList {"europe-west3", "us-east1", "us-central1"}));
    QCOMPARE(incident.url,
             QUrl(QStringLiteral("https://status.cloud.google.com/incidents/OPENoutage111111111a")));
    QCOMPARE(incident.state, IncidentState::Investigating);
}

void TestGcpAdapter::updatesOldestFirst()
{
    const Incident incident = fixture().incidents[0];
    QCOMPARE(incident.updates.size(), 2);
    QCOMPARE(incident.updates[0].at, QDateTime(QDate(2026, 11, 20), QTime(9, 25, 31), Qt::UTC));
    QCOMPARE(incident.updates[1].text,
             QStringLiteral("**Summary:** Requests are failing.\\#\\# Mitigation in progress."));
}

void TestGcpAdapter::updatesNameTheirLocations_data()
{
    QTest::addColumn<int>("incident");
    QTest::addColumn<QList<QStringList>>("updateCells"); // per update, oldest first: "service @ region"

    // Every product of the incident in each location of the update, with the region ids the
    // incident's own cells use: the zone us-east1-b and "US-EAST1" are both us-east1, once.
    QTest::newRow("two products, locations change")
        << 0
        << QList<QStringList> {{"Cloud Run @ us-central1", "Vertex Gemini API @ us-central1"},
                               {"Cloud Run @ europe-west3", "Cloud Run @ us-east1",
                                "Vertex Gemini API @ europe-west3", "Vertex Gemini API @ us-east1"}};
    QTest::newRow("global") << 1 << QList<QStringList> {{"Cloud Billing @ global"}};
    QTest::newRow("resolved: the last update names no location")
        << 2 << QList<QStringList> {{"Google Cloud SQL @ northamerica-northeast1"}, {}};
}

void TestGcpAdapter::updatesNameTheirLocations()
{
    QFETCH(int, incident);
    QFETCH(QList<QStringList>, updateCells);

    const Incident item = fixture().incidents[incident];
    QCOMPARE(item.updates.size(), updateCells.size());
    for (int i = 0; i < updateCells.size(); ++i) {
        QStringList cells;
        for (const CellKey &key : item.updates[i].affected) {
            QCOMPARE(key.provider, QStringLiteral("gcp"));
            QVERIFY2(item.affected.contains(key), qPrintable(key.service + u' ' + key.region));
            cells.append(key.service + QStringLiteral(" @ ") + key.region);
        }
        QCOMPARE(cells, updateCells[i]);
    }
}

void TestGcpAdapter::resolvedIncidentMakesNoCells()
{
    const Snapshot snapshot = fixture();
    const Incident &closed = snapshot.incidents[2];
    QCOMPARE(closed.state, IncidentState::Resolved);
    QCOMPARE(closed.resolvedAt, QDateTime(QDate(2026, 11, 10), QTime(11, 30), Qt::UTC));
    QCOMPARE(closed.updates.last().state, IncidentState::Resolved);
    QVERIFY(!cell(snapshot, QStringLiteral("Google Cloud SQL"), QStringLiteral("northamerica-northeast1")));
    QCOMPARE(closed.regions(), QStringList {QStringLiteral("northamerica-northeast1")});
}

void TestGcpAdapter::globalLocation()
{
    const Snapshot snapshot = fixture();
    const CellReport *billing = cell(snapshot, QStringLiteral("Cloud Billing"), QStringLiteral("global"));
    QVERIFY(billing);
    QCOMPARE(billing->status, Status::Informational);
    QCOMPARE(billing->regionName, QStringLiteral("Global"));
}

void TestGcpAdapter::hostileInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("object") << QByteArray("{\"incidents\": []}") << "not Google Cloud incidents";
    QTest::newRow("other array") << QByteArray("[{\"arn\": \"x\"}]") << "not Google Cloud incidents";
    QTest::newRow("truncated") << QByteArray("[{\"id\": \"a\", \"external_desc\": \"b") << "malformed JSON";
}

void TestGcpAdapter::hostileInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorContains);
    const ParseResult result = gcp::parseIncidents(body, context);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
}

void TestGcpAdapter::liveCapture()
{
    const QByteArray body =
        readFile(QStringLiteral(RADAR_SHARED_DIR "/feeds/real/gcp/incidents-live-capture.json"));
    if (body.isEmpty())
        QSKIP("../shared/feeds/real is not beside the project: the live GCP capture is not checked");
    const Snapshot snapshot = parsed(body);
    QCOMPARE(snapshot.incidents.size(), 4);
    int updates = 0;
    int updatesNamingCells = 0;
    for (const Incident &incident : snapshot.incidents) {
        QCOMPARE(incident.state, IncidentState::Resolved); // all four had ended when captured
        updates += int(incident.updates.size());
        QVERIFY(incident.updates.first().at <= incident.updates.last().at);
        for (const IncidentUpdate &update : incident.updates) {
            updatesNamingCells += update.affected.isEmpty() ? 0 : 1;
            // An update may name a location the incident's lists no longer do, never another product.
            for (const CellKey &key : update.affected)
                QVERIFY(incident.services().contains(key.service));
        }
    }
    QCOMPARE(updates, 35);
    QCOMPARE(updatesNamingCells, 27);
    QCOMPARE(snapshot.cells.size(), 1); // nothing open: only the (operational) summary
    QCOMPARE(snapshot.cells[0].status, Status::Operational);
    QVERIFY(snapshot.incidents[3].regions().contains(QStringLiteral("northamerica-northeast1")));
    QVERIFY(snapshot.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestGcpAdapter)
#include "tst_gcpadapter.moc"
