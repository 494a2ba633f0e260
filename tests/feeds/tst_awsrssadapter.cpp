// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/awsrssadapter.h"
#include "feedtesting.h"

#include <QFile>
#include <QTest>

using namespace radar;
using feedtesting::cell;
using feedtesting::utc;

namespace {

QByteArray fixture(const QString &name)
{
    return feedtesting::fixture(QStringLiteral("aws-rss"), name);
}

const FeedContext context {QStringLiteral("aws"),
                           QUrl(QStringLiteral("https://status.aws.amazon.com/rss/all.rss"))};

Snapshot parsed(const QByteArray &body)
{
    const ParseResult result = awsrss::parseFeed(body, context);
    if (!result.ok())
        qFatal("did not parse: %s", qPrintable(result.error));
    return *result.snapshot;
}

QByteArray oneItem(const QString &pubDate, const QString &extra = QString())
{
    return QStringLiteral(
               "<rss version=\"2.0\"><channel><title>Amazon Web Services Service Status</title>"
               "<link>http://status.aws.amazon.com/</link><item>"
               "<title>Informational message: Test</title><pubDate>%1</pubDate>%2"
               "<guid isPermaLink=\"false\">http://status.aws.amazon.com/#ec2-us-west-2_1676072880</guid>"
               "<description>Text</description></item></channel></rss>")
        .arg(pubDate, extra)
        .toUtf8();
}

struct Expected
{
    QString id;
    Status severity;
    IncidentState state;
    int updates;
};

} // namespace

class TestAwsRssAdapter : public QObject
{
    Q_OBJECT
private slots:
    void titles_data();
    void titles();
    void anchors_data();
    void anchors();
    void dates_data();
    void dates();
    void perServiceRegion();
    void globalService();
    void allServices_data();
    void allServices();
    void allServicesIncidents();
    void legacy2017();
    void emptyChannel();
    void hostileInput_data();
    void hostileInput();
    void detection_data();
    void detection();
};

void TestAwsRssAdapter::titles_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<Status>("status");
    QTest::addColumn<bool>("resolves");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<Status>("current");
    QTest::newRow("operating normally") << "Service is operating normally: All good" << Status::Operational
                                        << false << "All good" << Status::Operational;
    QTest::newRow("informational") << "Informational message: Delays" << Status::Informational << false
                                   << "Delays" << Status::Informational;
    QTest::newRow("performance issues")
        << "Performance issues: Latency" << Status::Degraded << false << "Latency" << Status::Degraded;
    QTest::newRow("service disruption")
        << "Service disruption: Errors" << Status::MajorOutage << false << "Errors" << Status::MajorOutage;
    QTest::newRow("[RESOLVED] keeps the severity")
        << "Service disruption: [RESOLVED] Increased Error Rates" << Status::MajorOutage << true
        << "Increased Error Rates" << Status::Operational;
    QTest::newRow("normal and [RESOLVED]")
        << "Service is operating normally: [RESOLVED] Connectivity issues affecting some instances"
        << Status::Operational << true << "Connectivity issues affecting some instances"
        << Status::Operational;
    QTest::newRow("unverified: service impact")
        << "Service impact: Increased Connectivity Issues" << Status::Degraded << false
        << "Increased Connectivity Issues" << Status::Degraded;
    QTest::newRow("unverified: Resolved: in front")
        << "Resolved: Informational message: Recovery underway" << Status::Informational << true
        << "Recovery underway" << Status::Operational;
    QTest::newRow("any case") << "PERFORMANCE ISSUES: x [resolved]" << Status::Degraded << true << "x"
                              << Status::Operational;
    QTest::newRow("unknown prefix") << "Unusual weather: Flooding" << Status::Unknown << false
                                    << "Unusual weather: Flooding" << Status::Unknown;
    QTest::newRow("no prefix") << "Ode to unit testing" << Status::Unknown << false << "Ode to unit testing"
                               << Status::Unknown;
    QTest::newRow("empty") << "" << Status::Unknown << false << "" << Status::Unknown;
}

void TestAwsRssAdapter::titles()
{
    QFETCH(QString, title);
    QFETCH(Status, status);
    QFETCH(bool, resolves);
    QFETCH(QString, summary);
    QFETCH(Status, current);
    const awsrss::Title read = awsrss::readTitle(title);
    QCOMPARE(read.status, status);
    QCOMPARE(read.resolves, resolves);
    QCOMPARE(read.summary, summary);
    QCOMPARE(awsrss::currentStatus(read), current);
}

