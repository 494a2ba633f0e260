// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the history store tests share: incidents to record, and a second, plain connection to look
// at the file the way SQLite sees it. Header-only: each test is one executable of its own.
#include "domain/history.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace historytesting {

inline const QDateTime t0(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
inline constexpr qint64 minute = 60;
inline constexpr qint64 hour = 60 * minute;
inline constexpr qint64 day = 24 * hour;

inline radar::IncidentUpdate update(const QDateTime &at, radar::IncidentState state, const QString &text)
{
    radar::IncidentUpdate result;
    result.at = at;
    result.state = state;
    result.text = text;
    return result;
}

/// An open incident of provider "hub" that started at `start`, with one update then.
inline radar::Incident incident(const QString &id, radar::Status severity = radar::Status::Degraded,
                                const QDateTime &start = t0)
{
    radar::Incident result;
    result.provider = QStringLiteral("hub");
    result.id = id;
    result.title = QStringLiteral("Elevated errors in ") + id;
    result.severity = severity;
    result.state = radar::IncidentState::Investigating;
    result.startedAt = start;
    result.affected = {{QStringLiteral("hub"), QStringLiteral("Actions"), QStringLiteral("global")}};
    result.url = QUrl(QStringLiteral("https://status.hub.invalid/incidents/") + id);
    result.updates = {
        update(start, radar::IncidentState::Investigating, QStringLiteral("We are investigating."))};
    return result;
}

/// `open` resolved at `end`, with a last update saying so.
inline radar::Incident resolved(radar::Incident open, const QDateTime &end)
{
    open.state = radar::IncidentState::Resolved;
    open.resolvedAt = end;
    open.updates.append(
        update(end, radar::IncidentState::Resolved, QStringLiteral("This incident is resolved.")));
    return open;
}

inline radar::HistoryBatch batchOf(const QList<radar::Incident> &incidents)
{
    radar::HistoryBatch batch;
    batch.incidents = incidents;
    return batch;
}

inline QStringList idsOf(const QList<radar::HistoryIncident> &incidents)
{
    QStringList ids;
    for (const radar::HistoryIncident &incident : incidents)
        ids.append(incident.id);
    return ids;
}

/// The clock's first millisecond after `time`: what comes after it is strictly later, whatever
/// the clock's resolution.
inline QDateTime after(const QDateTime &time)
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    while (now <= time)
        now = QDateTime::currentDateTimeUtc();
    return now;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A plain QSQLITE connection of its own, to look at (or hand-craft) a history file without the
/// store's code in the way.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++serial()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }

    /// Runs one statement; the error text, or an empty string when it ran.
    QString exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.prepare(sql))
            return query.lastError().text();
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec() ? QString() : query.lastError().text();
    }

    /// The first column of the first row (an invalid QVariant when none or on an error).
    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return QVariant();
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec() && query.next() ? query.value(0) : QVariant();
    }

    qint64 count(const QString &table) const
    {
        return value(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }

private:
    static int &serial()
    {
        static int connections = 0;
        return connections;
    }

    QString m_name;
    bool m_open = false;
};

} // namespace historytesting
