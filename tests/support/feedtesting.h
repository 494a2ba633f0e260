// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lookups the adapter tests share. Header-only: each test is one executable of its own.
#include "domain/snapshot.h"

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

} // namespace feedtesting