void TestAwsRssAdapter::anchors_data()
{
    QTest::addColumn<QString>("guid");
    QTest::addColumn<QString>("service"); // empty: no anchor
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("epoch");
    QTest::newRow("service and region") << "http://status.aws.amazon.com/#rds-us-east-1_1676072880"
                                        << "rds"
                                        << "us-east-1"
                                        << "1676072880";
    QTest::newRow("global service") << "http://status.aws.amazon.com/#billingconsole_1675376364"
                                    << "billingconsole"
                                    << "global"
                                    << "1675376364";
    QTest::newRow("2017 us-standard") << "http://status.aws.amazon.com/#s3-us-standard_1488319860"
                                      << "s3"
                                      << "us-east-1"
                                      << "1488319860";
    QTest::newRow("longest region wins")
        << "http://status.aws.amazon.com/#internetconnectivity-us-gov-west-1_1639599392"
        << "internetconnectivity"
        << "us-gov-west-1"
        << "1639599392";
    QTest::newRow("dashes in the service")
        << "https://status.aws.amazon.com/#elastic-beanstalk-ap-southeast-2_1"
        << "elastic-beanstalk"
        << "ap-southeast-2"
        << "1";
    QTest::newRow("upper case") << "#EC2-US-EAST-1_1676072880"
                                << "ec2"
                                << "us-east-1"
                                << "1676072880";
    QTest::newRow("no epoch") << "#chime"
                              << "chime"
                              << "global"
                              << "";
    QTest::newRow("unknown region suffix") << "#ec2-mars-north-1_5"
                                           << "ec2-mars-north-1"
                                           << "global"
                                           << "5";
    QTest::newRow("no anchor") << "http://status.aws.amazon.com/sample1"
                               << ""
                               << ""
                               << "";
    QTest::newRow("empty anchor") << "http://status.aws.amazon.com/#"
                                  << ""
                                  << ""
                                  << "";
    QTest::newRow("only a time") << "#_1676072880"
                                 << ""
                                 << ""
                                 << "";
}

void TestAwsRssAdapter::anchors()
{
    QFETCH(QString, guid);
    QFETCH(QString, service);
    QFETCH(QString, region);
    QFETCH(QString, epoch);
    const std::optional<awsrss::Anchor> anchor = awsrss::readAnchor(guid);
    QCOMPARE(anchor.has_value(), !service.isEmpty());
    if (!anchor)
        return;
    QCOMPARE(anchor->service, service);
    QCOMPARE(anchor->region, region);
    QCOMPARE(anchor->epoch, epoch);
}

void TestAwsRssAdapter::dates_data()
{
    QTest::addColumn<QString>("pubDate");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("PST") << "Fri, 10 Feb 2023 15:48:00 PST"
                         << "" << utc("2023-02-10T23:48:00Z");
    QTest::newRow("PDT") << "Sat, 12 Aug 2023 07:40:00 PDT"
                         << "" << utc("2023-08-12T14:40:00Z");
    QTest::newRow("2017: day padded with a space") << "Wed,  1 Mar 2017 14:11:00 PST"
                                                   << "" << utc("2017-03-01T22:11:00Z");
    QTest::newRow("no weekday, no seconds") << "1 Mar 2017 14:11 PST"
                                            << "" << utc("2017-03-01T22:11:00Z");
    QTest::newRow("2017: <updated> only")
        << ""
        << "<updated>Wed,  8 Mar 2017 13:16:09 PST</updated>" << utc("2017-03-08T21:16:09Z");
    QTest::newRow("unreadable: the guid's time") << "yesterday"
                                                 << "" << utc("2023-02-10T23:48:00Z");
}

void TestAwsRssAdapter::dates()
{
    QFETCH(QString, pubDate);
    QFETCH(QString, extra);
    QFETCH(QDateTime, expected);
    const Snapshot snapshot = parsed(oneItem(pubDate, extra));
    QCOMPARE(snapshot.incidents.size(), 1);
    QCOMPARE(snapshot.incidents[0].startedAt, expected);
    QCOMPARE(snapshot.incidents[0].updates[0].at, expected);
    QCOMPARE(snapshot.cells[1].since, expected);
}

