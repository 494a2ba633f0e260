// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parseresult.h"

namespace radar::awsrss {

/// True for an RSS channel of the AWS Service Health Dashboard: its link, generator or first guid
/// points at status.aws.amazon.com (or health.aws.amazon.com).
bool looksLikeFeed(const QByteArray &body);

/// Reads an AWS status RSS feed (`rss/all.rss`, `rss/<service>-<region>.rss`, `rss/<service>.rss`,
/// in the 2021–2023 shape or the 2017 one): one cell per service and region with the status of its
/// newest item, and one incident per run of items that are not "operating normally", closed by a
/// "[RESOLVED]" or a normal item.
ParseResult parseFeed(const QByteArray &body, const FeedContext &context);

/// What an item's title says, as in "Service disruption: [RESOLVED] Increased Error Rates".
struct Title
{
    QString prefix; // the status words before the first colon, as written
    Status status = Status::Unknown; // what the prefix means; Unknown when it means nothing known
    bool resolves = false; // "[RESOLVED]" in the title, or a "Resolved:" in front of it
    QString summary; // the rest, without "[RESOLVED]"
};
Title readTitle(QStringView title);

/// The status a service has once an item with this title is its newest.
Status currentStatus(const Title &title);

/// The service and region of an item, from the anchor of its guid:
/// "http://status.aws.amazon.com/#rds-us-east-1_1676072880".
struct Anchor
{
    QString service; // "rds"; lower case
    QString region; // "us-east-1", or "global" when the anchor names none
    QString epoch; // "1676072880"; empty when missing
};
std::optional<Anchor> readAnchor(QStringView guid);

} // namespace radar::awsrss
