// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/notificationpolicy.h"

#include <QString>

namespace radar {

/// A notification's words, shared by the tray's balloons and the notification log, so what was
/// sent and what the log shows read the same.

/// One line: where and what ("AWS us-east-1: major outage").
QString notificationTitle(const Notification &entry);
/// The services concerned (the first few, then how many more) and their status.
QString notificationBody(const Notification &entry);
/// Why it was sent or held back ("Held back: quiet hours until 07:00").
QString notificationRuleText(const Notification &entry);

} // namespace radar
