// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root's settings side: the configured sources and their secrets, the network, the
// first-run welcome and the settings dialog.
#include "desktopapp.h"

#include "autostart.h"
#include "sourceselection.h"

#include "addsourcedialog.h"
#include "datasettingspage.h"
#include "generalsettingspage.h"
#include "mainwindow.h"
#include "net/sourceprobe.h"
#include "notificationsettingspage.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"
#include "settingsdialog.h"
#include "sourcessettingspage.h"
#include "theme.h"
#include "traycontroller.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QDir>

#include <algorithm>

namespace radar {

namespace {

/// Where start at login is registered, or would be.
QString autostartNote()
{
    return autostart::isEnabled()
        ? QCoreApplication::translate("radar::DesktopApp", "Registered in %1").arg(autostart::location())
        : QCoreApplication::translate("radar::DesktopApp", "When on, registered in %1")
              .arg(autostart::location());
}

QString keyOf(const SourceConfig &source)
{
    return SecretStore::sourceKey(source.id, source.url);
}

bool needsSecret(const SourceConfig &source)
{
    return !source.secretHeader.isEmpty();
}

} // namespace

WelcomeDialog *DesktopApp::welcome() const
{
    return m_welcome;
}

AddSourceDialog *DesktopApp::addSourceDialog() const
{
    return m_addSource;
}

std::optional<QList<SourceConfig>> DesktopApp::loadConfiguration(QString &error)
{
    applyTheme(themeFromName(m_settings.theme()));
    if (!m_settings.openingNote().isEmpty())
        m_settingsNotes.append(m_settings.openingNote());
    const std::optional<QList<SourceConfig>> configured = m_settings.sources(&m_settingsNotes);
    m_configured = configured.value_or(builtInCatalog().defaultSources());
    m_network = m_settings.network();
    m_engine.setFetchPolicy(m_network.fetchPolicy());
    const SourceSelection selection = SourceSelection::fromOptions(m_options, m_configured);
    if (!selection.error.isEmpty()) {
        error = selection.error;
        return std::nullopt;
    }
    m_adHocSources = m_options.hasAdHocSources();
    if (m_adHocSources)
        m_adHocList = selection.sources;
    updateSettingsBanner();
    return selection.sources;
}

void DesktopApp::connectSettings()
{
    // What was handed to the history is gone with it: the open incidents, the sources' health and
    // the cells' statuses are handed over again, or the chart and exports would miss them.
    connect(&m_history, &HistoryStore::cleared, this, [this](bool ok) {
        if (!ok)
            return;
        m_recordedIncidents.clear();
        m_recordedHealth.clear();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const CellState &cell : m_state.cells()) {
            if (cell.status != Status::Unknown)
                m_pendingCells.append({cell.key, cell.status, now});
        }
        HealthState::Changes everything;
        everything.all = true;
        recordHistory(everything, true);
    });
    connect(m_secrets.get(), &SecretStore::readFinished, this, &DesktopApp::secretRead);
    connect(m_secrets.get(), &SecretStore::written, this, [this](const QString &key, const QString &error) {
        noteSecretProblem(key, SecretAction::Save, error);
    });
    connect(m_secrets.get(), &SecretStore::removed, this, [this](const QString &key, const QString &error) {
        noteSecretProblem(key, SecretAction::Remove, error);
    });
}

void DesktopApp::noteSecretProblem(const QString &key, SecretAction action, const QString &error)
{
    if (error.isEmpty())
        m_secretProblems.remove(key);
    else
        m_secretProblems.insert(key, {action, error});
    updateSettingsBanner();
}

