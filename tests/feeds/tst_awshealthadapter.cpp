// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/awshealthadapter.h"
#include "feedtesting.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace radar;
using feedtesting::cell;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray fixture(const QString &name)
{
    const QByteArray bytes = readFile(QStringLiteral(RADAR_TEST_DATA_DIR "/aws/") + name);
    if (bytes.isEmpty())
        qFatal("missing fixture %s", qPrintable(name));
    return bytes;
}

QByteArray encoded(const QByteArray &utf8, QStringConverter::Encoding encoding, bool withBom)
{
    QStringEncoder encoder(encoding,
                           withBom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(QString::fromUtf8(utf8));
}

const FeedContext context {QStringLiteral("aws"),
                           QUrl(QStringLiteral("https://health.aws.amazon.com/public/currentevents"))};

Snapshot parsed(const QByteArray &body)
{
    const ParseResult result = awshealth::parseEvents(body, context);
    if (!result.ok())
        qFatal("did not parse: %s", qPrintable(result.error));
    return *result.snapshot;
}

} // namespace

class TestAwsHealthAdapter : public QObject
{
    Q_OBJECT
private slots:
    void codes_data();
    void codes();
    void arnRegions_data();
    void arnRegions();
    void encodings_data();
    void encodings();
    void currentStatusNotPeak();
    void eventsBecomeIncidents();
    void endedEventIsResolved();
    void eventWithoutServicesUsesItsOwnKey();
    void noEventsIsHealthy();
    void hostileInput_data();
    void hostileInput();
    void liveCapture();
};

void TestAwsHealthAdapter::codes_data()
{
    QTest::addColumn<QJsonValue>("code");
    QTest::addColumn<Status>("expected");
    QTest::newRow("\"0\"") << QJsonValue(QStringLiteral("0")) << Status::Operational;
    QTest::newRow("\"1\"") << QJsonValue(QStringLiteral("1")) << Status::Informational;
    QTest::newRow("\"2\"") << QJsonValue(QStringLiteral("2")) << Status::Degraded;
    QTest::newRow("\"3\"") << QJsonValue(QStringLiteral("3")) << Status::MajorOutage;
    QTest::newRow("int 3 (event_log)") << QJsonValue(3) << Status::MajorOutage;
    QTest::newRow("int 0") << QJsonValue(0) << Status::Operational;
    QTest::newRow("\"4\"") << QJsonValue(QStringLiteral("4")) << Status::Unknown;
    QTest::newRow("word") << QJsonValue(QStringLiteral("down")) << Status::Unknown;
    QTest::newRow("null") << QJsonValue() << Status::Unknown;
}

void TestAwsHealthAdapter::codes()
{
    QFETCH(QJsonValue, code);
    QFETCH(Status, expected);
    QCOMPARE(awshealth::codeStatus(code), expected);
}

void TestAwsHealthAdapter::arnRegions_data()
{
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("region");
    QTest::newRow("regional") << "arn:aws:health:me-central-1::event/MULTIPLE_SERVICES/X/Y"
                              << "me-central-1";
    QTest::newRow("global") << "arn:aws:health:global::event/CLOUDFRONT/X/Y"
                            << "global";
    QTest::newRow("upper case") << "arn:aws:health:US-EAST-1::event/EC2/X/Y"
                                << "us-east-1";
    QTest::newRow("not health") << "arn:aws:s3:::bucket"
                                << "";
    QTest::newRow("truncated") << "arn:aws:health:"
                               << "";
}

void TestAwsHealthAdapter::arnRegions()
{
    QFETCH(QString, arn);
    QFETCH(QString, region);
    QCOMPARE(awshealth::regionOfArn(arn), region);
}

void TestAwsHealthAdapter::encodings_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray utf8 = fixture(QStringLiteral("currentevents.json"));
    QTest::newRow("UTF-8") << utf8;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + utf8;
    QTest::newRow("UTF-16BE with BOM (as served)") << encoded(utf8, QStringConverter::Utf16BE, true);
    QTest::newRow("UTF-16LE with BOM") << encoded(utf8, QStringConverter::Utf16LE, true);
    QTest::newRow("UTF-16BE without BOM") << encoded(utf8, QStringConverter::Utf16BE, false);
}

void TestAwsHealthAdapter::encodings()
{
    QFETCH(QByteArray, body);
    const Snapshot snapshot = parsed(body);
    QCOMPARE(snapshot.incidents.size(), 3);
    // Non-ASCII text (NBSP, em dash) survives the decoding.
    QVERIFY(snapshot.incidents[0].updates[1].text.contains(QStringLiteral("\u00a0\u2014 a network device")));
}

void TestAwsHealthAdapter::currentStatusNotPeak()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("currentevents.json")));
    QCOMPARE(cell(snapshot, QStringLiteral("ec2"), QStringLiteral("us-east-1"))->status, Status::MajorOutage);
    // Lambda peaked at 3 but is at 2 now; S3 has recovered.
    QCOMPARE(cell(snapshot, QStringLiteral("lambda"), QStringLiteral("us-east-1"))->status, Status::Degraded);
    QCOMPARE(cell(snapshot, QStringLiteral("s3"), QStringLiteral("us-east-1"))->status, Status::Operational);
    const CellReport *lambda = cell(snapshot, QStringLiteral("lambda"), QStringLiteral("us-east-1"));
    QCOMPARE(lambda->serviceName, QStringLiteral("AWS Lambda"));
    QCOMPARE(lambda->regionName, QStringLiteral("N. Virginia"));
    // The latest status change says since when (milliseconds in the feed).
    QCOMPARE(lambda->since, QDateTime::fromSecsSinceEpoch(1795003000, Qt::UTC));
    QCOMPARE(snapshot.cells.constFirst().status, Status::MajorOutage); // the provider's summary
    QVERIFY(snapshot.warnings.isEmpty());
}

