// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/historysummary.h"

#include <QWidget>

#include <array>

class QLabel;

namespace radar {

class HistoryNames;

/// Beside the history chart: the range's incidents by severity (symbol, name and count), the
/// time with an incident open, the mean time to resolve, the longest incident and the most
/// affected services and regions. Plain-text labels only: titles come from the feeds.
class HistoryFiguresPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryFiguresPanel(const HistoryNames *names, QWidget *parent = nullptr);

    /// `summary` is null until the first one arrives.
    void showSummary(const HistorySummary *summary);

private:
    QLabel *valueLabel(const char *objectName);
    QString talliesText(const QList<HistoryTally> &tallies, bool regions,
                        const HistorySummary &summary) const;

    const HistoryNames *m_names = nullptr;
    QLabel *m_heading = nullptr;
    std::array<QLabel *, severityBandCount> m_bands {};
    QLabel *m_total = nullptr;
    QLabel *m_impact = nullptr;
    QLabel *m_resolve = nullptr;
    QLabel *m_longest = nullptr;
    QLabel *m_services = nullptr;
    QLabel *m_regions = nullptr;
};

} // namespace radar
