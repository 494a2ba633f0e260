// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusioadapter.h"

#include "adapterkit.h"
#include "jsoninput.h"

#include <QRegularExpression>

namespace radar::statusio {

namespace {

struct Code
{
    int code;
    Status status;
};

// status_code (kb.status.io status codes), on status_overall, services, containers and messages.
// 600 "Security Event" says nothing about availability: it reads as degraded, so it shows and
// counts (exit code 1) without claiming an outage nobody reported.
constexpr Code statusCodeTable[] = {
    {100, Status::Operational}, // Operational
    {200, Status::Maintenance}, // Planned Maintenance
    {300, Status::Degraded}, // Degraded Performance
    {400, Status::PartialOutage}, // Partial Service Disruption
    {500, Status::MajorOutage}, // Service Disruption
    {600, Status::Degraded}, // Security Event
};

struct StateCode
{
    int code;
    IncidentState state;
};

// messages[].state of an incident.
constexpr StateCode stateTable[] = {
    {100, IncidentState::Investigating},
    {200, IncidentState::Identified},
    {300, IncidentState::Monitoring},
    {400, IncidentState::Resolved},
};

// Container names that mean "everywhere" rather than a place.
bool isGlobalName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(global|worldwide|world-wide|everywhere|all-(regions|locations|data-?centers))$"));
    return pattern.match(name).hasMatch();
}

// -1 when absent; codes come as numbers, sometimes as strings of digits.
int codeOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt(-1);
    bool ok = false;
    const int code = value.toString().trimmed().toInt(&ok);
    return ok ? code : -1;
}

QString idOf(const QJsonObject &object)
{
    const QString id = object.value(QLatin1StringView("_id")).toString().trimmed();
    return id.isEmpty() ? object.value(QLatin1StringView("id")).toString().trimmed() : id;
}

enum class Kind { Incident, ActiveMaintenance, UpcomingMaintenance };

