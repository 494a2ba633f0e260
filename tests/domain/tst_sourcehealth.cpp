// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/source.h"

#include <QTest>

using namespace radar;

class TestSourceHealth : public QObject
{
    Q_OBJECT
private slots:
    void health_data();
    void health();
    void kindNames();
};

void TestSourceHealth::health_data()
{
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    QTest::addColumn<QDateTime>("lastSuccess");
    QTest::addColumn<QString>("lastError");
    QTest::addColumn<int>("intervalSeconds");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<SourceHealth>("expected");
    QTest::newRow("never fetched") << QDateTime() << QString() << 60 << now << SourceHealth::Pending;
    QTest::newRow("just fetched") << now << QString() << 60 << now << SourceHealth::Fresh;
    QTest::newRow("exactly three intervals")
        << now.addSecs(-180) << QString() << 60 << now << SourceHealth::Fresh;
    QTest::newRow("older than three intervals")
        << now.addSecs(-181) << QString() << 60 << now << SourceHealth::Stale;
    QTest::newRow("longer interval keeps it fresh")
        << now.addSecs(-600) << QString() << 300 << now << SourceHealth::Fresh;
    QTest::newRow("failing beats fresh")
        << now << "unreachable: Connection refused" << 60 << now << SourceHealth::Failing;
    QTest::newRow("failing before any data")
        << QDateTime() << "HTTP 500" << 60 << now << SourceHealth::Failing;
}

void TestSourceHealth::health()
{
    QFETCH(QDateTime, lastSuccess);
    QFETCH(QString, lastError);
    QFETCH(int, intervalSeconds);
    QFETCH(QDateTime, now);
    QFETCH(SourceHealth, expected);
    SourceStatus status;
    status.lastSuccess = lastSuccess;
    status.lastError = lastError;
    QCOMPARE(status.healthAt(now, std::chrono::seconds(intervalSeconds)), expected);
}

void TestSourceHealth::kindNames()
{
    QCOMPARE(feedKindFromName(u"statuspage"), std::optional<FeedKind>(FeedKind::Statuspage));
    QCOMPARE(feedKindFromName(u"auto"), std::optional<FeedKind>(FeedKind::Auto));
    QCOMPARE(feedKindFromName(u"gopher"), std::nullopt);
    QVERIFY(feedKindNames().contains(QStringLiteral("statuspage")));
    QCOMPARE(sourceHealthName(SourceHealth::Stale), QStringLiteral("stale"));
}

QTEST_GUILESS_MAIN(TestSourceHealth)
#include "tst_sourcehealth.moc"
