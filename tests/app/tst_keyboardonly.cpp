// SPDX-License-Identifier: GPL-3.0-or-later
// The whole app by keyboard alone: the real app against a loopback status page, driven only by key
// presses sent to the window that has the focus, as a keyboard sends them. No mouse, and no call
// that a key could not make (but the window manager's one part offscreen: activating the window
// again when a dialog closes); the test only looks at where the focus went and what it did.
#include "datasettingspage.h"
#include "desktopapp.h"
#include "feedtesting.h"
#include "fixtureserver.h"
#include "gridfilterbar.h"
#include "healthgridview.h"
#include "highcontraststyle.h"
#include "historyview.h"
#include "incidentdetailsview.h"
#include "incidentpanel.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "notificationlogview.h"
#include "settingsdialog.h"
#include "theme.h"

#include "settings/appsettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QWindow>

#include <memory>

using namespace radar;

namespace {

/// When a dialog closes, the window manager activates the window under it; offscreen has none.
void windowManagerActivates(QWidget *window)
{
    if (!QGuiApplication::focusWindow())
        window->activateWindow();
}

/// A key pressed and released, as the keyboard sends it: to the window that has the focus, which
/// hands it to its focus widget, or to an open menu. False when no window has the focus.
bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWindow *window = QGuiApplication::focusWindow();
    // Offscreen, a menu that closes leaves no window with the focus: the focus widget's has it.
    if (!window && QApplication::focusWidget())
        window = QApplication::focusWidget()->window()->windowHandle();
    if (!window)
        return false;
    QTest::keyClick(window, key, modifiers);
    return true;
}

QString describe(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(nothing)");
    return QStringLiteral("%1 [%2]").arg(widget->objectName(),
                                         QString::fromLatin1(widget->metaObject()->className()));
}

/// The widgets Tab visits from the focus widget until it comes back to it (at most `limit`), each
/// once in a row (a text view's links are stops of their own).
QList<QWidget *> tabRound(Qt::KeyboardModifiers modifiers = Qt::NoModifier, int limit = 40)
{
    QWidget *start = QApplication::focusWidget();
    QList<QWidget *> visited;
    for (int step = 0; step < limit; ++step) {
        if (!press(Qt::Key_Tab, modifiers))
            break;
        QWidget *now = QApplication::focusWidget();
        if (now == start)
            break;
        if (visited.isEmpty() || visited.last() != now)
            visited.append(now);
    }
    return visited;
}

QString names(const QList<QWidget *> &widgets)
{
    QStringList list;
    for (const QWidget *widget : widgets)
        list.append(describe(widget));
    return list.join(QStringLiteral(" -> "));
}

} // namespace

class TestKeyboardOnly : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tabGoesRoundTheWindowInReadingOrder();
    void arrowsMoveInTheGridAndEnterOrSpaceOpens();
    void tabsSwitchWithCtrlTabAndCtrlPageDown();
    void menusOpenWithAltAndTheirLetters();
    void settingsOpenChangeApplyAndCancel();

private:
    FixtureServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DesktopApp> m_app;
    MainWindow *window() const { return m_app->window(); }
};

void TestKeyboardOnly::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.setResponse(QStringLiteral("/summary.json"),
                         FixtureResponse::json(feedtesting::fixture(QStringLiteral("statuspage"),
                                                                    QStringLiteral("major-outage.json"))));
}

void TestKeyboardOnly::init()
{
    // A person's first look: the window up front, the page polled, its incident listed.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("outage-radar.ini")));
    Options options;
    options.dataDir = m_dir->path();
    options.sources = {m_server.url(QStringLiteral("/summary.json"))};
    options.kind = FeedKind::Statuspage;
    m_app = std::make_unique<DesktopApp>(options, *m_settings, std::make_unique<MemorySecretStore>());
    QString error;
    QVERIFY2(m_app->start(error), qPrintable(error));
    QVERIFY(QTest::qWaitForWindowActive(window()->windowHandle()));
    QTRY_COMPARE(window()->incidentPanel()->listView()->model()->rowCount(), 1);
    QTRY_COMPARE(QApplication::focusWidget(), window()->gridView());
}

