// SPDX-License-Identifier: GPL-3.0-or-later
#include "awshealthadapter.h"

#include "adapterkit.h"
#include "feeddates.h"
#include "jsoninput.h"

#include "domain/regioncatalog.h"

#include <QHash>
#include <QJsonObject>
#include <QStringDecoder>

namespace radar::awshealth {

namespace {

const QString provider = QStringLiteral("aws");

// "ec2-us-east-1" in region "us-east-1" -> "ec2"; a global service key has no suffix.
QString serviceCode(const QString &key, const QString &region)
{
    const QString suffix = QLatin1Char('-') + region;
    return region != globalRegion() && key.endsWith(suffix) ? key.left(key.size() - suffix.size()) : key;
}

class EventsReader
{
public:
    explicit EventsReader(const FeedContext &context)
        : m_builder(context)
    { }

    Snapshot read(const QJsonArray &events)
    {
        m_builder.setProviderName(QStringLiteral("AWS"));
        Status summary = Status::Operational;
        for (const QJsonValue &value :
             m_builder.capped(events, adapterkit::maxIncidents, QLatin1StringView("events")))
            summary = worst(summary, readEvent(value.toObject()));
        return m_builder.finish(summary, QDateTime());
    }

private:
    Status status(const QJsonValue &code)
    {
        const Status mapped = codeStatus(code);
        if (mapped == Status::Unknown)
            m_builder.warnUnknown(QLatin1StringView("status code"), code.toVariant().toString());
        return mapped;
    }

    // Returns what the event contributes to the provider's summary now.
    Status readEvent(const QJsonObject &event)
    {
        Incident incident;
        incident.id = event.value(QLatin1StringView("arn")).toString();
        if (incident.id.isEmpty())
            return Status::Operational;
        incident.provider = m_builder.summaryKey().provider;
        incident.title = event.value(QLatin1StringView("summary")).toString().trimmed();
        incident.url = QUrl(QString::fromLatin1(dashboardUrl));
        incident.startedAt = feeddates::fromEpoch(event.value(QLatin1StringView("date")));
        incident.resolvedAt = feeddates::fromEpoch(event.value(QLatin1StringView("end_time")));
        const bool ended = incident.resolvedAt.isValid();

        QString region = regionOfArn(incident.id);
        if (region.isEmpty())
            region = globalRegion();
        const std::optional<RegionInfo> info = RegionCatalog::builtIn().find(provider, region);
        QString regionName = info ? info->name : event.value(QLatin1StringView("region_name")).toString();
        if (region == globalRegion())
            regionName = QStringLiteral("Global");
        if (regionName.isEmpty())
            regionName = region;

        // The latest change per service tells since when it has its current status (milliseconds).
        QHash<QString, QDateTime> changedAt;
        for (const QJsonValue &value :
             json::arrayOrEmpty(event, QLatin1StringView("impacted_service_status_changes"))) {
            const QJsonObject change = value.toObject();
            const QDateTime at = feeddates::fromEpoch(change.value(QLatin1StringView("timestamp")));
            QDateTime &latest = changedAt[change.value(QLatin1StringView("service")).toString()];
            if (at.isValid() && (!latest.isValid() || at > latest))
                latest = at;
        }

        Status current = Status::Operational;
        bool anyService = false;
        const QJsonObject impacted = event.value(QLatin1StringView("impacted_services")).toObject();
        for (auto it = impacted.begin(); it != impacted.end(); ++it) {
            const QJsonObject service = it.value().toObject();
            CellReport cell;
            cell.key = m_builder.key(serviceCode(it.key(), region), region);
            cell.serviceName = service.value(QLatin1StringView("service_name")).toString();
            cell.regionName = regionName;
            // The event's top-level status is its peak; `current` is what the service is now.
            cell.status = ended ? Status::Operational : status(service.value(QLatin1StringView("current")));
            cell.since = changedAt.value(it.key(), incident.startedAt);
            current = worst(current, cell.status);
            anyService = true;
            incident.affected.append(cell.key);
            m_builder.addCell(cell);
        }

        const QJsonArray log = json::arrayOrEmpty(event, QLatin1StringView("event_log"));
        for (int i = 0; i < log.size(); ++i) {
            const QJsonObject entry = log[i].toObject();
            IncidentUpdate update;
            update.at = feeddates::fromEpoch(entry.value(QLatin1StringView("timestamp")));
            const bool last = i == log.size() - 1;
            const Status entryStatus = codeStatus(entry.value(QLatin1StringView("status")));
            update.state = entryStatus == Status::Operational
                ? (ended && last ? IncidentState::Resolved : IncidentState::Monitoring)
                : IncidentState::Investigating;
            update.text = entry.value(QLatin1StringView("message")).toString();
            incident.updates.append(update);
            if (!anyService && last)
                current = ended ? Status::Operational : status(entry.value(QLatin1StringView("status")));
        }
        if (!anyService) {
            // An event that lists no service still belongs to its own service key in its region.
            const QString key = event.value(QLatin1StringView("service")).toString();
            CellReport cell;
            cell.key = m_builder.key(key.isEmpty() ? QString() : serviceCode(key, region), region);
            cell.serviceName = event.value(QLatin1StringView("service_name")).toString();
            cell.regionName = regionName;
            cell.status = current;
            cell.since = incident.startedAt;
            incident.affected.append(cell.key);
            if (!cell.key.isProviderSummary())
                m_builder.addCell(cell);
        }

        incident.severity = worst(status(event.value(QLatin1StringView("status"))), current);
        if (ended)
            incident.state = IncidentState::Resolved;
        else
            incident.state =
                current == Status::Operational ? IncidentState::Monitoring : IncidentState::Investigating;
        m_builder.addIncident(incident);
        return current;
    }

