// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/watchlist.h"

#include <QTest>

using namespace radar;

class TestWatchList : public QObject
{
    Q_OBJECT
private slots:
    void matches_data();
    void matches();
    void toggleAddsAndRemoves();
    void roundTripsThroughText();
    void unreadableLinesAreReported();
};

void TestWatchList::matches_data()
{
    QTest::addColumn<WatchList::Entry>("entry");
    QTest::addColumn<CellKey>("cell");
    QTest::addColumn<bool>("watched");
    const CellKey ec2East {"aws", "ec2", "us-east-1"};
    const auto service = WatchList::service(QStringLiteral("aws"), QStringLiteral("ec2"));
    const auto region = WatchList::region(QStringLiteral("aws"), QStringLiteral("us-east-1"));
    const auto cell = WatchList::cell(ec2East);
    QTest::newRow("service, any region") << service << CellKey {"aws", "ec2", "eu-west-1"} << true;
    QTest::newRow("service, other service") << service << CellKey {"aws", "s3", "us-east-1"} << false;
    QTest::newRow("service, other provider") << service << CellKey {"gcp", "ec2", "us-east-1"} << false;
    QTest::newRow("region, any service") << region << CellKey {"aws", "s3", "us-east-1"} << true;
    QTest::newRow("region, the provider's summary") << region << CellKey {"aws", "", "us-east-1"} << true;
    QTest::newRow("region, other region") << region << CellKey {"aws", "s3", "us-east-2"} << false;
    QTest::newRow("region, same id at another provider")
        << region << CellKey {"hub", "s3", "us-east-1"} << false;
    QTest::newRow("cell, itself") << cell << ec2East << true;
    QTest::newRow("cell, neighbour") << cell << CellKey {"aws", "ec2", "us-east-2"} << false;
}

void TestWatchList::matches()
{
    QFETCH(WatchList::Entry, entry);
    QFETCH(CellKey, cell);
    QFETCH(bool, watched);
    WatchList list;
    QVERIFY(!list.isWatched(cell));
    list.toggle(entry);
    QCOMPARE(list.isWatched(cell), watched);
}

void TestWatchList::toggleAddsAndRemoves()
{
    WatchList list;
    const auto entry = WatchList::service(QStringLiteral("github"), QStringLiteral("Actions"));
    list.toggle(entry);
    QVERIFY(list.contains(entry));
    // A service entry ignores the region it was made from.
    QVERIFY(list.contains({WatchList::Scope::Service, {"github", "Actions", "global"}}));
    list.toggle(entry);
    QVERIFY(list.isEmpty());
}

void TestWatchList::roundTripsThroughText()
{
    WatchList list;
    list.toggle(WatchList::service(QStringLiteral("github"), QStringLiteral("Actions / Packages")));
    list.toggle(WatchList::region(QStringLiteral("aws"), QStringLiteral("us-east-1")));
    list.toggle(WatchList::cell({"gcp", "Cloud Run: jobs", "europe-west3"}));
    const QStringList lines = list.toStrings();
    QCOMPARE(lines.first(), QStringLiteral("service:github/Actions%20%2F%20Packages"));
    QStringList rejected;
    QCOMPARE(WatchList::fromStrings(lines, &rejected), list);
    QVERIFY(rejected.isEmpty());
}

void TestWatchList::unreadableLinesAreReported()
{
    QStringList rejected;
    const WatchList list = WatchList::fromStrings({"service:aws/ec2", "cell:aws/ec2", "planet:aws/x",
                                                   "region:/us-east-1", "nonsense", "service:aws/ec2"},
                                                  &rejected);
    QCOMPARE(list.entries().size(), 1);
    QCOMPARE(
        rejected,
        (QStringList {"cell:aws/ec2", "planet:aws/x", "region:/us-east-1", "nonsense", "service:aws/ec2"}));
}

QTEST_GUILESS_MAIN(TestWatchList)
#include "tst_watchlist.moc"
