// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/status.h"

#include <QColor>
#include <QIcon>

class QPainter;
class QRectF;

namespace radar {

/// The colour of a status: a colour-blind-safe set (after Okabe and Ito) that reads on light and
/// dark backgrounds. Colour is never alone: every status also has its own symbol shape.
QColor statusColor(Status status);

/// Draws the status symbol (circle, triangle, diamond, octagon, ...) filling `bounds`.
void paintStatusSymbol(QPainter &painter, const QRectF &bounds, Status status);

/// The symbol as an icon, rendered at the sizes trays and menus ask for.
QIcon statusIcon(Status status);

/// "No connection": the unknown symbol struck through, distinct from any status a provider reports.
QIcon offlineIcon();

} // namespace radar
