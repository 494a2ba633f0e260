// SPDX-License-Identifier: GPL-3.0-or-later
#include "gcpadapter.h"

#include "adapterkit.h"
#include "jsoninput.h"

#include "domain/regioncatalog.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>

namespace radar::gcp {

namespace {

const QString provider = QStringLiteral("gcp");
const QString statusPage = QStringLiteral("https://status.cloud.google.com/");

// status_impact of an incident, and status of each update.
constexpr adapterkit::Word<Status> impactTable[] = {
    {QLatin1StringView("SERVICE_INFORMATION"), Status::Informational},
    {QLatin1StringView("AVAILABLE_INFORMATION"), Status::Informational}, // listed by one source, unconfirmed
    {QLatin1StringView("SERVICE_DISRUPTION"), Status::Degraded},
    {QLatin1StringView("SERVICE_OUTAGE"), Status::MajorOutage},
    {QLatin1StringView("AVAILABLE"), Status::Operational},
};

struct Location
{
    QString id;
    QString name;
};

class IncidentsReader
{
public:
    explicit IncidentsReader(const FeedContext &context)
        : m_builder(context)
    { }

    Snapshot read(const QJsonArray &incidents)
    {
        m_builder.setProviderName(QStringLiteral("Google Cloud"));
        Status summary = Status::Operational;
        for (const QJsonValue &value :
             m_builder.capped(incidents, adapterkit::maxIncidents, QLatin1StringView("incidents")))
            summary = worst(summary, readIncident(value.toObject()));
        return m_builder.finish(summary, QDateTime());
    }

private:
    Status mapped(const QString &word)
    {
        const Status status = impactStatus(word);
        if (status == Status::Unknown)
            m_builder.warnUnknown(QLatin1StringView("status_impact"), word);
        return status;
    }

    static Location location(const QJsonObject &object)
    {
        Location result;
        result.id = object.value(QLatin1StringView("id")).toString().trimmed().toLower();
        const std::optional<RegionInfo> info = RegionCatalog::builtIn().find(provider, result.id);
        if (info)
            result.id = info->id; // zone ids such as us-east1-b name their region
        result.name = info ? info->name : object.value(QLatin1StringView("title")).toString();
        if (result.id == globalRegion())
            result.name = QStringLiteral("Global");
        return result;
    }

    static QList<Location> locations(const QJsonObject &object, QLatin1StringView key)
    {
        QList<Location> result;
        for (const QJsonValue &value : json::arrayOrEmpty(object, key)) {
            const Location place = location(value.toObject());
            if (!place.id.isEmpty() && std::none_of(result.cbegin(), result.cend(), [&](const Location &l) {
                    return l.id == place.id;
                }))
                result.append(place);
        }
        return result;
    }

    // Returns what the incident contributes to the provider's summary now.
    Status readIncident(const QJsonObject &object)
    {
        Incident incident;
        incident.id = object.value(QLatin1StringView("id")).toString();
        if (incident.id.isEmpty())
            return Status::Operational;
        incident.provider = m_builder.summaryKey().provider;
        // external_desc is the headline; it may run over several lines.
        incident.title =
            object.value(QLatin1StringView("external_desc")).toString().trimmed().section(u'\n', 0, 0);
        incident.startedAt = json::instant(object.value(QLatin1StringView("begin")));
        incident.resolvedAt = json::instant(object.value(QLatin1StringView("end")));
        const bool open = !incident.resolvedAt.isValid();
        incident.severity = mapped(object.value(QLatin1StringView("status_impact")).toString());
        const QString uri = object.value(QLatin1StringView("uri")).toString();
        incident.url = QUrl(statusPage + (uri.isEmpty() ? QStringLiteral("incidents/") + incident.id : uri));

        QList<QPair<QString, QString>> products; // id (the original title), shown name
        for (const QJsonValue &value : json::arrayOrEmpty(object, QLatin1StringView("affected_products"))) {
            const QJsonObject product = value.toObject();
            const QString title = product.value(QLatin1StringView("title")).toString().trimmed();
            const QString current = product.value(QLatin1StringView("current_title")).toString().trimmed();
            if (!title.isEmpty())
                products.append({title, current.isEmpty() ? title : current});
        }
        const QList<Location> current = locations(object, QLatin1StringView("currently_affected_locations"));
        QList<Location> all = current;
        for (const Location &place : locations(object, QLatin1StringView("previously_affected_locations"))) {
            if (std::none_of(all.cbegin(), all.cend(), [&](const Location &l) { return l.id == place.id; }))
                all.append(place);
        }
        for (const auto &[id, name] : std::as_const(products)) {
            for (const Location &place : std::as_const(all)) {
                const CellKey key = m_builder.key(id, place.id);
                incident.affected.append(key);
                const bool now = std::any_of(current.cbegin(), current.cend(),
                                             [&](const Location &l) { return l.id == place.id; });
                if (open && now)
                    m_builder.addCell(
                        {key, name, QString(), place.name, incident.severity, incident.startedAt});
            }
        }
        readUpdates(object, incident, open, products);
        m_builder.addIncident(incident);
        return open ? incident.severity : Status::Operational;
    }

