// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace radar {

/// `--once`: polls every source once through the real engine, prints the report, returns the exit code.
int runOnce(const Options &options);

} // namespace radar
