// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lookups the adapter tests share. Header-only: each test is one executable of its own.
#include "domain/snapshot.h"

#include <QDateTime>
#include <QFile>

namespace feedtesting {

/// The bytes of tests/data/<kind>/<name>; a missing fixture ends the test run with its name.
inline QByteArray fixture(const QString &kind, const QString &name)
{
    QFile file(QStringLiteral(RADAR_TEST_DATA_DIR "/") + kind + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s/%s", qPrintable(kind), qPrintable(name));
    return file.readAll();
}

/// The cell of `service` (in `region`, or in any region when none is given), or null.
inline const radar::CellReport *cell(const radar::Snapshot &snapshot, const QString &service,
                                     const QString &region = QString())
{
    for (const radar::CellReport &report : snapshot.cells) {
        if (report.key.service == service && (region.isNull() || report.key.region == region))
            return &report;
    }
    return nullptr;
}

/// The incident with `id`, or null.
inline const radar::Incident *incident(const radar::Snapshot &snapshot, const QString &id)
{
    for (const radar::Incident &item : snapshot.incidents) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

/// An ISO 8601 instant ("2026-11-20T14:02:00Z", "…+01:00") as UTC.
inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

/// A UTC instant from its fields.
inline QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

/// The incident whose id ends with `idEnd` (feeds with long URL-shaped ids), or null.
inline const radar::Incident *incidentEndingWith(const radar::Snapshot &snapshot, const QString &idEnd)
{
    for (const radar::Incident &each : snapshot.incidents) {
        if (each.id.endsWith(idEnd))
            return &each;
    }
    return nullptr;
}

/// The states of an incident's updates, oldest first.
inline QList<radar::IncidentState> statesOf(const radar::Incident &incident)
{
    QList<radar::IncidentState> states;
    for (const radar::IncidentUpdate &update : incident.updates)
        states.append(update.state);
    return states;
}

} // namespace feedtesting
