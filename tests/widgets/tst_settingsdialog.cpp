// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog and its pages, driven through their real child widgets.
#include "datasettingspage.h"
#include "generalsettingspage.h"
#include "networksettingspage.h"
#include "notificationsettingspage.h"
#include "settingsdialog.h"
#include "sourcessettingspage.h"

#include "settings/appsettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace radar;

namespace {

const CellKey ec2 {QStringLiteral("aws"), QStringLiteral("ec2"), QStringLiteral("us-east-1")};

// Every rule away from its default, so that a field the dialog or the settings drop shows.
NotificationRules unusualRules()
{
    NotificationRules rules;
    rules.watchedMinimum = Status::Maintenance;
    rules.otherMinimum = Status::MajorOutage;
    rules.mutedProviders = {QStringLiteral("github"), QStringLiteral("aws")};
    rules.mutedCells.toggle(WatchList::service(QStringLiteral("aws"), QStringLiteral("s3")));
    rules.mutedCells.toggle(WatchList::region(QStringLiteral("gcp"), QStringLiteral("europe-north1")));
    rules.mutedCells.toggle(WatchList::cell(ec2));
    rules.quietHours = true;
    rules.quietFrom = QTime(23, 15);
    rules.quietTo = QTime(6, 45);
    rules.quietDays = {1, 3, 5};
    rules.resolvedNotices = false;
    rules.reminderHours = 12;
    return rules;
}

const QList<QPair<QString, QString>> providers {{QStringLiteral("aws"), QStringLiteral("AWS")},
                                                {QStringLiteral("github"), QStringLiteral("GitHub")},
                                                {QStringLiteral("gcp"), QStringLiteral("Google Cloud")}};

template<typename T>
T *child(const QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

QListWidgetItem *providerItem(const QListWidget *list, const QString &id)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(NotificationSettingsPage::ProviderIdRole).toString() == id)
            return list->item(row);
    }
    return nullptr;
}

// A check box spans its row: its middle may be beyond its text, where a click does nothing.
void clickBox(QCheckBox *box)
{
    QVERIFY(box);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

QPushButton *button(const SettingsDialog &dialog, QDialogButtonBox::StandardButton which)
{
    return dialog.findChild<QDialogButtonBox *>()->button(which);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void generalValuesThroughTheWidgets();
    void rulesThroughTheWidgets();
    void cancelKeepsWhatWasApplied();
    void escapeCancelsAndOkApplies();
    void roundTripThroughAppSettings();
    void testNotificationButton();
    void quietDaysAreDaysOfTheWeek_data();
    void quietDaysAreDaysOfTheWeek();
    void mutedProviderNoLongerConfiguredStays();
    void mutedCellsReadableAndRemovable();
    void withoutTrayTheTrayOptionsAreOff();
    void pagesByListAndByCall();
};

void TestSettingsDialog::generalValuesThroughTheWidgets()
{
    SettingsDialog dialog;
    dialog.setGeneral({false, false, true, false});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    QVERIFY(applied.isValid());
    QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled()); // nothing changed yet

    clickBox(child<QCheckBox>(dialog, "startAtLoginBox"));
    clickBox(child<QCheckBox>(dialog, "startMinimizedBox"));
    auto *closeToTray = child<QCheckBox>(dialog, "closeToTrayBox");
    closeToTray->setFocus();
    QTest::keyClick(closeToTray, Qt::Key_Space);
    clickBox(child<QCheckBox>(dialog, "minimizeToTrayBox"));
    QVERIFY(button(dialog, QDialogButtonBox::Apply)->isEnabled());

    QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(dialog.general(), (GeneralSettings {true, true, false, true}));
    QVERIFY(dialog.isVisible()); // Apply keeps the dialog open
    QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled());
}

