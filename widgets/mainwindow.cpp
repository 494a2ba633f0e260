// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "gridfilterbar.h"
#include "healthgridview.h"
#include "incidentdetailsview.h"
#include "incidentpanel.h"
#include "statuspainter.h"

#include "item/gridfiltermodel.h"
#include "item/healthgridmodel.h"
#include "item/sourcelistmodel.h"
#include "item/statustext.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDataStream>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace radar {

MainWindow::MainWindow(const MainWindowModels &models, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Outage Radar"));
    setObjectName(QStringLiteral("MainWindow"));

    m_filterBar = new GridFilterBar(models.grid, this);
    m_grid = new HealthGridView(models.grid, this);
    m_incidentPanel = new IncidentPanel(models.incidents, this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_grid);
    m_splitter->addWidget(m_incidentPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createOfflineBanner());
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_splitter, &QSplitter::splitterMoved, this, &MainWindow::paneLayoutChanged);
    connect(m_incidentPanel, &QSplitter::splitterMoved, this, &MainWindow::paneLayoutChanged);
    connect(m_filterBar, &GridFilterBar::searchDone, m_grid, qOverload<>(&QWidget::setFocus));
    connect(m_grid, &HealthGridView::incidentRequested, this, &MainWindow::openIncident);
    connect(m_grid, &HealthGridView::statusMessage, this,
            [this](const QString &description) { statusBar()->showMessage(description, 8000); });

    createSourcesPanel(models.sources);
    createMenus();

    // Keyboard order follows the eye: search and filters (in the bar's own order), grid, incidents,
    // details.
    setTabOrder(m_filterBar->columnModeBox(), m_grid);
    setTabOrder(m_grid, m_incidentPanel->listView());
    setTabOrder(m_incidentPanel->listView(), m_incidentPanel->detailsView());

    m_statusSymbol = new QLabel(this);
    m_statusText = new QLabel(this);
    m_statusText->setAccessibleName(tr("Overall status"));
    statusBar()->addWidget(m_statusSymbol);
    statusBar()->addWidget(m_statusText, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("refreshProgress"));
    m_progress->setAccessibleName(tr("Refresh progress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    setSummary(Status::Unknown, 0, 0);
    resize(1100, 760);
    m_grid->setFocus();
}

void MainWindow::openIncident(const QString &provider, const QStringList &incidentIds)
{
    for (const QString &id : incidentIds) {
        if (m_incidentPanel->showIncident(provider, id))
            return;
    }
    statusBar()->showMessage(tr("That incident is no longer listed."), 8000);
}

QByteArray MainWindow::saveLayout() const
{
    QByteArray layout;
    QDataStream stream(&layout, QIODevice::WriteOnly);
    stream << quint8(1) << m_splitter->saveState() << m_incidentPanel->saveState();
    return layout;
}

void MainWindow::restoreLayout(const QByteArray &layout)
{
    QDataStream stream(layout);
    quint8 version = 0;
    QByteArray main, incidents;
    stream >> version >> main >> incidents;
    // Anything else (an older or damaged value) keeps the defaults.
    if (stream.status() != QDataStream::Ok || version != 1)
        return;
    m_splitter->restoreState(main);
    m_incidentPanel->restoreState(incidents);
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
    // The short columns follow their contents ("Up to date", times); the first rows tell their
    // widths as well as a thousand would, and measuring only those keeps a refresh of many sources
    // cheap. Names are measured when a refresh ends (they arrive with the first data, and
    // measuring them on every update costs more than the rest). The details take the rest.
    QHeaderView *header = m_sources->horizontalHeader();
    header->setResizeContentsPrecision(64);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SourceListModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SourceListModel::DetailColumn, QHeaderView::Stretch);
    connect(sources, &QAbstractItemModel::modelReset, m_sources,
            [this] { m_sources->resizeColumnToContents(SourceListModel::NameColumn); });
    dock->setWidget(m_sources);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
}

QWidget *MainWindow::createOfflineBanner()
{
    m_offlineBanner = new QWidget(this);
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setAccessibleName(tr("Offline"));
    m_offlineBanner->setAutoFillBackground(true);
    QPalette palette = m_offlineBanner->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    m_offlineBanner->setPalette(palette);
    auto *layout = new QHBoxLayout(m_offlineBanner);
    auto *symbol = new QLabel(m_offlineBanner);
    symbol->setPixmap(offlineIcon().pixmap(24, 24));
    m_offlineText = new QLabel(m_offlineBanner);
    m_offlineText->setWordWrap(true);
    m_offlineText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QPushButton(tr("Try &again"), m_offlineBanner);
    retry->setObjectName(QStringLiteral("retryButton"));
    connect(retry, &QPushButton::clicked, this, &MainWindow::refreshRequested);
    layout->addWidget(symbol);
    layout->addWidget(m_offlineText, 1);
    layout->addWidget(retry);
    m_offlineBanner->hide();
    return m_offlineBanner;
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

    createViewMenu();
}

void MainWindow::createViewMenu()
{
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *find = viewMenu->addAction(tr("&Find…"), m_filterBar, &GridFilterBar::focusSearch);
    find->setShortcut(QKeySequence::Find);
    viewMenu->addAction(tr("Go to the &grid"), m_grid, qOverload<>(&QWidget::setFocus))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    viewMenu
        ->addAction(tr("Go to the &incidents"), m_incidentPanel->listView(), qOverload<>(&QWidget::setFocus))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
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
    viewMenu->addAction(tr("&Fold all providers"), this, [this] { m_grid->setAllCollapsed(true); });
    viewMenu->addAction(tr("&Unfold all providers"), this, [this] { m_grid->setAllCollapsed(false); });
    viewMenu->addAction(tr("&Watch the current cell"), QKeySequence(Qt::CTRL | Qt::Key_D), m_grid,
                        &HealthGridView::toggleWatchOfCurrentCell);
    viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::setSummary(Status overall, int sourcesNotUpToDate, int sourceCount)
{
    m_statusSymbol->setPixmap((m_offline ? offlineIcon() : statusIcon(overall)).pixmap(18, 18));
    QString text = tr("Overall: %1").arg(statusText(overall));
    if (sourceCount == 0)
        text = tr("No sources to poll");
    else if (m_offline)
        text = tr("Offline: the last known data is not up to date");
    else if (sourcesNotUpToDate > 0)
        text += QStringLiteral(" — ")
            + tr("%n source(s) of %1 not up to date: see Sources", nullptr, sourcesNotUpToDate)
                  .arg(sourceCount);
    m_statusText->setText(text);
}

void MainWindow::setOffline(const QString &reason, const QDateTime &nextAttempt)
{
    m_offline = !reason.isEmpty();
    m_offlineBanner->setVisible(m_offline);
    if (!m_offline)
        return;
    QString text = tr("<b>You appear to be offline.</b> %1 The last known data stays visible, marked "
                      "as not up to date, and no alerts are raised while the connection is gone.")
                       .arg(reason.toHtmlEscaped());
    if (nextAttempt.isValid())
        text += QLatin1Char(' ') + tr("Next try at %1.").arg(shortLocalTime(nextAttempt));
    m_offlineText->setText(text);
}

void MainWindow::setRefreshProgress(int done, int total)
{
    if (done >= total && m_progress->isVisibleTo(this))
        m_sources->resizeColumnToContents(SourceListModel::NameColumn);
    m_progress->setVisible(done < total);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("Refreshing %1 of %2").arg(done).arg(total));
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
