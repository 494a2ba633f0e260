// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedurl.h"

namespace radar {

namespace {

struct KnownPage
{
    const char *host;
    const char *feed;
};

// Status pages whose machine-readable feed is not where the page is.
constexpr KnownPage knownPages[] = {
    {"health.aws.amazon.com", "https://health.aws.amazon.com/public/currentevents"},
    {"status.aws.amazon.com", "https://health.aws.amazon.com/public/currentevents"},
    {"status.cloud.google.com", "https://status.cloud.google.com/incidents.json"},
    {"azure.status.microsoft", "https://azure.status.microsoft/en-us/status/feed/"},
    {"status.azure.com", "https://azure.status.microsoft/en-us/status/feed/"},
    {"slack-status.com", "https://slack-status.com/api/v2.0.0/current"},
    {"status.slack.com", "https://slack-status.com/api/v2.0.0/current"},
};

bool isFeedPath(const QString &path)
{
    return path.endsWith(QLatin1StringView(".json")) || path.endsWith(QLatin1StringView(".rss"))
        || path.endsWith(QLatin1StringView(".atom")) || path.endsWith(QLatin1StringView(".xml"))
        || path.contains(QLatin1StringView("/feed")) || path.contains(QLatin1StringView("/api/"))
        || path.contains(QLatin1StringView("/public/currentevents"));
}

} // namespace

QUrl feedUrlFor(const QUrl &pasted)
{
    if (pasted.scheme() != QLatin1StringView("http") && pasted.scheme() != QLatin1StringView("https"))
        return pasted;
    const QString host = pasted.host().toLower();
    const QString path = pasted.path();
    if (isFeedPath(path))
        return pasted;
    for (const KnownPage &page : knownPages) {
        if (host == QLatin1StringView(page.host))
            return QUrl(QString::fromLatin1(page.feed));
    }
    if (path.isEmpty() || path == QLatin1StringView("/")) {
        QUrl feed = pasted;
        feed.setPath(QStringLiteral("/api/v2/summary.json"));
        feed.setQuery(QString());
        feed.setFragment(QString());
        return feed;
    }
    return pasted;
}

} // namespace radar
