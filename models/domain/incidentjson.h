// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"

#include <QJsonObject>
#include <QJsonValue>

namespace radar {

/// An instant as every document the app writes gives it: ISO 8601 UTC with a Z ("2026-11-20T14:01:00Z");
/// empty when unset.
QString instantText(const QDateTime &value);
/// instantText() as a JSON value: null when unset.
QJsonValue instantJson(const QDateTime &value);

/// The service id documents give the provider's own verdict, which has no service id of its own.
QString summaryServiceId();
/// `service`, or summaryServiceId() for the provider's own verdict.
QString reportedServiceId(const QString &service);
/// The services an incident affects as documents list them: summaryServiceId() alone when it names none.
QStringList reportedServices(const Incident &incident);

/// One incident as `--once --format json` lists it and the history export writes it (ARCHITECTURE.md
/// §4): id, provider, title, severity, state, started_at, resolved_at, services, regions, url, updates.
QJsonObject incidentJson(const Incident &incident);

} // namespace radar
