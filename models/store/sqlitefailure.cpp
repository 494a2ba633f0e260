// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitefailure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace radar {

namespace {

// SQLite's result codes (sqlite3.h); Qt's driver reports the extended ones as nativeErrorCode().
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteIoError = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCannotOpen = 14;
constexpr int sqliteNotADatabase = 26;
constexpr int sqliteIoErrorRead = sqliteIoError | (1 << 8);
constexpr int sqliteIoErrorShortRead = sqliteIoError | (2 << 8);
constexpr int sqliteIoErrorWrite = sqliteIoError | (3 << 8);
constexpr int sqliteIoErrorTruncate = sqliteIoError | (6 << 8);
constexpr int sqliteIoErrorShmSize = sqliteIoError | (19 << 8);

// lupdate files these strings under the context the struct declares.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(radar::HistoryDatabase)
};

} // namespace

SqliteFailure sqliteFailure(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return SqliteFailure::None;
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    if (!numeric)
        return SqliteFailure::Other;
    switch (code) {
    case sqliteIoErrorRead:
    case sqliteIoErrorShortRead:
        return SqliteFailure::Damaged;
    // SQLite says SQLITE_FULL only for ENOSPC. A file that may not grow (EFBIG at a file size
    // limit, EDQUOT at a full quota) fails the write with a plain I/O error: for the user it is
    // the same story, there is no room for the history.
    case sqliteIoErrorWrite:
    case sqliteIoErrorTruncate:
    case sqliteIoErrorShmSize:
        return SqliteFailure::NoRoom;
    default:
        break;
    }
    switch (code & 0xff) {
    case sqliteCorrupt:
    case sqliteNotADatabase:
        return SqliteFailure::Damaged;
    case sqliteFull:
        return SqliteFailure::NoRoom;
    case sqliteBusy:
    case sqliteLocked:
        return SqliteFailure::Busy;
    case sqliteReadOnly:
        return SqliteFailure::ReadOnly;
    case sqliteCannotOpen:
        return SqliteFailure::CannotOpen;
    default:
        return SqliteFailure::Other;
    }
}

QString sqliteCause(const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    switch (sqliteFailure(error)) {
    case SqliteFailure::None:
        return QString();
    case SqliteFailure::Damaged:
        return Text::tr("the file is damaged (%1)").arg(detail);
    case SqliteFailure::NoRoom:
        // A write error is also what a failing disk gives; the words leave that door open.
        return (error.nativeErrorCode().toInt() & 0xff) == sqliteFull
            ? Text::tr("the disk is full")
            : Text::tr("the disk is full, or the file may not grow any further (%1)").arg(detail);
    case SqliteFailure::Busy:
        return Text::tr("another program keeps the file locked");
    case SqliteFailure::ReadOnly:
        return Text::tr("the file or its folder is read-only");
    case SqliteFailure::CannotOpen:
        return Text::tr("the file cannot be opened or created (%1)").arg(detail);
    case SqliteFailure::Other:
        break;
    }
    return detail;
}

MovedAside moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    const QString base = path + QStringLiteral(".corrupt-") + stamp;
    QString target = base;
    for (int attempt = 2; QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal"));
         ++attempt)
        target = base + QStringLiteral("-%1").arg(attempt);
    QFile file(path);
    if (!file.rename(target))
        return {QString(), file.errorString()};
    for (const QString &suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    return {target, QString()};
}

} // namespace radar