void DesktopApp::updateSettingsBanner()
{
    // One whole sentence per problem (so that each language can make its verb agree); the same
    // keychain error for many sources is one sentence naming them all.
    QStringList lines = m_settingsNotes;
    QMap<std::pair<int, QString>, QStringList> sourcesByProblem;
    for (auto it = m_secretProblems.cbegin(); it != m_secretProblems.cend(); ++it) {
        const SecretProblem &problem = it.value();
        if (it.key() == SecretStore::proxyKey()) {
            switch (problem.action) {
            case SecretAction::Save:
                lines.append(tr("The proxy password could not be saved in the keychain (%1); it is used "
                                "until Outage Radar quits.")
                                 .arg(problem.error));
                break;
            case SecretAction::Remove:
                lines.append(
                    tr("The proxy password could not be removed from the keychain (%1).").arg(problem.error));
                break;
            case SecretAction::Read:
                lines.append(
                    tr("The proxy password could not be read from the keychain (%1).").arg(problem.error));
                break;
            }
            continue;
        }
        for (const SourceConfig &source : std::as_const(m_configured)) {
            if (keyOf(source) == it.key())
                sourcesByProblem[{int(problem.action), problem.error}].append(source.name);
        }
    }
    for (auto it = sourcesByProblem.cbegin(); it != sourcesByProblem.cend(); ++it) {
        const QString names = it.value().join(QStringLiteral(", "));
        const int count = int(it.value().size());
        const QString &error = it.key().second;
        switch (SecretAction(it.key().first)) {
        case SecretAction::Save:
            lines.append(tr("The secret(s) of %1 could not be saved in the keychain (%2); it is used until "
                            "Outage Radar quits.",
                            nullptr, count)
                             .arg(names, error));
            break;
        case SecretAction::Remove:
            lines.append(
                tr("The secret(s) of %1 could not be removed from the keychain (%2).", nullptr, count)
                    .arg(names, error));
            break;
        case SecretAction::Read:
            lines.append(tr("The secret(s) of %1 could not be read from the keychain (%2).", nullptr, count)
                             .arg(names, error));
            break;
        }
    }
    m_window->setSettingsProblem(lines.join(u'\n'));
}

QList<SourceConfig> DesktopApp::pollableSources() const
{
    // Every fetch waits for the proxy's password: asked without it, the proxy would only answer 407.
    if (m_secretsPending.contains(SecretStore::proxyKey()))
        return {};
    if (m_adHocSources)
        return m_adHocList;
    QList<SourceConfig> sources;
    for (const SourceConfig &source : m_configured) {
        // A private page waits for its secret: asked without it, it would only answer 401.
        if (source.enabled && (!needsSecret(source) || !source.secretValue.isEmpty()))
            sources.append(source);
    }
    return sources;
}

void DesktopApp::loadSecrets()
{
    if (!m_adHocSources) {
        for (const SourceConfig &source : std::as_const(m_configured)) {
            const QString key = keyOf(source);
            if (needsSecret(source) && source.secretValue.isEmpty() && !m_secretsPending.contains(key)
                && !m_secretsAsked.contains(key)) {
                m_secretsPending.insert(key);
                m_secretsAsked.insert(key);
                m_secrets->read(key);
            }
        }
    }
    if (!m_network.proxy.user.isEmpty() && m_network.proxy.password.isEmpty()
        && !m_secretsAsked.contains(SecretStore::proxyKey())) {
        m_secretsPending.insert(SecretStore::proxyKey());
        m_secretsAsked.insert(SecretStore::proxyKey());
        m_secrets->read(SecretStore::proxyKey());
    }
}

