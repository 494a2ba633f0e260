// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace radar {

/// Exit code when the running app holds the data directory (sysexits.h's EX_TEMPFAIL: try again
/// once it has quit, or import from its Settings dialog).
inline constexpr int exitTryLater = 75;

/// --export-config FILE ("-": standard output): the configuration as JSON, without secrets.
int runExportConfig(const Options &options);
/// --import-config FILE: validates everything first; 65 with every problem on stderr and nothing
/// changed, else saves it as the configuration and prints what it holds.
int runImportConfig(const Options &options);

} // namespace radar
