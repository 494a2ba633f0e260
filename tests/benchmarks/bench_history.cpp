// SPDX-License-Identifier: GPL-3.0-or-later
// The history chart at scale: N incidents (100,000 by default) spread over the year before a
// fixed `now`, more of them in working hours and on weekdays, of six providers (three clouds with
// regions, three Statuspage-like ones in "global"), 1 to 4 cells each, a few still open. Measures
// HistoryIndex::summarize() for each range (bars and figures, in Europe/Berlin, whose year has
// both DST changes), with filters, and startedIn() for one bar; each against the least any
// summary costs: one pass over the same N start times, in the same process, counting those in the
// range into fixed-width bars. Steps compared with each other take turns round by round. Not a
// test: it asserts nothing and prints medians of nsecsElapsed().
//
// Usage: bench_history [INCIDENTS=100000] [REPEATS=20]
#include "benchtiming.h"
#include "policy/historysummary.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace radar;

namespace {

constexpr int warmUpRounds = 3;
constexpr qint64 hourMs = 3600 * 1000;
constexpr qint64 dayMs = 24 * hourMs;

struct ProviderShape
{
    const char *id;
    int services;
    QStringList regions;
    int weight; // share of the incidents
};

QStringList numbered(const char *prefix, int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i)
        names << QLatin1String(prefix) + QString::number(i);
    return names;
}

const QList<ProviderShape> &providers()
{
    static const QList<ProviderShape> shapes {
        {"aws", 20, numbered("aws-region-", 12), 30},       {"gcp", 15, numbered("gcp-region", 10), 15},
        {"azure", 15, numbered("azureregion", 10), 15},     {"github", 10, {QStringLiteral("global")}, 20},
        {"cloudflare", 10, {QStringLiteral("global")}, 10}, {"atlassian", 8, {QStringLiteral("global")}, 10},
    };
    return shapes;
}

/// The same incidents on every run: a fixed seed.
QList<HistoryIncident> generate(int count, const QDateTime &now)
{
    std::mt19937_64 random(20261125);
    std::uniform_int_distribution<qint64> instant(now.toMSecsSinceEpoch() - 365 * dayMs,
                                                  now.toMSecsSinceEpoch());
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::lognormal_distribution<double> minutesLasted(std::log(45.0), 1.2);
    std::discrete_distribution<int> severity({5, 15, 40, 15, 25});
    const Status severities[] = {Status::MajorOutage, Status::PartialOutage, Status::Degraded,
                                 Status::Maintenance, Status::Informational};
    std::vector<int> weights;
    for (const ProviderShape &shape : providers())
        weights.push_back(shape.weight);
    std::discrete_distribution<int> provider(weights.begin(), weights.end());
    std::uniform_int_distribution<int> cellCount(1, 4);

    QList<HistoryIncident> incidents;
    incidents.reserve(count);
    while (incidents.size() < count) {
        const qint64 start = instant(random);
        const QDateTime started = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
        // Working hours and weekdays see more incidents (and more people to notice them).
        const int hourOfDay = started.time().hour();
        const bool busy = hourOfDay >= 8 && hourOfDay < 20 && started.date().dayOfWeek() <= 5;
        if (unit(random) > (busy ? 1.0 : 0.4))
            continue;
        const ProviderShape &shape = providers()[provider(random)];
        HistoryIncident incident;
        incident.provider = QLatin1String(shape.id);
        incident.id = QStringLiteral("%1-%2").arg(shape.id).arg(incidents.size());
        incident.title = QStringLiteral("Elevated error rates (%1)").arg(incidents.size());
        incident.severity = severities[severity(random)];
        incident.startedAt = started;
        const qint64 lasted = qint64(std::min(minutesLasted(random), 10.0 * 24 * 60) * 60000);
        // The most recent ones may still be open; older ones have all ended.
        if (start + lasted < now.toMSecsSinceEpoch() || unit(random) < 0.5) {
            incident.endedAt = QDateTime::fromMSecsSinceEpoch(start + lasted, Qt::UTC);
            incident.state = IncidentState::Resolved;
        }
        std::uniform_int_distribution<int> service(0, shape.services - 1);
        std::uniform_int_distribution<int> region(0, int(shape.regions.size()) - 1);
        for (int cell = cellCount(random); cell > 0; --cell)
            incident.affected.append({incident.provider, QStringLiteral("Service %1").arg(service(random)),
                                      shape.regions[region(random)]});
        incidents.append(incident);
    }
    return incidents;
}

using Step = std::function<void()>;

QList<qint64> mediansOf(int repeats, const QList<Step> &steps)
{
    QList<benchtiming::Step> rounds;
    for (const Step &step : steps)
        rounds << [step](int) {
            step();
        };
    return benchtiming::mediansOf(repeats, warmUpRounds, rounds);
}

using benchtiming::duration;
using benchtiming::printRow;

/// The baseline: fixed-width bars from `from`, counted in one pass over the start times.
Step plainPass(const std::vector<qint64> &starts, qint64 from, qint64 until, qint64 width,
               std::vector<int> &bars)
{
    return [&starts, from, until, width, &bars] {
        std::fill(bars.begin(), bars.end(), 0);
        for (qint64 start : starts) {
            if (start >= from && start < until)
                ++bars[size_t((start - from) / width)];
        }
    };
}

const char *rangeName(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Day:
        return "24 hours";
    case HistoryRange::Week:
        return "7 days";
    case HistoryRange::Month:
        return "30 days";
    case HistoryRange::Quarter:
        return "90 days";
    case HistoryRange::Year:
        break;
    }
    return "1 year";
}

