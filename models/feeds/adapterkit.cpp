// SPDX-License-Identifier: GPL-3.0-or-later
#include "adapterkit.h"

#include <iterator>

#include <algorithm>

namespace radar::adapterkit {

SnapshotBuilder::SnapshotBuilder(const FeedContext &context)
    : m_context(context)
{ }

CellKey SnapshotBuilder::summaryKey() const
{
    return {m_context.providerId, QString(), globalRegion()};
}

CellKey SnapshotBuilder::key(const QString &service, const QString &region) const
{
    return {m_context.providerId, service, region};
}

void SnapshotBuilder::setProviderName(const QString &name)
{
    m_snapshot.providerName = name;
}

void SnapshotBuilder::warn(const QString &message)
{
    if (!m_snapshot.warnings.contains(message))
        m_snapshot.warnings.append(message);
}

void SnapshotBuilder::warnUnknown(QLatin1StringView field, QStringView word)
{
    warn(QStringLiteral("unknown %1 \"%2\" read as unknown").arg(field, word));
}

QJsonArray SnapshotBuilder::capped(QJsonArray array, int limit, QLatin1StringView what)
{
    if (array.size() <= limit)
        return array;
    warn(QStringLiteral("only the first %1 of %2 %3 were read").arg(limit).arg(array.size()).arg(what));
    while (array.size() > limit)
        array.removeLast();
    return array;
}

void SnapshotBuilder::addCell(const CellReport &cell)
{
    const auto found = m_cellIndex.constFind(cell.key);
    if (found == m_cellIndex.cend()) {
        if (m_snapshot.cells.size() >= maxCells) {
            if (!m_cellsCapped)
                warn(QStringLiteral("only the first %1 cells were read").arg(maxCells));
            m_cellsCapped = true;
            return;
        }
        m_cellIndex.insert(cell.key, m_snapshot.cells.size());
        m_snapshot.cells.append(cell);
        return;
    }
    CellReport &existing = m_snapshot.cells[*found];
    if (severityRank(cell.status) > severityRank(existing.status)) {
        existing.status = cell.status;
        existing.since = cell.since;
    } else if (cell.status == existing.status && cell.since.isValid()
               && (!existing.since.isValid() || cell.since < existing.since)) {
        existing.since = cell.since;
    }
}

bool SnapshotBuilder::hasCell(const CellKey &key) const
{
    return m_cellIndex.contains(key);
}

const QList<CellReport> &SnapshotBuilder::cells() const
{
    return m_snapshot.cells;
}

void SnapshotBuilder::addIncident(Incident incident)
{
    if (m_snapshot.incidents.size() >= maxIncidents)
        return; // the readers cap their arrays first; this only guards a reader that merges several
    if (incident.updates.size() > maxUpdatesPerIncident) {
        warn(QStringLiteral("only the first %1 of %2 updates of incident %3 were read")
                 .arg(maxUpdatesPerIncident)
                 .arg(incident.updates.size())
                 .arg(incident.id));
        incident.updates.resize(maxUpdatesPerIncident);
    }
    // Feeds list updates newest first, oldest first or unordered; the model keeps them oldest first.
    std::stable_sort(incident.updates.begin(), incident.updates.end(),
                     [](const IncidentUpdate &a, const IncidentUpdate &b) { return a.at < b.at; });
    if (incident.affected.isEmpty())
        incident.affected.append(summaryKey());
    m_snapshot.incidents.append(std::move(incident));
}

Snapshot SnapshotBuilder::finish(Status summary, const QDateTime &since)
{
    CellReport cell;
    cell.key = summaryKey();
    cell.serviceName = m_snapshot.providerName;
    cell.regionName = QStringLiteral("Global");
    cell.status = summary;
    cell.since = since;
    // The summary first, in a list of exactly the size needed: a snapshot is kept until the next
    // one, and a prepend to a list grown by appending held three times its cells (heaptrack).
    QList<CellReport> cells;
    cells.reserve(m_snapshot.cells.size() + 1);
    cells.append(std::move(cell));
    std::move(m_snapshot.cells.begin(), m_snapshot.cells.end(), std::back_inserter(cells));
    m_snapshot.cells = std::move(cells);
    m_snapshot.incidents.squeeze();
    m_cellIndex.clear();
    return std::move(m_snapshot);
}

} // namespace radar::adapterkit
