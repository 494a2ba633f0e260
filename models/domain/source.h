// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

namespace radar {

/// Which adapter reads a source's bytes. Auto means "detect from the content".
enum class FeedKind : quint8 {
    Auto,
    Statuspage, // Atlassian Statuspage /api/v2/summary.json, and incident.io's imitation
    AwsHealth, // health.aws.amazon.com/public/currentevents (JSON, usually UTF-16)
    GoogleCloud, // status.cloud.google.com/incidents.json
    Instatus, // Instatus summary.json (v1 and v3) and v3/components.json
    Slack, // slack-status.com api/v2.0.0 current and history
    StatusIo, // the Status.io public status API
    FireHydrant, // FireHydrant status pages' data/payload.json
    AwsRss, // the AWS status RSS feeds: per service-region, per service, all.rss
    Azure, // the Azure status RSS feed
    RssHistory, // any RSS 2.0 or Atom incident history (Statuspage history.rss / history.atom, ...)
};

QString feedKindName(FeedKind kind);
std::optional<FeedKind> feedKindFromName(QStringView name);
QStringList feedKindNames();

inline constexpr std::chrono::seconds defaultPollInterval {60};
inline constexpr std::chrono::seconds minimumPollInterval {15};
/// A day: a feed polled less often is no early warning of anything.
inline constexpr std::chrono::seconds maximumPollInterval {24 * 3600};

/// One URL polled with one adapter.
struct SourceConfig
{
    QString id; // stable, unique among sources: "github"
    QString name; // shown to people: "GitHub"
    QUrl url;
    FeedKind kind = FeedKind::Auto;
    std::chrono::seconds interval = defaultPollInterval;
    bool enabled = true; // a configured source the user switched off is kept, but not polled
    // What the user chose to see of the feed: service and region ids. Empty shows everything.
    QStringList services {};
    QStringList regions {};
    // A private status page's credential: the HTTP header it goes in ("Authorization"), saved with
    // the source, and its value, which lives in the OS keychain only and is filled in at run time.
    // The value is never written to settings, logs or exported configurations.
    QString secretHeader {};
    QString secretValue {};

    friend bool operator==(const SourceConfig &a, const SourceConfig &b)
    {
        return a.id == b.id && a.name == b.name && a.url == b.url && a.kind == b.kind
            && a.interval == b.interval && a.enabled == b.enabled && a.services == b.services
            && a.regions == b.regions && a.secretHeader == b.secretHeader && a.secretValue == b.secretValue;
    }
    friend bool operator!=(const SourceConfig &a, const SourceConfig &b) { return !(a == b); }
};

/// True when both name the same feed: the same URL read by the same adapter. Anything else is a
/// new source, whose history starts afresh.
inline bool sameFeed(const SourceConfig &a, const SourceConfig &b)
{
    return a.url == b.url && a.kind == b.kind;
}

/// Whether a source's data can be trusted now (ARCHITECTURE.md §3).
enum class SourceHealth : quint8 {
    Pending, // not fetched yet
    Fresh,
    Stale, // the last good data is older than staleAfterIntervals poll intervals
    Failing, // the last attempt failed
};

inline constexpr int staleAfterIntervals = 3;

QString sourceHealthName(SourceHealth health);
/// Parses sourceHealthName() output; std::nullopt for anything else.
std::optional<SourceHealth> sourceHealthFromName(QStringView name);

/// Where a failure happened; the offline verdict only counts failures to reach a server at all.
enum class FailureKind : quint8 {
    Unreachable, // no connection or no complete answer: refused, DNS, reset, timeout
    Server, // the server answered, but with an error: HTTP 4xx/5xx, TLS, a refused redirect, too large
    Content, // the answer was not a status feed the adapter could read
    Local, // a file:// source that cannot be read, an unsupported URL
};

QString failureKindName(FailureKind kind);

/// Why a fetch or a parse failed, in words a person can act on.
struct SourceError
{
    QString message; // "unreachable: Connection refused", "not a status feed: ..."
    FailureKind kind = FailureKind::Server;
};

/// What is known about a source's fetching, independent of what it reported.
struct SourceStatus
{
    QDateTime lastAttempt; // UTC
    QDateTime lastSuccess; // UTC
    QString lastError; // empty when the last attempt succeeded
    FailureKind lastFailure = FailureKind::Server; // meaningful only while lastError is set
    QDateTime nextAttempt; // UTC, null when none is scheduled

    /// An attempt that gave data (or confirmed the data held) at `now`.
    void recordSuccess(const QDateTime &now);
    /// An attempt that failed at `now`.
    void recordFailure(const SourceError &error, const QDateTime &now);

    /// Fresh, stale, failing or pending at `now` for a source polled every `interval`.
    SourceHealth healthAt(const QDateTime &now, std::chrono::seconds interval) const;
};

} // namespace radar

Q_DECLARE_METATYPE(radar::FeedKind)
Q_DECLARE_METATYPE(radar::SourceHealth)
Q_DECLARE_METATYPE(radar::FailureKind)
Q_DECLARE_METATYPE(radar::SourceError)
Q_DECLARE_METATYPE(radar::SourceConfig)
