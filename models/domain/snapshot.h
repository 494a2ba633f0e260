// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cellkey.h"
#include "incident.h"
#include "source.h"
#include "status.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace radar {

/// What one feed says about one cell.
struct CellReport
{
    CellKey key;
    QString serviceName; // display name; the key's service is the id
    QString group; // the provider's own grouping of services, if any
    QString regionName; // display name of the region
    Status status = Status::Unknown;
    QDateTime since; // when the provider says this status began (UTC), may be null

    friend bool operator==(const CellReport &a, const CellReport &b)
    {
        return a.key == b.key && a.serviceName == b.serviceName && a.group == b.group
            && a.regionName == b.regionName && a.status == b.status && a.since == b.since;
    }
};

/// Everything one successful fetch of one source said, normalised. The value adapters return.
struct Snapshot
{
    FeedKind kind = FeedKind::Auto; // the adapter that read it
    QString providerName; // as the feed names itself ("GitHub"); may be empty
    QList<CellReport> cells;
    QList<Incident> incidents; // open incidents and maintenances that are scheduled or running
    QStringList warnings; // things the adapter did not understand and mapped to unknown
};

} // namespace radar

Q_DECLARE_METATYPE(radar::Snapshot)
