// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace radar {

/// Installs the app's translation (English plural forms at least) and Qt's own, on the running
/// QCoreApplication, for `language` ("de", "ja", ...) or, when empty, the system's language, and
/// makes that language the default locale (dates, numbers). A later call replaces what an earlier
/// one installed.
void installTranslations(const QString &language = QString());

/// The language of the app's translation installed last ("de", "en", …), empty when none is.
QString translationLanguage();

} // namespace radar
