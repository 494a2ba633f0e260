// SPDX-License-Identifier: GPL-3.0-or-later
#include "statustext.h"

#include <QCoreApplication>
#include <QLocale>

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
