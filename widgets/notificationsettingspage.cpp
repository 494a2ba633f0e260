// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationsettingspage.h"

#include "formlabels.h"

#include "item/statustext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace radar {

namespace {

constexpr int providerIdRole = NotificationSettingsPage::ProviderIdRole;
constexpr int mutedEntryRole = Qt::UserRole + 2; // index into the WatchList's entries

/// The statuses a minimum can be, least alarming first.
constexpr Status minimumChoices[] = {Status::Informational, Status::Maintenance, Status::Degraded,
                                     Status::PartialOutage, Status::MajorOutage};

QComboBox *minimumBox(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    for (const Status status : minimumChoices) {
        box->addItem(status == Status::MajorOutage
                         ? NotificationSettingsPage::tr("Major outages only")
                         : NotificationSettingsPage::tr("%1 or worse", "a status").arg(statusText(status)),
                     int(status));
    }
    return box;
}

void selectStatus(QComboBox *box, Status status)
{
    const int index = box->findData(int(status));
    // A status no choice stands for (unknown, operational) would notify about everything or
    // nothing: the default choice is the safer reading.
    box->setCurrentIndex(index >= 0 ? index : box->findData(int(Status::Degraded)));
}

QTimeEdit *timeEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

/// Delete on the muted list removes the selected mutes, like the button next to it.
class DeleteKeyFilter : public QObject
{
public:
    DeleteKeyFilter(QPushButton *button, QObject *parent)
        : QObject(parent)
        , m_button(button)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete
            && m_button->isEnabled()) {
            m_button->click();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPushButton *m_button;
};

} // namespace

NotificationSettingsPage::NotificationSettingsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("notificationSettingsPage"));
    m_testButton = new QPushButton(tr("Send a &test notification"), this);
    m_testButton->setObjectName(QStringLiteral("testNotificationButton"));
    m_testButton->setToolTip(tr("Shows a notification now, the way a real one would appear, to check "
                                "that your desktop lets them through."));
    connect(m_testButton, &QPushButton::clicked, this, &NotificationSettingsPage::testNotificationRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createLevels());
    layout->addWidget(createMutes(), 1);
    layout->addWidget(createQuietHours());
    layout->addWidget(m_testButton, 0, Qt::AlignLeft);
    setRules(NotificationRules());
}

QWidget *NotificationSettingsPage::createLevels()
{
    auto *group = new QGroupBox(tr("When to notify"), this);
    m_watchedMinimum =
        minimumBox(QStringLiteral("watchedMinimumBox"), tr("Minimum status for watched services"), group);
    m_watchedMinimum->setToolTip(tr("Services, regions and cells you starred in the grid notify from this "
                                    "status on."));
    m_otherMinimum =
        minimumBox(QStringLiteral("otherMinimumBox"), tr("Minimum status for other services"), group);
    m_otherMinimum->setToolTip(tr("Everything you did not star notifies from this status on."));

    m_resolvedNotices = new QCheckBox(tr("Tell me when a problem is &resolved"), group);
    m_resolvedNotices->setObjectName(QStringLiteral("resolvedNoticesBox"));
    m_resolvedNotices->setToolTip(tr("One more notification when everything a notification was about is "
                                     "back below its minimum."));

    m_reminderHours = new QSpinBox(group);
    m_reminderHours->setObjectName(QStringLiteral("reminderHoursBox"));
    m_reminderHours->setAccessibleName(tr("Reminder for major outages still open, in hours"));
    m_reminderHours->setRange(0, 168);
    m_reminderHours->setSpecialValueText(tr("Off"));
    m_reminderHours->setSuffix(tr(" h", "hours"));
    m_reminderHours->setToolTip(tr("A reminder of a major outage that is still open this many hours "
                                   "later. Off: no reminders."));

    auto *form = new QFormLayout(group);
    form->addRow(buddyLabel(tr("&Watched services from:"), m_watchedMinimum, group), m_watchedMinimum);
    form->addRow(buddyLabel(tr("Other ser&vices from:"), m_otherMinimum, group), m_otherMinimum);
    form->addRow(m_resolvedNotices);
    form->addRow(buddyLabel(tr("Re&mind me of major outages still open after:"), m_reminderHours, group),
                 m_reminderHours);

    connect(m_watchedMinimum, &QComboBox::currentIndexChanged, this, &NotificationSettingsPage::changed);
    connect(m_otherMinimum, &QComboBox::currentIndexChanged, this, &NotificationSettingsPage::changed);
    connect(m_resolvedNotices, &QCheckBox::toggled, this, &NotificationSettingsPage::changed);
    connect(m_reminderHours, &QSpinBox::valueChanged, this, &NotificationSettingsPage::changed);
    return group;
}

