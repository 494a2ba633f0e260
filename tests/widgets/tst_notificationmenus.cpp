// SPDX-License-Identifier: GPL-3.0-or-later
// The context menus that snooze and mute notifications: the grid's "Notifications" submenu and the
// incident list's snooze menu, opened from the keyboard (Menu key) as a person would. Their
// lengths read as the tray's pause menu does.
#include "gridtesting.h"
#include "healthgridview.h"
#include "incidentpanel.h"
#include "item/gridfiltermodel.h"
#include "item/healthgridmodel.h"
#include "item/incidentlistmodel.h"
#include "quietlengthmenu.h"
#include "traycontroller.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace radar;

namespace {

/// The action whose text (without mnemonics) is `text` in `menu` or its submenus.
QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
        if (action->menu()) {
            if (QAction *found = findAction(action->menu(), text))
                return found;
        }
    }
    return nullptr;
}

/// The entry for `length` in `menu` or its submenus.
QAction *lengthEntry(QMenu *menu, QuietLength length)
{
    return menu->findChild<QAction *>(quietLengthObjectName(length));
}

/// The snooze entries of `menu` read as the tray's pause entries of the same length: one set of
/// labels, each with a mnemonic. True when they do and at least `shared` lengths were compared.
bool readsAsTheTray(QMenu *menu, int shared)
{
    TrayController tray;
    int compared = 0;
    for (QuietLength length : {QuietLength::OneHour, QuietLength::FourHours, QuietLength::UntilTomorrow,
                               QuietLength::UntilResolved}) {
        const QAction *entry = lengthEntry(menu, length);
        const QAction *pause = lengthEntry(tray.menu(), length);
        if (entry && !entry->text().contains(QLatin1Char('&')))
            return false;
        if (entry && pause) {
            if (entry->text() != pause->text())
                return false;
            ++compared;
        }
    }
    return compared >= shared;
}

