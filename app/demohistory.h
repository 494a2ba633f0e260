// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/history.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace radar {

/// The demo's past: resolved incidents spread over the days before `now`, drawn from the
/// templates of resources/demo/history.json (provider, title, severity, services, regions) with a
/// fixed seed, so that the history chart has something to show on the demo's first start. The
/// same file and `now` always give the same incidents.
std::optional<HistoryBatch> demoHistory(const QByteArray &json, const QDateTime &now, QString &error);

} // namespace radar
