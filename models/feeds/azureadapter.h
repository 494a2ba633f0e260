// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parseresult.h"

namespace radar::azure {

/// The page Azure incidents link to when the feed gives no usable link.
inline constexpr char statusPageUrl[] = "https://azure.status.microsoft/en-us/status";

/// True for the Azure status RSS: a channel titled "Azure Status", or linking to
/// azure.status.microsoft, status.azure.com or their CDN hosts.
bool looksLikeFeed(const QByteArray &body);

/// Reads the Azure status RSS (`azure.status.microsoft/en-us/status/feed/`). An empty channel is the
/// healthy state: only the provider's summary cell, operational. Each item is an open incident
/// (Azure removes items once resolved) with one cell per service × region among its categories.
ParseResult parseFeed(const QByteArray &body, const FeedContext &context);

/// Azure posts no severity. An item is degraded unless its title or description speaks of an outage
/// (whole word, any case): "partial outage" is a partial outage, any other "outage(s)" a major one.
Status itemStatus(QStringView title, QStringView description);

} // namespace radar::azure