/// Opens `widget`'s context menu from the keyboard and, once it shows, hands it to `use` and
/// closes it. False when no menu showed. `at` is where the event says it happened; (-1, -1) is
/// nowhere in particular, as the Menu key sends it.
bool withContextMenu(QWidget *widget, const std::function<void(QMenu *)> &use, QPoint at = QPoint(5, 5))
{
    bool shown = false;
    QTimer::singleShot(0, widget, [&] {
        QTRY_VERIFY(QApplication::activePopupWidget());
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        shown = menu != nullptr;
        if (menu) {
            use(menu);
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, widget->mapToGlobal(at));
    QApplication::sendEvent(widget, &event);
    for (int i = 0; i < 100 && QApplication::activePopupWidget(); ++i)
        QTest::qWait(20);
    return shown && !QApplication::activePopupWidget();
}

} // namespace

class TestNotificationMenus : public QObject
{
    Q_OBJECT
private slots:
    void gridSnoozesAndMutes();
    void incidentListSnoozesOpenIncidents();
};

void TestNotificationMenus::gridSnoozesAndMutes()
{
    HealthGridModel grid;
    GridFilterModel filter(&grid);
    grid.setCells({gridtesting::cell(QStringLiteral("aws"), QStringLiteral("EC2"),
                                     QStringLiteral("us-east-1"), Status::MajorOutage),
                   gridtesting::cell(QStringLiteral("aws"), QStringLiteral("S3"), QStringLiteral("us-east-1"),
                                     Status::Operational)});
    HealthGridView view(&filter);
    WatchList muted;
    muted.toggle(WatchList::region(QStringLiteral("aws"), QStringLiteral("us-east-1")));
    view.setMutes(muted, {});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The EC2 cell: the row after the provider's own, in the region's column.
    QModelIndex ec2;
    for (int row = 0; row < filter.rowCount() && !ec2.isValid(); ++row) {
        for (int column = 0; column < filter.columnCount(); ++column) {
            const QModelIndex index = filter.index(row, column);
            if (filter.headerData(row, Qt::Vertical).toString().trimmed() == u"EC2"
                && index.data(HealthGridModel::HasCellRole).toBool())
                ec2 = index;
        }
    }
    QVERIFY(ec2.isValid());
    view.setCurrentIndex(ec2);

    QSignalSpy snoozed(&view, &HealthGridView::snoozeRequested);
    QSignalSpy mutes(&view, &HealthGridView::muteRequested);
    QSignalSpy providerMutes(&view, &HealthGridView::muteProviderRequested);
    QVERIFY(withContextMenu(&view, [](QMenu *menu) {
        QVERIFY(readsAsTheTray(menu, 2));
        QVERIFY(lengthEntry(menu, QuietLength::UntilResolved));
        QAction *fourHours = lengthEntry(menu, QuietLength::FourHours);
        QVERIFY(fourHours);
        fourHours->trigger();
    }));
    QCOMPARE(snoozed.size(), 1);
    const auto cells = snoozed.first().at(0).value<QList<CellKey>>();
    QCOMPARE(cells,
             (QList<CellKey> {{QStringLiteral("aws"), QStringLiteral("EC2"), QStringLiteral("us-east-1")}}));
    QCOMPARE(snoozed.first().at(1).value<QuietLength>(), QuietLength::FourHours);

    // The region's mute shows checked; unchecking asks to unmute it. The service mute is off.
    QVERIFY(withContextMenu(&view, [](QMenu *menu) {
        QAction *region = findAction(menu, QStringLiteral("Mute all of AWS in us-east-1"));
        QAction *service = findAction(menu, QStringLiteral("Mute EC2 everywhere"));
        QVERIFY(region && service);
        QVERIFY(region->isChecked());
        QVERIFY(!service->isChecked());
        region->toggle();
    }));
    QCOMPARE(mutes.size(), 1);
    QCOMPARE(
        mutes.first().at(0).value<QList<WatchList::Entry>>(),
        (QList<WatchList::Entry> {WatchList::region(QStringLiteral("aws"), QStringLiteral("us-east-1"))}));
    QCOMPARE(mutes.first().at(1).toBool(), false);

    QVERIFY(withContextMenu(&view, [](QMenu *menu) {
        QAction *provider = findAction(menu, QStringLiteral("Mute all of AWS"));
        QVERIFY(provider);
        provider->toggle();
    }));
    QCOMPARE(providerMutes.size(), 1);
    QCOMPARE(providerMutes.first().at(0).toString(), QStringLiteral("aws"));
    QCOMPARE(providerMutes.first().at(1).toBool(), true);
}

void TestNotificationMenus::incidentListSnoozesOpenIncidents()
{
    IncidentListModel incidents;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Incident open;
    open.provider = QStringLiteral("hub");
    open.id = QStringLiteral("inc1");
    open.title = QStringLiteral("Actions are failing");
    open.severity = Status::MajorOutage;
    open.state = IncidentState::Investigating;
    open.startedAt = now.addSecs(-600);
    Incident ended = open;
    ended.id = QStringLiteral("inc0");
    ended.state = IncidentState::Resolved;
    ended.resolvedAt = now.addSecs(-60);
    incidents.setEntries({{open, false, now, now}, {ended, false, now, now}}, now);
    IncidentPanel panel(&incidents);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeView *list = panel.listView();
    QSignalSpy snoozed(&panel, &IncidentPanel::snoozeIncidentRequested);

    int openRow = -1;
    int endedRow = -1;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QString key = list->model()->index(row, 0).data(IncidentListModel::IncidentKeyRole).toString();
        (key.endsWith(u"inc1") ? openRow : endedRow) = row;
    }
    QVERIFY(openRow >= 0 && endedRow >= 0);
    list->setCurrentIndex(list->model()->index(openRow, 0));
    QVERIFY(withContextMenu(
        list->viewport(),
        [](QMenu *menu) {
            QVERIFY(readsAsTheTray(menu, 2));
            QAction *untilResolved = lengthEntry(menu, QuietLength::UntilResolved);
            QVERIFY(untilResolved);
            QCOMPARE(untilResolved->text().remove(QLatin1Char('&')), QStringLiteral("Until resolved"));
            untilResolved->trigger();
        },
        QPoint(-1, -1)));
    QCOMPARE(snoozed.size(), 1);
    QCOMPARE(snoozed.first().at(0).toString(), QStringLiteral("hub\ninc1"));
    QCOMPARE(snoozed.first().at(1).value<QuietLength>(), QuietLength::UntilResolved);

    // An incident that ended has nothing to snooze: no menu. A menu that did open would block in
    // exec() inside sendEvent, so the check runs from the event loop: it closes whatever popped up.
    list->setCurrentIndex(list->model()->index(endedRow, 0));
    bool checked = false;
    bool appeared = false;
    QTimer::singleShot(50, list, [&] {
        if (QWidget *popup = QApplication::activePopupWidget()) {
            appeared = true;
            popup->close();
        }
        checked = true;
    });
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(-1, -1),
                            list->viewport()->mapToGlobal(QPoint()));
    QApplication::sendEvent(list->viewport(), &event);
    QTRY_VERIFY(checked);
    QVERIFY(!appeared);
    QVERIFY(!QApplication::activePopupWidget());
}

QTEST_MAIN(TestNotificationMenus)
#include "tst_notificationmenus.moc"
