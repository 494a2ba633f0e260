// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/incident.h"
#include "policy/notificationpolicy.h"

#include <QTest>

using namespace radar;
using Kind = Notification::Kind;
using Rule = NotificationRule;

Q_DECLARE_METATYPE(radar::NotificationRule)
Q_DECLARE_METATYPE(radar::QuietLength)
Q_DECLARE_METATYPE(radar::WatchList)

namespace {

const QTimeZone zone = QTimeZone("Europe/Berlin").isValid() ? QTimeZone("Europe/Berlin") : QTimeZone(3600);
// Thursday 26 November 2026, 10:00 in Berlin.
const QDateTime t0 = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
const QString aws = QStringLiteral("aws");
const QString usEast = QStringLiteral("us-east-1");

QDateTime local(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), zone).toUTC();
}

CellState cell(const QString &service, Status status, const QString &region = usEast,
               const QStringList &incidents = {}, const QString &provider = aws)
{
    CellState cell;
    cell.key = {provider, service, region};
    cell.providerName = provider.toUpper();
    cell.serviceName = service;
    cell.regionName = region;
    cell.status = status;
    cell.lastKnown = status;
    cell.incidentIds = incidents;
    cell.sourceHealth = status == Status::Unknown ? SourceHealth::Stale : SourceHealth::Fresh;
    return cell;
}

/// `count` services of one provider in one region, all in `status`.
QList<CellState> cells(int count, Status status, const QString &region = usEast,
                       const QString &provider = aws)
{
    QList<CellState> list;
    for (int i = 1; i <= count; ++i)
        list.append(
            cell(QStringLiteral("svc%1").arg(i, 2, 10, QLatin1Char('0')), status, region, {}, provider));
    return list;
}

QList<Notification> sentOnly(const QList<Notification> &entries)
{
    QList<Notification> sent;
    std::copy_if(entries.cbegin(), entries.cend(), std::back_inserter(sent),
                 [](const Notification &entry) { return entry.sent; });
    return sent;
}

qsizetype countRule(const QList<Notification> &entries, Rule rule)
{
    return std::count_if(entries.cbegin(), entries.cend(),
                         [rule](const Notification &entry) { return entry.rule == rule; });
}

/// A policy with a simulated clock, past its start grace with `baseline` as what the source
/// ("aws") reported first.
struct Harness
{
    NotificationPolicy policy;
    QDateTime now;

    explicit Harness(const QList<CellState> &baseline, const NotificationRules &rules = {},
                     const WatchList &watched = {}, const QDateTime &startAt = t0)
        : policy(startAt, zone)
        , now(startAt)
    {
        policy.setRules(rules);
        policy.setWatchList(watched);
        policy.observe(aws, baseline, now);
        policy.endStartGrace(now);
    }

    QList<Notification> observe(const QList<CellState> &cells, int afterSeconds = 60,
                                const QString &source = aws)
    {
        now = now.addSecs(afterSeconds);
        return policy.observe(source, cells, now);
    }
    QList<Notification> tick(int afterSeconds = 60)
    {
        now = now.addSecs(afterSeconds);
        return policy.tick(now);
    }
    /// Two polls a minute apart: the second one confirms.
    QList<Notification> confirm(const QList<CellState> &cells, const QString &source = aws)
    {
        QList<Notification> entries = observe(cells, 60, source);
        entries += observe(cells, 60, source);
        return entries;
    }
};

} // namespace

class TestNotificationPolicy : public QObject
{
    Q_OBJECT

private slots:
    void quietHours_data();
    void quietHours();
    void fastFlappingNeverConfirms();
    void slowFlapping_data();
    void slowFlapping();
    void thirtyServicesOneNotification();
    void providerSummaryCell();
    void snoozeExpires();
    void snoozeUntilResolved();
    void incidentSnooze();
    void snoozeNeedsEveryCell();
    void resumeGrace_data();
    void resumeGrace();
    void holdEndConfirmsWhatItSaw();
    void startGraceIsBaseline();
    void startGraceEndsInTime();
    void startGraceDropsWhatCameAndWent();
    void newSourceIsBaseline_data();
    void newSourceIsBaseline();
    void firstDataAfterFailedStart();
    void newCellOfKnownSource();
    void escalationRollUpImprovedResolved();
    void resolvedNoticesOff();
    void reminders_data();
    void reminders();
    void mutes_data();
    void mutes();
    void mutingDuringAnOutageIsSilent();
    void rulesChangeEndWhatIsOwed_data();
    void rulesChangeEndWhatIsOwed();
    void mutedEndIsNotToldLater();
    void pauseAndResume();
    void heldBackIsToldLater_data();
    void heldBackIsToldLater();
    void neverToldIsNeverResolved_data();
    void neverToldIsNeverResolved();
    void endOf_data();
    void endOf();
    void unknownIsIgnored();
    void unknownNeverConfirms_data();
    void unknownNeverConfirms();
    void incidentKeys();
    void logIsBounded();
    void rulesCompareEveryField();
    void testNotification();
};

void TestNotificationPolicy::quietHours_data()
{
    QTest::addColumn<QTime>("from");
    QTest::addColumn<QTime>("to");
    QTest::addColumn<QDateTime>("when"); // the confirming poll
    QTest::addColumn<bool>("watched");
    QTest::addColumn<Status>("status");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QDateTime>("until");

    // Quiet periods start Monday to Friday; 24 November 2026 is a Tuesday.
    const QTime ten(22, 0);
    const QTime seven(7, 0);
    const Status major = Status::MajorOutage;
    const QDateTime none;
    QTest::newRow("Tue 21:59, before")
        << ten << seven << local(24, 21, 59) << false << major << true << Rule::OtherAtLeast << none;
    QTest::newRow("Tue 22:00, starts")
        << ten << seven << local(24, 22) << false << major << false << Rule::QuietHours << local(25, 7);
    QTest::newRow("Tue 23:30") << ten << seven << local(24, 23, 30) << false << major << false
                               << Rule::QuietHours << local(25, 7);
    QTest::newRow("Wed 02:00, Tuesday's")
        << ten << seven << local(25, 2) << false << major << false << Rule::QuietHours << local(25, 7);
    QTest::newRow("Wed 07:00, over") << ten << seven << local(25, 7) << false << major << true
                                     << Rule::OtherAtLeast << none;
    QTest::newRow("Fri 23:00") << ten << seven << local(27, 23) << false << major << false << Rule::QuietHours
                               << local(28, 7);
    QTest::newRow("Sat 02:00, Friday's")
        << ten << seven << local(28, 2) << false << major << false << Rule::QuietHours << local(28, 7);
    QTest::newRow("Sat 23:00, disabled day")
        << ten << seven << local(28, 23) << false << major << true << Rule::OtherAtLeast << none;
    QTest::newRow("Sun 02:00, Saturday's: disabled")
        << ten << seven << local(29, 2) << false << major << true << Rule::OtherAtLeast << none;
    QTest::newRow("Mon 02:00, Sunday's: disabled")
        << ten << seven << local(30, 2) << false << major << true << Rule::OtherAtLeast << none;
    QTest::newRow("Mon 23:00") << ten << seven << local(30, 23) << false << major << false << Rule::QuietHours
                               << QDateTime(QDate(2026, 12, 1), seven, zone).toUTC();
    QTest::newRow("watched major breaks through")
        << ten << seven << local(24, 23, 30) << true << major << true << Rule::QuietBreakthrough << none;
    QTest::newRow("watched partial waits")
        << ten << seven << local(24, 23, 30) << true << Status::PartialOutage << false << Rule::QuietHours
        << local(25, 7);
    QTest::newRow("same day, before") << QTime(12, 0) << QTime(14, 0) << local(24, 11, 59) << false << major
                                      << true << Rule::OtherAtLeast << none;
    QTest::newRow("same day, inside") << QTime(12, 0) << QTime(14, 0) << local(24, 13) << false << major
                                      << false << Rule::QuietHours << local(24, 14);
    QTest::newRow("same day, over") << QTime(12, 0) << QTime(14, 0) << local(24, 14) << false << major << true
                                    << Rule::OtherAtLeast << none;
    QTest::newRow("same day, disabled day") << QTime(12, 0) << QTime(14, 0) << local(28, 13) << false << major
                                            << true << Rule::OtherAtLeast << none;
    QTest::newRow("from equals to: none")
        << ten << ten << local(24, 23) << false << major << true << Rule::OtherAtLeast << none;
}

