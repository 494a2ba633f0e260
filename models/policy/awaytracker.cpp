// SPDX-License-Identifier: GPL-3.0-or-later
#include "awaytracker.h"

namespace radar {

void AwayTracker::windowHidden(const QDateTime &now)
{
    // Minimizing a hidden window (or hiding a minimized one) is still the same absence.
    if (!m_hiddenSince.isValid())
        m_hiddenSince = now;
}

std::optional<QDateTime> AwayTracker::windowShown(const QDateTime &now)
{
    const QDateTime since = std::exchange(m_hiddenSince, QDateTime());
    if (since.isValid() && longEnough(since, now))
        return since;
    return std::nullopt;
}

std::optional<QDateTime> AwayTracker::slept(const QDateTime &from, const QDateTime &to) const
{
    if (isWindowVisible() && longEnough(from, to))
        return from;
    return std::nullopt;
}

bool AwayTracker::longEnough(const QDateTime &from, const QDateTime &to)
{
    return from.msecsTo(to) >= std::chrono::milliseconds(threshold).count();
}

} // namespace radar
