// SPDX-License-Identifier: GPL-3.0-or-later
#include "instatusadapter.h"

#include "adapterkit.h"
#include "feeddates.h"
#include "jsoninput.h"

#include <QJsonArray>

namespace radar::instatus {

namespace {

using adapterkit::lookUp;
using adapterkit::Word;

// Component status, and incident impact, which uses the same words. MINOROUTAGE is an outage that
// Instatus ranks between a partial and a major one; Outage Radar has no step there, and an outage
// is more than degraded performance, so it reads as a partial outage.
constexpr Word<Status> componentTable[] = {
    {QLatin1StringView("OPERATIONAL"), Status::Operational},
    {QLatin1StringView("UNDERMAINTENANCE"), Status::Maintenance},
    {QLatin1StringView("DEGRADEDPERFORMANCE"), Status::Degraded},
    {QLatin1StringView("PARTIALOUTAGE"), Status::PartialOutage},
    {QLatin1StringView("MINOROUTAGE"), Status::PartialOutage},
    {QLatin1StringView("MAJOROUTAGE"), Status::MajorOutage},
};

// page.status.
constexpr Word<Status> pageTable[] = {
    {QLatin1StringView("UP"), Status::Operational},
    {QLatin1StringView("HASISSUES"), Status::Degraded},
    {QLatin1StringView("UNDERMAINTENANCE"), Status::Maintenance},
};

// activeIncidents[].status and activeMaintenances[].status.
constexpr Word<IncidentState> stateTable[] = {
    {QLatin1StringView("INVESTIGATING"), IncidentState::Investigating},
    {QLatin1StringView("IDENTIFIED"), IncidentState::Identified},
    {QLatin1StringView("MONITORING"), IncidentState::Monitoring},
    {QLatin1StringView("RESOLVED"), IncidentState::Resolved},
    {QLatin1StringView("NOTSTARTEDYET"), IncidentState::Scheduled},
    {QLatin1StringView("INPROGRESS"), IncidentState::InProgress},
    {QLatin1StringView("COMPLETED"), IncidentState::Completed},
};

enum class Kind { Incident, Maintenance };

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
        m_builder.setProviderName(page.value(QLatin1StringView("name")).toString().trimmed());
        m_pageUrl = page.value(QLatin1StringView("url")).toString().trimmed();
        const QString word = page.value(QLatin1StringView("status")).toString();
        const std::optional<Status> status = lookUp(pageTable, word);
        if (!status && page.contains(QLatin1StringView("status")))
            m_builder.warnUnknown(QLatin1StringView("page status"), word);
        Status summary = page.contains(QLatin1StringView("status")) ? status.value_or(Status::Unknown)
                                                                    : Status::Operational;
        // v3 omits both lists when they are empty; null reads as empty too.
        for (const QJsonValue &value :
             m_builder.capped(json::arrayOrEmpty(root, QLatin1StringView("activeIncidents")),
                              adapterkit::maxIncidents, QLatin1StringView("incidents")))
            summary = worst(summary, readItem(value.toObject(), Kind::Incident));
        for (const QJsonValue &value :
             m_builder.capped(json::arrayOrEmpty(root, QLatin1StringView("activeMaintenances")),
                              adapterkit::maxIncidents, QLatin1StringView("maintenances")))
            summary = worst(summary, readItem(value.toObject(), Kind::Maintenance));
        return m_builder.finish(summary, m_since);
    }

private:
    // Returns what the item contributes to the provider's summary now.
    Status readItem(const QJsonObject &object, Kind kind)
    {
        Incident incident;
        incident.provider = m_context.providerId;
        incident.title = object.value(QLatin1StringView("name")).toString().trimmed();
        const QString link = object.value(QLatin1StringView("url")).toString().trimmed();
        const QString started = object.value(QLatin1StringView(kind == Kind::Incident ? "started" : "start"))
                                    .toString()
                                    .trimmed();
        incident.startedAt = feeddates::fromAny(started);
        // The public summary often has no id: the incident's own page, or its name and start, stay
        // the same from one poll to the next.
        incident.id = object.value(QLatin1StringView("id")).toString().trimmed();
        if (incident.id.isEmpty())
            incident.id = link;
        if (incident.id.isEmpty() && !incident.title.isEmpty())
            incident.id = incident.title + u'@'
                + (incident.startedAt.isValid() ? incident.startedAt.toString(Qt::ISODate) : started);
        if (incident.id.isEmpty()) {
            m_builder.warn(QStringLiteral("an incident without an id, url or name was skipped"));
            return Status::Operational;
        }
        incident.url = QUrl(link.isEmpty() ? m_pageUrl : link);

        const QString stateWord = object.value(QLatin1StringView("status")).toString();
        const std::optional<IncidentState> state = incidentState(stateWord);
        if (!state)
            m_builder.warnUnknown(QLatin1StringView("incident status"), stateWord);
        incident.state = state.value_or(kind == Kind::Maintenance ? IncidentState::Scheduled
                                                                  : IncidentState::Investigating);
        Status contribution = Status::Operational;
        if (kind == Kind::Maintenance) {
            incident.severity = Status::Maintenance;
            readDuration(object, incident);
            // Only a running maintenance colours the page, not an announced one.
            if (incident.state == IncidentState::InProgress)
                contribution = Status::Maintenance;
        } else {
            const QString impactWord = object.value(QLatin1StringView("impact")).toString();
            const std::optional<Status> impact = lookUp(componentTable, impactWord);
            if (!impact && object.contains(QLatin1StringView("impact")))
                m_builder.warnUnknown(QLatin1StringView("incident impact"), impactWord);
            // An open incident with an "operational" impact is still something the page tells.
            incident.severity =
                impact == Status::Operational ? Status::Informational : impact.value_or(Status::Unknown);
            if (incident.isOpen()) {
                contribution = incident.severity;
                if (incident.startedAt.isValid() && (!m_since.isValid() || incident.startedAt < m_since))
                    m_since = incident.startedAt;
            }
        }
        m_builder.addIncident(std::move(incident));
        return contribution;
    }

