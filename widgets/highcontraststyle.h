// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace radar {

/// Fusion for the high-contrast theme. Fusion draws the edges of fields, check boxes and radio
/// buttons a shade darker than the window: on black, that is black, and they vanish. This style
/// draws them in the palette's Mid grey, and the edge of whatever has the focus in its Highlight
/// colour, two pixels wide, so that the focus is never lost either.
class HighContrastStyle : public QProxyStyle
{
    Q_OBJECT
public:
    HighContrastStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
    /// The chosen tab is underlined in the Highlight colour: Fusion tells it by a shade of black.
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
};

} // namespace radar
