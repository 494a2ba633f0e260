// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root's settings side: the configured sources and their secrets, the network, the
// first-run welcome, the settings dialog and sharing the configuration.
#include "desktopapp.h"

#include "autostart.h"
#include "configtransfer.h"
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
#include <QMessageBox>

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

/// Shows a message over `parent` without blocking (tests and the event loop go on); it deletes itself.
void tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
          const QStringList &details = {})
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("configMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty()) {
        box->setInformativeText(details.mid(0, 5).join(u'\n'));
        box->setDetailedText(details.join(u'\n'));
    }
    box->open();
}

QString sourceIdOfKey(const QString &key)
{
    const QString prefix = SecretStore::sourceKey(QString());
    return key.startsWith(prefix) ? key.mid(prefix.size()) : QString();
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

QList<SourceConfig> DesktopApp::pollableSources() const
{
    QList<SourceConfig> sources;
    for (const SourceConfig &source : m_configured) {
        // A private page waits for its secret: asked without it, it would only answer 401.
        if (source.enabled && !m_secretsPending.contains(SecretStore::sourceKey(source.id)))
            sources.append(source);
    }
    return sources;
}

void DesktopApp::loadSecrets()
{
    for (const SourceConfig &source : std::as_const(m_configured)) {
        if (!source.secretHeader.isEmpty() && source.secretValue.isEmpty()) {
            m_secretsPending.insert(SecretStore::sourceKey(source.id));
            m_secrets->read(SecretStore::sourceKey(source.id));
        }
    }
    if (!m_network.proxy.user.isEmpty() && m_network.proxy.password.isEmpty()) {
        m_secretsPending.insert(SecretStore::proxyKey());
        m_secrets->read(SecretStore::proxyKey());
    }
}

void DesktopApp::secretRead(const QString &key, const QString &value, const QString &error)
{
    if (!m_secretsPending.remove(key))
        return; // not asked for (or asked again since): an older answer
    if (!error.isEmpty())
        m_secretProblems.append(tr("A secret could not be read from the keychain (%1): %2").arg(key, error));
    if (key == SecretStore::proxyKey()) {
        m_network.proxy.password = value;
        m_engine.setFetchPolicy(m_network.fetchPolicy());
    } else if (const QString id = sourceIdOfKey(key); !id.isEmpty()) {
        for (SourceConfig &source : m_configured) {
            if (source.id == id)
                source.secretValue = value;
        }
        if (!m_adHocSources)
            m_engine.setSources(pollableSources());
    }
    m_window->setSettingsProblem(m_secretProblems.join(u'\n'));
}

void DesktopApp::saveSecret(const QString &key, const QString &oldValue, const QString &newValue)
{
    if (newValue == oldValue)
        return;
    if (newValue.isEmpty())
        m_secrets->remove(key);
    else
        m_secrets->write(key, newValue);
}

void DesktopApp::setConfiguredSources(const QList<SourceConfig> &sources)
{
    for (const SourceConfig &source : sources) {
        const auto old = std::find_if(m_configured.cbegin(), m_configured.cend(),
                                      [&](const SourceConfig &other) { return other.id == source.id; });
        const QString oldValue = old != m_configured.cend() ? old->secretValue : QString();
        saveSecret(SecretStore::sourceKey(source.id), oldValue,
                   source.secretHeader.isEmpty() ? QString() : source.secretValue);
    }
    for (const SourceConfig &old : std::as_const(m_configured)) {
        const bool kept = std::any_of(sources.cbegin(), sources.cend(),
                                      [&](const SourceConfig &source) { return source.id == old.id; });
        if (!kept && !old.secretValue.isEmpty())
            m_secrets->remove(SecretStore::sourceKey(old.id));
    }
    m_configured = sources;
    m_settings.setSources(sources);
    if (m_adHocSources)
        return; // saved for the next start; this run polls what the command line named
    QList<SourceConfig> shown;
    std::copy_if(sources.cbegin(), sources.cend(), std::back_inserter(shown),
                 [](const SourceConfig &source) { return source.enabled; });
    m_state.setSources(shown);
    m_engine.setSources(pollableSources());
    schedulePublish();
}

void DesktopApp::applyNetwork(const NetworkSettings &network)
{
    if (network == m_network)
        return;
    saveSecret(SecretStore::proxyKey(), m_network.proxy.password,
               network.proxy.user.isEmpty() ? QString() : network.proxy.password);
    m_network = network;
    m_settings.setNetwork(network);
    m_engine.setFetchPolicy(network.fetchPolicy());
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
    m_settingsDialog->generalPage()->setStartAtLoginNote(autostartNote());
    m_settingsDialog->setSources(builtInCatalog().entries, m_configured);
    m_settingsDialog->setSourceStates(m_state.sources());
    m_settingsDialog->setNetwork(m_network);
    m_settingsDialog->setRetentionDays(m_settings.historyRetentionDays());
    m_settingsDialog->notificationPage()->setCellNamer([this](const CellKey &key) { return cellNames(key); });
    QList<QPair<QString, QString>> providers;
    for (const SourceState &source : m_state.sources())
        providers.append({source.config.id, source.providerName});
    m_settingsDialog->setProviders(providers);
    m_settingsDialog->setRules(m_policy.rules());
    showWindow();
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    return m_settingsDialog;
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
    if (!m_probe) {
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
    connect(m_addSource, &QDialog::rejected, m_probe, &SourceProbe::cancel);
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

void DesktopApp::exportConfig(const QString &path)
{
    m_settings.sync();
    const ConfigTransfer::Written written = ConfigTransfer::exportTo(m_settings, path);
    QWidget *parent = m_settingsDialog ? static_cast<QWidget *>(m_settingsDialog) : m_window.get();
    if (written.error.isEmpty())
        tell(parent, QMessageBox::Information, tr("Export Configuration"),
             written.summary + u'\n' + tr("Secrets are not in the file."));
    else
        tell(parent, QMessageBox::Warning, tr("Export Configuration"), written.error);
}

bool DesktopApp::importConfig(const QString &path)
{
    const ConfigTransfer::Read read = ConfigTransfer::readFile(path);
    QWidget *parent = m_settingsDialog ? static_cast<QWidget *>(m_settingsDialog) : m_window.get();
    if (!read.import.ok()) {
        tell(parent, QMessageBox::Warning, tr("Import Configuration"),
             tr("%1 was not imported: %n problem(s) found. Nothing was changed.", nullptr,
                int(read.import.problems.size()))
                 .arg(QDir::toNativeSeparators(path)),
             read.import.problems);
        return false;
    }
    // The sources this user already has keep their secrets; new private ones ask for theirs.
    QList<SourceConfig> sources = read.import.config.sources;
    for (SourceConfig &source : sources) {
        const auto old = std::find_if(m_configured.cbegin(), m_configured.cend(),
                                      [&](const SourceConfig &other) { return other.id == source.id; });
        if (old != m_configured.cend() && old->secretHeader == source.secretHeader)
            source.secretValue = old->secretValue;
    }
    ConfigTransfer::apply(read.import, m_settings);
    setConfiguredSources(sources);
    if (read.import.hasWatchList) {
        m_gridModel.setWatchList(read.import.config.watchList);
        m_policy.setWatchList(read.import.config.watchList);
    }
    if (read.import.hasRules)
        applyNotificationRules(read.import.config.rules);
    m_settings.sync();
    if (m_settingsDialog) {
        m_settingsDialog->setSources(builtInCatalog().entries, m_configured);
        m_settingsDialog->setRules(m_policy.rules());
    }
    tell(parent, QMessageBox::Information, tr("Import Configuration"), ConfigTransfer::summary(read.import));
    return true;
}

} // namespace radar
