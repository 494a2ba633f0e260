// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <chrono>
#include <optional>

namespace radar {

/// Decides when the user has been away long enough to deserve a "while you were away" digest:
/// the window was hidden (or minimized) for an hour or more, or the machine slept that long while
/// the window was open. Pure logic; the caller passes the time.
class AwayTracker
{
public:
    static constexpr std::chrono::hours threshold {1};

    /// The window was hidden or minimized at `now`. A second call while hidden changes nothing.
    void windowHidden(const QDateTime &now);
    /// The window is visible again: returns when the absence began if it lasted `threshold` or more.
    std::optional<QDateTime> windowShown(const QDateTime &now);
    /// The machine slept from `from` to `to`. Returns `from` when the window was visible and the
    /// sleep lasted `threshold` or more (a hidden window gets its digest when shown, covering the
    /// sleep too).
    std::optional<QDateTime> slept(const QDateTime &from, const QDateTime &to) const;

    bool isWindowVisible() const { return !m_hiddenSince.isValid(); }

private:
    static bool longEnough(const QDateTime &from, const QDateTime &to);

    QDateTime m_hiddenSince; // null while the window is visible
};

} // namespace radar
