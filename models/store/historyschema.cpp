// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyschema.h"

namespace radar {

namespace {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE incidents ("
                       " id INTEGER PRIMARY KEY,"
                       " provider TEXT NOT NULL,"
                       " incident_id TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " severity TEXT NOT NULL," // the worst it reached
                       " state TEXT NOT NULL,"
                       " started_at INTEGER,"
                       " ended_at INTEGER," // NULL while open
                       " url TEXT,"
                       " first_seen INTEGER NOT NULL,"
                       " last_seen INTEGER NOT NULL,"
                       " escalated_at INTEGER," // the last time the severity rose; NULL if it never did
                       " UNIQUE (provider, incident_id))"),
        QStringLiteral("CREATE TABLE incident_cells ("
                       " incident INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
                       " provider TEXT NOT NULL,"
                       " service TEXT NOT NULL,"
                       " region TEXT NOT NULL)"),
        // Cells are replaced on every poll and cascade on prune: both look them up by incident.
        QStringLiteral("CREATE INDEX incident_cells_incident ON incident_cells (incident)"),
        // The unique key is how a repeated poll appends only the updates it has not stored yet.
        QStringLiteral("CREATE TABLE incident_updates ("
                       " incident INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
                       " at INTEGER,"
                       " state TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " UNIQUE (incident, at, state, text))"),
        QStringLiteral("CREATE TABLE cell_changes ("
                       " id INTEGER PRIMARY KEY,"
                       " provider TEXT NOT NULL,"
                       " service TEXT NOT NULL,"
                       " region TEXT NOT NULL,"
                       " from_status TEXT NOT NULL,"
                       " to_status TEXT NOT NULL,"
                       " at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE cell_status ("
                       " provider TEXT NOT NULL,"
                       " service TEXT NOT NULL,"
                       " region TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " at INTEGER NOT NULL,"
                       " PRIMARY KEY (provider, service, region))"),
    };
}

QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE source_events ("
                       " id INTEGER PRIMARY KEY,"
                       " source TEXT NOT NULL,"
                       " health TEXT NOT NULL,"
                       " error TEXT NOT NULL,"
                       " at INTEGER NOT NULL)"),
        // For the chart's and the digest's time ranges, and for pruning.
        QStringLiteral("CREATE INDEX incidents_started_at ON incidents (started_at)"),
        QStringLiteral("CREATE INDEX incidents_ended_at ON incidents (ended_at)"),
        QStringLiteral("CREATE INDEX cell_changes_at ON cell_changes (at)"),
        QStringLiteral("CREATE INDEX source_events_at ON source_events (at)"),
    };
}

} // namespace

const QList<QStringList> &historySchemaSteps()
{
    static const QList<QStringList> steps {version1(), version2()};
    return steps;
}

} // namespace radar
