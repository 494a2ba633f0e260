// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/watchlist.h"
#include "policy/notificationpolicy.h"

#include <QTableView>

class QMenu;

namespace radar {

class GridFilterModel;
class HealthGridModel;

/// The health grid: arrows move across cells, Enter, Space or a double-click opens the cell's incident,
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
    /// What the notification rules mute, so the context menu can show it checked.
    void setMutes(const WatchList &mutedCells, const QStringList &mutedProviders);

signals:
    /// The user asked for an incident of a cell: the first of `incidentIds` is the one to show.
    void incidentRequested(const QString &provider, const QStringList &incidentIds);
    /// Something the status bar should say (a cell without incident, a star set elsewhere).
    void statusMessage(const QString &message);
    /// Star (`watched`) or unstar these entries.
    void watchRequested(const QList<radar::WatchList::Entry> &entries, bool watched);
    /// Mute (`muted`) or unmute notifications from these entries, or from a whole provider.
    void muteRequested(const QList<radar::WatchList::Entry> &entries, bool muted);
    void muteProviderRequested(const QString &provider, bool muted);
    /// Hold back notifications about these cells for a while.
    void snoozeRequested(const QList<radar::CellKey> &cells, radar::QuietLength length);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    HealthGridModel *grid() const;
    QModelIndex sourceIndex(const QModelIndex &index) const;
    void open(const QModelIndex &index);
    void toggleGroup(int proxyRow);
    /// The context menu's "Notifications" part: snooze the cell, mute its service, region or provider.
    void addNotificationMenu(QMenu &menu, const QModelIndex &cell, const QString &providerName,
                             const QStringList &regions);
    void rememberCurrent();
    void restoreCurrent();
    /// What an empty grid says instead of nothing: why it is empty and what to do.
    QString emptyText() const;

    GridFilterModel *m_filter = nullptr;
    WatchList m_mutedCells;
    QStringList m_mutedProviders;
    // The current cell by what it is, so it survives resets (a new service, another column mode).
    QString m_currentProvider;
    QString m_currentService;
    QStringList m_currentRegions;
};

} // namespace radar