void TestAwsRssAdapter::perServiceRegion()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("ec2-us-east-1.rss")));
    QCOMPARE(snapshot.providerName, QStringLiteral("AWS"));
    QVERIFY(snapshot.warnings.isEmpty());
    QCOMPARE(snapshot.cells.size(), 2);
    QVERIFY(snapshot.cells[0].key.isProviderSummary());
    QCOMPARE(snapshot.cells[0].status, Status::Operational);
    const CellReport &ec2 = snapshot.cells[1];
    QCOMPARE(ec2.key, (CellKey {QStringLiteral("aws"), QStringLiteral("ec2"), QStringLiteral("us-east-1")}));
    QCOMPARE(ec2.serviceName, QStringLiteral("Amazon Elastic Compute Cloud"));
    QCOMPARE(ec2.regionName, QStringLiteral("N. Virginia"));
    QCOMPARE(ec2.status, Status::Operational);
    QCOMPARE(ec2.since, utc("2023-02-10T23:48:00Z"));

    QCOMPARE(snapshot.incidents.size(), 2);
    const Incident &older = snapshot.incidents[0];
    QCOMPARE(older.id, QStringLiteral("ec2-us-east-1_1668446400"));
    QCOMPARE(older.severity, Status::Informational);
    QCOMPARE(older.state, IncidentState::Resolved);
    QCOMPARE(older.title, QStringLiteral("Delayed instance launches"));
    QCOMPARE(older.resolvedAt, utc("2022-11-14T18:05:00Z"));
    const Incident &newer = snapshot.incidents[1];
    QCOMPARE(newer.id, QStringLiteral("ec2-us-east-1_1676065920"));
    QCOMPARE(newer.title, QStringLiteral("Increased API error rates"));
    QCOMPARE(newer.severity, Status::Degraded);
    QCOMPARE(newer.state, IncidentState::Resolved);
    QCOMPARE(newer.startedAt, utc("2023-02-10T21:52:00Z"));
    QCOMPARE(newer.resolvedAt, utc("2023-02-10T23:48:00Z"));
    QCOMPARE(newer.url, QUrl(QStringLiteral("https://health.aws.amazon.com/health/status")));
    QCOMPARE(newer.affected, QList<CellKey> {ec2.key});
    QCOMPARE(newer.updates.size(), 3);
    QCOMPARE(newer.updates[0].state, IncidentState::Investigating);
    QCOMPARE(newer.updates[2].state, IncidentState::Resolved);
    QVERIFY(
        newer.updates[0].text.startsWith(QStringLiteral("We are investigating increased API error rates")));
}

void TestAwsRssAdapter::globalService()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("cloudfront.rss")));
    QCOMPARE(snapshot.cells.size(), 2);
    QCOMPARE(snapshot.cells[0].status, Status::Degraded);
    QCOMPARE(snapshot.cells[0].since, utc("2023-08-12T13:55:00Z"));
    const CellReport &cloudfront = snapshot.cells[1];
    QCOMPARE(cloudfront.key.service, QStringLiteral("cloudfront"));
    QCOMPARE(cloudfront.key.region, QStringLiteral("global"));
    QCOMPARE(cloudfront.regionName, QStringLiteral("Global"));
    QCOMPARE(cloudfront.serviceName, QStringLiteral("Amazon CloudFront"));
    QCOMPARE(cloudfront.status, Status::Degraded);
    QCOMPARE(cloudfront.since, utc("2023-08-12T13:55:00Z"));
    QCOMPARE(snapshot.incidents.size(), 1);
    const Incident &open = snapshot.incidents[0];
    QCOMPARE(open.id, QStringLiteral("cloudfront-global_1691848500"));
    QCOMPARE(open.state, IncidentState::Investigating);
    QCOMPARE(open.severity, Status::Degraded);
    QVERIFY(!open.resolvedAt.isValid());
    QCOMPARE(open.updates.size(), 2);
}

