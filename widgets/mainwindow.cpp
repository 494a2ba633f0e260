// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "gridfilterbar.h"
#include "healthgridview.h"
#include "historyview.h"
#include "incidentdetailsview.h"
#include "incidentpanel.h"
#include "notificationlogview.h"
#include "statuspainter.h"

#include "item/sourcelistmodel.h"
#include "item/statustext.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDataStream>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

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
    // Now and then: the live dashboard, the history with its chart, and what was notified, one tab each.
    auto *now = new QWidget(this);
    auto *nowLayout = new QVBoxLayout(now);
    nowLayout->setContentsMargins(0, 0, 0, 0);
    nowLayout->setSpacing(0);
    nowLayout->addWidget(m_filterBar);
    nowLayout->addWidget(m_splitter, 1);
    m_history = new HistoryView(models.history, this);
    m_notificationLog = new NotificationLogView(models.notifications, this);
    connect(m_notificationLog, &NotificationLogView::incidentRequested, this,
            &MainWindow::notificationIncidentRequested);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(now, tr("&Now"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->addTab(m_notificationLog, tr("N&otifications"));
    // A tab bar describes itself by its current tab's tooltip.
    m_tabs->setTabToolTip(0, tr("The grid of services and regions, and the incidents open now"));
    m_tabs->setTabToolTip(1, tr("The incidents of the past, as a chart and lists"));
    m_tabs->setTabToolTip(2, tr("Every notification sent or held back, and why"));
    // Its scroll arrows, shown when the tabs do not fit, say what they do too.
    for (QWidget *arrow : m_tabs->tabBar()->findChildren<QToolButton *>())
        arrow->setAccessibleDescription(tr("Shows the tabs that do not fit"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::paneLayoutChanged);

    createBanners();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (QWidget *banner : {m_offlineBanner, m_awayBanner, m_historyBanner, m_trayBanner, m_settingsBanner})
        layout->addWidget(banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    connect(m_splitter, &QSplitter::splitterMoved, this, &MainWindow::paneLayoutChanged);
    connect(m_incidentPanel, &QSplitter::splitterMoved, this, &MainWindow::paneLayoutChanged);
    connect(m_filterBar, &GridFilterBar::searchDone, m_grid, qOverload<>(&QWidget::setFocus));
    connect(m_grid, &HealthGridView::incidentRequested, this, &MainWindow::openIncident);
    connect(m_grid, &HealthGridView::statusMessage, this,
            [this](const QString &description) { statusBar()->showMessage(description, 8000); });

    createSourcesPanel(models.sources);
    createMenus();

    // Keyboard order follows the eye: the banners' buttons and the tabs on top, then the tab's panes
    // (on Now: the filter bar in its own order, grid, incidents, details), the sources at the bottom,
    // and from there round to the top again. The tab bar's place is its tab widget's, after the
    // panes of the last tab: the sources and the banners go in between.
    setTabOrder(m_filterBar->columnModeBox(), m_grid);
    setTabOrder(m_grid, m_incidentPanel->listView());
    setTabOrder(m_incidentPanel->listView(), m_incidentPanel->detailsView());
    QWidget *previous = m_notificationLog->filterBox(); // the last of the last tab
    for (QWidget *next : QList<QWidget *> {m_sources} + bannerControls()) {
        setTabOrder(previous, next);
        previous = next;
    }

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

bool MainWindow::showIncident(const QString &provider, const QString &id)
{
    if (!m_incidentPanel->showIncident(provider, id)) {
        // It ended and left the list: the history still has it.
        showHistory();
        emit historyIncidentRequested(provider, id);
        return false;
    }
    m_tabs->setCurrentIndex(0);
    m_incidentPanel->listView()->setFocus();
    return true;
}

QByteArray MainWindow::saveLayout() const
{
    QByteArray layout;
    QDataStream stream(&layout, QIODevice::WriteOnly);
    stream << quint8(2) << m_splitter->saveState() << m_incidentPanel->saveState()
           << qint32(m_tabs->currentIndex());
    return layout;
}

void MainWindow::restoreLayout(const QByteArray &layout)
{
    QDataStream stream(layout);
    quint8 version = 0;
    QByteArray main, incidents;
    stream >> version >> main >> incidents;
    // Anything else (a newer or damaged value) keeps the defaults.
    if (stream.status() != QDataStream::Ok || version < 1 || version > 2)
        return;
    m_splitter->restoreState(main);
    m_incidentPanel->restoreState(incidents);
    qint32 tab = 0;
    if (version >= 2)
        stream >> tab;
    if (stream.status() == QDataStream::Ok && tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void MainWindow::createSourcesPanel(SourceListModel *sources)
{
    auto *dock = new QDockWidget(tr("Sources"), this);
    dock->setObjectName(QStringLiteral("sourcesDock"));
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_sources = new QTableView(dock);
    m_sources->setObjectName(QStringLiteral("sourcesView"));
    m_sources->setAccessibleName(tr("Sources"));
    m_sources->setAccessibleDescription(
        tr("Each polled source: whether its data is up to date, what went wrong, and when it is asked next"));
    m_sources->setModel(sources);
    m_sources->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sources->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
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

void MainWindow::showHistory()
{
    m_tabs->setCurrentWidget(m_history);
    m_history->setFocus();
}

void MainWindow::showNotificationLog()
{
    m_tabs->setCurrentWidget(m_notificationLog);
    m_notificationLog->setFocus();
}

void MainWindow::setSummary(Status overall, int sourcesNotUpToDate, int sourceCount)
{
    // Called on every poll's publish: a new pixmap would repaint the status bar each time.
    const int symbol = m_offline ? -2 : int(overall);
    if (std::exchange(m_shownSymbol, symbol) != symbol)
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

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::WindowStateChange || !isVisible())
        return;
    // Minimized is out of sight too, for the tray's menu and the "while you were away" digest.
    emit visibilityChanged(!isMinimized());
    // Hidden once the minimizing is done (hiding inside it confuses window managers); a modal
    // dialog would be left without its window.
    if (m_minimizeToTray && isMinimized() && !QApplication::activeModalWidget()) {
        QTimer::singleShot(0, this, [this] {
            if (!isMinimized() || !isVisible())
                return;
            hide();
            emit hiddenToTray();
        });
    }
}

} // namespace radar
