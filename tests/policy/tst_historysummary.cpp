// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/historysummary.h"

#include <QTest>

#include <limits>

using namespace radar;

namespace {

constexpr qint64 hour = 3600;

// Hours from the start of a range, start and end.
using Spans = QList<QPair<int, int>>;
constexpr int stillOpen = std::numeric_limits<int>::min();

QDateTime utc(int year, int month, int day, int hours = 0, int minutes = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hours, minutes), Qt::UTC);
}

// A Wednesday at noon: the week began on Monday the 23rd.
const QDateTime now = utc(2026, 11, 25, 12);
const QTimeZone utcZone = QTimeZone::utc();

CellKey cell(const QString &provider, const QString &service, const QString &region)
{
    return {provider, service, region};
}

HistoryIncident incident(const QString &provider, const QString &id, const QDateTime &start,
                         const QDateTime &end = QDateTime(), Status severity = Status::Degraded,
                         const QList<CellKey> &cells = {})
{
    HistoryIncident result;
    result.provider = provider;
    result.id = id;
    result.title = QStringLiteral("Incident ") + id;
    result.severity = severity;
    result.state = end.isValid() ? IncidentState::Resolved : IncidentState::Investigating;
    result.startedAt = start;
    result.endedAt = end;
    result.affected = cells;
    return result;
}

QStringList idsOf(const QList<HistoryIncident> &incidents)
{
    QStringList ids;
    for (const HistoryIncident &each : incidents)
        ids.append(each.id);
    return ids;
}

QStringList talliesOf(const QList<HistoryTally> &tallies)
{
    QStringList lines;
    for (const HistoryTally &tally : tallies)
        lines.append(QStringLiteral("%1/%2=%3").arg(tally.provider, tally.name).arg(tally.incidents));
    return lines;
}

// Five incidents over three providers, each a different shape of cells.
HistoryIndex filterSample()
{
    const QDateTime start = utc(2026, 11, 24, 8);
    HistoryIndex index;
    index.upsert(incident(QStringLiteral("aws"), QStringLiteral("a"), start, {}, Status::Degraded,
                          {cell(QStringLiteral("aws"), QStringLiteral("EC2"), QStringLiteral("us-east-1"))}));
    index.upsert(incident(QStringLiteral("aws"), QStringLiteral("b"), start.addSecs(hour), {},
                          Status::Degraded,
                          {cell(QStringLiteral("aws"), QStringLiteral("S3"), QStringLiteral("eu-west-1")),
                           cell(QStringLiteral("aws"), QStringLiteral("EC2"), QStringLiteral("eu-west-1"))}));
    index.upsert(
        incident(QStringLiteral("gcp"), QStringLiteral("c"), start.addSecs(2 * hour), {}, Status::Degraded,
                 {cell(QStringLiteral("gcp"), QStringLiteral("Compute"), QStringLiteral("us-east1"))}));
    index.upsert(incident(QStringLiteral("github"), QStringLiteral("d"), start.addSecs(3 * hour), {},
                          Status::Degraded,
                          {cell(QStringLiteral("github"), QString(), QStringLiteral("global"))}));
    index.upsert(
        incident(QStringLiteral("github"), QStringLiteral("e"), start.addSecs(4 * hour), {}, Status::Degraded,
                 {cell(QStringLiteral("github"), QStringLiteral("Actions"), QStringLiteral("global"))}));
    return index;
}

} // namespace

class TestHistorySummary : public QObject
{
    Q_OBJECT
private slots:
    void barEdges_data();
    void barEdges();
    void hourRepeatedAtDstEndGetsTwoBars();
    void rangeNames();
    void bandOfSeverity_data();
    void bandOfSeverity();
    void countsEachIncidentInTheBarItStarted();
    void filters_data();
    void filters();
    void choicesAreNotNarrowedByTheFilter();
    void impactTime_data();
    void impactTime();
    void resolveTimeAndLongest();
    void topServicesAndRegions();
    void upsertReplacesByKey();
    void replacingOftenKeepsEveryCount();
    void removeEndedBefore();
    void startedInNewestFirst();
    void copiesAreIndependent();
};