void TestSettingsDialog::rulesThroughTheWidgets()
{
    SettingsDialog dialog;
    dialog.setProviders(providers);
    dialog.setRules(NotificationRules());
    dialog.showPage(SettingsDialog::Page::Notifications);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy applied(&dialog, &SettingsDialog::applied);

    auto *watched = child<QComboBox>(dialog, "watchedMinimumBox");
    watched->setCurrentIndex(watched->findData(int(Status::PartialOutage)));
    auto *other = child<QComboBox>(dialog, "otherMinimumBox");
    other->setFocus();
    QTest::keyClick(other, Qt::Key_Down); // partial outage (the default) to major outage
    auto *providerList = child<QListWidget>(dialog, "mutedProviderList");
    QListWidgetItem *github = providerItem(providerList, QStringLiteral("github"));
    QVERIFY(github);
    QCOMPARE(github->text(), QStringLiteral("GitHub"));
    providerList->setFocus();
    providerList->setCurrentItem(github);
    QTest::keyClick(providerList, Qt::Key_Space);
    auto *quietHours = child<QGroupBox>(dialog, "quietHoursBox");
    quietHours->setChecked(true);
    auto *from = child<QTimeEdit>(dialog, "quietFromEdit");
    from->setFocus();
    QTest::keyClick(from, Qt::Key_Up); // the hour: 22:00 to 23:00
    clickBox(child<QCheckBox>(dialog, "quietDay6")); // Saturday off
    clickBox(child<QCheckBox>(dialog, "resolvedNoticesBox"));
    auto *reminders = child<QSpinBox>(dialog, "reminderHoursBox");
    QCOMPARE(reminders->text(), QStringLiteral("Off"));
    reminders->setFocus();
    reminders->selectAll();
    QTest::keyClicks(reminders, QStringLiteral("6"));

    QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
    QCOMPARE(applied.count(), 1);
    const NotificationRules rules = dialog.rules();
    QCOMPARE(rules.watchedMinimum, Status::PartialOutage);
    QCOMPARE(rules.otherMinimum, Status::MajorOutage);
    QCOMPARE(rules.mutedProviders, QStringList {QStringLiteral("github")});
    QVERIFY(rules.quietHours);
    QCOMPARE(rules.quietFrom, QTime(23, 0));
    QCOMPARE(rules.quietTo, QTime(7, 0));
    QCOMPARE(rules.quietDays, (QList<int> {1, 2, 3, 4, 5, 7}));
    QVERIFY(!rules.resolvedNotices);
    QCOMPARE(rules.reminderHours, 6);
    QVERIFY(rules.mutedCells.isEmpty());
}

void TestSettingsDialog::cancelKeepsWhatWasApplied()
{
    SettingsDialog dialog;
    const NotificationRules original = unusualRules();
    const GeneralSettings general {true, false, true, true};
    dialog.setProviders(providers);
    dialog.setRules(original);
    dialog.setGeneral(general);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy applied(&dialog, &SettingsDialog::applied);

    clickBox(child<QCheckBox>(dialog, "closeToTrayBox"));
    dialog.showPage(SettingsDialog::Page::Notifications);
    child<QComboBox>(dialog, "watchedMinimumBox")->setCurrentIndex(0);
    child<QGroupBox>(dialog, "quietHoursBox")->setChecked(false);
    QVERIFY(dialog.rules() != original);

    QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(applied.count(), 0);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.general(), general);
    QCOMPARE(dialog.rules(), original);
    QVERIFY(child<QGroupBox>(dialog, "quietHoursBox")->isChecked());
}

void TestSettingsDialog::escapeCancelsAndOkApplies()
{
    SettingsDialog dialog;
    dialog.setGeneral({false, false, false, false});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    clickBox(child<QCheckBox>(dialog, "startMinimizedBox"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(applied.count(), 0);
    QVERIFY(!dialog.general().startMinimized);

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    clickBox(child<QCheckBox>(dialog, "startMinimizedBox"));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(applied.count(), 1);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.general().startMinimized);
}

void TestSettingsDialog::roundTripThroughAppSettings()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString file = directory.filePath(QStringLiteral("settings.ini"));
    const NotificationRules original = unusualRules();
    const GeneralSettings general {false, true, false, true};
    {
        SettingsDialog dialog;
        dialog.setProviders(providers);
        dialog.setRules(original);
        dialog.setGeneral(general);
        QCOMPARE(dialog.rules(), original); // nothing lost on the way through the widgets
        AppSettings settings(file);
        settings.setNotificationRules(dialog.rules());
        settings.setStartMinimized(dialog.general().startMinimized);
        settings.setCloseToTray(dialog.general().closeToTray);
        settings.setMinimizeToTray(dialog.general().minimizeToTray);
        settings.sync();
    }
    AppSettings settings(file);
    QCOMPARE(settings.loadError(), QString());
    QCOMPARE(settings.notificationRules(), original);
    SettingsDialog dialog;
    dialog.setRules(settings.notificationRules());
    dialog.setGeneral({false, settings.startMinimized(), settings.closeToTray(), settings.minimizeToTray()});
    QCOMPARE(dialog.rules(), original);
    QCOMPARE(dialog.general(), general);
}

