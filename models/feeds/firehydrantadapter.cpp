// SPDX-License-Identifier: GPL-3.0-or-later
#include "firehydrantadapter.h"

#include "adapterkit.h"
#include "jsoninput.h"

#include <QJsonArray>

#include <algorithm>

namespace radar::firehydrant {

namespace {

using adapterkit::lookUp;
using adapterkit::Word;

// incidents[].severitySlug. Slugs are set per organisation; these are FireHydrant's defaults.
// UNSET is an incident nobody rated yet: while open it is at least a degradation.
constexpr Word<Status> severityTable[] = {
    {QLatin1StringView("SEV1"), Status::MajorOutage},
    {QLatin1StringView("SEV2"), Status::PartialOutage},
    {QLatin1StringView("SEV3"), Status::Degraded},
    {QLatin1StringView("SEV4"), Status::Degraded},
    {QLatin1StringView("SEV5"), Status::Informational},
    {QLatin1StringView("UNSET"), Status::Degraded},
    {QLatin1StringView("MAINTENANCE"), Status::Maintenance},
};

// The canonical values of the payload's `conditions` table (display name -> canonical).
constexpr Word<Status> conditionTable[] = {
    {QLatin1StringView("OPERATIONAL"), Status::Operational},
    {QLatin1StringView("DEGRADED"), Status::Degraded},
    {QLatin1StringView("OFFLINE"), Status::MajorOutage},
};

// Milestone slugs (the keys of incidents[].timestamps, lifecyclePhases[].milestones[].slug and
// milestoneUpdate.currentMilestone). The furthest milestone reached is the incident's state.
constexpr Word<IncidentState> milestoneTable[] = {
    {QLatin1StringView("started"), IncidentState::Investigating},
    {QLatin1StringView("detected"), IncidentState::Investigating},
    {QLatin1StringView("acknowledged"), IncidentState::Investigating},
    {QLatin1StringView("investigating"), IncidentState::Investigating},
    {QLatin1StringView("identified"), IncidentState::Identified},
    {QLatin1StringView("mitigated"), IncidentState::Monitoring},
    {QLatin1StringView("monitoring"), IncidentState::Monitoring},
    {QLatin1StringView("resolved"), IncidentState::Resolved},
    {QLatin1StringView("postmortem_started"), IncidentState::Resolved},
    {QLatin1StringView("postmortem_completed"), IncidentState::Resolved},
    {QLatin1StringView("closed"), IncidentState::Resolved},
};

// lifecyclePhases[].type: places a milestone an organisation added ("pending-customer-response").
constexpr Word<IncidentState> phaseTable[] = {
    {QLatin1StringView("STARTED"), IncidentState::Investigating},
    {QLatin1StringView("ACTIVE"), IncidentState::Investigating},
    {QLatin1StringView("POST_INCIDENT"), IncidentState::Resolved},
    {QLatin1StringView("CLOSED"), IncidentState::Resolved},
};

int progress(IncidentState state)
{
    switch (state) {
    case IncidentState::Identified:
        return 1;
    case IncidentState::Monitoring:
        return 2;
    case IncidentState::Resolved:
        return 3;
    default:
        return 0;
    }
}

// A note's text: a string under details.note, or one level deeper for BulkImpactUpdate events.
QString noteOf(const QJsonObject &entry)
{
    const QJsonValue note =
        entry.value(QLatin1StringView("details")).toObject().value(QLatin1StringView("note"));
    return note.isObject() ? note.toObject().value(QLatin1StringView("note")).toString() : note.toString();
}

// Notes open with the milestone they announce: "➡️ **Identified** — ...", "Resolved - ...".
std::optional<IncidentState> stateNamedBy(const QString &note)
{
    qsizetype start = 0;
    while (start < note.size() && start < 16 && !note.at(start).isLetter())
        ++start;
    qsizetype end = start;
    while (end < note.size() && note.at(end).isLetter())
        ++end;
    return lookUp(milestoneTable, QStringView(note).mid(start, end - start), Qt::CaseInsensitive);
}

class Reader
{
public:
    explicit Reader(const FeedContext &context)
        : m_context(context)
        , m_builder(context)
    {
        const QString scheme = context.url.scheme();
        if (scheme == QLatin1StringView("https") || scheme == QLatin1StringView("http")) {
            QString path = context.url.path();
            const qsizetype data = path.lastIndexOf(QLatin1StringView("/data/"));
            path = data >= 0 ? path.left(data) : QString();
            m_pageUrl =
                context.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemovePath).toString()
                + path;
        }
    }