void TestHistorySummary::barEdges_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<HistoryRange>("range");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<int>("bars");
    QTest::addColumn<QDateTime>("firstStart");
    QTest::addColumn<QDateTime>("lastStart");
    QTest::addColumn<QDateTime>("lastEnd");
    QTest::addColumn<int>("probe"); // a bar whose length is checked
    QTest::addColumn<int>("probeHours");

    QTest::newRow("hours, UTC") << QByteArray("UTC") << HistoryRange::Day << utc(2026, 11, 25, 12, 34) << 24
                                << utc(2026, 11, 24, 13) << utc(2026, 11, 25, 12) << utc(2026, 11, 25, 13)
                                << 0 << 1;
    QTest::newRow("hours, half-hour offset")
        << QByteArray("Asia/Kolkata") << HistoryRange::Day << utc(2026, 11, 25, 12, 34) << 24
        << utc(2026, 11, 24, 13, 30) << utc(2026, 11, 25, 12, 30) << utc(2026, 11, 25, 13, 30) << 5 << 1;
    QTest::newRow("hours, Berlin across the DST end")
        << QByteArray("Europe/Berlin") << HistoryRange::Day << utc(2026, 10, 25, 3, 30) << 24
        << utc(2026, 10, 24, 4) << utc(2026, 10, 25, 3) << utc(2026, 10, 25, 4) << 22 << 1;
    QTest::newRow("days, UTC") << QByteArray("UTC") << HistoryRange::Week << now << 7 << utc(2026, 11, 19)
                               << utc(2026, 11, 25) << utc(2026, 11, 26) << 3 << 24;
    QTest::newRow("days, Berlin, the 25-hour day")
        << QByteArray("Europe/Berlin") << HistoryRange::Month << utc(2026, 11, 10, 12) << 30
        << utc(2026, 10, 11, 22) << utc(2026, 11, 9, 23) << utc(2026, 11, 10, 23) << 13 << 25;
    QTest::newRow("days, Berlin, the 23-hour day")
        << QByteArray("Europe/Berlin") << HistoryRange::Week << utc(2026, 3, 31, 10) << 7
        << utc(2026, 3, 24, 23) << utc(2026, 3, 30, 22) << utc(2026, 3, 31, 22) << 4 << 23;
    QTest::newRow("days, UTC, a quarter")
        << QByteArray("UTC") << HistoryRange::Quarter << now << 90 << utc(2026, 8, 28) << utc(2026, 11, 25)
        << utc(2026, 11, 26) << 89 << 24;
    QTest::newRow("weeks, UTC, from Monday")
        << QByteArray("UTC") << HistoryRange::Year << now << 53 << utc(2025, 11, 24) << utc(2026, 11, 23)
        << utc(2026, 11, 30) << 0 << 168;
    // Sunday 23:30 in UTC is already Monday in Berlin: the new week has begun there.
    QTest::newRow("weeks, Berlin, Monday before UTC's")
        << QByteArray("Europe/Berlin") << HistoryRange::Year << utc(2026, 11, 22, 23, 30) << 53
        << utc(2025, 11, 23, 23) << utc(2026, 11, 22, 23) << utc(2026, 11, 29, 23) << 47 << 169;
}

