// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// Starting the app at login, the platform's way: an XDG autostart entry
/// ($XDG_CONFIG_HOME/autostart), a value under HKCU\...\CurrentVersion\Run on Windows, a launch
/// agent in ~/Library/LaunchAgents on macOS. One implementation file per platform, chosen by CMake.
namespace radar::autostart {

/// Whether the app is registered to start at login.
bool isEnabled();
/// Registers `program` with `arguments` (e.g. --minimized, --data-dir DIR) to start at login. False,
/// with `error` set, when it cannot be written.
bool enable(const QString &program, const QStringList &arguments, QString &error);
/// Removes the registration; not an error when there is none. False, with `error` set, when it
/// cannot be removed.
bool disable(QString &error);
/// Where the entry lives (a file path or a registry key), for messages.
QString location();

} // namespace radar::autostart
