// SPDX-License-Identifier: GPL-3.0-or-later
#include "historychartview.h"

#include "statuspainter.h"

#include "item/incidenthistorymodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace radar {

namespace {

// The bars' axis wants every category distinct, even the blank ones between the labels shown and
// the hour DST repeats: zero-width spaces tell them apart without showing.
QStringList distinct(const QStringList &labels)
{
    QHash<QString, int> seen;
    QStringList result;
    result.reserve(labels.size());
    for (const QString &label : labels)
        result.append(label + QString(seen[label]++, QChar(0x200B)));
    return result;
}

// 1, 2, 5, 10, 20, 50 ...: ticks at round numbers, at most about five of them.
int tickStep(int most)
{
    int step = 1;
    for (int scale = 1; most / step > 5; scale *= 10) {
        for (int factor : {1, 2, 5}) {
            step = factor * scale;
            if (most / step <= 5)
                break;
        }
    }
    return step;
}

QString emptyText(HistoryRange range, bool filtered)
{
    switch (range) {
    case HistoryRange::Day:
        return filtered ? HistoryChartView::tr("No incidents match the filter in the last 24 hours")
                        : HistoryChartView::tr("No incidents recorded in the last 24 hours");
    case HistoryRange::Week:
        return filtered ? HistoryChartView::tr("No incidents match the filter in the last 7 days")
                        : HistoryChartView::tr("No incidents recorded in the last 7 days");
    case HistoryRange::Month:
        return filtered ? HistoryChartView::tr("No incidents match the filter in the last 30 days")
                        : HistoryChartView::tr("No incidents recorded in the last 30 days");
    case HistoryRange::Quarter:
        return filtered ? HistoryChartView::tr("No incidents match the filter in the last 90 days")
                        : HistoryChartView::tr("No incidents recorded in the last 90 days");
    case HistoryRange::Year:
        break;
    }
    return filtered ? HistoryChartView::tr("No incidents match the filter in the last year")
                    : HistoryChartView::tr("No incidents recorded in the last year");
}

QString chartDescription(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Day:
        return HistoryChartView::tr("Incidents per hour in the last 24 hours, stacked by severity. Left and "
                                    "Right choose an hour, Enter lists its incidents.");
    case HistoryRange::Week:
        return HistoryChartView::tr("Incidents per day in the last 7 days, stacked by severity. Left and "
                                    "Right choose a day, Enter lists its incidents.");
    case HistoryRange::Month:
        return HistoryChartView::tr("Incidents per day in the last 30 days, stacked by severity. Left and "
                                    "Right choose a day, Enter lists its incidents.");
    case HistoryRange::Quarter:
        return HistoryChartView::tr("Incidents per day in the last 90 days, stacked by severity. Left and "
                                    "Right choose a day, Enter lists its incidents.");
    case HistoryRange::Year:
        break;
    }
    return HistoryChartView::tr("Incidents per week in the last year, stacked by severity. Left and Right "
                                "choose a week, Enter lists its incidents.");
}

} // namespace

HistoryChartView::HistoryChartView(IncidentHistoryModel *model, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("historyChart"));
    setAccessibleName(tr("Incident history chart"));
    setFocusPolicy(Qt::StrongFocus);
    // The chart's items take no input: clicks, hovering and keys are the view's, and Tab moves on.
    setInteractive(false);
    setRenderHint(QPainter::Antialiasing, false);
    setMinimumSize(320, 200);

    QChart *chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation); // a tray app: no CPU for effects
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_series = new QStackedBarSeries(chart);
    m_series->setBarWidth(0.8);
    chart->addSeries(m_series);
    m_categories = new QBarCategoryAxis(chart);
    // Every label keeps its full width: the ones between are blank.
    m_categories->setTruncateLabels(false);
    m_categories->setGridLineVisible(false);
    chart->addAxis(m_categories, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_values = new QValueAxis(chart);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_values->setTickType(QValueAxis::TicksDynamic);
    m_values->setTickAnchor(0);
    m_values->setMinorTickCount(0);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_values);

    m_placeholder = new QLabel(viewport());
    m_placeholder->setObjectName(QStringLiteral("historyChartPlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);

    connect(model, &QAbstractItemModel::modelReset, this, &HistoryChartView::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &HistoryChartView::updateCounts);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &HistoryChartView::updateLabels);
    connect(model, &IncidentHistoryModel::summaryChanged, this, &HistoryChartView::updatePlaceholder);
    connect(chart, &QChart::plotAreaChanged, this, &HistoryChartView::updateLabels);
    applyPalette();
    rebuild();
}

