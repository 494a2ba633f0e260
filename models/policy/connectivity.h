// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "healthstate.h"

#include <QDateTime>

#include <chrono>

namespace radar {

/// Whether the user's own connection works, and when alerts may speak again after it was gone.
/// When every source fails to connect, the likely cause is the user's network, not every provider
/// at once: that is one "offline" state, not an alarm per provider. Pure logic; the caller passes
/// the time and what the system reports.
class Connectivity
{
public:
    /// What the operating system says about the network, where it can tell.
    enum class Reachability : quint8 { Unknown, Online, Offline };

    /// After the connection or the machine comes back, sources need a poll or two to catch up;
    /// changes seen meanwhile are the catching up, not news.
    static constexpr std::chrono::seconds gracePeriod {120};
    /// The wall clock running ahead of the monotonic clock by more than this means the machine
    /// slept (the monotonic clock stops during suspend).
    static constexpr std::chrono::seconds sleepThreshold {60};

    /// Returns true when the connection came back, so a refresh is due.
    bool setReachability(Reachability reachability, const QDateTime &now);
    /// Re-derives the verdict from the sources' states; returns true when it changed.
    bool updateSources(const QList<SourceState> &sources, const QDateTime &now);
    /// Call regularly with both clocks; returns true when the machine slept since the last call,
    /// so a refresh is due.
    bool checkForSleep(const QDateTime &wallNow, qint64 monotonicMs);

    bool isOffline() const { return m_systemOffline || m_sourcesUnreachable; }
    /// Why the app thinks it is offline, for the window and the tray; empty when online.
    QString reason() const;
    /// False while offline and during the grace period after coming back (or waking up).
    bool notificationsAllowed(const QDateTime &now) const;
    QDateTime quietUntil() const { return m_quietUntil; }

private:
    void leaveOffline(bool wasOffline, const QDateTime &now);

    bool m_systemOffline = false;
    QDateTime m_systemOfflineSince;
    bool m_sourcesUnreachable = false;
    int m_unreachableCount = 0;
    QDateTime m_quietUntil;
    QDateTime m_lastWall;
    qint64 m_lastMonotonic = 0;
};

} // namespace radar