void TestAwsHealthAdapter::eventsBecomeIncidents()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("currentevents.json")));
    const Incident &event = snapshot.incidents[0];
    QVERIFY(event.id.startsWith(QStringLiteral("arn:aws:health:us-east-1::event/")));
    QCOMPARE(event.title, QStringLiteral("Increased Error Rates and Latencies"));
    QCOMPARE(event.severity, Status::MajorOutage);
    QCOMPARE(event.state, IncidentState::Investigating);
    QCOMPARE(event.startedAt, QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC));
    QCOMPARE(event.services(), (QStringList {"ec2", "lambda", "s3"}));
    QCOMPARE(event.regions(), QStringList {QStringLiteral("us-east-1")});
    QCOMPARE(event.updates.size(), 3);
    QCOMPARE(event.updates[0].at, QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC));
    QCOMPARE(event.url, QUrl(QStringLiteral("https://health.aws.amazon.com/health/status")));
}

void TestAwsHealthAdapter::endedEventIsResolved()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("currentevents.json")));
    const Incident &event = snapshot.incidents[1];
    QCOMPARE(event.state, IncidentState::Resolved);
    QCOMPARE(event.resolvedAt, QDateTime::fromSecsSinceEpoch(1794995000, Qt::UTC));
    QCOMPARE(event.severity, Status::MajorOutage); // its peak
    QCOMPARE(event.updates.last().state, IncidentState::Resolved);
    const CellReport *cloudfront = cell(snapshot, QStringLiteral("cloudfront"), QStringLiteral("global"));
    QVERIFY(cloudfront);
    QCOMPARE(cloudfront->status, Status::Operational);
    QCOMPARE(cloudfront->regionName, QStringLiteral("Global"));
}

void TestAwsHealthAdapter::eventWithoutServicesUsesItsOwnKey()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("currentevents.json")));
    const CellReport *iam = cell(snapshot, QStringLiteral("iam"), QStringLiteral("eu-west-1"));
    QVERIFY(iam);
    QCOMPARE(iam->status, Status::Informational); // from the last event_log entry
    QCOMPARE(iam->regionName, QStringLiteral("Ireland"));
}

void TestAwsHealthAdapter::noEventsIsHealthy()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("no-events.json")));
    QCOMPARE(snapshot.cells.size(), 1);
    QCOMPARE(snapshot.cells[0].status, Status::Operational);
    QVERIFY(snapshot.incidents.isEmpty());
}

void TestAwsHealthAdapter::hostileInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("object") << QByteArray("{\"events\": []}") << "not AWS Health events";
    QTest::newRow("other array") << QByteArray("[{\"name\": \"x\"}]") << "not AWS Health events";
    QTest::newRow("HTML") << QByteArray("<html><body>Sign in</body></html>") << "HTML";
    QTest::newRow("odd UTF-16") << QByteArray("\xFE\xFF\x00[\x00", 5) << "";
    QTest::newRow("truncated UTF-16")
        << encoded("[{\"arn\": \"arn:aws:health:us", QStringConverter::Utf16BE, true) << "malformed JSON";
    QTest::newRow("lone surrogate") << QByteArray("\xFE\xFF\xD8\x00\x00[", 6) << "malformed JSON";
}

void TestAwsHealthAdapter::hostileInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorContains);
    const ParseResult result = awshealth::parseEvents(body, context);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
}

void TestAwsHealthAdapter::liveCapture()
{
    const QByteArray body =
        readFile(QStringLiteral(RADAR_SHARED_DIR "/feeds/real/aws/currentevents-live-capture.utf16be.bin"));
    if (body.isEmpty())
        QSKIP("../shared/feeds/real is not beside the project: the live AWS capture is not checked");
    QVERIFY(body.startsWith("\xFE\xFF"));
    const Snapshot snapshot = parsed(body);
    QCOMPARE(snapshot.incidents.size(), 2);
    QCOMPARE(snapshot.incidents[0].regions(), QStringList {QStringLiteral("me-central-1")});
    QCOMPARE(snapshot.incidents[1].regions(), QStringList {QStringLiteral("me-south-1")});
    QCOMPARE(snapshot.incidents[0].updates.size(), 23);
    QCOMPARE(snapshot.incidents[1].updates.size(), 13);
    QCOMPARE(snapshot.cells.size(), 1 + 140 + 149);
    int outages = 0;
    for (const CellReport &report : snapshot.cells)
        outages += report.status == Status::MajorOutage ? 1 : 0;
    QCOMPARE(outages, 1 + 135 + 144); // five services of each region have recovered
    QVERIFY(snapshot.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestAwsHealthAdapter)
#include "tst_awshealthadapter.moc"