void TestSettingsDialog::testNotificationButton()
{
    SettingsDialog dialog;
    dialog.showPage(SettingsDialog::Page::Notifications);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy test(&dialog, &SettingsDialog::testNotificationRequested);
    QVERIFY(test.isValid());
    auto *send = child<QPushButton>(dialog, "testNotificationButton");
    QVERIFY(send->isVisible());
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(test.count(), 1);
    // Its mnemonic works as well: Alt+T (an animated click, a moment later).
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE(test.count(), 2);
}

void TestSettingsDialog::quietDaysAreDaysOfTheWeek_data()
{
    QTest::addColumn<int>("day");
    QTest::addRow("Monday") << int(Qt::Monday);
    QTest::addRow("Wednesday") << int(Qt::Wednesday);
    QTest::addRow("Saturday") << int(Qt::Saturday);
    QTest::addRow("Sunday") << int(Qt::Sunday);
}

void TestSettingsDialog::quietDaysAreDaysOfTheWeek()
{
    QFETCH(int, day);
    NotificationSettingsPage page;
    NotificationRules rules;
    rules.quietHours = true;
    rules.quietDays.clear();
    page.setRules(rules);
    QCheckBox *box = page.quietDayBox(day);
    QVERIFY(box);
    QCOMPARE(box, child<QCheckBox>(page, qPrintable(QStringLiteral("quietDay%1").arg(day))));
    QCOMPARE(box->text(), QLocale().dayName(day, QLocale::ShortFormat));
    QVERIFY(box->accessibleName().contains(QLocale().dayName(day, QLocale::LongFormat)));
    box->click();
    QCOMPARE(page.rules().quietDays, QList<int> {day});

    // And back: a day in the rules checks its own box only.
    rules.quietDays = {day};
    page.setRules(rules);
    for (int other = Qt::Monday; other <= Qt::Sunday; ++other)
        QCOMPARE(page.quietDayBox(other)->isChecked(), other == day);
    QVERIFY(!page.quietDayBox(0));
    QVERIFY(!page.quietDayBox(8));
}

void TestSettingsDialog::mutedProviderNoLongerConfiguredStays()
{
    NotificationSettingsPage page;
    NotificationRules rules;
    rules.mutedProviders = {QStringLiteral("gone"), QStringLiteral("aws")};
    page.setRules(rules);
    page.setProviders({{QStringLiteral("aws"), QStringLiteral("AWS")}});
    QListWidget *list = page.providerList();
    QCOMPARE(list->count(), 2);
    QCOMPARE(providerItem(list, QStringLiteral("aws"))->text(), QStringLiteral("AWS"));
    QCOMPARE(providerItem(list, QStringLiteral("aws"))->checkState(), Qt::Checked);
    QCOMPARE(providerItem(list, QStringLiteral("gone"))->text(), QStringLiteral("gone"));
    QCOMPARE(page.rules().mutedProviders, rules.mutedProviders); // in the order they came
    QSignalSpy changed(&page, &NotificationSettingsPage::changed);
    providerItem(list, QStringLiteral("gone"))->setCheckState(Qt::Unchecked);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(page.rules().mutedProviders, QStringList {QStringLiteral("aws")});
}

