// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generalsettingspage.h"

#include <QPalette>
#include <QString>
#include <QStringView>

namespace radar {

/// Gives the whole application the theme's look. System puts back the style and palette the
/// application had before the first call (they are remembered then); Light, Dark and HighContrast
/// use the Fusion style with a complete palette of their own, so that they look the same on every
/// desktop, whatever its style or colour scheme. HighContrast's Fusion draws the edges of fields
/// and the focus where black would hide them (HighContrastStyle). Call it on the GUI thread,
/// after QApplication exists.
void applyTheme(Theme theme);

/// The palette Light, Dark or HighContrast installs: every colour role of every colour group set,
/// disabled controls greyed, links and tooltips readable. For System, the palette the application
/// started with (before applyTheme() was first called: the current one).
QPalette themePalette(Theme theme);

/// The name a theme is saved under: "system", "light", "dark" or "high-contrast".
QString themeName(Theme theme);
/// Reads themeName()'s output, ignoring case; anything else is System, the safe choice for a
/// settings file written by another version.
Theme themeFromName(QStringView name);

} // namespace radar
