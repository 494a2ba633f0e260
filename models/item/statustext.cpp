// SPDX-License-Identifier: GPL-3.0-or-later
#include "statustext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace radar {

QString statusText(Status status)
{
    switch (status) {
    case Status::Operational:
        return QCoreApplication::translate("radar::Status", "Operational");
    case Status::Informational:
        return QCoreApplication::translate("radar::Status", "Informational");
    case Status::Maintenance:
        return QCoreApplication::translate("radar::Status", "Maintenance");
    case Status::Degraded:
        return QCoreApplication::translate("radar::Status", "Degraded");
    case Status::PartialOutage:
        return QCoreApplication::translate("radar::Status", "Partial outage");
    case Status::MajorOutage:
        return QCoreApplication::translate("radar::Status", "Major outage");
    case Status::Unknown:
        break;
    }
    return QCoreApplication::translate("radar::Status", "Unknown");
}

QString incidentStateText(IncidentState state)
{
    switch (state) {
    case IncidentState::Investigating:
        return QCoreApplication::translate("radar::IncidentState", "Investigating");
    case IncidentState::Identified:
        return QCoreApplication::translate("radar::IncidentState", "Identified");
    case IncidentState::Monitoring:
        return QCoreApplication::translate("radar::IncidentState", "Monitoring");
    case IncidentState::Resolved:
        return QCoreApplication::translate("radar::IncidentState", "Resolved");
    case IncidentState::Scheduled:
        return QCoreApplication::translate("radar::IncidentState", "Scheduled");
    case IncidentState::InProgress:
        return QCoreApplication::translate("radar::IncidentState", "In progress");
    case IncidentState::Completed:
        return QCoreApplication::translate("radar::IncidentState", "Completed");
    }
    return QString();
}

QString sourceHealthText(SourceHealth health)
{
    switch (health) {
    case SourceHealth::Pending:
        return QCoreApplication::translate("radar::SourceHealth", "Checking…");
    case SourceHealth::Fresh:
        return QCoreApplication::translate("radar::SourceHealth", "Up to date");
    case SourceHealth::Stale:
        return QCoreApplication::translate("radar::SourceHealth", "Stale");
    case SourceHealth::Failing:
        return QCoreApplication::translate("radar::SourceHealth", "Failing");
    }
    return QString();
}

QString durationText(qint64 seconds)
{
    if (seconds < 60) // negative after clock skew, which still reads as a moment
        return QCoreApplication::translate("radar::Duration", "under a minute");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("radar::Duration", "%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        const QString wholeHours =
            QCoreApplication::translate("radar::Duration", "%n h", nullptr, int(hours));
        if (minutes % 60 == 0)
            return wholeHours;
        // The remainders are named first: lupdate loops forever on a "%" inside translate()'s arguments.
        const int restMinutes = int(minutes % 60);
        return QCoreApplication::translate("radar::Duration", "%1 %2", "hours, then minutes")
            .arg(wholeHours, QCoreApplication::translate("radar::Duration", "%n min", nullptr, restMinutes));
    }
    // Capped, so the int of %n cannot overflow.
    const int days = int(std::min<qint64>(hours / 24, 1000000));
    const QString wholeDays = QCoreApplication::translate("radar::Duration", "%n d", nullptr, days);
    if (hours % 24 == 0)
        return wholeDays;
    const int restHours = int(hours % 24);
    return QCoreApplication::translate("radar::Duration", "%1 %2", "days, then hours")
        .arg(wholeDays, QCoreApplication::translate("radar::Duration", "%n h", nullptr, restHours));
}

QString shortLocalTime(const QDateTime &utc, const QDateTime &nowUtc)
{
    if (!utc.isValid())
        return QString();
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == nowUtc.toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace radar
