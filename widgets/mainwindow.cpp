// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "healthgriddelegate.h"
#include "statuspainter.h"

#include "item/healthgridmodel.h"
#include "item/sourcelistmodel.h"
#include "item/statustext.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>

namespace radar {

MainWindow::MainWindow(HealthGridModel *grid, SourceListModel *sources, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Outage Radar"));
    setObjectName(QStringLiteral("MainWindow"));

    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("healthGrid"));
    m_grid->setAccessibleName(tr("Health grid"));
    m_grid->setAccessibleDescription(tr("Services by region; each cell tells the service's status there"));
    m_grid->setModel(grid);
    m_grid->setItemDelegate(new HealthGridDelegate(m_grid));
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setShowGrid(false);
    m_grid->setWordWrap(false);
    m_grid->setMouseTracking(true);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(28);
    m_grid->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_grid->horizontalHeader()->setDefaultSectionSize(190);
    m_grid->horizontalHeader()->setMinimumSectionSize(60);
    m_grid->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_grid);

    createSourcesPanel(sources);
    createMenus();

    m_statusSymbol = new QLabel(this);
    m_statusText = new QLabel(this);
    m_statusText->setAccessibleName(tr("Overall status"));
    statusBar()->addWidget(m_statusSymbol);
    statusBar()->addWidget(m_statusText, 1);
    setSummary(Status::Unknown, 0, 0);
    resize(900, 640);
}

void MainWindow::createSourcesPanel(SourceListModel *sources)
{
    auto *dock = new QDockWidget(tr("Sources"), this);
    dock->setObjectName(QStringLiteral("sourcesDock"));
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_sources = new QTableView(dock);
    m_sources->setObjectName(QStringLiteral("sourcesView"));
    m_sources->setAccessibleName(tr("Sources"));
    m_sources->setModel(sources);
    m_sources->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sources->setWordWrap(false);
    m_sources->verticalHeader()->hide();
    m_sources->horizontalHeader()->setStretchLastSection(false);
    m_sources->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sources->horizontalHeader()->setSectionResizeMode(SourceListModel::DetailColumn, QHeaderView::Stretch);
    dock->setWidget(m_sources);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *refresh = fileMenu->addAction(tr("&Refresh now"), this, &MainWindow::refreshRequested);
    refresh->setShortcuts({QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)});
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::setSummary(Status overall, int sourcesNotUpToDate, int sourceCount)
{
    m_statusSymbol->setPixmap(statusIcon(overall).pixmap(18, 18));
    QString text = tr("Overall: %1").arg(statusText(overall));
    if (sourceCount == 0)
        text = tr("No sources to poll");
    else if (sourcesNotUpToDate > 0)
        text += QStringLiteral(" — ")
            + tr("%n source(s) of %1 not up to date: see Sources", nullptr, sourcesNotUpToDate)
                  .arg(sourceCount);
    m_statusText->setText(text);
}

void MainWindow::setTitleSuffix(const QString &suffix)
{
    setWindowTitle(suffix.isEmpty() ? tr("Outage Radar") : tr("Outage Radar — %1").arg(suffix));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeBehaviour == CloseBehaviour::HideToTray) {
        event->ignore();
        hide();
        emit hiddenToTray();
        return;
    }
    event->accept();
    emit quitRequested();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    emit visibilityChanged(true);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    emit visibilityChanged(false);
}

} // namespace radar
