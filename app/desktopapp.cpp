// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopapp.h"

#include "desktoprun.h"
#include "keychainsecretstore.h"

#include "healthgridview.h"
#include "historyview.h"
#include "incidentpanel.h"
#include "item/awaydigesttext.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "traycontroller.h"

#include <QApplication>
#include <QFileInfo>
#include <QNetworkInformation>

#include <algorithm>
#include <cstdio>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace radar {

namespace {

/// Display names by source (provider) id, for the lists that show incidents.
QHash<QString, QString> providerNamesOf(const QList<SourceState> &sources)
{
    QHash<QString, QString> names;
    for (const SourceState &source : sources)
        names.insert(source.config.id, source.providerName);
    return names;
}

// How often freshness is re-checked, so old data turns unknown even when nothing arrives, and how
// soon after waking from sleep a refresh starts.
constexpr std::chrono::seconds freshnessCheck {10};
// When freed memory goes back to the system: after the start-up's burst, then now and again.
constexpr std::chrono::seconds firstHeapTrim {15};
constexpr std::chrono::minutes heapTrimEvery {10};

/// A tray app runs all day: glibc keeps what was freed (the start-up's parsing, a refresh of
/// thousands of cells) in its heaps for reuse, and a resident size that only grows is what people
/// see in their task manager. Hands it back; elsewhere the allocator decides.
void trimHeap()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
// Results arriving within this are shown together: a refresh of a thousand sources is a few
// repaints, not a thousand.
constexpr std::chrono::milliseconds publishDelay {100};
constexpr std::chrono::seconds offlineProbe {60};
} // namespace

DesktopApp::DesktopApp(const Options &options, AppSettings &settings, std::unique_ptr<SecretStore> secrets,
                       QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings)
    , m_window(std::make_unique<MainWindow>(MainWindowModels {&m_gridFilter, &m_incidentModel, &m_sourceModel,
                                                              &m_historyModel, &m_notificationLog}))
    , m_tray(new TrayController(this))
{
    // Secrets per data directory: a --data-dir profile (and every test) has keychain entries of its own.
    m_secrets = secrets
        ? std::move(secrets)
        : std::make_unique<KeychainSecretStore>(QFileInfo(settings.filePath()).absolutePath());
    connectSettings();
    connect(&m_engine, &Engine::snapshotReady, this, &DesktopApp::applySnapshot);
    connect(&m_engine, &Engine::sourceFailed, this, &DesktopApp::applyFailure);
    connect(&m_engine, &Engine::sourceUnchanged, this, [this](const QString &id) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<CellTransition> transitions = m_state.applyUnchanged(id, now);
        noteTransitions(transitions);
        // "Not modified" with no cell moved and no change awaiting its confirming poll is no news
        // to the policy (its clocks run on the 10 s tick): an idle app's polls then cost almost nothing.
        if (!transitions.isEmpty() || m_policy.hasPendingChanges() || !m_startGraceOver)
            observe(id, now);
        schedulePublish();
    });
    connect(&m_engine, &Engine::cycleFinished, this, [this] {
        // The first refresh is the baseline: what it found was not news, but one summary tells
        // what is already wrong.
        if (!std::exchange(m_startGraceOver, true))
            deliver(m_policy.endStartGrace(QDateTime::currentDateTimeUtc()));
        // After a long sleep the digest waits for this refresh, so it holds what the feeds say
        // happened during the sleep.
        if (m_digestAfterRefresh.isValid()) {
            publish(); // the refresh's batch goes to the history ahead of the question
            m_history.requestDigest(std::exchange(m_digestAfterRefresh, QDateTime()));
        }
    });
    connect(&m_engine, &Engine::nextAttemptScheduled, this, [this](const QString &id, const QDateTime &when) {
        m_state.setNextAttempt(id, when);
        schedulePublish();
    });
    connect(&m_engine, &Engine::refreshProgress, m_window.get(), &MainWindow::setRefreshProgress);
    connect(&m_freshnessTimer, &QTimer::timeout, this, &DesktopApp::checkClocks);
    connect(&m_heapTrimTimer, &QTimer::timeout, this, &trimHeap);
    m_publishTimer.setSingleShot(true);
    m_publishTimer.setInterval(publishDelay);
    connect(&m_publishTimer, &QTimer::timeout, this, &DesktopApp::publish);

    connect(m_window.get(), &MainWindow::refreshRequested, &m_engine, &Engine::refreshNow);
    connect(m_window->gridView(), &HealthGridView::watchRequested, this, &DesktopApp::setWatched);
    m_window->incidentPanel()->setCellNamer([this](const CellKey &key) { return cellNames(key); });
    connect(m_window.get(), &MainWindow::quitRequested, this, &DesktopApp::quit);
    connect(m_window.get(), &MainWindow::visibilityChanged, this, &DesktopApp::windowVisibilityChanged);
    connectHistory();
    connectNotifications();
    qApp->installEventFilter(this);
    connect(m_window.get(), &MainWindow::hiddenToTray, this, [this] {
        if (m_quitting || m_settings.trayHintShown())
            return;
        m_tray->showMessage(
            tr("Outage Radar is still running"),
            tr("It keeps watching from the tray. Use the tray menu to open it again or to quit."),
            m_state.overall());
        m_settings.setTrayHintShown(true);
    });
    connect(m_tray, &TrayController::toggleWindowRequested, this, &DesktopApp::toggleWindow);
    connect(m_tray, &TrayController::showWindowRequested, this, &DesktopApp::showWindow);
    connect(m_tray, &TrayController::refreshRequested, &m_engine, &Engine::refreshNow);
    connect(m_tray, &TrayController::quitRequested, this, &DesktopApp::quit);
    // A panel that starts after the app (autostart at login): from then on it is a tray app.
    connect(m_tray, &TrayController::trayAvailableChanged, this, [this] {
        applyTrayBehaviour();
        m_window->setTrayUnavailable(QString());
    });

    applyTrayBehaviour();
    if (!m_tray->isShown())
        m_window->setTrayUnavailable(
            tr("No system tray was found, so Outage Radar runs as a normal window: "
               "closing it quits, and notifications show only in the Notifications tab."));
    // However the app ends (menu, tray, last window, a termination signal), the session is saved.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DesktopApp::saveSession);
}

