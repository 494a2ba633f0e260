// SPDX-License-Identifier: GPL-3.0-or-later
#include "historydatabase.h"

#include "historyqueries.h"
#include "historyschema.h"
#include "historystatements.h"
#include "sqlitefailure.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>

namespace radar {

namespace {

using Detail = HistoryQueries::Detail;

// lupdate files these strings under the context the struct declares.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(radar::HistoryDatabase)
};

// "<what failed>: <cause>"; marked here for lupdate, translated where they are used.
const char *const cannotSave =
    QT_TRANSLATE_NOOP("radar::HistoryDatabase", "cannot save the history to %1: %2");
const char *const cannotRead =
    QT_TRANSLATE_NOOP("radar::HistoryDatabase", "cannot read the history from %1: %2");
const char *const cannotPrune =
    QT_TRANSLATE_NOOP("radar::HistoryDatabase", "cannot remove old history from %1: %2");
const char *const cannotClear =
    QT_TRANSLATE_NOOP("radar::HistoryDatabase", "cannot clear the history in %1: %2");
const char *const cannotCheck =
    QT_TRANSLATE_NOOP("radar::HistoryDatabase", "cannot check the history %1: %2");

// In WAL mode a reader (a headless export) never waits for the writer (the app); only a second
// writer or a checkpoint makes one wait, and never for long.
constexpr int busyTimeoutMs = 5000;

enum class Attached : quint8 { Opened, Damaged, Newer, Failed };
enum class Access : quint8 { ReadOnly, ReadWrite };

// SQLITE_CORRUPT, for a file that opens but fails its check.
const QString damagedCode = QStringLiteral("11");

} // namespace

struct HistoryDatabase::Private
{
    QString connectionName;
    QString path;
    QSqlDatabase db;
    std::unique_ptr<HistoryStatements> statements;
    QSqlError failure; // what lastError() was made from
    QString lastError;

    void close();
    bool connect(Access access);
    Attached probe(int &foundVersion);
    /// Reads `PRAGMA user_version`: Newer when it is past what this build reads, Opened when not.
    Attached readVersion(int &foundVersion);
    Attached check();
    Attached attach(int &foundVersion);
    bool migrate();
    Attached failed() const;

    bool run(const QString &sql);
    bool execute(const QString &sql, const QVariantList &values, int *affected = nullptr);
    std::optional<QVariant> scalar(const QString &sql);
    void rollback();
    bool fail(const char *context);
    bool notOpen();
    /// What `read` returns, from one read transaction; std::nullopt and lastError() on an error.
    template<typename Read>
    auto reading(Read read) -> decltype(read(std::declval<HistoryQueries &>()));
};

void HistoryDatabase::Private::close()
{
    // Every query on the connection goes before it does, or removeDatabase() warns it is in use.
    statements.reset();
    if (db.isValid())
        db.close();
    db = QSqlDatabase();
    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);
}

bool HistoryDatabase::Private::execute(const QString &sql, const QVariantList &values, int *affected)
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        failure = query.lastError();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        failure = query.lastError();
        return false;
    }
    if (affected)
        *affected = query.numRowsAffected();
    return true;
}

bool HistoryDatabase::Private::run(const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    failure = query.lastError();
    return false;
}

std::optional<QVariant> HistoryDatabase::Private::scalar(const QString &sql)
{
    HistoryQueries queries(db);
    const std::optional<QVariant> value = queries.scalar(sql);
    if (!value)
        failure = queries.failure();
    return value;
}

void HistoryDatabase::Private::rollback()
{
    if (statements)
        statements->finishAll();
    // SQLite rolls back by itself after some errors (a failed COMMIT on a full disk); then there is
    // nothing left to roll back and the error that says so is no news.
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
}

bool HistoryDatabase::Private::fail(const char *context)
{
    lastError = Text::tr(context).arg(path, sqliteCause(failure));
    return false;
}

bool HistoryDatabase::Private::notOpen()
{
    lastError = path.isEmpty() ? Text::tr("no history file is open")
                               : Text::tr("the history %1 is not open").arg(path);
    return false;
}

Attached HistoryDatabase::Private::failed() const
{
    return sqliteFailure(failure) == SqliteFailure::Damaged ? Attached::Damaged : Attached::Failed;
}

