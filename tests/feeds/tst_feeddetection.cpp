// SPDX-License-Identifier: GPL-3.0-or-later
// Kind detection over every fixture of every adapter: a feed is recognised from its content alone,
// and what is not a feed (HTML pages, truncated bodies) is recognised as nothing.
#include "feeds/feedparser.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace radar;

class TestFeedDetection : public QObject
{
    Q_OBJECT
private slots:
    void fixtures_data();
    void fixtures();
    void emptyListNeedsTheUrl_data();
    void emptyListNeedsTheUrl();
};

void TestFeedDetection::fixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<FeedKind>("kind");
    QTest::addColumn<bool>("parses");
    QDirIterator files(QStringLiteral(RADAR_TEST_DATA_DIR), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QFileInfo file(files.next());
        const std::optional<FeedKind> kind = feedKindFromName(file.dir().dirName());
        if (!kind || file.fileName() == QLatin1StringView("no-events.json"))
            continue;
        const bool html = file.suffix() == QLatin1StringView("html");
        const bool truncated = file.baseName().startsWith(u"truncated");
        QTest::newRow(qPrintable(file.dir().dirName() + u'/' + file.fileName()))
            << file.filePath() << (html ? FeedKind::Auto : *kind) << !(html || truncated);
    }
}

void TestFeedDetection::fixtures()
{
    QFETCH(QString, path);
    QFETCH(FeedKind, kind);
    QFETCH(bool, parses);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray body = file.readAll();
    // A truncated XML feed is recognised by its head and then fails to parse; JSON fails earlier.
    const FeedKind detected = detectFeedKind(body, QUrl());
    QVERIFY(detected == kind || (!parses && detected == FeedKind::Auto));
    const ParseResult result =
        parseFeed(FeedKind::Auto, body, {QStringLiteral("x"), QUrl::fromLocalFile(path)});
    QCOMPARE(result.ok(), parses);
    if (!result.ok())
        QVERIFY(!result.error.isEmpty());
}

void TestFeedDetection::emptyListNeedsTheUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<FeedKind>("kind");
    QTest::newRow("AWS") << "https://health.aws.amazon.com/public/currentevents" << FeedKind::AwsHealth;
    QTest::newRow("GCP") << "https://status.cloud.google.com/incidents.json" << FeedKind::GoogleCloud;
    QTest::newRow("Slack history") << "https://slack-status.com/api/v2.0.0/history" << FeedKind::Slack;
    QTest::newRow("a file") << "file:///tmp/events.json" << FeedKind::Auto;
}

void TestFeedDetection::emptyListNeedsTheUrl()
{
    QFETCH(QString, url);
    QFETCH(FeedKind, kind);
    QCOMPARE(detectFeedKind("[]", QUrl(url)), kind);
    const ParseResult result = parseFeed(FeedKind::Auto, "[ ]", {QStringLiteral("x"), QUrl(url)});
    QCOMPARE(result.ok(), kind != FeedKind::Auto);
    if (!result.ok())
        QVERIFY2(result.error.contains(QStringLiteral("--kind")), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestFeedDetection)
#include "tst_feeddetection.moc"
