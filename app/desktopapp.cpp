// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopapp.h"

#include "sourceselection.h"

#include "mainwindow.h"
#include "settings/appsettings.h"
#include "traycontroller.h"

#include <QApplication>

#include <algorithm>

namespace radar {

namespace {
// How often freshness is re-checked, so old data turns unknown even when nothing arrives.
constexpr std::chrono::seconds freshnessCheck {15};
} // namespace

DesktopApp::DesktopApp(const Options &options, AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings)
    , m_window(std::make_unique<MainWindow>(&m_gridModel, &m_sourceModel))
    , m_tray(new TrayController(this))
{
    connect(&m_engine, &Engine::snapshotReady, this, &DesktopApp::applySnapshot);
    connect(&m_engine, &Engine::sourceFailed, this, &DesktopApp::applyFailure);
    connect(&m_engine, &Engine::nextAttemptScheduled, this, [this](const QString &id, const QDateTime &when) {
        m_state.setNextAttempt(id, when);
        m_sourceModel.setSources(m_state.sources());
    });
    connect(&m_freshnessTimer, &QTimer::timeout, this, [this] {
        m_state.reevaluate(QDateTime::currentDateTimeUtc());
        publish();
    });

    connect(m_window.get(), &MainWindow::refreshRequested, &m_engine, &Engine::refreshNow);
    connect(m_window.get(), &MainWindow::quitRequested, this, &DesktopApp::quit);
    connect(m_window.get(), &MainWindow::visibilityChanged, m_tray, &TrayController::setWindowVisible);
    connect(m_window.get(), &MainWindow::hiddenToTray, this, [this] {
        if (m_settings.trayHintShown())
            return;
        m_tray->showMessage(
            tr("Outage Radar is still running"),
            tr("It keeps watching from the tray. Use the tray menu to open it again or to quit."));
        m_settings.setTrayHintShown(true);
    });
    connect(m_tray, &TrayController::toggleWindowRequested, this, &DesktopApp::toggleWindow);
    connect(m_tray, &TrayController::showWindowRequested, this, &DesktopApp::showWindow);
    connect(m_tray, &TrayController::refreshRequested, &m_engine, &Engine::refreshNow);
    connect(m_tray, &TrayController::quitRequested, this, &DesktopApp::quit);

    const bool hideToTray = TrayController::available() && m_settings.closeToTray();
    m_window->setCloseBehaviour(hideToTray ? MainWindow::CloseBehaviour::HideToTray
                                           : MainWindow::CloseBehaviour::Quit);
    QApplication::setQuitOnLastWindowClosed(!hideToTray);
    // However the app ends (menu, tray, last window, a termination signal), the session is saved.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DesktopApp::saveSession);
}

DesktopApp::~DesktopApp()
{
    m_engine.shutDown();
}

bool DesktopApp::start(QString &error)
{
    const SourceSelection selection = SourceSelection::fromOptions(m_options);
    if (!selection.error.isEmpty()) {
        error = selection.error;
        return false;
    }
    m_state.setSources(selection.sources);
    publish();

    m_window->restoreGeometry(m_settings.windowGeometry());
    m_window->restoreState(m_settings.windowState());
    if (!m_options.minimized) {
        m_window->show();
    } else if (!TrayController::available()) {
        qWarning("outage-radar: no system tray here, so --minimized starts the window minimized instead");
        m_window->showMinimized();
    }

    m_engine.setSources(selection.sources);
    m_engine.start();
    m_freshnessTimer.start(freshnessCheck);
    return true;
}

void DesktopApp::applySnapshot(const QString &sourceId, const Snapshot &snapshot)
{
    m_state.applySnapshot(sourceId, snapshot, QDateTime::currentDateTimeUtc());
    publish();
}

void DesktopApp::applyFailure(const QString &sourceId, const SourceError &error)
{
    m_state.applyFailure(sourceId, error, QDateTime::currentDateTimeUtc());
    publish();
}

void DesktopApp::publish()
{
    const QList<CellState> cells = m_state.cells();
    const QList<SourceState> sources = m_state.sources();
    m_gridModel.setCells(cells);
    m_sourceModel.setSources(sources);
    const auto notUpToDate = std::count_if(sources.cbegin(), sources.cend(), [](const SourceState &source) {
        return source.health == SourceHealth::Failing || source.health == SourceHealth::Stale;
    });
    m_window->setSummary(m_state.overall(), int(notUpToDate), int(sources.size()));
    m_tray->update(m_state.overall(), cells, sources);
}

void DesktopApp::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized())
        m_window->hide();
    else
        showWindow();
}

void DesktopApp::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void DesktopApp::quit()
{
    QCoreApplication::quit();
}

void DesktopApp::saveSession()
{
    m_settings.setWindowGeometry(m_window->saveGeometry());
    m_settings.setWindowState(m_window->saveState());
    m_settings.sync();
    m_engine.shutDown();
}

} // namespace radar