void TestNotificationPolicy::quietHours()
{
    QFETCH(QTime, from);
    QFETCH(QTime, to);
    QFETCH(QDateTime, when);
    QFETCH(bool, watched);
    QFETCH(Status, status);
    QFETCH(bool, sent);
    QFETCH(Rule, rule);
    QFETCH(QDateTime, until);

    NotificationRules rules;
    rules.quietHours = true;
    rules.quietFrom = from;
    rules.quietTo = to;
    rules.quietDays = {1, 2, 3, 4, 5};
    WatchList watchList;
    if (watched)
        watchList.toggle(WatchList::service(aws, QStringLiteral("EC2")));
    Harness h({cell("EC2", Status::Operational)}, rules, watchList, when.addSecs(-120));
    const QList<Notification> entries = h.confirm({cell("EC2", status)});
    QCOMPARE(h.now, when);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].kind, Kind::Started);
    QCOMPARE(entries[0].sent, sent);
    QCOMPARE(entries[0].rule, rule);
    QCOMPARE(entries[0].ruleUntil, until);
    const bool quiet = rule == Rule::QuietHours || rule == Rule::QuietBreakthrough;
    QCOMPARE(h.policy.inQuietHours(when), quiet);

    // Quiet hours off: the same instant is never quiet.
    rules.quietHours = false;
    h.policy.setRules(rules);
    QVERIFY(!h.policy.inQuietHours(when));
}

void TestNotificationPolicy::fastFlappingNeverConfirms()
{
    // A status changing at every 1-minute poll for two hours never holds long enough to count.
    Harness h(cells(3, Status::Operational));
    QList<Notification> entries;
    for (int minute = 1; minute <= 120; ++minute) {
        entries += h.observe(cells(3, minute % 2 ? Status::MajorOutage : Status::Operational), 30);
        entries += h.tick(30);
    }
    QCOMPARE(entries.size(), 0);
    QVERIFY(h.policy.log().isEmpty());
}

void TestNotificationPolicy::slowFlapping_data()
{
    QTest::addColumn<Status>("settled");
    QTest::addColumn<int>("toldAfterSettling");
    // The last sent notification said "started": settling on fine is news, on major it is not.
    QTest::newRow("settles on operational") << Status::Operational << 1;
    QTest::newRow("settles on major outage") << Status::MajorOutage << 0;
}

void TestNotificationPolicy::slowFlapping()
{
    QFETCH(Status, settled);
    QFETCH(int, toldAfterSettling);

    // A 5-minute poll alternating every poll: the 3-minute rule confirms each change.
    Harness h(cells(2, Status::Operational));
    QList<Notification> flapping;
    for (int minute = 0; minute < 180; ++minute) {
        if (minute % 5 == 0)
            flapping += h.observe(cells(2, (minute / 5) % 2 ? Status::Operational : Status::MajorOutage));
        else
            flapping += h.tick();
    }
    const QList<Notification> sent = sentOnly(flapping);
    QCOMPARE(sent.size(), NotificationPolicy::flapLimit);
    QCOMPARE(sent[0].kind, Kind::Started);
    QCOMPARE(sent[1].kind, Kind::Resolved);
    QCOMPARE(sent[2].kind, Kind::Started);
    // 36 changes in three hours: everything after the first three is held back as flapping.
    QCOMPARE(countRule(flapping, Rule::Flapping), flapping.size() - sent.size());
    QCOMPARE(flapping.size(), 36);

    QList<Notification> afterwards;
    const int settleMinutes = int(NotificationPolicy::flapSettle.count()) + 10;
    for (int minute = 0; minute < settleMinutes; ++minute)
        afterwards += minute % 5 == 0 ? h.observe(cells(2, settled)) : h.tick();
    const QList<Notification> told = sentOnly(afterwards);
    QCOMPARE(told.size(), toldAfterSettling);
    if (toldAfterSettling) {
        QCOMPARE(told[0].kind, Kind::Resolved);
        QCOMPARE(told[0].rule, Rule::ResolvedNotice);
        QCOMPARE(told[0].cells.size(), 2);
    }
    QCOMPARE(countRule(afterwards, Rule::Flapping), afterwards.size() - told.size());

    // Settled: the next change is an ordinary one again.
    const Status next = settled == Status::Operational ? Status::MajorOutage : Status::Operational;
    const QList<Notification> again = h.confirm(cells(2, next));
    QCOMPARE(again.size(), 1);
    QVERIFY(again[0].sent);
}

void TestNotificationPolicy::thirtyServicesOneNotification()
{
    Harness h(cells(30, Status::Operational));
    QVERIFY(h.observe(cells(30, Status::MajorOutage)).isEmpty()); // first poll: not confirmed yet
    const QList<Notification> entries = h.observe(cells(30, Status::MajorOutage));
    QCOMPARE(entries.size(), 1);
    const Notification &entry = entries[0];
    QVERIFY(entry.sent);
    QCOMPARE(entry.kind, Kind::Started);
    QCOMPARE(entry.rule, Rule::OtherAtLeast);
    QCOMPARE(entry.status, Status::MajorOutage);
    QCOMPARE(entry.cells.size(), 30);
    QCOMPARE(entry.serviceNames.size(), 30);
    QCOMPARE(entry.serviceNames.first(), QStringLiteral("svc01"));
    QCOMPARE(entry.provider, aws);
    QCOMPARE(entry.providerName, QStringLiteral("AWS"));
    QCOMPARE(entry.region, usEast);
    QCOMPARE(h.policy.log().size(), 1);
}

