// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/incident.h"

#include <QDateTime>
#include <QList>

#include <chrono>

namespace radar {

/// The incidents the user sees: open ones as the feeds report them, and recently ended ones,
/// including those a provider stopped listing while they were open (Azure drops resolved items).
/// Pure logic on the GUI thread; the caller passes the time.
class IncidentLog
{
public:
    struct Entry
    {
        Incident incident;
        // Vanished from its feed while open; shown as ended at `incident.resolvedAt` (when it vanished).
        bool noLongerListed = false;
        QDateTime firstSeen; // UTC
        QDateTime lastSeen; // UTC, the last update() that reported it

        /// When it ended: resolvedAt, else its newest update, else when it was first seen; null while open.
        QDateTime endedAt() const;
    };

    /// Ended incidents beyond this many (the oldest) are dropped, whatever the recent period.
    static constexpr int maxEnded = 200;

    /// Takes what the feeds report now (an incident is identified by provider and id). Returns true
    /// when entries() changed in anything but lastSeen, which changes on every call.
    bool update(const QList<Incident> &reported, const QDateTime &nowUtc);

    /// Open ones first (worst severity first, then newest start), then ended ones (most recently
    /// ended first).
    QList<Entry> entries() const { return m_entries; }

    /// How long ended incidents stay (by endedAt()); 7 days unless set. Applies from the next update().
    void setRecentPeriod(std::chrono::hours period) { m_recentPeriod = period; }
    std::chrono::hours recentPeriod() const { return m_recentPeriod; }

private:
    QList<Entry> m_entries;
    std::chrono::hours m_recentPeriod {7 * 24};
};

} // namespace radar
