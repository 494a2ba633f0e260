// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance over the real captures in ../shared/feeds/real (read in place, never copied): every
// file is detected as its kind from the content alone and parsed without error or warning.
#include "feeds/feedparser.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace radar;

namespace {

const QString realDir = QStringLiteral(RADAR_SHARED_DIR "/feeds/real");

struct Expectation
{
    FeedKind kind;
    int incidents; // how many incidents the adapter reads from the capture
};

// Every capture, by file name, with what it holds (see SOURCES.md beside the captures).
const QHash<QString, Expectation> &expectations()
{
    static const QHash<QString, Expectation> table {
        {QStringLiteral("currentevents-live-capture.utf16be.bin"), {FeedKind::AwsHealth, 2}},
        {QStringLiteral("currentevents-live-capture.DERIVED-utf8.json"), {FeedKind::AwsHealth, 2}},
        {QStringLiteral("incidents-live-capture.json"), {FeedKind::GoogleCloud, 4}},
        {QStringLiteral("slack-current-live-capture.json"), {FeedKind::Slack, 0}},
        {QStringLiteral("slack-history-live-capture.json"), {FeedKind::Slack, 3}},
        {QStringLiteral("statusio-gitlab-live-capture.json"), {FeedKind::StatusIo, 0}},
        {QStringLiteral("statusio-incident-DOC-DERIVED.json"), {FeedKind::StatusIo, 3}},
        {QStringLiteral("firehydrant-redis-live-capture.json"), {FeedKind::FireHydrant, 4}},
        {QStringLiteral("saucelabs-us-west-1-statuspage-history-2020-11-15.atom"),
         {FeedKind::RssHistory, 25}},
        {QStringLiteral("parse-statuspage-history-2014-01-09.rss"), {FeedKind::RssHistory, 17}},
    };
    return table;
}

} // namespace

class TestRealCaptures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void capture_data();
    void capture();
};

void TestRealCaptures::initTestCase()
{
    if (!QFile::exists(realDir))
        QSKIP("../shared/feeds/real is not beside the project: real captures not checked");
}

void TestRealCaptures::capture_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator files(realDir, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (!path.endsWith(QLatin1StringView(".md")))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
}

void TestRealCaptures::capture()
{
    QFETCH(QString, path);
    const QString name = QFileInfo(path).fileName();
    const auto expected = expectations().constFind(name);
    QVERIFY2(expected != expectations().cend(), "a new capture: add what it holds to the table above");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray body = file.readAll();
    QCOMPARE(detectFeedKind(body, QUrl()), expected->kind);
    const ParseResult result =
        parseFeed(FeedKind::Auto, body, {QStringLiteral("real"), QUrl::fromLocalFile(path)});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.snapshot->kind, expected->kind);
    QCOMPARE(result.snapshot->incidents.size(), expected->incidents);
    QVERIFY2(result.snapshot->warnings.isEmpty(), qPrintable(result.snapshot->warnings.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestRealCaptures)
#include "tst_realcaptures.moc"