void TestNotificationPolicy::providerSummaryCell()
{
    CellState summary = cell(QString(), Status::Operational, globalRegion());
    summary.serviceName.clear();
    Harness h({summary});
    summary.status = Status::PartialOutage;
    summary.incidentIds = {QStringLiteral("inc-7")};
    const QList<Notification> entries = h.confirm({summary});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].serviceNames, QStringList {QStringLiteral("AWS")});
    QCOMPARE(entries[0].region, globalRegion());
    QCOMPARE(entries[0].incidentKeys, QStringList {QStringLiteral("aws\ninc-7")});
}

void TestNotificationPolicy::snoozeExpires()
{
    Harness h({cell("EC2", Status::Operational), cell("S3", Status::Operational)});
    const QDateTime until = h.now.addSecs(3600);
    h.policy.snoozeCell({aws, "EC2", usEast}, until);

    QList<Notification> entries =
        h.confirm({cell("EC2", Status::MajorOutage), cell("S3", Status::Operational)});
    QCOMPARE(entries.size(), 1);
    QVERIFY(!entries[0].sent);
    QCOMPARE(entries[0].rule, Rule::SnoozedCell);
    QCOMPARE(entries[0].ruleUntil, until);
    entries = h.confirm({cell("EC2", Status::Operational), cell("S3", Status::Operational)});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].kind, Kind::Resolved);
    QCOMPARE(entries[0].rule, Rule::SnoozedCell); // still within the hour

    h.tick(3600);
    entries = h.confirm({cell("EC2", Status::MajorOutage), cell("S3", Status::Operational)});
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].sent);
    QCOMPARE(entries[0].rule, Rule::OtherAtLeast);
}

void TestNotificationPolicy::snoozeUntilResolved()
{
    Harness h({cell("EC2", Status::Operational)});
    h.policy.snoozeCell({aws, "EC2", usEast}, QDateTime());
    QList<Notification> entries = h.confirm({cell("EC2", Status::MajorOutage)});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].rule, Rule::SnoozedCell);
    QVERIFY(!entries[0].ruleUntil.isValid());
    // A week later it is still snoozed.
    h.tick(7 * 24 * 3600);
    entries = h.confirm({cell("EC2", Status::PartialOutage)});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].rule, Rule::Improved);

    // Resolved: the snooze ends. The user never heard of this outage, so its end is no news.
    entries = h.confirm({cell("EC2", Status::Operational)});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].kind, Kind::Resolved);
    QVERIFY(!entries[0].sent);
    QCOMPARE(entries[0].rule, Rule::NeverTold);
    QVERIFY(h.tick(3600).isEmpty());
    entries = h.confirm({cell("EC2", Status::MajorOutage)});
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].sent);
}

void TestNotificationPolicy::incidentSnooze()
{
    const QString eu = QStringLiteral("eu-west-1");
    const QStringList incident {QStringLiteral("inc-1")};
    Harness h({cell("EC2", Status::Operational), cell("EC2", Status::Operational, eu)});
    h.policy.snoozeIncident(QStringLiteral("aws\ninc-1"), QDateTime());

    QList<Notification> entries =
        h.confirm({cell("EC2", Status::MajorOutage, usEast, incident), cell("EC2", Status::MajorOutage, eu)});
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].region, usEast);
    QCOMPARE(entries[0].rule, Rule::SnoozedIncident);
    QCOMPARE(entries[0].incidentKeys, QStringList {QStringLiteral("aws\ninc-1")});
    QVERIFY(!entries[0].ruleUntil.isValid());
    QCOMPARE(entries[1].region, eu); // not part of the incident
    QVERIFY(entries[1].sent);

    // The incident is gone from the feed: the snooze ends; the same id again is news. The cell
    // still showed major for a poll, but its start is not told late while its end is pending; and
    // the end of what was never told is not sent either.
    entries = h.confirm({cell("EC2", Status::Operational), cell("EC2", Status::Operational, eu)});
    QCOMPARE(entries.size(), 2);
    QCOMPARE(sentOnly(entries).size(), 1);
    QCOMPARE(sentOnly(entries)[0].region, eu);
    QCOMPARE(countRule(entries, Rule::NeverTold), 1);
    entries =
        h.confirm({cell("EC2", Status::MajorOutage, usEast, incident), cell("EC2", Status::Operational, eu)});
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].sent);

    // A timed incident snooze expires (a fresh policy: five starts and ends in minutes are flapping).
    Harness timed({cell("EC2", Status::Operational)});
    timed.policy.snoozeIncident(QStringLiteral("aws\ninc-2"), timed.now.addSecs(600));
    const QStringList second {QStringLiteral("inc-2")};
    entries = timed.confirm({cell("EC2", Status::MajorOutage, usEast, second)});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].rule, Rule::SnoozedIncident);
    QCOMPARE(entries[0].ruleUntil, timed.now.addSecs(480));
    timed.tick(600);
    entries = timed.confirm({cell("EC2", Status::Operational, usEast, second)});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].rule, Rule::ResolvedNotice);
    QVERIFY(entries[0].sent);
}

void TestNotificationPolicy::snoozeNeedsEveryCell()
{
    Harness h(cells(2, Status::Operational));
    h.policy.snoozeCell({aws, "svc01", usEast}, QDateTime());
    const QList<Notification> entries = h.confirm(cells(2, Status::MajorOutage));
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].sent); // svc02 is not snoozed
}

void TestNotificationPolicy::resumeGrace_data()
{
    QTest::addColumn<Status>("afterHold");
    QTest::addColumn<int>("sent");
    QTest::newRow("still failing after the hold") << Status::MajorOutage << 1;
    QTest::newRow("reverted during the hold") << Status::Operational << 0;
}

void TestNotificationPolicy::resumeGrace()
{
    QFETCH(Status, afterHold);
    QFETCH(int, sent);
    Harness h(cells(2, Status::Operational));
    const QDateTime until = h.now.addSecs(120);
    h.policy.holdUntil(until);
    QList<Notification> entries = h.observe(cells(2, Status::MajorOutage), 20);
    entries += h.observe(cells(2, Status::MajorOutage), 40); // two polls: confirmed, but held
    entries += h.tick(30);
    entries += h.observe(cells(2, afterHold), 20); // the last poll of the hold
    QCOMPARE(h.now, until.addSecs(-10));
    QVERIFY(entries.isEmpty());
    QVERIFY(h.policy.log().isEmpty());

    entries = h.tick(10); // the hold is over
    QCOMPARE(entries.size(), sent);
    QCOMPARE(h.policy.log().size(), sent);
    if (sent) {
        QVERIFY(entries[0].sent);
        QCOMPARE(entries[0].kind, Kind::Started);
        QCOMPARE(entries[0].rule, Rule::OtherAtLeast);
        QCOMPARE(entries[0].cells.size(), 2);
    }
}

