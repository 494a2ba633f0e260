// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parseresult.h"

#include <QJsonObject>

namespace radar::statusio {

/// True for Status.io's public status API: `{result:{status_overall, status[], ...}}`.
bool looksLikeStatus(const QJsonObject &root);

/// Reads `status-api.hostedstatus.com/1.0/status/<page id>` (a.k.a. api.status.io): one cell per
/// service and container (a container is where the service runs: a location, a cloud, a vendor),
/// the open incidents, and the running and upcoming maintenances. Links are built from the page id
/// at the end of the URL the bytes came from.
ParseResult parseStatus(const QByteArray &body, const FeedContext &context);

// The mapping tables, exposed for tests and the README.
Status statusCodeStatus(int code); // status_code of the page, a service, a container or a message
std::optional<IncidentState> messageState(int code); // state of an incident message

/// The region id of a container: its name in lower case with runs of spaces as '-'
/// ("North Virginia" -> "north-virginia"), or "global" for names that mean everywhere.
QString regionOfContainer(QStringView name);

} // namespace radar::statusio
