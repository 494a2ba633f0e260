// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QStringView>

namespace radar::feeddates {

/// An RFC 822 / RFC 2822 date as feeds write it, as UTC; null when it cannot be read.
/// Accepts named zones (UT, GMT, Z, EST/EDT, CST/CDT, MST/MDT, PST/PDT, military letters), numeric
/// offsets, a missing weekday, a space-padded day ("Wed,  8 Mar 2017") and missing seconds.
QDateTime fromRfc822(QStringView text);

/// An ISO 8601 / RFC 3339 instant, with or without milliseconds and offset, as UTC; null if bad.
/// Without an offset the instant is taken as UTC.
QDateTime fromIso8601(QStringView text);

/// Seconds or milliseconds since the epoch, as a number or a string of digits, as UTC. Values past
/// 10^11 are milliseconds (10^11 seconds is the year 5138), because feeds mix the two.
QDateTime fromEpoch(const QJsonValue &value);

/// JavaScript's Date.toString() form ("Sat Jun 11 2022 18:55:50 GMT+0000 (Coordinated Universal Time)").
QDateTime fromJavaScript(QStringView text);

/// Whichever of the forms above `text` is in; null when none fits.
QDateTime fromAny(QStringView text);

} // namespace radar::feeddates
