// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthgridview.h"

#include "healthgriddelegate.h"
#include "quietlengthmenu.h"

#include "item/gridfiltermodel.h"
#include "item/healthgridmodel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>

namespace radar {

HealthGridView::HealthGridView(GridFilterModel *model, QWidget *parent)
    : QTableView(parent)
    , m_filter(model)
{
    setObjectName(QStringLiteral("healthGrid"));
    setAccessibleName(tr("Health grid"));
    setAccessibleDescription(
        tr("Services grouped by provider, by region; each cell tells the service's status "
           "there. Enter opens the cell's incident, + and − fold a provider, Ctrl+D "
           "watches the cell."));
    setModel(model);
    setItemDelegate(new HealthGridDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    setWordWrap(false);
    setMouseTracking(true);
    setTabKeyNavigation(false); // Tab leaves the grid for the next pane; arrows move inside it
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(28);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setSectionsClickable(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setDefaultSectionSize(170);
    horizontalHeader()->setMinimumSectionSize(60);
    horizontalHeader()->setStretchLastSection(false);

    connect(this, &QAbstractItemView::activated, this, &HealthGridView::open);
    connect(verticalHeader(), &QHeaderView::sectionClicked, this, &HealthGridView::toggleGroup);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &HealthGridView::rememberCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, &HealthGridView::restoreCurrent);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &HealthGridView::rememberCurrent);
    connect(model, &QAbstractItemModel::layoutChanged, this, &HealthGridView::restoreCurrent);
}

HealthGridModel *HealthGridView::grid() const
{
    return m_filter->gridModel();
}

QModelIndex HealthGridView::sourceIndex(const QModelIndex &index) const
{
    return m_filter->mapToSource(index);
}

void HealthGridView::open(const QModelIndex &index)
{
    const QModelIndex cell = sourceIndex(index);
    if (!cell.isValid())
        return;
    const QStringList incidents = cell.data(HealthGridModel::IncidentIdsRole).toStringList();
    if (incidents.isEmpty()) {
        const QString text = cell.data(Qt::AccessibleTextRole).toString();
        emit statusMessage(text.isEmpty() ? tr("Nothing is reported here.")
                                          : tr("%1: no open incident.").arg(text));
        return;
    }
    emit incidentRequested(grid()->providerOf(cell.row()), incidents);
}

void HealthGridView::toggleGroup(int proxyRow)
{
    // The header, unlike an index, knows its row even when no column is visible.
    if (!m_filter->headerData(proxyRow, Qt::Vertical, HealthGridModel::IsSummaryRowRole).toBool())
        return;
    const QString provider =
        m_filter->headerData(proxyRow, Qt::Vertical, HealthGridModel::ProviderRole).toString();
    m_filter->setCollapsed(provider, !m_filter->isCollapsed(provider));
}

void HealthGridView::setAllCollapsed(bool collapsed)
{
    QStringList providers;
    if (collapsed) {
        for (int row = 0; row < grid()->rowCount(); ++row) {
            if (grid()->isGroupRow(row))
                providers << grid()->providerOf(row);
        }
    }
    m_filter->setCollapsedProviders(providers);
}

void HealthGridView::toggleWatchOfCurrentCell()
{
    const QModelIndex cell = sourceIndex(currentIndex());
    if (!cell.isValid() || !cell.data(HealthGridModel::HasCellRole).toBool())
        return;
    const QString provider = grid()->providerOf(cell.row());
    QList<WatchList::Entry> entries;
    for (const CellKey &key : grid()->keysAt(cell)) {
        // A provider's group row stands for the provider in that region (or in each region of a place).
        const WatchList::Entry entry =
            grid()->isGroupRow(cell.row()) ? WatchList::region(provider, key.region) : WatchList::cell(key);
        if (!entries.contains(entry))
            entries << entry;
    }
    // Starred or not as a whole: a place half starred becomes unstarred. A star that comes from a
    // wider entry (the service everywhere, the provider's region) is changed where it was made.
    const WatchList &watch = grid()->watchList();
    const bool starred =
        std::all_of(entries.cbegin(), entries.cend(),
                    [&watch](const WatchList::Entry &entry) { return watch.contains(entry); });
    if (!starred && cell.data(HealthGridModel::WatchedRole).toBool()) {
        emit statusMessage(tr("This cell is watched through its service or its region: change that in the "
                              "cell's menu (Menu key)."));
        return;
    }
    emit watchRequested(entries, !starred);
}

void HealthGridView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    const bool onGroup = current.isValid() && current.data(HealthGridModel::IsSummaryRowRole).toBool();
    if (onGroup) {
        const QString provider = current.data(HealthGridModel::ProviderRole).toString();
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Minus:
        case Qt::Key_Space: {
            const bool collapse = event->key() == Qt::Key_Minus
                || (event->key() == Qt::Key_Space && !m_filter->isCollapsed(provider));
            m_filter->setCollapsed(provider, collapse);
            event->accept();
            return;
        }
        default:
            break;
        }
    }
    // Space opens a service's cell as Enter does (on a provider's row it folds, above).
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier && current.isValid()) {
        open(current);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Asterisk) {
        setAllCollapsed(false);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void HealthGridView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (model()->rowCount() > 0 && model()->columnCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().placeholderText().color());
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                     emptyText());
}

QString HealthGridView::emptyText() const
{
    if (grid()->rowCount() == 0)
        return tr("No data yet: the sources are being asked.");
    const GridFilterModel::Filter filter = m_filter->filter();
    if (filter.watchedOnly && grid()->watchList().isEmpty())
        return tr("Nothing is watched yet. Turn off \"Watched only\", pick a cell and press Ctrl+D, or use "
                  "the cell's context menu to watch a service or a region.");
    if (filter.problemsOnly && filter.search.isEmpty() && filter.hiddenProviders.isEmpty()
        && !filter.watchedOnly)
        return tr("No problems: every service shown is operational and up to date.");
    return tr("Nothing matches the filters. Clear the search (Escape) or turn off the filters above.");
}

