// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthgridmodel.h"

#include "domain/regioncatalog.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace radar {

namespace {

int healthRank(SourceHealth health)
{
    switch (health) {
    case SourceHealth::Fresh:
        return 0;
    case SourceHealth::Pending:
        return 1;
    case SourceHealth::Stale:
        return 2;
    case SourceHealth::Failing:
        return 3;
    }
    return 0;
}

} // namespace

HealthGridModel::HealthGridModel(QObject *parent)
    : HealthGridModel(RegionCatalog::builtIn(), parent)
{ }

HealthGridModel::HealthGridModel(const RegionCatalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{ }

QList<HealthGridModel::Row> HealthGridModel::rowsFor(const QList<CellState> &cells)
{
    QList<Row> rows;
    QSet<QPair<QString, QString>> seen;
    for (const CellState &cell : cells) {
        // Every provider gets a group row, whether or not its feed gives an overall verdict.
        if (!seen.contains({cell.key.provider, QString()})) {
            seen.insert({cell.key.provider, QString()});
            rows.append({cell.key.provider, QString(), cell.providerName, QString()});
        }
        if (!cell.key.isProviderSummary() && !seen.contains({cell.key.provider, cell.key.service})) {
            seen.insert({cell.key.provider, cell.key.service});
            rows.append({cell.key.provider, cell.key.service, cell.serviceName, cell.group});
        }
    }
    return rows;
}

QList<HealthGridModel::Column> HealthGridModel::columnsFor(const QHash<CellKey, CellState> &cells) const
{
    struct Place
    {
        QString key;
        QString label;
        QString sortKey;
        QString regionName;
    };
    QHash<QString, Place> placeOfRegion;
    for (const CellState &cell : cells) {
        const QString &region = cell.key.region;
        if (placeOfRegion.contains(region))
            continue;
        const QString name = cell.regionName.isEmpty() ? region : cell.regionName;
        Place place {region, name, region, name};
        if (region == globalRegion()) {
            place = {region, tr("Global"), QString(), name};
        } else if (m_mode == ColumnMode::Geography) {
            // Region ids do not collide across AWS, Google Cloud and Azure, so any provider's
            // catalog may place a region; a name ("Frankfurt") places other providers' regions.
            std::optional<RegionInfo> info;
            for (const QString &provider : m_catalog.providers()) {
                info = m_catalog.find(provider, region);
                if (!info)
                    info = m_catalog.find(provider, name);
                if (info)
                    break;
            }
            // Places sort by country, then name; regions the catalog does not know come last.
            place = info
                ? Place {info->place, info->place, info->country + QLatin1Char('|') + info->place, name}
                : Place {QStringLiteral("region:") + region, name, QStringLiteral("~") + name, name};
        }
        placeOfRegion.insert(region, place);
    }

    QHash<QString, qsizetype> columnOfKey;
    QList<Column> columns;
    QList<QString> sortKeys;
    for (auto it = placeOfRegion.cbegin(); it != placeOfRegion.cend(); ++it) {
        qsizetype column = columnOfKey.value(it->key, -1);
        if (column < 0) {
            column = columns.size();
            columnOfKey.insert(it->key, column);
            columns.append({it->key, it->label, {}, {}});
            sortKeys.append(it->sortKey);
        }
        columns[column].regions.append(it.key());
    }
    for (Column &column : columns) {
        std::sort(column.regions.begin(), column.regions.end());
        for (const QString &region : std::as_const(column.regions))
            column.regionNames.append(placeOfRegion.value(region).regionName);
    }
    // Global first (its sort key is empty), then by region id or by place.
    QList<int> order(columns.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return sortKeys[a] != sortKeys[b] ? sortKeys[a] < sortKeys[b] : columns[a].key < columns[b].key;
    });
    QList<Column> sorted;
    sorted.reserve(columns.size());
    for (int column : std::as_const(order))
        sorted.append(columns[column]);
    return sorted;
}

