// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuspainter.h"

#include <QApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QIconEngine>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>
#include <QtMath>

#include <array>
#include <functional>
#include <iterator>
#include <memory>

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

/// An icon drawn by code, square and centred in whatever it is painted in, where paint() asks
/// pixmap() for the device pixels there are.
class SquareIconEngine : public QIconEngine
{
public:
    explicit SquareIconEngine(QList<int> sizes)
        : m_sizes(std::move(sizes))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const int side = qMin(rect.width(), rect.height());
        if (side <= 0)
            return;
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        const QRect square(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side,
                           side);
        painter->drawPixmap(square, pixmap(QSize(side, side) * ratio, mode, state));
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (int size : std::as_const(m_sizes))
            sizes << QSize(size, size);
        return sizes;
    }

private:
    QList<int> m_sizes;
};

/// An icon drawn by code at the sizes it is asked for, each kept once drawn. Drawing every size up
/// front (16 to 128 px, nine symbols) cost 0.9 MB of pixmaps and part of the start-up for sizes
/// that are never shown.
class SymbolIconEngine : public SquareIconEngine
{
public:
    using Painter = std::function<void(QPainter &, const QRectF &)>;

    explicit SymbolIconEngine(Painter paint)
        : SquareIconEngine({16, 22, 24, 32, 48, 64, 128})
        , m_paint(std::move(paint))
    { }

    // QIcon asks in device pixels and sets the pixel ratio on the result itself.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        if (side <= 0)
            return QPixmap();
        const int key = side * 4 + int(mode);
        if (const auto kept = m_drawn.constFind(key); kept != m_drawn.cend())
            return *kept;
        QPixmap drawn(side, side);
        drawn.fill(Qt::transparent);
        QPainter painter(&drawn);
        m_paint(painter, QRectF(0, 0, side, side));
        painter.end();
        // Greyed when disabled, tinted when selected: as the style does for any other icon.
        if (mode != QIcon::Normal && qobject_cast<QApplication *>(QCoreApplication::instance())) {
            QStyleOption option;
            option.palette = QApplication::palette();
            drawn = QApplication::style()->generatedIconPixmap(mode, drawn, &option);
        }
        m_drawn.insert(key, drawn);
        return drawn;
    }

    QIconEngine *clone() const override { return new SymbolIconEngine(m_paint); }
    QString key() const override { return QStringLiteral("radar.symbol"); }

private:
    Painter m_paint;
    QHash<int, QPixmap> m_drawn; // by side in device pixels and mode
};

QIcon renderIcon(SymbolIconEngine::Painter paint)
{
    return QIcon(new SymbolIconEngine(std::move(paint)));
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

namespace {

// The marks are drawn in near-black and white, which no status uses, with a ring of the other:
// they read on the coloured symbols and on light and dark panels alike.
const QColor markDark(0x1A, 0x1A, 0x1A);
const QColor markLight(Qt::white);

/// The SVG of a tray state, loaded once: the tray redraws on every change of state.
QSvgRenderer &traySymbol(const TrayIconState &state)
{
    static std::array<std::unique_ptr<QSvgRenderer>, std::size(allStatuses) + 2> renderers;
    size_t index = size_t(state.status);
    QString name = statusName(state.status);
    if (state.kind == TrayIconState::Stale) {
        index = std::size(allStatuses);
        name = QStringLiteral("stale");
    } else if (state.kind == TrayIconState::Offline) {
        index = std::size(allStatuses) + 1;
        name = QStringLiteral("offline");
    }
    std::unique_ptr<QSvgRenderer> &renderer = renderers[index];
    if (!renderer)
        renderer = std::make_unique<QSvgRenderer>(QStringLiteral(":/icons/tray/%1.svg").arg(name));
    return *renderer;
}

/// The count of problems in the top right corner: the number on a white disc (a pill for "9+"),
/// or just the disc where a number would not be legible (a 16-pixel icon).
void paintProblemBadge(QPainter &painter, qreal side, int problems)
{
    const QString text = problems > 9 ? QStringLiteral("9+") : QString::number(problems);
    const qreal height = qMax(side * 0.46, 7.0);
    const qreal padding = height * 0.35;
    const qreal widest = side * 0.75; // any wider and the badge hides the symbol
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(int(height * 0.8));
    qreal textWidth = QFontMetricsF(font).horizontalAdvance(text);
    if (textWidth + padding > widest) {
        font.setPixelSize(qMax(1, int(font.pixelSize() * (widest - padding) / textWidth)));
        textWidth = QFontMetricsF(font).horizontalAdvance(text);
    }
    // Seven pixels is the smallest bold digit that still reads.
    const bool legible = font.pixelSize() >= 7 && textWidth + padding <= widest;
    const qreal ring = qMax(1.0, side / 32.0);
    painter.setPen(QPen(markDark, ring));
    painter.setBrush(markLight);
    if (!legible) {
        const qreal dot = qMax(side * 0.4, 6.0);
        painter.drawEllipse(
            QRectF(side - dot, 0, dot, dot).adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2));
        return;
    }
    const qreal width = qMax(height, textWidth + padding);
    const QRectF badge =
        QRectF(side - width, 0, width, height).adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2);
    painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    painter.setFont(font);
    painter.setPen(markDark);
    painter.drawText(badge, Qt::AlignCenter, text);
}