void HistoryChartView::setCurrentBar(int bar)
{
    if (bar < -1 || bar >= m_model->rowCount())
        bar = -1;
    if (bar == m_current)
        return;
    m_current = bar;
    const QList<QBarSet *> sets = m_series->barSets();
    for (QBarSet *set : sets) {
        set->deselectAllBars();
        if (bar >= 0)
            set->selectBar(bar);
    }
    updateDescription();
    viewport()->update();
    emit currentBarChanged(bar);
}

void HistoryChartView::updateDescription()
{
    // A screen reader hears what the eye sees on hovering: the chosen bar's counts.
    const QString description = chartDescription(m_model->summary().range);
    setAccessibleDescription(m_current < 0
                                 ? description
                                 : tr("%1 Chosen: %2", "the chart's description, then the chosen bar's")
                                       .arg(description, toolTipText(m_current)));
}

QString HistoryChartView::toolTipText(int bar) const
{
    return m_model->barDescription(bar);
}

QString HistoryChartView::placeholderText() const
{
    if (!m_model->isLoaded())
        return tr("Loading history…");
    const HistorySummary &summary = m_model->summary();
    if (summary.figures.total > 0)
        return QString();
    return emptyText(summary.range, !(summary.filter == HistoryFilter()));
}

int HistoryChartView::barAt(const QPoint &position) const
{
    const QPointF inChart = chart()->mapFromScene(mapToScene(position));
    if (!chart()->plotArea().contains(inChart))
        return -1;
    // Categories sit at 0, 1, 2 ... with each bar's column half a unit either side.
    const int bar = int(std::floor(chart()->mapToValue(inChart, m_series).x() + 0.5));
    return bar >= 0 && bar < m_model->rowCount() ? bar : -1;
}

bool HistoryChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int bar = barAt(help->pos());
        if (bar < 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            // The tip stays while the pointer is over the same bar.
            const QRect area = mapFromScene(barRect(bar)).boundingRect();
            QToolTip::showText(help->globalPos(), toolTipText(bar), viewport(), area);
        }
        return true;
    }
    return QChartView::viewportEvent(event);
}

void HistoryChartView::keyPressEvent(QKeyEvent *event)
{
    const int last = m_model->rowCount() - 1;
    // Without a chosen bar, the arrows start from the newest: the one most often wanted.
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentBar(m_current < 0 ? last : std::max(0, m_current - 1));
        break;
    case Qt::Key_Right:
        setCurrentBar(m_current < 0 ? last : std::min(last, m_current + 1));
        break;
    case Qt::Key_Home:
        setCurrentBar(last >= 0 ? 0 : -1);
        break;
    case Qt::Key_End:
        setCurrentBar(last);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            emit barRequested(m_current);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void HistoryChartView::mousePressEvent(QMouseEvent *event)
{
    m_pressedBar = event->button() == Qt::LeftButton ? barAt(event->pos()) : -1;
    QChartView::mousePressEvent(event);
}

void HistoryChartView::mouseReleaseEvent(QMouseEvent *event)
{
    // Anywhere in the bar's column counts, above a short bar too.
    const int bar = event->button() == Qt::LeftButton ? barAt(event->pos()) : -1;
    if (bar >= 0 && bar == m_pressedBar) {
        setCurrentBar(bar);
        emit barRequested(bar);
    }
    m_pressedBar = -1;
    QChartView::mouseReleaseEvent(event);
}

void HistoryChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_placeholder->setGeometry(viewport()->rect().adjusted(24, 24, -24, -24));
}

void HistoryChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange)
        updateLabels();
}

void HistoryChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void HistoryChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

void HistoryChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_model->rowCount() == 0)
        return;
    // The chosen bar is framed as well as lightened: the frame shows on every colour, and with the
    // focus it is what says where the keys act.
    if (m_current < 0 && !hasFocus())
        return;
    const QRectF frame = m_current >= 0 ? barRect(m_current) : chart()->mapRectToScene(chart()->plotArea());
    painter->save();
    QPen pen(palette().color(hasFocus() ? QPalette::Highlight : QPalette::Mid), hasFocus() ? 2 : 1);
    pen.setStyle(m_current >= 0 ? Qt::SolidLine : Qt::DotLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(frame.adjusted(1, 1, -1, -1));
    painter->restore();
}