QList<int> HealthGridModel::adopt(QList<Row> rows, QList<Column> columns, QHash<CellKey, CellState> cells)
{
    m_rows = std::move(rows);
    m_columns = std::move(columns);
    m_cells = std::move(cells);
    m_rowOf.clear();
    m_columnOfRegion.clear();
    m_cellCount.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert({m_rows[row].provider, m_rows[row].service}, row);
    for (int column = 0; column < m_columns.size(); ++column) {
        for (const QString &region : std::as_const(m_columns[column].regions))
            m_columnOfRegion.insert(region, column);
    }
    const qsizetype slotCount = m_rows.size() * m_columns.size();
    m_keys = QList<QList<CellKey>>(slotCount);
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        ++m_cellCount[it.key().provider];
        for (int at : slotsOf(it.key()))
            m_keys[at].append(it.key());
    }
    for (QList<CellKey> &keys : m_keys)
        keys.squeeze(); // a provider's row gathers hundreds, one append at a time
    // The same layout keeps what was shown, so refresh() reports exactly what changed; after a
    // reset nobody asks.
    m_combined.clear();
    m_watched.resize(slotCount);
    QList<int> all(slotCount);
    std::iota(all.begin(), all.end(), 0);
    return refresh(all);
}

QList<int> HealthGridModel::slotsOf(const CellKey &key) const
{
    const int column = m_columnOfRegion.value(key.region, -1);
    const int group = m_rowOf.value({key.provider, QString()}, -1);
    if (column < 0 || group < 0)
        return {};
    if (key.isProviderSummary())
        return {slot(group, column)};
    const int row = m_rowOf.value({key.provider, key.service}, -1);
    return row < 0 ? QList<int> {slot(group, column)} : QList<int> {slot(row, column), slot(group, column)};
}

void HealthGridModel::setCells(const QList<CellState> &cells)
{
    m_agedTo.clear(); // every cell comes with its own data time
    QHash<CellKey, CellState> byKey;
    byKey.reserve(cells.size());
    for (const CellState &cell : cells)
        byKey.insert(cell.key, cell);
    QList<Row> rows = rowsFor(cells);
    QList<Column> columns = columnsFor(byKey);

    if (rows != m_rows || columns != m_columns) {
        beginResetModel();
        adopt(std::move(rows), std::move(columns), std::move(byKey));
        endResetModel();
        return;
    }

    QList<int> rowLabels;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].label != rows[row].label || m_rows[row].group != rows[row].group)
            rowLabels.append(row);
    }
    QList<int> columnLabels;
    for (int column = 0; column < m_columns.size(); ++column) {
        if (m_columns[column].label != columns[column].label
            || m_columns[column].regionNames != columns[column].regionNames)
            columnLabels.append(column);
    }
    // The same rows and columns: compare cell by cell and recompute only what changed, unless a
    // service left or joined a region (the same layout, other cells), which re-indexes everything.
    bool sameCells = byKey.size() == m_cells.size();
    QList<int> touched;
    QList<int> aged;
    for (auto it = byKey.cbegin(); sameCells && it != byKey.cend(); ++it) {
        const auto current = m_cells.constFind(it.key());
        sameCells = current != m_cells.cend();
        if (!sameCells || *current == *it)
            continue;
        if (onlyAged(*current, *it))
            aged << slotsOf(it.key());
        else
            touched << slotsOf(it.key());
    }
    if (sameCells) {
        m_rows = std::move(rows);
        m_columns = std::move(columns);
        m_cells = std::move(byKey);
        refreshAges(std::move(aged));
        emitChanged(refresh(touched));
    } else {
        emitChanged(adopt(std::move(rows), std::move(columns), std::move(byKey)));
    }
    for (int row : std::as_const(rowLabels))
        emit headerDataChanged(Qt::Vertical, row, row);
    for (int column : std::as_const(columnLabels))
        emit headerDataChanged(Qt::Horizontal, column, column);
}

bool HealthGridModel::updateProvider(const QString &provider, const QList<CellState> &cells)
{
    // The same set of cells (as many, each already in the grid, with the same names), checked and
    // compared in one lookup per cell: a refresh of a big provider costs what its cells do.
    if (cells.size() != m_cellCount.value(provider))
        return false;
    QList<std::pair<CellState *, const CellState *>> changed;
    QList<int> aged;
    for (const CellState &cell : cells) {
        const auto current = m_cells.find(cell.key);
        if (cell.key.provider != provider || current == m_cells.end()
            || current->serviceName != cell.serviceName || current->providerName != cell.providerName
            || current->group != cell.group || current->regionName != cell.regionName)
            return false;
        if (*current == cell)
            continue;
        // A poll that found the feed unchanged moves only the data's age, which nothing shows
        // until a tooltip asks: no slot is combined again and nothing is repainted (most of an
        // idle app's work was this, for every cell of every poll).
        if (onlyAged(*current, cell)) {
            current->dataTime = cell.dataTime;
            aged << slotsOf(cell.key);
        } else {
            changed.append({&*current, &cell});
        }
    }
    QList<int> touched;
    for (const auto &[current, cell] : std::as_const(changed)) {
        *current = *cell;
        touched << slotsOf(cell->key);
    }
    m_agedTo.remove(provider); // its cells carry their own time again
    refreshAges(std::move(aged));
    emitChanged(refresh(touched));
    return true;
}