void TestAwsRssAdapter::allServices_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("regionName");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QDateTime>("since");
    QTest::newRow("open disruption") << "rds"
                                     << "eu-west-1"
                                     << "Ireland" << Status::MajorOutage << utc("2023-03-29T16:40:00Z");
    QTest::newRow("unknown prefix") << "ec2"
                                    << "ap-northeast-1"
                                    << "Tokyo" << Status::Unknown << utc("2023-03-29T17:00:00Z");
    QTest::newRow("global, informational")
        << "billingconsole"
        << "global"
        << "Global" << Status::Informational << utc("2023-03-29T05:10:00Z");
    QTest::newRow("GovCloud, resolved")
        << "internetconnectivity"
        << "us-gov-west-1"
        << "GovCloud (US-West)" << Status::Operational << utc("2023-03-28T19:16:32Z");
    QTest::newRow("newer Resolved: form")
        << "s3"
        << "us-east-1"
        << "N. Virginia" << Status::Operational << utc("2023-03-28T00:00:00Z");
    QTest::newRow("normal only") << "lambda"
                                 << "ap-southeast-2"
                                 << "Sydney" << Status::Operational << utc("2023-03-26T15:30:00Z");
    QTest::newRow("listed out of order") << "multipleservices"
                                         << "me-south-1"
                                         << "Bahrain" << Status::Operational << utc("2023-03-25T20:20:00Z");
}

void TestAwsRssAdapter::allServices()
{
    QFETCH(QString, service);
    QFETCH(QString, region);
    QFETCH(QString, regionName);
    QFETCH(Status, status);
    QFETCH(QDateTime, since);
    const Snapshot snapshot = parsed(fixture(QStringLiteral("all.rss")));
    QCOMPARE(snapshot.cells.size(), 8);
    const CellReport *report = cell(snapshot, service, region);
    QVERIFY(report);
    QCOMPARE(report->serviceName, service); // all.rss names no service: the code stands in
    QCOMPARE(report->regionName, regionName);
    QCOMPARE(report->status, status);
    QCOMPARE(report->since, since);
}

void TestAwsRssAdapter::allServicesIncidents()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("all.rss")));
    QCOMPARE(snapshot.cells[0].status, Status::MajorOutage);
    QCOMPARE(snapshot.cells[0].since, utc("2023-03-29T05:10:00Z"));
    QCOMPARE(snapshot.warnings,
             (QStringList {
                 QStringLiteral("unknown title status \"Unusual weather\" read as unknown"),
                 QStringLiteral("items whose guid has no #<service>-<region>_<time> anchor were skipped")}));
    const QList<Expected> expected {
        {QStringLiteral("rds-eu-west-1_1680108000"), Status::MajorOutage, IncidentState::Investigating, 2},
        {QStringLiteral("ec2-ap-northeast-1_1680109200"), Status::Unknown, IncidentState::Investigating, 1},
        {QStringLiteral("billingconsole-global_1680066600"), Status::Informational,
         IncidentState::Investigating, 1},
        {QStringLiteral("internetconnectivity-us-gov-west-1_1680030992"), Status::Informational,
         IncidentState::Resolved, 1},
        {QStringLiteral("s3-us-east-1_1679958300"), Status::Degraded, IncidentState::Resolved, 2},
        {QStringLiteral("multipleservices-me-south-1_1679767200"), Status::Informational,
         IncidentState::Resolved, 2},
    };
    QCOMPARE(snapshot.incidents.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const Incident &incident = snapshot.incidents[i];
        QCOMPARE(incident.id, expected[i].id);
        QCOMPARE(incident.severity, expected[i].severity);
        QCOMPARE(incident.state, expected[i].state);
        QCOMPARE(incident.updates.size(), expected[i].updates);
        QCOMPARE(incident.affected.size(), 1);
        QCOMPARE(incident.resolvedAt.isValid(), incident.state == IncidentState::Resolved);
    }
    QCOMPARE(snapshot.incidents[4].title, QStringLiteral("Recovery underway"));
    QCOMPARE(snapshot.incidents[4].resolvedAt, utc("2023-03-28T00:00:00Z"));
}

