// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace radar {

/// Installs the app's translation (English plural forms at least) and Qt's own, on the running
/// QCoreApplication, for `language` ("de", "ja", ...) or, when empty, the system's language.
void installTranslations(const QString &language = QString());

} // namespace radar
