// SPDX-License-Identifier: GPL-3.0-or-later
#include "rsshistoryadapter.h"

#include "adapterkit.h"
#include "feeddates.h"
#include "statuspagehistory.h"
#include "xmlfeed.h"

#include <algorithm>

namespace radar::rsshistory {

namespace {

using adapterkit::lookUp;
using adapterkit::Word;

// The <strong> word of an update paragraph in Statuspage's history.atom / history.rss content.
// "Postmortem" follows a resolution; "Verifying" is a maintenance step before "Completed".
constexpr Word<IncidentState> stateTable[] = {
    {QLatin1StringView("Investigating"), IncidentState::Investigating},
    {QLatin1StringView("Identified"), IncidentState::Identified},
    {QLatin1StringView("Monitoring"), IncidentState::Monitoring},
    {QLatin1StringView("Resolved"), IncidentState::Resolved},
    {QLatin1StringView("Postmortem"), IncidentState::Resolved},
    {QLatin1StringView("Scheduled"), IncidentState::Scheduled},
    {QLatin1StringView("In progress"), IncidentState::InProgress},
    {QLatin1StringView("Verifying"), IncidentState::InProgress},
    {QLatin1StringView("Completed"), IncidentState::Completed},
};

// Words that add to an incident without moving it on.
constexpr QLatin1StringView keepStateWords[] = {QLatin1StringView("Update")};

// These feeds carry no impact: an incident reads as degraded, a maintenance as maintenance.
constexpr Status incidentSeverity = Status::Degraded;
constexpr Status maintenanceSeverity = Status::Maintenance;

bool isMaintenanceState(IncidentState state)
{
    return state == IncidentState::Scheduled || state == IncidentState::InProgress
        || state == IncidentState::Completed;
}

bool isWebLink(const QString &text)
{
    return text.startsWith(QLatin1StringView("https://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1StringView("http://"), Qt::CaseInsensitive);
}

// Statuspage titles its feeds "<Page> Status - Incident History" and names the page as the author.
QString providerNameOf(const xmlfeed::Channel &channel)
{
    if (!channel.author.isEmpty())
        return channel.author;
    QString title = channel.title.simplified();
    const QLatin1StringView history(" - Incident History");
    if (title.endsWith(history, Qt::CaseInsensitive)) {
        title.chop(history.size());
        if (title.endsWith(QLatin1StringView(" Status"), Qt::CaseInsensitive))
            title.chop(7);
    }
    return title;
}

class FeedReader
{
public:
    explicit FeedReader(const FeedContext &context)
        : m_context(context)
        , m_builder(context)
    { }

    Snapshot read(const xmlfeed::Document &document)
    {
        const xmlfeed::Channel &channel = *document.channel;
        for (const QString &warning : document.warnings)
            m_builder.warn(warning);
        m_builder.setProviderName(providerNameOf(channel));
        m_feedLink = isWebLink(channel.link) ? channel.link : QString();
        if (m_feedLink.isEmpty()
            && (m_context.url.scheme() == QLatin1StringView("https")
                || m_context.url.scheme() == QLatin1StringView("http")))
            m_feedLink = m_context.url.toString();
        for (const xmlfeed::Item &item : channel.items)
            readItem(item);
        return m_builder.finish(m_summary, m_since);
    }

private:
    struct Dates
    {
        QDateTime published; // UTC; the item's own date
        QDateTime reference; // UTC; the latest date the item carries, which no update is after
        std::optional<int> offset; // the zone the item's date is written in
    };

    void readItem(const xmlfeed::Item &item)
    {
        Incident incident;
        incident.provider = m_context.providerId;
        incident.title = item.title.simplified();
        incident.id = item.id;
        if (incident.id.isEmpty())
            incident.id = item.link;
        if (incident.id.isEmpty() && !incident.title.isEmpty())
            incident.id = incident.title + u'@' + item.published;
        if (incident.id.isEmpty()) {
            m_builder.warn(QStringLiteral("an item without guid, link or title was skipped"));
            return;
        }
        for (const QString &link : {item.link, item.id, m_feedLink}) {
            if (isWebLink(link)) {
                incident.url = QUrl(link);
                break;
            }
        }

        Dates dates;
        dates.published = feeddates::fromAny(item.published);
        const QDateTime updated = feeddates::fromAny(item.updated);
        if (!dates.published.isValid())
            dates.published = updated;
        dates.reference = updated.isValid() ? updated : dates.published;
        dates.offset = offsetOfDate(item.updated.isEmpty() ? item.published : item.updated);

        const QList<Paragraph> paragraphs = updateParagraphs(item.description);
        bool maintenance = false;
        if (paragraphs.isEmpty())
            readPlainItem(item, dates, incident);
        else
            maintenance = readParagraphs(paragraphs, dates, incident);
        incident.severity = maintenance ? maintenanceSeverity : incidentSeverity;
        if (incident.isOpen()) {
            // A maintenance colours the page only while it runs, not while it is announced.
            if (!maintenance || incident.state == IncidentState::InProgress)
                m_summary = worst(m_summary, incident.severity);
            if (!maintenance && incident.startedAt.isValid()
                && (!m_since.isValid() || incident.startedAt < m_since))
                m_since = incident.startedAt;
        }
        m_builder.addIncident(std::move(incident));
    }

    // Any feed that is not Statuspage's: the item is the only update.
    void readPlainItem(const xmlfeed::Item &item, const Dates &dates, Incident &incident)
    {
        const bool resolved = saysResolved(item.title) || saysResolved(item.description);
        incident.state = resolved ? IncidentState::Resolved : IncidentState::Investigating;
        incident.startedAt = dates.published;
        if (resolved)
            incident.resolvedAt = dates.reference;
        incident.updates.append({dates.published, incident.state, item.description.trimmed(), {}});
    }

    // Returns whether the entry is a maintenance.
    bool readParagraphs(const QList<Paragraph> &paragraphs, const Dates &dates, Incident &incident)
    {
        const bool maintenance = std::any_of(paragraphs.cbegin(), paragraphs.cend(), [](const Paragraph &p) {
            const std::optional<IncidentState> state = updateState(p.word);
            return state && isMaintenanceState(*state);
        });
        IncidentState state = maintenance ? IncidentState::Scheduled : IncidentState::Investigating;
        // The feed lists updates newest first; each state follows from the ones before it.
        for (auto paragraph = paragraphs.crbegin(); paragraph != paragraphs.crend(); ++paragraph) {
            if (const std::optional<IncidentState> next = updateState(paragraph->word))
                state = *next;
            else if (!paragraph->word.isEmpty() && !keepsState(paragraph->word))
                m_builder.warn(QStringLiteral("unknown update status \"%1\" read as the previous state")
                                   .arg(paragraph->word));
            QDateTime at = updateInstant(paragraph->when, dates.reference, dates.offset);
            if (!at.isValid())
                at = dates.published;
            incident.updates.append({at, state, paragraph->text, {}});
        }
        incident.state = state;
        incident.startedAt =
            incident.updates.constFirst().at.isValid() ? incident.updates.constFirst().at : dates.published;
        if (isClosed(state)) {
            // Closed since the first update of the closing run ("Resolved", then "Postmortem").
            qsizetype first = incident.updates.size() - 1;
            while (first > 0 && isClosed(incident.updates[first - 1].state))
                --first;
            incident.resolvedAt =
                incident.updates[first].at.isValid() ? incident.updates[first].at : dates.reference;
        }
        return maintenance;
    }

    const FeedContext &m_context;
    adapterkit::SnapshotBuilder m_builder;
    QString m_feedLink;
    Status m_summary = Status::Operational;
    QDateTime m_since;
};

} // namespace

std::optional<IncidentState> updateState(QStringView word)
{
    const QString simplified = word.toString().simplified();
    return lookUp(stateTable, simplified, Qt::CaseInsensitive);
}

bool keepsState(QStringView word)
{
    const QString simplified = word.toString().simplified();
    return std::any_of(std::begin(keepStateWords), std::end(keepStateWords), [&](QLatin1StringView keep) {
        return simplified.compare(keep, Qt::CaseInsensitive) == 0;
    });
}

bool saysResolved(QStringView text)
{
    // "[RESOLVED]" is the word in brackets, which containsWord accepts.
    return xmlfeed::containsWord(text, u"resolved");
}

bool looksLikeFeed(const QByteArray &body)
{
    return xmlfeed::readHead(body).format.has_value();
}

ParseResult parseFeed(const QByteArray &body, const FeedContext &context)
{
    const xmlfeed::Document document = xmlfeed::read(body, adapterkit::maxIncidents);
    if (!document.channel)
        return ParseResult::failure(document.error.startsWith(QLatin1StringView("expected"))
                                        ? QStringLiteral("not an RSS or Atom feed: ") + document.error
                                        : document.error);
    return ParseResult::success(FeedReader(context).read(document));
}

} // namespace radar::rsshistory