    // `duration` is in minutes (a number, or a string of digits); it dates a completed maintenance.
    static void readDuration(const QJsonObject &object, Incident &incident)
    {
        const QJsonValue value = object.value(QLatin1StringView("duration"));
        bool ok = value.isDouble();
        const double minutes = ok ? value.toDouble() : value.toString().trimmed().toDouble(&ok);
        if (incident.state == IncidentState::Completed && ok && minutes >= 0 && minutes < 1e6
            && incident.startedAt.isValid())
            incident.resolvedAt = incident.startedAt.addSecs(qint64(minutes * 60));
    }

    const FeedContext &m_context;
    adapterkit::SnapshotBuilder m_builder;
    QString m_pageUrl;
    QDateTime m_since;
};

QString groupName(const QJsonValue &group)
{
    if (group.isObject())
        return group.toObject().value(QLatin1StringView("name")).toString().trimmed();
    return group.toString().trimmed();
}

class ComponentsReader
{
public:
    explicit ComponentsReader(const FeedContext &context)
        : m_builder(context)
    { }

    Snapshot read(const QJsonArray &items)
    {
        // Flatten first: a parent (isParent with children) is a group, its children the components.
        QList<QPair<QJsonObject, QString>> components; // component, group name
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            const QJsonArray children = json::arrayOrEmpty(item, QLatin1StringView("children"));
            if (components.size() > adapterkit::maxCells)
                break;
            if (children.isEmpty() && !item.value(QLatin1StringView("isParent")).toBool()) {
                components.append({item, groupName(item.value(QLatin1StringView("group")))});
                continue;
            }
            const QString parent = item.value(QLatin1StringView("name")).toString().trimmed();
            for (const QJsonValue &child : children) {
                if (components.size() > adapterkit::maxCells)
                    break; // the builder warns about the cells it drops
                components.append({child.toObject(), parent});
            }
        }
        QHash<QString, int> nameCount;
        for (const auto &[component, group] : std::as_const(components))
            ++nameCount[component.value(QLatin1StringView("name")).toString().trimmed()];

