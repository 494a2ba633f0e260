// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/history.h"

#include <QString>

#include <memory>
#include <optional>

namespace radar {

/// The incident history in one SQLite file (QSQLITE, WAL, schema versioned with
/// `PRAGMA user_version`, migrated forward on open). Synchronous: it lives on the thread that uses
/// it (the store's worker thread in the app, the main thread of a headless export), and owns the
/// only connection of that thread, under a connection name unique to the instance. open(), every
/// call after it and the destructor belong on that one thread (a QSqlDatabase rule).
class HistoryDatabase
{
public:
    static constexpr int schemaVersion = 2;

    /// How opening went.
    struct OpenResult
    {
        bool ok = false;
        QString error; // why it could not open (then the caller runs on in-memory state)
        // A corrupt or unreadable file was moved here and a new history started; empty otherwise.
        QString movedAsidePath;
        int migratedFrom = -1; // the schema version found (0 for a new file) when a migration ran; else -1
    };

    HistoryDatabase();
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    /// Opens or creates the file (its directory must exist); a file already open is closed first.
    /// A file SQLite calls corrupt, not a database or unreadable, or one that fails
    /// `PRAGMA quick_check`, is renamed to "<file>.corrupt-<yyyyMMddTHHmmss>" (with "-2", "-3"...
    /// when taken), its -wal and -shm along with it, and a new one created. A file from a newer
    /// schema is left alone and not opened (ok false, error says so).
    OpenResult open(const QString &filePath);
    /// Opens an existing file to read it, changing nothing in it (a headless export beside the
    /// running app): no migration, no moving aside; ok false, with the reason, for a file that is
    /// damaged, from another schema version or unreadable. record() and the other writes then fail.
    OpenResult openForReading(const QString &filePath);
    bool isOpen() const;
    QString filePath() const;

    /// Writes one batch in one transaction: all of it or, on error (a full disk), none of it;
    /// returns false with lastError() set. Repeated batches update one incident row per provider
    /// and id, append only updates not stored yet (by instant, state and text), and raise the stored
    /// severity only (the severity kept is the worst the incident reached). A closed incident without
    /// resolvedAt ends at its newest update, else when a batch first reported it closed.
    /// IncidentUpdate::affected is not kept.
    bool record(const HistoryBatch &batch);

    /// Every incident that started, or was still open, at or after `since` (all when null), oldest
    /// start first, for the chart and the figures. One whose feed gave no start starts when it was
    /// first recorded.
    std::optional<QList<HistoryIncident>> incidents(const QDateTime &since = {});
    /// One incident in full, with every update stored, oldest first; nullopt when unknown (or on an
    /// error, which lastError() then says). Its resolvedAt is when the history says it ended.
    std::optional<Incident> incident(const QString &provider, const QString &id);
    /// Every incident in full (with updates), as incident() gives it, that started or was still open
    /// at or after `since` (all when null; the same incidents as incidents()), oldest start first,
    /// for the export.
    std::optional<QList<Incident>> fullIncidents(const QDateTime &since = {});
    /// Cell changes at or after `since` (all when null), oldest first.
    std::optional<QList<CellChange>> cellChanges(const QDateTime &since = {});
    std::optional<QList<SourceEvent>> sourceEvents(const QDateTime &since = {});
    /// What started, escalated and resolved in [since, until].
    /// - started: started in it (when the feed gave no start: was first recorded in it), or was
    ///   first recorded in it and had not ended before it (a feed may post an incident late);
    /// - escalated: its severity rose in it, and it started and was first recorded before it;
    /// - resolved: ended in it.
    std::optional<AwayDigest> awayDigest(const QDateTime &since, const QDateTime &until);

    /// Deletes incidents that ended before `before` (with their updates), and cell changes and
    /// source events older than it. Returns the number of incidents deleted, or -1 on error.
    int prune(const QDateTime &before);
    /// Deletes everything (the user asked to clear the history).
    bool clear();

    /// Why the last call failed, one line naming the file and the cause ("the disk is full" for a
    /// full disk); empty after a call that worked.
    QString lastError() const;
    /// `PRAGMA integrity_check` == "ok".
    bool integrityOk();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace radar
