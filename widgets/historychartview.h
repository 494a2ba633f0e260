// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QBarCategoryAxis;
class QLabel;
class QStackedBarSeries;
class QValueAxis;

namespace radar {

class IncidentHistoryModel;

/// The history chart: one stacked bar per row of the model, one stack per severity band, worst at the
/// bottom. A click, or Enter on the bar chosen with the arrow keys, asks for the bar's incidents.
/// Only the history view includes this header: it brings in Qt Charts.
class HistoryChartView : public QChartView
{
    Q_OBJECT
public:
    explicit HistoryChartView(IncidentHistoryModel *model, QWidget *parent = nullptr);

    /// The highlighted bar, or -1.
    int currentBar() const { return m_current; }
    /// Highlights the bar (-1: none) without asking for its incidents.
    void setCurrentBar(int bar);
    /// What hovering the bar shows: its period and its count in each band.
    QString toolTipText(int bar) const;
    /// The text over the chart when it has no bars to show ("Loading history…"), or an empty string.
    QString placeholderText() const;
    /// The bar under a point of the viewport, or -1.
    int barAt(const QPoint &position) const;

    QStackedBarSeries *series() const { return m_series; }
    QBarCategoryAxis *categoryAxis() const { return m_categories; }
    QValueAxis *valueAxis() const { return m_values; }

signals:
    void currentBarChanged(int bar);
    /// The user chose the bar: clicked it, or pressed Enter or Space on it.
    void barRequested(int bar);

protected:
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void updateCounts(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void updateLabels();
    void updateValueAxis();
    void updatePlaceholder();
    void updateDescription();
    void applyPalette();
    QRectF barRect(int bar) const; // in scene coordinates

    IncidentHistoryModel *m_model = nullptr;
    QStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
    QLabel *m_placeholder = nullptr;
    int m_current = -1;
    int m_pressedBar = -1;
};

} // namespace radar
