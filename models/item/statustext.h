// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/incident.h"
#include "domain/source.h"
#include "domain/status.h"

#include <QDateTime>
#include <QString>

namespace radar {

/// Words shown to people for the domain's values (translated, unlike the JSON names).
QString statusText(Status status);
QString incidentStateText(IncidentState state);
QString sourceHealthText(SourceHealth health);

/// How long something lasted: "under a minute", "45 min", "2 h 15 min", "3 d 4 h" (coarser units
/// drop the finest: days show no minutes).
QString durationText(qint64 seconds);

/// A UTC instant as local time, short: today's times without the date.
QString shortLocalTime(const QDateTime &utc, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

} // namespace radar
