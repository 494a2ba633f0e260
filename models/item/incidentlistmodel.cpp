// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentlistmodel.h"

#include "statustext.h"

#include <QFont>
#include <QSet>

namespace radar {

namespace {

using Entry = IncidentLog::Entry;

// firstSeen and lastSeen are not shown: a poll that only confirms an incident repaints nothing.
bool sameShown(const Entry &a, const Entry &b)
{
    return a.incident == b.incident && a.noLongerListed == b.noLongerListed;
}

QSet<QString> keysOf(const QList<Entry> &entries)
{
    QSet<QString> keys;
    for (const Entry &entry : entries)
        keys.insert(entry.incident.key());
    return keys;
}

} // namespace

IncidentListModel::IncidentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void IncidentListModel::setProviderNames(const QHash<QString, QString> &names)
{
    if (names == m_providerNames)
        return;
    m_providerNames = names;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void IncidentListModel::setEntries(const QList<Entry> &entries, const QDateTime &nowUtc)
{
    // A row is its incident's identity: the log never lists one twice, and a list that does must
    // not leave two rows that the steps below cannot tell apart.
    QList<Entry> unique;
    QSet<QString> seen;
    for (const Entry &entry : entries) {
        if (!seen.contains(entry.incident.key())) {
            seen.insert(entry.incident.key());
            unique.append(entry);
        }
    }
    const QDateTime before = m_now;
    m_now = nowUtc;
    // Each step leaves the rows consistent for the next: what vanished goes, the rest takes the new
    // order, new rows go in at their places, and only then are the rows compared.
    removeVanished(unique);
    reorderRetained(unique);
    insertNew(unique);
    updateChanged(unique, before);
}

void IncidentListModel::removeVanished(const QList<Entry> &entries)
{
    const QSet<QString> incoming = keysOf(entries);
    for (int last = int(m_entries.size()) - 1; last >= 0; --last) {
        if (incoming.contains(m_entries[last].incident.key()))
            continue;
        int first = last;
        while (first > 0 && !incoming.contains(m_entries[first - 1].incident.key()))
            --first;
        beginRemoveRows({}, first, last);
        m_entries.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }
}

void IncidentListModel::reorderRetained(const QList<Entry> &entries)
{
    QHash<QString, int> oldRow;
    for (int row = 0; row < m_entries.size(); ++row)
        oldRow.insert(m_entries[row].incident.key(), row);
    QList<Entry> reordered;
    for (const Entry &entry : entries) {
        const auto found = oldRow.constFind(entry.incident.key());
        if (found != oldRow.cend())
            reordered.append(m_entries[*found]);
    }
    bool moved = false;
    for (int row = 0; row < reordered.size() && !moved; ++row)
        moved = reordered[row].incident.key() != m_entries[row].incident.key();
    if (!moved)
        return;

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QHash<QString, int> newRow;
    for (int row = 0; row < reordered.size(); ++row)
        newRow.insert(reordered[row].incident.key(), row);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &persistent : from)
        to.append(index(newRow.value(m_entries[persistent.row()].incident.key()), persistent.column()));
    m_entries = reordered;
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void IncidentListModel::insertNew(const QList<Entry> &entries)
{
    const QSet<QString> present = keysOf(m_entries);
    for (int first = 0; first < entries.size();) {
        if (present.contains(entries[first].incident.key())) {
            ++first;
            continue;
        }
        int last = first;
        while (last + 1 < entries.size() && !present.contains(entries[last + 1].incident.key()))
            ++last;
        beginInsertRows({}, first, last);
        for (int row = first; row <= last; ++row)
            m_entries.insert(row, entries[row]);
        endInsertRows();
        first = last + 1;
    }
}

void IncidentListModel::updateChanged(const QList<Entry> &entries, const QDateTime &previousNow)
{
    // Before the first call there were no rows to compare, only the ones just inserted.
    const QDateTime before = previousNow.isValid() ? previousNow : m_now;
    QList<int> changed;
    int firstTimed = -1;
    int lastTimed = -1;
    for (int row = 0; row < entries.size(); ++row) {
        Entry &entry = m_entries[row];
        const bool shownChanged = !sameShown(entry, entries[row]);
        entry = entries[row]; // keeps firstSeen and lastSeen current for entryAt()
        // The start reads "14:02" today and gains a date at midnight; the tooltip quotes it.
        if (shownChanged || display(entry, StartedColumn, before) != display(entry, StartedColumn, m_now)) {
            changed.append(row);
        } else if (duration(entry, before) != duration(entry, m_now)) {
            firstTimed = firstTimed < 0 ? row : firstTimed;
            lastTimed = row;
        }
    }
    // One signal for the span when most rows changed: a view that sizes its columns to their
    // contents re-measures on every signal it gets.
    if (changed.size() * 2 > m_entries.size()) {
        emit dataChanged(index(changed.constFirst(), 0), index(changed.constLast(), ColumnCount - 1));
    } else {
        for (int row : std::as_const(changed))
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    // Open incidents come first in the log, so their durations are one block of one column.
    if (firstTimed >= 0)
        emit dataChanged(index(firstTimed, DurationColumn), index(lastTimed, DurationColumn),
                         {Qt::DisplayRole});
}

std::optional<Entry> IncidentListModel::entryAt(const QModelIndex &index) const
{
    // No selection is an ordinary question here, not a misuse worth checkIndex()'s warning.
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return std::nullopt;
    return m_entries[index.row()];
}

QModelIndex IncidentListModel::indexOf(const QString &provider, const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        const Incident &incident = m_entries[row].incident;
        if (incident.provider == provider && incident.id == id)
            return index(row, 0);
    }
    return {};
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column(), m_now);
    case Qt::ToolTipRole:
        return toolTip(entry);
    case Qt::AccessibleTextRole:
        return accessibleText(entry);
    case Qt::FontRole:
        if (entry.incident.isOpen()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IncidentKeyRole:
        return entry.incident.key();
    case ProviderRole:
        return entry.incident.provider;
    case IncidentIdRole:
        return entry.incident.id;
    case StatusRole:
        return int(entry.incident.severity);
    case IsOpenRole:
        return entry.incident.isOpen();
    default:
        return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case TitleColumn:
        return tr("Incident");
    case ProviderColumn:
        return tr("Provider");
    case StateColumn:
        return tr("State");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

QString IncidentListModel::display(const Entry &entry, int column, const QDateTime &now) const
{
    switch (column) {
    case SeverityColumn:
        return statusText(entry.incident.severity);
    case TitleColumn:
        return entry.incident.title;
    case ProviderColumn:
        return providerName(entry.incident);
    case StateColumn:
        return stateText(entry);
    case StartedColumn:
        return shortLocalTime(entry.incident.startedAt, now);
    case DurationColumn:
        return duration(entry, now);
    default:
        return {};
    }
}

QString IncidentListModel::providerName(const Incident &incident) const
{
    return m_providerNames.value(incident.provider, incident.provider);
}

QString IncidentListModel::stateText(const Entry &entry) const
{
    // The provider never said it ended: say what is known rather than "Resolved".
    return entry.noLongerListed ? tr("Ended (no longer listed)") : incidentStateText(entry.incident.state);
}

QString IncidentListModel::duration(const Entry &entry, const QDateTime &now) const
{
    const QDateTime end = entry.incident.isOpen() ? now : entry.endedAt();
    if (!entry.incident.startedAt.isValid() || !end.isValid())
        return QString();
    return durationText(entry.incident.startedAt.secsTo(end));
}

QString IncidentListModel::toolTip(const Entry &entry) const
{
    const Incident &incident = entry.incident;
    const QString started = shortLocalTime(incident.startedAt, m_now);
    const QString state = stateText(entry).toHtmlEscaped();
    const QString when = incident.isOpen()
        ? tr("%1 since %2").arg(state, started)
        : tr("%1, started %2, lasted %3").arg(state, started, duration(entry, m_now));
    // Feed text is escaped: a tooltip is rich text, and titles come from untrusted feeds.
    return QStringLiteral("<b>%1</b><br>%2").arg(incident.title.toHtmlEscaped(), when);
}

QString IncidentListModel::accessibleText(const Entry &entry) const
{
    const Incident &incident = entry.incident;
    const QString started = shortLocalTime(incident.startedAt, m_now);
    if (incident.isOpen())
        return tr("%1: %2, %3, %4, since %5")
            .arg(statusText(incident.severity), incident.title, providerName(incident), stateText(entry),
                 started);
    return tr("%1: %2, %3, %4, started %5, lasted %6")
        .arg(statusText(incident.severity), incident.title, providerName(incident), stateText(entry), started,
             duration(entry, m_now));
}

} // namespace radar
