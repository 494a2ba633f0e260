// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthgridmodel.h"

#include "statustext.h"

#include <QFont>
#include <QSet>

#include <algorithm>

namespace radar {

HealthGridModel::HealthGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HealthGridModel::setCells(const QList<CellState> &cells)
{
    QList<Row> rows;
    QSet<QPair<QString, QString>> seenRows;
    QHash<QString, QString> regionLabels;
    QHash<CellKey, CellState> byKey;
    for (const CellState &cell : cells) {
        byKey.insert(cell.key, cell);
        regionLabels.insert(cell.key.region, cell.regionName.isEmpty() ? cell.key.region : cell.regionName);
        if (!seenRows.contains({cell.key.provider, cell.key.service})) {
            seenRows.insert({cell.key.provider, cell.key.service});
            rows.append({cell.key.provider, cell.key.service,
                         cell.key.isProviderSummary() ? cell.providerName : cell.serviceName, cell.group});
        }
    }
    QList<Column> columns;
    for (auto it = regionLabels.cbegin(); it != regionLabels.cend(); ++it)
        columns.append({it.key(), it.value()});
    // Global first, then regions by id, which groups them by provider naming ("eu-west-1", "eu-west-2").
    std::sort(columns.begin(), columns.end(), [](const Column &a, const Column &b) {
        const bool aGlobal = a.region == globalRegion();
        const bool bGlobal = b.region == globalRegion();
        return aGlobal != bGlobal ? aGlobal : a.region < b.region;
    });

    if (rows != m_rows || columns != m_columns) {
        beginResetModel();
        m_rows = rows;
        m_columns = columns;
        m_cells = byKey;
        indexLayout();
        endResetModel();
        return;
    }

    QList<QModelIndex> changed;
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int column = 0; column < m_columns.size(); ++column) {
            const CellKey key {m_rows[row].provider, m_rows[row].service, m_columns[column].region};
            const auto before = m_cells.constFind(key);
            const auto after = byKey.constFind(key);
            const bool hadCell = before != m_cells.cend();
            const bool hasCell = after != byKey.cend();
            if (hadCell != hasCell || (hasCell && *before != *after))
                changed.append(index(row, column));
        }
    }
    QList<int> labelChanged;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].label != rows[row].label)
            labelChanged.append(row);
    }
    m_rows = rows;
    m_cells = byKey;
    indexLayout();

    // Many small signals cost views more than one wide one once most of the grid changed.
    if (changed.size() * 2 > m_cells.size()) {
        emit dataChanged(index(0, 0), index(m_rows.size() - 1, m_columns.size() - 1));
    } else {
        for (const QModelIndex &cell : std::as_const(changed))
            emit dataChanged(cell, cell);
    }
    for (int row : std::as_const(labelChanged))
        emit headerDataChanged(Qt::Vertical, row, row);
}

void HealthGridModel::indexLayout()
{
    m_rowOf.clear();
    m_columnOf.clear();
    m_cellCount.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert({m_rows[row].provider, m_rows[row].service}, row);
    for (int column = 0; column < m_columns.size(); ++column)
        m_columnOf.insert(m_columns[column].region, column);
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it)
        ++m_cellCount[it.key().provider];
}

bool HealthGridModel::updateProvider(const QString &provider, const QList<CellState> &cells)
{
    // The same set of cells: as many, each already in the grid, with the same row label.
    if (cells.size() != m_cellCount.value(provider))
        return false;
    for (const CellState &cell : cells) {
        const auto row = m_rowOf.constFind({cell.key.provider, cell.key.service});
        if (cell.key.provider != provider || !m_cells.contains(cell.key) || row == m_rowOf.cend())
            return false;
        const QString label = cell.key.isProviderSummary() ? cell.providerName : cell.serviceName;
        if (m_rows[*row].label != label || m_rows[*row].group != cell.group)
            return false;
    }
    // A provider's rows are contiguous: one signal spanning what changed, as a refresh touches
    // every cell of a source (its data time at least).
    int top = -1, bottom = -1, left = -1, right = -1;
    for (const CellState &cell : cells) {
        CellState &current = m_cells[cell.key];
        if (current == cell)
            continue;
        current = cell;
        const int row = m_rowOf.value({cell.key.provider, cell.key.service});
        const int column = m_columnOf.value(cell.key.region);
        top = top < 0 ? row : std::min(top, row);
        bottom = std::max(bottom, row);
        left = left < 0 ? column : std::min(left, column);
        right = std::max(right, column);
    }
    if (top >= 0)
        emit dataChanged(index(top, left), index(bottom, right));
    return true;
}

