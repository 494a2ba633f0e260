// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/status.h"

#include <QColor>
#include <QIcon>
#include <QImage>

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

/// What the tray icon shows: the overall status, or one of the two states in which no status can
/// be believed, with the number of open problems and whether notifications are paused.
struct TrayIconState
{
    enum Kind : quint8 {
        StatusKind, // the status symbol of `status`
        Stale, // no source has fresh data: a clock face
        Offline, // no connection: the unknown symbol struck through
    };
    Kind kind = StatusKind;
    Status status = Status::Unknown;
    int problems = 0; // a badge when above 0 (StatusKind only): 1 to 9, then "9+"
    bool paused = false; // a paused mark: two bars

    friend bool operator==(const TrayIconState &a, const TrayIconState &b)
    {
        return a.kind == b.kind && a.status == b.status && a.problems == b.problems && a.paused == b.paused;
    }
    friend bool operator!=(const TrayIconState &a, const TrayIconState &b) { return !(a == b); }
};

/// The tray icon drawn from its SVG (resources/icons/tray) at `size` × `size` logical pixels:
/// the image has size × devicePixelRatio pixels and that ratio set. The badge shows its number
/// only where the number is legible; smaller, it is a dot.
QImage trayIconImage(const TrayIconState &state, int size, qreal devicePixelRatio = 1);

/// trayIconImage() as an icon that draws on demand, so it is crisp at any size and pixel ratio.
QIcon trayIcon(const TrayIconState &state);

} // namespace radar