    Snapshot read(const QJsonObject &root)
    {
        const QJsonObject config = root.value(QLatin1StringView("config")).toObject();
        QString name = config.value(QLatin1StringView("companyName")).toString().trimmed();
        m_builder.setProviderName(
            name.isEmpty() ? config.value(QLatin1StringView("title")).toString().trimmed() : name);
        m_conditions = root.value(QLatin1StringView("conditions")).toObject();
        for (const QJsonValue &value :
             m_builder.capped(json::arrayOrEmpty(root, QLatin1StringView("components")), adapterkit::maxCells,
                              QLatin1StringView("components"))) {
            const QJsonObject component = value.toObject();
            const QString service = component.value(QLatin1StringView("name")).toString().trimmed();
            if (service.isEmpty())
                continue;
            m_serviceById.insert(component.value(QLatin1StringView("id")).toString(), service);
            addCell(service, Status::Operational, QDateTime());
        }
        for (const QJsonValue &value :
             m_builder.capped(json::arrayOrEmpty(root, QLatin1StringView("incidents")),
                              adapterkit::maxIncidents, QLatin1StringView("incidents")))
            readIncident(value.toObject());
        for (const CellReport &cell : m_builder.cells())
            m_summary = worst(m_summary, cell.status);
        return m_builder.finish(m_summary, m_since);
    }

private:
    void addCell(const QString &service, Status status, const QDateTime &since)
    {
        CellReport cell;
        cell.key = m_builder.key(service, globalRegion());
        cell.serviceName = service;
        cell.regionName = QStringLiteral("Global");
        cell.status = status;
        cell.since = since;
        m_builder.addCell(cell);
    }

    // A condition's display name goes through the page's table to a canonical word; a name the
    // table lacks is tried as a canonical word itself.
    std::optional<Status> condition(const QString &displayName)
    {
        if (displayName.isEmpty())
            return std::nullopt;
        const QString canonical = m_conditions.value(displayName).toString(displayName.toUpper());
        const std::optional<Status> status = lookUp(conditionTable, canonical);
        if (!status)
            m_builder.warnUnknown(QLatin1StringView("condition"), canonical);
        return status.value_or(Status::Unknown);
    }

