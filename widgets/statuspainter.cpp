// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuspainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QtMath>

#include <array>
#include <iterator>

namespace radar {

namespace {

QPolygonF regularPolygon(const QRectF &bounds, int corners, qreal rotationDegrees)
{
    QPolygonF polygon;
    const QPointF centre = bounds.center();
    const qreal radius = qMin(bounds.width(), bounds.height()) / 2.0;
    for (int i = 0; i < corners; ++i) {
        const qreal angle = qDegreesToRadians(rotationDegrees + 360.0 * i / corners);
        polygon << centre + QPointF(radius * qCos(angle), radius * qSin(angle));
    }
    return polygon;
}

void paintGlyph(QPainter &painter, const QRectF &bounds, Status status)
{
    const qreal unit = bounds.width() / 16.0;
    QPen pen(Qt::white, qMax(1.5, 2.0 * unit), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const QPointF c = bounds.center();
    auto at = [&](qreal x, qreal y) {
        return c + QPointF(x * unit, y * unit);
    };
    switch (status) {
    case Status::Operational: // check mark
        painter.drawPolyline(QPolygonF {at(-3.5, 0.2), at(-1, 2.8), at(3.8, -2.6)});
        break;
    case Status::Informational: // "i"
        painter.drawLine(at(0, -0.5), at(0, 3.5));
        painter.drawPoint(at(0, -3.3));
        break;
    case Status::Maintenance: // spanner handle
        painter.drawLine(at(-3, 3), at(3, -3));
        painter.drawLine(at(1.2, -3.6), at(3.6, -1.2));
        break;
    case Status::Degraded:
    case Status::PartialOutage: // "!"
        painter.drawLine(at(0, -3.2), at(0, 1.0));
        painter.drawPoint(at(0, 3.6));
        break;
    case Status::MajorOutage: // "x"
        painter.drawLine(at(-3, -3), at(3, 3));
        painter.drawLine(at(-3, 3), at(3, -3));
        break;
    case Status::Unknown: // "?"
    {
        QPainterPath question;
        question.moveTo(at(-2.2, -1.6));
        question.cubicTo(at(-2.2, -5), at(3, -4.6), at(2.4, -1.8));
        question.cubicTo(at(2, -0.2), at(0, 0), at(0, 1.4));
        painter.drawPath(question);
        painter.drawPoint(at(0, 4));
        break;
    }
    }
}

} // namespace

QColor statusColor(Status status)
{
    switch (status) {
    case Status::Operational:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Status::Informational:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case Status::Maintenance:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Status::Degraded:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Status::PartialOutage:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case Status::MajorOutage:
        return QColor(0xB0, 0x1C, 0x2E); // dark red
    case Status::Unknown:
        break;
    }
    return QColor(0x8C, 0x8C, 0x8C); // grey
}

void paintStatusSymbol(QPainter &painter, const QRectF &bounds, Status status)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(bounds.width(), bounds.height());
    const QRectF square(bounds.center() - QPointF(side / 2, side / 2), QSizeF(side, side));
    const QRectF shape = square.adjusted(side * 0.04, side * 0.04, -side * 0.04, -side * 0.04);
    const QColor fill = statusColor(status);
    painter.setPen(QPen(fill.darker(140), qMax(1.0, side / 24.0)));
    painter.setBrush(fill);
    switch (status) {
    case Status::Operational:
    case Status::Informational:
        painter.drawEllipse(shape);
        break;
    case Status::Maintenance:
        painter.drawRoundedRect(shape.adjusted(side * 0.06, side * 0.06, -side * 0.06, -side * 0.06),
                                side * 0.15, side * 0.15);
        break;
    case Status::Degraded:
        painter.drawPolygon(regularPolygon(shape.translated(0, side * 0.08), 3, -90));
        break;
    case Status::PartialOutage:
        painter.drawPolygon(regularPolygon(shape, 4, -90));
        break;
    case Status::MajorOutage:
        painter.drawPolygon(regularPolygon(shape, 8, 22.5));
        break;
    case Status::Unknown:
        painter.setPen(QPen(fill.darker(120), qMax(1.0, side / 12.0), Qt::DashLine));
        painter.drawEllipse(shape.adjusted(side * 0.04, side * 0.04, -side * 0.04, -side * 0.04));
        break;
    }
    paintGlyph(painter, square, status);
    painter.restore();
}

namespace {

template<typename Paint>
QIcon renderIcon(Paint paint)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(painter, QRectF(0, 0, size, size));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon statusIcon(Status status)
{
    // Drawn once per status: the tray, the status bar and the incident list ask on every update.
    static const auto icons = [] {
        std::array<QIcon, std::size(allStatuses)> drawn;
        for (Status each : allStatuses)
            drawn[size_t(each)] = renderIcon([each](QPainter &painter, const QRectF &bounds) {
                paintStatusSymbol(painter, bounds, each);
            });
        return drawn;
    }();
    return icons[size_t(status)];
}

QIcon offlineIcon()
{
    static const QIcon icon = renderIcon([](QPainter &painter, const QRectF &bounds) {
        paintStatusSymbol(painter, bounds, Status::Unknown);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal side = bounds.width();
        const QLineF slash(bounds.topLeft() + QPointF(side * 0.15, side * 0.15),
                           bounds.bottomRight() - QPointF(side * 0.15, side * 0.15));
        // A light halo under the stroke keeps it visible on dark panels as on light ones.
        painter.setPen(QPen(QColor(255, 255, 255, 220), side / 5.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(slash);
        painter.setPen(QPen(QColor(0x40, 0x40, 0x40), side / 9.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(slash);
    });
    return icon;
}

} // namespace radar