void HealthGridModel::ageProvider(const QString &provider, const QDateTime &dataTime)
{
    // Every cell of a provider comes from its one source, with the source's data time: one entry
    // says it for all of them. Rewriting each cell's time walked all 5,000 cells per poll.
    m_agedTo.insert(provider, dataTime);
}

QDateTime HealthGridModel::dataTimeOf(int at, const CellState &shown) const
{
    const QDateTime aged = m_agedTo.value(m_rows[at / m_columns.size()].provider);
    return aged.isValid() && aged > shown.dataTime ? aged : shown.dataTime;
}

void HealthGridModel::refreshAges(QList<int> positions)
{
    // Once per slot: a provider's row is a slot of all its cells. A slot of one cell shows it from
    // m_cells, which is up to date already.
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    for (int at : std::as_const(positions)) {
        if (const auto combined = m_combined.find(at); combined != m_combined.end())
            combined->dataTime = oldestDataTime(at);
    }
}

bool HealthGridModel::onlyAged(const CellState &a, const CellState &b)
{
    return a.dataTime != b.dataTime && a.source == b.source && sameLook(a, b);
}

QDateTime HealthGridModel::oldestDataTime(int at) const
{
    // As combine() has it: the oldest of the slot's cells speaks for the slot.
    QDateTime oldest;
    for (const CellKey &key : m_keys[at]) {
        const auto cell = m_cells.constFind(key);
        if (cell != m_cells.cend() && cell->dataTime.isValid()
            && (!oldest.isValid() || cell->dataTime < oldest))
            oldest = cell->dataTime;
    }
    return oldest;
}

QList<int> HealthGridModel::refresh(const QList<int> &positions, bool cellsChanged)
{
    QList<int> changed;
    QSet<int> done;
    for (int at : positions) {
        if (done.contains(at))
            continue;
        done.insert(at);
        const bool watched = watchedAt(at);
        bool looksTheSame = !cellsChanged; // a slot of one cell: callers pass the cells whose look changed
        if (m_keys[at].size() > 1) {
            // When only the data's age changed nothing visible did: the tooltip reads it when asked.
            CellState shown = combine(at);
            const auto previous = m_combined.find(at);
            looksTheSame = previous != m_combined.end() && sameLook(shown, *previous);
            m_combined.insert(at, std::move(shown));
        }
        if (!looksTheSame || watched != m_watched[at])
            changed.append(at);
        m_watched[at] = watched;
    }
    return changed;
}

const CellState *HealthGridModel::shownAt(int at) const
{
    const QList<CellKey> &keys = m_keys[at];
    if (keys.size() == 1) {
        const auto cell = m_cells.constFind(keys.constFirst());
        return cell == m_cells.cend() ? nullptr : &*cell;
    }
    const auto combined = m_combined.constFind(at);
    return combined == m_combined.cend() ? nullptr : &*combined;
}

bool HealthGridModel::sameLook(const CellState &a, const CellState &b)
{
    return a.status == b.status && a.sourceHealth == b.sourceHealth && a.lastKnown == b.lastKnown
        && a.since == b.since && a.incidentIds == b.incidentIds && a.sourceError == b.sourceError
        && a.incidentTitles == b.incidentTitles && a.regionName == b.regionName
        && a.serviceName == b.serviceName && a.providerName == b.providerName && a.group == b.group
        && a.key == b.key;
}

bool HealthGridModel::watchedAt(int at) const
{
    const QList<CellKey> &keys = m_keys[at];
    if (keys.isEmpty())
        return false;
    const Row &row = m_rows[at / m_columns.size()];
    if (!row.service.isEmpty()) {
        return std::any_of(keys.cbegin(), keys.cend(),
                           [this](const CellKey &key) { return m_watchList.isWatched(key); });
    }
    // A group row is starred by its own entries (the provider's region), not by every watched
    // service beneath it.
    const QStringList &regions = m_columns[at % m_columns.size()].regions;
    return std::any_of(regions.cbegin(), regions.cend(), [this, &row](const QString &region) {
        return m_watchList.isWatched({row.provider, QString(), region});
    });
}