void TestKeyboardOnly::cleanup()
{
    applyTheme(Theme::System); // a test that chose another leaves the next one the usual look
    m_app.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestKeyboardOnly::tabGoesRoundTheWindowInReadingOrder()
{
    MainWindow *main = window();
    // From the grid: the incidents and their details, the sources below, then round to the top: the
    // banners (this desktop has no tray, which one says), the tabs, the filter bar left to right.
    const QList<QWidget *> forward = tabRound();
    const QList<QWidget *> expected {
        main->incidentPanel()->listView(),
        main->incidentPanel()->detailsView(),
        main->sourcesView(),
        main->trayBanner()->findChild<QWidget *>(QStringLiteral("dismissTrayButton")),
        main->tabs()->tabBar(),
        main->filterBar()->searchField(),
        main->filterBar()->problemsOnlyButton(),
        main->filterBar()->watchedOnlyButton(),
        main->filterBar()->providersButton(),
        main->filterBar()->columnModeBox()};
    QVERIFY2(main->trayBanner()->isVisible(), "offscreen has no tray: its banner is part of the round");
    QVERIFY2(forward == expected,
             qPrintable(QStringLiteral("\n   got: %1\nwanted: %2").arg(names(forward), names(expected))));
    QCOMPARE(QApplication::focusWidget(), main->gridView()); // and Tab came back to the grid

    // Shift+Tab goes the same way back.
    QList<QWidget *> backward = tabRound(Qt::ShiftModifier);
    std::reverse(backward.begin(), backward.end());
    QVERIFY2(backward == expected, qPrintable(names(backward)));

    // The sources table lets Tab go on (the arrows move inside it), and the details give it back.
    QVERIFY(!main->sourcesView()->tabKeyNavigation());

    // On the History tab, from its first control: the range and filters, the chart, its incidents
    // and their details, the sources, and round by the tabs.
    QVERIFY(press(Qt::Key_3, Qt::ControlModifier));
    HistoryView *history = main->historyView();
    QCOMPARE(QApplication::focusWidget(), history->rangeBox());
    const QList<QWidget *> historyRound = tabRound();
    const QList<QWidget *> historyExpected {
        history->providerBox(),  history->serviceBox(),
        history->regionBox(),    history->watchedOnlyBox(),
        history->exportButton(), history->findChild<QWidget *>(QStringLiteral("historyChart")),
        history->incidentList(), history->detailsView(),
        main->sourcesView(),     expected.at(3),
        main->tabs()->tabBar()};
    QVERIFY2(
        historyRound == historyExpected,
        qPrintable(
            QStringLiteral("\n   got: %1\nwanted: %2").arg(names(historyRound), names(historyExpected))));

    // On the Notifications tab: the log (when it has entries), its filter, and on round.
    QVERIFY(press(Qt::Key_4, Qt::ControlModifier));
    NotificationLogView *log = main->notificationLogView();
    QList<QWidget *> logExpected {log->filterBox(), main->sourcesView(), expected.at(3),
                                  main->tabs()->tabBar()};
    if (log->view()->isVisible())
        QCOMPARE(QApplication::focusWidget(), log->view());
    else
        logExpected.removeFirst(); // nothing notified yet: the page's focus goes to the filter box
    const QList<QWidget *> logRound = tabRound();
    QVERIFY2(logRound == logExpected,
             qPrintable(QStringLiteral("\n   got: %1\nwanted: %2").arg(names(logRound), names(logExpected))));
}

void TestKeyboardOnly::arrowsMoveInTheGridAndEnterOrSpaceOpens()
{
    HealthGridView *grid = window()->gridView();
    QAbstractItemModel *model = grid->model();
    const auto rowName = [model](const QModelIndex &index) {
        return model->headerData(index.row(), Qt::Vertical).toString().trimmed();
    };
    // Home to the first cell, then down the rows: the provider, then its services in the page's order.
    QVERIFY(press(Qt::Key_Home, Qt::ControlModifier));
    QCOMPARE(grid->currentIndex().row(), 0);
    QStringList rows {rowName(grid->currentIndex())};
    for (int row = 1; row < model->rowCount(); ++row) {
        QVERIFY(press(Qt::Key_Down));
        QCOMPARE(grid->currentIndex().row(), row);
        rows.append(rowName(grid->currentIndex()));
    }
    QVERIFY2(rows.contains(QStringLiteral("Actions")) && rows.contains(QStringLiteral("Pages")),
             qPrintable(rows.join(u',')));
    QVERIFY(press(Qt::Key_Down)); // the last row stays
    QCOMPARE(grid->currentIndex().row(), model->rowCount() - 1);
    while (rowName(grid->currentIndex()) != QStringLiteral("Pages"))
        QVERIFY(press(Qt::Key_Up));

    // Enter on a cell without an incident says so in the status bar.
    QVERIFY(press(Qt::Key_Return));
    QVERIFY2(window()->statusBar()->currentMessage().contains(QStringLiteral("no open incident")),
             qPrintable(window()->statusBar()->currentMessage()));

    // Space on the cell with the incident shows its details; the focus stays in the grid.
    QVERIFY(press(Qt::Key_Up));
    QCOMPARE(rowName(grid->currentIndex()), QStringLiteral("Actions"));
    IncidentDetailsView *details = window()->incidentPanel()->detailsView();
    QVERIFY(!details->toPlainText().contains(QStringLiteral("Rolling back.")));
    QVERIFY(press(Qt::Key_Space));
    QVERIFY2(details->toPlainText().contains(QStringLiteral("Rolling back.")),
             qPrintable(details->toPlainText()));
    QCOMPARE(window()->incidentPanel()->listView()->currentIndex().row(), 0);
    QCOMPARE(QApplication::focusWidget(), grid);

    // Enter asks for it just the same.
    QSignalSpy opened(grid, &HealthGridView::incidentRequested);
    QVERIFY(opened.isValid());
    QVERIFY(press(Qt::Key_Enter));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(1).toStringList(), QStringList {QStringLiteral("inc1")});
}