void TestHistorySummary::barEdges()
{
    QFETCH(QByteArray, zone);
    QFETCH(HistoryRange, range);
    QFETCH(QDateTime, at);
    QFETCH(int, bars);
    QFETCH(QDateTime, firstStart);
    QFETCH(QDateTime, lastStart);
    QFETCH(QDateTime, lastEnd);
    QFETCH(int, probe);
    QFETCH(int, probeHours);

    const QTimeZone timeZone(zone);
    QVERIFY(timeZone.isValid());
    const HistorySummary summary = HistoryIndex().summarize(range, {}, {}, at, timeZone);
    QCOMPARE(summary.range, range);
    QCOMPARE(summary.buckets.size(), bars);
    QCOMPARE(summary.from, firstStart);
    QCOMPARE(summary.to, at);
    QCOMPARE(summary.buckets.constFirst().start, firstStart);
    QCOMPARE(summary.buckets.constLast().start, lastStart);
    QCOMPARE(summary.buckets.constLast().end, lastEnd);
    QVERIFY(summary.buckets.constLast().start <= at && at < lastEnd);
    QCOMPARE(summary.buckets[probe].start.secsTo(summary.buckets[probe].end), probeHours * hour);
    for (qsizetype bar = 0; bar < summary.buckets.size(); ++bar) {
        const HistoryBucket &bucket = summary.buckets[bar];
        QCOMPARE(bucket.start.timeSpec(), Qt::UTC);
        QCOMPARE(bucket.total(), 0);
        if (bar > 0)
            QCOMPARE(bucket.start, summary.buckets[bar - 1].end);
        const QDateTime local = bucket.start.toTimeZone(timeZone);
        QCOMPARE(local.time().minute(), 0);
        if (range != HistoryRange::Day)
            QCOMPARE(local.time(), QTime(0, 0));
        if (range == HistoryRange::Year)
            QCOMPARE(local.date().dayOfWeek(), 1);
    }
}

void TestHistorySummary::hourRepeatedAtDstEndGetsTwoBars()
{
    const QTimeZone berlin("Europe/Berlin");
    const HistorySummary summary =
        HistoryIndex().summarize(HistoryRange::Day, {}, {}, utc(2026, 10, 25, 12), berlin);
    QStringList labels;
    for (const HistoryBucket &bucket : summary.buckets)
        labels.append(bucket.start.toTimeZone(berlin).time().toString(QStringLiteral("HH")));
    QCOMPARE(labels.count(QStringLiteral("02")), 2);
    QCOMPARE(labels.mid(labels.indexOf(QStringLiteral("01")), 4),
             QStringList(
                 {QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("02"), QStringLiteral("03")}));
}

void TestHistorySummary::rangeNames()
{
    const QStringList names {"day", "week", "month", "quarter", "year"};
    for (HistoryRange range : allHistoryRanges) {
        QCOMPARE(historyRangeName(range), names[int(range)]);
        QCOMPARE(historyRangeFromName(historyRangeName(range)), std::optional<HistoryRange>(range));
    }
    QCOMPARE(historyRangeFromName(u"Month"), std::nullopt);
    QCOMPARE(historyRangeFromName(u""), std::nullopt);
}

void TestHistorySummary::bandOfSeverity_data()
{
    QTest::addColumn<Status>("severity");
    QTest::addColumn<SeverityBand>("band");
    QTest::addColumn<Status>("bandStands");

    QTest::newRow("major") << Status::MajorOutage << SeverityBand::Major << Status::MajorOutage;
    QTest::newRow("partial") << Status::PartialOutage << SeverityBand::Partial << Status::PartialOutage;
    QTest::newRow("degraded") << Status::Degraded << SeverityBand::Degraded << Status::Degraded;
    QTest::newRow("maintenance") << Status::Maintenance << SeverityBand::Maintenance << Status::Maintenance;
    QTest::newRow("informational") << Status::Informational << SeverityBand::Informational
                                   << Status::Informational;
    QTest::newRow("operational") << Status::Operational << SeverityBand::Informational
                                 << Status::Informational;
    QTest::newRow("unknown") << Status::Unknown << SeverityBand::Informational << Status::Informational;
}

void TestHistorySummary::bandOfSeverity()
{
    QFETCH(Status, severity);
    QFETCH(SeverityBand, band);
    QFETCH(Status, bandStands);

    QCOMPARE(severityBand(severity), band);
    QCOMPARE(bandStatus(band), bandStands);

    HistoryIndex index;
    index.upsert(incident(QStringLiteral("p"), QStringLiteral("1"), utc(2026, 11, 24, 9), {}, severity));
    const HistorySummary summary = index.summarize(HistoryRange::Week, {}, {}, now, utcZone);
    std::array<int, severityBandCount> expected {};
    expected[size_t(band)] = 1;
    QCOMPARE(summary.buckets[5].counts, expected);
    QCOMPARE(summary.figures.bySeverity, expected);
    QCOMPARE(summary.figures.total, 1);
}

