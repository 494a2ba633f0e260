// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/status.h"

#include <QDateTime>
#include <QMainWindow>

class QAbstractItemModel;
class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTableView;
class QWidget;

namespace radar {

class GridFilterBar;
class GridFilterModel;
class HealthGridView;
class HistoryView;
class IncidentHistoryModel;
class IncidentListModel;
class IncidentPanel;
class NotificationLogView;
class SourceListModel;

/// The models a main window shows, filled by the composition root.
struct MainWindowModels
{
    GridFilterModel *grid = nullptr; // over the HealthGridModel
    IncidentListModel *incidents = nullptr;
    SourceListModel *sources = nullptr;
    IncidentHistoryModel *history = nullptr;
    QAbstractItemModel *notifications = nullptr; // the NotificationLogModel; none: an empty log
};

/// The dashboard window. It only lays out and wires: the models arrive filled by the composition root.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class CloseBehaviour { Quit, HideToTray };

    explicit MainWindow(const MainWindowModels &models, QWidget *parent = nullptr);

    void setCloseBehaviour(CloseBehaviour behaviour) { m_closeBehaviour = behaviour; }
    /// Minimizing hides the window to the tray (emitting hiddenToTray), unless a modal dialog is open.
    void setMinimizeToTray(bool enabled) { m_minimizeToTray = enabled; }
    /// The status bar's summary: the worst status and how many sources are not up to date.
    void setSummary(Status overall, int sourcesNotUpToDate, int sourceCount);
    void setTitleSuffix(const QString &suffix);
    /// Shows or hides the offline banner: `reason` says why (empty when online), `nextAttempt`
    /// when the next try is due.
    void setOffline(const QString &reason, const QDateTime &nextAttempt);
    /// Progress of a refresh of all sources; hidden once `done` reaches `total`.
    void setRefreshProgress(int done, int total);
    /// Shows the "while you were away" banner with this rich text (see awayDigestHtml()).
    void showAwayDigest(const QString &html);
    /// Shows what went wrong with the history file, and what it means; empty hides it.
    void setHistoryProblem(const QString &message);
    /// Says what went wrong with the settings (a damaged file moved aside, a secret the keychain
    /// could not give); empty hides it.
    void setSettingsProblem(const QString &message);
    /// Says that there is no system tray, and what that means; empty hides it.
    void setTrayUnavailable(const QString &message);
    /// Brings the History tab forward.
    void showHistory();
    /// Brings the Notifications tab forward.
    void showNotificationLog();
    /// Selects the incident in the Now tab's list and shows its details. One that is no longer
    /// listed is asked of the history instead (historyIncidentRequested): false then.
    bool showIncident(const QString &provider, const QString &id);

    /// The splitters between the grid, the incident list and the details, for the settings.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &layout);

    HealthGridView *gridView() const { return m_grid; }
    GridFilterBar *filterBar() const { return m_filterBar; }
    IncidentPanel *incidentPanel() const { return m_incidentPanel; }
    QTableView *sourcesView() const { return m_sources; }
    HistoryView *historyView() const { return m_history; }
    NotificationLogView *notificationLogView() const { return m_notificationLog; }
    QTabWidget *tabs() const { return m_tabs; }
    QWidget *offlineBanner() const { return m_offlineBanner; }
    QWidget *awayBanner() const { return m_awayBanner; }
    QWidget *historyBanner() const { return m_historyBanner; }
    QWidget *trayBanner() const { return m_trayBanner; }
    QWidget *settingsBanner() const { return m_settingsBanner; }
    QAction *settingsAction() const { return m_settingsAction; }
    QProgressBar *refreshProgress() const { return m_progress; }

signals:
    void refreshRequested();
    void quitRequested();
    void hiddenToTray();
    void visibilityChanged(bool visible);
    /// A splitter moved or another tab was chosen: saveLayout() has something new to keep.
    void paneLayoutChanged();
    /// An incident link was followed (in the "while you were away" banner): show it from the history.
    void historyIncidentRequested(const QString &provider, const QString &id);
    /// An entry of the notification log was opened: its incidents, as Incident::key().
    void notificationIncidentRequested(const QStringList &incidentKeys);
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void createViewMenu();
    void openIncident(const QString &provider, const QStringList &incidentIds);
    void createSourcesPanel(SourceListModel *sources);
    void createBanners();
    /// The banners' controls that take the focus, top to bottom: first in the keyboard's order.
    QList<QWidget *> bannerControls() const;
    /// A strip across the top of the window for news that should not be missed; hidden at first.
    QWidget *createBanner(const QString &objectName, const QString &accessibleName, QLabel *&text,
                          QWidget *button);

    HealthGridView *m_grid = nullptr;
    GridFilterBar *m_filterBar = nullptr;
    IncidentPanel *m_incidentPanel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    HistoryView *m_history = nullptr;
    NotificationLogView *m_notificationLog = nullptr;
    QTableView *m_sources = nullptr;
    QLabel *m_statusSymbol = nullptr;
    int m_shownSymbol = -1; // what m_statusSymbol shows: a Status, or -2 when offline
    QLabel *m_statusText = nullptr;
    QWidget *m_offlineBanner = nullptr;
    QLabel *m_offlineText = nullptr;
    QWidget *m_awayBanner = nullptr;
    QLabel *m_awayText = nullptr;
    QWidget *m_historyBanner = nullptr;
    QLabel *m_historyText = nullptr;
    QWidget *m_trayBanner = nullptr;
    QLabel *m_trayText = nullptr;
    QWidget *m_settingsBanner = nullptr;
    QLabel *m_settingsText = nullptr;
    QAction *m_settingsAction = nullptr;
    QProgressBar *m_progress = nullptr;
    bool m_offline = false;
    CloseBehaviour m_closeBehaviour = CloseBehaviour::Quit;
    bool m_minimizeToTray = false;
};

} // namespace radar
