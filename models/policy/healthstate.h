// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/snapshot.h"
#include "domain/source.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace radar {

/// One cell as the user should see it now: what was reported, and whether it can still be believed.
struct CellState
{
    CellKey key;
    QString providerName;
    QString serviceName;
    QString group;
    QString regionName;
    Status status = Status::Unknown; // what to show: unknown unless the source is fresh
    Status lastKnown = Status::Unknown; // what the source last reported, even when stale or failing
    QDateTime since;
    QStringList incidentIds; // open incidents touching this cell
    SourceHealth sourceHealth = SourceHealth::Pending;
    QString sourceError;
    QStringList incidentTitles;
    QDateTime dataTime; // when the data was fetched (UTC)
    QString source; // the feed it came from (its URL), so a tooltip can say where the data is from

    // The fields that change most often come first, so the common difference is found cheaply.
    friend bool operator==(const CellState &a, const CellState &b)
    {
        return a.status == b.status && a.sourceHealth == b.sourceHealth && a.dataTime == b.dataTime
            && a.lastKnown == b.lastKnown && a.since == b.since && a.incidentIds == b.incidentIds
            && a.key == b.key && a.providerName == b.providerName && a.serviceName == b.serviceName
            && a.group == b.group && a.regionName == b.regionName && a.incidentTitles == b.incidentTitles
            && a.sourceError == b.sourceError && a.source == b.source;
    }
    friend bool operator!=(const CellState &a, const CellState &b) { return !(a == b); }
};

/// A cell whose shown status changed.
struct CellTransition
{
    CellKey key;
    Status from = Status::Unknown;
    Status to = Status::Unknown;
    QDateTime at;
};

/// A source, its fetch status and its health now.
struct SourceState
{
    SourceConfig config;
    QString providerName; // the config's name, else what the feed calls itself
    FeedKind detectedKind = FeedKind::Auto; // the config's kind, or the one detected in the content
    SourceStatus status;
    SourceHealth health = SourceHealth::Pending;
};

/// Merges what every source reported into one set of cells, and tells which cells changed.
/// Lives on the GUI thread; pure logic, the caller passes the time.
class HealthState
{
public:
    void setSources(const QList<SourceConfig> &sources);

    QList<CellTransition> applySnapshot(const QString &sourceId, const Snapshot &snapshot,
                                        const QDateTime &now);
    /// The server answered "not modified": the source's data holds as of `now`.
    QList<CellTransition> applyUnchanged(const QString &sourceId, const QDateTime &now);
    QList<CellTransition> applyFailure(const QString &sourceId, const SourceError &error,
                                       const QDateTime &now);
    /// Re-evaluates freshness; data that got old turns unknown.
    QList<CellTransition> reevaluate(const QDateTime &now);
    void setNextAttempt(const QString &sourceId, const QDateTime &when);

    QList<CellState> cells() const; // in source order, the provider's summary cell first
    /// One source's cells, as cells() lists them.
    QList<CellState> cellsOf(const QString &sourceId) const;
    /// The cells shown at `minimum` severity or worse, without building the others.
    QList<CellState> cellsAtLeast(Status minimum) const;

    /// What changed since the last call, so a view can update only that: the sources whose cells
    /// may have changed, or `all` after the set of sources itself changed.
    struct Changes
    {
        QStringList sources; // whose cells or incidents may have changed
        // Whose cells only got older: a "not modified" answer kept their data, their health and
        // their error. Most polls of an idle app are these.
        QStringList aged;
        bool all = false;
    };
    Changes takeChanges();
    QList<Incident> openIncidents() const;
    /// Every incident in every source's latest snapshot, open and closed, in source order.
    QList<Incident> incidents() const;
    QList<SourceState> sources() const;
    std::optional<SourceState> source(const QString &sourceId) const;

    /// The worst shown status of all cells; unknown when there are none.
    Status overall() const;

private:
    struct Entry
    {
        SourceState state;
        std::optional<Snapshot> snapshot;
    };

    /// Applies `change` to the source `sourceId` (every source's freshness is re-evaluated in any
    /// case) and reports the cells whose shown status changed. Only the changed source and sources
    /// whose health changed are compared, so one update costs what that source has, not all cells.
    QList<CellTransition> update(const QDateTime &now, const QString &sourceId,
                                 const std::function<void(Entry &)> &change);
    /// Whether the two show the same cells with the same statuses, known without building them.
    static bool sameCells(const Entry &before, const Entry &after);
    static void appendCells(const Entry &entry, QList<CellState> &cells,
                            Status minimum = Status::Operational);
    static SourceHealth healthOf(const SourceState &source, const QDateTime &now);

    QList<Entry> m_entries;
    QSet<QString> m_changed;
    QSet<QString> m_aged; // see Changes::aged
    bool m_allChanged = true;
};

} // namespace radar