CellState HealthGridModel::combine(int at) const
{
    const QList<CellKey> &keys = m_keys[at];
    // The worst cell speaks for the slot; the others add their incidents and their doubts.
    const CellState *worstCell = nullptr;
    for (const CellKey &key : keys) {
        const CellState &cell = *m_cells.constFind(key);
        if (!worstCell || severityRank(cell.status) > severityRank(worstCell->status)
            || (cell.status == worstCell->status
                && healthRank(cell.sourceHealth) > healthRank(worstCell->sourceHealth)))
            worstCell = &cell;
    }
    CellState shown = *worstCell;
    const Row &row = m_rows[at / m_columns.size()];
    const Column &column = m_columns[at % m_columns.size()];
    if (row.service.isEmpty())
        shown.serviceName = shown.providerName;
    if (column.regions.size() > 1)
        shown.regionName = column.label;
    for (const CellKey &key : keys) {
        const CellState &cell = *m_cells.constFind(key);
        shown.lastKnown = worst(shown.lastKnown, cell.lastKnown);
        if (cell.status == shown.status && cell.since.isValid()
            && (!shown.since.isValid() || cell.since < shown.since))
            shown.since = cell.since;
        if (healthRank(cell.sourceHealth) > healthRank(shown.sourceHealth)) {
            shown.sourceHealth = cell.sourceHealth;
            shown.sourceError = cell.sourceError;
        }
        if (cell.dataTime.isValid() && (!shown.dataTime.isValid() || cell.dataTime < shown.dataTime))
            shown.dataTime = cell.dataTime;
        for (int i = 0; i < cell.incidentIds.size(); ++i) {
            if (!shown.incidentIds.contains(cell.incidentIds[i])) {
                shown.incidentIds.append(cell.incidentIds[i]);
                shown.incidentTitles.append(cell.incidentTitles.value(i));
            }
        }
    }
    return shown;
}

void HealthGridModel::emitChanged(const QList<int> &positions, const QList<int> &roles)
{
    if (positions.isEmpty())
        return;
    // Many small signals cost views more than one wide one once most of the grid changed.
    if (positions.size() * 2 > m_keys.size()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_columns.size()) - 1), roles);
        return;
    }
    for (int at : positions) {
        const QModelIndex cell = index(at / int(m_columns.size()), at % int(m_columns.size()));
        emit dataChanged(cell, cell, roles);
    }
}

void HealthGridModel::setColumnMode(ColumnMode mode)
{
    if (mode == m_mode)
        return;
    beginResetModel();
    m_mode = mode;
    QList<Row> rows = m_rows;
    QList<Column> columns = columnsFor(m_cells);
    QHash<CellKey, CellState> cells = m_cells;
    adopt(std::move(rows), std::move(columns), std::move(cells));
    endResetModel();
    emit columnModeChanged(m_mode);
}

void HealthGridModel::setWatchList(const WatchList &watchList)
{
    if (watchList == m_watchList)
        return;
    m_watchList = watchList;
    QList<int> all(m_keys.size());
    std::iota(all.begin(), all.end(), 0);
    emitChanged(refresh(all, false), {WatchedRole, Qt::AccessibleTextRole});
}

std::optional<CellState> HealthGridModel::cellAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return std::nullopt;
    const CellState *cell = shownAt(slot(index.row(), index.column()));
    return cell ? std::optional<CellState>(*cell) : std::nullopt;
}

QList<CellKey> HealthGridModel::keysAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return m_keys[slot(index.row(), index.column())];
}

bool HealthGridModel::isGroupRow(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].service.isEmpty();
}

QString HealthGridModel::providerOf(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].provider : QString();
}

QString HealthGridModel::serviceOf(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].service : QString();
}

bool HealthGridModel::hasProblem(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns.size())
        return false;
    const CellState *cell = shownAt(slot(row, column));
    return cell
        && (severityRank(cell->status) >= severityRank(Status::Degraded)
            || cell->sourceHealth == SourceHealth::Failing || cell->sourceHealth == SourceHealth::Stale);
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
    if (role == ProviderRole)
        return m_rows[index.row()].provider;
    const int at = slot(index.row(), index.column());
    const CellState *cell = shownAt(at);
    if (role == HasCellRole)
        return cell != nullptr;
    if (role == Qt::AccessibleTextRole) // blank cells speak too: "not offered there"
        return accessibleText(index.row(), index.column(), cell);
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
    case WatchedRole:
        return bool(m_watched[at]);
    case IncidentIdsRole:
        return cell->incidentIds;
    case Qt::ToolTipRole:
        return toolTip(at, *cell);
    default:
        return {};
    }
}

} // namespace radar
