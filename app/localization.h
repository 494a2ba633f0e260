// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace radar {

/// Installs the app's translation for the system's language (English plural forms at least) and
/// Qt's own, on the running QCoreApplication.
void installTranslations();

} // namespace radar
