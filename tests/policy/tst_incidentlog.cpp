// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/incidentlog.h"

#include <QTest>

#include <algorithm>

using namespace radar;

namespace {

const QDateTime t0(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

Incident incident(const QString &id, Status severity = Status::Degraded,
                  const QDateTime &start = t0.addSecs(-hour),
                  IncidentState state = IncidentState::Investigating)
{
    Incident result;
    result.provider = QStringLiteral("hub");
    result.id = id;
    result.title = id.toUpper();
    result.severity = severity;
    result.state = state;
    result.startedAt = start;
    return result;
}

Incident ended(const QString &id, const QDateTime &resolved)
{
    Incident result = incident(id, Status::PartialOutage, resolved.addSecs(-hour), IncidentState::Resolved);
    result.resolvedAt = resolved;
    return result;
}

QStringList idsOf(const QList<IncidentLog::Entry> &entries)
{
    QStringList ids;
    for (const IncidentLog::Entry &entry : entries)
        ids.append(entry.incident.id);
    return ids;
}

QStringList ids(const IncidentLog &log)
{
    return idsOf(log.entries());
}

} // namespace

class TestIncidentLog : public QObject
{
    Q_OBJECT
private slots:
    void ordering_data();
    void ordering();
    void vanishing_data();
    void vanishing();
    void comingBack();
    void closedReportedIncidents_data();
    void closedReportedIncidents();
    void recentWindow_data();
    void recentWindow();
    void endedListIsCapped();
    void identityIsProviderAndId();
    void updateReturnValue_data();
    void updateReturnValue();
};

void TestIncidentLog::ordering_data()
{
    QTest::addColumn<QList<Incident>>("reported");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("worst severity first")
        << QList<Incident> {incident("degraded", Status::Degraded), incident("major", Status::MajorOutage),
                            incident("partial", Status::PartialOutage),
                            incident("info", Status::Informational)}
        << QStringList {"major", "partial", "degraded", "info"};
    // severityRank puts missing data above the calm statuses and below real problems.
    QTest::newRow("unknown between") << QList<Incident> {incident("info", Status::Informational),
                                                         incident("unknown", Status::Unknown),
                                                         incident("degraded", Status::Degraded)}
                                     << QStringList {"degraded", "unknown", "info"};
    QTest::newRow("same severity: newest start first")
        << QList<Incident> {incident("old", Status::Degraded, t0.addSecs(-3 * hour)),
                            incident("new", Status::Degraded, t0.addSecs(-hour)),
                            incident("mid", Status::Degraded, t0.addSecs(-2 * hour))}
        << QStringList {"new", "mid", "old"};
    QTest::newRow("open before ended, even a mild open one")
        << QList<Incident> {ended("ended", t0.addSecs(-hour)), incident("info", Status::Informational)}
        << QStringList {"info", "ended"};
    QTest::newRow("ended: most recently ended first")
        << QList<Incident> {ended("day", t0.addSecs(-day)), ended("hour", t0.addSecs(-hour)),
                            ended("week", t0.addSecs(-6 * day))}
        << QStringList {"hour", "day", "week"};
    QTest::newRow("full ties: by id, stable")
        << QList<Incident> {incident("b"), incident("c"), incident("a")} << QStringList {"a", "b", "c"};
}

void TestIncidentLog::ordering()
{
    QFETCH(QList<Incident>, reported);
    QFETCH(QStringList, expected);
    IncidentLog log;
    log.update(reported, t0);
    QCOMPARE(ids(log), expected);
    // The order does not depend on the order the feeds listed them in.
    std::reverse(reported.begin(), reported.end());
    IncidentLog reversed;
    reversed.update(reported, t0);
    QCOMPARE(ids(reversed), expected);
}

void TestIncidentLog::vanishing_data()
{
    QTest::addColumn<Incident>("before");
    QTest::addColumn<bool>("noLongerListed");
    QTest::addColumn<QDateTime>("endedAt");

    QTest::newRow("open: ended when it vanished") << incident("i") << true << t0.addSecs(hour);
    QTest::newRow("maintenance in progress")
        << incident("m", Status::Maintenance, t0, IncidentState::InProgress) << true << t0.addSecs(hour);
    // Summary feeds drop what got resolved: it was seen ended, so it ends when the provider said.
    QTest::newRow("already resolved: keeps its end")
        << ended("r", t0.addSecs(-hour)) << false << t0.addSecs(-hour);
}

void TestIncidentLog::vanishing()
{
    QFETCH(Incident, before);
    QFETCH(bool, noLongerListed);
    QFETCH(QDateTime, endedAt);

    IncidentLog log;
    log.update({before, incident("other")}, t0);
    // Only an open one changes when it vanishes: a resolved one was already shown as ended.
    QCOMPARE(log.update({incident("other")}, t0.addSecs(hour)), noLongerListed);
    QCOMPARE(ids(log), (QStringList {"other", before.id}));
    const IncidentLog::Entry entry = log.entries().constLast();
    QCOMPARE(entry.noLongerListed, noLongerListed);
    QVERIFY(!entry.incident.isOpen());
    QCOMPARE(entry.incident.resolvedAt, endedAt);
    QCOMPARE(entry.endedAt(), endedAt);
    QCOMPARE(entry.incident.title, before.title);
    QCOMPARE(entry.firstSeen, t0);
    QCOMPARE(entry.lastSeen, t0); // the last time a feed listed it

    // Staying away changes nothing more: it does not end again at every poll.
    QVERIFY(!log.update({incident("other")}, t0.addSecs(2 * hour)));
    QCOMPARE(log.entries().constLast().incident.resolvedAt, endedAt);
}

void TestIncidentLog::comingBack()
{
    IncidentLog log;
    log.update({incident("flaky", Status::MajorOutage)}, t0);
    log.update({}, t0.addSecs(60));
    QVERIFY(log.entries().constFirst().noLongerListed);

    QVERIFY(log.update({incident("flaky", Status::MajorOutage)}, t0.addSecs(120)));
    QCOMPARE(log.entries().size(), 1);
    const IncidentLog::Entry entry = log.entries().constFirst();
    QVERIFY(!entry.noLongerListed);
    QVERIFY(entry.incident.isOpen());
    QVERIFY(!entry.incident.resolvedAt.isValid());
    QCOMPARE(entry.firstSeen, t0);
    QCOMPARE(entry.lastSeen, t0.addSecs(120));
}

void TestIncidentLog::closedReportedIncidents_data()
{
    QTest::addColumn<Incident>("reported");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<QDateTime>("endedAt");

    QTest::newRow("resolved an hour ago") << ended("r", t0.addSecs(-hour)) << true << t0.addSecs(-hour);
    QTest::newRow("resolved a month ago") << ended("r", t0.addSecs(-30 * day)) << false << QDateTime();
    Incident completed = incident("m", Status::Maintenance, t0.addSecs(-2 * hour), IncidentState::Completed);
    completed.resolvedAt = t0.addSecs(-hour);
    QTest::newRow("maintenance completed") << completed << true << t0.addSecs(-hour);
    // Without an end from the provider, its last word is when it ended.
    Incident noEnd = incident("n", Status::Degraded, t0.addSecs(-3 * day), IncidentState::Resolved);
    noEnd.updates = {{t0.addSecs(-3 * day), IncidentState::Investigating, QStringLiteral("Looking."), {}},
                     {t0.addSecs(-2 * day), IncidentState::Resolved, QStringLiteral("Fixed."), {}}};
    QTest::newRow("no resolvedAt: its last update") << noEnd << true << t0.addSecs(-2 * day);
    noEnd.updates.clear();
    QTest::newRow("no resolvedAt, no updates: first seen") << noEnd << true << t0;
}

void TestIncidentLog::closedReportedIncidents()
{
    QFETCH(Incident, reported);
    QFETCH(bool, kept);
    QFETCH(QDateTime, endedAt);

    IncidentLog log;
    QCOMPARE(log.update({reported}, t0), kept);
    QCOMPARE(log.entries().size(), kept ? 1 : 0);
    if (!kept)
        return;
    const IncidentLog::Entry entry = log.entries().constFirst();
    QVERIFY(!entry.noLongerListed);
    QCOMPARE(entry.incident, reported); // as the feed reported it
    QCOMPARE(entry.endedAt(), endedAt);
}

void TestIncidentLog::recentWindow_data()
{
    QTest::addColumn<int>("periodHours"); // 0: the default
    QTest::addColumn<Incident>("reported");
    QTest::addColumn<qint64>("laterSeconds"); // when it is checked again, no longer reported
    QTest::addColumn<bool>("kept");

    QTest::newRow("default: 6 days") << 0 << ended("e", t0) << 6 * day << true;
    QTest::newRow("default: exactly 7 days") << 0 << ended("e", t0) << 7 * day << true;
    QTest::newRow("default: 7 days and a second") << 0 << ended("e", t0) << 7 * day + 1 << false;
    QTest::newRow("a day: 23 hours") << 24 << ended("e", t0) << 23 * hour << true;
    QTest::newRow("a day: 2 days") << 24 << ended("e", t0) << 2 * day << false;
    // The window counts from when it vanished, not from when it began.
    QTest::newRow("vanished, 6 days on")
        << 0 << incident("v", Status::Degraded, t0.addSecs(-20 * day)) << 6 * day << true;
    QTest::newRow("vanished, 8 days on") << 0 << incident("v") << 8 * day << false;
}

void TestIncidentLog::recentWindow()
{
    QFETCH(int, periodHours);
    QFETCH(Incident, reported);
    QFETCH(qint64, laterSeconds);
    QFETCH(bool, kept);

    IncidentLog log;
    QCOMPARE(log.recentPeriod().count(), 7 * 24);
    if (periodHours > 0)
        log.setRecentPeriod(std::chrono::hours(periodHours));
    log.update({reported}, t0);
    log.update({}, t0); // an open one vanishes now
    QCOMPARE(log.entries().size(), 1);
    QCOMPARE(log.update({}, t0.addSecs(laterSeconds)), !kept);
    QCOMPARE(log.entries().size(), kept ? 1 : 0);
}

void TestIncidentLog::endedListIsCapped()
{
    QList<Incident> reported;
    for (int i = 0; i < IncidentLog::maxEnded + 50; ++i)
        reported.append(ended(QStringLiteral("e%1").arg(i, 3, 10, QLatin1Char('0')), t0.addSecs(-i * 60)));
    reported.append(incident("open1"));
    reported.append(incident("open2"));
    IncidentLog log;
    log.update(reported, t0);

    const QList<IncidentLog::Entry> entries = log.entries();
    QCOMPARE(entries.size(), 2 + IncidentLog::maxEnded); // open ones are never capped
    QCOMPARE(entries[2].incident.id, QStringLiteral("e000"));
    QCOMPARE(entries.constLast().incident.id, QStringLiteral("e199")); // the oldest ended ones go
}

void TestIncidentLog::identityIsProviderAndId()
{
    Incident a = incident("same");
    Incident b = incident("same");
    b.provider = QStringLiteral("other");
    IncidentLog log;
    log.update({a, b}, t0);
    QCOMPARE(log.entries().size(), 2);

    // Two sources of one provider (summary.json and incidents.json) list it once, the fresher word winning.
    Incident stale = incident("dup");
    stale.updates = {{t0.addSecs(-hour), IncidentState::Investigating, QStringLiteral("Looking."), {}}};
    Incident fresh = stale;
    fresh.state = IncidentState::Identified;
    fresh.updates.append({t0, IncidentState::Identified, QStringLiteral("Found it."), {}});
    for (const QList<Incident> &reported : {QList<Incident> {stale, fresh}, QList<Incident> {fresh, stale}}) {
        IncidentLog twice;
        twice.update(reported, t0);
        QCOMPARE(twice.entries().size(), 1);
        QCOMPARE(twice.entries().constFirst().incident.state, IncidentState::Identified);
    }
}

void TestIncidentLog::updateReturnValue_data()
{
    QTest::addColumn<QList<Incident>>("first");
    QTest::addColumn<QList<Incident>>("second");
    QTest::addColumn<bool>("changed");

    Incident renamed = incident("a");
    renamed.title = QStringLiteral("Now with a better title");
    Incident worse = incident("b", Status::MajorOutage);
    Incident newUpdate = incident("a");
    newUpdate.updates = {{t0, IncidentState::Investigating, QStringLiteral("Still looking."), {}}};

    QTest::newRow("nothing, twice") << QList<Incident> {} << QList<Incident> {} << false;
    QTest::newRow("the same again (only lastSeen moves)")
        << QList<Incident> {incident("a"), incident("b")} << QList<Incident> {incident("a"), incident("b")}
        << false;
    QTest::newRow("listed in another order") << QList<Incident> {incident("a"), incident("b")}
                                             << QList<Incident> {incident("b"), incident("a")} << false;
    QTest::newRow("new") << QList<Incident> {incident("a")} << QList<Incident> {incident("a"), incident("b")}
                         << true;
    QTest::newRow("vanished") << QList<Incident> {incident("a"), incident("b")}
                              << QList<Incident> {incident("a")} << true;
    QTest::newRow("title") << QList<Incident> {incident("a")} << QList<Incident> {renamed} << true;
    QTest::newRow("an update") << QList<Incident> {incident("a")} << QList<Incident> {newUpdate} << true;
    QTest::newRow("reordered by severity")
        << QList<Incident> {incident("a"), incident("b")} << QList<Incident> {incident("a"), worse} << true;
}

void TestIncidentLog::updateReturnValue()
{
    QFETCH(QList<Incident>, first);
    QFETCH(QList<Incident>, second);
    QFETCH(bool, changed);

    IncidentLog log;
    QCOMPARE(log.update(first, t0), !first.isEmpty());
    QCOMPARE(log.update(second, t0.addSecs(60)), changed);
}

QTEST_GUILESS_MAIN(TestIncidentLog)
#include "tst_incidentlog.moc"