qint64 barWidth(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Day:
        return hourMs;
    case HistoryRange::Year:
        return 7 * dayMs;
    default:
        return dayMs;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const int count = std::max(1, QCoreApplication::arguments().value(1, QStringLiteral("100000")).toInt());
    const int repeats = std::max(1, QCoreApplication::arguments().value(2, QStringLiteral("20")).toInt());
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    const QTimeZone zone("Europe/Berlin");

    QList<HistoryIncident> incidents = generate(count, now);
    // The store may load them in any order: the index must not care.
    std::shuffle(incidents.begin(), incidents.end(), std::mt19937_64(7));
    std::vector<qint64> starts;
    starts.reserve(size_t(incidents.size()));
    for (const HistoryIncident &incident : std::as_const(incidents))
        starts.push_back(incident.startedAt.toMSecsSinceEpoch());

    QElapsedTimer loading;
    loading.start();
    HistoryIndex index;
    for (const HistoryIncident &incident : std::as_const(incidents))
        index.upsert(incident);
    const qint64 loaded = loading.nsecsElapsed();
    const int replacements = std::min(1000, count);
    QElapsedTimer replacing;
    replacing.start();
    for (int i = 0; i < replacements; ++i)
        index.upsert(incidents[i]);
    const qint64 replaced = replacing.nsecsElapsed() / replacements;

    WatchList watchList;
    for (int service = 0; service < 5; ++service)
        watchList.toggle(
            WatchList::service(QStringLiteral("aws"), QStringLiteral("Service %1").arg(service)));
    watchList.toggle(WatchList::region(QStringLiteral("gcp"), QStringLiteral("gcp-region3")));
    watchList.toggle(
        WatchList::cell({QStringLiteral("github"), QStringLiteral("Service 1"), globalRegion()}));
    const HistoryFilter everything;
    const HistoryFilter oneProvider {QStringLiteral("aws"), {}, {}, false};
    const HistoryFilter serviceInRegion {QStringLiteral("aws"), QStringLiteral("Service 3"),
                                         QStringLiteral("aws-region-2"), false};
    const HistoryFilter watchedOnly {{}, {}, {}, true};

    std::fprintf(
        stderr, "history: %d incidents over the year before %s, %d providers, 1-4 cells each; zone %s\n",
        count, qPrintable(now.toString(Qt::ISODate)), int(providers().size()), zone.id().constData());
    std::fprintf(stderr, "medians of %d rounds, %d untimed first\n\n", repeats, warmUpRounds);

    int row = 0;
    std::vector<int> bars(128); // more than any range has
    for (HistoryRange range : allHistoryRanges) {
        HistorySummary summary;
        const HistorySummary shape = index.summarize(range, everything, watchList, now, zone);
        const qint64 from = shape.from.toMSecsSinceEpoch();
        const qint64 until = shape.buckets.constLast().end.toMSecsSinceEpoch();
        const Step ours = [&] {
            summary = index.summarize(range, everything, watchList, now, zone);
        };
        const QList<qint64> medians =
            mediansOf(repeats, {ours, plainPass(starts, from, until, barWidth(range), bars)});
        printRow(QStringLiteral("%1. summarize, %2").arg(++row).arg(QLatin1String(rangeName(range))),
                 medians[0], medians[1],
                 QStringLiteral("%1 bars, %2 incidents counted, no filter")
                     .arg(summary.buckets.size())
                     .arg(summary.figures.total));
    }

    // The busiest week's incidents, as a click on its bar asks for them.
    const HistorySummary year = index.summarize(HistoryRange::Year, everything, watchList, now, zone);
    const Step baseline = plainPass(starts, year.from.toMSecsSinceEpoch(),
                                    year.buckets.constLast().end.toMSecsSinceEpoch(), 7 * dayMs, bars);
    const QList<QPair<const char *, HistoryFilter>> filters {
        {"provider", oneProvider}, {"service in a region", serviceInRegion}, {"watched only", watchedOnly}};
    for (const auto &[name, filter] : filters) {
        HistorySummary summary;
        const Step ours = [&, filter = filter] {
            summary = index.summarize(HistoryRange::Year, filter, watchList, now, zone);
        };
        const QList<qint64> medians = mediansOf(repeats, {ours, baseline});
        printRow(QStringLiteral("%1. ... 1 year, %2").arg(++row).arg(QLatin1String(name)), medians[0],
                 medians[1], QStringLiteral("%1 incidents counted").arg(summary.figures.total));
    }

    const HistoryBucket busiest = *std::max_element(
        year.buckets.cbegin(), year.buckets.cend(),
        [](const HistoryBucket &a, const HistoryBucket &b) { return a.total() < b.total(); });
    QList<HistoryIncident> listed;
    const QList<qint64> clicked = mediansOf(
        repeats,
        {[&] { listed = index.startedIn(everything, watchList, busiest.start, busiest.end); }, baseline});
    printRow(QStringLiteral("%1. startedIn, busiest week").arg(++row), clicked[0], clicked[1],
             QStringLiteral("%1 incidents listed, newest first").arg(listed.size()));
    printRow(QStringLiteral("%1. load, shuffled order").arg(++row), loaded, -1,
             QStringLiteral("%1 upserts into an empty index; no baseline").arg(count));
    printRow(QStringLiteral("%1. upsert, replacing").arg(++row), replaced, -1,
             QStringLiteral("mean of %1 upserts of known incidents; no baseline").arg(replacements));
    return 0;
}
