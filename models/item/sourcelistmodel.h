// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/healthstate.h"

#include <QAbstractTableModel>

namespace radar {

/// The polled sources with their health, last error and next attempt, one row each.
class SourceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, HealthColumn, DetailColumn, UpdatedColumn, NextColumn, ColumnCount };
    enum Role { SourceHealthRole = Qt::UserRole + 1 };

    explicit SourceListModel(QObject *parent = nullptr);

    void setSources(const QList<SourceState> &sources);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SourceState &source, int column) const;
    /// The same text in every column (and tooltip): nothing for the view to redraw.
    bool sameLook(const SourceState &a, const SourceState &b) const;

    QList<SourceState> m_sources;
    qint64 m_timeStepMs = 60000; // the finest unit the shown times have
};

} // namespace radar
