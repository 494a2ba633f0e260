// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace radar {

/// The one status vocabulary every provider's words are mapped onto (ARCHITECTURE.md §3).
enum class Status : quint8 {
    Operational,
    Informational,
    Maintenance,
    Degraded,
    PartialOutage,
    MajorOutage,
    Unknown, // no fresh data: never shown as green
};

inline constexpr Status allStatuses[] = {Status::Operational, Status::Informational, Status::Maintenance,
                                         Status::Degraded,    Status::PartialOutage, Status::MajorOutage,
                                         Status::Unknown};

/// How alarming a status is when several are combined. Unknown ranks above the calm statuses, so
/// missing data is never hidden behind green, and below the real problems, which it must not mask.
int severityRank(Status status);

/// The more alarming of two statuses (by severityRank).
Status worst(Status a, Status b);

/// True for partial and major outages: the statuses that make `--once` exit with 2.
bool isOutage(Status status);

/// The stable snake_case name used in JSON and on the command line ("major_outage").
QString statusName(Status status);

/// Parses statusName() output; std::nullopt for anything else.
std::optional<Status> statusFromName(QStringView name);

} // namespace radar

Q_DECLARE_METATYPE(radar::Status)
