// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parseresult.h"

#include <QJsonObject>

namespace radar::instatus {

/// True for an Instatus page's `summary.json` or `v3/summary.json`: `page` with Instatus's
/// `status` word (UP, HASISSUES, UNDERMAINTENANCE), or with `activeIncidents`/`activeMaintenances`.
bool looksLikeSummary(const QJsonObject &root);

/// True for an Instatus page's `v3/components.json`: `{components:[...]}` without a `page`, or the
/// documented bare array whose items carry Instatus status words or `isParent`/`children`.
bool looksLikeComponents(const QJsonValue &root);

/// Reads `summary.json` (or `v3/summary.json`, which omits empty lists): the provider summary cell,
/// worst of the page status and the open incidents' impact, and the active incidents and
/// maintenances. The summary names no components, so incidents affect the provider as a whole.
ParseResult parseSummary(const QByteArray &body, const FeedContext &context);

/// Reads `v3/components.json` in either form: one cell per component in the "global" region, grouped
/// by the name of its group (or parent), and a summary cell with the worst of them.
ParseResult parseComponents(const QByteArray &body, const FeedContext &context);

/// Reads either of the two above, told apart by their shape.
ParseResult parse(const QByteArray &body, const FeedContext &context);

// The mapping tables, exposed for tests and the README.
Status componentStatus(QStringView word); // component status and incident impact
Status pageStatus(QStringView word); // page.status
std::optional<IncidentState> incidentState(QStringView word); // incident and maintenance status

} // namespace radar::instatus
