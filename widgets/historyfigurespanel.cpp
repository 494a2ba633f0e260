// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyfigurespanel.h"

#include "historynames.h"
#include "statuspainter.h"

#include "item/incidenthistorymodel.h"
#include "item/statustext.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace radar {

namespace {

QString headingText(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Day:
        return HistoryFiguresPanel::tr("In the last 24 hours");
    case HistoryRange::Week:
        return HistoryFiguresPanel::tr("In the last 7 days");
    case HistoryRange::Month:
        return HistoryFiguresPanel::tr("In the last 30 days");
    case HistoryRange::Quarter:
        return HistoryFiguresPanel::tr("In the last 90 days");
    case HistoryRange::Year:
        break;
    }
    return HistoryFiguresPanel::tr("In the last year");
}

QLabel *captionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

HistoryFiguresPanel::HistoryFiguresPanel(const HistoryNames *names, QWidget *parent)
    : QWidget(parent)
    , m_names(names)
{
    setObjectName(QStringLiteral("historyFigures"));
    m_heading = valueLabel("figureHeading");
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    // Each severity with its symbol: the chart's colours are never the only clue.
    auto *bands = new QGridLayout;
    bands->setHorizontalSpacing(6);
    bands->setVerticalSpacing(2);
    bands->setColumnStretch(1, 1);
    const int iconSize = fontMetrics().height();
    for (int band = 0; band < severityBandCount; ++band) {
        const Status status = bandStatus(SeverityBand(band));
        auto *symbol = new QLabel(this);
        symbol->setPixmap(statusIcon(status).pixmap(iconSize, iconSize));
        bands->addWidget(symbol, band, 0);
        bands->addWidget(captionLabel(IncidentHistoryModel::bandName(SeverityBand(band)), this), band, 1);
        m_bands[size_t(band)] = valueLabel(QStringLiteral("figureBand%1").arg(band).toLatin1().constData());
        m_bands[size_t(band)]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        bands->addWidget(m_bands[size_t(band)], band, 2);
    }
    auto *totalCaption = captionLabel(tr("All incidents"), this);
    totalCaption->setFont(bold);
    m_total = valueLabel("figureTotal");
    m_total->setFont(bold);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bands->addWidget(totalCaption, severityBandCount, 1);
    bands->addWidget(m_total, severityBandCount, 2);

    auto *form = new QFormLayout;
    // Every caption above its value: in a narrow column, side by side would break both.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(3);
    m_impact = valueLabel("figureImpact");
    m_resolve = valueLabel("figureResolve");
    m_longest = valueLabel("figureLongest");
    m_services = valueLabel("figureTopServices");
    m_regions = valueLabel("figureTopRegions");
    m_impact->setToolTip(
        tr("How long at least one incident was open in this period, including incidents that "
           "began before it; overlaps count once"));
    const auto addRow = [&](const QString &caption, QLabel *value) {
        QLabel *label = captionLabel(caption, this);
        label->setFont(bold);
        form->addRow(label, value);
    };
    addRow(tr("Time with an incident open"), m_impact);
    addRow(tr("Mean time to resolve"), m_resolve);
    addRow(tr("Longest incident"), m_longest);
    addRow(tr("Most affected services"), m_services);
    addRow(tr("Most affected regions"), m_regions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_heading);
    layout->addLayout(bands);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);
    showSummary(nullptr);
}

QLabel *HistoryFiguresPanel::valueLabel(const char *objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void HistoryFiguresPanel::showSummary(const HistorySummary *summary)
{
    if (!summary) {
        m_heading->setText(tr("Loading history…"));
        for (QLabel *label : {m_total, m_impact, m_resolve, m_longest, m_services, m_regions})
            label->clear();
        for (QLabel *label : m_bands)
            label->clear();
        return;
    }
    const HistoryFigures &figures = summary->figures;
    const QLocale locale;
    m_heading->setText(headingText(summary->range));
    for (int band = 0; band < severityBandCount; ++band)
        m_bands[size_t(band)]->setText(locale.toString(figures.bySeverity[size_t(band)]));
    m_total->setText(locale.toString(figures.total));
    m_impact->setText(figures.impactSeconds > 0 ? durationText(figures.impactSeconds) : tr("None"));
    m_resolve->setText(figures.resolvedCount == 0 ? tr("No incident has ended")
                                                  : tr("%1 (%n resolved)", nullptr, figures.resolvedCount)
                                                        .arg(durationText(figures.meanTimeToResolveSeconds)));
    if (figures.longest) {
        const HistoryIncident &longest = *figures.longest;
        const QString lasted = durationText(figures.longestSeconds);
        m_longest->setText(longest.isOpen()
                               ? tr("%1\n%2, %3 so far", "title, then provider and duration")
                                     .arg(longest.title, m_names->provider(longest.provider), lasted)
                               : tr("%1\n%2, %3", "title, then provider and duration")
                                     .arg(longest.title, m_names->provider(longest.provider), lasted));
    } else {
        m_longest->setText(tr("None"));
    }
    m_services->setText(talliesText(figures.topServices, false, *summary));
    m_regions->setText(talliesText(figures.topRegions, true, *summary));
    if (figures.topRegions.isEmpty() && figures.total > 0)
        m_regions->setText(tr("None tied to a region"));
}

QString HistoryFiguresPanel::talliesText(const QList<HistoryTally> &tallies, bool regions,
                                         const HistorySummary &summary) const
{
    if (tallies.isEmpty())
        return tr("None");
    // With one provider chosen, naming it on every line says nothing.
    const bool oneProvider = !summary.filter.provider.isEmpty();
    QStringList lines;
    for (const HistoryTally &tally : tallies) {
        const QString name = regions ? m_names->region(tally.provider, tally.name)
                                     : m_names->service(tally.provider, tally.name, summary.regions);
        // One arg() call for all: a name from a feed may hold "%1" of its own.
        const QString count = QLocale().toString(tally.incidents);
        lines.append(oneProvider ? tr("%1: %2", "service or region: incidents").arg(name, count)
                                 : tr("%1 (%2): %3", "service or region (provider): incidents")
                                       .arg(name, m_names->provider(tally.provider), count));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace radar
