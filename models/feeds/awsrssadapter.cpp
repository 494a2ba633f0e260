// SPDX-License-Identifier: GPL-3.0-or-later
#include "awsrssadapter.h"

#include "adapterkit.h"
#include "awshealthadapter.h"
#include "feeddates.h"
#include "xmlfeed.h"

#include "domain/regioncatalog.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <utility>

namespace radar::awsrss {

namespace {

using adapterkit::lookUp;
using adapterkit::Word;

const QString provider = QStringLiteral("aws");

// The prefix of an item's <title>, before the first colon. "Service impact" is only seen in
// unverified 2026 fixtures; it is read like "Performance issues".
constexpr Word<Status> prefixTable[] = {
    {QLatin1StringView("Service is operating normally"), Status::Operational},
    {QLatin1StringView("Informational message"), Status::Informational},
    {QLatin1StringView("Performance issues"), Status::Degraded},
    {QLatin1StringView("Service impact"), Status::Degraded},
    {QLatin1StringView("Service disruption"), Status::MajorOutage},
};

const QLatin1StringView resolvedTag("[RESOLVED]");
const QLatin1StringView resolvedPrefix("Resolved:");

// Region names of the old dashboard that are no region id.
struct LegacyRegion
{
    QLatin1StringView name;
    QLatin1StringView id;
};
constexpr LegacyRegion legacyRegions[] = {{QLatin1StringView("us-standard"), QLatin1StringView("us-east-1")}};

// The catalog's AWS region ids, longest first, so "us-gov-west-1" is tried before any shorter id.
const QStringList &regionIds()
{
    static const QStringList ids = [] {
        QStringList list;
        for (const RegionInfo &region : RegionCatalog::builtIn().regions(provider)) {
            if (region.id != globalRegion())
                list.append(region.id);
        }
        std::stable_sort(list.begin(), list.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return list;
    }();
    return ids;
}

bool isAwsLink(const QString &text)
{
    const QString host = QUrl(text.trimmed()).host().toLower();
    return host == QLatin1StringView("status.aws.amazon.com")
        || host == QLatin1StringView("health.aws.amazon.com");
}

// "Amazon Elastic Compute Cloud (N. Virginia) Service Status" -> "Amazon Elastic Compute Cloud".
QString serviceNameOf(const QString &channelTitle)
{
    QString name = channelTitle.simplified();
    const QLatin1StringView suffix(" Service Status");
    if (!name.endsWith(suffix))
        return {};
    name.chop(suffix.size());
    const qsizetype region = name.lastIndexOf(QLatin1StringView(" ("));
    if (name.endsWith(u')') && region > 0)
        name.truncate(region);
    return name == QLatin1StringView("Amazon Web Services") ? QString() : name;
}

struct Entry
{
    Anchor anchor;
    Title title;
    QDateTime at; // UTC
    QString text;
    qsizetype order = 0; // position in the feed, which lists the newest first
};

class FeedReader
{
public:
    explicit FeedReader(const FeedContext &context)
        : m_context(context)
        , m_builder(context)
    { }

    Snapshot read(const xmlfeed::Document &document)
    {
        for (const QString &warning : document.warnings)
            m_builder.warn(warning);
        m_builder.setProviderName(QStringLiteral("AWS"));
        const QList<xmlfeed::Item> &items = document.channel->items;
        for (qsizetype i = 0; i < items.size(); ++i)
            readItem(items[i], i);

        // A feed of one service names it in its title; all.rss names none.
        QSet<QString> services;
        for (const QList<Entry> &entries : std::as_const(m_entries))
            services.insert(entries.constFirst().anchor.service);
        const QString channelServiceName =
            services.size() == 1 ? serviceNameOf(document.channel->title) : QString();

        Status summary = Status::Operational;
        QDateTime since;
        for (const QString &key : std::as_const(m_keyOrder)) {
            QList<Entry> &entries = m_entries[key];
            // Oldest first; of two items with one date, the one listed later is the older.
            std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
                return a.at != b.at ? a.at < b.at : a.order > b.order;
            });
            const QDateTime openSince = readIncidents(entries);
            const Entry &newest = entries.constLast();
            CellReport cell;
            cell.key = m_builder.key(newest.anchor.service, newest.anchor.region);
            cell.serviceName = channelServiceName.isEmpty() ? newest.anchor.service : channelServiceName;
            cell.regionName = regionName(newest.anchor.region);
            cell.status = currentStatus(newest.title);
            cell.since = openSince.isValid() ? openSince : newest.at;
            m_builder.addCell(cell);
            summary = worst(summary, cell.status);
            if (openSince.isValid() && (!since.isValid() || openSince < since))
                since = openSince;
        }
        return m_builder.finish(summary, since);
    }

private:
    static QString regionName(const QString &region)
    {
        if (region == globalRegion())
            return QStringLiteral("Global");
        const std::optional<RegionInfo> info = RegionCatalog::builtIn().find(provider, region);
        return info ? info->name : region;
    }

