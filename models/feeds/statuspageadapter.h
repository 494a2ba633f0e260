// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parseresult.h"

#include <QJsonObject>

namespace radar::statuspage {

/// True when a JSON document has the shape of a Statuspage v2 summary (or an incident.io imitation).
bool looksLikeSummary(const QJsonObject &root);

/// Reads `/api/v2/summary.json` of an Atlassian Statuspage page (or an incident.io page that imitates
/// it): one cell per component in the "global" region, a provider summary cell that combines the
/// page's indicator with the impact of every open incident, and the unresolved incidents and the
/// scheduled or running maintenances. Also reads the other v2 endpoints that share this shape:
/// incidents.json (the 50 most recent incidents, resolved ones included), incidents/unresolved.json,
/// scheduled-maintenances*.json, components.json and status.json.
ParseResult parseSummary(const QByteArray &body, const FeedContext &context);

// The mapping tables, exposed for tests and the README.
Status componentStatus(QStringView value);
Status indicatorStatus(QStringView value);
Status impactStatus(QStringView value);
std::optional<IncidentState> incidentState(QStringView value);

} // namespace radar::statuspage
