// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "domain/incidentjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace radar {

namespace {

QJsonObject sourceJson(const SourceState &source)
{
    const bool failed = !source.status.lastError.isEmpty();
    return QJsonObject {
        {QStringLiteral("id"), source.config.id},
        {QStringLiteral("name"), source.providerName},
        {QStringLiteral("kind"), feedKindName(source.detectedKind)},
        {QStringLiteral("url"), source.config.url.toString()},
        {QStringLiteral("state"), failed ? QStringLiteral("error") : QStringLiteral("ok")},
        {QStringLiteral("error"),
         failed ? QJsonValue(source.status.lastError) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("fetched_at"), instantJson(source.status.lastAttempt)},
        // Added by the polling engine: what the window's sources panel shows.
        {QStringLiteral("health"), sourceHealthName(source.health)},
        {QStringLiteral("failure"),
         failed ? QJsonValue(failureKindName(source.status.lastFailure)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_success"), instantJson(source.status.lastSuccess)},
        {QStringLiteral("next_attempt"), instantJson(source.status.nextAttempt)},
    };
}

QJsonObject cellJson(const CellState &cell)
{
    return QJsonObject {
        {QStringLiteral("provider"), cell.key.provider},
        {QStringLiteral("provider_name"), cell.providerName},
        {QStringLiteral("service"), reportedServiceId(cell.key.service)},
        {QStringLiteral("service_name"), cell.serviceName},
        {QStringLiteral("region"), cell.key.region},
        {QStringLiteral("region_name"), cell.regionName},
        {QStringLiteral("status"), statusName(cell.status)},
        {QStringLiteral("since"), instantJson(cell.since)},
        {QStringLiteral("incidents"), QJsonArray::fromStringList(cell.incidentIds)},
    };
}

} // namespace

QByteArray jsonReport(const HealthState &state, const QDateTime &generatedAt, const QString &offlineReason)
{
    QJsonArray sources;
    for (const SourceState &source : state.sources())
        sources.append(sourceJson(source));
    QJsonArray cells;
    for (const CellState &cell : state.cells())
        cells.append(cellJson(cell));
    QJsonArray incidents;
    for (const Incident &incident : state.openIncidents())
        incidents.append(incidentJson(incident));
    const QJsonObject root {
        {QStringLiteral("schema"), 1},
        {QStringLiteral("generated_at"), instantJson(generatedAt)},
        {QStringLiteral("overall"), statusName(state.overall())},
        {QStringLiteral("offline"), !offlineReason.isEmpty()},
        {QStringLiteral("offline_reason"),
         offlineReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(offlineReason)},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("cells"), cells},
        {QStringLiteral("incidents"), incidents},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString tableReport(const HealthState &state, const QString &offlineReason)
{
    const QList<CellState> cells = state.cells();
    QList<QStringList> rows {{QStringLiteral("PROVIDER"), QStringLiteral("SERVICE"), QStringLiteral("REGION"),
                              QStringLiteral("STATUS"), QStringLiteral("SINCE")}};
    for (const CellState &cell : cells)
        rows.append({cell.providerName, cell.key.isProviderSummary() ? summaryServiceId() : cell.serviceName,
                     cell.key.region, statusName(cell.status),
                     cell.since.isValid() ? cell.since.toUTC().toString(Qt::ISODate) : QStringLiteral("-")});
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row[column].size());
    }
    QString out = QStringLiteral("Overall: %1\n").arg(statusName(state.overall()));
    if (!offlineReason.isEmpty())
        out += QStringLiteral("Offline: %1\n").arg(offlineReason);
    out += QLatin1Char('\n');
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int column = 0; column < row.size(); ++column)
            line += row[column].leftJustified(widths[column] + 2);
        out += line.trimmed() + QLatin1Char('\n');
    }
    const QList<Incident> incidents = state.openIncidents();
    if (!incidents.isEmpty()) {
        out += QStringLiteral("\nOpen incidents and maintenances:\n");
        for (const Incident &incident : incidents) {
            const std::optional<SourceState> source = state.source(incident.provider);
            out += QStringLiteral("  [%1, %2] %3: %4\n")
                       .arg(statusName(incident.severity), incidentStateName(incident.state),
                            source ? source->providerName : incident.provider, incident.title);
        }
    }
    return out;
}

int onceExitCode(const HealthState &state)
{
    const QList<CellState> cells = state.cells();
    const auto any = [&](auto predicate) {
        return std::any_of(cells.cbegin(), cells.cend(), predicate);
    };
    if (any([](const CellState &cell) { return isOutage(cell.status); }))
        return 2;
    const QList<SourceState> sources = state.sources();
    if (std::any_of(sources.cbegin(), sources.cend(),
                    [](const SourceState &source) { return !source.status.lastError.isEmpty(); }))
        return 3;
    if (any([](const CellState &cell) { return cell.status == Status::Degraded; }))
        return 1;
    return 0;
}

QStringList sourceErrorLines(const HealthState &state)
{
    QStringList lines;
    for (const SourceState &source : state.sources()) {
        if (!source.status.lastError.isEmpty())
            lines.append(
                QStringLiteral("outage-radar: %1 (%2): %3")
                    .arg(source.config.id, source.config.url.toDisplayString(), source.status.lastError));
    }
    return lines;
}

} // namespace radar
