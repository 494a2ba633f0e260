// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace radar {

/// Where this run keeps its settings: under --data-dir if given, else the user's config location.
/// Empty, with `error` set, when that directory cannot be created or written.
QString settingsFilePath(const Options &options, QString &error);
/// Where this run keeps its incident history: under --data-dir if given, else the user's data
/// location. Empty, with `error` set, when that directory cannot be created or written.
QString historyFilePath(const Options &options, QString &error);

/// Runs the windowed app until it quits; returns the process exit code.
int runDesktop(const Options &options);

} // namespace radar