void DesktopApp::secretRead(const QString &key, const QString &value, const QString &error)
{
    if (!m_secretsPending.remove(key))
        return; // not asked for, or the user entered a new value meanwhile: an older answer
    noteSecretProblem(key, SecretAction::Read, error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (key == SecretStore::proxyKey()) {
        m_network.proxy.password = value;
        m_engine.setFetchPolicy(m_network.fetchPolicy());
    }
    for (SourceConfig &source : m_configured) {
        if (keyOf(source) != key)
            continue;
        source.secretValue = value;
        if (source.enabled && !m_adHocSources)
            sayIfSecretMissing(source, now);
    }
    m_engine.setSources(pollableSources());
    if (key == SecretStore::proxyKey())
        m_engine.refreshNow(); // everything waited for it
    schedulePublish();
}

void DesktopApp::sayIfSecretMissing(const SourceConfig &source, const QDateTime &now)
{
    // Not polled without it (pollableSources()); the sources panel and the Sources page say what
    // to do. While the keychain has not answered yet, nothing is said.
    if (needsSecret(source) && source.secretValue.isEmpty() && !m_secretsPending.contains(keyOf(source)))
        noteTransitions(m_state.applyFailure(
            source.id,
            {tr("needs its secret (%1 header): enter it in Settings, Sources").arg(source.secretHeader),
             FailureKind::Local},
            now));
}

void DesktopApp::saveSecret(const QString &key, const QString &value)
{
    m_secretsPending.remove(key); // an answer still on its way is older than this
    m_secretsAsked.insert(key);
    if (value.isEmpty())
        m_secrets->remove(key);
    else
        m_secrets->write(key, value);
}

void DesktopApp::setConfiguredSources(QList<SourceConfig> sources)
{
    QSet<QString> keys;
    for (SourceConfig &source : sources) {
        const QString key = keyOf(source);
        keys.insert(key);
        if (!needsSecret(source)) {
            source.secretValue.clear();
            continue;
        }
        // The dialog shows the secrets as they were when it opened: an unchanged field is not an
        // edit (a keychain answer may have arrived since, or the source now points elsewhere and
        // its old token stays behind), a changed one is saved.
        const auto shown = m_shownSecrets.constFind(source.id);
        const bool edited =
            shown == m_shownSecrets.cend() ? !source.secretValue.isEmpty() : *shown != source.secretValue;
        const auto known = std::find_if(m_configured.cbegin(), m_configured.cend(),
                                        [&](const SourceConfig &old) { return keyOf(old) == key; });
        const QString knownValue = known != m_configured.cend() ? known->secretValue : QString();
        if (edited) {
            if (source.secretValue != knownValue)
                saveSecret(key, source.secretValue);
        } else {
            source.secretValue = knownValue;
        }
    }
    // A source removed, re-pointed or no longer private: its secret leaves the keychain.
    for (const SourceConfig &old : std::as_const(m_configured)) {
        if (!old.secretValue.isEmpty() && !keys.contains(keyOf(old)))
            saveSecret(keyOf(old), QString());
    }
    m_configured = sources;
    m_shownSecrets.clear();
    for (const SourceConfig &source : std::as_const(m_configured))
        m_shownSecrets.insert(source.id, source.secretValue);
    m_settings.setSources(sources);
    loadSecrets(); // a source pointed at an origin whose secret the keychain may hold
    if (m_adHocSources)
        return; // saved for the next start; this run polls what the command line named
    const QList<SourceConfig> shownSources = enabledSources(sources);
    m_state.setSources(shownSources);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SourceConfig &source : std::as_const(shownSources))
        sayIfSecretMissing(source, now);
    m_engine.setSources(pollableSources());
    updateSettingsBanner();
    schedulePublish();
}

void DesktopApp::applyNetwork(NetworkSettings network)
{
    const bool edited = network.proxy.password != m_shownProxyPassword;
    if (network.proxy.user.isEmpty()) {
        network.proxy.password.clear();
    } else if (!edited) {
        network.proxy.password = m_network.proxy.password; // not an edit: the keychain's answer stands
    }
    if (network == m_network)
        return;
    if (network.proxy.password != m_network.proxy.password)
        saveSecret(SecretStore::proxyKey(), network.proxy.password);
    m_network = network;
    m_shownProxyPassword = network.proxy.password;
    m_settings.setNetwork(network);
    m_engine.setFetchPolicy(network.fetchPolicy());
    m_engine.setSources(pollableSources()); // a proxy password no longer awaited
}

