// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/watchlist.h"
#include "policy/healthstate.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace radar {

class RegionCatalog;

/// The health grid: services grouped under their provider (a group row per provider, showing the
/// worst of its cells), one column per region or, in geography mode, per place. Updated
/// incrementally: a change to one cell emits dataChanged for that cell (and for its provider's
/// group row when that row's verdict changes too); resets only when rows or columns come or go.
class HealthGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        StatusRole = Qt::UserRole + 1, // radar::Status as int
        LastKnownStatusRole, // what the source last said, for stale or failing sources
        IncidentCountRole,
        IsSummaryRowRole, // the provider's group row
        HasCellRole, // false where the service does not exist in that region
        SourceHealthRole, // radar::SourceHealth as int
        WatchedRole,
        IncidentIdsRole, // QStringList, open incidents touching the cell
        ProviderRole, // the row's provider id, on cells and on the vertical header
    };
    enum class ColumnMode : quint8 {
        ProviderRegions, // one column per region id ("us-east-1", "us-east4", "eastus")
        Geography, // one column per place ("Virginia, US"), from the region catalog
    };

    explicit HealthGridModel(QObject *parent = nullptr);
    HealthGridModel(const RegionCatalog &catalog, QObject *parent);

    /// Replaces the grid's contents with `cells` (ordered as rows should appear).
    void setCells(const QList<CellState> &cells);
    /// Updates one provider's cells in place, emitting dataChanged for those that changed. Returns
    /// false, changing nothing, when they are not the cells the grid has for that provider (a
    /// service or region came or went, a name changed): then setCells() with every cell is needed.
    bool updateProvider(const QString &provider, const QList<CellState> &cells);
    /// The provider's feed was unchanged: its cells' data is as of `dataTime` now, which only the
    /// tooltips show. Nothing is compared and nothing repainted.
    void ageProvider(const QString &provider, const QDateTime &dataTime);

    void setColumnMode(ColumnMode mode);
    ColumnMode columnMode() const { return m_mode; }
    void setWatchList(const WatchList &watchList);
    const WatchList &watchList() const { return m_watchList; }

    /// The cell as shown: one reported cell, or the worst of several (group rows, places).
    std::optional<CellState> cellAt(const QModelIndex &index) const;
    /// One reported cell as the source gave it.
    std::optional<CellState> cell(const CellKey &key) const
    {
        const auto it = m_cells.constFind(key);
        return it == m_cells.cend() ? std::nullopt : std::optional<CellState>(*it);
    }
    /// The reported cells behind a grid cell.
    QList<CellKey> keysAt(const QModelIndex &index) const;
    bool isGroupRow(int row) const;
    /// The row of a provider's service, or of its group row when `service` is empty; -1 if none.
    int rowOf(const QString &provider, const QString &service = {}) const
    {
        return m_rowOf.value({provider, service}, -1);
    }
    QString providerOf(int row) const;
    QString serviceOf(int row) const; // empty on group rows
    /// What a search matches in a row: provider, service, group and open incident titles.
    QString rowSearchText(int row) const;
    /// The column's label on one line ("N. Virginia (us-east-1)", "Virginia, US").
    QString columnLabel(int column) const;
    /// The region ids a column stands for, and the column of a region id (-1 if none).
    QStringList regionsOf(int column) const
    {
        return column >= 0 && column < m_columns.size() ? m_columns[column].regions : QStringList();
    }
    int columnOfRegion(const QString &region) const { return m_columnOfRegion.value(region, -1); }
    /// What a search matches in a column: its label and the region ids and names it stands for.
    QString columnSearchText(int column) const;
    /// Worth a look: degraded or worse, or not up to date because its source fails or is stale.
    bool hasProblem(int row, int column) const;
    bool isWatched(int row, int column) const { return m_watched.value(slot(row, column)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void columnModeChanged(radar::HealthGridModel::ColumnMode mode);

private:
    struct Row
    {
        QString provider;
        QString service; // empty for the group row
        QString label;
        QString group;
        friend bool operator==(const Row &a, const Row &b)
        {
            return a.provider == b.provider && a.service == b.service;
        }
    };
    struct Column
    {
        QString key; // the region id, or the place
        QString label;
        QStringList regions; // the region ids it stands for
        QStringList regionNames;
        friend bool operator==(const Column &a, const Column &b)
        {
            return a.key == b.key && a.regions == b.regions;
        }
    };
    /// A provider region whose name differs from its id: both are shown.
    static bool namedById(const Column &column);
    static QList<Row> rowsFor(const QList<CellState> &cells);
    QList<Column> columnsFor(const QHash<CellKey, CellState> &cells) const;
    /// Takes new rows, columns and cells, indexes which reported cells each slot shows, and returns
    /// the slots whose look changed.
    QList<int> adopt(QList<Row> rows, QList<Column> columns, QHash<CellKey, CellState> cells);
    /// Recomputes the shown cells and stars of the given positions; returns those that changed.
    /// `cellsChanged`: the positions' cells changed (a slot of one cell is then reported as is,
    /// its previous look being gone); otherwise only the stars may have.
    QList<int> refresh(const QList<int> &positions, bool cellsChanged = true);
    /// The cell a slot shows: its only cell, or its cells combined; null for an empty slot.
    const CellState *shownAt(int slot) const;
    /// The worst of a slot of several cells, with all their incidents and doubts.
    CellState combine(int slot) const;
    /// Moves the data time of slots whose cells only aged (see sameLook()).
    void refreshAges(QList<int> positions);
    /// `b` differs from `a` only in the data's age.
    static bool onlyAged(const CellState &a, const CellState &b);
    /// The time of the data a slot shows: its cells', or a later "not modified" answer's.
    QDateTime dataTimeOf(int slot, const CellState &shown) const;
    /// The data time combine() gives the slot: its oldest cell's.
    QDateTime oldestDataTime(int slot) const;
    bool watchedAt(int slot) const;
    /// Equal but for the data's age and origin, which only the tooltip shows.
    static bool sameLook(const CellState &a, const CellState &b);
    void emitChanged(const QList<int> &positions, const QList<int> &roles = {});
    int slot(int row, int column) const { return row * int(m_columns.size()) + column; }
    QList<int> slotsOf(const CellKey &key) const;

    QString displayText(const CellState &cell) const;
    QString toolTip(int slot, const CellState &shown) const;
    QString accessibleText(int row, int column, const CellState *cell) const; // null: no such cell

    const RegionCatalog &m_catalog;
    ColumnMode m_mode = ColumnMode::ProviderRegions;
    WatchList m_watchList;
    QList<Row> m_rows;
    QList<Column> m_columns;
    QHash<CellKey, CellState> m_cells;
    QList<QList<CellKey>> m_keys; // per slot (row * columns + column)
    // The slots of several cells (a provider's row, a place's column), combined. A slot of one
    // cell shows that cell of m_cells: a copy per slot was 2 MB at 5,000 cells.
    QHash<int, CellState> m_combined;
    // Per provider: the time of its data, as the last "not modified" answer told, when newer than
    // what its cells say (see ageProvider()).
    QHash<QString, QDateTime> m_agedTo;
    QList<bool> m_watched; // per slot
    QHash<QPair<QString, QString>, int> m_rowOf;
    QHash<QString, int> m_columnOfRegion;
    QHash<QString, int> m_cellCount;
};

} // namespace radar
