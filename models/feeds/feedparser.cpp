// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedparser.h"

#include "awshealthadapter.h"
#include "gcpadapter.h"
#include "jsoninput.h"
#include "statuspageadapter.h"

namespace radar {

namespace {

// An empty JSON array is the healthy state of several feeds; only the URL can tell which one.
FeedKind kindOfEmptyList(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host.endsWith(QLatin1StringView("aws.amazon.com")))
        return FeedKind::AwsHealth;
    if (host == QLatin1StringView("status.cloud.google.com"))
        return FeedKind::GoogleCloud;
    return FeedKind::Auto;
}

FeedKind detectJson(const QJsonValue &root, const QUrl &url)
{
    if (root.isObject()) {
        if (statuspage::looksLikeSummary(root.toObject()))
            return FeedKind::Statuspage;
        return FeedKind::Auto;
    }
    const QJsonArray array = root.toArray();
    if (array.isEmpty())
        return kindOfEmptyList(url);
    if (awshealth::looksLikeEvents(array))
        return FeedKind::AwsHealth;
    if (gcp::looksLikeIncidents(array))
        return FeedKind::GoogleCloud;
    return FeedKind::Auto;
}

ParseResult runAdapter(FeedKind kind, const QByteArray &body, const FeedContext &context)
{
    switch (kind) {
    case FeedKind::Statuspage:
        return statuspage::parseSummary(body, context);
    case FeedKind::AwsHealth:
        return awshealth::parseEvents(body, context);
    case FeedKind::GoogleCloud:
        return gcp::parseIncidents(body, context);
    case FeedKind::Auto:
        break;
    }
    return ParseResult::failure(QStringLiteral("no feed kind was given"));
}

} // namespace

FeedKind detectFeedKind(const QByteArray &body, const QUrl &url)
{
    QString decodeError;
    // AWS serves UTF-16; every other JSON feed is UTF-8, which this leaves alone.
    const QByteArray utf8 = awshealth::toUtf8(body, decodeError);
    const QByteArray head = utf8.left(64).trimmed();
    if (head.startsWith('{') || head.startsWith('['))
        return detectJson(json::parse(utf8).root, url);
    return FeedKind::Auto;
}

ParseResult parseFeed(FeedKind kind, const QByteArray &body, const FeedContext &context)
{
    const FeedKind resolved = kind == FeedKind::Auto ? detectFeedKind(body, context.url) : kind;
    if (resolved == FeedKind::Auto) {
        QString decodeError;
        const json::Document document = json::parse(awshealth::toUtf8(body, decodeError));
        if (!document.error.isEmpty())
            return ParseResult::failure(QStringLiteral("not a status feed: %1").arg(document.error));
        if (document.root.isArray() && document.root.toArray().isEmpty())
            return ParseResult::failure(
                QStringLiteral("an empty list does not tell which provider it is from: give --kind"));
        return ParseResult::failure(QStringLiteral("not a status feed Outage Radar knows (supported: %1)")
                                        .arg(feedKindNames().mid(1).join(u", ")));
    }
    ParseResult result = runAdapter(resolved, body, context);
    if (result.ok())
        result.snapshot->kind = resolved;
    return result;
}

} // namespace radar