DesktopApp::~DesktopApp()
{
    m_engine.shutDown();
}

bool DesktopApp::start(QString &error)
{
    const std::optional<QList<SourceConfig>> shown = loadConfiguration(error);
    if (!shown)
        return false;
    m_state.setSources(*shown);
    if (m_options.demo) {
        // Said everywhere the app speaks, so a screenshot or a notification is never taken for real.
        //: Marks the window title, the tray's tooltip and every notification of the demo (--demo)
        const QString demo = tr("DEMO");
        m_window->setTitleSuffix(demo);
        m_tray->setLabel(demo);
    }
    QString historyError;
    const QString historyPath = historyFilePath(m_options, historyError);
    if (historyPath.isEmpty())
        m_window->setHistoryProblem(
            tr("The history cannot be kept: %1. This session keeps it in memory only.").arg(historyError));
    else
        m_history.open(historyPath, m_settings.historyRetentionDays());
    publish();

    restoreView();
    restoreHistoryView(); // after the watch list, which "watched only" needs
    applyNotificationRules(m_settings.notificationRules());
    const QDateTime pausedUntil = m_settings.notificationsPausedUntil();
    if (pausedUntil > QDateTime::currentDateTimeUtc())
        m_policy.pause(pausedUntil);
    m_window->restoreGeometry(m_settings.windowGeometry());
    m_window->restoreState(m_settings.windowState());
    m_window->restoreLayout(m_settings.paneLayout());
    connect(m_window.get(), &MainWindow::paneLayoutChanged, this,
            [this] { m_settings.setPaneLayout(m_window->saveLayout()); });
    const bool minimized = m_options.minimized || m_settings.startMinimized();
    if (minimized) // out of sight from the start: a digest is due when it is first shown
        m_away.windowHidden(QDateTime::currentDateTimeUtc());
    if (!minimized) {
        m_window->show();
    } else if (!m_tray->isShown()) {
        std::fputs("outage-radar: no system tray here, so the window starts minimized instead of hidden\n",
                   stderr);
        m_window->showMinimized();
    }

    loadSecrets();
    m_engine.setSources(pollableSources());
    m_engine.start();
    // A newcomer picks what they depend on; the defaults poll meanwhile. Not over --source (the
    // command line chose) nor when starting out of sight.
    if (!m_settings.welcomeDone() && !m_adHocSources && !minimized)
        QTimer::singleShot(0, this, &DesktopApp::showWelcome);
    m_monotonic.start();
    checkClocks();
    m_freshnessTimer.start(freshnessCheck);
    QTimer::singleShot(firstHeapTrim, this, [this] {
        trimHeap();
        m_heapTrimTimer.start(heapTrimEvery);
    });
    return true;
}

