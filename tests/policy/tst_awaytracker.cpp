// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/awaytracker.h"

#include <QTest>

using namespace radar;

class TestAwayTracker : public QObject
{
    Q_OBJECT

private slots:
    void hiddenWindow_data();
    void hiddenWindow();
    void sleepWhileVisible_data();
    void sleepWhileVisible();
    void repeatedHideKeepsTheFirstInstant();
};

namespace {
const QDateTime t0 = QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);
}

void TestAwayTracker::hiddenWindow_data()
{
    QTest::addColumn<int>("hiddenMinutes");
    QTest::addColumn<bool>("digest");
    QTest::newRow("a glance away") << 5 << false;
    QTest::newRow("just short of an hour") << 59 << false;
    QTest::newRow("an hour") << 60 << true;
    QTest::newRow("overnight") << 14 * 60 << true;
}

void TestAwayTracker::hiddenWindow()
{
    QFETCH(int, hiddenMinutes);
    QFETCH(bool, digest);
    AwayTracker tracker;
    tracker.windowHidden(t0);
    QVERIFY(!tracker.isWindowVisible());
    const std::optional<QDateTime> since = tracker.windowShown(t0.addSecs(hiddenMinutes * 60));
    QCOMPARE(since.has_value(), digest);
    if (digest)
        QCOMPARE(*since, t0);
    QVERIFY(tracker.isWindowVisible());
    // Shown again without being hidden: nothing new to tell.
    QVERIFY(!tracker.windowShown(t0.addSecs(hiddenMinutes * 60 + 7200)));
}

void TestAwayTracker::sleepWhileVisible_data()
{
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<int>("sleptMinutes");
    QTest::addColumn<bool>("digest");
    QTest::newRow("short nap, visible") << false << 20 << false;
    QTest::newRow("long sleep, visible") << false << 90 << true;
    // A hidden window tells when it is shown, and that digest covers the sleep.
    QTest::newRow("long sleep, hidden") << true << 90 << false;
}

void TestAwayTracker::sleepWhileVisible()
{
    QFETCH(bool, hidden);
    QFETCH(int, sleptMinutes);
    QFETCH(bool, digest);
    AwayTracker tracker;
    if (hidden)
        tracker.windowHidden(t0.addSecs(-600));
    const std::optional<QDateTime> since = tracker.slept(t0, t0.addSecs(sleptMinutes * 60));
    QCOMPARE(since.has_value(), digest);
    if (digest)
        QCOMPARE(*since, t0);
    if (hidden)
        QCOMPARE(tracker.windowShown(t0.addSecs(sleptMinutes * 60)), std::optional(t0.addSecs(-600)));
}

void TestAwayTracker::repeatedHideKeepsTheFirstInstant()
{
    AwayTracker tracker;
    tracker.windowHidden(t0); // hidden to the tray
    tracker.windowHidden(t0.addSecs(3000)); // and minimized later: the absence began at t0
    QCOMPARE(tracker.windowShown(t0.addSecs(3700)), std::optional(t0));
}

QTEST_GUILESS_MAIN(TestAwayTracker)
#include "tst_awaytracker.moc"
