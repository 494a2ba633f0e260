// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/healthstate.h"

#include <QByteArray>

namespace radar {

/// The JSON document of `--once --format json` (schema 1, ARCHITECTURE.md §4).
QByteArray jsonReport(const HealthState &state, const QDateTime &generatedAt,
                      const QString &offlineReason = QString());

/// The human-readable table of `--once`.
QString tableReport(const HealthState &state, const QString &offlineReason = QString());

/// 2 for a partial or major outage, else 3 if a source failed, else 1 if degraded, else 0.
int onceExitCode(const HealthState &state);

/// One line per source that failed, naming it and the cause, for stderr.
QStringList sourceErrorLines(const HealthState &state);

} // namespace radar
