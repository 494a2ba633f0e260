// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/history.h"
#include "domain/watchlist.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <array>
#include <memory>
#include <optional>

namespace radar {

/// The periods the history chart shows, and the width of its bars: hours for 24 h, days for
/// 7, 30 and 90 days, weeks (starting Monday) for a year. Bars follow the local calendar.
enum class HistoryRange : quint8 { Day, Week, Month, Quarter, Year };
inline constexpr std::array allHistoryRanges {HistoryRange::Day, HistoryRange::Week, HistoryRange::Month,
                                              HistoryRange::Quarter, HistoryRange::Year};
/// The stable name kept in the settings: "day", "week", "month", "quarter" or "year".
QString historyRangeName(HistoryRange range);
/// Reads historyRangeName() output; std::nullopt for anything else.
std::optional<HistoryRange> historyRangeFromName(QStringView name);

/// The stacks of a bar, worst first: every incident counts in the band of the worst severity it reached.
enum class SeverityBand : quint8 { Major, Partial, Degraded, Maintenance, Informational };
inline constexpr int severityBandCount = 5;
SeverityBand severityBand(Status severity); // operational and unknown count as informational
/// The status a band stands for (its colour and words): Informational for the last.
Status bandStatus(SeverityBand band);

/// Which incidents the chart counts. Empty strings match everything. An incident matches when it
/// is the provider's and one of its cells satisfies all the rest at once: "EC2 in us-east-1" is
/// not matched by an incident of EC2 in eu-west-1 and S3 in us-east-1.
struct HistoryFilter
{
    QString provider; // provider id
    QString service; // service id
    QString region; // region id
    bool watchedOnly = false; // only incidents touching a watched cell (by the watch list passed in)

    friend bool operator==(const HistoryFilter &a, const HistoryFilter &b)
    {
        return a.provider == b.provider && a.service == b.service && a.region == b.region
            && a.watchedOnly == b.watchedOnly;
    }
};

struct HistoryBucket
{
    QDateTime start; // UTC; the bar covers [start, end)
    QDateTime end;
    std::array<int, severityBandCount> counts {}; // incidents that started in the bar, by band

    int total() const;
};

/// How many incidents touched one service or region in the range.
struct HistoryTally
{
    QString provider;
    QString name; // service id, or region id
    int incidents = 0;
};

/// The figures beside the chart. The counted incidents are the ones the filter matches that
/// started in the bars: from `from` to the end of the last bar (so a maintenance announced for later
/// in the current hour, day or week counts).
struct HistoryFigures
{
    std::array<int, severityBandCount> bySeverity {}; // counted incidents, by band
    int total = 0;
    // Time within the range, up to `now`, during which at least one incident the filter matches was
    // open (overlaps count once), in seconds: incidents that started before the range count for
    // the part inside it. Open incidents count up to `now`.
    qint64 impactSeconds = 0;
    int resolvedCount = 0; // counted incidents that have ended
    qint64 meanTimeToResolveSeconds = -1; // over resolvedCount; -1 when none ended
    // The longest counted incident (open ones up to `now`); of equals, the one that started first.
    std::optional<HistoryIncident> longest;
    qint64 longestSeconds = 0;
    // Most affected first, at most 5; equals by provider, then by name. An incident counts once per
    // service and per region whatever its number of cells there. The provider's own cell (no
    // service) is not a service, and "global" is not a place: neither is ranked.
    QList<HistoryTally> topServices;
    QList<HistoryTally> topRegions;
};

struct HistorySummary
{
    HistoryRange range = HistoryRange::Week;
    HistoryFilter filter;
    QDateTime from; // UTC: the start of the first bar
    QDateTime to; // UTC: `now`
    QList<HistoryBucket> buckets; // oldest first, the last one holds `now`
    HistoryFigures figures;
    // What the filter can choose from: the providers, services and regions of every incident that
    // started in the bars (not narrowed by the filter), sorted. Services leave out the provider's
    // own cell; regions keep "global".
    QStringList providers;
    QList<QPair<QString, QString>> services; // (provider, service)
    QList<QPair<QString, QString>> regions; // (provider, region)
};

/// Every incident of the history in a form that is quick to count: the store's worker keeps one,
/// loads it once and updates it with each batch, and answers the chart from it without SQL.
/// Pure logic; the caller passes the time and the time zone the bars follow.
class HistoryIndex
{
public:
    HistoryIndex();
    ~HistoryIndex();
    HistoryIndex(const HistoryIndex &other);
    HistoryIndex &operator=(const HistoryIndex &other);

    /// Adds the incident, or replaces the one with the same provider and id. One without a start has
    /// no bar to count in: it is left out, and the one it would replace goes.
    void upsert(const HistoryIncident &incident);
    /// Drops incidents that ended before `before`.
    void removeEndedBefore(const QDateTime &before);
    void clear();
    int size() const;

    HistorySummary summarize(HistoryRange range, const HistoryFilter &filter, const WatchList &watchList,
                             const QDateTime &now, const QTimeZone &zone = QTimeZone::systemTimeZone()) const;
    /// The incidents the filter counts that started in [from, to), newest first: the bar a user clicked.
    QList<HistoryIncident> startedIn(const HistoryFilter &filter, const WatchList &watchList,
                                     const QDateTime &from, const QDateTime &to) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace radar

Q_DECLARE_METATYPE(radar::HistorySummary)
