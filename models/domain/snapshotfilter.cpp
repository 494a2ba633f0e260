// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotfilter.h"

#include <QSet>

#include <algorithm>

namespace radar {

namespace {

class CellFilter
{
public:
    CellFilter(const QStringList &services, const QStringList &regions)
        : m_services(services.cbegin(), services.cend())
        , m_regions(regions.cbegin(), regions.cend())
    { }

    bool filtersServices() const { return !m_services.isEmpty(); }
    bool isEmpty() const { return m_services.isEmpty() && m_regions.isEmpty(); }

    bool passes(const CellKey &key) const
    {
        return (m_services.isEmpty() || m_services.contains(key.service))
            && (m_regions.isEmpty() || m_regions.contains(key.region));
    }

    bool passes(const Incident &incident) const
    {
        if (incident.affected.isEmpty())
            return !filtersServices();
        return std::any_of(incident.affected.cbegin(), incident.affected.cend(),
                           [this](const CellKey &key) { return passes(key); });
    }

private:
    QSet<QString> m_services;
    QSet<QString> m_regions;
};

} // namespace

Snapshot filterSnapshot(const Snapshot &snapshot, const QStringList &services, const QStringList &regions)
{
    const CellFilter filter(services, regions);
    if (filter.isEmpty())
        return snapshot;
    Snapshot filtered;
    filtered.kind = snapshot.kind;
    filtered.providerName = snapshot.providerName;
    filtered.warnings = snapshot.warnings;
    for (const CellReport &cell : snapshot.cells) {
        if (filter.passes(cell.key))
            filtered.cells.append(cell);
    }
    for (const Incident &incident : snapshot.incidents) {
        if (filter.passes(incident))
            filtered.incidents.append(incident);
    }
    return filtered;
}

} // namespace radar
