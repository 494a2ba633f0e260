// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "datasettingspage.h"
#include "networksettingspage.h"
#include "notificationsettingspage.h"
#include "sourcessettingspage.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace radar {

namespace {

/// A page that may be taller than the dialog scrolls instead of squeezing its lists.
QScrollArea *scrolling(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // Tab goes to the page's fields, never to the area; it scrolls to the field that has the focus.
    area->setFocusPolicy(Qt::NoFocus);
    return area;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Outage Radar Settings"));

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("settingsPageList"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setAccessibleDescription(tr("The up and down arrow keys show another page of settings"));
    m_pageList->addItem(
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("General")));
    m_pageList->addItem(
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("network-server")), tr("Sources")));
    m_pageList->addItem(new QListWidgetItem(
        QIcon::fromTheme(QStringLiteral("preferences-desktop-notification")), tr("Notifications")));
    m_pageList->addItem(
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("network-wired")), tr("Network")));
    m_pageList->addItem(new QListWidgetItem(QIcon::fromTheme(QStringLiteral("drive-harddisk")), tr("Data")));
    m_pageList->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_pageList->setFixedWidth(m_pageList->sizeHintForColumn(0) + 2 * m_pageList->frameWidth() + 24);

    // Made in keyboard order (the page list, the page, the buttons): the order of Tab.
    m_general = new GeneralSettingsPage(this);
    m_sources = new SourcesSettingsPage(this);
    m_notifications = new NotificationSettingsPage(this);
    m_network = new NetworkSettingsPage(this);
    m_data = new DataSettingsPage(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(scrolling(m_general, m_pages));
    m_pages->addWidget(m_sources); // its table scrolls by itself
    m_pages->addWidget(scrolling(m_notifications, m_pages));
    m_pages->addWidget(scrolling(m_network, m_pages));
    m_pages->addWidget(scrolling(m_data, m_pages));
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(tr("Applies the changes and closes the settings (Enter)"));
    m_buttons->button(QDialogButtonBox::Apply)
        ->setToolTip(tr("Applies the changes and keeps the settings open"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Closes the settings and forgets the changes not applied (Escape)"));
    // Sharing the configuration with a team: beside the dialog's own buttons, on every page.
    auto *exportButton = m_buttons->addButton(tr("E&xport Configuration…"), QDialogButtonBox::ResetRole);
    exportButton->setObjectName(QStringLiteral("exportConfigButton"));
    exportButton->setToolTip(tr("Save the sources, watch list and notification rules as a file a team can "
                                "share. Secrets are never included."));
    auto *importButton = m_buttons->addButton(tr("&Import Configuration…"), QDialogButtonBox::ResetRole);
    importButton->setObjectName(QStringLiteral("importConfigButton"));
    importButton->setToolTip(
        tr("Replace the sources, watch list and notification rules with those in a file. "
           "The file is checked first; nothing changes if any of it is wrong."));
    connect(exportButton, &QPushButton::clicked, this, &SettingsDialog::chooseExportFile);
    connect(importButton, &QPushButton::clicked, this, &SettingsDialog::chooseImportFile);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);

    connect(m_general, &GeneralSettingsPage::changed, this, &SettingsDialog::updateApplyButton);
    connect(m_sources, &SourcesSettingsPage::changed, this, &SettingsDialog::updateApplyButton);
    connect(m_network, &NetworkSettingsPage::changed, this, &SettingsDialog::updateApplyButton);
    connect(m_data, &DataSettingsPage::changed, this, &SettingsDialog::updateApplyButton);
    connect(m_notifications, &NotificationSettingsPage::changed, this, &SettingsDialog::updateApplyButton);
    connect(m_notifications, &NotificationSettingsPage::testNotificationRequested, this,
            &SettingsDialog::testNotificationRequested);

    setMinimumSize(600, 440);
    resize(860, 690);
    setGeneral(GeneralSettings());
    setSources({}, {});
    setNetwork(NetworkSettings());
    setRetentionDays(365);
    setRules(NotificationRules());
    showPage(Page::General);
}

void SettingsDialog::setGeneral(const GeneralSettings &values)
{
    m_general->setValues(values);
    m_appliedGeneral = m_general->values();
    updateApplyButton();
}

GeneralSettings SettingsDialog::general() const
{
    return m_general->values();
}

void SettingsDialog::setSources(const QList<CatalogEntry> &catalog, const QList<SourceConfig> &sources)
{
    m_sources->setCatalog(catalog);
    m_sources->setSources(sources);
    m_appliedSources = m_sources->sources();
    updateApplyButton();
}

QList<SourceConfig> SettingsDialog::sources() const
{
    return m_sources->sources();
}

void SettingsDialog::setSourceStates(const QList<SourceState> &states)
{
    m_sources->setSourceStates(states);
}

void SettingsDialog::setNetwork(const NetworkSettings &network)
{
    m_network->setValues(network);
    m_appliedNetwork = m_network->values();
    updateApplyButton();
}

NetworkSettings SettingsDialog::network() const
{
    return m_network->values();
}

void SettingsDialog::setRetentionDays(int days)
{
    m_data->setRetentionDays(days);
    m_appliedRetention = m_data->retentionDays();
    updateApplyButton();
}

int SettingsDialog::retentionDays() const
{
    return m_data->retentionDays();
}

void SettingsDialog::setRules(const NotificationRules &rules)
{
    m_notifications->setRules(rules);
    m_appliedRules = m_notifications->rules();
    updateApplyButton();
}

NotificationRules SettingsDialog::rules() const
{
    return m_notifications->rules();
}

void SettingsDialog::setProviders(const QList<QPair<QString, QString>> &providers)
{
    m_notifications->setProviders(providers);
}

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::reject()
{
    m_general->setValues(m_appliedGeneral);
    m_sources->setSources(m_appliedSources);
    m_notifications->setRules(m_appliedRules);
    m_network->setValues(m_appliedNetwork);
    m_data->setRetentionDays(m_appliedRetention);
    updateApplyButton();
    QDialog::reject();
}

bool SettingsDialog::apply()
{
    // Nothing half-valid is applied, and the dialog stays open with what the user typed: the page
    // with the problem comes up and says what to fix.
    const QString networkProblem = m_network->validationError();
    if (!networkProblem.isEmpty()) {
        showPage(Page::Network);
        m_network->setFocus();
        return false;
    }
    m_appliedGeneral = general();
    m_appliedSources = sources();
    m_appliedNetwork = network();
    m_appliedRetention = retentionDays();
    m_appliedRules = rules();
    updateApplyButton();
    emit applied();
    return true;
}

bool SettingsDialog::modified() const
{
    return general() != m_appliedGeneral || sources() != m_appliedSources || network() != m_appliedNetwork
        || retentionDays() != m_appliedRetention || rules() != m_appliedRules;
}

void SettingsDialog::updateApplyButton()
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(modified());
}

void SettingsDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Configuration"),
                                                      QStringLiteral("outage-radar-config.json"),
                                                      tr("Outage Radar configuration (*.json)"));
    if (!path.isEmpty())
        exportConfigTo(path);
}

void SettingsDialog::chooseImportFile()
{
    if (modified()
        && QMessageBox::question(this, tr("Import Configuration"),
                                 tr("Changes not applied yet are replaced by the imported configuration. "
                                    "Import anyway?"),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Configuration"), QString(),
                                     tr("Outage Radar configuration (*.json);;All files (*)"));
    if (!path.isEmpty())
        importConfigFrom(path);
}

} // namespace radar