class Reader
{
public:
    explicit Reader(const FeedContext &context)
        : m_context(context)
        , m_builder(context)
    {
        // ".../1.0/status/<page id>": the page id is what every public link is built from.
        const QString scheme = context.url.scheme();
        if (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http"))
            return;
        const QStringList path = context.url.path().split(u'/', Qt::SkipEmptyParts);
        const qsizetype at = path.lastIndexOf(QStringLiteral("status"));
        if (at >= 0 && at + 1 < path.size())
            m_pageId = path.at(at + 1);
    }

    Snapshot read(const QJsonObject &result)
    {
        const QJsonValue overallCode = result.value(QLatin1StringView("status_overall"))
                                           .toObject()
                                           .value(QLatin1StringView("status_code"));
        Status summary = overallCode.isUndefined() ? Status::Operational : mapped(overallCode);
        for (const QJsonValue &value :
             m_builder.capped(json::arrayOrEmpty(result, QLatin1StringView("status")), adapterkit::maxCells,
                              QLatin1StringView("services")))
            readService(value.toObject());
        for (const CellReport &cell : m_builder.cells())
            summary = worst(summary, cell.status);

        const QJsonObject maintenance = result.value(QLatin1StringView("maintenance")).toObject();
        const struct
        {
            QJsonArray items;
            Kind kind;
        } lists[] = {
            {json::arrayOrEmpty(result, QLatin1StringView("incidents")), Kind::Incident},
            {json::arrayOrEmpty(maintenance, QLatin1StringView("active")), Kind::ActiveMaintenance},
            {json::arrayOrEmpty(maintenance, QLatin1StringView("upcoming")), Kind::UpcomingMaintenance}};
        for (const auto &list : lists) {
            for (const QJsonValue &value :
                 m_builder.capped(list.items, adapterkit::maxIncidents, QLatin1StringView("incidents")))
                summary = worst(summary, readItem(value.toObject(), list.kind));
        }
        return m_builder.finish(summary, m_since);
    }

private:
    Status mapped(const QJsonValue &code)
    {
        const Status status = statusCodeStatus(codeOf(code));
        if (status == Status::Unknown)
            m_builder.warnUnknown(QLatin1StringView("status_code"),
                                  code.isDouble() ? QString::number(code.toDouble()) : code.toString());
        return status;
    }

    void readService(const QJsonObject &service)
    {
        const QString name = service.value(QLatin1StringView("name")).toString().trimmed();
        if (name.isEmpty())
            return;
        m_serviceById.insert(service.value(QLatin1StringView("id")).toString(), name);
        const QJsonArray containers = json::arrayOrEmpty(service, QLatin1StringView("containers"));
        if (containers.isEmpty()) {
            addCell(name, globalRegion(), QStringLiteral("Global"), service);
            return;
        }
        for (const QJsonValue &value : containers) {
            const QJsonObject container = value.toObject();
            const QString containerName = container.value(QLatin1StringView("name")).toString().simplified();
            const QString region = regionOfContainer(containerName);
            if (region.isEmpty())
                continue;
            m_regionByContainerId.insert(container.value(QLatin1StringView("id")).toString(), region);
            addCell(name, region, region == globalRegion() ? QStringLiteral("Global") : containerName,
                    container);
        }
    }

    void addCell(const QString &service, const QString &region, const QString &regionName,
                 const QJsonObject &object)
    {
        CellReport cell;
        cell.key = m_builder.key(service, region);
        cell.serviceName = service;
        cell.regionName = regionName;
        cell.status = mapped(object.value(QLatin1StringView("status_code")));
        cell.since = json::instant(object.value(QLatin1StringView("updated")));
        m_builder.addCell(cell);
        if (!m_regionsOf.value(service).contains(region))
            m_regionsOf[service].append(region);
    }

    QUrl link(Kind kind, const QString &id) const
    {
        if (m_pageId.isEmpty())
            return QUrl();
        const QString base = QStringLiteral("https://status.io/pages/");
        if (id.isEmpty())
            return QUrl(base + m_pageId);
        return QUrl(base
                    + (kind == Kind::Incident ? QStringLiteral("incident/") : QStringLiteral("maintenance/"))
                    + m_pageId + u'/' + id);
    }

    // Returns what the item contributes to the provider's summary now.
    Status readItem(const QJsonObject &object, Kind kind)
    {
        Incident incident;
        incident.provider = m_context.providerId;
        incident.id = idOf(object);
        if (incident.id.isEmpty()) {
            m_builder.warn(QStringLiteral("an incident without an _id was skipped"));
            return Status::Operational;
        }
        incident.title = object.value(QLatin1StringView("name")).toString().trimmed();
        incident.url = link(kind, incident.id);
        incident.startedAt = json::instant(object.value(
            QLatin1StringView(kind == Kind::Incident ? "datetime_open" : "datetime_planned_start")));
        if (!incident.startedAt.isValid())
            incident.startedAt = json::instant(object.value(QLatin1StringView("datetime_open")));
        readMessages(object, kind, incident);
        if (!incident.startedAt.isValid() && !incident.updates.isEmpty())
            incident.startedAt = incident.updates.constFirst().at;
        readAffected(object, incident);

        Status contribution = Status::Operational;
        if (kind == Kind::Incident && incident.isOpen()) {
            contribution = incident.severity;
            if (incident.startedAt.isValid() && (!m_since.isValid() || incident.startedAt < m_since))
                m_since = incident.startedAt;
        } else if (kind == Kind::ActiveMaintenance) {
            contribution = Status::Maintenance;
        }
        m_builder.addIncident(std::move(incident));
        return contribution;
    }

    // An incident's lifecycle and severity come from its messages: the state of the newest one, and
    // its status while open (the current impact) or the worst status once resolved (the newest
    // message of a resolved incident usually says operational). Maintenance messages carry no
    // lifecycle Outage Radar knows: they are scheduled until the planned start, in progress after.
    void readMessages(const QJsonObject &object, Kind kind, Incident &incident)
    {
        const QJsonArray messages =
            m_builder.capped(json::arrayOrEmpty(object, QLatin1StringView("messages")),
                             adapterkit::maxUpdatesPerIncident, QLatin1StringView("messages"));
        QList<QPair<IncidentUpdate, Status>> entries;
        for (const QJsonValue &value : messages) {
            const QJsonObject message = value.toObject();
            IncidentUpdate update;
            update.at = json::instant(message.value(QLatin1StringView("datetime")));
            update.text = message.value(QLatin1StringView("details")).toString();
            if (kind == Kind::Incident) {
                const int code = codeOf(message.value(QLatin1StringView("state")));
                const std::optional<IncidentState> state = messageState(code);
                if (!state)
                    m_builder.warnUnknown(QLatin1StringView("message state"), QString::number(code));
                update.state = state.value_or(entries.isEmpty() ? IncidentState::Investigating
                                                                : entries.constLast().first.state);
            } else {
                const bool started = kind == Kind::ActiveMaintenance
                    && (!incident.startedAt.isValid() || !update.at.isValid()
                        || update.at >= incident.startedAt);
                update.state = started ? IncidentState::InProgress : IncidentState::Scheduled;
            }
            const QJsonValue code = message.value(QLatin1StringView("status"));
            entries.append({update, code.isUndefined() ? Status::Unknown : mapped(code)});
        }
        std::stable_sort(entries.begin(), entries.end(),
                         [](const auto &a, const auto &b) { return a.first.at < b.first.at; });
        for (const auto &entry : std::as_const(entries))
            incident.updates.append(entry.first);

        if (kind != Kind::Incident) {
            incident.severity = Status::Maintenance;
            incident.state =
                kind == Kind::ActiveMaintenance ? IncidentState::InProgress : IncidentState::Scheduled;
            return;
        }
        incident.state = entries.isEmpty() ? IncidentState::Investigating : entries.constLast().first.state;
        Status severity = Status::Operational;
        if (!incident.isOpen()) {
            for (const auto &entry : std::as_const(entries))
                severity = worst(severity, entry.second);
        } else if (!entries.isEmpty()) {
            severity = entries.constLast().second;
        }
        // An open incident at "operational" is still something the provider chose to tell.
        incident.severity = severity == Status::Operational ? Status::Informational : severity;
        if (!incident.isOpen()) {
            incident.resolvedAt = json::instant(object.value(QLatin1StringView("datetime_closed")));
            if (!incident.resolvedAt.isValid() && !entries.isEmpty())
                incident.resolvedAt = entries.constLast().first.at;
        }
    }

    // components_affected names services, containers_affected names where: their crossing, limited
    // to the cells the page has, is what the item affects.
    void readAffected(const QJsonObject &object, Incident &incident)
    {
        QStringList services;
        for (const QJsonValue &value : json::arrayOrEmpty(object, QLatin1StringView("components_affected"))) {
            const QJsonObject component = value.toObject();
            const QString name = m_serviceById.value(
                idOf(component), component.value(QLatin1StringView("name")).toString().trimmed());
            if (!name.isEmpty() && !services.contains(name))
                services.append(name);
        }
        QStringList regions;
        for (const QJsonValue &value : json::arrayOrEmpty(object, QLatin1StringView("containers_affected"))) {
            const QJsonObject container = value.toObject();
            const QString region = m_regionByContainerId.value(
                idOf(container), regionOfContainer(container.value(QLatin1StringView("name")).toString()));
            if (!region.isEmpty() && !regions.contains(region))
                regions.append(region);
        }
        auto add = [&](const QString &service, const QString &region) {
            const CellKey key = m_builder.key(service, region);
            if (!incident.affected.contains(key))
                incident.affected.append(key);
        };
        if (services.isEmpty()) {
            for (const CellReport &cell : m_builder.cells()) {
                if (regions.contains(cell.key.region))
                    add(cell.key.service, cell.key.region);
            }
            return;
        }
        for (const QString &service : std::as_const(services)) {
            const QStringList known = m_regionsOf.value(service);
            QStringList chosen;
            for (const QString &region : std::as_const(regions)) {
                if (known.contains(region))
                    chosen.append(region);
            }
            if (chosen.isEmpty())
                chosen = !known.isEmpty() ? known
                    : !regions.isEmpty()  ? regions
                                          : QStringList {globalRegion()};
            for (const QString &region : std::as_const(chosen))
                add(service, region);
        }
    }

    const FeedContext &m_context;
    adapterkit::SnapshotBuilder m_builder;
    QString m_pageId;
    QHash<QString, QString> m_serviceById;
    QHash<QString, QString> m_regionByContainerId;
    QHash<QString, QStringList> m_regionsOf; // service -> its regions, in feed order
    QDateTime m_since;
};

} // namespace

