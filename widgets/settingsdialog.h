// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generalsettingspage.h"

#include "policy/notificationpolicy.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QDialogButtonBox;
class QListWidget;
class QStackedWidget;

namespace radar {

class NotificationSettingsPage;

/// The settings: a list of pages beside the chosen page, OK, Apply and Cancel. It holds the values
/// it was given and what the user made of them; applied() tells the composition root to read and
/// save them. Cancel (or Escape) puts back what was last given or applied.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { General, Notifications };

    explicit SettingsDialog(QWidget *parent = nullptr);

    void setGeneral(const GeneralSettings &values);
    GeneralSettings general() const;
    void setRules(const NotificationRules &rules);
    NotificationRules rules() const;
    /// The providers the Notifications page can mute, as (id, display name).
    void setProviders(const QList<QPair<QString, QString>> &providers);

    void showPage(Page page);
    Page currentPage() const;

    GeneralSettingsPage *generalPage() const { return m_general; }
    NotificationSettingsPage *notificationPage() const { return m_notifications; }
    QListWidget *pageList() const { return m_pageList; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;
    void reject() override;

signals:
    /// OK or Apply: general() and rules() hold what to keep.
    void applied();
    void testNotificationRequested();

private:
    void apply();
    void updateApplyButton();

    GeneralSettings m_appliedGeneral;
    NotificationRules m_appliedRules; // as the page reads them back, so that unchanged compares equal
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    GeneralSettingsPage *m_general = nullptr;
    NotificationSettingsPage *m_notifications = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace radar
