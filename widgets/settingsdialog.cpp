// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "notificationsettingspage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
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
    m_pageList->addItem(
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("General")));
    m_pageList->addItem(new QListWidgetItem(
        QIcon::fromTheme(QStringLiteral("preferences-desktop-notification")), tr("Notifications")));
    m_pageList->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_pageList->setFixedWidth(m_pageList->sizeHintForColumn(0) + 2 * m_pageList->frameWidth() + 24);

    // Made in keyboard order (the page list, the page, the buttons): the order of Tab.
    m_general = new GeneralSettingsPage(this);
    m_notifications = new NotificationSettingsPage(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(scrolling(m_general, m_pages));
    m_pages->addWidget(scrolling(m_notifications, m_pages));
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);

    connect(m_general, &GeneralSettingsPage::changed, this, &SettingsDialog::updateApplyButton);
    connect(m_notifications, &NotificationSettingsPage::changed, this, &SettingsDialog::updateApplyButton);
    connect(m_notifications, &NotificationSettingsPage::testNotificationRequested, this,
            &SettingsDialog::testNotificationRequested);

    setMinimumSize(600, 440);
    resize(780, 690);
    setGeneral(GeneralSettings());
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
    apply();
    QDialog::accept();
}

void SettingsDialog::reject()
{
    m_general->setValues(m_appliedGeneral);
    m_notifications->setRules(m_appliedRules);
    updateApplyButton();
    QDialog::reject();
}

void SettingsDialog::apply()
{
    m_appliedGeneral = general();
    m_appliedRules = rules();
    updateApplyButton();
    emit applied();
}

void SettingsDialog::updateApplyButton()
{
    m_buttons->button(QDialogButtonBox::Apply)
        ->setEnabled(general() != m_appliedGeneral || rules() != m_appliedRules);
}

} // namespace radar
