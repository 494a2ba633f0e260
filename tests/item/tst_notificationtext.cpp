// SPDX-License-Identifier: GPL-3.0-or-later
#include "item/notificationtext.h"

#include <QLocale>
#include <QTest>

using namespace radar;
using Kind = Notification::Kind;
using Rule = NotificationRule;

Q_DECLARE_METATYPE(radar::Notification::Kind)
Q_DECLARE_METATYPE(radar::NotificationRule)

namespace {

const QStringList threeNames {"EC2", "Lambda", "DynamoDB"};

QStringList manyNames(int count)
{
    QStringList names {"EC2", "Lambda", "DynamoDB", "S3", "RDS"};
    while (names.size() < count)
        names.append(QStringLiteral("Service %1").arg(names.size() + 1));
    return names;
}

Notification notification(Kind kind, Status status, const QStringList &names = threeNames,
                          const QString &region = QStringLiteral("us-east-1"), Rule rule = Rule::OtherAtLeast)
{
    Notification entry;
    entry.kind = kind;
    entry.rule = rule;
    entry.status = status;
    entry.provider = QStringLiteral("aws");
    entry.providerName = QStringLiteral("AWS");
    entry.region = region;
    entry.regionName = region;
    entry.serviceNames = names;
    for (const QString &name : names)
        entry.cells.append({entry.provider, name, region});
    return entry;
}

/// A local wall-clock time on 25 November 2026, as the UTC instant the policy stores.
QDateTime localTime(int hour, int minute, int dayOffset = 0)
{
    return QDateTime(QDate(2026, 11, 25).addDays(dayOffset), QTime(hour, minute)).toUTC();
}

} // namespace

class TestNotificationText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void title_data();
    void title();
    void body_data();
    void body();
    void ruleText_data();
    void ruleText();
    void everyRuleHasAText();
};

