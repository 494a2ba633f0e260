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

constexpr QChar keySeparator = u'\n';

} // namespace

QString incidentKey(const QString &provider, const QString &id)
{
    return provider + keySeparator + id;
}

std::pair<QString, QString> splitIncidentKey(const QString &key)
{
    const qsizetype split = key.indexOf(keySeparator);
    if (split <= 0)
        return {};
    return {key.left(split), key.mid(split + 1)};
}

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