    adapterkit::SnapshotBuilder m_builder;
};

} // namespace

QByteArray toUtf8(const QByteArray &body, QString &error)
{
    std::optional<QStringConverter::Encoding> encoding;
    qsizetype skip = 0;
    if (body.startsWith("\xFE\xFF")) {
        encoding = QStringConverter::Utf16BE;
        skip = 2;
    } else if (body.startsWith("\xFF\xFE")) {
        encoding = QStringConverter::Utf16LE;
        skip = 2;
    } else if (body.startsWith("\xEF\xBB\xBF")) {
        return body.mid(3);
    } else if (body.size() >= 2 && body[0] == '\0' && body[1] != '\0') {
        encoding = QStringConverter::Utf16BE; // "\0[" : UTF-16BE without a BOM
    } else if (body.size() >= 2 && body[0] != '\0' && body[1] == '\0') {
        encoding = QStringConverter::Utf16LE;
    }
    if (!encoding)
        return body;
    QStringDecoder decoder(*encoding);
    const QString text = decoder.decode(QByteArrayView(body).sliced(skip));
    if (decoder.hasError()) {
        error = QStringLiteral("invalid UTF-16 text");
        return {};
    }
    return text.toUtf8();
}

bool looksLikeEvents(const QJsonArray &root)
{
    if (root.isEmpty())
        return true;
    const QJsonObject first = root.first().toObject();
    return first.value(QLatin1StringView("arn")).toString().startsWith(QLatin1StringView("arn:aws:health:"))
        || (first.contains(QLatin1StringView("impacted_services"))
            && first.contains(QLatin1StringView("event_log")));
}

ParseResult parseEvents(const QByteArray &body, const FeedContext &context)
{
    QString decodeError;
    const QByteArray utf8 = toUtf8(body, decodeError);
    if (!decodeError.isEmpty())
        return ParseResult::failure(decodeError);
    const json::Document document = json::parse(utf8);
    if (!document.error.isEmpty())
        return ParseResult::failure(document.error);
    if (!document.root.isArray() || !looksLikeEvents(document.root.toArray()))
        return ParseResult::failure(
            QStringLiteral("not AWS Health events: expected a JSON array of events with \"arn\" fields"));
    return ParseResult::success(EventsReader(context).read(document.root.toArray()));
}

Status codeStatus(const QJsonValue &code)
{
    const QString text = code.isDouble() ? QString::number(code.toInt(-1)) : code.toString().trimmed();
    if (text == QLatin1StringView("0"))
        return Status::Operational;
    if (text == QLatin1StringView("1"))
        return Status::Informational;
    if (text == QLatin1StringView("2"))
        return Status::Degraded;
    if (text == QLatin1StringView("3"))
        return Status::MajorOutage;
    return Status::Unknown;
}

QString regionOfArn(QStringView arn)
{
    // arn:aws:health:<region or global>::event/<SERVICE>/<TYPE>/<id>
    if (!arn.startsWith(QLatin1StringView("arn:aws:health:")))
        return QString();
    const QStringView rest = arn.mid(int(qstrlen("arn:aws:health:")));
    const qsizetype colon = rest.indexOf(u':');
    if (colon <= 0)
        return QString();
    return rest.left(colon).toString().toLower();
}

} // namespace radar::awshealth
