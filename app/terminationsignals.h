// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace radar {

/// Turns SIGTERM, SIGINT and SIGHUP (logout, `kill`, Ctrl+C) into an orderly QCoreApplication::quit(),
/// so the window's geometry and settings are saved and the threads stop in order. No-op off Unix.
void quitOnTerminationSignals();

} // namespace radar