void TestNotificationPolicy::holdEndConfirmsWhatItSaw()
{
    // Seen once near the end of the hold: neither rule of the hysteresis would confirm it yet,
    // but the hold already made it wait, so its end tells it.
    Harness h(cells(2, Status::Operational));
    h.policy.holdUntil(h.now.addSecs(120));
    QVERIFY(h.observe(cells(2, Status::MajorOutage), 100).isEmpty());
    const QList<Notification> entries = h.tick(20);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].sent);
    // A change first seen after the hold waits for its confirmation as usual.
    QVERIFY(h.observe(cells(2, Status::Operational), 10).isEmpty());
    QCOMPARE(h.tick(10).size(), 0);
}

void TestNotificationPolicy::startGraceIsBaseline()
{
    const QString eu = QStringLiteral("eu-west-1");
    NotificationPolicy policy(t0, zone);
    QList<CellState> state {cell("EC2", Status::MajorOutage), cell("S3", Status::Operational),
                            cell("Lambda", Status::Operational), cell("EC2", Status::PartialOutage, eu)};
    QList<Notification> entries = policy.observe(aws, state, t0);
    state[1].status = Status::MajorOutage; // changes while starting are baseline too
    entries += policy.observe(aws, state, t0.addSecs(30));
    entries += policy.observe(aws, state, t0.addSecs(60));
    entries += policy.tick(t0.addSecs(65));
    QVERIFY(entries.isEmpty());

    entries = policy.endStartGrace(t0.addSecs(70));
    QCOMPARE(entries.size(), 1);
    const Notification summary = entries[0];
    QVERIFY(summary.sent);
    QCOMPARE(summary.kind, Kind::OpenAtStart);
    QCOMPARE(summary.rule, Rule::OpenAtStart);
    QCOMPARE(summary.status, Status::MajorOutage);
    QCOMPARE(summary.provider, aws);
    QVERIFY(summary.region.isEmpty()); // several regions
    QCOMPARE(summary.serviceNames, QStringList({"EC2", "S3", "EC2"}));
    QVERIFY(policy.endStartGrace(t0.addSecs(80)).isEmpty());

    // No storm after the grace: the same state again is nothing, its end is told per region.
    QVERIFY(policy.observe(aws, state, t0.addSecs(90)).isEmpty());
    for (CellState &cell : state)
        cell.status = Status::Operational;
    entries = policy.observe(aws, state, t0.addSecs(150));
    entries += policy.observe(aws, state, t0.addSecs(210));
    QCOMPARE(entries.size(), 2);
    for (const Notification &entry : entries) {
        QVERIFY(entry.sent);
        QCOMPARE(entry.kind, Kind::Resolved);
        QCOMPARE(entry.rule, Rule::ResolvedNotice);
        QCOMPARE(entry.status, Status::Operational);
    }
}

void TestNotificationPolicy::startGraceEndsInTime()
{
    NotificationPolicy policy(t0, zone);
    QVERIFY(policy.observe(aws, {cell("EC2", Status::MajorOutage)}, t0.addSecs(10)).isEmpty());
    QVERIFY(policy.tick(t0.addSecs(119)).isEmpty());
    const QList<Notification> entries = policy.tick(t0.addSecs(120));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].kind, Kind::OpenAtStart);
    QCOMPARE(entries[0].region, usEast);
    QVERIFY(policy.endStartGrace(t0.addSecs(130)).isEmpty());

    // Nothing wrong at start: no summary.
    NotificationPolicy calm(t0, zone);
    calm.observe(aws, {cell("EC2", Status::Degraded)}, t0); // below the general minimum
    QVERIFY(calm.endStartGrace(t0.addSecs(5)).isEmpty());
    QVERIFY(calm.log().isEmpty());
}

void TestNotificationPolicy::startGraceDropsWhatCameAndWent()
{
    NotificationPolicy policy(t0, zone);
    QList<Notification> entries;
    for (int second : {0, 15, 30, 45, 60}) {
        const Status status = second == 15 || second == 30 ? Status::MajorOutage : Status::Operational;
        entries += policy.observe(aws, {cell("EC2", status)}, t0.addSecs(second));
    }
    QCOMPARE(entries.size(), 1);
    QVERIFY(!entries[0].sent);
    QCOMPARE(entries[0].rule, Rule::Grace);
    QCOMPARE(entries[0].status, Status::MajorOutage);
    QCOMPARE(entries[0].ruleUntil, t0.addSecs(120));
    QVERIFY(policy.endStartGrace(t0.addSecs(70)).isEmpty());
}

void TestNotificationPolicy::newSourceIsBaseline_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<bool>("paused");
    QTest::addColumn<int>("logged"); // the summary, sent or held back
    QTest::addColumn<bool>("sent");
    QTest::newRow("outage under way") << Status::MajorOutage << false << 1 << true;
    QTest::newRow("below the minimum") << Status::Degraded << false << 0 << false;
    QTest::newRow("paused: told when the pause ends") << Status::MajorOutage << true << 1 << false;
}

void TestNotificationPolicy::newSourceIsBaseline()
{
    // A source whose first real data comes after the start grace (added later, or its first
    // refreshes failed) is taken as it is, as before: no notification per change. But what is
    // already wrong was once dropped silently, so an outage under way was never told; now one
    // summary tells it, as at start.
    QFETCH(Status, status);
    QFETCH(bool, paused);
    QFETCH(int, logged);
    QFETCH(bool, sent);
    Harness h(cells(2, Status::Operational));
    const QDateTime pauseEnd = h.now.addSecs(3600);
    if (paused)
        h.policy.pause(pauseEnd);
    const QString gcp = QStringLiteral("gcp");
    const QString region = QStringLiteral("europe-west1");
    const QList<CellState> first = cells(3, status, region, gcp);
    const QList<Notification> entries = h.observe(first, 60, gcp);
    QCOMPARE(entries.size(), logged);
    if (logged) {
        QCOMPARE(entries[0].kind, Kind::OpenAtStart);
        QCOMPARE(entries[0].sent, sent);
        QCOMPARE(entries[0].rule, sent ? Rule::OpenAtStart : Rule::Paused);
        QCOMPARE(entries[0].provider, gcp);
        QCOMPARE(entries[0].region, region);
        QCOMPARE(entries[0].cells.size(), 3);
    }
    // The same state again is no news; a held-back summary is told once the pause is over.
    QList<Notification> later = h.observe(first, 60, gcp);
    while (h.now < pauseEnd.addSecs(600))
        later += h.tick();
    const int owed = logged && !sent ? 1 : 0;
    QCOMPARE(later.size(), owed);
    if (owed) {
        QVERIFY(later[0].sent);
        QCOMPARE(later[0].kind, Kind::Started);
        QCOMPARE(later[0].at, pauseEnd);
    }
    QCOMPARE(h.policy.log().size(), logged + owed);
    // Told: its end is told too.
    const QList<Notification> end = h.confirm(cells(3, Status::Operational, region, gcp), gcp);
    QCOMPARE(sentOnly(end).size(), logged);
}

