// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedparser.h"

#include "jsoninput.h"
#include "statuspageadapter.h"

namespace radar {

FeedKind detectFeedKind(const QByteArray &body, const QUrl &url)
{
    const QByteArray head = body.left(64).trimmed();
    if (head.startsWith('{')) {
        const json::Document document = json::parse(body);
        if (statuspage::looksLikeSummary(document.root.toObject()))
            return FeedKind::Statuspage;
    }
    Q_UNUSED(url) // only needed to tell apart kinds whose content looks alike; there are none yet
    return FeedKind::Auto;
}

ParseResult parseFeed(FeedKind kind, const QByteArray &body, const FeedContext &context)
{
    if (kind == FeedKind::Auto)
        kind = detectFeedKind(body, context.url);
    ParseResult result = ParseResult::failure(QString());
    switch (kind) {
    case FeedKind::Statuspage:
        result = statuspage::parseSummary(body, context);
        break;
    case FeedKind::Auto:
        break;
    }
    if (result.ok())
        result.snapshot->kind = kind;
    if (kind != FeedKind::Auto)
        return result;
    const json::Document document = json::parse(body);
    if (!document.error.isEmpty())
        return ParseResult::failure(QStringLiteral("not a status feed: %1").arg(document.error));
    return ParseResult::failure(QStringLiteral("not a status feed Outage Radar knows (supported: %1)")
                                    .arg(feedKindNames().mid(1).join(u", ")));
}

} // namespace radar