void HistoryChartView::rebuild()
{
    m_series->clear();
    const int rows = m_model->rowCount();
    for (int band = 0; band < severityBandCount; ++band) {
        auto *set = new QBarSet(m_model->headerData(band, Qt::Horizontal).toString(), m_series);
        const QColor color = statusColor(bandStatus(SeverityBand(band)));
        set->setColor(color);
        set->setSelectedColor(color.lighter(135));
        // A line in the background's colour between the stacks: bands apart without telling colours apart.
        set->setBorderColor(palette().color(QPalette::Base));
        QList<qreal> counts;
        counts.reserve(rows);
        for (int row = 0; row < rows; ++row)
            counts.append(m_model->index(row, band).data().toInt());
        set->append(counts);
        m_series->append(set);
    }
    // Other bars: nothing is chosen any more.
    const bool hadBar = m_current >= 0;
    m_current = -1;
    updateDescription();
    if (hadBar)
        emit currentBarChanged(-1);
    updateLabels();
    updateValueAxis();
    updatePlaceholder();
}

void HistoryChartView::updateCounts(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const QList<QBarSet *> sets = m_series->barSets();
    for (int band = topLeft.column(); band <= bottomRight.column() && band < sets.size(); ++band) {
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            sets[band]->replace(row, m_model->index(row, band).data().toInt());
    }
    updateValueAxis();
    updateDescription();
}

void HistoryChartView::updateLabels()
{
    const int rows = m_model->rowCount();
    QStringList labels;
    int widest = 0;
    const QFontMetrics metrics(m_categories->labelsFont());
    for (int row = 0; row < rows; ++row) {
        labels.append(m_model->barLabel(row));
        widest = std::max(widest, metrics.horizontalAdvance(labels.constLast()));
    }
    // As many labels as fit, counted back from the newest bar. Qt Charts hides a label at either
    // end that is wider than its bar, so then the count starts one bar in and the ends stay blank.
    const qreal perBar = rows > 0 ? chart()->plotArea().width() / rows : 0;
    const qreal needed = widest + 2 * metrics.averageCharWidth();
    const int step = perBar > 0 ? std::max(1, int(std::ceil(needed / perBar))) : 1;
    const bool endsFit = widest <= perBar;
    const int anchor = endsFit ? rows - 1 : rows - 2;
    for (int row = 0; row < rows; ++row) {
        const bool atAnEnd = row == 0 || row == rows - 1;
        if ((anchor - row) % step != 0 || row > anchor || (atAnEnd && !endsFit))
            labels[row].clear();
    }
    labels = distinct(labels);
    if (labels != m_categories->categories())
        m_categories->setCategories(labels);
}

void HistoryChartView::updateValueAxis()
{
    int most = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        most = std::max(most, m_model->index(row, 0).data(IncidentHistoryModel::BucketTotalRole).toInt());
    const int step = tickStep(most);
    const int top = std::max(step, (most + step - 1) / step * step);
    m_values->setTickInterval(step);
    m_values->setRange(0, top);
}

void HistoryChartView::updatePlaceholder()
{
    const QString text = placeholderText();
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
    // The legend names the bands of bars there are; without bars it is noise.
    chart()->legend()->setVisible(text.isEmpty());
}

void HistoryChartView::applyPalette()
{
    const QPalette colors = palette();
    chart()->setBackgroundBrush(colors.base());
    chart()->setBackgroundPen(Qt::NoPen);
    chart()->legend()->setLabelColor(colors.color(QPalette::Text));
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_categories), static_cast<QAbstractAxis *>(m_values)}) {
        axis->setLabelsColor(colors.color(QPalette::Text));
        axis->setLinePenColor(colors.color(QPalette::Mid));
        axis->setGridLineColor(colors.color(QPalette::Midlight));
    }
    for (QBarSet *set : m_series->barSets())
        set->setBorderColor(colors.color(QPalette::Base));
    QPalette placeholderColors = m_placeholder->palette();
    placeholderColors.setColor(QPalette::WindowText, colors.color(QPalette::PlaceholderText));
    m_placeholder->setPalette(placeholderColors);
}

QRectF HistoryChartView::barRect(int bar) const
{
    const QRectF plot = chart()->plotArea();
    const qreal left = chart()->mapToPosition(QPointF(bar - 0.5, 0), m_series).x();
    const qreal right = chart()->mapToPosition(QPointF(bar + 0.5, 0), m_series).x();
    return chart()->mapRectToScene(QRectF(QPointF(left, plot.top()), QPointF(right, plot.bottom())));
}

} // namespace radar
