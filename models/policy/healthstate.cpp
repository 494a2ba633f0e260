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
        // Another address or adapter is another source: what the old one said does not carry over.
        if (!sameFeed(entry.state.config, config))
            entry = Entry();
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
    m_allChanged = true;
}

QList<CellTransition> HealthState::applySnapshot(const QString &sourceId, const Snapshot &snapshot,
                                                 const QDateTime &now)
{
    return update(now, sourceId, [&](Entry &entry) {
        entry.snapshot = snapshot;
        entry.state.detectedKind = snapshot.kind;
        entry.state.status.recordSuccess(now);
        if (entry.state.config.name.isEmpty() && !snapshot.providerName.isEmpty())
            entry.state.providerName = snapshot.providerName;
    });
}

QList<CellTransition> HealthState::applyUnchanged(const QString &sourceId, const QDateTime &now)
{
    return update(now, sourceId, [&](Entry &entry) {
        if (!entry.snapshot)
            return; // nothing to confirm; the scheduler never sends validators without data
        entry.state.status.recordSuccess(now);
    });
}

QList<CellTransition> HealthState::applyFailure(const QString &sourceId, const SourceError &error,
                                                const QDateTime &now)
{
    return update(now, sourceId, [&](Entry &entry) { entry.state.status.recordFailure(error, now); });
}

QList<CellTransition> HealthState::reevaluate(const QDateTime &now)
{
    return update(now, QString(), [](Entry &) {});
}

void HealthState::setNextAttempt(const QString &sourceId, const QDateTime &when)
{
    for (Entry &entry : m_entries) {
        if (entry.state.config.id == sourceId)
            entry.state.status.nextAttempt = when;
    }
}

SourceHealth HealthState::healthOf(const SourceState &source, const QDateTime &now)
{
    // When the server asked to be polled less often (max-age, Retry-After), data is old only
    // relative to that longer wait, else obeying the server would turn a source stale.
    std::chrono::seconds interval = source.config.interval;
    const SourceStatus &status = source.status;
    if (status.lastError.isEmpty() && status.lastSuccess.isValid() && status.nextAttempt > status.lastSuccess)
        interval = std::max(interval, std::chrono::seconds(status.lastSuccess.secsTo(status.nextAttempt)));
    return status.healthAt(now, interval);
}

QList<CellTransition> HealthState::update(const QDateTime &now, const QString &sourceId,
                                          const std::function<void(Entry &)> &change)
{
    QList<CellTransition> transitions;
    const auto compare = [&](const Entry &before, const Entry &after) {
        QList<CellState> oldCells;
        QList<CellState> newCells;
        appendCells(before, oldCells);
        appendCells(after, newCells);
        QHash<CellKey, Status> old;
        for (const CellState &cell : std::as_const(oldCells))
            old.insert(cell.key, cell.status);
        for (const CellState &cell : std::as_const(newCells)) {
            const Status from = old.value(cell.key, Status::Unknown);
            if (from != cell.status)
                transitions.append({cell.key, from, cell.status, now});
        }
    };
    for (Entry &entry : m_entries) {
        const bool changed = entry.state.config.id == sourceId;
        const SourceHealth health = healthOf(entry.state, now);
        if (!changed && health == entry.state.health)
            continue;
        const Entry before = entry;
        if (changed)
            change(entry);
        entry.state.health = healthOf(entry.state, now);
        // A "not modified" answer keeps the very same data: its cells' statuses cannot have moved,
        // and building them twice for each such poll was most of an idle app's work.
        const bool sameData = sameCells(before, entry);
        if (!sameData)
            compare(before, entry);
        if (sameData && before.state.status.lastError == entry.state.status.lastError
            && before.state.providerName == entry.state.providerName)
            m_aged.insert(entry.state.config.id);
        else
            m_changed.insert(entry.state.config.id);
    }
    return transitions;
}

bool HealthState::sameCells(const Entry &before, const Entry &after)
{
    // The same shared data, not equal data: a fresh parse of an unchanged feed is compared in full.
    return before.state.health == after.state.health && before.state.config == after.state.config
        && before.snapshot.has_value() == after.snapshot.has_value()
        && (!before.snapshot
            || (before.snapshot->cells.constData() == after.snapshot->cells.constData()
                && before.snapshot->incidents.constData() == after.snapshot->incidents.constData()));
}

QList<CellState> HealthState::cells() const
{
    QList<CellState> cells;
    for (const Entry &entry : m_entries)
        appendCells(entry, cells);
    return cells;
}

QList<CellState> HealthState::cellsOf(const QString &sourceId) const
{
    QList<CellState> cells;
    for (const Entry &entry : m_entries) {
        if (entry.state.config.id == sourceId)
            appendCells(entry, cells);
    }
    return cells;
}

QList<CellState> HealthState::cellsAtLeast(Status minimum) const
{
    QList<CellState> cells;
    for (const Entry &entry : m_entries)
        appendCells(entry, cells, minimum);
    return cells;
}

HealthState::Changes HealthState::takeChanges()
{
    Changes changes;
    changes.sources = QStringList(m_changed.cbegin(), m_changed.cend());
    for (const QString &source : std::as_const(m_aged)) {
        if (!m_changed.contains(source))
            changes.aged.append(source);
    }
    changes.all = m_allChanged;
    m_changed.clear();
    m_aged.clear();
    m_allChanged = false;
    return changes;
}

void HealthState::appendCells(const Entry &entry, QList<CellState> &cells, Status minimum)
{
    const SourceState &source = entry.state;
    const bool trusted = source.health == SourceHealth::Fresh;
    CellState common;
    common.providerName = source.providerName;
    common.sourceHealth = source.health;
    common.sourceError = source.status.lastError;
    common.dataTime = source.status.lastSuccess;
    common.source = source.config.url.toDisplayString();

    if (!entry.snapshot) {
        // Nothing known yet: one summary cell stands for the whole provider, and it is not green.
        if (severityRank(Status::Unknown) < severityRank(minimum))
            return;
        CellState cell = common;
        cell.key = {source.config.id, QString(), globalRegion()};
        cell.serviceName = source.providerName;
        cell.regionName = QStringLiteral("Global");
        cells.append(cell);
        return;
    }
    for (const CellReport &report : entry.snapshot->cells) {
        if (severityRank(trusted ? report.status : Status::Unknown) < severityRank(minimum))
            continue;
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

QList<Incident> HealthState::incidents() const
{
    QList<Incident> incidents;
    for (const Entry &entry : m_entries) {
        if (entry.snapshot)
            incidents.append(entry.snapshot->incidents);
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
    // The worst of what cells() shows, without building a cell per report.
    if (m_entries.isEmpty())
        return Status::Unknown;
    Status result = Status::Operational;
    for (const Entry &entry : m_entries) {
        if (!entry.snapshot || entry.state.health != SourceHealth::Fresh) {
            result = worst(result, Status::Unknown);
            continue;
        }
        for (const CellReport &report : entry.snapshot->cells)
            result = worst(result, report.status);
    }
    return result;
}

} // namespace radar
