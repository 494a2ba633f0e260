// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthstate.h"

#include <algorithm>

namespace radar {

void HealthState::setSources(const QList<SourceConfig> &sources)
{
    QList<Entry> entries;
    for (const SourceConfig &config : sources) {
        const auto existing = std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const Entry &entry) {
            return entry.state.config.id == config.id;
        });
        Entry entry = existing != m_entries.cend() ? *existing : Entry();
        entry.state.config = config;
        if (config.kind != FeedKind::Auto || entry.state.detectedKind == FeedKind::Auto)
            entry.state.detectedKind = config.kind;
        if (entry.state.providerName.isEmpty() || !config.name.isEmpty())
            entry.state.providerName = !config.name.isEmpty() ? config.name
                : config.url.isLocalFile()                    ? config.url.fileName()
                                                              : config.url.host();
        entries.append(entry);
    }
    m_entries = entries;
}

QList<CellTransition> HealthState::applySnapshot(const QString &sourceId, const Snapshot &snapshot,
                                                 const QDateTime &now)
{
    return update(now, [&] {
        for (Entry &entry : m_entries) {
            if (entry.state.config.id != sourceId)
                continue;
            entry.snapshot = snapshot;
            entry.state.detectedKind = snapshot.kind;
            entry.state.status.lastAttempt = now;
            entry.state.status.lastSuccess = now;
            entry.state.status.lastError.clear();
            if (entry.state.config.name.isEmpty() && !snapshot.providerName.isEmpty())
                entry.state.providerName = snapshot.providerName;
        }
    });
}

QList<CellTransition> HealthState::applyFailure(const QString &sourceId, const SourceError &error,
                                                const QDateTime &now)
{
    return update(now, [&] {
        for (Entry &entry : m_entries) {
            if (entry.state.config.id == sourceId) {
                entry.state.status.lastAttempt = now;
                entry.state.status.lastError = error.message;
            }
        }
    });
}

QList<CellTransition> HealthState::reevaluate(const QDateTime &now)
{
    return update(now, [] {});
}

void HealthState::setNextAttempt(const QString &sourceId, const QDateTime &when)
{
    for (Entry &entry : m_entries) {
        if (entry.state.config.id == sourceId)
            entry.state.status.nextAttempt = when;
    }
}

QList<CellTransition> HealthState::update(const QDateTime &now, const std::function<void()> &change)
{
    QHash<CellKey, Status> before;
    for (const CellState &cell : cells())
        before.insert(cell.key, cell.status);

    change();
    for (Entry &entry : m_entries)
        entry.state.health = entry.state.status.healthAt(now, entry.state.config.interval);

    QList<CellTransition> transitions;
    for (const CellState &cell : cells()) {
        const Status from = before.value(cell.key, Status::Unknown);
        if (from != cell.status)
            transitions.append({cell.key, from, cell.status, now});
    }
    return transitions;
}

QList<CellState> HealthState::cells() const
{
    QList<CellState> cells;
    for (const Entry &entry : m_entries)
        appendCells(entry, cells);
    return cells;
}

void HealthState::appendCells(const Entry &entry, QList<CellState> &cells) const
{
    const SourceState &source = entry.state;
    const bool trusted = source.health == SourceHealth::Fresh;
    CellState common;
    common.providerName = source.providerName;
    common.sourceHealth = source.health;
    common.sourceError = source.status.lastError;
    common.dataTime = source.status.lastSuccess;

    if (!entry.snapshot) {
        // Nothing known yet: one summary cell stands for the whole provider, and it is not green.
        CellState cell = common;
        cell.key = {source.config.id, QString(), globalRegion()};
        cell.serviceName = source.providerName;
        cell.regionName = QStringLiteral("Global");
        cells.append(cell);
        return;
    }
    for (const CellReport &report : entry.snapshot->cells) {
        CellState cell = common;
        cell.key = report.key;
        cell.serviceName = report.key.isProviderSummary() ? source.providerName : report.serviceName;
        cell.group = report.group;
        cell.regionName = report.regionName;
        cell.lastKnown = report.status;
        cell.status = trusted ? report.status : Status::Unknown;
        cell.since = report.since;
        for (const Incident &incident : entry.snapshot->incidents) {
            if (incident.isOpen()
                && (report.key.isProviderSummary() || incident.affected.contains(report.key))) {
                cell.incidentIds.append(incident.id);
                cell.incidentTitles.append(incident.title);
            }
        }
        cells.append(cell);
    }
}

QList<Incident> HealthState::openIncidents() const
{
    QList<Incident> incidents;
    for (const Entry &entry : m_entries) {
        if (!entry.snapshot)
            continue;
        for (const Incident &incident : entry.snapshot->incidents) {
            if (incident.isOpen())
                incidents.append(incident);
        }
    }
    return incidents;
}

QList<SourceState> HealthState::sources() const
{
    QList<SourceState> sources;
    for (const Entry &entry : m_entries)
        sources.append(entry.state);
    return sources;
}

std::optional<SourceState> HealthState::source(const QString &sourceId) const
{
    for (const Entry &entry : m_entries) {
        if (entry.state.config.id == sourceId)
            return entry.state;
    }
    return std::nullopt;
}

Status HealthState::overall() const
{
    const QList<CellState> all = cells();
    if (all.isEmpty())
        return Status::Unknown;
    Status result = Status::Operational;
    for (const CellState &cell : all)
        result = worst(result, cell.status);
    return result;
}

} // namespace radar
