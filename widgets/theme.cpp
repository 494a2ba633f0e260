// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "highcontraststyle.h"

#include <QApplication>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>

#include <utility>

namespace radar {

namespace {

/// The colours of one of the app's own palettes. The bevel shades (Light, Midlight, Mid, Dark) are
/// derived from the button colour, the way QPalette derives them, unless set: on black buttons
/// they would all be black.
struct Colours
{
    QColor window, windowText, base, alternateBase, text, placeholder;
    QColor button, buttonText, brightText;
    QColor highlight, highlightedText, link, linkVisited;
    QColor toolTipBase, toolTipText;
    // Disabled controls: greyed text on a background that no longer invites typing.
    QColor disabledText, disabledBase, disabledHighlight, disabledHighlightedText, disabledLink;
    QColor light, midlight, mid, dark; // invalid: derived from `button`
};

// Text colours keep a contrast of at least 4.5:1 (WCAG AA) against the background they are drawn
// on; tests/widgets/tst_theme.cpp checks it.
Colours lightColours()
{
    Colours colours;
    colours.window = QColor(239, 239, 239);
    colours.windowText = QColor(20, 20, 20);
    colours.base = QColor(255, 255, 255);
    colours.alternateBase = QColor(245, 245, 245);
    colours.text = QColor(20, 20, 20);
    colours.placeholder = QColor(100, 100, 100);
    colours.button = QColor(239, 239, 239);
    colours.buttonText = QColor(20, 20, 20);
    colours.brightText = QColor(255, 255, 255);
    colours.highlight = QColor(0, 99, 177);
    colours.highlightedText = QColor(255, 255, 255);
    colours.link = QColor(0, 90, 200);
    colours.linkVisited = QColor(110, 40, 160);
    colours.toolTipBase = QColor(255, 255, 225);
    colours.toolTipText = QColor(20, 20, 20);
    colours.disabledText = QColor(150, 150, 150);
    colours.disabledBase = QColor(245, 245, 245);
    colours.disabledHighlight = QColor(190, 190, 190);
    colours.disabledHighlightedText = QColor(60, 60, 60);
    colours.disabledLink = QColor(120, 140, 180);
    return colours;
}

Colours darkColours()
{
    Colours colours;
    colours.window = QColor(45, 45, 48);
    colours.windowText = QColor(230, 230, 230);
    colours.base = QColor(30, 30, 32);
    colours.alternateBase = QColor(38, 38, 41);
    colours.text = QColor(230, 230, 230);
    colours.placeholder = QColor(160, 160, 160);
    colours.button = QColor(58, 58, 62);
    colours.buttonText = QColor(230, 230, 230);
    colours.brightText = QColor(255, 255, 255);
    colours.highlight = QColor(38, 110, 190);
    colours.highlightedText = QColor(255, 255, 255);
    colours.link = QColor(110, 170, 255);
    colours.linkVisited = QColor(190, 150, 255);
    colours.toolTipBase = QColor(60, 60, 64);
    colours.toolTipText = QColor(235, 235, 235);
    colours.disabledText = QColor(125, 125, 125);
    colours.disabledBase = QColor(40, 40, 43);
    colours.disabledHighlight = QColor(75, 75, 78);
    colours.disabledHighlightedText = QColor(170, 170, 170);
    colours.disabledLink = QColor(100, 120, 150);
    return colours;
}

// White and yellow on black, as the high-contrast modes of desktops have them: text roles keep a
// contrast of 7:1 at least (WCAG AAA), disabled text 4.5:1; tests/widgets/tst_theme.cpp checks it.
Colours highContrastColours()
{
    const QColor black(0, 0, 0);
    const QColor white(255, 255, 255);
    Colours colours;
    colours.window = black;
    colours.windowText = white;
    colours.base = black;
    colours.alternateBase = QColor(32, 32, 32);
    colours.text = white;
    colours.placeholder = QColor(200, 200, 200);
    colours.button = black;
    colours.buttonText = white;
    colours.brightText = QColor(255, 255, 0);
    colours.highlight = QColor(255, 255, 0); // selection and focus: yellow, with black text
    colours.highlightedText = black;
    colours.link = QColor(0, 255, 255); // cyan
    colours.linkVisited = QColor(255, 140, 255);
    colours.toolTipBase = black;
    colours.toolTipText = white;
    colours.disabledText = QColor(150, 150, 150);
    colours.disabledBase = black;
    colours.disabledHighlight = QColor(110, 110, 110);
    colours.disabledHighlightedText = white;
    colours.disabledLink = QColor(0, 160, 160);
    // Edges in light grey, so that fields and buttons show their outline on black.
    colours.light = white;
    colours.midlight = QColor(220, 220, 220);
    colours.mid = QColor(180, 180, 180);
    colours.dark = QColor(160, 160, 160);
    return colours;
}

QColor colourFor(const Colours &colours, QPalette::ColorGroup group, QPalette::ColorRole role)
{
    const bool disabled = group == QPalette::Disabled;
    switch (role) {
    case QPalette::Window:
        return colours.window;
    case QPalette::WindowText:
    case QPalette::Text:
    case QPalette::ButtonText:
        if (disabled)
            return colours.disabledText;
        return role == QPalette::ButtonText ? colours.buttonText
                                            : (role == QPalette::Text ? colours.text : colours.windowText);
    case QPalette::Base:
        return disabled ? colours.disabledBase : colours.base;
    case QPalette::AlternateBase:
        return colours.alternateBase;
    case QPalette::PlaceholderText:
        return disabled ? colours.disabledText : colours.placeholder;
    case QPalette::Button:
        return colours.button;
    case QPalette::Light:
        return colours.light.isValid() ? colours.light : colours.button.lighter(150);
    case QPalette::Midlight:
        return colours.midlight.isValid() ? colours.midlight : colours.button.lighter(125);
    case QPalette::Mid:
        return colours.mid.isValid() ? colours.mid : colours.button.darker(130);
    case QPalette::Dark:
        return colours.dark.isValid() ? colours.dark : colours.button.darker(150);
    case QPalette::Shadow:
        return Qt::black;
    case QPalette::BrightText:
        return colours.brightText;
    case QPalette::HighlightedText:
        return disabled ? colours.disabledHighlightedText : colours.highlightedText;
    case QPalette::Link:
    case QPalette::LinkVisited:
        if (disabled)
            return colours.disabledLink;
        return role == QPalette::Link ? colours.link : colours.linkVisited;
    case QPalette::ToolTipBase:
        return colours.toolTipBase;
    case QPalette::ToolTipText:
        return colours.toolTipText;
    case QPalette::Highlight:
    default: // a role newer than this code (Qt 6.6's Accent) takes the selection colour
        return disabled ? colours.disabledHighlight : colours.highlight;
    }
}

QPalette paletteFrom(const Colours &colours)
{
    QPalette palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            if (role == QPalette::NoRole)
                continue;
            const auto colorRole = QPalette::ColorRole(role);
            palette.setColor(group, colorRole, colourFor(colours, group, colorRole));
        }
    }
    return palette;
}

