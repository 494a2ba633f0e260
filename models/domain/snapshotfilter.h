// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include <QStringList>

namespace radar {

/// The part of a snapshot a source's filter lets through: the services and regions the user chose
/// to see of a feed (SourceConfig::services and ::regions; an empty list lets everything through).
///
/// A cell stays when its service id is in `services` and its region id is in `regions`; with a
/// service filter the provider's summary cell (no service) goes too, since its verdict covers the
/// services filtered out. An incident stays when any cell it affects would stay, and is kept whole
/// (its affected list is the provider's account, not ours to trim). An incident that names no
/// cells cannot be placed, so it stays only when no service filter is set. Warnings always stay:
/// they are about the feed, not about what is shown of it.
Snapshot filterSnapshot(const Snapshot &snapshot, const QStringList &services, const QStringList &regions);

} // namespace radar