QWidget *NotificationSettingsPage::createMutes()
{
    auto *group = new QGroupBox(tr("Never notify about"), this);
    m_providers = new QListWidget(group);
    m_providers->setObjectName(QStringLiteral("mutedProviderList"));
    m_providers->setAccessibleName(tr("Muted providers"));
    m_providers->setAccessibleDescription(tr("Checked providers never notify; Space checks or unchecks"));
    m_providers->setToolTip(
        tr("Nothing from a checked provider is notified; it is still shown in the grid."));

    m_mutedCellList = new QListWidget(group);
    m_mutedCellList->setObjectName(QStringLiteral("mutedCellList"));
    m_mutedCellList->setAccessibleName(tr("Muted services and regions"));
    m_mutedCellList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_mutedCellList->setAccessibleDescription(
        tr("Services, regions and cells that never notify; Delete notifies about the selected ones again"));
    m_removeMute = new QPushButton(tr("R&emove"), group);
    m_removeMute->setObjectName(QStringLiteral("removeMuteButton"));
    m_removeMute->setToolTip(tr("Notify about the selected services and regions again"));
    m_removeMute->setEnabled(false);
    m_mutedCellList->installEventFilter(new DeleteKeyFilter(m_removeMute, m_mutedCellList));

    auto *providerPane = new QVBoxLayout;
    providerPane->addWidget(buddyLabel(tr("&Providers:"), m_providers, group));
    providerPane->addWidget(m_providers, 1);
    auto *cellPane = new QVBoxLayout;
    cellPane->addWidget(buddyLabel(tr("Services, re&gions and cells:"), m_mutedCellList, group));
    cellPane->addWidget(m_mutedCellList, 1);
    auto *cellButtons = new QHBoxLayout;
    cellButtons->addWidget(
        hintLabel(tr("To mute more, right-click a cell of the grid (or press the Menu key there)."), group),
        1);
    cellButtons->addWidget(m_removeMute, 0, Qt::AlignTop);
    cellPane->addLayout(cellButtons);
    auto *layout = new QHBoxLayout(group);
    layout->addLayout(providerPane, 2);
    layout->addLayout(cellPane, 3);

    connect(m_providers, &QListWidget::itemChanged, this, &NotificationSettingsPage::changed);
    connect(m_mutedCellList, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeMute->setEnabled(!m_mutedCellList->selectedItems().isEmpty()); });
    connect(m_removeMute, &QPushButton::clicked, this, &NotificationSettingsPage::removeSelectedMutes);
    return group;
}