/// Some platform themes (KDE's, for one) give menus, item views, line edits and the like palettes
/// of their own. Setting the application palette drops them, so System puts them back.
constexpr const char *classesWithOwnPalettes[] = {
    "QAbstractButton", "QAbstractItemView", "QAbstractSpinBox", "QCheckBox",  "QComboBox",
    "QGroupBox",       "QHeaderView",       "QLabel",           "QLineEdit",  "QMenu",
    "QMenuBar",        "QMessageBoxLabel",  "QRadioButton",     "QTabBar",    "QTextControl",
    "QTextEdit",       "QToolButton",       "QTipLabel",        "QStatusBar", "QPlainTextEdit",
};

/// What the application looked like before applyTheme() first changed anything.
struct OriginalLook
{
    QString styleName;
    QPalette palette;
    QPalette toolTipPalette;
    QList<QPair<QByteArray, QPalette>> classPalettes;
    Theme applied = Theme::System;
};

OriginalLook &originalLook()
{
    static OriginalLook look = [] {
        OriginalLook original;
        original.styleName = QApplication::style()->name();
        original.palette = QApplication::palette();
        original.toolTipPalette = QToolTip::palette();
        for (const char *className : classesWithOwnPalettes) {
            const QPalette own = QApplication::palette(className);
            if (own != original.palette)
                original.classPalettes.append({QByteArray(className), own});
        }
        return original;
    }();
    return look;
}

bool highContrastStyleInUse()
{
    return qobject_cast<const HighContrastStyle *>(QApplication::style()) != nullptr;
}

void useStyle(const QString &name)
{
    if (highContrastStyleInUse() || QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(name);
}

} // namespace

void applyTheme(Theme theme)
{
    OriginalLook &original = originalLook();
    if (theme == original.applied)
        return;
    original.applied = theme;
    if (theme == Theme::System) {
        useStyle(original.styleName);
        QApplication::setPalette(original.palette);
        for (const auto &[className, palette] : std::as_const(original.classPalettes))
            QApplication::setPalette(palette, className.constData());
        QToolTip::setPalette(original.toolTipPalette);
        return;
    }
    if (theme != Theme::HighContrast)
        useStyle(QStringLiteral("Fusion"));
    else if (!highContrastStyleInUse())
        QApplication::setStyle(new HighContrastStyle); // the application owns it
    const QPalette palette = themePalette(theme);
    QApplication::setPalette(palette);
    // A desktop's palette for menus or item views must not survive into the app's own theme.
    for (const auto &classPalette : std::as_const(original.classPalettes))
        QApplication::setPalette(palette, classPalette.first.constData());
    QToolTip::setPalette(palette);
}

QPalette themePalette(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return paletteFrom(lightColours());
    case Theme::Dark:
        return paletteFrom(darkColours());
    case Theme::HighContrast:
        return paletteFrom(highContrastColours());
    case Theme::System:
        break;
    }
    return originalLook().palette;
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme themeFromName(QStringView name)
{
    for (const Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
        if (name.trimmed().compare(themeName(theme), Qt::CaseInsensitive) == 0)
            return theme;
    }
    return Theme::System;
}

} // namespace radar
