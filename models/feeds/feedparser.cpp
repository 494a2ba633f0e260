// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedparser.h"

#include "awshealthadapter.h"
#include "awsrssadapter.h"
#include "azureadapter.h"
#include "firehydrantadapter.h"
#include "gcpadapter.h"
#include "instatusadapter.h"
#include "jsoninput.h"
#include "rsshistoryadapter.h"
#include "slackadapter.h"
#include "statusioadapter.h"
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
    if (host == QLatin1StringView("slack-status.com"))
        return FeedKind::Slack;
    return FeedKind::Auto;
}

FeedKind detectJson(const QJsonValue &root, const QUrl &url)
{
    if (root.isObject()) {
        const QJsonObject object = root.toObject();
        if (statuspage::looksLikeSummary(object))
            return FeedKind::Statuspage;
        // FireHydrant's payload also has a "components" list, so it is told apart before Instatus.
        if (firehydrant::looksLikePayload(object))
            return FeedKind::FireHydrant;
        if (instatus::looksLikeSummary(object) || instatus::looksLikeComponents(object))
            return FeedKind::Instatus;
        if (slack::looksLikeCurrent(object))
            return FeedKind::Slack;
        if (statusio::looksLikeStatus(object))
            return FeedKind::StatusIo;
        return FeedKind::Auto;
    }
    const QJsonArray array = root.toArray();
    if (array.isEmpty())
        return kindOfEmptyList(url);
    if (awshealth::looksLikeEvents(array))
        return FeedKind::AwsHealth;
    if (gcp::looksLikeIncidents(array))
        return FeedKind::GoogleCloud;
    if (slack::looksLikeHistory(array))
        return FeedKind::Slack;
    if (instatus::looksLikeComponents(array))
        return FeedKind::Instatus;
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
    case FeedKind::Instatus:
        return instatus::parse(body, context);
    case FeedKind::Slack:
        return slack::parse(body, context);
    case FeedKind::StatusIo:
        return statusio::parseStatus(body, context);
    case FeedKind::FireHydrant:
        return firehydrant::parsePayload(body, context);
    case FeedKind::AwsRss:
        return awsrss::parseFeed(body, context);
    case FeedKind::Azure:
        return azure::parseFeed(body, context);
    case FeedKind::RssHistory:
        return rsshistory::parseFeed(body, context);
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
    // Any RSS or Atom reads as a history feed, so the providers' own feeds are told apart first.
    if (azure::looksLikeFeed(body))
        return FeedKind::Azure;
    if (awsrss::looksLikeFeed(body))
        return FeedKind::AwsRss;
    if (rsshistory::looksLikeFeed(body))
        return FeedKind::RssHistory;
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
