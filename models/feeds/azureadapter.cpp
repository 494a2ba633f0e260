// SPDX-License-Identifier: GPL-3.0-or-later
#include "azureadapter.h"

#include "adapterkit.h"
#include "feeddates.h"
#include "xmlfeed.h"

#include "domain/regioncatalog.h"

#include <algorithm>

namespace radar::azure {

namespace {

using adapterkit::Word;

const QString provider = QStringLiteral("azure");

// Words in an item's <title> or <description>, as whole words in any case; the first row found
// wins. An item that has none of them is degraded: Azure posts only broad-impact issues.
constexpr Word<Status> wordTable[] = {
    {QLatin1StringView("partial outage"), Status::PartialOutage},
    {QLatin1StringView("outage"), Status::MajorOutage},
    {QLatin1StringView("outages"), Status::MajorOutage},
};
constexpr Status withoutWords = Status::Degraded;

// Real items carry a handful of categories; this bounds services × regions for a hostile feed.
constexpr int maxCategories = 64;

bool isAzureHost(const QString &link)
{
    const QString host = QUrl(link.trimmed()).host().toLower();
    auto is = [&](QLatin1StringView domain) {
        return host == domain || host.endsWith(QLatin1Char('.') + domain);
    };
    return is(QLatin1StringView("azure.status.microsoft")) || is(QLatin1StringView("status.azure.com"))
        || host == QLatin1StringView("azurestatuscdn.azureedge.net")
        || host == QLatin1StringView("azurecomcdn.azureedge.net");
}

// The feed once linked items to an internal host; only public http(s) links are kept.
bool isPublicLink(const QString &link)
{
    const QUrl url(link.trimmed());
    return (url.scheme() == QLatin1StringView("https") || url.scheme() == QLatin1StringView("http"))
        && !url.host().isEmpty() && !url.host().endsWith(QLatin1StringView(".azurewebsites.net"));
}

struct Region
{
    QString id;
    QString name;
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
        m_builder.setProviderName(m_providerName);
        const xmlfeed::Channel &channel = *document.channel;
        m_channelLink =
            isPublicLink(channel.link) ? channel.link.trimmed() : QString::fromLatin1(statusPageUrl);
        for (const xmlfeed::Item &item : channel.items)
            readItem(item);
        return m_builder.finish(m_summary, m_since);
    }

private:
    void readItem(const xmlfeed::Item &item)
    {
        Incident incident;
        incident.provider = m_context.providerId;
        incident.title = item.title.trimmed();
        incident.startedAt = feeddates::fromRfc822(item.published);
        // The guid is a title slug Azure reuses for later incidents; the date tells them apart.
        const QString guid = item.id.isEmpty() ? incident.title : item.id;
        const QString date = incident.startedAt.isValid() ? incident.startedAt.toString(Qt::ISODate)
                                                          : item.published.trimmed();
        incident.id = guid + u'@' + date;
        incident.severity = itemStatus(item.title, item.description);
        incident.state = IncidentState::Investigating;
        incident.url = QUrl(isPublicLink(item.link) ? item.link.trimmed() : m_channelLink);
        incident.updates.append(
            {incident.startedAt, IncidentState::Investigating, item.description.trimmed(), {}});

        QStringList services;
        QList<Region> regions;
        QStringList categories = item.categories;
        if (categories.size() > maxCategories) {
            m_builder.warn(QStringLiteral("only the first %1 of %2 categories of \"%3\" were read")
                               .arg(maxCategories)
                               .arg(categories.size())
                               .arg(incident.title));
            categories.resize(maxCategories);
        }
        for (const QString &category : std::as_const(categories)) {
            const QString name = category.simplified();
            if (name.isEmpty())
                continue;
            if (const std::optional<RegionInfo> region = RegionCatalog::builtIn().find(provider, name)) {
                const bool known = std::any_of(regions.cbegin(), regions.cend(),
                                               [&](const Region &each) { return each.id == region->id; });
                if (!known)
                    regions.append(
                        {region->id, region->id == globalRegion() ? QStringLiteral("Global") : region->name});
            } else if (!services.contains(name)) {
                services.append(name);
            }
        }
        if (regions.isEmpty())
            regions.append({globalRegion(), QStringLiteral("Global")});
        if (services.isEmpty())
            services.append(QString()); // the provider's own cell in that region

        for (const QString &service : std::as_const(services)) {
            for (const Region &region : std::as_const(regions)) {
                CellReport cell;
                cell.key = m_builder.key(service, region.id);
                cell.serviceName = service.isEmpty() ? m_providerName : service;
                cell.regionName = region.name;
                cell.status = incident.severity;
                cell.since = incident.startedAt;
                incident.affected.append(cell.key);
                // An item naming only a region reports on the provider there: (azure, "", westeurope).
                if (cell.key != m_builder.summaryKey())
                    m_builder.addCell(cell);
            }
        }

        m_summary = worst(m_summary, incident.severity);
        if (incident.startedAt.isValid() && (!m_since.isValid() || incident.startedAt < m_since))
            m_since = incident.startedAt;
        m_builder.addIncident(std::move(incident));
    }

    const FeedContext &m_context;
    adapterkit::SnapshotBuilder m_builder;
    const QString m_providerName = QStringLiteral("Azure");
    QString m_channelLink;
    Status m_summary = Status::Operational;
    QDateTime m_since;
};

} // namespace

Status itemStatus(QStringView title, QStringView description)
{
    const QString text = title.toString().simplified() + u'\n' + description.toString().simplified();
    for (const Word<Status> &row : wordTable) {
        if (xmlfeed::containsWord(text, QString(row.word)))
            return row.value;
    }
    return withoutWords;
}

bool looksLikeFeed(const QByteArray &body)
{
    const xmlfeed::Head head = xmlfeed::readHead(body);
    if (head.format != xmlfeed::Format::Rss)
        return false;
    return head.title.compare(QLatin1StringView("Azure Status"), Qt::CaseInsensitive) == 0
        || isAzureHost(head.link)
        || std::any_of(head.otherLinks.cbegin(), head.otherLinks.cend(), isAzureHost);
}

ParseResult parseFeed(const QByteArray &body, const FeedContext &context)
{
    const xmlfeed::Document document = xmlfeed::readRss(
        body, adapterkit::maxIncidents, QStringLiteral("not an Azure status feed: expected <rss><channel>"));
    if (!document.channel)
        return ParseResult::failure(document.error);
    return ParseResult::success(FeedReader(context).read(document));
}

} // namespace radar::azure
