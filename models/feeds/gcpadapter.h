// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parseresult.h"

#include <QJsonArray>

namespace radar::gcp {

/// True for Google Cloud's incidents.json: a bare array of incidents with `external_desc`,
/// `status_impact` or `affected_products` (or an empty array, which only the URL can attribute).
bool looksLikeIncidents(const QJsonArray &root);

/// Reads `status.cloud.google.com/incidents.json`: while an incident has no `end`, each of its
/// affected products in each currently affected location is a cell with the incident's impact.
/// Updates come newest first in the feed and are stored oldest first.
ParseResult parseIncidents(const QByteArray &body, const FeedContext &context);

/// status_impact and update status words: SERVICE_INFORMATION, SERVICE_DISRUPTION, SERVICE_OUTAGE
/// (and AVAILABLE for updates, which is operational).
Status impactStatus(QStringView word);

} // namespace radar::gcp