void HealthGridView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index =
        event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    const QModelIndex cell = sourceIndex(index);
    if (!cell.isValid())
        return;
    setCurrentIndex(index);
    const int row = cell.row();
    const QString provider = grid()->providerOf(row);
    const QString providerName = grid()->headerData(grid()->rowOf(provider), Qt::Vertical).toString();
    const QString columnName = grid()->columnLabel(cell.column());
    const QList<CellKey> keys = grid()->keysAt(cell);
    const WatchList &watch = grid()->watchList();

    QMenu menu(this);
    // The grid may refilter while the menu is open: the index must follow its cell.
    const QPersistentModelIndex target(index);
    QAction *openAction = menu.addAction(tr("&Open incident"), this, [this, target] {
        if (target.isValid())
            open(target);
    });
    openAction->setEnabled(!cell.data(HealthGridModel::IncidentIdsRole).toStringList().isEmpty());
    menu.addSeparator();
    const auto addWatch = [&](const QString &text, const WatchList::Entry &entry) {
        QAction *action = menu.addAction(text);
        action->setCheckable(true);
        action->setChecked(watch.contains(entry));
        connect(action, &QAction::toggled, this,
                [this, entry](bool watched) { emit watchRequested({entry}, watched); });
    };
    if (!grid()->isGroupRow(row)) {
        const QString service = grid()->serviceOf(row);
        const QString serviceName = grid()->headerData(row, Qt::Vertical).toString().trimmed();
        if (keys.size() == 1)
            addWatch(tr("Watch %1 in %2").arg(serviceName, columnName), WatchList::cell(keys.first()));
        addWatch(tr("Watch %1 everywhere").arg(serviceName), WatchList::service(provider, service));
    }
    QStringList regions;
    for (const CellKey &key : keys) {
        if (!regions.contains(key.region))
            regions << key.region;
    }
    for (const QString &region : std::as_const(regions))
        addWatch(tr("Watch all of %1 in %2").arg(providerName, region), WatchList::region(provider, region));
    addNotificationMenu(menu, cell, providerName, regions);
    menu.addSeparator();
    const bool collapsed = m_filter->isCollapsed(provider);
    menu.addAction(collapsed ? tr("Show %1's services").arg(providerName)
                             : tr("Fold %1's services").arg(providerName),
                   this, [this, provider, collapsed] { m_filter->setCollapsed(provider, !collapsed); });
    menu.exec(event->globalPos());
}

void HealthGridView::setMutes(const WatchList &mutedCells, const QStringList &mutedProviders)
{
    m_mutedCells = mutedCells;
    m_mutedProviders = mutedProviders;
}

void HealthGridView::addNotificationMenu(QMenu &menu, const QModelIndex &cell, const QString &providerName,
                                         const QStringList &regions)
{
    const int row = cell.row();
    const QString provider = grid()->providerOf(row);
    const QList<CellKey> keys = grid()->keysAt(cell);
    QMenu *notifications = menu.addMenu(tr("&Notifications"));
    // Snoozing is for what is going on now; muting is for good.
    QMenu *snooze = notifications->addMenu(tr("&Snooze this cell"));
    snooze->setEnabled(!keys.isEmpty());
    addQuietLengthActions(snooze, {QuietLength::OneHour, QuietLength::FourHours, QuietLength::UntilResolved},
                          [this, keys](QuietLength length) { emit snoozeRequested(keys, length); });
    notifications->addSeparator();
    const auto addMute = [&](const QString &text, const WatchList::Entry &entry) {
        QAction *action = notifications->addAction(text);
        action->setCheckable(true);
        action->setChecked(m_mutedCells.contains(entry));
        connect(action, &QAction::toggled, this,
                [this, entry](bool muted) { emit muteRequested({entry}, muted); });
    };
    if (!grid()->isGroupRow(row)) {
        const QString serviceName = grid()->headerData(row, Qt::Vertical).toString().trimmed();
        addMute(tr("Mute %1 everywhere").arg(serviceName),
                WatchList::service(provider, grid()->serviceOf(row)));
    }
    for (const QString &region : regions)
        addMute(tr("Mute all of %1 in %2").arg(providerName, region), WatchList::region(provider, region));
    QAction *muteProvider = notifications->addAction(tr("Mute all of %1").arg(providerName));
    muteProvider->setCheckable(true);
    muteProvider->setChecked(m_mutedProviders.contains(provider));
    connect(muteProvider, &QAction::toggled, this,
            [this, provider](bool muted) { emit muteProviderRequested(provider, muted); });
}

void HealthGridView::rememberCurrent()
{
    const QModelIndex cell = sourceIndex(currentIndex());
    if (!cell.isValid())
        return;
    m_currentProvider = grid()->providerOf(cell.row());
    m_currentService = grid()->serviceOf(cell.row());
    m_currentRegions = grid()->regionsOf(cell.column());
}

void HealthGridView::restoreCurrent()
{
    if (m_currentProvider.isEmpty())
        return;
    const int row = grid()->rowOf(m_currentProvider, m_currentService);
    // By region, so the cell is found again in the other column mode.
    const int column = std::max(0, grid()->columnOfRegion(m_currentRegions.value(0)));
    const QModelIndex index = m_filter->mapFromSource(grid()->index(row, column));
    if (index.isValid())
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

} // namespace radar
