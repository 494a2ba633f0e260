// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "gridfilterbar.h"
#include "healthgridview.h"
#include "historyview.h"
#include "incidentdetailsview.h"
#include "incidentpanel.h"
#include "notificationlogview.h"
#include "statuspainter.h"

#include "item/awaydigesttext.h"
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
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
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
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::paneLayoutChanged);

    auto *retry = new QPushButton(tr("Try &again"), this);
    retry->setObjectName(QStringLiteral("retryButton"));
    connect(retry, &QPushButton::clicked, this, &MainWindow::refreshRequested);
    m_offlineBanner = createBanner(QStringLiteral("offlineBanner"), tr("Offline"), m_offlineText, retry);
    auto *symbol = new QLabel(m_offlineBanner);
    symbol->setPixmap(offlineIcon().pixmap(24, 24));
    static_cast<QBoxLayout *>(m_offlineBanner->layout())->insertWidget(0, symbol);

    auto *dismissAway = new QPushButton(tr("&Dismiss"), this);
    dismissAway->setObjectName(QStringLiteral("dismissAwayButton"));
    m_awayBanner =
        createBanner(QStringLiteral("awayBanner"), tr("While you were away"), m_awayText, dismissAway);
    m_awayText->setTextFormat(Qt::RichText);
    m_awayText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(dismissAway, &QPushButton::clicked, m_awayBanner, &QWidget::hide);
    connect(m_awayText, &QLabel::linkActivated, this, [this](const QString &link) {
        if (const std::optional<IncidentRef> incident = incidentFromLink(QUrl(link))) {
            showHistory();
            emit historyIncidentRequested(incident->provider, incident->id);
        }
    });

    auto *dismissHistory = new QPushButton(tr("D&ismiss"), this);
    m_historyBanner =
        createBanner(QStringLiteral("historyBanner"), tr("History problem"), m_historyText, dismissHistory);
    connect(dismissHistory, &QPushButton::clicked, m_historyBanner, &QWidget::hide);

    auto *dismissTray = new QPushButton(tr("Dis&miss"), this);
    dismissTray->setObjectName(QStringLiteral("dismissTrayButton"));
    m_trayBanner = createBanner(QStringLiteral("trayBanner"), tr("No system tray"), m_trayText, dismissTray);
    m_trayText->setTextFormat(Qt::PlainText);
    connect(dismissTray, &QPushButton::clicked, m_trayBanner, &QWidget::hide);

    auto *dismissSettings = new QPushButton(tr("Dismi&ss"), this);
    dismissSettings->setObjectName(QStringLiteral("dismissSettingsButton"));
    m_settingsBanner = createBanner(QStringLiteral("settingsBanner"), tr("Settings problem"), m_settingsText,
                                    dismissSettings);
    m_settingsText->setTextFormat(Qt::PlainText);
    connect(dismissSettings, &QPushButton::clicked, m_settingsBanner, &QWidget::hide);

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

QWidget *MainWindow::createBanner(const QString &objectName, const QString &accessibleName, QLabel *&text,
                                  QWidget *button)
{
    auto *banner = new QWidget(this);
    banner->setObjectName(objectName);
    banner->setAccessibleName(accessibleName);
    banner->setAutoFillBackground(true);
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    banner->setPalette(palette);
    auto *layout = new QHBoxLayout(banner);
    text = new QLabel(banner);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text, 1);
    button->setParent(banner);
    layout->addWidget(button, 0, Qt::AlignTop);
    banner->hide();
    return banner;
}

void MainWindow::showAwayDigest(const QString &html)
{
    m_awayText->setText(html);
    m_awayBanner->show();
}

void MainWindow::setSettingsProblem(const QString &message)
{
    m_settingsText->setText(message);
    m_settingsBanner->setVisible(!message.isEmpty());
}

void MainWindow::setHistoryProblem(const QString &message)
{
    m_historyText->setText(message);
    m_historyBanner->setVisible(!message.isEmpty());
}

void MainWindow::setTrayUnavailable(const QString &message)
{
    m_trayText->setText(message);
    m_trayBanner->setVisible(!message.isEmpty());
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
