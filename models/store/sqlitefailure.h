// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QString>

namespace radar {

/// What a QSQLITE error means for the file, from SQLite's (extended) result code.
enum class SqliteFailure : quint8 {
    None,
    Damaged, // not a database, malformed, or unreadable: move it aside and start afresh
    NoRoom, // the file cannot grow: a full disk, a full quota, a file size limit
    Busy, // another program holds the file longer than the busy timeout
    ReadOnly,
    CannotOpen,
    Other,
};

SqliteFailure sqliteFailure(const QSqlError &error);

/// The cause in words, for the second half of "cannot save the history to FILE: CAUSE".
QString sqliteCause(const QSqlError &error);

struct MovedAside
{
    QString path; // empty when it could not be moved
    QString error;
};

/// Renames a damaged database to "<path>.corrupt-<yyyyMMddTHHmmss>" (with "-2", "-3"... when that
/// is taken), and the journal files SQLite keeps beside it along with it, so they stay a pair.
/// Its connections must be closed.
MovedAside moveAside(const QString &path);

} // namespace radar
