// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthgriddelegate.h"

#include "statuspainter.h"

#include "item/healthgridmodel.h"

#include <QApplication>
#include <QPainter>
#include <QtMath>

namespace radar {

namespace {

void paintStar(QPainter &painter, const QRectF &bounds, const QColor &color)
{
    QPolygonF star;
    const QPointF centre = bounds.center();
    const qreal outer = bounds.width() / 2.0;
    const qreal inner = outer * 0.45;
    for (int point = 0; point < 10; ++point) {
        const qreal radius = point % 2 == 0 ? outer : inner;
        const qreal angle = qDegreesToRadians(-90.0 + point * 36.0);
        star << centre + QPointF(radius * qCos(angle), radius * qSin(angle));
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 1));
    painter.setBrush(QColor(0xE6, 0x9F, 0x00)); // Okabe-Ito orange, outlined for contrast
    painter.drawPolygon(star);
    painter.restore();
}

} // namespace

void HealthGridDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    painter->save();
    const QRect cellRect = option.rect.adjusted(1, 1, -1, -1);
    if (!index.data(HealthGridModel::HasCellRole).toBool()) {
        // The service does not exist in this region: visibly empty, never green.
        painter->fillRect(cellRect, option.palette.window());
        painter->restore();
        return;
    }
    const auto status = Status(index.data(HealthGridModel::StatusRole).toInt());
    const bool summaryRow = index.data(HealthGridModel::IsSummaryRowRole).toBool();
    QColor tint = statusColor(status);
    const bool severe = severityRank(status) >= severityRank(Status::Degraded);
    int alpha = severe ? 150 : (summaryRow ? 90 : 60);
    // On a dark base (Dark, High contrast) faint tints all look black: the quiet statuses get more.
    if (!severe && option.palette.base().color().lightness() < 128)
        alpha += 50;
    tint.setAlpha(alpha);
    painter->fillRect(cellRect, option.palette.base());
    painter->fillRect(cellRect, tint);
    if (status == Status::Unknown) {
        QColor hatch = option.palette.text().color();
        hatch.setAlpha(70);
        painter->fillRect(cellRect, QBrush(hatch, Qt::BDiagPattern));
    }
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.highlight(), 2));
        painter->drawRect(cellRect.adjusted(1, 1, -1, -1));
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(option.palette.text(), 1, Qt::DotLine));
        painter->drawRect(cellRect.adjusted(3, 3, -4, -4));
    }

    const int symbolSide = qMin(cellRect.height() - 6, 18);
    const QRect symbolRect(cellRect.left() + 6, cellRect.center().y() - symbolSide / 2, symbolSide,
                           symbolSide);
    paintStatusSymbol(*painter, symbolRect, status);

    const int incidents = index.data(HealthGridModel::IncidentCountRole).toInt();
    QRect textRect = cellRect.adjusted(symbolRect.width() + 12, 0, -4, 0);
    if (incidents > 0) {
        const QString count = QString::number(incidents);
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
        const QFontMetrics metrics(badgeFont);
        const int badgeWidth = qMax(metrics.horizontalAdvance(count) + 8, metrics.height());
        const QRect badge(cellRect.right() - badgeWidth - 3, cellRect.center().y() - metrics.height() / 2,
                          badgeWidth, metrics.height());
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.text());
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setFont(badgeFont);
        painter->setPen(option.palette.base().color());
        painter->drawText(badge, Qt::AlignCenter, count);
        textRect.setRight(badge.left() - 4);
    }

    if (index.data(HealthGridModel::WatchedRole).toBool()) {
        // A star, not a colour: watched cells stand out in any palette.
        const int side = qMin(cellRect.height() - 10, 14);
        const QRectF star(textRect.right() - side, cellRect.center().y() - side / 2.0, side, side);
        paintStar(*painter, star, option.palette.text().color());
        textRect.setRight(int(star.left()) - 4);
    }

    // The word when it fits, shortened when it nearly does; the symbol says it in any case.
    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    font.setBold(summaryRow || severityRank(status) >= severityRank(Status::Degraded));
    const QFontMetrics metrics(font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, textRect.width());
    // A whole word always; a shortened one only while it still says something ("Ma…" does not).
    // Short words are whole words too: Japanese says "正常" in two characters.
    if (shown == text || shown.size() > 3) {
        painter->setFont(font);
        painter->setPen(option.palette.text().color());
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, shown);
    }
    painter->restore();
}

QSize HealthGridDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int textWidth = metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString());
    return QSize(18 + 12 + textWidth + 40, qMax(26, metrics.height() + 10));
}

} // namespace radar