void TestHistorySummary::countsEachIncidentInTheBarItStarted()
{
    HistoryIndex index;
    const auto add = [&](const char *id, const QDateTime &start, Status severity) {
        index.upsert(incident(QStringLiteral("p"), QLatin1String(id), start, start.addSecs(hour), severity));
    };
    add("before the range", utc(2026, 11, 18, 23, 59), Status::MajorOutage);
    add("first instant", utc(2026, 11, 19), Status::MajorOutage);
    add("same day", utc(2026, 11, 19, 18), Status::Degraded);
    add("on an edge", utc(2026, 11, 21), Status::PartialOutage);
    add("today", utc(2026, 11, 25, 11), Status::MajorOutage);
    add("today too", utc(2026, 11, 25, 11, 30), Status::Maintenance);

    const HistorySummary summary = index.summarize(HistoryRange::Week, {}, {}, now, utcZone);
    using Counts = std::array<int, severityBandCount>;
    QCOMPARE(summary.buckets[0].counts, (Counts {1, 0, 1, 0, 0}));
    QCOMPARE(summary.buckets[1].counts, (Counts {}));
    QCOMPARE(summary.buckets[2].counts, (Counts {0, 1, 0, 0, 0}));
    QCOMPARE(summary.buckets[6].counts, (Counts {1, 0, 0, 1, 0}));
    QCOMPARE(summary.buckets[6].total(), 2);
    QCOMPARE(summary.figures.bySeverity, (Counts {2, 1, 1, 1, 0}));
    QCOMPARE(summary.figures.total, 5);
}

void TestHistorySummary::filters_data()
{
    QTest::addColumn<HistoryFilter>("filter");
    QTest::addColumn<QStringList>("watched"); // WatchList::toStrings() lines
    QTest::addColumn<QStringList>("counted"); // newest first

    const auto filter = [](const char *provider, const char *service, const char *region, bool watchedOnly) {
        return HistoryFilter {QLatin1String(provider), QLatin1String(service), QLatin1String(region),
                              watchedOnly};
    };
    const QStringList all {"e", "d", "c", "b", "a"};
    QTest::newRow("everything") << HistoryFilter() << QStringList() << all;
    QTest::newRow("provider") << filter("aws", "", "", false) << QStringList() << QStringList {"b", "a"};
    QTest::newRow("service, any region")
        << filter("", "EC2", "", false) << QStringList() << QStringList {"b", "a"};
    QTest::newRow("service in a region, one cell")
        << filter("", "EC2", "us-east-1", false) << QStringList() << QStringList {"a"};
    QTest::newRow("region") << filter("", "", "global", false) << QStringList() << QStringList {"e", "d"};
    QTest::newRow("provider and service")
        << filter("github", "Actions", "", false) << QStringList() << QStringList {"e"};
    QTest::newRow("provider never seen") << filter("azure", "", "", false) << QStringList() << QStringList();
    QTest::newRow("service never seen") << filter("", "Pages", "", false) << QStringList() << QStringList();
    QTest::newRow("watched service") << filter("", "", "", true) << QStringList {"service:aws/S3"}
                                     << QStringList {"b"};
    QTest::newRow("watched region") << filter("", "", "", true) << QStringList {"region:gcp/us-east1"}
                                    << QStringList {"c"};
    QTest::newRow("watched, nothing starred") << filter("", "", "", true) << QStringList() << QStringList();
    QTest::newRow("watched and not watched alike without the flag")
        << filter("", "", "", false) << QStringList {"region:gcp/us-east1"} << all;
    // The watched cell is S3's, the service asked for EC2: no single cell is both.
    QTest::newRow("every condition on the same cell")
        << filter("", "EC2", "eu-west-1", true) << QStringList {"cell:aws/S3/eu-west-1"} << QStringList();
    QTest::newRow("watched cell that matches")
        << filter("aws", "S3", "", true) << QStringList {"cell:aws/S3/eu-west-1"} << QStringList {"b"};
}

