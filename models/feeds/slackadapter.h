// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parseresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace radar::slack {

/// Where an incident links when it carries no url of its own.
inline constexpr char statusPage[] = "https://slack-status.com/";

/// The services slack-status.com reports on, in the order its page shows them. Every one is a cell
/// in the "global" region, operational unless an active incident names it.
QStringList knownServices();

/// True for `slack-status.com/api/v2.0.0/current`: an object with a `status` word and `active_incidents`.
bool looksLikeCurrent(const QJsonObject &root);

/// True for `slack-status.com/api/v2.0.0/history`: a bare array whose first item has Slack's incident
/// fields (`title`, `date_created` and `notes` or `services`). An empty array cannot be attributed.
bool looksLikeHistory(const QJsonArray &root);

/// Reads `/api/v2.0.0/current`: the active incidents and the cells they colour.
ParseResult parseCurrent(const QByteArray &body, const FeedContext &context);

/// Reads `/api/v2.0.0/history`: every incident, open or closed, and the cells the active ones colour.
ParseResult parseHistory(const QByteArray &body, const FeedContext &context);

/// Reads either of the two shapes above.
ParseResult parse(const QByteArray &body, const FeedContext &context);

// The mapping tables, exposed for tests and the README.
Status typeStatus(QStringView type); // incident.type
Status overallStatus(QStringView status); // current.status
std::optional<IncidentState> incidentState(QStringView status); // incident.status

} // namespace radar::slack
