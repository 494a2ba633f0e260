// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/notificationpolicy.h"

#include <QList>

#include <functional>

class QAction;
class QMenu;

namespace radar {

/// Appends one entry per length in `lengths`, in that order, to `menu`; picking one calls `chosen`
/// with its length. The tray's pause menu, the grid's and the incident list's snooze menus all
/// use it, so one length reads the same everywhere. Each entry's object name tells its length
/// (quietLengthObjectName()). Returns the entries, in the order of `lengths`.
QList<QAction *> addQuietLengthActions(QMenu *menu, const QList<QuietLength> &lengths,
                                       const std::function<void(QuietLength)> &chosen);

/// "quietOneHour", "quietFourHours", "quietUntilTomorrow", "quietUntilResolved".
QString quietLengthObjectName(QuietLength length);

} // namespace radar
