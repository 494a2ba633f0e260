// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenthistorymodel.h"

#include "statustext.h"

#include <QLocale>
#include <QRegularExpression>

namespace radar {

namespace {

// The locale's own short time, without seconds: "14:00", "2:00 PM".
QString hourText(const QLocale &locale, const QTime &time)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return locale.toString(time, format);
}

bool sameBars(const HistorySummary &a, const HistorySummary &b)
{
    if (a.buckets.size() != b.buckets.size())
        return false;
    for (qsizetype row = 0; row < a.buckets.size(); ++row) {
        if (a.buckets[row].start != b.buckets[row].start || a.buckets[row].end != b.buckets[row].end)
            return false;
    }
    return true;
}

} // namespace

IncidentHistoryModel::IncidentHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void IncidentHistoryModel::setSummary(const HistorySummary &summary)
{
    if (!m_loaded || summary.range != m_summary.range || summary.buckets.size() != m_summary.buckets.size()) {
        beginResetModel();
        m_summary = summary;
        m_loaded = true;
        endResetModel();
        emit summaryChanged();
        return;
    }
    const HistorySummary before = std::exchange(m_summary, summary);
    const int last = rowCount() - 1;
    if (!sameBars(before, summary)) {
        // A new hour or day began: every bar moved along by one, every label with it.
        if (last >= 0) {
            emit headerDataChanged(Qt::Vertical, 0, last);
            emit dataChanged(index(0, 0), index(last, severityBandCount - 1));
        }
        emit summaryChanged();
        return;
    }
    QList<int> changed;
    for (int row = 0; row <= last; ++row) {
        if (before.buckets[row].counts != summary.buckets[row].counts)
            changed.append(row);
    }
    // One signal for the span when most bars changed (a new filter), else one per bar.
    if (changed.size() * 2 > rowCount()) {
        emit dataChanged(index(changed.constFirst(), 0), index(changed.constLast(), severityBandCount - 1));
    } else {
        for (int row : std::as_const(changed))
            emit dataChanged(index(row, 0), index(row, severityBandCount - 1));
    }
    emit summaryChanged();
}

void IncidentHistoryModel::clear()
{
    beginResetModel();
    m_summary = HistorySummary();
    m_loaded = false;
    endResetModel();
    emit summaryChanged();
}

void IncidentHistoryModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (rowCount() > 0) {
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        emit dataChanged(index(0, 0), index(rowCount() - 1, severityBandCount - 1), {Qt::ToolTipRole});
    }
}

QDateTime IncidentHistoryModel::local(const QDateTime &utc) const
{
    return m_zone.isValid() ? utc.toTimeZone(m_zone) : utc.toLocalTime();
}

QString IncidentHistoryModel::barLabel(int row) const
{
    if (row < 0 || row >= rowCount())
        return QString();
    const QLocale locale;
    const QDateTime start = local(m_summary.buckets[row].start);
    switch (m_summary.range) {
    case HistoryRange::Day:
        return hourText(locale, start.time());
    case HistoryRange::Week:
    case HistoryRange::Month:
        return locale.toString(start.date(), QStringLiteral("ddd d"));
    case HistoryRange::Quarter:
    case HistoryRange::Year:
        break;
    }
    return locale.toString(start.date(), QStringLiteral("d MMM"));
}

QString IncidentHistoryModel::barTitle(int row) const
{
    if (row < 0 || row >= rowCount())
        return QString();
    const QLocale locale;
    const QDateTime start = local(m_summary.buckets[row].start);
    const QDateTime end = local(m_summary.buckets[row].end);
    switch (m_summary.range) {
    case HistoryRange::Day:
        return tr("%1, %2–%3", "a day, the hour's start and end")
            .arg(locale.toString(start.date(), QStringLiteral("ddd d MMM")), hourText(locale, start.time()),
                 hourText(locale, end.time()));
    case HistoryRange::Week:
    case HistoryRange::Month:
    case HistoryRange::Quarter:
        return locale.toString(start.date(), QLocale::LongFormat);
    case HistoryRange::Year:
        break;
    }
    return tr("Week of %1 to %2", "the first and last day of a week")
        .arg(locale.toString(start.date(), QStringLiteral("d MMM")),
             locale.toString(end.date().addDays(-1), QStringLiteral("d MMM yyyy")));
}

QString IncidentHistoryModel::barDescription(int row) const
{
    if (row < 0 || row >= rowCount())
        return QString();
    const HistoryBucket &bucket = m_summary.buckets[row];
    QStringList lines {barTitle(row)};
    if (bucket.total() == 0) {
        lines.append(tr("No incidents"));
        return lines.join(QLatin1Char('\n'));
    }
    lines.append(tr("%n incident(s)", nullptr, bucket.total()));
    for (int band = 0; band < severityBandCount; ++band) {
        const int count = bucket.counts[size_t(band)];
        if (count > 0)
            lines.append(tr("%1: %2", "severity: number of incidents")
                             .arg(bandName(SeverityBand(band)), QLocale().toString(count)));
    }
    return lines.join(QLatin1Char('\n'));
}

int IncidentHistoryModel::rowOf(const QDateTime &start) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_summary.buckets[row].start == start)
            return row;
    }
    return -1;
}

QString IncidentHistoryModel::bandName(SeverityBand band)
{
    return statusText(bandStatus(band));
}

int IncidentHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summary.buckets.size());
}

int IncidentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : severityBandCount;
}

QVariant IncidentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HistoryBucket &bucket = m_summary.buckets[index.row()];
    const auto band = SeverityBand(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return bucket.counts[size_t(band)];
    case Qt::ToolTipRole:
        return barDescription(index.row());
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3", "bar, severity: number of incidents")
            .arg(barTitle(index.row()), bandName(band), QLocale().toString(bucket.counts[size_t(band)]));
    case BucketStartRole:
        return bucket.start;
    case BucketEndRole:
        return bucket.end;
    case BucketTotalRole:
        return bucket.total();
    case StatusRole:
        return int(bandStatus(band));
    default:
        return {};
    }
}

QVariant IncidentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= severityBandCount)
            return {};
        if (role == Qt::DisplayRole)
            return bandName(SeverityBand(section));
        if (role == StatusRole)
            return int(bandStatus(SeverityBand(section)));
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return barLabel(section);
    case Qt::ToolTipRole:
        return barTitle(section);
    case BucketStartRole:
        return m_summary.buckets[section].start;
    case BucketEndRole:
        return m_summary.buckets[section].end;
    default:
        return {};
    }
}

} // namespace radar
