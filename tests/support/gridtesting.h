// SPDX-License-Identifier: GPL-3.0-or-later
// Cells for the grid's model tests, as HealthState would hand them over: fresh, named by their ids.
#pragma once

#include "policy/healthstate.h"

namespace gridtesting {

inline radar::CellState cell(const QString &provider, const QString &service, const QString &region,
                             radar::Status status, const QString &incident = {})
{
    radar::CellState state;
    state.key = {provider, service, region};
    state.providerName = provider.toUpper();
    state.serviceName = service;
    state.regionName = region;
    state.status = status;
    state.lastKnown = status;
    state.sourceHealth = radar::SourceHealth::Fresh;
    if (!incident.isEmpty()) {
        state.incidentIds = {incident};
        state.incidentTitles = {incident};
    }
    return state;
}

} // namespace gridtesting
