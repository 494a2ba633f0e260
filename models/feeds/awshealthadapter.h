// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parseresult.h"

#include <QJsonArray>

namespace radar::awshealth {

/// The page events link to: AWS publishes no per-event URL.
inline constexpr char dashboardUrl[] = "https://health.aws.amazon.com/health/status";

/// The body as UTF-8: AWS serves UTF-16 with a byte-order mark (big-endian in practice), sometimes
/// UTF-8. Sniffs the BOM (FE FF, FF FE, EF BB BF), then a zero-byte pattern, and falls back to UTF-8.
/// Sets `error` when the bytes are not valid in the encoding found.
QByteArray toUtf8(const QByteArray &body, QString &error);

/// True for a JSON array of AWS Health events (or an empty array, which only the URL can attribute).
bool looksLikeEvents(const QJsonArray &root);

/// Reads `health.aws.amazon.com/public/currentevents`: one cell per impacted service and region with
/// the service's current status (not the event's peak), one incident per event (arn), its event log
/// as updates; an event with `end_time` is resolved.
ParseResult parseEvents(const QByteArray &body, const FeedContext &context);

/// AWS status codes "0".."3" (string or number): operational, informational, degraded, major_outage.
Status codeStatus(const QJsonValue &code);

/// The region of an event ARN ("arn:aws:health:me-central-1::event/..." -> "me-central-1";
/// "global" for global events); empty when the ARN is malformed.
QString regionOfArn(QStringView arn);

} // namespace radar::awshealth
