// SPDX-License-Identifier: GPL-3.0-or-later
#include "source.h"

#include <QStringList>

namespace radar {

namespace {
constexpr FeedKind allKinds[] = {FeedKind::Auto,        FeedKind::Statuspage,  FeedKind::AwsHealth,
                                 FeedKind::GoogleCloud, FeedKind::Instatus,    FeedKind::Slack,
                                 FeedKind::StatusIo,    FeedKind::FireHydrant, FeedKind::AwsRss,
                                 FeedKind::Azure,       FeedKind::RssHistory};
constexpr SourceHealth allHealths[] = {SourceHealth::Pending, SourceHealth::Fresh, SourceHealth::Stale,
                                       SourceHealth::Failing};
} // namespace

QString feedKindName(FeedKind kind)
{
    switch (kind) {
    case FeedKind::Auto:
        return QStringLiteral("auto");
    case FeedKind::Statuspage:
        return QStringLiteral("statuspage");
    case FeedKind::AwsHealth:
        return QStringLiteral("aws");
    case FeedKind::GoogleCloud:
        return QStringLiteral("gcp");
    case FeedKind::Instatus:
        return QStringLiteral("instatus");
    case FeedKind::Slack:
        return QStringLiteral("slack");
    case FeedKind::StatusIo:
        return QStringLiteral("statusio");
    case FeedKind::FireHydrant:
        return QStringLiteral("firehydrant");
    case FeedKind::AwsRss:
        return QStringLiteral("aws-rss");
    case FeedKind::Azure:
        return QStringLiteral("azure");
    case FeedKind::RssHistory:
        return QStringLiteral("rss");
    }
    return QString();
}

std::optional<FeedKind> feedKindFromName(QStringView name)
{
    for (FeedKind kind : allKinds) {
        if (name == feedKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QStringList feedKindNames()
{
    QStringList names;
    for (FeedKind kind : allKinds)
        names.append(feedKindName(kind));
    return names;
}

QString sourceHealthName(SourceHealth health)
{
    switch (health) {
    case SourceHealth::Pending:
        return QStringLiteral("pending");
    case SourceHealth::Fresh:
        return QStringLiteral("fresh");
    case SourceHealth::Stale:
        return QStringLiteral("stale");
    case SourceHealth::Failing:
        return QStringLiteral("failing");
    }
    return QString();
}

std::optional<SourceHealth> sourceHealthFromName(QStringView name)
{
    for (SourceHealth health : allHealths) {
        if (name == sourceHealthName(health))
            return health;
    }
    return std::nullopt;
}

QString failureKindName(FailureKind kind)
{
    switch (kind) {
    case FailureKind::Unreachable:
        return QStringLiteral("unreachable");
    case FailureKind::Server:
        return QStringLiteral("server");
    case FailureKind::Content:
        return QStringLiteral("content");
    case FailureKind::Local:
        return QStringLiteral("local");
    }
    return QString();
}

void SourceStatus::recordSuccess(const QDateTime &now)
{
    lastAttempt = now;
    lastSuccess = now;
    lastError.clear();
}

void SourceStatus::recordFailure(const SourceError &error, const QDateTime &now)
{
    lastAttempt = now;
    lastError = error.message;
    lastFailure = error.kind;
}

SourceHealth SourceStatus::healthAt(const QDateTime &now, std::chrono::seconds interval) const
{
    if (!lastError.isEmpty())
        return SourceHealth::Failing;
    if (!lastSuccess.isValid())
        return SourceHealth::Pending;
    const qint64 ageSeconds = lastSuccess.secsTo(now);
    return ageSeconds > staleAfterIntervals * interval.count() ? SourceHealth::Stale : SourceHealth::Fresh;
}

} // namespace radar