bool HistoryDatabase::Private::connect(Access access)
{
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (db.open())
        return true;
    failure = db.lastError();
    return false;
}

Attached HistoryDatabase::Private::probe(int &foundVersion)
{
    // Read-only, so that nothing is changed before we know the file is ours to change: a newer
    // schema's file stays as it is, and a damaged file keeps its write-ahead log, which SQLite
    // would check point or delete when a writing connection closes.
    if (!connect(Access::ReadOnly))
        return failed();
    const Attached version = readVersion(foundVersion);
    return version == Attached::Opened ? check() : version;
}

Attached HistoryDatabase::Private::readVersion(int &foundVersion)
{
    const std::optional<QVariant> version = scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return failed();
    foundVersion = version->toInt();
    return foundVersion > schemaVersion ? Attached::Newer : Attached::Opened;
}

Attached HistoryDatabase::Private::check()
{
    const std::optional<QVariant> verdict = scalar(QStringLiteral("PRAGMA quick_check"));
    if (!verdict)
        return failed();
    if (verdict->toString() != QStringLiteral("ok")) {
        failure = QSqlError(QString(), verdict->toString(), QSqlError::StatementError, damagedCode);
        return Attached::Damaged;
    }
    return Attached::Opened;
}

Attached HistoryDatabase::Private::attach(int &foundVersion)
{
    bool checked = !QFileInfo::exists(path);
    if (!checked) {
        const Attached probed = probe(foundVersion);
        if (probed == Attached::Damaged || probed == Attached::Newer)
            return probed;
        // Anything else is for the writing connection to find out: a read-only one cannot recover
        // the log a crash left (SQLITE_READONLY_RECOVERY), which a writing one does as it opens.
        checked = probed == Attached::Opened;
        close();
    }
    if (!connect(Access::ReadWrite))
        return failed();
    // Again: another Outage Radar may have migrated the file since the probe.
    if (const Attached version = readVersion(foundVersion); version != Attached::Opened)
        return version;
    // WAL: the export reads while the app writes, and a crash loses at most the transaction in flight.
    // synchronous=FULL syncs the log at every commit, so a power cut loses no more either; with one
    // commit per poll cycle, minutes apart, the cost of that is nothing.
    if (!scalar(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !run(QStringLiteral("PRAGMA synchronous = FULL"))
        || !run(QStringLiteral("PRAGMA foreign_keys = ON")))
        return failed();
    if (!checked) {
        const Attached verdict = check();
        if (verdict != Attached::Opened)
            return verdict;
    }
    return migrate() ? Attached::Opened : failed();
}

bool HistoryDatabase::Private::migrate()
{
    const QList<QStringList> &steps = historySchemaSteps();
    Q_ASSERT(steps.size() == schemaVersion);
    for (int target = 1; target <= steps.size(); ++target) {
        // IMMEDIATE takes the write lock before the version is read again: the app and an export
        // starting together must not both run a step.
        if (!run(QStringLiteral("BEGIN IMMEDIATE")))
            return false;
        const std::optional<QVariant> current = scalar(QStringLiteral("PRAGMA user_version"));
        bool ok = current.has_value();
        if (ok && current->toInt() < target) {
            for (const QString &statement : steps[target - 1])
                ok = ok && run(statement);
            ok = ok && run(QStringLiteral("PRAGMA user_version = %1").arg(target));
        }
        if (!ok || !run(QStringLiteral("COMMIT"))) {
            rollback();
            return false;
        }
    }
    return true;
}

template<typename Read>
auto HistoryDatabase::Private::reading(Read read) -> decltype(read(std::declval<HistoryQueries &>()))
{
    lastError.clear();
    if (!db.isOpen()) {
        notOpen();
        return std::nullopt;
    }
    // One read transaction: the queries of one answer see one state of the file, even while
    // another process writes.
    if (!run(QStringLiteral("BEGIN"))) {
        fail(cannotRead);
        return std::nullopt;
    }
    HistoryQueries queries(db);
    auto result = read(queries);
    if (!result) {
        failure = queries.failure();
        rollback();
        fail(cannotRead);
        return std::nullopt;
    }
    run(QStringLiteral("COMMIT"));
    return result;
}

HistoryDatabase::HistoryDatabase()
    : d(std::make_unique<Private>())
{
    static std::atomic<int> instances {0};
    d->connectionName = QStringLiteral("radar-history-%1").arg(++instances);
}

HistoryDatabase::~HistoryDatabase()
{
    d->close();
}

HistoryDatabase::OpenResult HistoryDatabase::open(const QString &filePath)
{
    d->close();
    d->lastError.clear();
    OpenResult result;
    const QFileInfo file(filePath);
    d->path = file.absoluteFilePath();
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir()) {
        result.error =
            (folder.exists() ? Text::tr("cannot open the history %1: %2 is not a folder")
                             : Text::tr("cannot open the history %1: the folder %2 does not exist"))
                .arg(d->path, folder.filePath());
        d->lastError = result.error;
        return result;
    }

    int foundVersion = -1;
    Attached attached = d->attach(foundVersion);
    if (attached == Attached::Damaged) {
        const QString damage = sqliteCause(d->failure);
        d->close();
        const MovedAside moved = moveAside(d->path);
        if (moved.path.isEmpty()) {
            result.error = Text::tr("the history %1 is damaged (%2) and cannot be moved aside: %3")
                               .arg(d->path, damage, moved.error);
            d->lastError = result.error;
            return result;
        }
        result.movedAsidePath = moved.path;
        foundVersion = -1;
        attached = d->attach(foundVersion);
    }

    switch (attached) {
    case Attached::Opened:
        result.ok = true;
        if (foundVersion < schemaVersion)
            result.migratedFrom = foundVersion;
        return result;
    case Attached::Newer:
        result.error =
            Text::tr("%1 was written by a newer Outage Radar (history version %2; this one reads up to "
                     "%3) and is left as it is; the history stays in memory this session")
                .arg(d->path)
                .arg(foundVersion)
                .arg(schemaVersion);
        break;
    case Attached::Damaged:
    case Attached::Failed:
        result.error = Text::tr("cannot open the history %1: %2").arg(d->path, sqliteCause(d->failure));
        break;
    }
    d->close();
    d->lastError = result.error;
    return result;
}

