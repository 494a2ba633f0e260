// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/connectivity.h"

#include <QTest>

using namespace radar;

namespace {

const QDateTime t0(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

SourceState source(const QString &url, SourceHealth health, FailureKind failure = FailureKind::Unreachable)
{
    SourceState state;
    state.config.id = url;
    state.config.url = QUrl(url);
    state.health = health;
    if (health == SourceHealth::Failing) {
        state.status.lastError = QStringLiteral("unreachable: Connection refused");
        state.status.lastFailure = failure;
    }
    return state;
}

QList<SourceState> allUnreachable()
{
    return {source(QStringLiteral("https://a.test/feed"), SourceHealth::Failing),
            source(QStringLiteral("https://b.test/feed"), SourceHealth::Failing),
            source(QStringLiteral("https://c.test/feed"), SourceHealth::Failing)};
}

} // namespace

class TestConnectivity : public QObject
{
    Q_OBJECT
private slots:
    void verdictFromSources_data();
    void verdictFromSources();
    void systemReachabilityWins();
    void comingBackStartsAGracePeriod();
    void sleepIsTheWallClockRunningAhead();
};

void TestConnectivity::verdictFromSources_data()
{
    QTest::addColumn<QList<SourceState>>("sources");
    QTest::addColumn<bool>("offline");
    const auto failing = SourceHealth::Failing;
    QTest::newRow("every source unreachable") << allUnreachable() << true;
    QTest::newRow("one fresh source means the network works")
        << QList<SourceState> {source(QStringLiteral("https://a.test/feed"), failing),
                               source(QStringLiteral("https://b.test/feed"), SourceHealth::Fresh)}
        << false;
    QTest::newRow("HTTP errors are the servers', not the network's")
        << QList<SourceState> {source(QStringLiteral("https://a.test/feed"), failing),
                               source(QStringLiteral("https://b.test/feed"), failing, FailureKind::Server)}
        << false;
    QTest::newRow("one server down is that server")
        << QList<SourceState> {source(QStringLiteral("https://a.test/feed"), failing),
                               source(QStringLiteral("https://a.test/other"), failing)}
        << false;
    QTest::newRow("two ports are two servers")
        << QList<SourceState> {source(QStringLiteral("http://127.0.0.1:1001/x"), failing),
                               source(QStringLiteral("http://127.0.0.1:1002/x"), failing)}
        << true;
    QTest::newRow("local files do not count either way")
        << QList<SourceState> {source(QStringLiteral("https://a.test/feed"), failing),
                               source(QStringLiteral("https://b.test/feed"), failing),
                               source(QStringLiteral("file:///tmp/feed.json"), SourceHealth::Fresh)}
        << true;
    QTest::newRow("not fetched yet is not offline")
        << QList<SourceState> {source(QStringLiteral("https://a.test/feed"), SourceHealth::Pending),
                               source(QStringLiteral("https://b.test/feed"), failing)}
        << false;
    QTest::newRow("no sources") << QList<SourceState> {} << false;
}

void TestConnectivity::verdictFromSources()
{
    QFETCH(QList<SourceState>, sources);
    QFETCH(bool, offline);
    Connectivity connectivity;
    QCOMPARE(connectivity.updateSources(sources, t0), offline);
    QCOMPARE(connectivity.isOffline(), offline);
    QCOMPARE(connectivity.reason().isEmpty(), !offline);
    QCOMPARE(connectivity.notificationsAllowed(t0), !offline);
}

void TestConnectivity::systemReachabilityWins()
{
    Connectivity connectivity;
    QVERIFY(!connectivity.setReachability(Connectivity::Reachability::Offline, t0));
    QVERIFY(connectivity.isOffline());
    QCOMPARE(connectivity.reason(), QStringLiteral("The system reports no network connection."));
    connectivity.updateSources({source(QStringLiteral("https://a.test/feed"), SourceHealth::Fresh)}, t0);
    QVERIFY(connectivity.isOffline());
    // Back online: a refresh is due at once, and alerts wait for the grace period.
    QVERIFY(connectivity.setReachability(Connectivity::Reachability::Online, t0.addSecs(60)));
    QVERIFY(!connectivity.isOffline());
    QVERIFY(!connectivity.setReachability(Connectivity::Reachability::Online, t0.addSecs(61)));

    // The system says offline, yet data arrives afterwards (a link it does not manage): online.
    connectivity.setReachability(Connectivity::Reachability::Offline, t0.addSecs(100));
    SourceState fresh = source(QStringLiteral("https://a.test/feed"), SourceHealth::Fresh);
    fresh.status.lastSuccess = t0.addSecs(90);
    connectivity.updateSources({fresh}, t0.addSecs(110));
    QVERIFY(connectivity.isOffline()); // that data is older than the verdict
    fresh.status.lastSuccess = t0.addSecs(120);
    QVERIFY(connectivity.updateSources({fresh}, t0.addSecs(121)));
    QVERIFY(!connectivity.isOffline());
}

void TestConnectivity::comingBackStartsAGracePeriod()
{
    Connectivity connectivity;
    connectivity.updateSources(allUnreachable(), t0);
    QVERIFY(connectivity.isOffline());
    // (The plural's wording comes from the English translation, which this test does not load.)
    QVERIFY2(connectivity.reason().startsWith(QStringLiteral("None of the 3 source")),
             qPrintable(connectivity.reason()));
    QVERIFY(!connectivity.notificationsAllowed(t0.addSecs(600)));

    QList<SourceState> back = allUnreachable();
    back[1] = source(QStringLiteral("https://b.test/feed"), SourceHealth::Fresh);
    const QDateTime recovered = t0.addSecs(600);
    QVERIFY(connectivity.updateSources(back, recovered));
    QVERIFY(!connectivity.isOffline());
    const qint64 grace = Connectivity::gracePeriod.count();
    QVERIFY(!connectivity.notificationsAllowed(recovered.addSecs(grace - 1)));
    QVERIFY(connectivity.notificationsAllowed(recovered.addSecs(grace)));
    QCOMPARE(connectivity.quietUntil(), recovered.addSecs(grace));
}

void TestConnectivity::sleepIsTheWallClockRunningAhead()
{
    Connectivity connectivity;
    QVERIFY(!connectivity.checkForSleep(t0, 1000));
    // Ten seconds pass on both clocks: awake.
    QVERIFY(!connectivity.checkForSleep(t0.addSecs(10), 11000));
    // A late timer is not sleep: both clocks moved by 45 s.
    QVERIFY(!connectivity.checkForSleep(t0.addSecs(55), 56000));
    QVERIFY(connectivity.notificationsAllowed(t0.addSecs(55)));
    // Two hours on the wall clock, ten seconds on the monotonic one: the machine slept.
    const QDateTime woke = t0.addSecs(55 + 7200);
    QVERIFY(connectivity.checkForSleep(woke, 66000));
    QVERIFY(!connectivity.notificationsAllowed(woke));
    QVERIFY(connectivity.notificationsAllowed(woke.addSecs(Connectivity::gracePeriod.count())));
    QVERIFY(!connectivity.checkForSleep(woke.addSecs(10), 76000));
}

QTEST_GUILESS_MAIN(TestConnectivity)
#include "tst_connectivity.moc"