void DesktopApp::applySnapshot(const QString &sourceId, const Snapshot &snapshot)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    noteTransitions(m_state.applySnapshot(sourceId, snapshot, now));
    observe(sourceId, now);
    schedulePublish();
}

void DesktopApp::applyFailure(const QString &sourceId, const SourceError &error)
{
    watchNetwork(); // before the failure counts: the platform may already know the network is down
    const QDateTime now = QDateTime::currentDateTimeUtc();
    noteTransitions(m_state.applyFailure(sourceId, error, now));
    observe(sourceId, now); // its cells are unknown now: nothing waiting may be confirmed on old data
    schedulePublish();
}

void DesktopApp::noteTransitions(const QList<CellTransition> &transitions)
{
    for (const CellTransition &transition : transitions) {
        // A cell turning unknown did not change: its source went quiet. The history keeps what
        // providers said, and skips a status it already holds when the cell comes back.
        if (transition.to != Status::Unknown)
            m_pendingCells.append({transition.key, transition.to, transition.at});
    }
}

void DesktopApp::watchNetwork()
{
    // Where the platform can tell (NetworkManager here, the OS elsewhere), its verdict counts at once;
    // without a backend the offline verdict rests on the sources alone. Asked from the first failed
    // fetch on, not at the start: while every source answers the sources say all there is to say,
    // and loading the backends (all of Qt's plugins: GLib's GIO and D-Bus here) took 8 ms of the
    // start-up and 2.9 MB of memory for an app that may never see the network fail.
    if (std::exchange(m_watchingNetwork, true))
        return;
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    const auto apply = [this](QNetworkInformation::Reachability reachability) {
        using R = QNetworkInformation::Reachability;
        const auto verdict = reachability == R::Disconnected ? Connectivity::Reachability::Offline
            : reachability == R::Online                      ? Connectivity::Reachability::Online
                                                             : Connectivity::Reachability::Unknown;
        if (m_connectivity.setReachability(verdict, QDateTime::currentDateTimeUtc()))
            m_engine.refreshNow(); // the connection is back: do not wait for each source's timer
        schedulePublish();
    };
    QNetworkInformation *information = QNetworkInformation::instance();
    connect(information, &QNetworkInformation::reachabilityChanged, this, apply);
    // Another network (Wi-Fi to cable, a VPN): what failed may work now, and the reverse.
    connect(information, &QNetworkInformation::transportMediumChanged, &m_engine, &Engine::refreshNow);
    apply(information->reachability());
}

void DesktopApp::checkClocks()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime lastCheck = std::exchange(m_lastClockCheck, now);
    // After a sleep, every source's data is old at once: refresh now instead of showing a wall of
    // unknown until each timer fires, and let the catching up pass quietly.
    if (m_connectivity.checkForSleep(now, m_monotonic.elapsed())) {
        if (const std::optional<QDateTime> since = m_away.slept(lastCheck, now))
            m_digestAfterRefresh = *since;
        m_engine.refreshNow();
    } else if (m_connectivity.isOffline() && m_lastOfflineProbe.isValid()
               && m_lastOfflineProbe.secsTo(now) >= offlineProbe.count()) {
        // Sources back off to 15 minutes; while offline every one is tried each minute instead, so
        // coming back is seen at once even where the system cannot tell (no network backend).
        // Nothing is hammered: these servers cannot be reached.
        m_lastOfflineProbe = now;
        m_engine.refreshNow();
    }
    const QList<CellTransition> transitions = m_state.reevaluate(now);
    noteTransitions(transitions);
    // Sources whose data got too old: the policy must know their cells are unknown now.
    QSet<QString> wentQuiet;
    for (const CellTransition &transition : transitions) {
        if (transition.to == Status::Unknown)
            wentQuiet.insert(transition.key.provider);
    }
    for (const QString &sourceId : std::as_const(wentQuiet))
        observe(sourceId, now);
    syncPolicyHold();
    deliver(m_policy.tick(now));
    schedulePublish();
}

