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

/// A UTC instant as local time, short: today's times without the date.
QString shortLocalTime(const QDateTime &utc, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

} // namespace radar