void TestSettingsDialog::mutedCellsReadableAndRemovable()
{
    NotificationSettingsPage page;
    page.setProviders(providers);
    page.setCellNamer([](const CellKey &key) {
        return CellNames {key.service == u"ec2" ? QStringLiteral("EC2") : QString(),
                          key.region == u"us-east-1" ? QStringLiteral("N. Virginia") : QString()};
    });
    page.setRules(unusualRules());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QListWidget *list = page.mutedCellList();
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(0)->text(), QStringLiteral("AWS s3: every region"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Google Cloud in europe-north1: every service"));
    QCOMPARE(list->item(2)->text(), QStringLiteral("AWS EC2 in N. Virginia"));

    QPushButton *remove = page.removeMuteButton();
    QVERIFY(!remove->isEnabled()); // nothing chosen yet
    list->setFocus();
    list->setCurrentRow(1);
    QVERIFY(remove->isEnabled());
    QSignalSpy changed(&page, &NotificationSettingsPage::changed);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QList<WatchList::Entry> left = page.rules().mutedCells.entries();
    QCOMPARE(left,
             (QList<WatchList::Entry> {WatchList::service(QStringLiteral("aws"), QStringLiteral("s3")),
                                       WatchList::cell(ec2)}));

    // Delete in the list does the same.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    left = page.rules().mutedCells.entries();
    QCOMPARE(left, QList<WatchList::Entry> {WatchList::cell(ec2)});
    QCOMPARE(list->count(), 1);
}

void TestSettingsDialog::withoutTrayTheTrayOptionsAreOff()
{
    GeneralSettingsPage page;
    page.setValues({false, false, true, true});
    page.setStartAtLoginNote(QStringLiteral("Writes ~/.config/autostart/outage-radar.desktop"));
    page.setTrayAvailable(false);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.closeToTrayBox()->isEnabled());
    QVERIFY(!page.minimizeToTrayBox()->isEnabled());
    QVERIFY(page.trayNote()->isVisible());
    QVERIFY(page.trayNote()->text().contains(QStringLiteral("No system tray")));
    QVERIFY(page.startAtLoginNote()->isVisible());
    QCOMPARE(page.startAtLoginNote()->text(),
             QStringLiteral("Writes ~/.config/autostart/outage-radar.desktop"));
    QVERIFY(page.values().closeToTray); // the saved choice is kept for a desktop with a tray

    page.setTrayAvailable(true);
    page.setStartAtLoginNote(QString());
    QVERIFY(page.closeToTrayBox()->isEnabled());
    QVERIFY(!page.trayNote()->isVisible());
    QVERIFY(!page.startAtLoginNote()->isVisible());
    // Every option says what it does.
    for (const QCheckBox *box : page.findChildren<QCheckBox *>())
        QVERIFY2(!box->toolTip().isEmpty() && box->text().contains(u'&'), qPrintable(box->text()));
}

void TestSettingsDialog::pagesByListAndByCall()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.currentPage(), SettingsDialog::Page::General);
    QVERIFY(dialog.generalPage()->isVisible());
    QVERIFY(!dialog.notificationPage()->isVisible());
    QListWidget *pages = dialog.pageList();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    pages->setFocus();
    // Tab goes from the page list into the page.
    QTest::keyClick(pages, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.generalPage()->startAtLoginBox());
    pages->setFocus();
    QTest::keyClick(pages, Qt::Key_Down);
    QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Sources);
    QVERIFY(dialog.sourcesPage()->isVisible());
    QTest::keyClick(pages, Qt::Key_Down);
    QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Notifications);
    QVERIFY(dialog.notificationPage()->isVisible());
    QTest::keyClick(pages, Qt::Key_Down);
    QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Network);
    QVERIFY(dialog.networkPage()->isVisible());
    QTest::keyClick(pages, Qt::Key_Down);
    QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Data);
    QVERIFY(dialog.dataPage()->isVisible());
    dialog.showPage(SettingsDialog::Page::General);
    QCOMPARE(pages->currentRow(), 0);
    QVERIFY(dialog.generalPage()->isVisible());
    QVERIFY(dialog.minimumWidth() >= 500 && dialog.minimumHeight() >= 400);
    // Every list and combo box has a name for assistive technology, and every combo a labelled buddy.
    for (const QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<const QComboBox *>(widget) || qobject_cast<const QListWidget *>(widget))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    for (const QComboBox *box : dialog.findChildren<QComboBox *>()) {
        bool labelled = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labelled = labelled || (label->buddy() == box && label->text().contains(u'&'));
        QVERIFY2(labelled, qPrintable(box->objectName()));
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