    // Updates name locations but not products: an update concerns all of the incident's products there.
    void readUpdates(const QJsonObject &object, Incident &incident, bool open,
                     const QList<QPair<QString, QString>> &products)
    {
        const QJsonArray updates = json::arrayOrEmpty(object, QLatin1StringView("updates"));
        for (int i = 0; i < updates.size(); ++i) {
            const QJsonObject update = updates[i].toObject();
            IncidentUpdate entry;
            entry.at = json::instant(update.value(QLatin1StringView("when")));
            if (!entry.at.isValid())
                entry.at = json::instant(update.value(QLatin1StringView("created")));
            entry.text = update.value(QLatin1StringView("text")).toString();
            const bool available =
                update.value(QLatin1StringView("status")).toString() == QLatin1StringView("AVAILABLE");
            entry.state = available ? (open ? IncidentState::Monitoring : IncidentState::Resolved)
                                    : IncidentState::Investigating;
            const QList<Location> places = locations(update, QLatin1StringView("affected_locations"));
            for (const auto &product : products) {
                for (const Location &place : places)
                    entry.affected.append(m_builder.key(product.first, place.id));
            }
            incident.updates.append(entry);
        }
        // Newest first in the feed; oldest first in the model (the builder sorts again, harmlessly).
        std::stable_sort(incident.updates.begin(), incident.updates.end(),
                         [](const IncidentUpdate &a, const IncidentUpdate &b) { return a.at < b.at; });
        if (!open && !incident.updates.isEmpty())
            incident.updates.last().state = IncidentState::Resolved;
        incident.state = open
            ? (incident.updates.isEmpty() ? IncidentState::Investigating : incident.updates.last().state)
            : IncidentState::Resolved;
    }

    adapterkit::SnapshotBuilder m_builder;
};

} // namespace

bool looksLikeIncidents(const QJsonArray &root)
{
    if (root.isEmpty())
        return true;
    const QJsonObject first = root.first().toObject();
    return first.contains(QLatin1StringView("external_desc"))
        || first.contains(QLatin1StringView("status_impact"))
        || first.contains(QLatin1StringView("affected_products"));
}

ParseResult parseIncidents(const QByteArray &body, const FeedContext &context)
{
    const json::Document document = json::parse(body);
    if (!document.error.isEmpty())
        return ParseResult::failure(document.error);
    if (!document.root.isArray() || !looksLikeIncidents(document.root.toArray()))
        return ParseResult::failure(QStringLiteral(
            "not Google Cloud incidents: expected a JSON array of incidents with \"external_desc\""));
    return ParseResult::success(IncidentsReader(context).read(document.root.toArray()));
}

Status impactStatus(QStringView word)
{
    return adapterkit::lookUp(impactTable, word).value_or(Status::Unknown);
}

} // namespace radar::gcp
