// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parseresult.h"

#include <QJsonObject>

namespace radar::firehydrant {

/// True for a FireHydrant status page's `data/payload.json`: a `conditions` or `config` object
/// beside `components` or `incidents` arrays, and no Statuspage `page`.
bool looksLikePayload(const QJsonObject &root);

/// Reads `<page>/data/payload.json`. The payload has no current status per component: a component is
/// operational unless an unresolved incident names it, with the condition the incident gives it
/// (through the page's own condition table) or "maintenance" under a MAINTENANCE item. Every
/// incident in the payload (its whole history) is read; none names a region, so cells are global.
/// Links go to `<page>/incidents/<id>`, the page being the URL the bytes came from.
ParseResult parsePayload(const QByteArray &body, const FeedContext &context);

// The mapping tables, exposed for tests and the README.
Status severityStatus(QStringView slug); // incident severitySlug, case-insensitive
Status conditionStatus(QStringView canonical); // the values of the payload's `conditions` table
std::optional<IncidentState> milestoneState(QStringView slug); // timestamps keys, milestone slugs
std::optional<IncidentState> phaseState(QStringView type); // lifecyclePhases[].type

} // namespace radar::firehydrant
