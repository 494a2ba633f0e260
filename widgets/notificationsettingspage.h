// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item/incidentdetails.h"
#include "policy/notificationpolicy.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace radar {

/// The settings dialog's Notifications page: edits NotificationRules (the minimum statuses, what is
/// muted, quiet hours, resolved notices, reminders) and sends a test notification. Mutes are added
/// from the grid's context menu; this page lists them and removes them.
class NotificationSettingsPage : public QWidget
{
    Q_OBJECT
public:
    /// The provider id of an entry of providerList().
    static constexpr int ProviderIdRole = Qt::UserRole + 1;

    explicit NotificationSettingsPage(QWidget *parent = nullptr);

    /// Shows the rules; emits nothing.
    void setRules(const NotificationRules &rules);
    NotificationRules rules() const;

    /// The providers that can be muted, as (id, display name). A muted id that is not among them
    /// stays listed by its id, so that it can still be unmuted.
    void setProviders(const QList<QPair<QString, QString>> &providers);
    /// Names the services and regions of the muted cells ("EC2", "N. Virginia").
    void setCellNamer(CellNamer namer);

    QComboBox *watchedMinimumBox() const { return m_watchedMinimum; }
    QComboBox *otherMinimumBox() const { return m_otherMinimum; }
    QListWidget *providerList() const { return m_providers; }
    QListWidget *mutedCellList() const { return m_mutedCellList; }
    QPushButton *removeMuteButton() const { return m_removeMute; }
    QGroupBox *quietHoursBox() const { return m_quietHours; }
    QTimeEdit *quietFromEdit() const { return m_quietFrom; }
    QTimeEdit *quietToEdit() const { return m_quietTo; }
    /// The check box of a day of the week (Qt::DayOfWeek: 1 is Monday); nullptr outside 1 to 7.
    QCheckBox *quietDayBox(int dayOfWeek) const { return m_quietDays.value(dayOfWeek - 1); }
    QCheckBox *resolvedNoticesBox() const { return m_resolvedNotices; }
    QSpinBox *reminderHoursBox() const { return m_reminderHours; }
    QPushButton *testButton() const { return m_testButton; }

signals:
    /// The user changed a value.
    void changed();
    void testNotificationRequested();

private:
    QWidget *createLevels();
    QWidget *createMutes();
    QWidget *createQuietHours();
    void fillProviders(const QStringList &muted);
    QStringList checkedProviders() const;
    void fillMutedCells();
    void removeSelectedMutes();
    QString providerName(const QString &id) const;
    QString describe(const WatchList::Entry &entry) const;

    QList<QPair<QString, QString>> m_providerNames;
    CellNamer m_cellNamer;
    QStringList m_mutedProviderOrder; // as set: rules() keeps this order for what stays muted
    WatchList m_mutedCells;
    QComboBox *m_watchedMinimum = nullptr;
    QComboBox *m_otherMinimum = nullptr;
    QListWidget *m_providers = nullptr;
    QListWidget *m_mutedCellList = nullptr;
    QPushButton *m_removeMute = nullptr;
    QGroupBox *m_quietHours = nullptr;
    QTimeEdit *m_quietFrom = nullptr;
    QTimeEdit *m_quietTo = nullptr;
    QList<QCheckBox *> m_quietDays; // Monday first
    QCheckBox *m_resolvedNotices = nullptr;
    QSpinBox *m_reminderHours = nullptr;
    QPushButton *m_testButton = nullptr;
};

} // namespace radar
