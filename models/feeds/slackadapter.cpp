// SPDX-License-Identifier: GPL-3.0-or-later
#include "slackadapter.h"

#include "adapterkit.h"
#include "jsoninput.h"

namespace radar::slack {

namespace {

using adapterkit::lookUp;
using adapterkit::Word;

// incident.type. A notice tells something (planned work, a change) without claiming harm.
constexpr Word<Status> typeTable[] = {
    {QLatin1StringView("outage"), Status::MajorOutage},
    {QLatin1StringView("incident"), Status::Degraded},
    {QLatin1StringView("notice"), Status::Informational},
};

// current.status: "active" only says that something is open; the incidents say how bad it is.
constexpr Word<Status> overallTable[] = {
    {QLatin1StringView("ok"), Status::Operational},
    {QLatin1StringView("active"), Status::Informational},
};

// incident.status. Slack has no investigating/identified/monitoring steps; "active" is all of them.
// A cancelled maintenance is over: nothing more will happen, so it reads as completed.
constexpr Word<IncidentState> stateTable[] = {
    {QLatin1StringView("active"), IncidentState::Investigating},
    {QLatin1StringView("resolved"), IncidentState::Resolved},
    {QLatin1StringView("scheduled"), IncidentState::Scheduled},
    {QLatin1StringView("completed"), IncidentState::Completed},
    {QLatin1StringView("cancelled"), IncidentState::Completed},
};

QString idOf(const QJsonValue &value)
{
    // Integral ids print without a fraction; anything else (1e300, 1.5) prints as it came.
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString().trimmed();
}

class Reader
{
public:
    explicit Reader(const FeedContext &context)
        : m_context(context)
        , m_builder(context)
    {
        m_builder.setProviderName(QStringLiteral("Slack"));
        for (const QString &service : knownServices())
            addCell(cell(service, Status::Operational, QDateTime()));
    }

    Snapshot readCurrent(const QJsonObject &root)
    {
        const QString word = root.value(QLatin1StringView("status")).toString();
        const std::optional<Status> overall = lookUp(overallTable, word);
        if (!overall)
            m_builder.warnUnknown(QLatin1StringView("status"), word);
        m_summary = overall.value_or(Status::Unknown);
        readIncidents(json::arrayOrEmpty(root, QLatin1StringView("active_incidents")));
        return m_builder.finish(m_summary, m_since);
    }

    Snapshot readHistory(const QJsonArray &root)
    {
        readIncidents(root);
        return m_builder.finish(m_summary, m_since);
    }

private:
    static CellReport cell(const QString &service, Status status, const QDateTime &since)
    {
        CellReport report;
        report.serviceName = service;
        report.regionName = QStringLiteral("Global");
        report.status = status;
        report.since = since;
        return report;
    }

    void addCell(CellReport report)
    {
        report.key = m_builder.key(report.serviceName, globalRegion());
        m_builder.addCell(report);
    }

    void readIncidents(const QJsonArray &incidents)
    {
        for (const QJsonValue &value :
             m_builder.capped(incidents, adapterkit::maxIncidents, QLatin1StringView("incidents")))
            readIncident(value.toObject());
    }

    void readIncident(const QJsonObject &object)
    {
        Incident incident;
        incident.provider = m_context.providerId;
        const QString link = object.value(QLatin1StringView("url")).toString().trimmed();
        incident.id = idOf(object.value(QLatin1StringView("id")));
        if (incident.id.isEmpty())
            incident.id = link;
        if (incident.id.isEmpty()) {
            m_builder.warn(QStringLiteral("an incident without an id or url was skipped"));
            return;
        }
        incident.title = object.value(QLatin1StringView("title")).toString().trimmed();
        incident.url = QUrl(link.isEmpty() ? QString::fromLatin1(statusPage) : link);

        const QString type = object.value(QLatin1StringView("type")).toString();
        const std::optional<Status> severity = lookUp(typeTable, type);
        if (!severity)
            m_builder.warnUnknown(QLatin1StringView("incident type"), type);
        incident.severity = severity.value_or(Status::Unknown);

        const QString stateWord = object.value(QLatin1StringView("status")).toString();
        const std::optional<IncidentState> state = incidentState(stateWord);
        if (!state)
            m_builder.warnUnknown(QLatin1StringView("incident status"), stateWord);
        incident.state = state.value_or(IncidentState::Investigating);
        incident.startedAt = json::instant(object.value(QLatin1StringView("date_created")));
        if (!incident.isOpen())
            incident.resolvedAt = json::instant(object.value(QLatin1StringView("date_updated")));

        readNotes(object, incident);
        if (!incident.resolvedAt.isValid() && !incident.isOpen() && !incident.updates.isEmpty())
            incident.resolvedAt = incident.updates.constLast().at;

        // A maintenance that is only announced colours nothing yet.
        const bool colours = incident.isOpen() && incident.state != IncidentState::Scheduled;
        for (const QJsonValue &value : json::arrayOrEmpty(object, QLatin1StringView("services"))) {
            const QString service = value.toString().trimmed();
            if (service.isEmpty())
                continue;
            const CellKey key = m_builder.key(service, globalRegion());
            if (!incident.affected.contains(key))
                incident.affected.append(key);
            // A service missing from the fixed list still gets its cell while an incident names it:
            // Slack adds services. Closed incidents may name services that are gone.
            if (colours)
                addCell(cell(service, incident.severity, incident.startedAt));
        }
        if (colours) {
            m_summary = worst(m_summary, incident.severity);
            if (incident.startedAt.isValid() && (!m_since.isValid() || incident.startedAt < m_since))
                m_since = incident.startedAt;
        }
        m_builder.addIncident(std::move(incident));
    }