void TestNotificationPolicy::firstDataAfterFailedStart()
{
    // Autostart at login before the network is up: the first refresh fails (its cells are
    // unknown), the start grace ends by time, then the first real data shows an outage.
    NotificationPolicy policy(t0, zone);
    QVERIFY(policy.observe(aws, cells(2, Status::Unknown), t0.addSecs(10)).isEmpty());
    QVERIFY(policy.endStartGrace(t0.addSecs(20)).isEmpty());
    QVERIFY(policy.tick(t0.addSecs(180)).isEmpty());
    const QList<Notification> entries = policy.observe(aws, cells(2, Status::MajorOutage), t0.addSecs(300));
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].sent);
    QCOMPARE(entries[0].kind, Kind::OpenAtStart);
    QCOMPARE(entries[0].status, Status::MajorOutage);
    QCOMPARE(entries[0].cells.size(), 2);
    QVERIFY(policy.observe(aws, cells(2, Status::MajorOutage), t0.addSecs(360)).isEmpty());
}

void TestNotificationPolicy::newCellOfKnownSource()
{
    // AWS lists a service in a region only while it is affected: a new cell is news, and a cell
    // no longer listed is fine again.
    Harness h({cell(QString(), Status::Operational, globalRegion())});
    const QString tokyo = QStringLiteral("ap-northeast-1");
    const QList<CellState> affected {cell(QString(), Status::Operational, globalRegion()),
                                     cell("EC2", Status::MajorOutage, tokyo)};
    QList<Notification> entries = h.confirm(affected);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].sent);
    QCOMPARE(entries[0].region, tokyo);
    entries = h.confirm({cell(QString(), Status::Operational, globalRegion())});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].kind, Kind::Resolved);
    QCOMPARE(entries[0].status, Status::Operational);
}

void TestNotificationPolicy::escalationRollUpImprovedResolved()
{
    const auto state = [](Status ec2, Status s3) {
        return QList<CellState> {cell("EC2", ec2), cell("S3", s3), cell("Lambda", Status::Operational)};
    };
    const Status ok = Status::Operational;
    const Status partial = Status::PartialOutage;
    const Status major = Status::MajorOutage;
    Harness h(state(ok, ok));

    QList<Notification> entries = h.confirm(state(partial, ok));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].kind, Kind::Started);
    QCOMPARE(entries[0].status, partial);
    QVERIFY(entries[0].sent);

    entries = h.confirm(state(partial, partial));
    QCOMPARE(entries.size(), 1);
    QVERIFY(!entries[0].sent);
    QCOMPARE(entries[0].rule, Rule::RolledUp);
    QCOMPARE(entries[0].serviceNames, QStringList {"S3"});

    entries = h.confirm(state(major, partial));
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].sent);
    QCOMPARE(entries[0].kind, Kind::Escalated);
    QCOMPARE(entries[0].rule, Rule::Escalation);
    QCOMPARE(entries[0].status, major);
    QCOMPARE(entries[0].serviceNames, QStringList({"EC2", "S3"}));

    entries = h.confirm(state(partial, partial));
    QCOMPARE(entries.size(), 1);
    QVERIFY(!entries[0].sent);
    QCOMPARE(entries[0].rule, Rule::Improved);
    // Back to major within the same event: already told.
    entries = h.confirm(state(major, partial));
    QCOMPARE(sentOnly(entries).size(), 0);

    entries = h.confirm(state(ok, ok));
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].sent);
    QCOMPARE(entries[0].kind, Kind::Resolved);
    QCOMPARE(entries[0].rule, Rule::ResolvedNotice);
    QCOMPARE(entries[0].status, ok);
    QCOMPARE(entries[0].serviceNames, QStringList({"EC2", "S3"}));
}

void TestNotificationPolicy::resolvedNoticesOff()
{
    NotificationRules rules;
    rules.resolvedNotices = false;
    Harness h({cell("EC2", Status::Operational)}, rules);
    QCOMPARE(sentOnly(h.confirm({cell("EC2", Status::MajorOutage)})).size(), 1);
    QList<Notification> entries = h.confirm({cell("EC2", Status::Operational)});
    QCOMPARE(entries.size(), 1);
    QVERIFY(!entries[0].sent);
    QCOMPARE(entries[0].kind, Kind::Resolved);
    QCOMPARE(entries[0].rule, Rule::ResolvedNoticesOff);
    // The event closed anyway: the next one is news.
    entries = h.confirm({cell("EC2", Status::PartialOutage)});
    QCOMPARE(sentOnly(entries).size(), 1);
    QCOMPARE(entries[0].kind, Kind::Started);
}

void TestNotificationPolicy::reminders_data()
{
    QTest::addColumn<int>("hours");
    QTest::addColumn<Status>("status");
    QTest::addColumn<bool>("stale");
    QTest::addColumn<int>("reminders");
    QTest::newRow("off by default") << 0 << Status::MajorOutage << false << 0;
    QTest::newRow("every 2 hours for 5 hours") << 2 << Status::MajorOutage << false << 2;
    QTest::newRow("every hour for 5 hours") << 1 << Status::MajorOutage << false << 5;
    QTest::newRow("partial outage: no reminder") << 2 << Status::PartialOutage << false << 0;
    QTest::newRow("stale source: no reminder") << 2 << Status::MajorOutage << true << 0;
}

void TestNotificationPolicy::reminders()
{
    QFETCH(int, hours);
    QFETCH(Status, status);
    QFETCH(bool, stale);
    QFETCH(int, reminders);
    NotificationRules rules;
    rules.reminderHours = hours;
    Harness h({cell("EC2", Status::Operational)}, rules);
    QCOMPARE(sentOnly(h.confirm({cell("EC2", status)})).size(), 1);
    if (stale)
        h.observe({cell("EC2", Status::Unknown)});
    QList<Notification> entries;
    for (int i = 0; i < 5 * 6; ++i)
        entries += h.tick(600);
    QCOMPARE(entries.size(), reminders);
    for (const Notification &entry : entries) {
        QVERIFY(entry.sent);
        QCOMPARE(entry.kind, Kind::Reminder);
        QCOMPARE(entry.rule, Rule::Reminder);
    }
    if (reminders > 1)
        QCOMPARE(entries[0].at.secsTo(entries[1].at), hours * 3600);
}

