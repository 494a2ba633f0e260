// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedurl.h"

#include <QTest>

using namespace radar;

class TestFeedUrl : public QObject
{
    Q_OBJECT
private slots:
    void resolve_data();
    void resolve();
};

void TestFeedUrl::resolve_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("feed");
    QTest::newRow("Statuspage page") << "https://www.githubstatus.com"
                                     << "https://www.githubstatus.com/api/v2/summary.json";
    QTest::newRow("Statuspage page with slash") << "https://www.githubstatus.com/"
                                                << "https://www.githubstatus.com/api/v2/summary.json";
    QTest::newRow("query and fragment dropped") << "https://status.example.test/?utm=x#top"
                                                << "https://status.example.test/api/v2/summary.json";
    QTest::newRow("summary kept") << "https://www.githubstatus.com/api/v2/summary.json"
                                  << "https://www.githubstatus.com/api/v2/summary.json";
    QTest::newRow("AWS page") << "https://health.aws.amazon.com/health/status"
                              << "https://health.aws.amazon.com/public/currentevents";
    QTest::newRow("old AWS host") << "https://status.aws.amazon.com/"
                                  << "https://health.aws.amazon.com/public/currentevents";
    QTest::newRow("AWS RSS kept") << "https://status.aws.amazon.com/rss/ec2-us-east-1.rss"
                                  << "https://status.aws.amazon.com/rss/ec2-us-east-1.rss";
    QTest::newRow("GCP page") << "https://status.cloud.google.com/"
                              << "https://status.cloud.google.com/incidents.json";
    QTest::newRow("GCP feed kept") << "https://status.cloud.google.com/incidents.json"
                                   << "https://status.cloud.google.com/incidents.json";
    QTest::newRow("Azure page") << "https://azure.status.microsoft/en-us/status"
                                << "https://azure.status.microsoft/en-us/status/feed/";
    QTest::newRow("Slack page") << "https://status.slack.com/"
                                << "https://slack-status.com/api/v2.0.0/current";
    QTest::newRow("history feed kept") << "https://status.example.test/history.atom"
                                       << "https://status.example.test/history.atom";
    QTest::newRow("other path kept") << "https://example.test/status/page"
                                     << "https://example.test/status/page";
    QTest::newRow("file kept") << "file:///tmp/summary.json"
                               << "file:///tmp/summary.json";
}

void TestFeedUrl::resolve()
{
    QFETCH(QString, pasted);
    QFETCH(QString, feed);
    QCOMPARE(feedUrlFor(QUrl(pasted)), QUrl(feed));
}

QTEST_GUILESS_MAIN(TestFeedUrl)
#include "tst_feedurl.moc"
