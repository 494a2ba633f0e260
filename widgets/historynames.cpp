// SPDX-License-Identifier: GPL-3.0-or-later
#include "historynames.h"

#include "domain/regioncatalog.h"

#include <QCoreApplication>

namespace radar {

QString HistoryNames::provider(const QString &id) const
{
    const QString name = m_providers.value(id);
    return name.isEmpty() ? id : name;
}

QString HistoryNames::service(const QString &provider, const QString &service,
                              const QList<QPair<QString, QString>> &regions) const
{
    if (!m_cells)
        return service;
    QString name = m_cells({provider, service, globalRegion()}).service;
    for (auto region = regions.cbegin(); name.isEmpty() && region != regions.cend(); ++region) {
        if (region->first == provider)
            name = m_cells({provider, service, region->second}).service;
    }
    return name.isEmpty() ? service : name;
}

QString HistoryNames::region(const QString &provider, const QString &region) const
{
    if (m_cells) {
        const QString name = m_cells({provider, QString(), region}).region;
        if (!name.isEmpty())
            return name;
    }
    const std::optional<RegionInfo> info = RegionCatalog::builtIn().find(provider, region);
    if (info && !info->name.isEmpty())
        return info->name;
    // Statuspage providers are not in the catalog, and all of them are "global".
    return region == globalRegion() ? QCoreApplication::translate("radar::HistoryNames", "Global") : region;
}

} // namespace radar