void TestNotificationPolicy::mutes_data()
{
    QTest::addColumn<QStringList>("providers");
    QTest::addColumn<WatchList>("mutedCells");
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("entries");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<Rule>("rule");

    const auto mute = [](const WatchList::Entry &entry) {
        WatchList list;
        list.toggle(entry);
        return list;
    };
    const Status major = Status::MajorOutage;
    QTest::newRow("provider") << QStringList {aws} << WatchList() << major << 1 << false
                              << Rule::MutedProvider;
    QTest::newRow("service") << QStringList() << mute(WatchList::service(aws, "EC2")) << major << 1 << false
                             << Rule::MutedCell;
    QTest::newRow("region") << QStringList() << mute(WatchList::region(aws, usEast)) << major << 1 << false
                            << Rule::MutedCell;
    QTest::newRow("cell") << QStringList() << mute(WatchList::cell({aws, "EC2", usEast})) << major << 1
                          << false << Rule::MutedCell;
    QTest::newRow("another service") << QStringList() << mute(WatchList::service(aws, "S3")) << major << 1
                                     << true << Rule::OtherAtLeast;
    QTest::newRow("another provider")
        << QStringList {"gcp"} << WatchList() << major << 1 << true << Rule::OtherAtLeast;
    QTest::newRow("muted, below minimum: not logged")
        << QStringList {aws} << WatchList() << Status::Degraded << 0 << false << Rule::MutedProvider;
}

void TestNotificationPolicy::mutes()
{
    QFETCH(QStringList, providers);
    QFETCH(WatchList, mutedCells);
    QFETCH(Status, status);
    QFETCH(int, entries);
    QFETCH(bool, sent);
    QFETCH(Rule, rule);
    NotificationRules rules;
    rules.mutedProviders = providers;
    rules.mutedCells = mutedCells;
    Harness h({cell("EC2", Status::Operational)}, rules);
    QCOMPARE(h.policy.isMuted({aws, "EC2", usEast}), !sent);

    QList<Notification> logged = h.confirm({cell("EC2", status)});
    QCOMPARE(logged.size(), entries);
    if (entries) {
        QCOMPARE(logged[0].sent, sent);
        QCOMPARE(logged[0].rule, rule);
    }
    // A muted cell never opened an event, so its end is nothing.
    logged = h.confirm({cell("EC2", Status::Operational)});
    QCOMPARE(logged.size(), sent ? 1 : 0);
}

void TestNotificationPolicy::mutingDuringAnOutageIsSilent()
{
    Harness h(cells(2, Status::Operational));
    QCOMPARE(sentOnly(h.confirm(cells(2, Status::MajorOutage))).size(), 1);
    NotificationRules rules;
    rules.mutedProviders = {aws};
    h.policy.setRules(rules);
    // Not "resolved": the outage goes on, the user only stopped listening.
    QVERIFY(h.tick().isEmpty());
    QVERIFY(h.confirm(cells(2, Status::Operational)).isEmpty());
    rules.mutedProviders.clear();
    h.policy.setRules(rules);
    QCOMPARE(sentOnly(h.confirm(cells(2, Status::MajorOutage))).size(), 1);
}

void TestNotificationPolicy::rulesChangeEndWhatIsOwed_data()
{
    QTest::addColumn<bool>("muteProvider"); // else: raise the minimum above the outage
    QTest::newRow("provider muted") << true;
    QTest::newRow("minimum raised") << false;
}

void TestNotificationPolicy::rulesChangeEndWhatIsOwed()
{
    // A worsening held back by quiet hours is owed; the user then mutes the provider or raises the
    // minimum while the outage goes on. The end of quiet hours must not announce it resolved.
    QFETCH(bool, muteProvider);
    NotificationRules rules;
    rules.quietHours = true;
    rules.otherMinimum = Status::Degraded;
    Harness h({cell("EC2", Status::Operational)}, rules, {}, local(24, 21));
    QCOMPARE(sentOnly(h.confirm({cell("EC2", Status::Degraded)})).size(), 1);
    h.tick(2 * 3600);
    QList<Notification> entries = h.confirm({cell("EC2", Status::PartialOutage)});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].kind, Kind::Escalated);
    QCOMPARE(entries[0].rule, Rule::QuietHours);

    if (muteProvider)
        rules.mutedProviders = {aws};
    else
        rules.otherMinimum = Status::MajorOutage;
    h.policy.setRules(rules);
    QList<Notification> later;
    while (h.now < local(25, 9))
        later += h.now.time().minute() % 5 == 0 ? h.observe({cell("EC2", Status::PartialOutage)}) : h.tick();
    QVERIFY(later.isEmpty());
}

void TestNotificationPolicy::mutedEndIsNotToldLater()
{
    // The end was held back by a pause and is owed; muted meanwhile, nothing comes from it after.
    Harness h({cell("EC2", Status::Operational)});
    QCOMPARE(sentOnly(h.confirm({cell("EC2", Status::MajorOutage)})).size(), 1);
    h.policy.pause(h.now.addSecs(3600));
    const QList<Notification> entries = h.confirm({cell("EC2", Status::Operational)});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].rule, Rule::Paused);
    NotificationRules rules;
    rules.mutedProviders = {aws};
    h.policy.setRules(rules);
    QList<Notification> later;
    for (int minute = 0; minute < 120; ++minute)
        later += h.tick();
    QVERIFY(later.isEmpty());

    // Not muted, the same end is told when the pause is over.
    Harness told({cell("EC2", Status::Operational)});
    QCOMPARE(sentOnly(told.confirm({cell("EC2", Status::MajorOutage)})).size(), 1);
    told.policy.pause(told.now.addSecs(3600));
    QCOMPARE(sentOnly(told.confirm({cell("EC2", Status::Operational)})).size(), 0);
    later.clear();
    for (int minute = 0; minute < 120; ++minute)
        later += told.tick();
    QCOMPARE(later.size(), 1);
    QVERIFY(later[0].sent);
    QCOMPARE(later[0].kind, Kind::Resolved);
}

void TestNotificationPolicy::pauseAndResume()
{
    Harness h({cell("EC2", Status::Operational)});
    const QDateTime until = h.now.addSecs(3600);
    h.policy.pause(until);
    QCOMPARE(h.policy.pausedUntil(h.now), until);
    QList<Notification> entries = h.confirm({cell("EC2", Status::MajorOutage)});
    QCOMPARE(entries.size(), 1);
    QVERIFY(!entries[0].sent);
    QCOMPARE(entries[0].rule, Rule::Paused);
    QCOMPARE(entries[0].ruleUntil, until);

    h.policy.resume();
    QVERIFY(!h.policy.pausedUntil(h.now).isValid());
    // Resumed mid-outage: what the pause held back is told at the next tick, once.
    entries = h.tick();
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].sent);
    QCOMPARE(entries[0].kind, Kind::Started);
    QVERIFY(h.tick().isEmpty());
    entries = h.confirm({cell("EC2", Status::Operational)});
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].sent);
    QCOMPARE(entries[0].kind, Kind::Resolved);

    // A pause ends by itself.
    h.policy.pause(h.now.addSecs(1800));
    h.tick(1800);
    QVERIFY(!h.policy.pausedUntil(h.now).isValid());
    entries = h.confirm({cell("EC2", Status::MajorOutage)});
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].sent);
}