void TestKeyboardOnly::tabsSwitchWithCtrlTabAndCtrlPageDown()
{
    MainWindow *main = window();
    QTabWidget *tabs = main->tabs();
    QCOMPARE(tabs->currentIndex(), 0);
    // From the grid, which takes Page Down for itself: Ctrl+Tab goes to History, the focus with it.
    QVERIFY(press(Qt::Key_Tab, Qt::ControlModifier));
    QCOMPARE(tabs->currentWidget(), main->historyView());
    QVERIFY2(main->historyView()->isAncestorOf(QApplication::focusWidget()),
             qPrintable(describe(QApplication::focusWidget())));
    QVERIFY(press(Qt::Key_PageDown, Qt::ControlModifier));
    QCOMPARE(tabs->currentWidget(), main->notificationLogView());
    QVERIFY(main->notificationLogView()->isAncestorOf(QApplication::focusWidget()));
    // Round to Now, on the grid.
    QVERIFY(press(Qt::Key_PageDown, Qt::ControlModifier));
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(QApplication::focusWidget(), main->gridView());
    // And back, from a text view too.
    QVERIFY(press(Qt::Key_Tab));
    QVERIFY(press(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget(), main->incidentPanel()->detailsView());
    QVERIFY(press(Qt::Key_PageUp, Qt::ControlModifier));
    QCOMPARE(tabs->currentWidget(), main->notificationLogView());
    QVERIFY(press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier));
    QCOMPARE(tabs->currentWidget(), main->historyView());
}

void TestKeyboardOnly::menusOpenWithAltAndTheirLetters()
{
    MainWindow *main = window();
    QVERIFY(press(Qt::Key_3, Qt::ControlModifier)); // to History, away from the grid
    QCOMPARE(main->tabs()->currentWidget(), main->historyView());

    // Alt+V opens the View menu; G goes to the grid.
    QVERIFY(press(Qt::Key_V, Qt::AltModifier));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QCOMPARE(menu->title(), QStringLiteral("&View"));
    QVERIFY(menu->isVisible());
    QVERIFY(press(Qt::Key_G));
    QTRY_VERIFY(!menu->isVisible());
    QCOMPARE(main->tabs()->currentIndex(), 0);
    QCOMPARE(QApplication::focusWidget(), main->gridView());

    // Alt+F opens File; Escape closes it, leaving the menu bar to the arrows, and Escape again gives
    // the focus back to where it was.
    QVERIFY(press(Qt::Key_F, Qt::AltModifier));
    menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QCOMPARE(menu->title(), QStringLiteral("&File"));
    QVERIFY(press(Qt::Key_Escape));
    QTRY_VERIFY(!menu->isVisible());
    QCOMPARE(QApplication::focusWidget(), main->menuBar());
    QVERIFY(press(Qt::Key_Escape));
    QCOMPARE(QApplication::focusWidget(), main->gridView());

    // Every letter of a menu is its own: one press, one action.
    for (QAction *top : main->menuBar()->actions()) {
        QSet<QChar> letters;
        for (const QAction *action : top->menu()->actions()) {
            const qsizetype at = action->text().indexOf(u'&');
            if (action->isSeparator() || at < 0)
                continue;
            const QChar letter = action->text().at(at + 1).toLower();
            QVERIFY2(!letters.contains(letter), qPrintable(action->text()));
            letters.insert(letter);
        }
    }
}