void TestHistorySummary::filters()
{
    QFETCH(HistoryFilter, filter);
    QFETCH(QStringList, watched);
    QFETCH(QStringList, counted);

    const HistoryIndex index = filterSample();
    const WatchList watchList = WatchList::fromStrings(watched);
    QCOMPARE(watchList.entries().size(), watched.size());
    const HistorySummary summary = index.summarize(HistoryRange::Week, filter, watchList, now, utcZone);
    QCOMPARE(summary.filter, filter);
    QCOMPARE(summary.figures.total, counted.size());
    QCOMPARE(summary.buckets[5].total(), counted.size());
    QCOMPARE(idsOf(index.startedIn(filter, watchList, summary.from, summary.to)), counted);
}

void TestHistorySummary::choicesAreNotNarrowedByTheFilter()
{
    const HistoryIndex index = filterSample();
    const HistoryFilter filter {QStringLiteral("gcp"), {}, {}, false};
    const HistorySummary summary = index.summarize(HistoryRange::Week, filter, {}, now, utcZone);
    QCOMPARE(summary.figures.total, 1);
    QCOMPARE(summary.providers, QStringList({"aws", "gcp", "github"}));
    // The provider's own cell is not a service; its region is a region like any other.
    using Pairs = QList<QPair<QString, QString>>;
    QCOMPARE(summary.services,
             Pairs({{"aws", "EC2"}, {"aws", "S3"}, {"gcp", "Compute"}, {"github", "Actions"}}));
    QCOMPARE(summary.regions,
             Pairs({{"aws", "eu-west-1"}, {"aws", "us-east-1"}, {"gcp", "us-east1"}, {"github", "global"}}));

    // A shorter range offers only what happened in it.
    const HistorySummary lastDay = index.summarize(HistoryRange::Day, {}, {}, utc(2026, 11, 24, 12), utcZone);
    QCOMPARE(lastDay.providers, QStringList({"aws", "gcp", "github"}));
    const HistorySummary earlier =
        index.summarize(HistoryRange::Day, {}, {}, utc(2026, 11, 24, 9, 30), utcZone);
    QCOMPARE(earlier.providers, QStringList({"aws"}));
    QCOMPARE(earlier.services, Pairs({{"aws", "EC2"}, {"aws", "S3"}}));
}

void TestHistorySummary::impactTime_data()
{
    // From the start of the range: Thursday 19 November, 00:00 UTC.
    QTest::addColumn<Spans>("spans");
    QTest::addColumn<qint64>("impactSeconds");

    QTest::newRow("none") << Spans() << qint64(0);
    QTest::newRow("one") << Spans {{10, 12}} << 2 * hour;
    QTest::newRow("overlapping count once") << Spans {{10, 12}, {11, 13}} << 3 * hour;
    QTest::newRow("nested") << Spans {{10, 20}, {11, 13}, {12, 14}} << 10 * hour;
    QTest::newRow("apart") << Spans {{10, 11}, {30, 32}} << 3 * hour;
    QTest::newRow("touching") << Spans {{10, 11}, {11, 12}} << 2 * hour;
    QTest::newRow("started before the range") << Spans {{-4, 2}} << 2 * hour;
    QTest::newRow("ended before the range") << Spans {{-4, -1}} << qint64(0);
    // Now is 156 hours in: Wednesday noon.
    QTest::newRow("open, up to now") << Spans {{150, stillOpen}} << 6 * hour;
    QTest::newRow("open since before the range") << Spans {{-48, stillOpen}} << 156 * hour;
    QTest::newRow("open and overlapping") << Spans {{100, 152}, {150, stillOpen}} << 56 * hour;
}