void TestNotificationPolicy::heldBackIsToldLater_data()
{
    QTest::addColumn<QString>("silence");
    QTest::addColumn<QDateTime>("startAt");
    QTest::addColumn<Rule>("heldBy");
    QTest::addColumn<QDateTime>("toldAt"); // the first tick after the silence ends

    // The outage is confirmed two minutes after the start; ticks come every minute.
    QTest::newRow("quiet hours end") << "quiet" << local(24, 22, 30) << Rule::QuietHours << local(25, 7);
    QTest::newRow("snooze expires") << "snooze" << t0 << Rule::SnoozedCell << t0.addSecs(3600);
    QTest::newRow("pause ends") << "pause" << t0 << Rule::Paused << t0.addSecs(3600);
    QTest::newRow("resumed") << "resume" << t0 << Rule::Paused << t0.addSecs(120 + 31 * 60);
}

void TestNotificationPolicy::heldBackIsToldLater()
{
    QFETCH(QString, silence);
    QFETCH(QDateTime, startAt);
    QFETCH(Rule, heldBy);
    QFETCH(QDateTime, toldAt);

    NotificationRules rules;
    rules.quietHours = silence == QLatin1String("quiet");
    Harness h({cell("EC2", Status::Operational), cell("S3", Status::Operational)}, rules, {}, startAt);
    const QDateTime hourLater = startAt.addSecs(3600);
    if (silence == QLatin1String("snooze"))
        h.policy.snoozeCell({aws, "EC2", usEast}, hourLater);
    else if (silence == QLatin1String("pause"))
        h.policy.pause(hourLater);
    else if (silence == QLatin1String("resume"))
        h.policy.pause(startAt.addSecs(4 * 3600));

    const QList<CellState> outage {cell("EC2", Status::MajorOutage), cell("S3", Status::Operational)};
    QList<Notification> entries = h.confirm(outage);
    QCOMPARE(entries.size(), 1);
    QVERIFY(!entries[0].sent);
    QCOMPARE(entries[0].rule, heldBy);

    // The outage goes on, the source keeps reporting it every five minutes.
    QList<Notification> later;
    for (int minute = 1; minute <= 10 * 60; ++minute) {
        if (silence == QLatin1String("resume") && minute == 31)
            h.policy.resume();
        later += minute % 5 == 0 ? h.observe(outage) : h.tick();
    }
    QCOMPARE(later.size(), 1);
    QVERIFY(later[0].sent);
    QCOMPARE(later[0].kind, Kind::Started);
    QCOMPARE(later[0].rule, Rule::OtherAtLeast);
    QCOMPARE(later[0].at, toldAt);
    QCOMPARE(later[0].serviceNames, QStringList {"EC2"});
    QCOMPARE(h.policy.log().size(), 2);

    // Told now: its end is told too.
    entries = h.confirm({cell("EC2", Status::Operational), cell("S3", Status::Operational)});
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].sent);
    QCOMPARE(entries[0].kind, Kind::Resolved);
}

void TestNotificationPolicy::neverToldIsNeverResolved_data()
{
    QTest::addColumn<QString>("silence");
    QTest::addColumn<Rule>("resolvedRule");
    QTest::addColumn<bool>("resolvedUntil"); // the held-back end names when its rule ends

    QTest::newRow("within a pause") << "pause" << Rule::Paused << true;
    // The pause ends between the two polls that confirm the end: the start was never told (the
    // first poll of the end is no time to tell it), so neither is the end.
    QTest::newRow("pause ends while the end is confirmed") << "shortPause" << Rule::NeverTold << false;
    QTest::newRow("within quiet hours") << "quiet" << Rule::QuietHours << true;
    QTest::newRow("within a snooze") << "snooze" << Rule::SnoozedCell << true;
    // The snooze ends with the outage: nothing holds the end back but that it is no news.
    QTest::newRow("snoozed until resolved") << "snoozeUntilResolved" << Rule::NeverTold << false;
}

void TestNotificationPolicy::neverToldIsNeverResolved()
{
    QFETCH(QString, silence);
    QFETCH(Rule, resolvedRule);
    QFETCH(bool, resolvedUntil);

    NotificationRules rules;
    rules.quietHours = silence == QLatin1String("quiet");
    const QDateTime startAt = rules.quietHours ? local(24, 23) : t0;
    Harness h({cell("EC2", Status::Operational)}, rules, {}, startAt);
    const CellKey ec2 {aws, "EC2", usEast};
    if (silence == QLatin1String("pause"))
        h.policy.pause(startAt.addSecs(3600));
    else if (silence == QLatin1String("shortPause"))
        h.policy.pause(startAt.addSecs(200)); // the polls come at +60, +120, +180 and +240
    else if (silence == QLatin1String("snooze"))
        h.policy.snoozeCell(ec2, startAt.addSecs(3600));
    else if (silence == QLatin1String("snoozeUntilResolved"))
        h.policy.snoozeCell(ec2, QDateTime());

    QList<Notification> entries = h.confirm({cell("EC2", Status::MajorOutage)});
    QCOMPARE(entries.size(), 1);
    QVERIFY(!entries[0].sent);
    entries = h.confirm({cell("EC2", Status::Operational)});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].kind, Kind::Resolved);
    QVERIFY(!entries[0].sent);
    QCOMPARE(entries[0].rule, resolvedRule);
    QCOMPARE(entries[0].ruleUntil.isValid(), resolvedUntil);

    // Nor later, when the silence is over: nothing is owed.
    QList<Notification> later;
    for (int minute = 0; minute < 10 * 60; ++minute)
        later += minute % 5 == 0 ? h.observe({cell("EC2", Status::Operational)}) : h.tick();
    QVERIFY(later.isEmpty());
}

void TestNotificationPolicy::endOf_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QTime>("quietTo");
    QTest::addColumn<QuietLength>("length");
    QTest::addColumn<QDateTime>("end");

    const QDateTime tuesday = local(24, 15);
    const QTime seven(7, 0);
    QTest::newRow("one hour") << tuesday << seven << QuietLength::OneHour << tuesday.addSecs(3600);
    QTest::newRow("four hours") << tuesday << seven << QuietLength::FourHours << tuesday.addSecs(4 * 3600);
    QTest::newRow("until tomorrow") << tuesday << seven << QuietLength::UntilTomorrow << local(25, 7);
    QTest::newRow("until tomorrow, late")
        << local(24, 23, 50) << seven << QuietLength::UntilTomorrow << local(25, 7);
    // After midnight, "tomorrow morning" is the coming one, not 30 hours away.
    QTest::newRow("until tomorrow, at 01:00")
        << local(25, 1) << seven << QuietLength::UntilTomorrow << local(25, 7);
    QTest::newRow("until tomorrow, at 06:59")
        << local(25, 6, 59) << seven << QuietLength::UntilTomorrow << local(25, 7);
    QTest::newRow("until tomorrow, at 07:00")
        << local(25, 7) << seven << QuietLength::UntilTomorrow << local(26, 7);
    QTest::newRow("until tomorrow, quiet hours end at 08:30")
        << tuesday << QTime(8, 30) << QuietLength::UntilTomorrow << local(25, 8, 30);
    QTest::newRow("until resolved") << tuesday << seven << QuietLength::UntilResolved << QDateTime();
    if (zone.id() == "Europe/Berlin") {
        // Summer time starts in the night to Sunday 29 March 2026: 07:00 is then 05:00 UTC.
        QTest::newRow("until tomorrow, across the clock change")
            << QDateTime(QDate(2026, 3, 28), QTime(15, 0), zone).toUTC() << seven
            << QuietLength::UntilTomorrow << QDateTime(QDate(2026, 3, 29), QTime(5, 0), Qt::UTC);
        QTest::newRow("until tomorrow, at 01:30 before the clock change")
            << QDateTime(QDate(2026, 3, 29), QTime(1, 30), zone).toUTC() << seven
            << QuietLength::UntilTomorrow << QDateTime(QDate(2026, 3, 29), QTime(5, 0), Qt::UTC);
    }
}

