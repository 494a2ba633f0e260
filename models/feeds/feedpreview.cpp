// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedpreview.h"

#include <QSet>

#include <algorithm>

namespace radar {

FeedPreview FeedPreview::fromSnapshot(const Snapshot &snapshot)
{
    FeedPreview preview;
    preview.kind = snapshot.kind;
    preview.providerName = snapshot.providerName;

    QSet<QString> serviceIds;
    QSet<QString> regionIds;
    for (const CellReport &cell : snapshot.cells) {
        // The provider's own verdict (empty service, "global") is no choice a person can make: it
        // is shown while every service is, and left out with a choice of services, whose own
        // statuses then tell (the verdict covers services the person did not pick).
        if (cell.key.isProviderSummary() && cell.key.region == globalRegion())
            continue;
        if (!cell.key.service.isEmpty() && !serviceIds.contains(cell.key.service)) {
            serviceIds.insert(cell.key.service);
            const QString name = cell.serviceName.isEmpty() ? cell.key.service : cell.serviceName;
            preview.services.append({cell.key.service, name});
        }
        if (!cell.key.region.isEmpty() && !regionIds.contains(cell.key.region)) {
            regionIds.insert(cell.key.region);
            const QString name = cell.regionName.isEmpty() ? cell.key.region : cell.regionName;
            preview.regions.append({cell.key.region, name});
        }
    }
    // Adapters put services that have no region in "global": a feed whose every cell is there has
    // no regions to choose from.
    if (preview.regions.size() == 1 && preview.regions.constFirst().first == globalRegion())
        preview.regions.clear();

    preview.openIncidents = int(std::count_if(snapshot.incidents.cbegin(), snapshot.incidents.cend(),
                                              [](const Incident &incident) { return incident.isOpen(); }));
    return preview;
}

} // namespace radar
