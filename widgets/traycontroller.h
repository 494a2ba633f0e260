// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/healthstate.h"
#include "policy/notificationpolicy.h"
#include "statuspainter.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace radar {

/// Everything the tray shows, handed over whole on every change.
struct TrayStatus
{
    Status overall = Status::Unknown; // worst among non-muted cells (the caller filters mutes)
    QList<CellState> problems; // non-muted cells at degraded or worse, any order
    QList<SourceState> sources;
    QString offlineReason; // non-empty: offline
    QDateTime pausedUntil; // UTC; invalid: notifications not paused
    QDateTime now; // UTC, for the age of the data
};

/// The tray icon: its symbol, badge and tooltip tell the worst current status, the open problems
/// and how old the data is; its menu reaches everything. The menu is built even where the desktop
/// has no tray (available() says so), where nothing else is shown. Started with the session, the
/// app may come up before the panel that hosts the tray: without a tray at first, it looks again
/// every few seconds for a while and shows the icon once there is one (trayAvailableChanged()).
class TrayController : public QObject
{
    Q_OBJECT
public:
    static constexpr int problemsInToolTip = 3;
    static constexpr int problemsInMenu = 15;
    /// How often, and how many times, a tray that was missing at the start is looked for again:
    /// every 5 seconds for 3 minutes, long enough for a panel that starts after the app.
    static constexpr int trayCheckIntervalMs = 5000;
    static constexpr int trayChecks = 36;

    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    /// Whether the desktop has a tray now.
    static bool available();
    /// Whether the icon is in the tray: there was a tray at the start, or one came up since.
    bool isShown() const { return m_icon != nullptr; }

    /// Shows `status`: while offline the one offline state, since every source failing then says
    /// nothing about the providers; while no source is fresh, the stale state; otherwise the
    /// overall status with the number of problems.
    void update(const TrayStatus &status);
    /// A balloon with the symbol of `status`; nothing where there is no tray.
    void showMessage(const QString &title, const QString &text, Status status);
    /// A word put before the tooltip and every message's title ("DEMO"), so that no one takes
    /// what this instance shows for the real thing. Empty: none.
    void setLabel(const QString &label);

    QMenu *menu() const { return m_menu.get(); }
    QString toolTip() const { return m_toolTip; }
    QString label() const { return m_label; }
    TrayIconState iconState() const { return m_iconState; }
    bool showsOffline() const { return m_iconState.kind == TrayIconState::Offline; }
    Status shownStatus() const { return m_iconState.status; }
    /// The problems as the tray names them: one per problem (de-duplicated), worst first.
    QList<CellState> problems() const { return m_problems; }

signals:
    void toggleWindowRequested();
    void showWindowRequested();
    void refreshRequested();
    void pauseRequested(radar::QuietLength length);
    void resumeRequested();
    /// The user picked a problem: `incidentKeys` are Incident::key() of its open incidents.
    void problemRequested(const radar::CellKey &cell, const QStringList &incidentKeys);
    void settingsRequested();
    void quitRequested();
    void messageClicked();
    /// The tray came up after the start: the icon is shown now (isShown()). Emitted with true only;
    /// a tray that goes away again is not noticed.
    void trayAvailableChanged(bool available);

private:
    void buildMenu();
    void showIcon();
    void checkTray();
    void rebuildProblemsMenu();
    void updatePauseMenu(const QDateTime &pausedUntil, const QDateTime &now);
    QString makeToolTip(const TrayStatus &status, const QDateTime &now) const;
    QString labelled(const QString &text) const;

    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_pauseMenu = nullptr;
    QAction *m_pausedLine = nullptr;
    QAction *m_resumeAction = nullptr;
    QMenu *m_problemsMenu = nullptr;
    QTimer *m_trayCheck = nullptr;
    int m_trayChecksMade = 0;
    QList<CellState> m_problems;
    QList<CellState> m_problemsInMenu; // what the problems menu shows; m_problems while it is closed
    bool m_problemsMenuOpen = false;
    QString m_toolTip;
    QString m_label;
    TrayIconState m_iconState;
};

} // namespace radar