HistoryDatabase::OpenResult HistoryDatabase::openForReading(const QString &filePath)
{
    d->close();
    d->lastError.clear();
    OpenResult result;
    d->path = QFileInfo(filePath).absoluteFilePath();
    int foundVersion = -1;
    const Attached attached = d->probe(foundVersion);
    if (attached == Attached::Opened && foundVersion == schemaVersion) {
        result.ok = true;
        return result;
    }
    switch (attached) {
    case Attached::Opened:
        result.error =
            Text::tr("%1 is from an older Outage Radar (history version %2); start the app once to bring "
                     "it up to date")
                .arg(d->path)
                .arg(foundVersion);
        break;
    case Attached::Newer:
        result.error =
            Text::tr("%1 was written by a newer Outage Radar (history version %2; this one reads up to %3)")
                .arg(d->path)
                .arg(foundVersion)
                .arg(schemaVersion);
        break;
    case Attached::Damaged:
        result.error =
            Text::tr("the history %1 is damaged (%2); the app moves it aside and starts a new one when it "
                     "next starts")
                .arg(d->path, sqliteCause(d->failure));
        break;
    case Attached::Failed:
        result.error = Text::tr("cannot read the history %1: %2").arg(d->path, sqliteCause(d->failure));
        break;
    }
    d->close();
    d->lastError = result.error;
    return result;
}

bool HistoryDatabase::isOpen() const
{
    return d->db.isOpen();
}

QString HistoryDatabase::filePath() const
{
    return d->path;
}

bool HistoryDatabase::record(const HistoryBatch &batch)
{
    d->lastError.clear();
    if (!isOpen())
        return d->notOpen();
    if (batch.isEmpty())
        return true;
    if (!d->statements) {
        auto statements = std::make_unique<HistoryStatements>(d->db);
        if (!statements->prepare()) {
            d->failure = statements->failure();
            return d->fail(cannotSave);
        }
        d->statements = std::move(statements);
    }
    // IMMEDIATE: the write lock is taken (or waited for) now, not halfway through the batch.
    bool ok = d->run(QStringLiteral("BEGIN IMMEDIATE"));
    if (ok && !d->statements->record(batch, QDateTime::currentDateTimeUtc())) {
        d->failure = d->statements->failure();
        ok = false;
    }
    ok = ok && d->run(QStringLiteral("COMMIT"));
    if (!ok) {
        d->rollback();
        return d->fail(cannotSave);
    }
    return true;
}