void DesktopApp::showWelcome()
{
    if (m_welcome)
        return;
    m_welcome = new WelcomeDialog(m_window.get());
    m_welcome->setAttribute(Qt::WA_DeleteOnClose);
    m_welcome->setCatalog(builtInCatalog().entries);
    connect(m_welcome, &QDialog::finished, this, [this] {
        m_settings.setWelcomeDone(true); // taken or skipped, it does not come back by itself
        if (!m_welcome->skipped()) {
            const QStringList chosen = m_welcome->enabledSourceIds();
            QList<SourceConfig> sources;
            for (const CatalogEntry &entry : builtInCatalog().entries) {
                if (chosen.contains(entry.source.id))
                    sources.append(entry.source);
            }
            WatchList watchList = WatchList::fromStrings(m_settings.watchList());
            for (const WatchList::Entry &entry : m_welcome->watchEntries()) {
                if (!watchList.contains(entry))
                    watchList.toggle(entry);
            }
            m_settings.setWatchList(watchList.toStrings());
            m_gridModel.setWatchList(watchList);
            m_policy.setWatchList(watchList);
            setConfiguredSources(sources);
            m_engine.refreshNow();
        }
        m_settings.sync();
    });
    m_welcome->open();
}

SettingsDialog *DesktopApp::showSettings()
{
    if (m_settingsDialog && m_settingsDialog->isVisible()) {
        // Already open: to the front, with what the user typed so far.
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return m_settingsDialog;
    }
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_window.get());
        connect(m_settingsDialog, &SettingsDialog::applied, this, &DesktopApp::applySettings);
        connect(m_settingsDialog, &SettingsDialog::testNotificationRequested, this,
                [this] { deliver({m_policy.testNotification(QDateTime::currentDateTimeUtc())}); });
        connect(m_settingsDialog->sourcesPage(), &SourcesSettingsPage::addByUrlRequested, this,
                &DesktopApp::addSourceByUrl);
        connect(m_settingsDialog, &SettingsDialog::exportConfigRequested, this, &DesktopApp::exportConfig);
        connect(m_settingsDialog, &SettingsDialog::importConfigRequested, this, &DesktopApp::importConfig);
        connectDataPage();
    }
    m_settingsDialog->setGeneral({autostart::isEnabled(), m_settings.startMinimized(),
                                  m_settings.closeToTray(), m_settings.minimizeToTray(),
                                  m_settings.language(), themeFromName(m_settings.theme())});
    m_settingsDialog->generalPage()->setTrayAvailable(m_tray->isShown());
    // Only the languages there is a translation for ("outage-radar_de.qm" in the resources).
    QStringList languages;
    for (const QString &file :
         QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("outage-radar_*.qm")}, QDir::Files))
        languages.append(file.mid(13, file.size() - 16));
    m_settingsDialog->generalPage()->setAvailableLanguages(languages);
    m_settingsDialog->generalPage()->setStartAtLoginNote(autostartNote());
    fillSettingsDialog();
    m_settingsDialog->setNetwork(m_network);
    m_settingsDialog->setRetentionDays(m_settings.historyRetentionDays());
    m_settingsDialog->notificationPage()->setCellNamer([this](const CellKey &key) { return cellNames(key); });
    showWindow();
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    return m_settingsDialog;
}

void DesktopApp::fillSettingsDialog()
{
    m_shownSecrets.clear();
    for (const SourceConfig &source : std::as_const(m_configured))
        m_shownSecrets.insert(source.id, source.secretValue);
    m_shownProxyPassword = m_network.proxy.password;
    m_settingsDialog->setSources(builtInCatalog().entries, m_configured);
    m_settingsDialog->setSourceStates(m_state.sources());
    QList<QPair<QString, QString>> providers;
    for (const SourceState &source : m_state.sources())
        providers.append({source.config.id, source.providerName});
    m_settingsDialog->setProviders(providers);
    m_settingsDialog->setRules(m_policy.rules());
}

