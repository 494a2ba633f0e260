// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/historysummary.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace radar {

/// The history chart's bars: one row per bar (oldest first), one column per severity band (worst
/// first), each cell the number of incidents of that band that started in the bar. Empty, and not
/// loaded, until the first summary arrives.
class IncidentHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        BucketStartRole =
            Qt::UserRole + 1, // QDateTime (UTC): where the bar begins; also on the vertical header
        BucketEndRole, // QDateTime (UTC): where it ends (exclusive); also on the vertical header
        BucketTotalRole, // int: the bar's incidents in every band
        StatusRole, // int (a Status) the band stands for, for its colour and symbol; also on the horizontal
                    // header
    };

    explicit IncidentHistoryModel(QObject *parent = nullptr);

    /// Takes a new summary: a reset when the bars are not the same kind or number as before, else
    /// dataChanged for what changed.
    void setSummary(const HistorySummary &summary);
    /// Back to "not loaded": no bars until the next summary.
    void clear();
    bool isLoaded() const { return m_loaded; }
    const HistorySummary &summary() const { return m_summary; }

    /// The zone the labels are in; the bars must follow the same one. The system's by default.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    /// The bar's short label: "14:00" for an hour, "Tue 24" for a day, "24 Nov" for a week (and for
    /// the days of 90 days, where the weekday says little).
    QString barLabel(int row) const;
    /// What the bar covers, in full: "Tue 24 Nov, 14:00–15:00", "Tuesday, 24 November 2026".
    QString barTitle(int row) const;
    /// Plain text for a tooltip or a screen reader: the title, the total and the count of each band
    /// that has any.
    QString barDescription(int row) const;
    /// The row of the bar that begins at `start`; -1 when there is none.
    int rowOf(const QDateTime &start) const;

    static QString bandName(SeverityBand band);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// After every setSummary() and clear(): the figures beside the chart may have changed even
    /// when no count did.
    void summaryChanged();

private:
    QDateTime local(const QDateTime &utc) const;

    HistorySummary m_summary;
    bool m_loaded = false;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace radar
