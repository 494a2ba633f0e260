// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/history.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace radar {

/// A time as the history stores it: milliseconds since the epoch, NULL when unset.
QVariant storedValue(const QDateTime &time);
QDateTime storedTime(const QVariant &value);
/// Text as the history stores it: a null QString binds as NULL, which NOT NULL columns refuse.
QVariant storedText(const QString &text);

/// The statements HistoryDatabase::record() runs, prepared once per connection and reused for every
/// row of every batch. The caller holds the transaction; this only writes rows.
class HistoryStatements
{
public:
    explicit HistoryStatements(const QSqlDatabase &db);

    bool prepare();
    /// Writes the rows of `batch`; false, with failure() set, at the first that fails.
    bool record(const HistoryBatch &batch, const QDateTime &now);
    /// Resets every statement, so none is left mid-way in a transaction that is rolled back.
    void finishAll();
    /// Why the last call failed.
    QSqlError failure() const { return m_failure; }

private:
    /// Upserts the incident by provider and id, replaces its cells and appends the updates not stored yet.
    bool recordIncident(const Incident &incident, const QDateTime &now);
    /// Appends a change when the cell's status differs from the one recorded last.
    bool recordCell(const CellStatusReport &report, const QDateTime &now);
    bool recordSourceEvent(const SourceEvent &event, const QDateTime &now);

    bool run(QSqlQuery &query);
    bool failedWith(const QSqlQuery &query);

    QSqlQuery m_findIncident;
    QSqlQuery m_insertIncident;
    QSqlQuery m_updateIncident;
    QSqlQuery m_deleteCells;
    QSqlQuery m_insertCell;
    QSqlQuery m_insertUpdate;
    QSqlQuery m_insertUndatedUpdate;
    QSqlQuery m_findCellStatus;
    QSqlQuery m_setCellStatus;
    QSqlQuery m_insertCellChange;
    QSqlQuery m_insertSourceEvent;
    QSqlError m_failure;
};

} // namespace radar
