// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystatements.h"

#include <iterator>

namespace radar {

namespace {

/// When a closed incident ended: the provider's word, else its newest update, else the first poll
/// that saw it closed (kept from then on, so later polls do not move it).
QVariant endedValue(const Incident &incident, const QVariant &storedEnd, const QDateTime &now)
{
    if (!isClosed(incident.state))
        return QVariant();
    if (incident.resolvedAt.isValid())
        return storedValue(incident.resolvedAt);
    QDateTime newest;
    for (const IncidentUpdate &update : incident.updates) {
        if (update.at.isValid() && (!newest.isValid() || update.at > newest))
            newest = update.at;
    }
    if (newest.isValid())
        return storedValue(newest);
    return storedEnd.isNull() ? storedValue(now) : storedEnd;
}

} // namespace

QVariant storedValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime storedTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant storedText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

HistoryStatements::HistoryStatements(const QSqlDatabase &db)
    : m_findIncident(db)
    , m_insertIncident(db)
    , m_updateIncident(db)
    , m_deleteCells(db)
    , m_insertCell(db)
    , m_insertUpdate(db)
    , m_insertUndatedUpdate(db)
    , m_findCellStatus(db)
    , m_setCellStatus(db)
    , m_insertCellChange(db)
    , m_insertSourceEvent(db)
{ }

bool HistoryStatements::prepare()
{
    const std::pair<QSqlQuery *, const char *> statements[] = {
        {&m_findIncident,
         "SELECT id, severity, ended_at FROM incidents WHERE provider = ? AND incident_id = ?"},
        {&m_insertIncident,
         "INSERT INTO incidents (provider, incident_id, title, severity, state, started_at, ended_at, url,"
         " first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_updateIncident,
         "UPDATE incidents SET title = ?, severity = ?, state = ?, started_at = COALESCE(?, started_at),"
         " ended_at = ?, url = COALESCE(?, url), last_seen = ?, escalated_at = COALESCE(?, escalated_at)"
         " WHERE id = ?"},
        {&m_deleteCells, "DELETE FROM incident_cells WHERE incident = ?"},
        {&m_insertCell,
         "INSERT INTO incident_cells (incident, provider, service, region) VALUES (?, ?, ?, ?)"},
        // The unique key (incident, at, state, text) ignores what an earlier poll stored already.
        {&m_insertUpdate,
         "INSERT OR IGNORE INTO incident_updates (incident, at, state, text) VALUES (?, ?, ?, ?)"},
        // NULLs never collide in a unique key, so an update without a time is looked for explicitly.
        {&m_insertUndatedUpdate,
         "INSERT INTO incident_updates (incident, at, state, text) SELECT ?, NULL, ?, ? WHERE NOT EXISTS"
         " (SELECT 1 FROM incident_updates WHERE incident = ? AND at IS NULL AND state = ? AND text = ?)"},
        {&m_findCellStatus,
         "SELECT status FROM cell_status WHERE provider = ? AND service = ? AND region = ?"},
        {&m_setCellStatus,
         "INSERT OR REPLACE INTO cell_status (provider, service, region, status, at) VALUES (?, ?, ?, ?, ?)"},
        {&m_insertCellChange,
         "INSERT INTO cell_changes (provider, service, region, from_status, to_status, at)"
         " VALUES (?, ?, ?, ?, ?, ?)"},
        {&m_insertSourceEvent, "INSERT INTO source_events (source, health, error, at) VALUES (?, ?, ?, ?)"},
    };
    for (const auto &[query, sql] : statements) {
        query->setForwardOnly(true);
        if (!query->prepare(QString::fromLatin1(sql)))
            return failedWith(*query);
    }
    return true;
}

bool HistoryStatements::run(QSqlQuery &query)
{
    return query.exec() || failedWith(query);
}

bool HistoryStatements::failedWith(const QSqlQuery &query)
{
    m_failure = query.lastError();
    return false;
}

bool HistoryStatements::record(const HistoryBatch &batch, const QDateTime &now)
{
    m_failure = QSqlError();
    for (const Incident &incident : batch.incidents) {
        if (!recordIncident(incident, now))
            return false;
    }
    for (const CellStatusReport &cell : batch.cells) {
        if (!recordCell(cell, now))
            return false;
    }
    for (const SourceEvent &event : batch.sourceEvents) {
        if (!recordSourceEvent(event, now))
            return false;
    }
    return true;
}

bool HistoryStatements::recordIncident(const Incident &incident, const QDateTime &now)
{
    m_findIncident.bindValue(0, storedText(incident.provider));
    m_findIncident.bindValue(1, storedText(incident.id));
    if (!run(m_findIncident))
        return false;
    const bool known = m_findIncident.next();
    if (!known && m_findIncident.lastError().isValid())
        return failedWith(m_findIncident);
    qint64 row = known ? m_findIncident.value(0).toLongLong() : -1;
    const Status stored = known ? statusFromName(m_findIncident.value(1).toString()).value_or(Status::Unknown)
                                : Status::Unknown;
    const QVariant storedEnd = known ? m_findIncident.value(2) : QVariant();
    m_findIncident.finish();

    const QVariant ended = endedValue(incident, storedEnd, now);
    const QVariant url =
        incident.url.isEmpty() ? QVariant() : QVariant(incident.url.toString(QUrl::FullyEncoded));
    if (!known) {
        const QVariant values[] = {storedText(incident.provider),
                                   storedText(incident.id),
                                   storedText(incident.title),
                                   statusName(incident.severity),
                                   incidentStateName(incident.state),
                                   storedValue(incident.startedAt),
                                   ended,
                                   url,
                                   storedValue(now),
                                   storedValue(now)};
        for (int i = 0; i < int(std::size(values)); ++i)
            m_insertIncident.bindValue(i, values[i]);
        if (!run(m_insertIncident))
            return false;
        row = m_insertIncident.lastInsertId().toLongLong();
    } else {
        // The severity kept is the worst the incident reached; the time it last rose is what the
        // "while you were away" digest calls an escalation.
        const bool rose = severityRank(incident.severity) > severityRank(stored);
        const QVariant values[] = {storedText(incident.title),
                                   statusName(rose ? incident.severity : stored),
                                   incidentStateName(incident.state),
                                   storedValue(incident.startedAt),
                                   ended,
                                   url,
                                   storedValue(now),
                                   rose ? storedValue(now) : QVariant(),
                                   row};
        for (int i = 0; i < int(std::size(values)); ++i)
            m_updateIncident.bindValue(i, values[i]);
        m_deleteCells.bindValue(0, row);
        if (!run(m_updateIncident) || !run(m_deleteCells))
            return false;
    }

    for (const CellKey &cell : incident.affected) {
        m_insertCell.bindValue(0, row);
        m_insertCell.bindValue(1, storedText(cell.provider));
        m_insertCell.bindValue(2, storedText(cell.service));
        m_insertCell.bindValue(3, storedText(cell.region));
        if (!run(m_insertCell))
            return false;
    }
    for (const IncidentUpdate &update : incident.updates) {
        const QString state = incidentStateName(update.state);
        const QVariant text = storedText(update.text);
        if (update.at.isValid()) {
            m_insertUpdate.bindValue(0, row);
            m_insertUpdate.bindValue(1, storedValue(update.at));
            m_insertUpdate.bindValue(2, state);
            m_insertUpdate.bindValue(3, text);
            if (!run(m_insertUpdate))
                return false;
        } else {
            for (int i : {0, 3})
                m_insertUndatedUpdate.bindValue(i, row);
            for (int i : {1, 4})
                m_insertUndatedUpdate.bindValue(i, state);
            for (int i : {2, 5})
                m_insertUndatedUpdate.bindValue(i, text);
            if (!run(m_insertUndatedUpdate))
                return false;
        }
    }
    return true;
}

bool HistoryStatements::recordCell(const CellStatusReport &report, const QDateTime &now)
{
    // A cell that went unknown did not change: its source went quiet (history.h).
    if (report.status == Status::Unknown)
        return true;
    const QVariant key[] = {storedText(report.key.provider), storedText(report.key.service),
                            storedText(report.key.region)};
    for (int i = 0; i < 3; ++i)
        m_findCellStatus.bindValue(i, key[i]);
    if (!run(m_findCellStatus))
        return false;
    const bool known = m_findCellStatus.next();
    if (!known && m_findCellStatus.lastError().isValid())
        return failedWith(m_findCellStatus);
    const Status previous = known
        ? statusFromName(m_findCellStatus.value(0).toString()).value_or(Status::Unknown)
        : Status::Unknown;
    m_findCellStatus.finish();
    if (known && previous == report.status)
        return true;

    const QVariant at = storedValue(report.at.isValid() ? report.at : now);
    // A first sight of a green cell is no news; a first sight of a red one is.
    if (known || report.status != Status::Operational) {
        for (int i = 0; i < 3; ++i)
            m_insertCellChange.bindValue(i, key[i]);
        m_insertCellChange.bindValue(3, statusName(previous));
        m_insertCellChange.bindValue(4, statusName(report.status));
        m_insertCellChange.bindValue(5, at);
        if (!run(m_insertCellChange))
            return false;
    }
    for (int i = 0; i < 3; ++i)
        m_setCellStatus.bindValue(i, key[i]);
    m_setCellStatus.bindValue(3, statusName(report.status));
    m_setCellStatus.bindValue(4, at);
    return run(m_setCellStatus);
}

bool HistoryStatements::recordSourceEvent(const SourceEvent &event, const QDateTime &now)
{
    m_insertSourceEvent.bindValue(0, storedText(event.source));
    m_insertSourceEvent.bindValue(1, sourceHealthName(event.health));
    m_insertSourceEvent.bindValue(2, storedText(event.error));
    m_insertSourceEvent.bindValue(3, storedValue(event.at.isValid() ? event.at : now));
    return run(m_insertSourceEvent);
}

void HistoryStatements::finishAll()
{
    for (QSqlQuery *query : {&m_findIncident, &m_insertIncident, &m_updateIncident, &m_deleteCells,
                             &m_insertCell, &m_insertUpdate, &m_insertUndatedUpdate, &m_findCellStatus,
                             &m_setCellStatus, &m_insertCellChange, &m_insertSourceEvent})
        query->finish();
}

} // namespace radar
