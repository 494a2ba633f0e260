// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysummary.h"

#include "historyindexdata.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace radar {

using historyindex::dayOf;
using historyindex::floorDivide;
using historyindex::hourMs;
using historyindex::InternedPairs;
using historyindex::InternedStrings;
using historyindex::msOf;
using historyindex::openEnd;

namespace {

constexpr int topTallies = 5;

QDateTime instantOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

int barCount(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Day:
        return 24;
    case HistoryRange::Week:
        return 7;
    case HistoryRange::Month:
        return 30;
    case HistoryRange::Quarter:
        return 90;
    case HistoryRange::Year:
        break;
    }
    return 53;
}

// The bars' edges, oldest first: barCount() + 1 instants, the last bar holding `now`.
std::vector<qint64> barEdges(HistoryRange range, const QDateTime &now, const QTimeZone &zone)
{
    const int bars = barCount(range);
    std::vector<qint64> edges;
    edges.reserve(size_t(bars) + 1);
    if (range == HistoryRange::Day) {
        // Hours are counted back in real time, so the hour a DST change repeats gets two bars and
        // the one it skips none. The offset of `now` places them: +05:30 hours are not UTC hours.
        const qint64 offsetMs = qint64(zone.offsetFromUtc(now)) * 1000;
        const qint64 current = floorDivide(msOf(now) + offsetMs, hourMs) * hourMs - offsetMs;
        for (int back = bars - 1; back >= -1; --back)
            edges.push_back(current - back * hourMs);
        return edges;
    }
    // Days and weeks follow the calendar: startOfDay() knows the 23- and 25-hour days, and the
    // zones whose midnight a DST change skips.
    const QDate today = now.toTimeZone(zone).date();
    const bool weeks = range == HistoryRange::Year;
    const QDate current = weeks ? today.addDays(1 - today.dayOfWeek()) : today;
    const int step = weeks ? 7 : 1;
    for (int back = bars - 1; back >= -1; --back)
        edges.push_back(msOf(current.addDays(-qint64(back) * step).startOfDay(zone)));
    return edges;
}

} // namespace

QString historyRangeName(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Day:
        return QStringLiteral("day");
    case HistoryRange::Week:
        return QStringLiteral("week");
    case HistoryRange::Month:
        return QStringLiteral("month");
    case HistoryRange::Quarter:
        return QStringLiteral("quarter");
    case HistoryRange::Year:
        break;
    }
    return QStringLiteral("year");
}

std::optional<HistoryRange> historyRangeFromName(QStringView name)
{
    for (HistoryRange range : allHistoryRanges) {
        if (name == historyRangeName(range))
            return range;
    }
    return std::nullopt;
}

SeverityBand severityBand(Status severity)
{
    switch (severity) {
    case Status::MajorOutage:
        return SeverityBand::Major;
    case Status::PartialOutage:
        return SeverityBand::Partial;
    case Status::Degraded:
        return SeverityBand::Degraded;
    case Status::Maintenance:
        return SeverityBand::Maintenance;
    case Status::Operational:
    case Status::Informational:
    case Status::Unknown:
        break;
    }
    return SeverityBand::Informational;
}

Status bandStatus(SeverityBand band)
{
    switch (band) {
    case SeverityBand::Major:
        return Status::MajorOutage;
    case SeverityBand::Partial:
        return Status::PartialOutage;
    case SeverityBand::Degraded:
        return Status::Degraded;
    case SeverityBand::Maintenance:
        return Status::Maintenance;
    case SeverityBand::Informational:
        break;
    }
    return Status::Informational;
}

int HistoryBucket::total() const
{
    int sum = 0;
    for (int count : counts)
        sum += count;
    return sum;
}

/// Whether the filter counts a record. The watch list is asked once per cell, when first needed.
class HistoryIndex::Data::Matcher
{
public:
    Matcher(const Data &index, const HistoryFilter &filter, const WatchList &watchList)
        : m_cells(index.cells)
        , m_watchList(watchList)
        , m_watchedOnly(filter.watchedOnly)
    {
        // A name the history has never seen matches nothing, rather than everything.
        const auto wanted = [&](const QString &text, const InternedStrings &names, qint32 &id) {
            id = text.isEmpty() ? -1 : names.find(text);
            if (!text.isEmpty() && id < 0)
                m_nothing = true;
        };
        wanted(filter.provider, index.providers, m_provider);
        wanted(filter.service, index.serviceNames, m_serviceName);
        wanted(filter.region, index.regionNames, m_regionName);
        m_byCell = m_serviceName >= 0 || m_regionName >= 0 || m_watchedOnly;
        if (!m_byCell || m_nothing)
            return;
        // Whether each cell passes, decided once: many incidents share few cells.
        m_cellPasses.assign(index.cells.size(), Unknown);
        for (size_t cell = 0; cell < index.cells.size(); ++cell) {
            const qint32 service = index.cellService[cell];
            const qint32 region = index.cellRegion[cell];
            const bool passes =
                (m_serviceName < 0 || (service >= 0 && index.services.name(service) == m_serviceName))
                && (m_regionName < 0 || index.regions.name(region) == m_regionName);
            m_cellPasses[cell] = passes ? (m_watchedOnly ? Unknown : Yes) : No;
        }
    }

