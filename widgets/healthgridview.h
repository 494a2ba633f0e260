// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/watchlist.h"

#include <QTableView>

namespace radar {

class GridFilterModel;
class HealthGridModel;

/// The health grid: arrows move across cells, Enter or a double-click opens the cell's incident,
/// + and − (or a click on the provider's name) fold a provider's services away, Ctrl+D stars the
/// current cell, and the context menu stars services, regions and cells.
class HealthGridView : public QTableView
{
    Q_OBJECT
public:
    explicit HealthGridView(GridFilterModel *model, QWidget *parent = nullptr);

    GridFilterModel *filterModel() const { return m_filter; }
    /// Toggles the star of the current cell.
    void toggleWatchOfCurrentCell();
    void setAllCollapsed(bool collapsed);

signals:
    /// The user asked for an incident of a cell: the first of `incidentIds` is the one to show.
    void incidentRequested(const QString &provider, const QStringList &incidentIds);
    /// Something the status bar should say (a cell without incident, a star set elsewhere).
    void statusMessage(const QString &message);
    /// Star (`watched`) or unstar these entries.
    void watchRequested(const QList<radar::WatchList::Entry> &entries, bool watched);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    HealthGridModel *grid() const;
    QModelIndex sourceIndex(const QModelIndex &index) const;
    void open(const QModelIndex &index);
    void toggleGroup(int proxyRow);
    void rememberCurrent();
    void restoreCurrent();
    /// What an empty grid says instead of nothing: why it is empty and what to do.
    QString emptyText() const;

    GridFilterModel *m_filter = nullptr;
    // The current cell by what it is, so it survives resets (a new service, another column mode).
    QString m_currentProvider;
    QString m_currentService;
    QStringList m_currentRegions;
};

} // namespace radar