    void readItem(const xmlfeed::Item &item, qsizetype order)
    {
        Entry entry;
        const std::optional<Anchor> anchor = readAnchor(item.id);
        if (!anchor) {
            m_builder.warn(
                QStringLiteral("items whose guid has no #<service>-<region>_<time> anchor were skipped"));
            return;
        }
        entry.anchor = *anchor;
        entry.title = readTitle(item.title);
        if (entry.title.status == Status::Unknown)
            m_builder.warnUnknown(QLatin1StringView("title status"),
                                  entry.title.prefix.isEmpty() ? item.title.simplified()
                                                               : entry.title.prefix);
        entry.at = feeddates::fromRfc822(item.published);
        if (!entry.at.isValid())
            entry.at = feeddates::fromRfc822(item.updated);
        if (!entry.at.isValid())
            entry.at = feeddates::fromEpoch(QJsonValue(entry.anchor.epoch));
        entry.text = item.description.trimmed();
        entry.order = order;
        const QString key = entry.anchor.service + u'\n' + entry.anchor.region;
        if (!m_entries.contains(key))
            m_keyOrder.append(key);
        m_entries[key].append(entry);
    }

    Incident startIncident(const Entry &entry) const
    {
        Incident incident;
        const QString epoch = entry.anchor.epoch.isEmpty() && entry.at.isValid()
            ? QString::number(entry.at.toSecsSinceEpoch())
            : entry.anchor.epoch;
        incident.id = QStringLiteral("%1-%2_%3").arg(entry.anchor.service, entry.anchor.region, epoch);
        incident.provider = m_context.providerId;
        incident.severity = Status::Operational; // raised by each item below
        incident.startedAt = entry.at;
        incident.url = QUrl(QString::fromLatin1(awshealth::dashboardUrl));
        incident.affected.append(m_builder.key(entry.anchor.service, entry.anchor.region));
        return incident;
    }

    // The items of one service and region, oldest first, as incidents. Returns when the open one
    // began, or null when none is open.
    QDateTime readIncidents(const QList<Entry> &entries)
    {
        QList<Incident> incidents;
        qsizetype open = -1;
        qsizetype lastResolved = -1; // may take further "[RESOLVED]" items of the same thread
        for (const Entry &entry : entries) {
            const bool normal = entry.title.status == Status::Operational && !entry.title.resolves;
            qsizetype target = open;
            // AWS puts "[RESOLVED]" on every later post of a thread: they join the thread they closed.
            if (target < 0 && entry.title.resolves && lastResolved >= 0
                && incidents[lastResolved].title == entry.title.summary)
                target = lastResolved;
            if (target < 0 && normal) {
                lastResolved = -1;
                continue; // all is well and nothing was open
            }
            if (target < 0) {
                incidents.append(startIncident(entry));
                target = incidents.size() - 1;
            }
            Incident &incident = incidents[target];
            if (!normal)
                incident.title = entry.title.summary;
            if (entry.title.status != Status::Operational)
                incident.severity = worst(incident.severity, entry.title.status);
            const bool closes = normal || entry.title.resolves;
            incident.updates.append(
                {entry.at, closes ? IncidentState::Resolved : IncidentState::Investigating, entry.text, {}});
            incident.state = closes ? IncidentState::Resolved : IncidentState::Investigating;
            incident.resolvedAt = closes ? entry.at : QDateTime();
            open = closes ? -1 : target;
            lastResolved = entry.title.resolves ? target : -1;
        }
        QDateTime openSince = open >= 0 ? incidents[open].startedAt : QDateTime();
        for (Incident &incident : incidents) {
            // Only a "[RESOLVED]" item is left of this one: something happened, not how bad.
            if (incident.severity == Status::Operational)
                incident.severity = Status::Informational;
            m_builder.addIncident(std::move(incident));
        }
        return openSince;
    }