void DesktopApp::schedulePublish()
{
    if (!m_publishTimer.isActive())
        m_publishTimer.start();
}

void DesktopApp::publish()
{
    m_publishTimer.stop();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<SourceState> sources = m_state.sources();
    if (m_connectivity.updateSources(sources, now) && m_connectivity.isOffline())
        m_lastOfflineProbe = now; // the first probe a minute from now
    // Only the sources that changed are pushed to the grid, so a refresh of a thousand sources
    // costs the GUI thread what changed, not the whole grid each time.
    const HealthState::Changes changes = m_state.takeChanges();
    bool updated = !changes.all;
    for (qsizetype i = 0; updated && i < changes.sources.size(); ++i)
        updated = m_gridModel.updateProvider(changes.sources[i], m_state.cellsOf(changes.sources[i]));
    if (!updated) {
        m_gridModel.setCells(m_state.cells());
    } else {
        for (const QString &aged : changes.aged) {
            const auto source = std::find_if(sources.cbegin(), sources.cend(),
                                             [&](const SourceState &each) { return each.config.id == aged; });
            if (source != sources.cend())
                m_gridModel.ageProvider(aged, source->status.lastSuccess);
        }
    }
    m_sourceModel.setSources(sources);
    if (m_settingsDialog && m_settingsDialog->isVisible())
        m_settingsDialog->setSourceStates(sources);
    // Incidents come only with snapshots; other publishes (a next-attempt time, the 10 s clock) just
    // move the list's durations on.
    bool incidentLogChanged = false;
    if (changes.all || !changes.sources.isEmpty()) {
        const QHash<QString, QString> providerNames = providerNamesOf(sources);
        m_incidentModel.setProviderNames(providerNames);
        m_window->historyView()->setProviderNames(providerNames);
        incidentLogChanged = m_incidentLog.update(m_state.incidents(), now);
    }
    recordHistory(changes, incidentLogChanged);
    m_incidentModel.setEntries(m_incidentLog.entries(), now);
    QDateTime nextAttempt;
    for (const SourceState &source : sources) {
        if (source.status.nextAttempt.isValid()
            && (!nextAttempt.isValid() || source.status.nextAttempt < nextAttempt))
            nextAttempt = source.status.nextAttempt;
    }
    // While offline the minute's probe comes first, whatever each source's back-off says.
    if (m_connectivity.isOffline() && m_lastOfflineProbe.isValid()) {
        const QDateTime probe = m_lastOfflineProbe.addSecs(offlineProbe.count());
        if (!nextAttempt.isValid() || probe < nextAttempt)
            nextAttempt = probe;
    }
    const QString offlineReason = m_connectivity.reason();
    m_window->setOffline(offlineReason, nextAttempt);
    const auto notUpToDate = std::count_if(sources.cbegin(), sources.cend(), [](const SourceState &source) {
        return source.health == SourceHealth::Failing || source.health == SourceHealth::Stale;
    });
    const Status overall = m_state.overall();
    m_window->setSummary(overall, int(notUpToDate), int(sources.size()));
    updateTray(sources, offlineReason, now);
}