    void readIncident(const QJsonObject &object)
    {
        Incident incident;
        incident.provider = m_context.providerId;
        incident.id = object.value(QLatin1StringView("id")).toString().trimmed();
        if (incident.id.isEmpty()) {
            m_builder.warn(QStringLiteral("an incident without an id was skipped"));
            return;
        }
        incident.title = object.value(QLatin1StringView("title")).toString().trimmed();
        if (!m_pageUrl.isEmpty())
            incident.url = QUrl(m_pageUrl + QStringLiteral("/incidents/") + incident.id);

        QString slug = object.value(QLatin1StringView("severitySlug")).toString().trimmed();
        if (slug.isEmpty())
            slug = QStringLiteral("UNSET");
        const bool maintenance = slug.compare(QLatin1StringView("MAINTENANCE"), Qt::CaseInsensitive) == 0;
        const std::optional<Status> rated = lookUp(severityTable, slug, Qt::CaseInsensitive);
        if (!rated)
            m_builder.warnUnknown(QLatin1StringView("severitySlug"), slug);

        const QJsonObject timestamps = object.value(QLatin1StringView("timestamps")).toObject();
        incident.startedAt = json::instant(timestamps.value(QLatin1StringView("started")));
        if (!incident.startedAt.isValid())
            incident.startedAt = json::instant(timestamps.value(QLatin1StringView("detected")));
        const IncidentState reached = furthestMilestone(object, timestamps);
        const bool open =
            reached != IncidentState::Resolved && !timestamps.contains(QLatin1StringView("resolved"));
        incident.state = maintenance ? (open ? IncidentState::InProgress : IncidentState::Completed)
                                     : (open ? reached : IncidentState::Resolved);
        if (!open) {
            incident.resolvedAt = json::instant(timestamps.value(QLatin1StringView("resolved")));
            if (!incident.resolvedAt.isValid())
                incident.resolvedAt = json::instant(timestamps.value(QLatin1StringView("closed")));
        }

        // The components it names, with the condition it gives each.
        QList<QPair<QString, std::optional<Status>>> named;
        auto name = [&](const QString &service, const QString &conditionName) {
            if (service.isEmpty() || std::any_of(named.cbegin(), named.cend(), [&](const auto &n) {
                    return n.first == service;
                }))
                return;
            named.append({service, condition(conditionName)});
        };
        for (const QJsonValue &value : json::arrayOrEmpty(object, QLatin1StringView("components"))) {
            const QJsonObject component = value.toObject();
            name(m_serviceById.value(component.value(QLatin1StringView("id")).toString(),
                                     component.value(QLatin1StringView("name")).toString().trimmed()),
                 component.value(QLatin1StringView("condition")).toString());
        }
        const QJsonObject conditions = object.value(QLatin1StringView("componentConditions")).toObject();
        for (auto it = conditions.constBegin(); it != conditions.constEnd(); ++it)
            name(it.key().trimmed(), it.value().toString());

        Status severity = rated.value_or(Status::Unknown);
        for (const auto &[service, status] : std::as_const(named))
            severity = worst(severity, status.value_or(Status::Operational));
        incident.severity = maintenance ? Status::Maintenance : severity;
        for (const auto &[service, status] : std::as_const(named)) {
            incident.affected.append(m_builder.key(service, globalRegion()));
            // A closed incident creates no cell: the component may be long gone from the page.
            if (open)
                addCell(service, maintenance ? Status::Maintenance : status.value_or(incident.severity),
                        incident.startedAt);
        }
        if (open) {
            m_summary = worst(m_summary, incident.severity);
            if (!maintenance && incident.startedAt.isValid()
                && (!m_since.isValid() || incident.startedAt < m_since))
                m_since = incident.startedAt;
        }
        readTimeline(object, maintenance, incident);
        if (!incident.startedAt.isValid() && !incident.updates.isEmpty())
            incident.startedAt = incident.updates.constFirst().at;
        m_builder.addIncident(std::move(incident));
    }

    // Timestamps, milestones with a date and milestone updates all tell what was reached. The
    // furthest wins, not the latest by date: imported incidents carry import dates.
    IncidentState furthestMilestone(const QJsonObject &object, const QJsonObject &timestamps)
    {
        QHash<QString, QString> phaseOfSlug;
        QStringList reached = timestamps.keys();
        for (const QJsonValue &phase : json::arrayOrEmpty(object, QLatin1StringView("lifecyclePhases"))) {
            const QString type = phase.toObject().value(QLatin1StringView("type")).toString();
            for (const QJsonValue &value :
                 json::arrayOrEmpty(phase.toObject(), QLatin1StringView("milestones"))) {
                const QJsonObject milestone = value.toObject();
                const QString slug = milestone.value(QLatin1StringView("slug")).toString();
                phaseOfSlug.insert(slug, type);
                if (milestone.contains(QLatin1StringView("occurredAt")))
                    reached.append(slug);
            }
        }
        for (const QJsonValue &value : json::arrayOrEmpty(object, QLatin1StringView("timeline"))) {
            const QJsonObject details = value.toObject().value(QLatin1StringView("details")).toObject();
            const QString slug = details.value(QLatin1StringView("milestoneUpdate"))
                                     .toObject()
                                     .value(QLatin1StringView("currentMilestone"))
                                     .toString();
            if (!slug.isEmpty())
                reached.append(slug);
        }
        IncidentState furthest = IncidentState::Investigating;
        for (const QString &slug : std::as_const(reached)) {
            std::optional<IncidentState> state = milestoneState(slug);
            if (!state)
                state = phaseState(phaseOfSlug.value(slug));
            if (!state)
                m_builder.warnUnknown(QLatin1StringView("milestone"), slug);
            else if (progress(*state) > progress(furthest))
                furthest = *state;
        }
        return furthest;
    }