void TestAwsRssAdapter::legacy2017()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("s3-us-standard-2017.rss")));
    QVERIFY(snapshot.warnings.isEmpty());
    QCOMPARE(snapshot.cells.size(), 2);
    const CellReport &s3 = snapshot.cells[1];
    QCOMPARE(s3.key, (CellKey {QStringLiteral("aws"), QStringLiteral("s3"), QStringLiteral("us-east-1")}));
    QCOMPARE(s3.serviceName,
             QStringLiteral("Amazon Simple Storage Service")); // the first title, not the second
    QCOMPARE(s3.status, Status::Operational);
    // AWS put "[RESOLVED]" on every later post of the thread: one incident, not two.
    QCOMPARE(snapshot.incidents.size(), 1);
    const Incident &incident = snapshot.incidents[0];
    QCOMPARE(incident.id, QStringLiteral("s3-us-east-1_1488393420"));
    QCOMPARE(incident.title, QStringLiteral("Increased Error Rates"));
    QCOMPARE(incident.severity, Status::MajorOutage);
    QCOMPARE(incident.state, IncidentState::Resolved);
    QCOMPARE(incident.startedAt, utc("2017-03-01T18:37:00Z"));
    QCOMPARE(incident.resolvedAt, utc("2017-03-01T22:11:00Z"));
    QCOMPARE(incident.updates.size(), 3);
}

void TestAwsRssAdapter::emptyChannel()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("empty.rss")));
    QCOMPARE(snapshot.cells.size(), 1);
    QCOMPARE(snapshot.cells[0].key, (CellKey {QStringLiteral("aws"), QString(), QStringLiteral("global")}));
    QCOMPARE(snapshot.cells[0].regionName, QStringLiteral("Global"));
    QCOMPARE(snapshot.cells[0].status, Status::Operational);
    QVERIFY(snapshot.incidents.isEmpty());
    QVERIFY(snapshot.warnings.isEmpty());
}

void TestAwsRssAdapter::hostileInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("empty") << QByteArray() << "empty response";
    QTest::newRow("truncated") << fixture(QStringLiteral("all.rss")).left(1500) << "malformed XML at line";
    QTest::newRow("HTML page") << QByteArray("<!DOCTYPE html><html><body>Moved</body></html>") << "HTML page";
    QTest::newRow("JSON") << QByteArray("[]") << "malformed XML";
    QTest::newRow("Atom feed") << QByteArray(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>")
                               << "not an AWS status feed: expected <rss><channel>";
    QTest::newRow("other XML") << QByteArray("<opml/>") << "not an AWS status feed: expected <rss><channel>";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01<", 5) << "malformed XML";
    QTest::newRow("deep nesting") << "<rss><channel><item>" + QByteArray(100000, 'x').replace('x', "<a>")
                                  << "malformed XML";
    QTest::newRow("deep nesting in a text element")
        << "<rss><channel><item><description>" + QByteArray(100000, 'x').replace('x', "<p>")
        << "elements nested deeper than 32 levels";
}

void TestAwsRssAdapter::hostileInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorContains);
    const ParseResult result = awsrss::parseFeed(body, context);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
}

void TestAwsRssAdapter::detection_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("aws");
    QTest::newRow("per service and region") << fixture(QStringLiteral("ec2-us-east-1.rss")) << true;
    QTest::newRow("all.rss") << fixture(QStringLiteral("all.rss")) << true;
    QTest::newRow("2017") << fixture(QStringLiteral("s3-us-standard-2017.rss")) << true;
    QTest::newRow("empty channel") << fixture(QStringLiteral("empty.rss")) << true;
    QTest::newRow("by the guid only")
        << QByteArray("<rss><channel><title>x</title><item><guid>https://status.aws.amazon.com/#ec2_1</guid>"
                      "</item></channel></rss>")
        << true;
    QTest::newRow("by the new host") << QByteArray("<rss><channel><link>https://health.aws.amazon.com/</link>"
                                                   "</channel></rss>")
                                     << true;
    QTest::newRow("other RSS") << QByteArray(
        "<rss><channel><title>Azure Status</title>"
        "<link>https://azure.status.microsoft/en-us/status/</link></channel></rss>")
                               << false;
    QTest::newRow("a look-alike host")
        << QByteArray("<rss><channel><link>https://status.aws.amazon.com.evil.test/"
                      "</link></channel></rss>")
        << false;
    QTest::newRow("Atom") << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\"><link "
                                        "href=\"https://status.aws.amazon.com/\"/></feed>")
                          << false;
    QTest::newRow("HTML") << QByteArray("<html><body>status.aws.amazon.com</body></html>") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestAwsRssAdapter::detection()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, aws);
    QCOMPARE(awsrss::looksLikeFeed(body), aws);
}

QTEST_GUILESS_MAIN(TestAwsRssAdapter)
#include "tst_awsrssadapter.moc"
