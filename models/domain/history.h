// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"
#include "source.h"

#include <QDateTime>
#include <QList>

namespace radar {

/// A cell's reported status as the history keeps it. Only known statuses are kept: a cell that
/// turns unknown because its source went stale did not change, we just stopped seeing it.
/// (Not snapshot.h's CellReport, which is what a feed says about a cell, names and all.)
struct CellStatusReport
{
    CellKey key;
    Status status = Status::Operational; // never Unknown
    QDateTime at; // UTC
};

/// A change of a cell's reported status, as the history recorded it.
struct CellChange
{
    CellKey key;
    Status from = Status::Unknown; // Unknown: the first time the history saw this cell
    Status to = Status::Unknown;
    QDateTime at; // UTC
};

/// A source's health changed: its fetches began failing, or recovered.
struct SourceEvent
{
    QString source; // source id
    SourceHealth health = SourceHealth::Fresh;
    QString error; // empty when it recovered
    QDateTime at; // UTC
};

/// What one batch of poll results adds to the history; the store writes it in one transaction.
struct HistoryBatch
{
    // As the feeds report them now, new, changed and unchanged alike: the store keeps one row per
    // provider and id, updates it, and appends only the updates it has not seen yet.
    QList<Incident> incidents;
    // The reported status of the cells that may have changed; the store appends a CellChange only
    // when it differs from the status it recorded last for that cell (and not for the first sight
    // of a cell that is operational, which is no news).
    QList<CellStatusReport> cells;
    QList<SourceEvent> sourceEvents;

    bool isEmpty() const { return incidents.isEmpty() && cells.isEmpty() && sourceEvents.isEmpty(); }
};

/// One incident as the history chart and its figures need it: no update texts.
struct HistoryIncident
{
    QString provider; // provider (source) id
    QString id; // the provider's own id
    QString title;
    Status severity = Status::Unknown; // the worst it reached
    IncidentState state = IncidentState::Investigating;
    QDateTime startedAt; // UTC
    QDateTime endedAt; // UTC; null while open
    QList<CellKey> affected;

    QString key() const { return provider + u'\n' + id; }
    bool isOpen() const { return !endedAt.isValid(); }
};

/// What happened while the user was not looking: incidents that started, got worse, or ended.
struct AwayDigest
{
    QDateTime since; // UTC
    QDateTime until; // UTC
    QList<HistoryIncident> started; // started (or first seen) since `since`
    QList<HistoryIncident> escalated; // started before, severity rose since `since`
    QList<HistoryIncident> resolved; // ended since `since` (may also be in `started`)
    int cellChanges = 0; // cell status changes recorded since `since`

    bool isEmpty() const { return started.isEmpty() && escalated.isEmpty() && resolved.isEmpty(); }
};

} // namespace radar

Q_DECLARE_METATYPE(radar::HistoryBatch)
Q_DECLARE_METATYPE(radar::AwayDigest)