/// "Notifications paused" in the bottom right corner: two white bars on a dark disc.
void paintPausedMark(QPainter &painter, qreal side)
{
    const qreal diameter = qMax(side * 0.44, 7.0);
    const qreal ring = qMax(1.0, side / 32.0);
    const QRectF disc = QRectF(side - diameter, side - diameter, diameter, diameter)
                            .adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2);
    painter.setPen(QPen(markLight, ring));
    painter.setBrush(markDark);
    painter.drawEllipse(disc);
    const qreal barWidth = qMax(1.0, disc.width() * 0.18);
    const qreal barHeight = disc.height() * 0.5;
    const qreal gap = qMax(1.0, disc.width() * 0.14);
    const qreal top = disc.center().y() - barHeight / 2;
    painter.setPen(Qt::NoPen);
    painter.setBrush(markLight);
    painter.drawRect(QRectF(disc.center().x() - gap / 2 - barWidth, top, barWidth, barHeight));
    painter.drawRect(QRectF(disc.center().x() + gap / 2, top, barWidth, barHeight));
}

/// Draws trayIconImage() at whatever size and pixel ratio it is asked for.
class TrayIconEngine : public SquareIconEngine
{
public:
    explicit TrayIconEngine(const TrayIconState &state)
        : SquareIconEngine({16, 22, 24, 32, 48, 64})
        , m_state(state)
    { }

    // QIcon asks in device pixels and sets the pixel ratio on the result itself.
    QPixmap pixmap(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        if (side <= 0)
            return QPixmap();
        return QPixmap::fromImage(trayIconImage(m_state, side));
    }

    QIconEngine *clone() const override { return new TrayIconEngine(m_state); }
    QString key() const override { return QStringLiteral("radar.tray"); }

private:
    TrayIconState m_state;
};

} // namespace

QImage trayIconImage(const TrayIconState &state, int size, qreal devicePixelRatio)
{
    // Drawn in device pixels, so "is the number legible" is decided on the pixels there are.
    const int side = qMax(1, qRound(size * devicePixelRatio));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF bounds(0, 0, side, side);
    QSvgRenderer &symbol = traySymbol(state);
    if (symbol.isValid())
        symbol.render(&painter, bounds);
    else // the resources were not linked in: the painted symbol is the same shape and colour
        paintStatusSymbol(painter, bounds,
                          state.kind == TrayIconState::StatusKind ? state.status : Status::Unknown);
    if (state.kind == TrayIconState::StatusKind && state.problems > 0)
        paintProblemBadge(painter, side, state.problems);
    if (state.paused)
        paintPausedMark(painter, side);
    painter.end();
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

QIcon trayIcon(const TrayIconState &state)
{
    return QIcon(new TrayIconEngine(state));
}

} // namespace radar
