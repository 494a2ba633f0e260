// SPDX-License-Identifier: GPL-3.0-or-later
#include "highcontraststyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace radar {

namespace {

enum class Shape { Rectangle, Ellipse };
enum class Focus { Shown, Ignored };

/// The edge of `rect`, inside it: Mid grey, or two pixels of Highlight when the control has the focus.
void drawEdge(QPainter *painter, const QStyleOption &option, const QRect &rect, Shape shape, Focus focus)
{
    const bool focused = focus == Focus::Shown && option.state.testFlag(QStyle::State_HasFocus);
    const qreal width = focused ? 2 : 1;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, shape == Shape::Ellipse);
    painter->setBrush(Qt::NoBrush);
    QPen pen(option.palette.color(focused ? QPalette::Highlight : QPalette::Mid), width);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    const QRectF edge = QRectF(rect).adjusted(width / 2, width / 2, -width / 2, -width / 2);
    if (shape == Shape::Ellipse)
        painter->drawEllipse(edge);
    else
        painter->drawRect(edge);
    painter->restore();
}

} // namespace

HighContrastStyle::HighContrastStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
    setObjectName(QStringLiteral("radarHighContrastStyle"));
}

void HighContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                      const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    switch (element) {
    case PE_FrameLineEdit:
    case PE_Frame: // item views, text views
        drawEdge(painter, *option, option->rect, Shape::Rectangle, Focus::Shown);
        break;
    case PE_FrameMenu: // a black menu over a black window
        drawEdge(painter, *option, option->rect, Shape::Rectangle, Focus::Ignored);
        break;
    case PE_IndicatorCheckBox:
    case PE_IndicatorItemViewItemCheck:
        drawEdge(painter, *option, option->rect.adjusted(0, 0, -1, -1), Shape::Rectangle, Focus::Ignored);
        break;
    case PE_IndicatorRadioButton:
        drawEdge(painter, *option, option->rect.adjusted(0, 0, -1, -1), Shape::Ellipse, Focus::Ignored);
        break;
    default:
        break;
    }
}

void HighContrastStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                           QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_SpinBox || (control == CC_ComboBox && option->state.testFlag(State_HasFocus)))
        drawEdge(painter, *option, option->rect, Shape::Rectangle, Focus::Shown);
}

void HighContrastStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                    const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    const auto *tab = qstyleoption_cast<const QStyleOptionTab *>(option);
    if (element != CE_TabBarTabShape || !tab || !tab->state.testFlag(State_Selected))
        return;
    // Along the edge that faces the page.
    const QRect rect = tab->rect;
    constexpr int thickness = 3;
    QRect mark(rect.left(), rect.bottom() - thickness + 1, rect.width(), thickness);
    switch (tab->shape) {
    case QTabBar::RoundedSouth:
    case QTabBar::TriangularSouth:
        mark.moveTop(rect.top());
        break;
    case QTabBar::RoundedWest:
    case QTabBar::TriangularWest:
        mark = QRect(rect.right() - thickness + 1, rect.top(), thickness, rect.height());
        break;
    case QTabBar::RoundedEast:
    case QTabBar::TriangularEast:
        mark = QRect(rect.left(), rect.top(), thickness, rect.height());
        break;
    default:
        break;
    }
    painter->fillRect(mark, tab->palette.color(QPalette::Highlight));
}

} // namespace radar