    const FeedContext &m_context;
    adapterkit::SnapshotBuilder m_builder;
    QHash<QString, QList<Entry>> m_entries; // by "<service>\n<region>"
    QStringList m_keyOrder;
};

} // namespace

Title readTitle(QStringView text)
{
    Title title;
    QString rest = text.toString().simplified();
    if (rest.startsWith(resolvedPrefix, Qt::CaseInsensitive)) {
        title.resolves = true;
        rest = rest.mid(resolvedPrefix.size()).trimmed();
    }
    const qsizetype colon = rest.indexOf(u':');
    if (colon > 0) {
        title.prefix = rest.left(colon).trimmed();
        const std::optional<Status> status = lookUp(prefixTable, title.prefix, Qt::CaseInsensitive);
        if (status)
            rest = rest.mid(colon + 1);
        title.status = status.value_or(Status::Unknown);
    }
    if (const qsizetype tag = rest.indexOf(resolvedTag, 0, Qt::CaseInsensitive); tag >= 0) {
        title.resolves = true;
        rest.remove(tag, resolvedTag.size());
    }
    title.summary = rest.simplified();
    return title;
}

Status currentStatus(const Title &title)
{
    return title.resolves ? Status::Operational : title.status;
}

std::optional<Anchor> readAnchor(QStringView guid)
{
    const qsizetype hash = guid.lastIndexOf(u'#');
    if (hash < 0)
        return std::nullopt;
    QString key = guid.mid(hash + 1).trimmed().toString().toLower();
    Anchor anchor;
    const qsizetype underscore = key.lastIndexOf(u'_');
    if (underscore >= 0) {
        anchor.epoch = key.mid(underscore + 1);
        key.truncate(underscore);
    }
    anchor.service = key;
    anchor.region = globalRegion();
    for (const LegacyRegion &legacy : legacyRegions) {
        if (key.endsWith(u'-' + QString(legacy.name))) {
            anchor.service = key.chopped(legacy.name.size() + 1);
            anchor.region = legacy.id;
        }
    }
    if (anchor.region == globalRegion()) {
        for (const QString &id : regionIds()) {
            if (key.size() > id.size() + 1 && key.endsWith(id) && key[key.size() - id.size() - 1] == u'-') {
                anchor.service = key.chopped(id.size() + 1);
                anchor.region = id;
                break;
            }
        }
    }
    if (anchor.service.isEmpty())
        return std::nullopt;
    return anchor;
}

bool looksLikeFeed(const QByteArray &body)
{
    const xmlfeed::Head head = xmlfeed::readHead(body);
    if (head.format != xmlfeed::Format::Rss)
        return false;
    return isAwsLink(head.link) || std::any_of(head.otherLinks.cbegin(), head.otherLinks.cend(), isAwsLink)
        || head.generator.startsWith(QLatin1StringView("AWS Service Health Dashboard"), Qt::CaseInsensitive)
        || isAwsLink(head.firstItemId);
}

ParseResult parseFeed(const QByteArray &body, const FeedContext &context)
{
    const xmlfeed::Document document = xmlfeed::readRss(
        body, adapterkit::maxIncidents, QStringLiteral("not an AWS status feed: expected <rss><channel>"));
    if (!document.channel)
        return ParseResult::failure(document.error);
    return ParseResult::success(FeedReader(context).read(document));
}

} // namespace radar::awsrss