void TestNotificationPolicy::endOf()
{
    QFETCH(QDateTime, now);
    QFETCH(QTime, quietTo);
    QFETCH(QuietLength, length);
    QFETCH(QDateTime, end);
    NotificationPolicy policy(now, zone);
    NotificationRules rules;
    rules.quietTo = quietTo;
    policy.setRules(rules);
    QCOMPARE(policy.endOf(length, now), end);
    QCOMPARE(policy.endOf(length, now).isValid(), length != QuietLength::UntilResolved);
}

void TestNotificationPolicy::unknownIsIgnored()
{
    Harness h(cells(2, Status::Operational));
    // Going stale for an hour and coming back unchanged is no news.
    QList<Notification> entries;
    for (int i = 0; i < 12; ++i) {
        entries += h.observe(cells(2, Status::Unknown), 300);
        entries += h.tick();
    }
    entries += h.confirm(cells(2, Status::Operational));
    QVERIFY(entries.isEmpty());

    // Nor during an outage: no "resolved" because data went missing.
    QCOMPARE(sentOnly(h.confirm(cells(2, Status::MajorOutage))).size(), 1);
    for (int i = 0; i < 12; ++i) {
        entries += h.observe(cells(2, Status::Unknown), 300);
        entries += h.tick();
    }
    entries += h.confirm(cells(2, Status::MajorOutage));
    QVERIFY(entries.isEmpty());

    // A stale poll between two of a real change does not reset its count.
    entries = h.observe(cells(2, Status::Operational));
    entries += h.observe(cells(2, Status::Unknown), 30);
    QVERIFY(entries.isEmpty());
    entries = h.observe(cells(2, Status::Operational), 30);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].kind, Kind::Resolved);
}

void TestNotificationPolicy::unknownNeverConfirms_data()
{
    QTest::addColumn<bool>("hold");
    QTest::newRow("three-minute rule") << false;
    QTest::newRow("end of a hold") << true;
}

void TestNotificationPolicy::unknownNeverConfirms()
{
    // One poll shows major, then the source fails: the app observes its cells, all unknown now.
    // Time passing (or a hold ending) must not turn that one poll into news.
    QFETCH(bool, hold);
    Harness h(cells(2, Status::Operational));
    if (hold)
        h.policy.holdUntil(h.now.addSecs(120));
    QList<Notification> entries = h.observe(cells(2, Status::MajorOutage), 20);
    entries += h.observe(cells(2, Status::Unknown), 20);
    for (int i = 0; i < 10; ++i)
        entries += h.tick();
    QVERIFY(entries.isEmpty());
    QVERIFY(h.policy.log().isEmpty());

    // Real data again, still major: the second poll that shows it confirms it.
    entries = h.observe(cells(2, Status::MajorOutage));
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].sent);
    QCOMPARE(entries[0].kind, Kind::Started);
}

void TestNotificationPolicy::incidentKeys()
{
    const QString key = incidentKey(aws, QStringLiteral("arn:aws:health:us-east-1::event/EC2"));
    QCOMPARE(key, QStringLiteral("aws\narn:aws:health:us-east-1::event/EC2"));
    QCOMPARE(splitIncidentKey(key), std::pair(aws, QStringLiteral("arn:aws:health:us-east-1::event/EC2")));
    Incident incident;
    incident.provider = aws;
    incident.id = QStringLiteral("inc-1");
    QCOMPARE(incident.key(), incidentKey(aws, QStringLiteral("inc-1")));
    // Not a key: nothing to split.
    QCOMPARE(splitIncidentKey(QStringLiteral("inc-1")), std::pair(QString(), QString()));
    QCOMPARE(splitIncidentKey(QStringLiteral("\ninc-1")), std::pair(QString(), QString()));
    // Only the first line break splits.
    QCOMPARE(splitIncidentKey(QStringLiteral("aws\na\nb")), std::pair(aws, QStringLiteral("a\nb")));
}

void TestNotificationPolicy::logIsBounded()
{
    constexpr int regions = NotificationPolicy::logLimit + 100;
    const auto state = [](Status status) {
        QList<CellState> list;
        for (int i = 0; i < regions; ++i)
            list.append(cell("EC2", status, QStringLiteral("region-%1").arg(i, 3, 10, QLatin1Char('0'))));
        return list;
    };
    Harness h(state(Status::Operational));
    const QList<Notification> entries = h.confirm(state(Status::MajorOutage));
    QCOMPARE(entries.size(), regions);
    const QList<Notification> log = h.policy.log();
    QCOMPARE(log.size(), NotificationPolicy::logLimit);
    QCOMPARE(log.first().region, QStringLiteral("region-100"));
    QCOMPARE(log.last().region, QStringLiteral("region-599"));
}

void TestNotificationPolicy::rulesCompareEveryField()
{
    const NotificationRules base;
    QList<NotificationRules> changed(10, base);
    changed[0].watchedMinimum = Status::MajorOutage;
    changed[1].otherMinimum = Status::MajorOutage;
    changed[2].mutedProviders = {aws};
    changed[3].mutedCells.toggle(WatchList::service(aws, "EC2"));
    changed[4].quietHours = true;
    changed[5].quietFrom = QTime(21, 0);
    changed[6].quietTo = QTime(8, 0);
    changed[7].quietDays = {1};
    changed[8].resolvedNotices = false;
    changed[9].reminderHours = 4;
    QVERIFY(base == NotificationRules());
    for (const NotificationRules &rules : changed)
        QVERIFY(rules != base);
}

void TestNotificationPolicy::testNotification()
{
    NotificationPolicy policy(t0, zone);
    const Notification entry = policy.testNotification(t0);
    QCOMPARE(entry.kind, Kind::Test);
    QCOMPARE(entry.rule, Rule::Test);
    QVERIFY(entry.sent);
    QCOMPARE(entry.at, t0);
    QCOMPARE(entry.providerName, QStringLiteral("Outage Radar"));
    QCOMPARE(entry.status, Status::Operational);
    QVERIFY(policy.log().isEmpty());
}

QTEST_GUILESS_MAIN(TestNotificationPolicy)
#include "tst_notificationpolicy.moc"
