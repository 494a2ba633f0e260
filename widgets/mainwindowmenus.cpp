// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus: what the keyboard reaches from anywhere in the window.
#include "mainwindow.h"

#include "gridfilterbar.h"
#include "healthgridview.h"
#include "incidentpanel.h"

#include "item/gridfiltermodel.h"
#include "item/healthgridmodel.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QMenuBar>
#include <QTabWidget>
#include <QTreeView>

namespace radar {

void MainWindow::createMenus()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *refresh = fileMenu->addAction(tr("&Refresh now"), this, &MainWindow::refreshRequested);
    refresh->setShortcuts({QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)});
    fileMenu->addSeparator();
    m_settingsAction = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    // The platform's own key where it has one (none on Windows), and Ctrl+, everywhere.
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!settingsKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        settingsKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setShortcuts(settingsKeys);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);

    createViewMenu();
}

void MainWindow::createViewMenu()
{
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    // The search, the grid and the incidents are on the Now tab: going there brings it forward.
    const auto onNowTab = [this](auto focus) {
        return [this, focus] {
            m_tabs->setCurrentIndex(0);
            focus();
        };
    };
    QAction *find = viewMenu->addAction(tr("&Find…"), this, onNowTab([this] { m_filterBar->focusSearch(); }));
    find->setShortcut(QKeySequence::Find);
    viewMenu->addAction(tr("Go to the &grid"), this, onNowTab([this] { m_grid->setFocus(); }))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    viewMenu
        ->addAction(tr("Go to the &incidents"), this,
                    onNowTab([this] { m_incidentPanel->listView()->setFocus(); }))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    viewMenu->addAction(tr("Go to the &history"), this, &MainWindow::showHistory)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    viewMenu->addAction(tr("Go to the &notifications"), this, &MainWindow::showNotificationLog)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    // The keys of every tabbed window, wherever the focus is (an item view would take Ctrl+Page Down
    // for itself); the focus goes into the tab that comes up, on Now to the grid.
    const auto turnTab = [this](int step) {
        return [this, step] {
            // Round from the last to the first and back.
            int index = m_tabs->currentIndex() + step;
            if (index < 0)
                index = m_tabs->count() - 1;
            else if (index >= m_tabs->count())
                index = 0;
            m_tabs->setCurrentIndex(index);
            (m_tabs->currentIndex() == 0 ? m_grid : m_tabs->currentWidget())->setFocus(Qt::TabFocusReason);
        };
    };
    QList<QKeySequence> nextKeys = QKeySequence::keyBindings(QKeySequence::NextChild);
    nextKeys.append(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    viewMenu->addAction(tr("Ne&xt tab"), this, turnTab(1))->setShortcuts(nextKeys);
    QList<QKeySequence> previousKeys = QKeySequence::keyBindings(QKeySequence::PreviousChild);
    previousKeys.append(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    viewMenu->addAction(tr("Pre&vious tab"), this, turnTab(-1))->setShortcuts(previousKeys);
    viewMenu->addSeparator();
    HealthGridModel *grid = m_grid->filterModel()->gridModel();
    auto *columns = new QActionGroup(this);
    QAction *byRegion = viewMenu->addAction(tr("Columns by provider &region"), grid, [grid] {
        grid->setColumnMode(HealthGridModel::ColumnMode::ProviderRegions);
    });
    QAction *byPlace = viewMenu->addAction(tr("Columns by &place"), grid, [grid] {
        grid->setColumnMode(HealthGridModel::ColumnMode::Geography);
    });
    for (QAction *action : {byRegion, byPlace}) {
        action->setCheckable(true);
        columns->addAction(action);
    }
    const auto showMode = [byRegion, byPlace](HealthGridModel::ColumnMode mode) {
        (mode == HealthGridModel::ColumnMode::Geography ? byPlace : byRegion)->setChecked(true);
    };
    showMode(grid->columnMode());
    connect(grid, &HealthGridModel::columnModeChanged, this, showMode);
    viewMenu->addSeparator();
    viewMenu->addAction(tr("F&old all providers"), this, [this] { m_grid->setAllCollapsed(true); });
    viewMenu->addAction(tr("&Unfold all providers"), this, [this] { m_grid->setAllCollapsed(false); });
    viewMenu->addAction(tr("&Watch the current cell"), QKeySequence(Qt::CTRL | Qt::Key_D), m_grid,
                        &HealthGridView::toggleWatchOfCurrentCell);
    viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        viewMenu->addAction(dock->toggleViewAction());
}

} // namespace radar