QWidget *NotificationSettingsPage::createQuietHours()
{
    m_quietHours = new QGroupBox(tr("&Quiet hours"), this);
    m_quietHours->setObjectName(QStringLiteral("quietHoursBox"));
    m_quietHours->setCheckable(true);
    m_quietHours->setToolTip(tr("No notifications in this period, except a major outage of something you "
                                "watch. What happened is told when the period ends."));
    m_quietFrom = timeEdit(QStringLiteral("quietFromEdit"), tr("Quiet hours start"), m_quietHours);
    m_quietTo = timeEdit(QStringLiteral("quietToEdit"), tr("Quiet hours end"), m_quietHours);
    m_quietFrom->setToolTip(tr("When the quiet period starts, on each day checked below"));
    m_quietTo->setToolTip(tr("When the quiet period ends; before the start, it ends the next day"));

    auto *times = new QHBoxLayout;
    times->addWidget(buddyLabel(tr("&From"), m_quietFrom, m_quietHours));
    times->addWidget(m_quietFrom);
    times->addWidget(buddyLabel(tr("u&ntil"), m_quietTo, m_quietHours));
    times->addWidget(m_quietTo);
    times->addStretch(1);

    auto *days = new QHBoxLayout;
    days->addWidget(new QLabel(tr("Starting on:"), m_quietHours));
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), m_quietHours);
        box->setObjectName(QStringLiteral("quietDay%1").arg(day));
        box->setAccessibleName(
            tr("Quiet hours starting on %1").arg(locale.dayName(day, QLocale::LongFormat)));
        box->setToolTip(
            tr("Checked: a quiet period starts on %1").arg(locale.dayName(day, QLocale::LongFormat)));
        connect(box, &QCheckBox::toggled, this, &NotificationSettingsPage::changed);
        m_quietDays.append(box);
        days->addWidget(box);
    }
    days->addStretch(1);

    auto *layout = new QVBoxLayout(m_quietHours);
    layout->addLayout(times);
    layout->addLayout(days);
    layout->addWidget(hintLabel(tr("A quiet period belongs to the day it starts: 22:00 on Friday until "
                                   "07:00 on Saturday is Friday's."),
                                m_quietHours));

    connect(m_quietHours, &QGroupBox::toggled, this, &NotificationSettingsPage::changed);
    connect(m_quietFrom, &QTimeEdit::timeChanged, this, &NotificationSettingsPage::changed);
    connect(m_quietTo, &QTimeEdit::timeChanged, this, &NotificationSettingsPage::changed);
    return m_quietHours;
}

void NotificationSettingsPage::setRules(const NotificationRules &rules)
{
    const QSignalBlocker blocker(this);
    const NotificationRules defaults;
    selectStatus(m_watchedMinimum, rules.watchedMinimum);
    selectStatus(m_otherMinimum, rules.otherMinimum);
    m_mutedProviderOrder = rules.mutedProviders;
    fillProviders(rules.mutedProviders);
    m_mutedCells = rules.mutedCells;
    fillMutedCells();
    m_quietHours->setChecked(rules.quietHours);
    m_quietFrom->setTime(rules.quietFrom.isValid() ? rules.quietFrom : defaults.quietFrom);
    m_quietTo->setTime(rules.quietTo.isValid() ? rules.quietTo : defaults.quietTo);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_quietDays[day - 1]->setChecked(rules.quietDays.contains(day));
    m_resolvedNotices->setChecked(rules.resolvedNotices);
    m_reminderHours->setValue(rules.reminderHours);
}

NotificationRules NotificationSettingsPage::rules() const
{
    NotificationRules rules;
    rules.watchedMinimum = Status(m_watchedMinimum->currentData().toInt());
    rules.otherMinimum = Status(m_otherMinimum->currentData().toInt());
    rules.mutedProviders = checkedProviders();
    rules.mutedCells = m_mutedCells;
    rules.quietHours = m_quietHours->isChecked();
    rules.quietFrom = m_quietFrom->time();
    rules.quietTo = m_quietTo->time();
    rules.quietDays.clear();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (m_quietDays[day - 1]->isChecked())
            rules.quietDays.append(day);
    }
    rules.resolvedNotices = m_resolvedNotices->isChecked();
    rules.reminderHours = m_reminderHours->value();
    return rules;
}

void NotificationSettingsPage::setProviders(const QList<QPair<QString, QString>> &providers)
{
    const QStringList muted = checkedProviders();
    m_providerNames = providers;
    const QSignalBlocker blocker(this);
    fillProviders(muted);
    fillMutedCells();
}

void NotificationSettingsPage::setCellNamer(CellNamer namer)
{
    m_cellNamer = std::move(namer);
    fillMutedCells();
}

