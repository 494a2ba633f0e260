// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root's notification side: the policy fed by every poll, what it decides shown
// and logged, the tray, pause, snooze and mutes.
#include "desktopapp.h"

#include "autostart.h"

#include "domain/incident.h"
#include "generalsettingspage.h"
#include "healthgridview.h"
#include "incidentpanel.h"
#include "item/notificationtext.h"
#include "item/statustext.h"
#include "mainwindow.h"
#include "notificationsettingspage.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "traycontroller.h"

#include <QApplication>
#include <QDir>
#include <QStatusBar>

namespace radar {

void DesktopApp::syncPolicyHold()
{
    // After a sleep or with the connection back, sources catch up for a while: the policy waits
    // until then, and tells what still holds.
    if (m_connectivity.quietUntil() == m_policyHold)
        return;
    m_policyHold = m_connectivity.quietUntil();
    if (m_policyHold.isValid())
        m_policy.holdUntil(m_policyHold);
}

void DesktopApp::observe(const QString &sourceId, const QDateTime &now)
{
    syncPolicyHold();
    deliver(m_policy.observe(sourceId, m_state.cellsOf(sourceId), now));
}

void DesktopApp::deliver(const QList<Notification> &notifications)
{
    if (notifications.isEmpty())
        return;
    m_notificationLog.append(notifications);
    // The desktop tells which message was clicked only as "the last one": a click on any of this
    // delivery's messages opens the first incident any of them names.
    QStringList incidentKeys;
    for (const Notification &notification : notifications) {
        if (notification.sent)
            incidentKeys << notification.incidentKeys;
    }
    if (!incidentKeys.isEmpty())
        m_lastSentIncidents = incidentKeys;
    for (const Notification &notification : notifications) {
        if (!notification.sent)
            continue;
        m_tray->showMessage(notificationTitle(notification), notificationBody(notification),
                            notification.status);
    }
}

void DesktopApp::openIncidents(const QStringList &incidentKeys)
{
    showWindow();
    for (const QString &key : incidentKeys) {
        const auto [provider, id] = splitIncidentKey(key);
        if (!provider.isEmpty()) {
            m_window->showIncident(provider, id);
            return;
        }
    }
}

void DesktopApp::connectNotifications()
{
    connect(m_tray, &TrayController::messageClicked, this, [this] { openIncidents(m_lastSentIncidents); });
    connect(m_tray, &TrayController::problemRequested, this,
            [this](const CellKey &, const QStringList &incidentKeys) { openIncidents(incidentKeys); });
    connect(m_tray, &TrayController::pauseRequested, this, &DesktopApp::pauseNotifications);
    connect(m_tray, &TrayController::resumeRequested, this, &DesktopApp::resumeNotifications);
    connect(m_tray, &TrayController::settingsRequested, this, &DesktopApp::showSettings);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &DesktopApp::showSettings);
    connect(m_window.get(), &MainWindow::notificationIncidentRequested, this, &DesktopApp::openIncidents);
    HealthGridView *grid = m_window->gridView();
    connect(grid, &HealthGridView::snoozeRequested, this, &DesktopApp::snoozeCells);
    connect(grid, &HealthGridView::muteRequested, this, &DesktopApp::setMuted);
    connect(grid, &HealthGridView::muteProviderRequested, this, &DesktopApp::setProviderMuted);
    connect(m_window->incidentPanel(), &IncidentPanel::snoozeIncidentRequested, this,
            &DesktopApp::snoozeIncident);
}

void DesktopApp::pauseNotifications(QuietLength length)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime until = m_policy.endOf(length, now);
    m_policy.pause(until);
    m_settings.setNotificationsPausedUntil(until); // a restart does not undo the pause
    m_window->statusBar()->showMessage(tr("Notifications paused until %1").arg(shortLocalTime(until, now)));
    publish();
}