    // Notes carry no state of their own: they follow the incident's kind, and the newest note of a
    // closed incident is the one that closed it.
    void readNotes(const QJsonObject &object, Incident &incident)
    {
        const bool maintenance =
            incident.state == IncidentState::Scheduled || incident.state == IncidentState::Completed;
        const QJsonArray notes =
            m_builder.capped(json::arrayOrEmpty(object, QLatin1StringView("notes")),
                             adapterkit::maxUpdatesPerIncident, QLatin1StringView("notes"));
        for (const QJsonValue &value : notes) {
            const QJsonObject note = value.toObject();
            IncidentUpdate update;
            update.at = json::instant(note.value(QLatin1StringView("date_created")));
            update.state = maintenance ? IncidentState::Scheduled : IncidentState::Investigating;
            update.text = note.value(QLatin1StringView("body")).toString();
            incident.updates.append(update);
        }
        std::stable_sort(incident.updates.begin(), incident.updates.end(),
                         [](const IncidentUpdate &a, const IncidentUpdate &b) { return a.at < b.at; });
        if (!incident.isOpen() && !incident.updates.isEmpty())
            incident.updates.last().state = incident.state;
    }

    const FeedContext &m_context;
    adapterkit::SnapshotBuilder m_builder;
    Status m_summary = Status::Operational;
    QDateTime m_since;
};

QString notSlack()
{
    return QStringLiteral("not a Slack status feed: expected an object with \"active_incidents\" or an "
                          "array of incidents with \"title\" and \"notes\"");
}

ParseResult readCurrent(const QJsonValue &root, const FeedContext &context)
{
    if (!root.isObject() || !looksLikeCurrent(root.toObject()))
        return ParseResult::failure(notSlack());
    return ParseResult::success(Reader(context).readCurrent(root.toObject()));
}

ParseResult readHistory(const QJsonValue &root, const FeedContext &context)
{
    const QJsonArray incidents = root.toArray();
    // An empty history is a valid (quiet) answer once the caller knows it asked Slack.
    if (!root.isArray() || (!incidents.isEmpty() && !looksLikeHistory(incidents)))
        return ParseResult::failure(notSlack());
    return ParseResult::success(Reader(context).readHistory(incidents));
}

} // namespace

QStringList knownServices()
{
    return {QStringLiteral("Login/SSO"),
            QStringLiteral("Messaging"),
            QStringLiteral("Notifications"),
            QStringLiteral("Search"),
            QStringLiteral("Workspace/Org Administration"),
            QStringLiteral("Canvases"),
            QStringLiteral("Connectivity"),
            QStringLiteral("Files"),
            QStringLiteral("Huddles"),
            QStringLiteral("Apps/Integrations/APIs"),
            QStringLiteral("Workflows"),
            QStringLiteral("Posts/Files"),
            QStringLiteral("Calls"),
            QStringLiteral("Link Previews")};
}

Status typeStatus(QStringView type)
{
    return lookUp(typeTable, type).value_or(Status::Unknown);
}

Status overallStatus(QStringView status)
{
    return lookUp(overallTable, status).value_or(Status::Unknown);
}

std::optional<IncidentState> incidentState(QStringView status)
{
    return lookUp(stateTable, status);
}

bool looksLikeCurrent(const QJsonObject &root)
{
    return root.value(QLatin1StringView("status")).isString()
        && root.contains(QLatin1StringView("active_incidents"));
}

bool looksLikeHistory(const QJsonArray &root)
{
    if (root.isEmpty())
        return false;
    const QJsonObject first = root.first().toObject();
    return first.contains(QLatin1StringView("title")) && first.contains(QLatin1StringView("date_created"))
        && (first.contains(QLatin1StringView("notes")) || first.contains(QLatin1StringView("services")));
}

ParseResult parseCurrent(const QByteArray &body, const FeedContext &context)
{
    const json::Document document = json::parse(body);
    if (!document.error.isEmpty())
        return ParseResult::failure(document.error);
    return readCurrent(document.root, context);
}

ParseResult parseHistory(const QByteArray &body, const FeedContext &context)
{
    const json::Document document = json::parse(body);
    if (!document.error.isEmpty())
        return ParseResult::failure(document.error);
    return readHistory(document.root, context);
}

ParseResult parse(const QByteArray &body, const FeedContext &context)
{
    const json::Document document = json::parse(body);
    if (!document.error.isEmpty())
        return ParseResult::failure(document.error);
    return document.root.isArray() ? readHistory(document.root, context)
                                   : readCurrent(document.root, context);
}

} // namespace radar::slack