void TestHistorySummary::impactTime()
{
    QFETCH(Spans, spans);
    QFETCH(qint64, impactSeconds);

    const QDateTime from = utc(2026, 11, 19);
    HistoryIndex index;
    int id = 0;
    for (const auto &[start, end] : spans) {
        const QDateTime ended = end == stillOpen ? QDateTime() : from.addSecs(end * hour);
        index.upsert(incident(QStringLiteral("p"), QString::number(++id), from.addSecs(start * hour), ended));
    }
    // One more that the filter leaves out, over everything.
    index.upsert(incident(QStringLiteral("other"), QStringLiteral("x"), from.addSecs(-100 * hour)));
    const HistorySummary summary =
        index.summarize(HistoryRange::Week, {QStringLiteral("p"), {}, {}, false}, {}, now, utcZone);
    QCOMPARE(summary.from, from);
    QCOMPARE(summary.figures.impactSeconds, impactSeconds);
}

void TestHistorySummary::resolveTimeAndLongest()
{
    HistoryIndex index;
    const QDateTime day = utc(2026, 11, 20);
    // Two of two hours: the earlier one is the longest.
    index.upsert(
        incident(QStringLiteral("p"), QStringLiteral("x"), day.addSecs(10 * hour), day.addSecs(12 * hour)));
    index.upsert(
        incident(QStringLiteral("p"), QStringLiteral("y"), day.addSecs(11 * hour), day.addSecs(13 * hour)));
    index.upsert(incident(QStringLiteral("p"), QStringLiteral("z"), day.addSecs(20 * hour),
                          day.addSecs(20 * hour + 1800)));
    index.upsert(incident(QStringLiteral("p"), QStringLiteral("open"), now.addSecs(-hour)));
    // Long, but it started before the range: not one of its incidents.
    index.upsert(
        incident(QStringLiteral("p"), QStringLiteral("old"), utc(2026, 11, 1), utc(2026, 11, 19, 1)));

    HistorySummary summary = index.summarize(HistoryRange::Week, {}, {}, now, utcZone);
    QCOMPARE(summary.figures.total, 4);
    QCOMPARE(summary.figures.resolvedCount, 3);
    QCOMPARE(summary.figures.meanTimeToResolveSeconds, (2 * hour + 2 * hour + hour / 2) / 3);
    QVERIFY(summary.figures.longest.has_value());
    QCOMPARE(summary.figures.longest->id, QStringLiteral("x"));
    QCOMPARE(summary.figures.longestSeconds, 2 * hour);

    // An open incident is measured up to now.
    summary = index.summarize(HistoryRange::Week, {}, {}, now.addSecs(5 * hour), utcZone);
    QCOMPARE(summary.figures.longest->id, QStringLiteral("open"));
    QCOMPARE(summary.figures.longestSeconds, 6 * hour);

    // Nothing ended, nothing counted.
    summary = index.summarize(HistoryRange::Day, {}, {}, now.addSecs(-2 * hour), utcZone);
    QCOMPARE(summary.figures.total, 0);
    QCOMPARE(summary.figures.resolvedCount, 0);
    QCOMPARE(summary.figures.meanTimeToResolveSeconds, qint64(-1));
    QVERIFY(!summary.figures.longest.has_value());
    QCOMPARE(summary.figures.longestSeconds, qint64(0));
}

