// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationlogmodel.h"

#include "notificationtext.h"
#include "statustext.h"

#include <QLocale>

namespace radar {

NotificationLogModel::NotificationLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void NotificationLogModel::append(const QList<Notification> &entries)
{
    if (entries.isEmpty())
        return;
    const qsizetype limit = NotificationPolicy::logLimit;
    const QList<Notification> added = entries.size() > limit ? entries.mid(entries.size() - limit) : entries;
    const qsizetype overflow = m_entries.size() + added.size() - limit;
    if (overflow > 0) {
        const int first = int(m_entries.size() - overflow);
        beginRemoveRows(QModelIndex(), first, int(m_entries.size()) - 1);
        m_entries.remove(first, overflow);
        endRemoveRows();
    }
    beginInsertRows(QModelIndex(), 0, int(added.size()) - 1);
    QList<Notification> rows(added.crbegin(), added.crend());
    rows += m_entries;
    m_entries = std::move(rows);
    endInsertRows();
}

void NotificationLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginRemoveRows(QModelIndex(), 0, int(m_entries.size()) - 1);
    m_entries.clear();
    endRemoveRows();
}

std::optional<Notification> NotificationLogModel::entry(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries[row];
}

int NotificationLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int NotificationLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Notification &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        return toolTip(entry, index.column());
    case IncidentKeysRole:
        return entry.incidentKeys;
    case SentRole:
        return entry.sent;
    case StatusRole:
        return int(entry.status);
    default:
        return {};
    }
}

QVariant NotificationLogModel::display(const Notification &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return shortLocalTime(entry.at);
    case NotificationColumn:
        return notificationTitle(entry);
    case OutcomeColumn:
        return entry.sent ? tr("Sent") : tr("Held back");
    case RuleColumn:
        return notificationRuleText(entry);
    default:
        return {};
    }
}

QVariant NotificationLogModel::toolTip(const Notification &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat);
    case NotificationColumn:
        return notificationTitle(entry) + u'\n' + notificationBody(entry);
    default:
        return display(entry, column);
    }
}

QVariant NotificationLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case NotificationColumn:
        return tr("Notification");
    case OutcomeColumn:
        return tr("Outcome");
    case RuleColumn:
        return tr("Rule");
    default:
        return {};
    }
}

} // namespace radar