    /// `ids` are the record's own, from its day.
    bool matches(const Record &record, const qint32 *ids)
    {
        if (m_nothing || (m_provider >= 0 && record.provider != m_provider))
            return false;
        if (!m_byCell)
            return true;
        for (qint32 i = 0; i < record.cellCount; ++i) {
            if (passes(ids[i]))
                return true;
        }
        return false;
    }

private:
    enum Verdict : qint8 { Unknown, Yes, No };

    bool passes(qint32 cell)
    {
        qint8 &verdict = m_cellPasses[size_t(cell)];
        if (verdict == Unknown)
            verdict = m_watchList.isWatched(m_cells[size_t(cell)]) ? Yes : No;
        return verdict == Yes;
    }

    const std::vector<CellKey> &m_cells;
    const WatchList &m_watchList;
    bool m_watchedOnly = false;
    bool m_nothing = false;
    bool m_byCell = false;
    qint32 m_provider = -1;
    qint32 m_serviceName = -1;
    qint32 m_regionName = -1;
    std::vector<qint8> m_cellPasses;
};

namespace {

/// The length of the union of intervals given in order of their starts.
class Union
{
public:
    void add(qint64 start, qint64 end)
    {
        if (end <= start)
            return;
        if (start > m_end) {
            m_total += m_end - m_start;
            m_start = start;
            m_end = end;
        } else {
            m_end = std::max(m_end, end);
        }
    }
    qint64 total() const { return m_total + (m_end - m_start); }

private:
    qint64 m_total = 0;
    qint64 m_start = std::numeric_limits<qint64>::min();
    qint64 m_end = std::numeric_limits<qint64>::min();
};

QList<HistoryTally> topOf(const std::vector<int> &counts, const InternedPairs &pairs,
                          const InternedStrings &providers, const InternedStrings &names, qint32 skippedName)
{
    std::vector<qint32> ids;
    for (size_t id = 0; id < counts.size(); ++id) {
        if (counts[id] > 0 && pairs.name(qint32(id)) != skippedName)
            ids.push_back(qint32(id));
    }
    // Ties by name, so the list does not shuffle from one refresh to the next.
    const auto before = [&](qint32 a, qint32 b) {
        if (counts[size_t(a)] != counts[size_t(b)])
            return counts[size_t(a)] > counts[size_t(b)];
        const QString &aProvider = providers.text(pairs.provider(a));
        const QString &bProvider = providers.text(pairs.provider(b));
        if (aProvider != bProvider)
            return aProvider < bProvider;
        return names.text(pairs.name(a)) < names.text(pairs.name(b));
    };
    const auto last = ids.begin() + std::min<ptrdiff_t>(topTallies, ptrdiff_t(ids.size()));
    std::partial_sort(ids.begin(), last, ids.end(), before);
    QList<HistoryTally> top;
    for (auto id = ids.begin(); id != last; ++id)
        top.append({providers.text(pairs.provider(*id)), names.text(pairs.name(*id)), counts[size_t(*id)]});
    return top;
}

QList<QPair<QString, QString>> namedPairs(const std::vector<char> &seen, const InternedPairs &pairs,
                                          const InternedStrings &providers, const InternedStrings &names)
{
    QList<QPair<QString, QString>> named;
    for (size_t id = 0; id < seen.size(); ++id) {
        if (seen[id])
            named.append({providers.text(pairs.provider(qint32(id))), names.text(pairs.name(qint32(id)))});
    }
    std::sort(named.begin(), named.end());
    return named;
}

} // namespace