void DesktopApp::resumeNotifications()
{
    m_policy.resume();
    m_settings.setNotificationsPausedUntil(QDateTime());
    m_window->statusBar()->showMessage(tr("Notifications resumed"));
    publish();
}

void DesktopApp::snoozeCells(const QList<CellKey> &cells, QuietLength length)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime until = m_policy.endOf(length, now);
    for (const CellKey &key : cells)
        m_policy.snoozeCell(key, until);
    m_window->statusBar()->showMessage(
        until.isValid()
            ? tr("Notifications about %n cell(s) snoozed until %1", nullptr, int(cells.size()))
                  .arg(shortLocalTime(until, now))
            : tr("Notifications about %n cell(s) snoozed until resolved", nullptr, int(cells.size())));
}

void DesktopApp::snoozeIncident(const QString &incidentKey, QuietLength length)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime until = m_policy.endOf(length, now);
    m_policy.snoozeIncident(incidentKey, until);
    m_window->statusBar()->showMessage(
        until.isValid()
            ? tr("Notifications about this incident snoozed until %1").arg(shortLocalTime(until, now))
            : tr("Notifications about this incident snoozed until it is resolved"));
}

void DesktopApp::setMuted(const QList<WatchList::Entry> &entries, bool muted)
{
    NotificationRules rules = m_policy.rules();
    for (const WatchList::Entry &entry : entries) {
        if (rules.mutedCells.contains(entry) != muted)
            rules.mutedCells.toggle(entry);
    }
    m_settings.setNotificationRules(rules);
    applyNotificationRules(rules);
}

void DesktopApp::setProviderMuted(const QString &provider, bool muted)
{
    NotificationRules rules = m_policy.rules();
    rules.mutedProviders.removeAll(provider);
    if (muted)
        rules.mutedProviders.append(provider);
    m_settings.setNotificationRules(rules);
    applyNotificationRules(rules);
}

void DesktopApp::applyNotificationRules(const NotificationRules &rules)
{
    m_policy.setRules(rules);
    m_window->gridView()->setMutes(rules.mutedCells, rules.mutedProviders);
    // A mute set from the grid while the dialog is open must not be undone by its OK.
    if (m_settingsDialog && m_settingsDialog->isVisible() && m_settingsDialog->rules() != rules)
        m_settingsDialog->setRules(rules);
    schedulePublish(); // the tray leaves out what is muted
}

void DesktopApp::applyTrayBehaviour()
{
    const bool tray = m_tray->isShown();
    const bool hideToTray = tray && m_settings.closeToTray();
    m_window->setCloseBehaviour(hideToTray ? MainWindow::CloseBehaviour::HideToTray
                                           : MainWindow::CloseBehaviour::Quit);
    m_window->setMinimizeToTray(tray && m_settings.minimizeToTray());
    QApplication::setQuitOnLastWindowClosed(!hideToTray);
}

void DesktopApp::updateTray(const QList<SourceState> &sources, const QString &offlineReason,
                            const QDateTime &now)
{
    TrayStatus status;
    status.sources = sources;
    status.offlineReason = offlineReason;
    status.pausedUntil = m_policy.pausedUntil(now);
    status.now = now;
    bool unknown = false;
    // Unknown ranks just below the problems, so this lists the problems and the cells without data.
    for (const CellState &cell : m_state.cellsAtLeast(Status::Unknown)) {
        if (m_policy.isMuted(cell.key))
            continue;
        if (cell.status == Status::Unknown)
            unknown = true;
        else
            status.problems.append(cell);
    }
    Status overall = m_state.overall();
    if (severityRank(overall) >= severityRank(Status::Unknown)) {
        // What is muted does not colour the icon: the worst of the rest.
        overall = unknown ? Status::Unknown : Status::Operational;
        for (const CellState &cell : std::as_const(status.problems))
            overall = worst(overall, cell.status);
    }
    status.overall = overall;
    m_tray->update(status);
}

} // namespace radar
