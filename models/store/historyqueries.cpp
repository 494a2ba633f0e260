// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyqueries.h"

#include "historystatements.h"

#include <QHash>

#include <limits>

namespace radar {

namespace {

QVariant sinceValue(const QDateTime &since)
{
    return since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

} // namespace

HistoryIncident StoredIncident::summary() const
{
    return {incident.provider,   incident.id,
            incident.title,      incident.severity,
            incident.state,      incident.startedAt.isValid() ? incident.startedAt : firstSeen,
            incident.resolvedAt, incident.affected};
}

QList<HistoryIncident> summariesOf(const QList<StoredIncident> &stored)
{
    QList<HistoryIncident> summaries;
    summaries.reserve(stored.size());
    for (const StoredIncident &incident : stored)
        summaries.append(incident.summary());
    return summaries;
}

HistoryQueries::HistoryQueries(const QSqlDatabase &db)
    : m_db(db)
{ }

std::unique_ptr<QSqlQuery> HistoryQueries::select(const QString &sql, const QVariantList &values)
{
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        m_failure = query->lastError();
        return nullptr;
    }
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (!query->exec()) {
        m_failure = query->lastError();
        return nullptr;
    }
    return query;
}

bool HistoryQueries::readToEnd(const QSqlQuery &query)
{
    if (!query.lastError().isValid())
        return true;
    m_failure = query.lastError();
    return false;
}

std::optional<QVariant> HistoryQueries::scalar(const QString &sql, const QVariantList &values)
{
    const auto query = select(sql, values);
    if (!query)
        return std::nullopt;
    if (query->next())
        return query->value(0);
    return readToEnd(*query) ? std::optional<QVariant>(QVariant()) : std::nullopt;
}

std::optional<QList<StoredIncident>> HistoryQueries::incidents(const QString &where,
                                                               const QVariantList &values, Detail detail)
{
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    QList<StoredIncident> loaded;
    QHash<qint64, qsizetype> byRow;
    {
        const auto rows =
            select(QStringLiteral("SELECT i.id, i.provider, i.incident_id, i.title, i.severity,"
                                  " i.state, i.started_at, i.ended_at, i.first_seen, i.url"
                                  " FROM incidents i")
                       + filter + QStringLiteral(" ORDER BY COALESCE(i.started_at, i.first_seen), i.id"),
                   values);
        if (!rows)
            return std::nullopt;
        while (rows->next()) {
            StoredIncident stored;
            stored.row = rows->value(0).toLongLong();
            Incident &incident = stored.incident;
            incident.provider = rows->value(1).toString();
            incident.id = rows->value(2).toString();
            incident.title = rows->value(3).toString();
            incident.severity = statusFromName(rows->value(4).toString()).value_or(Status::Unknown);
            incident.state =
                incidentStateFromName(rows->value(5).toString()).value_or(IncidentState::Investigating);
            incident.startedAt = storedTime(rows->value(6));
            incident.resolvedAt = storedTime(rows->value(7));
            stored.firstSeen = storedTime(rows->value(8));
            if (detail == Detail::Full)
                incident.url = QUrl(rows->value(9).toString());
            byRow.insert(stored.row, loaded.size());
            loaded.append(stored);
        }
        if (!readToEnd(*rows))
            return std::nullopt;
    }
    {
        const auto cells =
            select(QStringLiteral("SELECT c.incident, c.provider, c.service, c.region"
                                  " FROM incident_cells c JOIN incidents i ON i.id = c.incident")
                       + filter + QStringLiteral(" ORDER BY c.rowid"),
                   values);
        if (!cells)
            return std::nullopt;
        while (cells->next()) {
            const auto index = byRow.constFind(cells->value(0).toLongLong());
            if (index != byRow.cend())
                loaded[*index].incident.affected.append(
                    {cells->value(1).toString(), cells->value(2).toString(), cells->value(3).toString()});
        }
        if (!readToEnd(*cells))
            return std::nullopt;
    }
    if (detail == Detail::Summary)
        return loaded;

    const auto updates =
        select(QStringLiteral("SELECT u.incident, u.at, u.state, u.text"
                              " FROM incident_updates u JOIN incidents i ON i.id = u.incident")
                   + filter + QStringLiteral(" ORDER BY u.incident, u.at, u.rowid"),
               values);
    if (!updates)
        return std::nullopt;
    while (updates->next()) {
        const auto index = byRow.constFind(updates->value(0).toLongLong());
        if (index == byRow.cend())
            continue;
        IncidentUpdate update;
        update.at = storedTime(updates->value(1));
        update.state =
            incidentStateFromName(updates->value(2).toString()).value_or(IncidentState::Investigating);
        update.text = updates->value(3).toString();
        loaded[*index].incident.updates.append(update);
    }
    if (!readToEnd(*updates))
        return std::nullopt;
    return loaded;
}

std::optional<QList<StoredIncident>> HistoryQueries::incidentsSince(const QDateTime &since, Detail detail)
{
    if (!since.isValid())
        return incidents(QString(), {}, detail);
    return incidents(QStringLiteral("(COALESCE(i.started_at, i.first_seen) >= ? OR i.ended_at IS NULL"
                                    " OR i.ended_at >= ?)"),
                     {storedValue(since), storedValue(since)}, detail);
}

std::optional<AwayDigest> HistoryQueries::awayDigest(const QDateTime &since, const QDateTime &until)
{
    const QVariant from = storedValue(since);
    const QVariant to = storedValue(until);
    // Started in the period, or first seen in it while it still mattered: a feed may post an
    // incident late with an earlier start, and the user has not seen it either way.
    const auto started = incidents(
        QStringLiteral("COALESCE(i.started_at, i.first_seen) BETWEEN ? AND ?"
                       " OR (i.first_seen BETWEEN ? AND ? AND (i.ended_at IS NULL OR i.ended_at >= ?))"),
        {from, to, from, to, from}, Detail::Summary);
    // Those are news already; the rest got worse while the user was away.
    const auto escalated = started ? incidents(QStringLiteral("i.escalated_at BETWEEN ? AND ?"
                                                              " AND COALESCE(i.started_at, i.first_seen) < ?"
                                                              " AND i.first_seen < ?"),
                                               {from, to, from, from}, Detail::Summary)
                                   : std::nullopt;
    const auto resolved = escalated
        ? incidents(QStringLiteral("i.ended_at BETWEEN ? AND ?"), {from, to}, Detail::Summary)
        : std::nullopt;
    const auto changes = resolved
        ? scalar(QStringLiteral("SELECT count(*) FROM cell_changes WHERE at BETWEEN ? AND ?"), {from, to})
        : std::nullopt;
    if (!changes)
        return std::nullopt;
    AwayDigest digest;
    digest.since = since;
    digest.until = until;
    digest.started = summariesOf(*started);
    digest.escalated = summariesOf(*escalated);
    digest.resolved = summariesOf(*resolved);
    digest.cellChanges = changes->toInt();
    return digest;
}

std::optional<QList<CellChange>> HistoryQueries::cellChanges(const QDateTime &since)
{
    const auto rows = select(QStringLiteral("SELECT provider, service, region, from_status, to_status, at"
                                            " FROM cell_changes WHERE at >= ? ORDER BY at, id"),
                             {sinceValue(since)});
    if (!rows)
        return std::nullopt;
    QList<CellChange> changes;
    while (rows->next()) {
        changes.append({{rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString()},
                        statusFromName(rows->value(3).toString()).value_or(Status::Unknown),
                        statusFromName(rows->value(4).toString()).value_or(Status::Unknown),
                        storedTime(rows->value(5))});
    }
    if (!readToEnd(*rows))
        return std::nullopt;
    return changes;
}

std::optional<QList<SourceEvent>> HistoryQueries::sourceEvents(const QDateTime &since)
{
    const auto rows = select(
        QStringLiteral("SELECT source, health, error, at FROM source_events WHERE at >= ? ORDER BY at, id"),
        {sinceValue(since)});
    if (!rows)
        return std::nullopt;
    QList<SourceEvent> events;
    while (rows->next()) {
        events.append({rows->value(0).toString(),
                       sourceHealthFromName(rows->value(1).toString()).value_or(SourceHealth::Failing),
                       rows->value(2).toString(), storedTime(rows->value(3))});
    }
    if (!readToEnd(*rows))
        return std::nullopt;
    return events;
}

} // namespace radar
