// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cellkey.h"
#include "status.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

namespace radar {

/// The key every list of incidents goes by, unique across providers: "provider\nid". Provider
/// ids never hold a line break, so the first one splits the key again.
QString incidentKey(const QString &provider, const QString &id);
/// The provider and the id of an incidentKey(); two empty strings for anything else.
std::pair<QString, QString> splitIncidentKey(const QString &key);

/// Where an incident or maintenance is in its life, in the providers' common words.
enum class IncidentState : quint8 {
    Investigating,
    Identified,
    Monitoring,
    Resolved,
    Scheduled,
    InProgress,
    Completed,
};

QString incidentStateName(IncidentState state);
std::optional<IncidentState> incidentStateFromName(QStringView name);

/// True once nothing more is expected to happen (resolved or completed).
bool isClosed(IncidentState state);

/// One message a provider posted about an incident.
struct IncidentUpdate
{
    QDateTime at; // UTC
    IncidentState state = IncidentState::Investigating;
    QString text; // as the provider wrote it: may hold HTML or Markdown, sanitised before display
    // The cells this update says are affected, where the feed states it per update (GCP's
    // affected_locations, Statuspage's affected_components); empty when it does not say.
    QList<CellKey> affected;

    friend bool operator==(const IncidentUpdate &a, const IncidentUpdate &b)
    {
        return a.at == b.at && a.state == b.state && a.text == b.text && a.affected == b.affected;
    }
};

/// An incident or maintenance as a provider reported it, with a stable per-provider identity.
struct Incident
{
    QString id; // the provider's own id (Statuspage id, GCP id, AWS arn, ...)
    QString provider; // provider id
    QString title;
    Status severity = Status::Unknown;
    IncidentState state = IncidentState::Investigating;
    QDateTime startedAt; // UTC
    QDateTime resolvedAt; // UTC, null while open
    QList<CellKey> affected;
    QUrl url;
    QList<IncidentUpdate> updates; // oldest first

    bool isOpen() const { return !isClosed(state); }
    /// Unique across providers: see incidentKey().
    QString key() const { return incidentKey(provider, id); }
    QStringList services() const; // distinct, in order of first appearance
    QStringList regions() const;

    friend bool operator==(const Incident &a, const Incident &b)
    {
        return a.id == b.id && a.provider == b.provider && a.title == b.title && a.severity == b.severity
            && a.state == b.state && a.startedAt == b.startedAt && a.resolvedAt == b.resolvedAt
            && a.affected == b.affected && a.url == b.url && a.updates == b.updates;
    }
};

} // namespace radar