void NotificationSettingsPage::fillProviders(const QStringList &muted)
{
    QList<QPair<QString, QString>> shown = m_providerNames;
    for (const QString &id : muted) {
        const bool known =
            std::any_of(shown.cbegin(), shown.cend(),
                        [&id](const QPair<QString, QString> &provider) { return provider.first == id; });
        if (!known)
            shown.append({id, id});
    }
    const QString current =
        m_providers->currentItem() ? m_providers->currentItem()->data(providerIdRole).toString() : QString();
    m_providers->clear();
    for (const auto &[id, name] : std::as_const(shown)) {
        auto *item = new QListWidgetItem(name.isEmpty() ? id : name, m_providers);
        item->setData(providerIdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(muted.contains(id) ? Qt::Checked : Qt::Unchecked);
        if (id == current)
            m_providers->setCurrentItem(item);
    }
}

QStringList NotificationSettingsPage::checkedProviders() const
{
    QStringList checked;
    for (int row = 0; row < m_providers->count(); ++row) {
        const QListWidgetItem *item = m_providers->item(row);
        if (item->checkState() == Qt::Checked)
            checked.append(item->data(providerIdRole).toString());
    }
    // What stays muted keeps the order it came in; what is new follows in the list's order.
    QStringList ordered;
    for (const QString &id : m_mutedProviderOrder) {
        if (checked.contains(id))
            ordered.append(id);
    }
    for (const QString &id : std::as_const(checked)) {
        if (!ordered.contains(id))
            ordered.append(id);
    }
    return ordered;
}

void NotificationSettingsPage::fillMutedCells()
{
    m_mutedCellList->clear();
    const QList<WatchList::Entry> entries = m_mutedCells.entries();
    for (int index = 0; index < entries.size(); ++index) {
        auto *item = new QListWidgetItem(describe(entries[index]), m_mutedCellList);
        item->setData(mutedEntryRole, index);
    }
    if (entries.isEmpty()) {
        auto *none = new QListWidgetItem(tr("Nothing is muted"), m_mutedCellList);
        none->setFlags(Qt::NoItemFlags);
    }
    m_removeMute->setEnabled(false);
}

void NotificationSettingsPage::removeSelectedMutes()
{
    const QList<WatchList::Entry> entries = m_mutedCells.entries();
    const QList<QListWidgetItem *> selected = m_mutedCellList->selectedItems();
    if (selected.isEmpty())
        return;
    const int firstRow = m_mutedCellList->row(selected.first());
    for (const QListWidgetItem *item : selected)
        m_mutedCells.toggle(entries.value(item->data(mutedEntryRole).toInt()));
    fillMutedCells();
    // The keyboard stays in the list, on the entry that took the removed one's place.
    if (!m_mutedCells.isEmpty()) {
        m_mutedCellList->setCurrentRow(qMin(firstRow, m_mutedCellList->count() - 1));
        m_mutedCellList->setFocus();
    }
    emit changed();
}

QString NotificationSettingsPage::providerName(const QString &id) const
{
    for (const auto &[providerId, name] : m_providerNames) {
        if (providerId == id && !name.isEmpty())
            return name;
    }
    return id;
}

QString NotificationSettingsPage::describe(const WatchList::Entry &entry) const
{
    const QString provider = providerName(entry.key.provider);
    const CellNames names = m_cellNamer ? m_cellNamer(entry.key) : CellNames();
    const QString region = names.region.isEmpty() ? entry.key.region : names.region;
    if (entry.scope == WatchList::Scope::Region)
        return tr("%1 in %2: every service", "provider, region").arg(provider, region);
    if (entry.key.isProviderSummary()) {
        return entry.scope == WatchList::Scope::Service
            ? tr("%1 as a whole: every region", "provider").arg(provider)
            : tr("%1 as a whole in %2", "provider, region").arg(provider, region);
    }
    const QString service = names.service.isEmpty() ? entry.key.service : names.service;
    if (entry.scope == WatchList::Scope::Service)
        return tr("%1 %2: every region", "provider, service").arg(provider, service);
    return tr("%1 %2 in %3", "provider, service, region").arg(provider, service, region);
}

} // namespace radar