void TestHistorySummary::topServicesAndRegions()
{
    HistoryIndex index;
    int id = 0;
    const auto add = [&](const QString &provider, const QList<CellKey> &cells) {
        ++id;
        index.upsert(incident(provider, QString::number(id), utc(2026, 11, 24, 8).addSecs(id * 60), {},
                              Status::Degraded, cells));
    };
    const auto aws = [](const char *service, const char *region) {
        return cell(QStringLiteral("aws"), QLatin1String(service), QLatin1String(region));
    };
    // EC2 three times (twice in one incident counts once), S3 and Lambda twice, then four once.
    add(QStringLiteral("aws"), {aws("EC2", "us-east-1"), aws("EC2", "us-west-2")});
    add(QStringLiteral("aws"), {aws("EC2", "us-east-1")});
    add(QStringLiteral("aws"), {aws("EC2", "eu-west-1"), aws("S3", "eu-west-1")});
    add(QStringLiteral("aws"), {aws("S3", "us-east-1"), aws("Lambda", "us-east-1")});
    add(QStringLiteral("aws"), {aws("Lambda", "ap-south-1")});
    add(QStringLiteral("aws"), {aws("SQS", "ap-south-1")});
    add(QStringLiteral("aws"), {aws("SNS", "ap-south-1")});
    add(QStringLiteral("gcp"),
        {cell(QStringLiteral("gcp"), QStringLiteral("Compute"), QStringLiteral("us-east1"))});
    for (int times = 0; times < 5; ++times)
        add(QStringLiteral("github"),
            {cell(QStringLiteral("github"), QString(), QStringLiteral("global")),
             cell(QStringLiteral("github"), QStringLiteral("API"), QStringLiteral("global"))});

    const HistorySummary summary = index.summarize(HistoryRange::Week, {}, {}, now, utcZone);
    QCOMPARE(talliesOf(summary.figures.topServices),
             QStringList({"github/API=5", "aws/EC2=3", "aws/Lambda=2", "aws/S3=2", "aws/SNS=1"}));
    // "global" is no place: GitHub's five do not rank.
    QCOMPARE(talliesOf(summary.figures.topRegions),
             QStringList({"aws/ap-south-1=3", "aws/us-east-1=3", "aws/eu-west-1=1", "aws/us-west-2=1",
                          "gcp/us-east1=1"}));
}

void TestHistorySummary::upsertReplacesByKey()
{
    HistoryIndex index;
    HistoryIncident first = incident(QStringLiteral("p"), QStringLiteral("1"), utc(2026, 11, 20, 9));
    index.upsert(first);
    // Same id at another provider: another incident.
    index.upsert(incident(QStringLiteral("q"), QStringLiteral("1"), utc(2026, 11, 20, 9)));
    QCOMPARE(index.size(), 2);

    HistoryIncident later = first;
    later.title = QStringLiteral("Renamed");
    later.severity = Status::MajorOutage;
    later.startedAt = utc(2026, 11, 23, 9); // another day, so another place in the index
    later.endedAt = utc(2026, 11, 23, 10);
    index.upsert(later);
    QCOMPARE(index.size(), 2);

    const HistorySummary summary = index.summarize(HistoryRange::Week, {}, {}, now, utcZone);
    QCOMPARE(summary.figures.total, 2);
    QCOMPARE(summary.buckets[1].total(), 1); // q's, alone on the 20th
    QCOMPARE(summary.buckets[4].counts[size_t(SeverityBand::Major)], 1);
    const QList<HistoryIncident> listed = index.startedIn({}, {}, utc(2026, 11, 23), utc(2026, 11, 24));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.constFirst().title, QStringLiteral("Renamed"));

    // Without a start it cannot be counted: the old one goes, nothing takes its place.
    later.startedAt = QDateTime();
    index.upsert(later);
    QCOMPARE(index.size(), 1);
    index.clear();
    QCOMPARE(index.size(), 0);
    QCOMPARE(index.summarize(HistoryRange::Week, {}, {}, now, utcZone).figures.total, 0);
}