HistorySummary HistoryIndex::summarize(HistoryRange range, const HistoryFilter &filter,
                                       const WatchList &watchList, const QDateTime &now,
                                       const QTimeZone &zone) const
{
    const QTimeZone bars = zone.isValid() ? zone : QTimeZone::utc();
    const std::vector<qint64> edges = barEdges(range, now, bars);
    const qint64 from = edges.front();
    const qint64 until = edges.back();
    const qint64 nowMs = msOf(now);

    HistorySummary summary;
    summary.range = range;
    summary.filter = filter;
    summary.from = instantOf(from);
    summary.to = now.toUTC();
    summary.buckets.resize(qsizetype(edges.size()) - 1);
    for (qsizetype bar = 0; bar < summary.buckets.size(); ++bar) {
        summary.buckets[bar].start = instantOf(edges[size_t(bar)]);
        summary.buckets[bar].end = instantOf(edges[size_t(bar) + 1]);
    }

    Data::Matcher matcher(*d, filter, watchList);
    HistoryFigures &figures = summary.figures;
    Union impact;
    qint64 resolvingMs = 0;
    qint64 longestMs = -1;
    qint32 longestSlot = -1;
    std::vector<int> serviceTally(size_t(d->services.size()), 0);
    std::vector<int> regionTally(size_t(d->regions.size()), 0);
    std::vector<char> providerSeen(size_t(d->providers.size()), 0);
    std::vector<char> serviceSeen(size_t(d->services.size()), 0);
    std::vector<char> regionSeen(size_t(d->regions.size()), 0);
    size_t bar = 0;

    for (const auto &[number, day] : d->days) {
        if (number > dayOf(until - 1))
            break;
        for (const Data::Record &record : day.records) {
            if (record.start >= until)
                break;
            const qint32 *const ids = day.idsOf(record);
            if (record.start < from) {
                // Started before the range and still open in it: its time counts, not itself.
                if (record.end > from && matcher.matches(record, ids))
                    impact.add(from, std::min(record.end, nowMs));
                continue;
            }
            const qint32 *const services = ids + record.cellCount;
            const qint32 *const regions = services + record.serviceCount;
            const qint32 *const last = regions + record.regionCount;
            providerSeen[size_t(record.provider)] = 1;
            for (const qint32 *id = services; id != regions; ++id)
                serviceSeen[size_t(*id)] = 1;
            for (const qint32 *id = regions; id != last; ++id)
                regionSeen[size_t(*id)] = 1;
            if (!matcher.matches(record, ids))
                continue;

            // Records come in order of their starts, so the bar only ever moves forward.
            while (record.start >= edges[bar + 1])
                ++bar;
            ++summary.buckets[qsizetype(bar)].counts[size_t(record.band)];
            ++figures.bySeverity[size_t(record.band)];
            ++figures.total;
            const qint64 end = std::min(record.end, nowMs);
            impact.add(record.start, end);
            if (record.end != openEnd) {
                ++figures.resolvedCount;
                resolvingMs += std::max<qint64>(0, record.end - record.start);
            }
            const qint64 lasted = std::max<qint64>(0, end - record.start);
            // On a tie the earlier one stays: records come oldest first.
            if (lasted > longestMs) {
                longestMs = lasted;
                longestSlot = record.slot;
            }
            for (const qint32 *id = services; id != regions; ++id)
                ++serviceTally[size_t(*id)];
            for (const qint32 *id = regions; id != last; ++id)
                ++regionTally[size_t(*id)];
        }
    }

    figures.impactSeconds = impact.total() / 1000;
    if (figures.resolvedCount > 0)
        figures.meanTimeToResolveSeconds = resolvingMs / figures.resolvedCount / 1000;
    if (longestSlot >= 0) {
        figures.longest = d->incidents[size_t(longestSlot)];
        figures.longestSeconds = longestMs / 1000;
    }
    figures.topServices = topOf(serviceTally, d->services, d->providers, d->serviceNames, -1);
    // "global" says nothing about where: the regions that rank are real places.
    figures.topRegions = topOf(regionTally, d->regions, d->providers, d->regionNames, d->globalRegion);

    for (size_t provider = 0; provider < providerSeen.size(); ++provider) {
        if (providerSeen[provider])
            summary.providers.append(d->providers.text(qint32(provider)));
    }
    std::sort(summary.providers.begin(), summary.providers.end());
    summary.services = namedPairs(serviceSeen, d->services, d->providers, d->serviceNames);
    summary.regions = namedPairs(regionSeen, d->regions, d->providers, d->regionNames);
    return summary;
}

QList<HistoryIncident> HistoryIndex::startedIn(const HistoryFilter &filter, const WatchList &watchList,
                                               const QDateTime &from, const QDateTime &to) const
{
    const qint64 first = msOf(from);
    const qint64 until = msOf(to);
    Data::Matcher matcher(*d, filter, watchList);
    std::vector<const Data::Record *> found;
    for (auto day = d->days.lower_bound(dayOf(first)); day != d->days.end() && day->first <= dayOf(until - 1);
         ++day) {
        for (const Data::Record &record : day->second.records) {
            if (record.start >= first && record.start < until
                && matcher.matches(record, day->second.idsOf(record)))
                found.push_back(&record);
        }
    }
    // Newest first, ties in a fixed order.
    std::sort(found.begin(), found.end(), [this](const Data::Record *a, const Data::Record *b) {
        if (a->start != b->start)
            return a->start > b->start;
        return d->incidents[size_t(a->slot)].key() < d->incidents[size_t(b->slot)].key();
    });
    QList<HistoryIncident> incidents;
    incidents.reserve(qsizetype(found.size()));
    for (const Data::Record *record : found)
        incidents.append(d->incidents[size_t(record->slot)]);
    return incidents;
}

} // namespace radar