void TestKeyboardOnly::settingsOpenChangeApplyAndCancel()
{
    // Ctrl+, (and the platform's Preferences key where it has one) opens the settings.
    QVERIFY(press(Qt::Key_Comma, Qt::ControlModifier));
    auto *dialog = window()->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTRY_COMPARE(QGuiApplication::focusWindow(), dialog->windowHandle());
    QCOMPARE(QApplication::focusWidget(), dialog->pageList()); // the pages come first

    // The arrows choose the page; Tab goes into it.
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::General);
    QVERIFY(press(Qt::Key_Down));
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Sources);
    QVERIFY(press(Qt::Key_End));
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Data);
    QVERIFY(press(Qt::Key_Tab));
    QSpinBox *retention = dialog->dataPage()->retentionBox();
    QCOMPARE(QApplication::focusWidget(), retention);

    // A new value, and Enter applies it and closes the dialog.
    QCOMPARE(m_settings->historyRetentionDays(), 365);
    QVERIFY(press(Qt::Key_A, Qt::ControlModifier));
    QVERIFY(press(Qt::Key_3));
    QVERIFY(press(Qt::Key_0));
    QCOMPARE(retention->value(), 30);
    QVERIFY(press(Qt::Key_Return));
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_settings->historyRetentionDays(), 30);
    windowManagerActivates(window());
    QTRY_COMPARE(QGuiApplication::focusWindow(), window()->windowHandle());

    // Opened again, it is where it was left; changed, and Escape: nothing is applied, and the value
    // goes back.
    QVERIFY(press(Qt::Key_Comma, Qt::ControlModifier));
    QTRY_COMPARE(QGuiApplication::focusWindow(), dialog->windowHandle());
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Data);
    QCOMPARE(QApplication::focusWidget(), retention);
    QVERIFY(press(Qt::Key_Up));
    QCOMPARE(retention->value(), 31);
    QVERIFY(press(Qt::Key_Escape));
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_settings->historyRetentionDays(), 30);
    QCOMPARE(retention->value(), 30);

    // High contrast, by the General page's mnemonic for its theme box: saved, and in use at once.
    windowManagerActivates(window());
    QTRY_COMPARE(QGuiApplication::focusWindow(), window()->windowHandle());
    QVERIFY(press(Qt::Key_Comma, Qt::ControlModifier));
    QTRY_COMPARE(QGuiApplication::focusWindow(), dialog->windowHandle());
    QVERIFY(press(Qt::Key_Tab, Qt::ShiftModifier)); // back to the page list
    QCOMPARE(QApplication::focusWidget(), dialog->pageList());
    QVERIFY(press(Qt::Key_Home));
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::General);
    QVERIFY(press(Qt::Key_H, Qt::AltModifier));
    QCOMPARE(QApplication::focusWidget(), dialog->generalPage()->themeBox());
    QVERIFY(press(Qt::Key_End));
    QCOMPARE(dialog->generalPage()->themeBox()->currentText(), QStringLiteral("High contrast"));
    QVERIFY(press(Qt::Key_Return));
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_settings->theme(), QStringLiteral("high-contrast"));
    QVERIFY(qobject_cast<HighContrastStyle *>(QApplication::style()));
    QCOMPARE(window()->palette().color(QPalette::Window), QColor(Qt::black));
}

QTEST_MAIN(TestKeyboardOnly)
#include "tst_keyboardonly.moc"