std::optional<QList<HistoryIncident>> HistoryDatabase::incidents(const QDateTime &since)
{
    return d->reading([&](HistoryQueries &queries) -> std::optional<QList<HistoryIncident>> {
        const auto loaded = queries.incidentsSince(since, Detail::Summary);
        return loaded ? std::optional(summariesOf(*loaded)) : std::nullopt;
    });
}

std::optional<Incident> HistoryDatabase::incident(const QString &provider, const QString &id)
{
    const auto loaded = d->reading([&](HistoryQueries &queries) {
        return queries.incidents(QStringLiteral("i.provider = ? AND i.incident_id = ?"),
                                 {storedText(provider), storedText(id)}, Detail::Full);
    });
    if (!loaded || loaded->isEmpty())
        return std::nullopt;
    return loaded->constFirst().incident;
}

std::optional<QList<Incident>> HistoryDatabase::fullIncidents(const QDateTime &since)
{
    return d->reading([&](HistoryQueries &queries) -> std::optional<QList<Incident>> {
        const auto loaded = queries.incidentsSince(since, Detail::Full);
        if (!loaded)
            return std::nullopt;
        QList<Incident> incidents;
        incidents.reserve(loaded->size());
        for (const StoredIncident &stored : *loaded)
            incidents.append(stored.incident);
        return incidents;
    });
}

std::optional<QList<CellChange>> HistoryDatabase::cellChanges(const QDateTime &since)
{
    return d->reading([&](HistoryQueries &queries) { return queries.cellChanges(since); });
}

std::optional<QList<SourceEvent>> HistoryDatabase::sourceEvents(const QDateTime &since)
{
    return d->reading([&](HistoryQueries &queries) { return queries.sourceEvents(since); });
}

std::optional<AwayDigest> HistoryDatabase::awayDigest(const QDateTime &since, const QDateTime &until)
{
    return d->reading([&](HistoryQueries &queries) { return queries.awayDigest(since, until); });
}

int HistoryDatabase::prune(const QDateTime &before)
{
    d->lastError.clear();
    if (!isOpen()) {
        d->notOpen();
        return -1;
    }
    const QVariantList limit {storedValue(before)};
    int deleted = -1;
    // The cascade takes the updates and cells of the incidents along.
    const bool ok = d->run(QStringLiteral("BEGIN IMMEDIATE"))
        && d->execute(QStringLiteral("DELETE FROM incidents WHERE ended_at < ?"), limit, &deleted)
        && d->execute(QStringLiteral("DELETE FROM cell_changes WHERE at < ?"), limit)
        && d->execute(QStringLiteral("DELETE FROM source_events WHERE at < ?"), limit)
        && d->run(QStringLiteral("COMMIT"));
    if (!ok) {
        d->rollback();
        d->fail(cannotPrune);
        return -1;
    }
    return deleted;
}

bool HistoryDatabase::clear()
{
    d->lastError.clear();
    if (!isOpen())
        return d->notOpen();
    bool ok = d->run(QStringLiteral("BEGIN IMMEDIATE"));
    // Children first; the cascade would do it too, row by row.
    for (const char *table :
         {"incident_updates", "incident_cells", "incidents", "cell_changes", "cell_status", "source_events"})
        ok = ok && d->run(QStringLiteral("DELETE FROM ") + QLatin1String(table));
    if (!ok || !d->run(QStringLiteral("COMMIT"))) {
        d->rollback();
        return d->fail(cannotClear);
    }
    return true;
}

QString HistoryDatabase::lastError() const
{
    return d->lastError;
}

bool HistoryDatabase::integrityOk()
{
    d->lastError.clear();
    if (!isOpen())
        return d->notOpen();
    const std::optional<QVariant> check = d->scalar(QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return d->fail(cannotCheck);
    if (check->toString() != QStringLiteral("ok")) {
        d->lastError = Text::tr("the history %1 is damaged: %2").arg(d->path, check->toString());
        return false;
    }
    return true;
}

} // namespace radar
