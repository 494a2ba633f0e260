// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "engine.h"

#include "domain/watchlist.h"
#include "item/gridfiltermodel.h"
#include "item/healthgridmodel.h"
#include "item/incidenthistorymodel.h"
#include "item/incidentlistmodel.h"
#include "item/notificationlogmodel.h"
#include "item/sourcelistmodel.h"
#include "policy/awaytracker.h"
#include "policy/connectivity.h"
#include "policy/healthstate.h"
#include "policy/incidentlog.h"
#include "policy/notificationpolicy.h"
#include "settings/secretstore.h"
#include "store/historystore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace radar {

class AddSourceDialog;
class AppSettings;
class MainWindow;
class SettingsDialog;
class SourceProbe;
class TrayController;
class WelcomeDialog;
struct CellNames;
struct ConfigImport;

/// The composition root of the windowed app: owns the engine (and its io thread), the health
/// state, the models, the window and the tray, and wires them together.
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    /// `secrets` keeps tokens and the proxy password; the OS keychain (per data directory) unless a
    /// test hands in another store.
    DesktopApp(const Options &options, AppSettings &settings, std::unique_ptr<SecretStore> secrets = nullptr,
               QObject *parent = nullptr);
    ~DesktopApp() override;

    /// Returns false, with `error` set, when the sources cannot be loaded.
    bool start(QString &error);

    /// A second launch handed over its command line: come to the front (unless it asked for
    /// --minimized).
    void activate(const Options &options);

    MainWindow *window() const { return m_window.get(); }
    TrayController *tray() const { return m_tray; }
    /// The engine, for benchmarks that follow its refresh cycles.
    Engine &engine() { return m_engine; }
    const Connectivity &connectivity() const { return m_connectivity; }
    /// The history, for tests that wait for what it wrote.
    HistoryStore &history() { return m_history; }
    /// Every notification sent or held back this session, newest first.
    const NotificationLogModel &notificationLog() const { return m_notificationLog; }
    const NotificationPolicy &notificationPolicy() const { return m_policy; }
    /// Opens the settings dialog (tests drive it from here).
    SettingsDialog *showSettings();
    /// The first-run welcome, while it is open.
    WelcomeDialog *welcome() const;
    /// The "add a source" dialog the Sources page opened, while it is open.
    AddSourceDialog *addSourceDialog() const;
    /// Every configured source, enabled or not, with the secrets read so far.
    QList<SourceConfig> configuredSources() const { return m_configured; }
    /// Imports a configuration file as the dialog's Import… does; false, with the problems shown,
    /// when it does not validate (nothing changes then).
    bool importConfig(const QString &path);

