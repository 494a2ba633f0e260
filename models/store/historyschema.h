// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace radar {

/// The history file's tables, version by version (ARCHITECTURE.md §5). Step n takes a file from
/// `PRAGMA user_version` n to n + 1; every file, a new empty one included, goes through the same
/// steps in order, so the path an old file takes is the path every test takes. Released steps are
/// never edited: a change is a new step.
///
/// Times are INTEGER milliseconds since the epoch (UTC); statuses, states and healths are their
/// stable names (statusName(), incidentStateName(), sourceHealthName()).
const QList<QStringList> &historySchemaSteps();

} // namespace radar
