// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/incident.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace radar {

/// What people call a cell: its service ("EC2"; the provider's name for the provider's own cell)
/// and its region ("N. Virginia"). Either may be empty when it is not known.
struct CellNames
{
    QString service;
    QString region;
};

/// Names cells for people; only the composition root knows the names.
using CellNamer = std::function<CellNames(const CellKey &)>;

/// What the details pane shows for one incident.
struct IncidentDetailsInput
{
    Incident incident;
    // The provider stopped listing it while it was open: shown as ended (at resolvedAt, when it
    // vanished), with that explanation.
    bool noLongerListed = false;
    // May be empty or return empty names: services are shown by their ids then, regions by the
    // region catalog's names or their ids.
    CellNamer cellNames;
};

/// What changed from one update of an incident to the next. Regions and services are compared only
/// when both updates say which cells they affect; ids are listed in order of first appearance.
struct IncidentUpdateChanges
{
    bool stateChanged = false;
    IncidentState fromState = IncidentState::Investigating;
    IncidentState toState = IncidentState::Investigating;
    QStringList regionsAdded;
    QStringList regionsRemoved;
    QStringList servicesAdded; // the provider's own overall cell (no service) is not a service
    QStringList servicesRemoved;

    bool isEmpty() const
    {
        return !stateChanged && regionsAdded.isEmpty() && regionsRemoved.isEmpty() && servicesAdded.isEmpty()
            && servicesRemoved.isEmpty();
    }
};

IncidentUpdateChanges changesBetween(const IncidentUpdate &previous, const IncidentUpdate &next);

/// The details pane's content as rich text: title, severity, state, times and duration (open
/// incidents measured to `nowUtc`), the affected services region by region (a few per region, the
/// rest counted), the provider's link (http/https only), then the updates newest first with what
/// changed since the one before. Every provider string is escaped and update texts go through
/// sanitizedHtml().
QString incidentDetailsHtml(const IncidentDetailsInput &input, const QDateTime &nowUtc);

} // namespace radar