    // Notes become updates; milestone-only entries carry no text and only move the state.
    void readTimeline(const QJsonObject &object, bool maintenance, Incident &incident)
    {
        const QJsonArray timeline =
            m_builder.capped(json::arrayOrEmpty(object, QLatin1StringView("timeline")),
                             adapterkit::maxUpdatesPerIncident, QLatin1StringView("timeline entries"));
        QList<QPair<QDateTime, IncidentState>> milestones;
        for (const QJsonValue &value : timeline) {
            const QJsonObject entry = value.toObject();
            const QString slug = entry.value(QLatin1StringView("details"))
                                     .toObject()
                                     .value(QLatin1StringView("milestoneUpdate"))
                                     .toObject()
                                     .value(QLatin1StringView("currentMilestone"))
                                     .toString();
            if (const std::optional<IncidentState> state = milestoneState(slug))
                milestones.append({instantOf(entry), *state});
        }
        for (const QJsonValue &value : timeline) {
            const QJsonObject entry = value.toObject();
            IncidentUpdate update;
            update.text = noteOf(entry);
            if (update.text.trimmed().isEmpty())
                continue;
            update.at = instantOf(entry);
            std::optional<IncidentState> state = stateNamedBy(update.text);
            if (!state) {
                QDateTime latest;
                for (const auto &[at, reached] : std::as_const(milestones)) {
                    if (at <= update.at && (!latest.isValid() || at >= latest)) {
                        latest = at;
                        state = reached;
                    }
                }
            }
            update.state = state.value_or(IncidentState::Investigating);
            if (maintenance)
                update.state = update.state == IncidentState::Resolved ? IncidentState::Completed
                                                                       : IncidentState::InProgress;
            incident.updates.append(update);
        }
    }

    // When it happened; `time` is when it was written to the page.
    static QDateTime instantOf(const QJsonObject &entry)
    {
        const QDateTime occurred = json::instant(entry.value(QLatin1StringView("occurredAt")));
        return occurred.isValid() ? occurred : json::instant(entry.value(QLatin1StringView("time")));
    }

    const FeedContext &m_context;
    adapterkit::SnapshotBuilder m_builder;
    QString m_pageUrl;
    QJsonObject m_conditions;
    QHash<QString, QString> m_serviceById;
    Status m_summary = Status::Operational;
    QDateTime m_since;
};

} // namespace

Status severityStatus(QStringView slug)
{
    return lookUp(severityTable, slug, Qt::CaseInsensitive).value_or(Status::Unknown);
}

Status conditionStatus(QStringView canonical)
{
    return lookUp(conditionTable, canonical).value_or(Status::Unknown);
}

std::optional<IncidentState> milestoneState(QStringView slug)
{
    return lookUp(milestoneTable, slug);
}

std::optional<IncidentState> phaseState(QStringView type)
{
    return lookUp(phaseTable, type);
}

bool looksLikePayload(const QJsonObject &root)
{
    return !root.contains(QLatin1StringView("page"))
        && (root.value(QLatin1StringView("conditions")).isObject()
            || root.value(QLatin1StringView("config")).isObject())
        && (root.value(QLatin1StringView("components")).isArray()
            || root.value(QLatin1StringView("incidents")).isArray());
}

ParseResult parsePayload(const QByteArray &body, const FeedContext &context)
{
    const json::Document document = json::parse(body);
    if (!document.error.isEmpty())
        return ParseResult::failure(document.error);
    if (!document.root.isObject() || !looksLikePayload(document.root.toObject()))
        return ParseResult::failure(QStringLiteral(
            "not a FireHydrant status payload: expected an object with \"conditions\" and \"incidents\""));
    return ParseResult::success(Reader(context).read(document.root.toObject()));
}

} // namespace radar::firehydrant