void TestHistorySummary::replacingOftenKeepsEveryCount()
{
    // Ten incidents of one day, each replaced twenty times with other cells: what the old versions
    // leave behind is cleared up on the way, and only the last versions count.
    HistoryIndex index;
    const QString p = QStringLiteral("p");
    for (int round = 0; round < 20; ++round) {
        for (int i = 0; i < 10; ++i) {
            const QString service = QStringLiteral("s%1").arg((i + round) % 3);
            index.upsert(incident(p, QString::number(i), utc(2026, 11, 24, 8).addSecs(i * 60), {},
                                  Status::Degraded,
                                  {cell(p, service, QStringLiteral("r1")),
                                   cell(p, QStringLiteral("s9"), QStringLiteral("r2"))}));
        }
    }
    QCOMPARE(index.size(), 10);
    const HistorySummary summary = index.summarize(HistoryRange::Week, {}, {}, now, utcZone);
    QCOMPARE(summary.figures.total, 10);
    QCOMPARE(talliesOf(summary.figures.topServices), QStringList({"p/s9=10", "p/s1=4", "p/s0=3", "p/s2=3"}));
    QCOMPARE(talliesOf(summary.figures.topRegions), QStringList({"p/r1=10", "p/r2=10"}));
    const HistoryFilter s1 {p, QStringLiteral("s1"), {}, false};
    QCOMPARE(idsOf(index.startedIn(s1, {}, summary.from, summary.to)), QStringList({"9", "6", "3", "0"}));
    const HistoryFilter s1InR2 {p, QStringLiteral("s1"), QStringLiteral("r2"), false};
    QCOMPARE(index.summarize(HistoryRange::Week, s1InR2, {}, now, utcZone).figures.total, 0);
}

void TestHistorySummary::removeEndedBefore()
{
    HistoryIndex index;
    index.upsert(
        incident(QStringLiteral("p"), QStringLiteral("ended early"), utc(2026, 1, 1), utc(2026, 1, 2)));
    index.upsert(incident(QStringLiteral("p"), QStringLiteral("ended at the limit"), utc(2026, 1, 1),
                          utc(2026, 6, 1)));
    index.upsert(incident(QStringLiteral("p"), QStringLiteral("open"), utc(2026, 1, 1)));
    index.upsert(incident(QStringLiteral("p"), QStringLiteral("recent"), utc(2026, 11, 1), utc(2026, 11, 2)));
    index.removeEndedBefore(utc(2026, 6, 1));
    QCOMPARE(index.size(), 3);
    QCOMPARE(idsOf(index.startedIn({}, {}, utc(2025, 1, 1), now)),
             QStringList({"recent", "ended at the limit", "open"}));
    // What went can come back.
    index.upsert(
        incident(QStringLiteral("p"), QStringLiteral("ended early"), utc(2026, 1, 1), utc(2026, 1, 2)));
    QCOMPARE(index.size(), 4);
}

void TestHistorySummary::startedInNewestFirst()
{
    const HistoryIndex index = filterSample();
    const QDateTime start = utc(2026, 11, 24, 8);
    // [from, to): the one starting at `to` belongs to the next bar.
    QCOMPARE(idsOf(index.startedIn({}, {}, start, start.addSecs(2 * hour))), QStringList({"b", "a"}));
    QCOMPARE(idsOf(index.startedIn({}, {}, start.addSecs(1), start.addSecs(2 * hour + 1))),
             QStringList({"c", "b"}));
    QCOMPARE(idsOf(index.startedIn({QStringLiteral("github"), {}, {}, false}, {}, start, start.addDays(1))),
             QStringList({"e", "d"}));
    QVERIFY(index.startedIn({}, {}, start.addDays(1), start.addDays(2)).isEmpty());
    const QList<HistoryIncident> listed = index.startedIn({}, {}, start, start.addSecs(1));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.constFirst().title, QStringLiteral("Incident a"));
    QCOMPARE(listed.constFirst().affected.size(), 1);
}

void TestHistorySummary::copiesAreIndependent()
{
    HistoryIndex index = filterSample();
    const HistoryIndex copy = index;
    HistoryIndex assigned;
    assigned = index;
    index.clear();
    QCOMPARE(copy.size(), 5);
    QCOMPARE(assigned.size(), 5);
    QCOMPARE(copy.summarize(HistoryRange::Week, {}, {}, now, utcZone).figures.total, 5);
}

QTEST_GUILESS_MAIN(TestHistorySummary)
#include "tst_historysummary.moc"