void TestNotificationText::initTestCase()
{
    // en_GB: 24-hour times ("07:00").
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestNotificationText::title_data()
{
    QTest::addColumn<Notification>("entry");
    QTest::addColumn<QString>("title");
    const Status major = Status::MajorOutage;
    QTest::newRow("started") << notification(Kind::Started, major) << "AWS us-east-1: major outage";
    QTest::newRow("started, global") << notification(Kind::Started, Status::Degraded, threeNames, "global")
                                     << "AWS: degraded";
    QTest::newRow("started, no region")
        << notification(Kind::Started, major, threeNames, QString()) << "AWS: major outage";
    QTest::newRow("escalated") << notification(Kind::Escalated, major)
                               << "AWS us-east-1: worse, now major outage";
    QTest::newRow("improved") << notification(Kind::Escalated, Status::PartialOutage, threeNames, "us-east-1",
                                              Rule::Improved)
                              << "AWS us-east-1: better, now partial outage";
    QTest::newRow("resolved") << notification(Kind::Resolved, Status::Operational)
                              << "AWS us-east-1: resolved";
    QTest::newRow("reminder") << notification(Kind::Reminder, major)
                              << "Reminder: AWS us-east-1 still major outage";
    QTest::newRow("open at start") << notification(Kind::OpenAtStart, major) << "3 problem(s) open";
    QTest::newRow("test") << notification(Kind::Test, Status::Operational, {})
                          << "Outage Radar test notification";
}

void TestNotificationText::title()
{
    QFETCH(Notification, entry);
    QFETCH(QString, title);
    QCOMPARE(notificationTitle(entry), title);
}

void TestNotificationText::body_data()
{
    QTest::addColumn<Notification>("entry");
    QTest::addColumn<QString>("body");
    const Status major = Status::MajorOutage;
    QTest::newRow("three services") << notification(Kind::Started, major)
                                    << "Major outage: EC2, Lambda, DynamoDB";
    QTest::newRow("five services") << notification(Kind::Started, major, manyNames(5))
                                   << "Major outage: EC2, Lambda, DynamoDB, S3, RDS";
    QTest::newRow("32 services") << notification(Kind::Escalated, major, manyNames(32))
                                 << "Major outage: EC2, Lambda, DynamoDB, S3, RDS and 27 more";
    QTest::newRow("resolved") << notification(Kind::Resolved, Status::Operational, {"EC2", "Lambda"})
                              << "EC2, Lambda\nAll services are back to normal.";
    // Under the title "...: resolved", a bare "Now degraded." read as a contradiction.
    QTest::newRow("resolved, still degraded") << notification(Kind::Resolved, Status::Degraded, {"EC2"})
                                              << "EC2\nNo longer an outage; now degraded.";
    QTest::newRow("open at start") << notification(Kind::OpenAtStart, major, {"EC2", "Actions"})
                                   << "EC2, Actions (worst: major outage)";
    QTest::newRow("test") << notification(Kind::Test, Status::Operational, {})
                          << "If you can read this, notifications work.";
}

void TestNotificationText::body()
{
    QFETCH(Notification, entry);
    QFETCH(QString, body);
    QCOMPARE(notificationBody(entry), body);
}

void TestNotificationText::ruleText_data()
{
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QDateTime>("until");
    QTest::addColumn<QString>("text");
    const QDateTime none;
    QTest::newRow("watched") << Rule::WatchedAtLeast << none << "Sent: a watched service reached degraded";
    QTest::newRow("other") << Rule::OtherAtLeast << none << "Sent: a service reached degraded";
    QTest::newRow("breakthrough") << Rule::QuietBreakthrough << none
                                  << "Sent despite quiet hours: major outage of a watched service";
    QTest::newRow("quiet hours") << Rule::QuietHours << localTime(7, 0)
                                 << "Held back: quiet hours until 07:00";
    QTest::newRow("paused") << Rule::Paused << localTime(14, 30)
                            << "Held back: notifications paused until 14:30";
    QTest::newRow("paused until tomorrow")
        << Rule::Paused << localTime(7, 0, 1) << "Held back: notifications paused until 26/11/2026 07:00";
    QTest::newRow("snoozed until resolved")
        << Rule::SnoozedCell << none << "Held back: snoozed until resolved";
    QTest::newRow("snoozed an hour") << Rule::SnoozedCell << localTime(3, 15)
                                     << "Held back: snoozed until 03:15";
    QTest::newRow("incident snoozed")
        << Rule::SnoozedIncident << none << "Held back: incident snoozed until resolved";
    QTest::newRow("rolled up") << Rule::RolledUp << none << "Held back: part of an outage already notified";
    QTest::newRow("flapping") << Rule::Flapping << none << "Held back: flapping; waiting until it settles";
    QTest::newRow("grace") << Rule::Grace << localTime(2, 2)
                           << "Held back: starting up or reconnecting until 02:02";
    QTest::newRow("resolved notices off")
        << Rule::ResolvedNoticesOff << none << "Held back: notices of resolved outages are off";
    QTest::newRow("open at start") << Rule::OpenAtStart << none
                                   << "Sent: already open when Outage Radar first got data";
    QTest::newRow("provider muted") << Rule::MutedProvider << none << "Held back: provider muted";
    // A region or one cell may be what was muted, not the service.
    QTest::newRow("muted cell") << Rule::MutedCell << none << "Held back: service or region muted";
    QTest::newRow("never told") << Rule::NeverTold << none << "Held back: its start was never notified";
}

void TestNotificationText::ruleText()
{
    QFETCH(Rule, rule);
    QFETCH(QDateTime, until);
    QFETCH(QString, text);
    Notification entry = notification(Kind::Started, Status::Degraded, threeNames, "us-east-1", rule);
    entry.at = localTime(2, 0);
    entry.ruleUntil = until;
    QCOMPARE(notificationRuleText(entry), text);
}

void TestNotificationText::everyRuleHasAText()
{
    // Sent rules say so, held-back ones too: the log's Rule column must never be blank.
    for (int value = int(Rule::WatchedAtLeast); value <= int(Rule::NeverTold); ++value) {
        const auto rule = Rule(value);
        const QString text = notificationRuleText(
            notification(Kind::Started, Status::MajorOutage, threeNames, "us-east-1", rule));
        const bool sent = value <= int(Rule::Test);
        QVERIFY2(text.startsWith(sent ? QLatin1String("Sent") : QLatin1String("Held back: ")),
                 qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestNotificationText)
#include "tst_notificationtext.moc"