void DesktopApp::recordHistory(const HealthState::Changes &changes, bool incidentLogChanged)
{
    HistoryBatch batch;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Only what is new or changed since it was last handed over: sources are marked changed on a
    // "not modified" answer or a failure too, and a feed lists hundreds of past incidents.
    const QDateTime retained = now.addDays(-m_settings.historyRetentionDays());
    const auto offer = [&](const Incident &incident) {
        if (incident.resolvedAt.isValid() && incident.resolvedAt < retained)
            return; // past what the history keeps: it would be pruned again
        const size_t fingerprint =
            qHashMulti(0, incident.title, int(incident.severity), int(incident.state), incident.startedAt,
                       incident.resolvedAt, incident.updates.size(),
                       incident.updates.isEmpty() ? QDateTime() : incident.updates.last().at,
                       incident.affected.size(), incident.url);
        size_t &recorded = m_recordedIncidents[incident.key()];
        if (recorded != fingerprint) {
            recorded = fingerprint;
            batch.incidents.append(incident);
        }
    };
    if (changes.all || !changes.sources.isEmpty()) {
        const QSet<QString> changed(changes.sources.cbegin(), changes.sources.cend());
        for (const Incident &incident : m_state.incidents()) {
            if (changes.all || changed.contains(incident.provider))
                offer(incident);
        }
    }
    // Incidents a feed stopped listing while open (Azure drops resolved items) ended then, as
    // far as anyone can tell; the history closes them too.
    if (incidentLogChanged) {
        for (const IncidentLog::Entry &entry : m_incidentLog.entries()) {
            if (!entry.noLongerListed)
                continue;
            Incident ended = entry.incident;
            ended.state = IncidentState::Resolved;
            offer(ended);
        }
    }
    batch.cells = std::exchange(m_pendingCells, {});
    for (const SourceState &source : m_state.sources()) {
        if (source.health == SourceHealth::Pending)
            continue;
        const auto recorded = m_recordedHealth.find(source.config.id);
        const bool first = recorded == m_recordedHealth.end();
        if (!first && *recorded == source.health)
            continue;
        // A source that starts fine is no event; one that starts failing, and every change after, is.
        if (!first || source.health != SourceHealth::Fresh) {
            batch.sourceEvents.append(
                {source.config.id, source.health,
                 source.health == SourceHealth::Failing ? source.status.lastError : QString(), now});
        }
        m_recordedHealth.insert(source.config.id, source.health);
    }
    if (!batch.isEmpty())
        m_history.record(batch);
}

void DesktopApp::connectHistory()
{
    HistoryView *view = m_window->historyView();
    view->setCellNamer([this](const CellKey &key) { return cellNames(key); });
    connect(&m_history, &HistoryStore::opened, this, [this](const QString &filePath, const QString &problem) {
        m_window->setHistoryProblem(problem);
        if (!problem.isEmpty())
            qWarning("outage-radar: %s (%s)", qPrintable(problem), qPrintable(filePath));
    });
    connect(&m_history, &HistoryStore::storageProblem, m_window.get(), &MainWindow::setHistoryProblem);
    connect(&m_history, &HistoryStore::summaryReady, &m_historyModel, &IncidentHistoryModel::setSummary);
    connect(view, &HistoryView::queryChanged, this, [this](HistoryRange range, const HistoryFilter &filter) {
        m_settings.setHistoryView(
            {historyRangeName(range), filter.provider, filter.service, filter.region, filter.watchedOnly});
        sendHistoryQuery();
    });
    connect(view, &HistoryView::bucketRequested, &m_history, &HistoryStore::requestBar);
    connect(&m_history, &HistoryStore::barReady, view, &HistoryView::setBucketIncidents);
    connect(view, &HistoryView::incidentRequested, &m_history, &HistoryStore::requestIncident);
    connect(m_window.get(), &MainWindow::historyIncidentRequested, &m_history,
            &HistoryStore::requestIncident);
    connect(&m_history, &HistoryStore::incidentReady, view, &HistoryView::showIncident);
    connect(&m_history, &HistoryStore::incidentMissing, this, [this] {
        m_window->historyView()->setExportResult(tr("That incident is no longer in the history."));
    });
    connect(view, &HistoryView::exportRequested, this, [this](const QString &path, bool json) {
        m_window->historyView()->setExportResult(tr("Exporting…"));
        m_history.exportHistory(path, json);
    });
    connect(&m_history, &HistoryStore::exportFinished, view,
            [view](bool, const QString &message) { view->setExportResult(message); });
    connect(&m_history, &HistoryStore::digestReady, this, [this](const AwayDigest &digest) {
        if (digest.isEmpty())
            return; // nothing happened: no banner to dismiss
        m_window->showAwayDigest(awayDigestHtml(digest, providerNamesOf(m_state.sources())));
    });
}

void DesktopApp::restoreHistoryView()
{
    const HistoryViewSettings saved = m_settings.historyView();
    m_window->historyView()->setQuery(historyRangeFromName(saved.range).value_or(HistoryRange::Month),
                                      {saved.provider, saved.service, saved.region, saved.watchedOnly});
    sendHistoryQuery();
}