Status statusCodeStatus(int code)
{
    for (const Code &row : statusCodeTable) {
        if (row.code == code)
            return row.status;
    }
    return Status::Unknown;
}

std::optional<IncidentState> messageState(int code)
{
    for (const StateCode &row : stateTable) {
        if (row.code == code)
            return row.state;
    }
    return std::nullopt;
}

QString regionOfContainer(QStringView name)
{
    const QString region = name.toString().simplified().toLower().replace(u' ', u'-');
    return isGlobalName(region) ? globalRegion() : region;
}

bool looksLikeStatus(const QJsonObject &root)
{
    const QJsonObject result = root.value(QLatin1StringView("result")).toObject();
    return result.value(QLatin1StringView("status_overall")).isObject()
        || (result.value(QLatin1StringView("status")).isArray()
            && result.value(QLatin1StringView("maintenance")).isObject());
}

ParseResult parseStatus(const QByteArray &body, const FeedContext &context)
{
    const json::Document document = json::parse(body);
    if (!document.error.isEmpty())
        return ParseResult::failure(document.error);
    const QJsonObject root = document.root.toObject();
    if (!document.root.isObject() || !looksLikeStatus(root))
        return ParseResult::failure(QStringLiteral(
            "not a Status.io status: expected {\"result\": {\"status_overall\": ..., \"status\": [...]}}"));
    return ParseResult::success(Reader(context).read(root.value(QLatin1StringView("result")).toObject()));
}

} // namespace radar::statusio
