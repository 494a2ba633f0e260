// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationtext.h"

#include "statustext.h"

#include <QCoreApplication>

namespace radar {

namespace {

// A balloon has room for a few names; the log's tooltip shows the same.
constexpr int maxNamed = 5;

/// The status as a word inside a sentence ("now major outage"). Translated on its own rather than
/// lower-cased from statusText(): German capitalises its nouns, and other languages need another
/// form of the word inside a sentence than on a label.
QString statusWord(Status status)
{
    switch (status) {
    case Status::Operational:
        return QCoreApplication::translate("radar::Status", "operational", "inside a sentence");
    case Status::Informational:
        return QCoreApplication::translate("radar::Status", "informational", "inside a sentence");
    case Status::Maintenance:
        return QCoreApplication::translate("radar::Status", "maintenance", "inside a sentence");
    case Status::Degraded:
        return QCoreApplication::translate("radar::Status", "degraded", "inside a sentence");
    case Status::PartialOutage:
        return QCoreApplication::translate("radar::Status", "partial outage", "inside a sentence");
    case Status::MajorOutage:
        return QCoreApplication::translate("radar::Status", "major outage", "inside a sentence");
    case Status::Unknown:
        break;
    }
    return QCoreApplication::translate("radar::Status", "unknown", "inside a sentence");
}

/// "AWS us-east-1", or just "AWS" for what is not tied to a region.
QString place(const Notification &entry)
{
    const QString provider = entry.providerName.isEmpty() ? entry.provider : entry.providerName;
    if (entry.region.isEmpty() || entry.region == globalRegion())
        return provider;
    const QString region = entry.regionName.isEmpty() ? entry.region : entry.regionName;
    return QCoreApplication::translate("radar::NotificationText", "%1 %2", "provider, then region")
        .arg(provider, region);
}

QString serviceList(const QStringList &names)
{
    if (names.size() <= maxNamed)
        return names.join(QStringLiteral(", "));
    const int more = int(names.size()) - maxNamed;
    return QCoreApplication::translate("radar::NotificationText", "%1 and %n more",
                                       "the first service names, then how many more", more)
        .arg(names.first(maxNamed).join(QStringLiteral(", ")));
}

QString untilText(const Notification &entry)
{
    return shortLocalTime(entry.ruleUntil, entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc());
}

// The texts arrive marked with QT_TRANSLATE_NOOP, so the translation tool still finds them.
QString heldUntil(const Notification &entry, const char *withTime, const char *withoutTime)
{
    if (entry.ruleUntil.isValid())
        return QCoreApplication::translate("radar::NotificationText", withTime).arg(untilText(entry));
    return QCoreApplication::translate("radar::NotificationText", withoutTime);
}

} // namespace

QString notificationTitle(const Notification &entry)
{
    switch (entry.kind) {
    case Notification::Kind::Started:
        return QCoreApplication::translate("radar::NotificationText", "%1: %2", "place, then status")
            .arg(place(entry), statusWord(entry.status));
    case Notification::Kind::Escalated:
        // The policy logs an improvement within an open event as a held-back change of this kind.
        if (entry.rule == NotificationRule::Improved)
            return QCoreApplication::translate("radar::NotificationText", "%1: better, now %2")
                .arg(place(entry), statusWord(entry.status));
        return QCoreApplication::translate("radar::NotificationText", "%1: worse, now %2")
            .arg(place(entry), statusWord(entry.status));
    case Notification::Kind::Resolved:
        return QCoreApplication::translate("radar::NotificationText", "%1: resolved").arg(place(entry));
    case Notification::Kind::Reminder:
        return QCoreApplication::translate("radar::NotificationText", "Reminder: %1 still %2")
            .arg(place(entry), statusWord(entry.status));
    case Notification::Kind::OpenAtStart:
        return QCoreApplication::translate("radar::NotificationText", "%n problem(s) open", nullptr,
                                           int(entry.cells.size()));
    case Notification::Kind::Test:
        break;
    }
    return QCoreApplication::translate("radar::NotificationText", "Outage Radar test notification");
}

QString notificationBody(const Notification &entry)
{
    const QString services = serviceList(entry.serviceNames);
    switch (entry.kind) {
    case Notification::Kind::Resolved:
        if (entry.status == Status::Operational)
            return QCoreApplication::translate("radar::NotificationText",
                                               "%1\nAll services are back to normal.")
                .arg(services);
        // Over as an outage (below the minimum), but not all fine: say both, so the title's
        // "resolved" does not read as contradicted.
        return QCoreApplication::translate("radar::NotificationText", "%1\nNo longer an outage; now %2.")
            .arg(services, statusWord(entry.status));
    case Notification::Kind::OpenAtStart:
        return QCoreApplication::translate("radar::NotificationText", "%1 (worst: %2)")
            .arg(services, statusWord(entry.status));
    case Notification::Kind::Test:
        return QCoreApplication::translate("radar::NotificationText",
                                           "If you can read this, notifications work.");
    case Notification::Kind::Started:
    case Notification::Kind::Escalated:
    case Notification::Kind::Reminder:
        break;
    }
    return QCoreApplication::translate("radar::NotificationText", "%1: %2", "status, then services")
        .arg(statusText(entry.status), services);
}

QString notificationRuleText(const Notification &entry)
{
    switch (entry.rule) {
    case NotificationRule::WatchedAtLeast:
        return QCoreApplication::translate("radar::NotificationText", "Sent: a watched service reached %1")
            .arg(statusWord(entry.status));
    case NotificationRule::OtherAtLeast:
        return QCoreApplication::translate("radar::NotificationText", "Sent: a service reached %1")
            .arg(statusWord(entry.status));
    case NotificationRule::QuietBreakthrough:
        return QCoreApplication::translate("radar::NotificationText",
                                           "Sent despite quiet hours: major outage of a watched service");
    case NotificationRule::Escalation:
        return QCoreApplication::translate("radar::NotificationText",
                                           "Sent: an outage already notified got worse");
    case NotificationRule::ResolvedNotice:
        return QCoreApplication::translate("radar::NotificationText", "Sent: the outage is over");
    case NotificationRule::Reminder:
        return QCoreApplication::translate("radar::NotificationText",
                                           "Sent: reminder of a major outage still open");
    case NotificationRule::OpenAtStart:
        // Also the summary of a source whose first data came later (its first refreshes failed).
        return QCoreApplication::translate("radar::NotificationText",
                                           "Sent: already open when Outage Radar first got data");
    case NotificationRule::Test:
        return QCoreApplication::translate("radar::NotificationText",
                                           "Sent: you asked for a test notification");
    case NotificationRule::BelowMinimum:
        return QCoreApplication::translate("radar::NotificationText",
                                           "Held back: below your notification minimum");
    case NotificationRule::MutedProvider:
        return QCoreApplication::translate("radar::NotificationText", "Held back: provider muted");
    case NotificationRule::MutedCell:
        // A service, a region or one service in one region (the settings list them as "services
        // and regions"); the entry does not say which.
        return QCoreApplication::translate("radar::NotificationText", "Held back: service or region muted");
    case NotificationRule::QuietHours:
        return heldUntil(entry,
                         QT_TRANSLATE_NOOP("radar::NotificationText", "Held back: quiet hours until %1"),
                         QT_TRANSLATE_NOOP("radar::NotificationText", "Held back: quiet hours"));
    case NotificationRule::SnoozedCell:
        return heldUntil(entry, QT_TRANSLATE_NOOP("radar::NotificationText", "Held back: snoozed until %1"),
                         QT_TRANSLATE_NOOP("radar::NotificationText", "Held back: snoozed until resolved"));
    case NotificationRule::SnoozedIncident:
        return heldUntil(
            entry, QT_TRANSLATE_NOOP("radar::NotificationText", "Held back: incident snoozed until %1"),
            QT_TRANSLATE_NOOP("radar::NotificationText", "Held back: incident snoozed until resolved"));
    case NotificationRule::Paused:
        return heldUntil(
            entry, QT_TRANSLATE_NOOP("radar::NotificationText", "Held back: notifications paused until %1"),
            QT_TRANSLATE_NOOP("radar::NotificationText", "Held back: notifications paused"));
    case NotificationRule::Grace:
        return heldUntil(
            entry,
            QT_TRANSLATE_NOOP("radar::NotificationText", "Held back: starting up or reconnecting until %1"),
            QT_TRANSLATE_NOOP("radar::NotificationText", "Held back: starting up or reconnecting"));
    case NotificationRule::RolledUp:
        return QCoreApplication::translate("radar::NotificationText",
                                           "Held back: part of an outage already notified");
    case NotificationRule::Flapping:
        return QCoreApplication::translate("radar::NotificationText",
                                           "Held back: flapping; waiting until it settles");
    case NotificationRule::Improved:
        return QCoreApplication::translate("radar::NotificationText",
                                           "Held back: better, but still a problem");
    case NotificationRule::ResolvedNoticesOff:
        return QCoreApplication::translate("radar::NotificationText",
                                           "Held back: notices of resolved outages are off");
    case NotificationRule::NeverTold:
        return QCoreApplication::translate("radar::NotificationText",
                                           "Held back: its start was never notified");
    }
    return QString();
}

} // namespace radar