void DesktopApp::connectDataPage()
{
    DataSettingsPage *data = m_settingsDialog->dataPage();
    connect(data, &DataSettingsPage::exportRequested, this, [this, data](const QString &path, bool json) {
        data->setBusy(tr("Exporting the history to %1…").arg(QDir::toNativeSeparators(path)));
        m_history.exportHistory(path, json);
    });
    connect(data, &DataSettingsPage::clearRequested, this, [this, data] {
        data->setBusy(tr("Clearing the history…"));
        m_history.clearHistory();
    });
    const auto result = [data](bool ok, const QString &message) {
        data->setResult(message, ok);
    };
    connect(&m_history, &HistoryStore::exportFinished, data, result);
    connect(&m_history, &HistoryStore::cleared, data, result);
}

void DesktopApp::addSourceByUrl()
{
    if (m_addSource) {
        m_addSource->raise();
        m_addSource->activateWindow();
        return;
    }
    // A probe per dialog: it looks up with the network settings of now (proxy, timeouts).
    delete m_probe;
    {
        m_probe = new SourceProbe(m_network.fetchPolicy(), this);
        connect(m_probe, &SourceProbe::progress, this, [this](const QString &message) {
            if (m_addSource)
                m_addSource->showProgress(message);
        });
        connect(m_probe, &SourceProbe::finished, this, [this](const FeedPreview &preview) {
            if (m_addSource)
                m_addSource->showPreview(preview);
        });
    }
    m_addSource = new AddSourceDialog(m_settingsDialog);
    m_addSource->setAttribute(Qt::WA_DeleteOnClose);
    QStringList ids;
    for (const SourceConfig &source : m_settingsDialog->sources())
        ids.append(source.id);
    for (const CatalogEntry &entry : builtInCatalog().entries)
        ids.append(entry.source.id);
    m_addSource->setExistingIds(ids);
    connect(m_addSource, &AddSourceDialog::lookupRequested, m_probe,
            [this](const QUrl &url, FeedKind kind, const QList<QPair<QByteArray, QByteArray>> &headers) {
                m_probe->probe(url, kind, headers);
            });
    connect(m_addSource, &QDialog::accepted, this, [this] {
        if (m_settingsDialog)
            m_settingsDialog->sourcesPage()->addSource(m_addSource->source());
    });
    connect(m_addSource, &QDialog::finished, m_probe, &SourceProbe::cancel);
    m_addSource->open();
}

void DesktopApp::applySettings()
{
    const GeneralSettings general = m_settingsDialog->general();
    m_settings.setStartMinimized(general.startMinimized);
    m_settings.setCloseToTray(general.closeToTray);
    m_settings.setMinimizeToTray(general.minimizeToTray);
    m_settings.setLanguage(general.language);
    if (themeName(general.theme) != m_settings.theme()) {
        m_settings.setTheme(themeName(general.theme));
        applyTheme(general.theme);
    }
    applyTrayBehaviour();
    if (general.startAtLogin != autostart::isEnabled()) {
        // The entry starts this profile: the same data directory, out of sight.
        QStringList arguments {QStringLiteral("--minimized")};
        if (!m_options.dataDir.isEmpty())
            arguments << QStringLiteral("--data-dir") << QDir(m_options.dataDir).absolutePath();
        QString error;
        const bool done = general.startAtLogin
            ? autostart::enable(QCoreApplication::applicationFilePath(), arguments, error)
            : autostart::disable(error);
        m_settingsDialog->generalPage()->setStartAtLoginNote(
            done ? autostartNote() : tr("Could not change the start at login: %1").arg(error));
    }
    const QList<SourceConfig> sources = m_settingsDialog->sources();
    if (sources != m_configured)
        setConfiguredSources(sources);
    applyNetwork(m_settingsDialog->network());
    if (m_settingsDialog->retentionDays() != m_settings.historyRetentionDays()) {
        m_settings.setHistoryRetentionDays(m_settingsDialog->retentionDays());
        m_history.setRetentionDays(m_settingsDialog->retentionDays());
    }
    const NotificationRules rules = m_settingsDialog->rules();
    m_settings.setNotificationRules(rules);
    applyNotificationRules(rules);
    m_settings.sync();
}

} // namespace radar
