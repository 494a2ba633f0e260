// SPDX-License-Identifier: GPL-3.0-or-later
#include "incident.h"

namespace radar {

namespace {

constexpr IncidentState allStates[] = {IncidentState::Investigating, IncidentState::Identified,
                                       IncidentState::Monitoring,    IncidentState::Resolved,
                                       IncidentState::Scheduled,     IncidentState::InProgress,
                                       IncidentState::Completed};

template<typename Field>
QStringList distinct(const QList<CellKey> &cells, Field field)
{
    QStringList values;
    for (const CellKey &cell : cells) {
        const QString &value = cell.*field;
        if (!value.isEmpty() && !values.contains(value))
            values.append(value);
    }
    return values;
}

} // namespace

QString incidentStateName(IncidentState state)
{
    switch (state) {
    case IncidentState::Investigating:
        return QStringLiteral("investigating");
    case IncidentState::Identified:
        return QStringLiteral("identified");
    case IncidentState::Monitoring:
        return QStringLiteral("monitoring");
    case IncidentState::Resolved:
        return QStringLiteral("resolved");
    case IncidentState::Scheduled:
        return QStringLiteral("scheduled");
    case IncidentState::InProgress:
        return QStringLiteral("in_progress");
    case IncidentState::Completed:
        return QStringLiteral("completed");
    }
    return QString();
}

std::optional<IncidentState> incidentStateFromName(QStringView name)
{
    for (IncidentState state : allStates) {
        if (name == incidentStateName(state))
            return state;
    }
    return std::nullopt;
}

bool isClosed(IncidentState state)
{
    return state == IncidentState::Resolved || state == IncidentState::Completed;
}

QStringList Incident::services() const
{
    return distinct(affected, &CellKey::service);
}

QStringList Incident::regions() const
{
    return distinct(affected, &CellKey::region);
}

} // namespace radar