protected:
    /// Sees the application's Quit: the window then closes for good instead of hiding to the tray.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySnapshot(const QString &sourceId, const Snapshot &snapshot);
    void applyFailure(const QString &sourceId, const SourceError &error);
    /// Keeps the cells whose reported status changed, for the history's next batch.
    void noteTransitions(const QList<CellTransition> &transitions);
    /// Hands what changed since the last batch to the history, to be written in one transaction.
    void recordHistory(const HealthState::Changes &changes, bool incidentLogChanged);
    void connectHistory();
    void restoreHistoryView();
    void sendHistoryQuery();
    /// The window came back into sight (or the machine woke up): tell what happened meanwhile.
    void windowVisibilityChanged(bool visible);
    /// Asks the notification policy about one poll of a source.
    void observe(const QString &sourceId, const QDateTime &now);
    /// Hands the connectivity's grace (after a sleep, a reconnect) to the policy.
    void syncPolicyHold();
    /// Logs what the policy decided and shows what it sent.
    void deliver(const QList<Notification> &notifications);
    /// Opens what a notification (or a tray menu entry) is about: its first incident, else the window.
    void openIncidents(const QStringList &incidentKeys);
    void connectNotifications();
    void pauseNotifications(QuietLength length);
    void resumeNotifications();
    void snoozeCells(const QList<CellKey> &cells, QuietLength length);
    void snoozeIncident(const QString &incidentKey, QuietLength length);
    void setMuted(const QList<WatchList::Entry> &entries, bool muted);
    void setProviderMuted(const QString &provider, bool muted);
    void applyNotificationRules(const NotificationRules &rules);
    void applySettings();
    /// The configured sources, the network and the theme from the settings; the sources to show
    /// (the command line's, or the enabled configured ones), or nothing with `error` set.
    std::optional<QList<SourceConfig>> loadConfiguration(QString &error);
    void connectSettings();
    /// Asks the keychain for every secret not known yet (once each); each answer joins the engine.
    void loadSecrets();
    void secretRead(const QString &key, const QString &value, const QString &error);
    /// Marks a private source whose secret is not known as failing, with what to do.
    void sayIfSecretMissing(const SourceConfig &source, const QDateTime &now);
    /// Writes (or, for an empty value, removes) a secret the user entered.
    void saveSecret(const QString &key, const QString &value);
    /// What went wrong with the secret under `key`; empty when it is fine again.
    /// What the keychain failed to do with a secret; an empty error clears the key's problem.
    enum class SecretAction { Save, Remove, Read };
    void noteSecretProblem(const QString &key, SecretAction action, const QString &error);
    void updateSettingsBanner();
    /// Saves the sources (secrets the user edited to the keychain) and polls the enabled ones.
    void setConfiguredSources(QList<SourceConfig> sources);
    /// What the engine polls: the enabled sources whose secret is known or which need none, and
    /// nothing while the proxy's password is awaited.
    QList<SourceConfig> pollableSources() const;
    void applyNetwork(NetworkSettings network);
    void showWelcome();
    void addSourceByUrl();
    void exportConfig(const QString &path);
    /// Gives the settings dialog what it edits, and remembers the secrets it was shown.
    void fillSettingsDialog();
    void connectDataPage();
    void applyTrayBehaviour();
    /// The tray's icon and menu for what is shown now, leaving out what the rules mute.
    void updateTray(const QList<SourceState> &sources, const QString &offlineReason, const QDateTime &now);
    /// Asks the platform whether the network is up, and follows its changes, from the first call on.
    void watchNetwork();
    void checkClocks();
    /// Coalesces bursts of results (a refresh of many sources) into one repaint.
    void schedulePublish();
    void publish();
    void toggleWindow();
    void showWindow();
    void quit();
    void saveSession();
    /// Puts back the grid's filters, column mode and watch list from the settings, and keeps them saved.
    void restoreView();
    void saveGridView();
    void setWatched(const QList<WatchList::Entry> &entries, bool watched);
    CellNames cellNames(const CellKey &key) const;

    Options m_options;
    AppSettings &m_settings;
    HealthState m_state;
    HealthGridModel m_gridModel;
    GridFilterModel m_gridFilter {&m_gridModel};
    IncidentLog m_incidentLog;
    IncidentListModel m_incidentModel;
    IncidentHistoryModel m_historyModel;
    SourceListModel m_sourceModel;
    NotificationLogModel m_notificationLog; // before the window, which shows it
    std::unique_ptr<MainWindow> m_window;
    TrayController *m_tray = nullptr;
    Engine m_engine;
    HistoryStore m_history;
    QList<CellStatusReport> m_pendingCells; // reported statuses not handed to the history yet
    QHash<QString, SourceHealth> m_recordedHealth; // by source id, as last handed to the history
    QHash<QString, size_t> m_recordedIncidents; // by incident key: a fingerprint of what was handed over
    AwayTracker m_away;
    QDateTime m_digestAfterRefresh; // UTC: after a long sleep, the digest waits for the refresh
    QDateTime m_lastClockCheck; // UTC
    QTimer m_freshnessTimer;
    QTimer m_heapTrimTimer; // trimHeap() every few minutes
    QTimer m_publishTimer;
    Connectivity m_connectivity;
    QElapsedTimer m_monotonic;
    QDateTime m_lastOfflineProbe; // UTC
    NotificationPolicy m_policy {QDateTime::currentDateTimeUtc()};
    QDateTime m_policyHold; // UTC: the connectivity grace last handed to the policy
    bool m_startGraceOver = false;
    bool m_watchingNetwork = false;
    bool m_quitting = false;
    QStringList m_lastSentIncidents; // what clicking the last notification opens
    SettingsDialog *m_settingsDialog = nullptr;
    std::unique_ptr<SecretStore> m_secrets;
    QList<SourceConfig> m_configured; // every configured source, with the secrets read so far
    QSet<QString> m_secretsPending; // keychain keys asked for and not answered yet
    QSet<QString> m_secretsAsked; // keys asked for (or written) this session: not asked again
    struct SecretProblem
    {
        SecretAction action;
        QString error;
    };
    QMap<QString, SecretProblem> m_secretProblems; // by keychain key: what went wrong, for the banner
    QStringList m_settingsNotes; // a damaged settings file moved aside, unreadable sources
    QHash<QString, QString> m_shownSecrets; // by source id: the values the settings dialog was given
    QString m_shownProxyPassword;
    NetworkSettings m_network; // with the proxy password, once read
    bool m_adHocSources = false; // --source: the configured sources are edited but not polled
    QList<SourceConfig> m_adHocList; // what --source named
    SourceProbe *m_probe = nullptr; // made when the first URL is looked up
    QPointer<AddSourceDialog> m_addSource;
    QPointer<WelcomeDialog> m_welcome;
};

} // namespace radar
