// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The file work shared by the platforms whose start at login is a file (XDG, macOS).
namespace radar::autostart::file {

/// Writes `content` to `path` atomically (a session starting meanwhile sees the old file or the
/// new one, never half), making its folder first. False, with `error` set, when it cannot.
bool write(const QString &path, const QString &content, QString &error);
/// Removes `path`; not an error when it does not exist.
bool remove(const QString &path, QString &error);

} // namespace radar::autostart::file
