// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/healthstate.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace radar {

/// The health grid: one row per service (each provider's summary row first), one column per region.
/// Updated incrementally: a change to one cell emits dataChanged for that cell alone.
class HealthGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        StatusRole = Qt::UserRole + 1, // radar::Status as int
        LastKnownStatusRole, // what the source last said, for stale or failing sources
        IncidentCountRole,
        IsSummaryRowRole, // the provider's own row
        HasCellRole, // false where the service does not exist in that region
        SourceHealthRole, // radar::SourceHealth as int
    };

    explicit HealthGridModel(QObject *parent = nullptr);

    /// Replaces the grid's contents with `cells` (ordered as rows should appear).
    void setCells(const QList<CellState> &cells);
    /// Updates one provider's cells in place, emitting dataChanged for those that changed. Returns
    /// false, changing nothing, when they are not the cells the grid has for that provider (a
    /// service or region came or went, a name changed): then setCells() with every cell is needed.
    bool updateProvider(const QString &provider, const QList<CellState> &cells);
    std::optional<CellState> cellAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString provider;
        QString service;
        QString label;
        QString group;
        friend bool operator==(const Row &a, const Row &b)
        {
            return a.provider == b.provider && a.service == b.service;
        }
    };
    struct Column
    {
        QString region;
        QString label;
        friend bool operator==(const Column &a, const Column &b) { return a.region == b.region; }
    };

    const CellState *cellFor(const QModelIndex &index) const;
    QString displayText(const CellState &cell) const;
    QString toolTip(const CellState &cell) const;
    QString accessibleText(const CellState &cell) const;

    QList<Row> m_rows;
    QList<Column> m_columns;
    QHash<CellKey, CellState> m_cells;
    // Where each row and column is, and how many cells each provider has, for updateProvider().
    QHash<QPair<QString, QString>, int> m_rowOf;
    QHash<QString, int> m_columnOf;
    QHash<QString, int> m_cellCount;

    void indexLayout();
};

} // namespace radar
