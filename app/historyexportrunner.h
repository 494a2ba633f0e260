// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace radar {

/// The exit code when the export file cannot be written (sysexits' EX_CANTCREAT, beside 64 and 65).
inline constexpr int exitCannotCreate = 73;

/// `--export-history FILE`: writes the history kept in the data directory to FILE without starting
/// the app (it may be running: the database allows a reader beside its writer). Returns the exit code.
int runExportHistory(const Options &options);

} // namespace radar