void DesktopApp::sendHistoryQuery()
{
    const HistoryView *view = m_window->historyView();
    m_history.setQuery(view->range(), view->filter(), m_gridModel.watchList());
}

void DesktopApp::windowVisibilityChanged(bool visible)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!visible) {
        m_away.windowHidden(now);
        return;
    }
    if (const std::optional<QDateTime> since = m_away.windowShown(now)) {
        publish();
        m_history.requestDigest(*since);
    }
}

bool DesktopApp::eventFilter(QObject *watched, QEvent *event)
{
    // (An application-wide filter sees every event: the cheap test comes first.)
    // Qt closes every window before it quits, and gives up quitting when one refuses: a window
    // that hides to the tray must close for good now.
    if (event->type() == QEvent::Quit && watched == qApp && !m_quitting) {
        m_quitting = true;
        m_window->setCloseBehaviour(MainWindow::CloseBehaviour::Quit);
    }
    return QObject::eventFilter(watched, event);
}

void DesktopApp::activate(const Options &options)
{
    if (!options.minimized)
        showWindow();
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
    if (m_quitting)
        return; // the window closing because the app quits
    QCoreApplication::quit();
}

void DesktopApp::restoreView()
{
    const GridViewSettings view = m_settings.gridView();
    m_gridModel.setColumnMode(view.geography ? HealthGridModel::ColumnMode::Geography
                                             : HealthGridModel::ColumnMode::ProviderRegions);
    m_gridFilter.setFilter({view.search, view.problemsOnly, view.watchedOnly, view.hiddenProviders});
    m_gridFilter.setCollapsedProviders(view.collapsedProviders);
    QStringList rejected;
    m_gridModel.setWatchList(WatchList::fromStrings(m_settings.watchList(), &rejected));
    m_policy.setWatchList(m_gridModel.watchList());
    for (const QString &entry : std::as_const(rejected))
        qWarning("outage-radar: ignoring the unreadable watch list entry \"%s\" in %s", qPrintable(entry),
                 qPrintable(m_settings.filePath()));
    // Every change is saved as it happens, so a crash loses none of it.
    connect(&m_gridFilter, &GridFilterModel::filterChanged, this, &DesktopApp::saveGridView);
    connect(&m_gridFilter, &GridFilterModel::collapsedChanged, this, &DesktopApp::saveGridView);
    connect(&m_gridModel, &HealthGridModel::columnModeChanged, this, &DesktopApp::saveGridView);
}

void DesktopApp::saveGridView()
{
    const GridFilterModel::Filter filter = m_gridFilter.filter();
    m_settings.setGridView({m_gridModel.columnMode() == HealthGridModel::ColumnMode::Geography, filter.search,
                            filter.problemsOnly, filter.watchedOnly, filter.hiddenProviders,
                            m_gridFilter.collapsedProviders()});
}

void DesktopApp::setWatched(const QList<WatchList::Entry> &entries, bool watched)
{
    // The grid model holds the one watch list; this edits and saves it.
    WatchList watchList = m_gridModel.watchList();
    for (const WatchList::Entry &entry : entries) {
        if (watchList.contains(entry) != watched)
            watchList.toggle(entry);
    }
    m_gridModel.setWatchList(watchList);
    m_policy.setWatchList(watchList); // watched cells notify from a lower minimum
    m_settings.setWatchList(watchList.toStrings());
    if (m_window->historyView()->filter().watchedOnly)
        sendHistoryQuery();
}

CellNames DesktopApp::cellNames(const CellKey &key) const
{
    // A cell the grid does not show (yet) is named by the details pane from ids and the region catalog.
    const std::optional<CellState> cell = m_gridModel.cell(key);
    if (!cell)
        return {};
    return {key.isProviderSummary() ? cell->providerName : cell->serviceName, cell->regionName};
}

void DesktopApp::saveSession()
{
    m_settings.setPaneLayout(m_window->saveLayout());
    m_settings.setWindowGeometry(m_window->saveGeometry());
    m_settings.setWindowState(m_window->saveState());
    m_settings.sync();
    m_engine.shutDown();
    // The engine has stopped: the last results are in; write them before the history thread ends.
    publish();
    m_history.shutDown();
}

} // namespace radar