std::optional<CellState> HealthGridModel::cellAt(const QModelIndex &index) const
{
    const CellState *cell = cellFor(index);
    return cell ? std::optional<CellState>(*cell) : std::nullopt;
}

const CellState *HealthGridModel::cellFor(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    const Row &row = m_rows[index.row()];
    const auto it = m_cells.constFind({row.provider, row.service, m_columns[index.column()].region});
    return it == m_cells.cend() ? nullptr : &*it;
}

int HealthGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant HealthGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == IsSummaryRowRole)
        return m_rows[index.row()].service.isEmpty();
    const CellState *cell = cellFor(index);
    if (role == HasCellRole)
        return cell != nullptr;
    if (!cell)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*cell);
    case StatusRole:
        return int(cell->status);
    case LastKnownStatusRole:
        return int(cell->lastKnown);
    case IncidentCountRole:
        return int(cell->incidentIds.size());
    case SourceHealthRole:
        return int(cell->sourceHealth);
    case Qt::ToolTipRole:
        return toolTip(*cell);
    case Qt::AccessibleTextRole:
        return accessibleText(*cell);
    default:
        return {};
    }
}

QVariant HealthGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_columns.size()) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_columns[section].label;
        return {};
    }
    if (orientation != Qt::Vertical || section < 0 || section >= m_rows.size())
        return {};
    const Row &row = m_rows[section];
    switch (role) {
    case Qt::DisplayRole:
        return row.service.isEmpty() ? row.label : QStringLiteral("    ") + row.label;
    case Qt::ToolTipRole:
        return row.group.isEmpty() ? row.label : row.group + QStringLiteral(" › ") + row.label;
    case Qt::FontRole:
        if (row.service.isEmpty()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IsSummaryRowRole:
        return row.service.isEmpty();
    default:
        return {};
    }
}

QString HealthGridModel::displayText(const CellState &cell) const
{
    // An unknown cell says why it is unknown, so nobody mistakes "failing" for "fine".
    switch (cell.sourceHealth) {
    case SourceHealth::Fresh:
        return statusText(cell.status);
    case SourceHealth::Pending:
        return sourceHealthText(cell.sourceHealth);
    case SourceHealth::Stale:
        return tr("Unknown (stale)");
    case SourceHealth::Failing:
        return cell.sourceError.startsWith(QLatin1StringView("unreachable")) ? tr("Unknown (unreachable)")
                                                                             : tr("Unknown (failing)");
    }
    return statusText(cell.status);
}

QString HealthGridModel::toolTip(const CellState &cell) const
{
    QStringList lines;
    const QString title = cell.key.isProviderSummary()
        ? cell.providerName
        : cell.providerName + QStringLiteral(" · ") + cell.serviceName;
    lines << QStringLiteral("<b>%1</b> — %2").arg(title.toHtmlEscaped(), cell.regionName.toHtmlEscaped());
    if (cell.sourceHealth == SourceHealth::Fresh) {
        lines << (cell.since.isValid()
                      ? tr("%1 since %2").arg(statusText(cell.status), shortLocalTime(cell.since))
                      : statusText(cell.status));
    } else {
        lines << tr("Status unknown: %1").arg(sourceHealthText(cell.sourceHealth));
        if (!cell.sourceError.isEmpty())
            lines << cell.sourceError.toHtmlEscaped();
        if (cell.dataTime.isValid())
            lines << tr("Last known: %1 (data from %2)")
                         .arg(statusText(cell.lastKnown), shortLocalTime(cell.dataTime));
    }
    for (const QString &incident : cell.incidentTitles)
        lines << QStringLiteral("• ") + incident.toHtmlEscaped();
    if (cell.dataTime.isValid() && cell.sourceHealth == SourceHealth::Fresh)
        lines << tr("Data from %1").arg(shortLocalTime(cell.dataTime));
    return lines.join(QStringLiteral("<br>"));
}

QString HealthGridModel::accessibleText(const CellState &cell) const
{
    const QString subject = cell.key.isProviderSummary()
        ? cell.providerName
        : cell.providerName + QLatin1Char(' ') + cell.serviceName;
    if (cell.status != Status::Unknown && cell.since.isValid())
        return tr("%1 %2: %3 since %4")
            .arg(subject, cell.regionName, statusText(cell.status).toLower(), shortLocalTime(cell.since));
    return tr("%1 %2: %3").arg(subject, cell.regionName, statusText(cell.status).toLower());
}

} // namespace radar
