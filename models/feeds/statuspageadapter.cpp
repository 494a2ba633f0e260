// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuspageadapter.h"

#include "adapterkit.h"
#include "jsoninput.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace radar::statuspage {

namespace {

// component.status (Statuspage), plus incident.io's "full_outage".
constexpr adapterkit::Word<Status> componentTable[] = {
    {QLatin1StringView("operational"), Status::Operational},
    {QLatin1StringView("degraded_performance"), Status::Degraded},
    {QLatin1StringView("partial_outage"), Status::PartialOutage},
    {QLatin1StringView("major_outage"), Status::MajorOutage},
    {QLatin1StringView("full_outage"), Status::MajorOutage},
    {QLatin1StringView("under_maintenance"), Status::Maintenance},
};

// status.indicator: the page's own verdict.
constexpr adapterkit::Word<Status> indicatorTable[] = {
    {QLatin1StringView("none"), Status::Operational},
    {QLatin1StringView("minor"), Status::Degraded},
    {QLatin1StringView("major"), Status::PartialOutage},
    {QLatin1StringView("critical"), Status::MajorOutage},
    {QLatin1StringView("maintenance"), Status::Maintenance},
};

// incident.impact: "none" still means something is being reported.
constexpr adapterkit::Word<Status> impactTable[] = {
    {QLatin1StringView("none"), Status::Informational},
    {QLatin1StringView("minor"), Status::Degraded},
    {QLatin1StringView("major"), Status::PartialOutage},
    {QLatin1StringView("critical"), Status::MajorOutage},
    {QLatin1StringView("maintenance"), Status::Maintenance},
};

// Statuspage pages carry filler components such as "Visit www.githubstatus.com for more information".
bool isPlaceholder(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^visit \\S+ for more information"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

class SummaryReader
{
public:
    explicit SummaryReader(const FeedContext &context)
        : m_context(context)
        , m_builder(context)
    { }

    Snapshot read(const QJsonObject &root)
    {
        const QJsonObject page = root.value(QLatin1StringView("page")).toObject();
        m_builder.setProviderName(page.value(QLatin1StringView("name")).toString());
        m_pageUrl = page.value(QLatin1StringView("url")).toString();

        readComponents(json::arrayOrEmpty(root, QLatin1StringView("components")));
        Status pageStatus = readIndicator(root.value(QLatin1StringView("status")).toObject());
        for (const QJsonValue &value :
             m_builder.capped(json::arrayOrEmpty(root, QLatin1StringView("incidents")),
                              adapterkit::maxIncidents, QLatin1StringView("incidents")))
            pageStatus = worst(pageStatus, readIncident(value.toObject(), Kind::Incident));
        for (const QJsonValue &value :
             m_builder.capped(json::arrayOrEmpty(root, QLatin1StringView("scheduled_maintenances")),
                              adapterkit::maxIncidents, QLatin1StringView("scheduled_maintenances")))
            pageStatus = worst(pageStatus, readIncident(value.toObject(), Kind::Maintenance));
        return m_builder.finish(pageStatus, m_earliestOpenStart);
    }

private:
    enum class Kind { Incident, Maintenance };

    void warnUnknown(const char *field, const QString &value)
    {
        m_builder.warnUnknown(QLatin1StringView(field), value);
    }

    void readComponents(const QJsonArray &components)
    {
        QHash<QString, QString> groupNames; // group id -> name
        for (const QJsonValue &value : components) {
            const QJsonObject component = value.toObject();
            if (component.value(QLatin1StringView("group")).toBool())
                groupNames.insert(component.value(QLatin1StringView("id")).toString(),
                                  component.value(QLatin1StringView("name")).toString());
        }
        QHash<QString, int> nameCount;
        for (const QJsonValue &value : components)
            ++nameCount[value.toObject().value(QLatin1StringView("name")).toString()];

        for (const QJsonValue &value :
             m_builder.capped(components, adapterkit::maxCells, QLatin1StringView("components"))) {
            const QJsonObject component = value.toObject();
            const QString name = component.value(QLatin1StringView("name")).toString().trimmed();
            if (component.value(QLatin1StringView("group")).toBool() || name.isEmpty() || isPlaceholder(name))
                continue;
            CellReport cell;
            cell.group = groupNames.value(component.value(QLatin1StringView("group_id")).toString());
            cell.serviceName = name;
            // Two components may share a name under different groups ("Europe / API", "Asia / API").
            const QString service = nameCount.value(name) > 1 && !cell.group.isEmpty()
                ? cell.group + QStringLiteral(" / ") + name
                : name;
            cell.key = m_builder.key(service, globalRegion());
            cell.regionName = QStringLiteral("Global");
            const QString word = component.value(QLatin1StringView("status")).toString();
            const std::optional<Status> status = adapterkit::lookUp(componentTable, word);
            if (!status)
                warnUnknown("component status", word);
            cell.status = status.value_or(Status::Unknown);
            cell.since = json::instant(component.value(QLatin1StringView("updated_at")));
            m_serviceById.insert(component.value(QLatin1StringView("id")).toString(), service);
            m_builder.addCell(cell);
        }
    }

    Status readIndicator(const QJsonObject &status)
    {
        if (!status.contains(QLatin1StringView("indicator")))
            return Status::Operational; // the page's verdict is then what its components say
        const QString word = status.value(QLatin1StringView("indicator")).toString();
        const std::optional<Status> mapped = adapterkit::lookUp(indicatorTable, word);
        if (!mapped)
            warnUnknown("status indicator", word);
        return mapped.value_or(Status::Unknown);
    }

    // Returns what the incident contributes to the page's overall status.
    Status readIncident(const QJsonObject &object, Kind kind)
    {
        Incident incident;
        incident.id = object.value(QLatin1StringView("id")).toString();
        if (incident.id.isEmpty())
            return Status::Operational;
        incident.provider = m_context.providerId;
        incident.title = object.value(QLatin1StringView("name")).toString().trimmed();

        const QString stateWord = object.value(QLatin1StringView("status")).toString();
        const std::optional<IncidentState> state = incidentState(stateWord);
        if (!state)
            warnUnknown("incident status", stateWord);
        incident.state = state.value_or(kind == Kind::Maintenance ? IncidentState::Scheduled
                                                                  : IncidentState::Investigating);

        const QString impactWord = object.value(QLatin1StringView("impact")).toString();
        const std::optional<Status> impact = adapterkit::lookUp(impactTable, impactWord);
        if (!impact && !impactWord.isEmpty())
            warnUnknown("incident impact", impactWord);
        incident.severity =
            kind == Kind::Maintenance ? Status::Maintenance : impact.value_or(Status::Unknown);

        incident.startedAt =
            json::instant(object.value(kind == Kind::Maintenance ? QLatin1StringView("scheduled_for")
                                                                 : QLatin1StringView("started_at")));
        if (!incident.startedAt.isValid())
            incident.startedAt = json::instant(object.value(QLatin1StringView("created_at")));
        incident.resolvedAt = json::instant(object.value(QLatin1StringView("resolved_at")));

        const QString shortlink = object.value(QLatin1StringView("shortlink")).toString();
        incident.url = QUrl(shortlink.isEmpty() && !m_pageUrl.isEmpty()
                                ? m_pageUrl + QStringLiteral("/incidents/") + incident.id
                                : shortlink);

        readUpdates(object, incident);
        readAffected(object, incident); // after the updates, which may name the components instead
        m_builder.addIncident(incident);

        if (!incident.isOpen())
            return Status::Operational;
        if (kind == Kind::Maintenance) {
            // A maintenance only colours the page while it runs, not while it is merely announced.
            return incident.state == IncidentState::InProgress ? Status::Maintenance : Status::Operational;
        }
        if (incident.startedAt.isValid()
            && (!m_earliestOpenStart.isValid() || incident.startedAt < m_earliestOpenStart))
            m_earliestOpenStart = incident.startedAt;
        return incident.severity;
    }

    // The cells of the components listed, by the service id their cells got. Incidents list
    // components by `id`, updates by `code` (the same id); a component not on the page keeps its name.
    QList<CellKey> componentKeys(const QJsonArray &components, QLatin1StringView idField) const
    {
        QList<CellKey> keys;
        for (const QJsonValue &value : components) {
            const QJsonObject component = value.toObject();
            const QString service =
                m_serviceById.value(component.value(idField).toString(),
                                    component.value(QLatin1StringView("name")).toString().trimmed());
            const CellKey key {m_context.providerId, service, globalRegion()};
            if (!service.isEmpty() && !keys.contains(key))
                keys.append(key);
        }
        return keys;
    }

    void readAffected(const QJsonObject &object, Incident &incident)
    {
        incident.affected = componentKeys(json::arrayOrEmpty(object, QLatin1StringView("components")),
                                          QLatin1StringView("id"));
        // incident.io pages list no components on the incident; the updates may still name them.
        if (!incident.affected.isEmpty())
            return;
        for (const IncidentUpdate &update : std::as_const(incident.updates)) {
            for (const CellKey &key : update.affected) {
                if (!incident.affected.contains(key))
                    incident.affected.append(key);
            }
        }
    }

    void readUpdates(const QJsonObject &object, Incident &incident)
    {
        for (const QJsonValue &value : json::arrayOrEmpty(object, QLatin1StringView("incident_updates"))) {
            const QJsonObject update = value.toObject();
            IncidentUpdate entry;
            entry.at = json::instant(update.value(QLatin1StringView("display_at")));
            if (!entry.at.isValid())
                entry.at = json::instant(update.value(QLatin1StringView("created_at")));
            entry.state =
                incidentState(update.value(QLatin1StringView("status")).toString()).value_or(incident.state);
            entry.text = update.value(QLatin1StringView("body")).toString();
            entry.affected =
                componentKeys(json::arrayOrEmpty(update, QLatin1StringView("affected_components")),
                              QLatin1StringView("code"));
            incident.updates.append(entry);
        }
    }

    const FeedContext &m_context;
    adapterkit::SnapshotBuilder m_builder;
    QString m_pageUrl;
    QHash<QString, QString> m_serviceById;
    QDateTime m_earliestOpenStart;
};

} // namespace

Status componentStatus(QStringView value)
{
    return adapterkit::lookUp(componentTable, value).value_or(Status::Unknown);
}

Status indicatorStatus(QStringView value)
{
    return adapterkit::lookUp(indicatorTable, value).value_or(Status::Unknown);
}

Status impactStatus(QStringView value)
{
    return adapterkit::lookUp(impactTable, value).value_or(Status::Unknown);
}

std::optional<IncidentState> incidentState(QStringView value)
{
    if (value == QLatin1StringView("postmortem"))
        return IncidentState::Resolved;
    if (value == QLatin1StringView("verifying"))
        return IncidentState::InProgress;
    return incidentStateFromName(value);
}

bool looksLikeSummary(const QJsonObject &root)
{
    // summary.json and components.json carry components, status.json the indicator, incidents.json
    // (the 50 most recent) and scheduled-maintenances.json their lists.
    return root.value(QLatin1StringView("page")).isObject()
        && (root.contains(QLatin1StringView("components")) || root.contains(QLatin1StringView("incidents"))
            || root.contains(QLatin1StringView("scheduled_maintenances"))
            || root.value(QLatin1StringView("status")).toObject().contains(QLatin1StringView("indicator")));
}

ParseResult parseSummary(const QByteArray &body, const FeedContext &context)
{
    const json::Document document = json::parse(body);
    if (!document.error.isEmpty())
        return ParseResult::failure(document.error);
    const QJsonObject root = document.root.toObject();
    if (!looksLikeSummary(root))
        return ParseResult::failure(
            QStringLiteral("not a Statuspage summary: expected an object with \"page\" and \"components\", "
                           "\"incidents\" or \"scheduled_maintenances\""));
    return ParseResult::success(SummaryReader(context).read(root));
}

} // namespace radar::statuspage