        Status summary = Status::Operational;
        for (const auto &[component, group] : std::as_const(components)) {
            CellReport cell;
            cell.serviceName = component.value(QLatin1StringView("name")).toString().trimmed();
            if (cell.serviceName.isEmpty())
                continue;
            cell.group = group;
            // Two components may share a name under different groups ("EU / API", "US / API").
            const QString service = nameCount.value(cell.serviceName) > 1 && !group.isEmpty()
                ? group + QStringLiteral(" / ") + cell.serviceName
                : cell.serviceName;
            cell.key = m_builder.key(service, globalRegion());
            cell.regionName = QStringLiteral("Global");
            const QString word = component.value(QLatin1StringView("status")).toString();
            const std::optional<Status> status = lookUp(componentTable, word);
            if (!status)
                m_builder.warnUnknown(QLatin1StringView("component status"), word);
            cell.status = status.value_or(Status::Unknown);
            m_builder.addCell(cell);
            summary = worst(summary, cell.status);
        }
        return m_builder.finish(summary, QDateTime());
    }

private:
    adapterkit::SnapshotBuilder m_builder;
};

ParseResult readSummary(const QJsonValue &root, const FeedContext &context)
{
    if (!root.isObject() || !looksLikeSummary(root.toObject()))
        return ParseResult::failure(QStringLiteral(
            "not an Instatus summary: expected an object with \"page\" and \"activeIncidents\""));
    return ParseResult::success(SummaryReader(context).read(root.toObject()));
}

ParseResult readComponents(const QJsonValue &root, const FeedContext &context)
{
    const bool empty = root.isArray() && root.toArray().isEmpty(); // quiet, once the caller knows the kind
    if (!empty && !looksLikeComponents(root))
        return ParseResult::failure(QStringLiteral(
            "not Instatus components: expected {\"components\": [...]} or an array of components"));
    const QJsonArray items =
        root.isObject() ? root.toObject().value(QLatin1StringView("components")).toArray() : root.toArray();
    return ParseResult::success(ComponentsReader(context).read(items));
}

} // namespace

Status componentStatus(QStringView word)
{
    return lookUp(componentTable, word).value_or(Status::Unknown);
}

Status pageStatus(QStringView word)
{
    return lookUp(pageTable, word).value_or(Status::Unknown);
}

std::optional<IncidentState> incidentState(QStringView word)
{
    return lookUp(stateTable, word);
}

bool looksLikeSummary(const QJsonObject &root)
{
    const QJsonObject page = root.value(QLatin1StringView("page")).toObject();
    if (!root.value(QLatin1StringView("page")).isObject() || root.contains(QLatin1StringView("components")))
        return false;
    return lookUp(pageTable, page.value(QLatin1StringView("status")).toString()).has_value()
        || root.contains(QLatin1StringView("activeIncidents"))
        || root.contains(QLatin1StringView("activeMaintenances"));
}

bool looksLikeComponents(const QJsonValue &root)
{
    if (root.isObject()) {
        const QJsonObject object = root.toObject();
        return object.value(QLatin1StringView("components")).isArray()
            && !object.contains(QLatin1StringView("page"));
    }
    const QJsonArray items = root.toArray();
    if (items.isEmpty())
        return false; // an empty list could be anybody's
    const QJsonObject first = items.first().toObject();
    return first.contains(QLatin1StringView("isParent"))
        || lookUp(componentTable, first.value(QLatin1StringView("status")).toString()).has_value();
}

ParseResult parseSummary(const QByteArray &body, const FeedContext &context)
{
    const json::Document document = json::parse(body);
    if (!document.error.isEmpty())
        return ParseResult::failure(document.error);
    return readSummary(document.root, context);
}

ParseResult parseComponents(const QByteArray &body, const FeedContext &context)
{
    const json::Document document = json::parse(body);
    if (!document.error.isEmpty())
        return ParseResult::failure(document.error);
    return readComponents(document.root, context);
}

ParseResult parse(const QByteArray &body, const FeedContext &context)
{
    const json::Document document = json::parse(body);
    if (!document.error.isEmpty())
        return ParseResult::failure(document.error);
    if (document.root.isObject() && looksLikeSummary(document.root.toObject()))
        return readSummary(document.root, context);
    if (looksLikeComponents(document.root))
        return readComponents(document.root, context);
    return ParseResult::failure(QStringLiteral(
        "not an Instatus feed: expected summary.json (\"page\", \"activeIncidents\") or components.json"));
}

} // namespace radar::instatus
