// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root's side of sharing a configuration: the settings dialog's Export… and
// Import…, through the same ConfigTransfer as the headless --export-config and --import-config.
#include "desktopapp.h"

#include "configtransfer.h"
#include "sourceselection.h"

#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"

#include <QDir>
#include <QMessageBox>

namespace radar {

namespace {

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

} // namespace

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
    // Secrets stay with their source and origin (SecretStore::sourceKey): a source the file points
    // elsewhere asks for its own; the ones unchanged keep theirs.
    m_shownSecrets.clear();
    ConfigTransfer::apply(read.import, m_settings);
    setConfiguredSources(read.import.config.sources);
    if (read.import.hasWatchList) {
        m_gridModel.setWatchList(read.import.config.watchList);
        m_policy.setWatchList(read.import.config.watchList);
    }
    if (read.import.hasRules)
        applyNotificationRules(read.import.config.rules);
    m_settings.sync();
    if (m_settingsDialog)
        fillSettingsDialog();
    tell(parent, QMessageBox::Information, tr("Import Configuration"), ConfigTransfer::summary(read.import));
    return true;
}

} // namespace radar
