// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelistmodel.h"

#include "statustext.h"

#include <QLocale>

namespace radar {

namespace {

bool sameRows(const QList<SourceState> &a, const QList<SourceState> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].config.id != b[i].config.id)
            return false;
    }
    return true;
}

/// Within the same step (a minute or a second) since the epoch; every time zone in use is a whole
/// number of minutes off UTC, so the shown digits are the same. Cheaper than formatting both.
bool sameStep(const QDateTime &a, const QDateTime &b, qint64 stepMs)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid();
    return a.toMSecsSinceEpoch() / stepMs == b.toMSecsSinceEpoch() / stepMs;
}

} // namespace

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
    // What the panel shows of a time (shortLocalTime()): the minute in most languages, the second
    // too in some (the C locale's "HH:mm:ss").
    , m_timeStepMs(QLocale().timeFormat(QLocale::ShortFormat).contains(u's') ? 1000 : 60000)
{ }

void SourceListModel::setSources(const QList<SourceState> &sources)
{
    if (!sameRows(m_sources, sources)) {
        beginResetModel();
        m_sources = sources;
        endResetModel();
        return;
    }
    // One signal for the span of changed rows: a refresh changes most rows at once, and a view
    // that sizes its columns to their contents re-measures on every signal it gets.
    int first = -1;
    int last = -1;
    for (int row = 0; row < sources.size(); ++row) {
        const bool same = sameLook(m_sources[row], sources[row]);
        m_sources[row] = sources[row];
        if (same)
            continue;
        if (first < 0)
            first = row;
        last = row;
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

bool SourceListModel::sameLook(const SourceState &a, const SourceState &b) const
{
    // The times show to the minute in most languages: every poll moves them, but a source polled
    // every 15 s shows a new minute one poll in four, and each dataChanged makes the panel
    // re-measure and repaint.
    return a.providerName == b.providerName && a.health == b.health && a.config.url == b.config.url
        && a.status.lastError == b.status.lastError
        && sameStep(a.status.lastSuccess, b.status.lastSuccess, m_timeStepMs)
        && sameStep(a.status.nextAttempt, b.status.nextAttempt, m_timeStepMs);
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SourceState &source = m_sources[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(source, index.column());
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? source.config.url.toDisplayString()
                                            : display(source, index.column());
    case SourceHealthRole:
        return int(source.health);
    default:
        return {};
    }
}

QVariant SourceListModel::display(const SourceState &source, int column) const
{
    switch (column) {
    case NameColumn:
        return source.providerName;
    case HealthColumn:
        return sourceHealthText(source.health);
    case DetailColumn:
        if (!source.status.lastError.isEmpty())
            return source.status.lastError;
        return source.config.url.toDisplayString();
    case UpdatedColumn:
        return shortLocalTime(source.status.lastSuccess);
    case NextColumn:
        return shortLocalTime(source.status.nextAttempt);
    default:
        return {};
    }
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Source");
    case HealthColumn:
        return tr("State");
    case DetailColumn:
        return tr("Details");
    case UpdatedColumn:
        return tr("Last good data");
    case NextColumn:
        return tr("Next check");
    default:
        return {};
    }
}

} // namespace radar
