// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen smoke test: the real MainWindow with real models and data, painted.
#include "gridfilterbar.h"
#include "healthgridview.h"
#include "historyview.h"
#include "incidentdetailsview.h"
#include "incidentpanel.h"
#include "item/awaydigesttext.h"
#include "item/gridfiltermodel.h"
#include "item/healthgridmodel.h"
#include "item/incidenthistorymodel.h"
#include "item/incidentlistmodel.h"
#include "item/notificationlogmodel.h"
#include "item/sourcelistmodel.h"
#include "item/statustext.h"
#include "localization.h"
#include "mainwindow.h"
#include "notificationlogview.h"
#include "statuspainter.h"
#include "traycontroller.h"

#include <QDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace radar;

namespace {

CellState cell(const QString &service, Status status, SourceHealth health = SourceHealth::Fresh)
{
    CellState state;
    state.key = {QStringLiteral("hub"), service, globalRegion()};
    state.providerName = QStringLiteral("ExampleHub");
    state.serviceName = service;
    state.regionName = QStringLiteral("Global");
    state.status = status;
    state.lastKnown = status;
    state.sourceHealth = health;
    return state;
}

bool containsColour(const QImage &image, const QRect &area, const QColor &colour)
{
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - colour.red()) < 12 && qAbs(pixel.green() - colour.green()) < 12
                && qAbs(pixel.blue() - colour.blue()) < 12)
                return true;
        }
    }
    return false;
}

// The models a window shows, as the composition root owns them.
struct Models
{
    HealthGridModel grid;
    GridFilterModel filter {&grid};
    IncidentListModel incidents;
    SourceListModel sources;
    IncidentHistoryModel history;
    QStandardItemModel notifications {0, 4}; // with NotificationLogModel's columns and roles

    MainWindowModels forWindow() { return {&filter, &incidents, &sources, &history, &notifications}; }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { installTranslations(); }
    void showsTheGridWithStatusSymbols();
    void closeHidesToTrayOrQuits();
    void summaryInStatusBar();
    void offlineIsOneBannerNotAnAlarm();
    void refreshShowsProgress();
    void keyboardOnlyWalkthrough();
    void awayDigestBannerOpensItsIncidents();
    void historyTabByKeyboard();
    void notificationsTabByKeyboard();
    void minimizeHidesToTrayWhenAsked();
    void noTrayBanner();
    void showIncidentSelectsItOrAsksTheHistory();
    void settingsByMenuAndKey();
};

namespace {

Incident openIncident(const QString &id, const QString &title)
{
    Incident incident;
    incident.id = id;
    incident.provider = QStringLiteral("hub");
    incident.title = title;
    incident.severity = Status::MajorOutage;
    incident.state = IncidentState::Identified;
    incident.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    incident.affected = {{QStringLiteral("hub"), QStringLiteral("Actions"), globalRegion()}};
    incident.updates = {{incident.startedAt, IncidentState::Investigating, title, {}}};
    return incident;
}

} // namespace

void TestMainWindow::showsTheGridWithStatusSymbols()
{
    Models models;
    HealthGridModel &grid = models.grid;
    grid.setCells({cell(QString(), Status::MajorOutage), cell(QStringLiteral("Actions"), Status::MajorOutage),
                   cell(QStringLiteral("Pages"), Status::Degraded),
                   cell(QStringLiteral("Git"), Status::Operational)});
    MainWindow window(models.forWindow());
    window.resize(1100, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTableView *view = window.gridView();
    const QAbstractItemModel &shown = *view->model();
    QCOMPARE(view->model()->rowCount(), 4);
    QCOMPARE(view->verticalHeader()->model()->headerData(1, Qt::Vertical).toString().trimmed(),
             QStringLiteral("Actions"));
    const QImage image = view->viewport()->grab().toImage();
    // Each status's symbol is drawn in its own colour in its own row.
    QVERIFY(containsColour(image, view->visualRect(shown.index(1, 0)), statusColor(Status::MajorOutage)));
    QVERIFY(containsColour(image, view->visualRect(shown.index(2, 0)), statusColor(Status::Degraded)));
    QVERIFY(containsColour(image, view->visualRect(shown.index(3, 0)), statusColor(Status::Operational)));
    QVERIFY(!containsColour(image, view->visualRect(shown.index(3, 0)), statusColor(Status::MajorOutage)));

    // Keyboard: the grid takes focus and arrows move between cells.
    view->setFocus();
    view->setCurrentIndex(shown.index(0, 0));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex(), shown.index(1, 0));
}

void TestMainWindow::closeHidesToTrayOrQuits()
{
    Models models;
    MainWindow window(models.forWindow());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy hidden(&window, &MainWindow::hiddenToTray);
    QSignalSpy quit(&window, &MainWindow::quitRequested);
    QVERIFY(hidden.isValid());
    QVERIFY(quit.isValid());

    window.setCloseBehaviour(MainWindow::CloseBehaviour::HideToTray);
    window.close();
    QCOMPARE(hidden.count(), 1);
    QCOMPARE(quit.count(), 0);
    QVERIFY(!window.isVisible());

    window.show();
    window.setCloseBehaviour(MainWindow::CloseBehaviour::Quit);
    window.close();
    QCOMPARE(quit.count(), 1);
}

void TestMainWindow::summaryInStatusBar()
{
    Models models;
    MainWindow window(models.forWindow());
    window.setSummary(Status::Unknown, 5, 5);
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(u' ');
    QVERIFY2(all.contains(QStringLiteral("Unknown")) && all.contains(QStringLiteral("5 sources of 5")),
             qPrintable(all));
}

void TestMainWindow::offlineIsOneBannerNotAnAlarm()
{
    Models models;
    MainWindow window(models.forWindow());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.offlineBanner()->isVisible());

    const QDateTime next = QDateTime::currentDateTimeUtc().addSecs(60);
    window.setOffline(QStringLiteral("None of the 8 sources can be reached."), next);
    window.setSummary(Status::Unknown, 8, 8);
    QVERIFY(window.offlineBanner()->isVisible());
    QStringList banner;
    for (const QLabel *label : window.offlineBanner()->findChildren<QLabel *>())
        banner << label->text();
    const QString text = banner.join(u' ');
    QVERIFY2(text.contains(QStringLiteral("You appear to be offline")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("None of the 8 sources can be reached.")), qPrintable(text));
    QVERIFY2(text.contains(shortLocalTime(next)), qPrintable(text));
    QStringList status;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        status << label->text();
    QVERIFY2(status.join(u' ').contains(QStringLiteral("Offline: the last known data is not up to date")),
             qPrintable(status.join(u' ')));

    // "Try again" is a refresh, reachable by keyboard (Alt+A) as well.
    QSignalSpy refresh(&window, &MainWindow::refreshRequested);
    auto *retry = window.offlineBanner()->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry);
    retry->click();
    QCOMPARE(refresh.count(), 1);

    window.setOffline(QString(), next);
    QVERIFY(!window.offlineBanner()->isVisible());

    // The tray shows the one offline state instead of the providers' (unknown) cells.
    TrayController tray;
    TrayStatus offline;
    offline.offlineReason = QStringLiteral("None of the 8 sources can be reached.");
    tray.update(offline);
    QVERIFY(tray.showsOffline());
    QCOMPARE(tray.toolTip().split(u'\n').value(0), QStringLiteral("Outage Radar: offline"));
    QCOMPARE(tray.toolTip().split(u'\n').value(1), QStringLiteral("None of the 8 sources can be reached."));
    TrayStatus online;
    online.overall = Status::Operational;
    tray.update(online);
    QVERIFY(!tray.showsOffline());
}

void TestMainWindow::refreshShowsProgress()
{
    Models models;
    MainWindow window(models.forWindow());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.refreshProgress()->isVisible());
    window.setRefreshProgress(3, 8);
    QVERIFY(window.refreshProgress()->isVisible());
    QCOMPARE(window.refreshProgress()->value(), 3);
    QCOMPARE(window.refreshProgress()->maximum(), 8);
    QCOMPARE(window.refreshProgress()->text(), QStringLiteral("Refreshing 3 of 8"));
    window.setRefreshProgress(8, 8);
    QVERIFY(!window.refreshProgress()->isVisible());
}

void TestMainWindow::keyboardOnlyWalkthrough()
{
    Models models;
    QList<CellState> cells {
        cell(QString(), Status::MajorOutage), cell(QStringLiteral("Actions"), Status::MajorOutage),
        cell(QStringLiteral("Pages"), Status::Degraded), cell(QStringLiteral("Git"), Status::Operational)};
    cells[0].incidentIds = cells[1].incidentIds = {QStringLiteral("inc1")};
    cells[0].incidentTitles = cells[1].incidentTitles = {QStringLiteral("Actions workflows are failing")};
    models.grid.setCells(cells);
    Incident incident;
    incident.id = QStringLiteral("inc1");
    incident.provider = QStringLiteral("hub");
    incident.title = QStringLiteral("Actions workflows are failing");
    incident.severity = Status::MajorOutage;
    incident.state = IncidentState::Identified;
    incident.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    incident.affected = {cells[1].key};
    incident.updates = {
        {incident.startedAt, IncidentState::Investigating, QStringLiteral("We are **investigating**."), {}},
        {incident.startedAt.addSecs(600), IncidentState::Identified, QStringLiteral("A bad deploy."), {}}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    models.incidents.setEntries({{incident, false, now, now}}, now);
    MainWindow window(models.forWindow());
    QList<QList<WatchList::Entry>> starred;
    connect(window.gridView(), &HealthGridView::watchRequested, &window,
            [&](const QList<WatchList::Entry> &entries, bool watched) {
                if (watched)
                    starred << entries;
            });
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView *grid = window.gridView();
    QTRY_VERIFY(grid->hasFocus()); // the grid has the focus from the start

    // Ctrl+F searches; Escape clears the search and returns to the grid.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = window.filterBar()->searchField();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("pages"));
    QTRY_COMPARE(grid->model()->rowCount(), 2); // the group row and Pages
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_COMPARE(grid->model()->rowCount(), 4);
    QVERIFY(grid->hasFocus());

    // Arrows move; Enter on a cell with an incident opens it in the details pane.
    grid->setCurrentIndex(grid->model()->index(0, 0));
    QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(grid->currentIndex().row(), 1);
    QTest::keyClick(grid, Qt::Key_Return);
    QTreeView *list = window.incidentPanel()->listView();
    QCOMPARE(list->currentIndex().row(), 0);
    const QString details = window.incidentPanel()->detailsView()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Actions workflows are failing")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("A bad deploy.")), qPrintable(details));

    // Ctrl+D stars the current cell.
    QTest::keyClick(grid, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(starred.size(), 1);
    QCOMPARE(starred.first(), (QList<WatchList::Entry> {WatchList::cell(cells[1].key)}));

    // A star that comes from the service as a whole is not undone cell by cell: the status bar says where.
    WatchList watchingActions;
    watchingActions.toggle(WatchList::service(QStringLiteral("hub"), QStringLiteral("Actions")));
    models.grid.setWatchList(watchingActions);
    QTest::keyClick(grid, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(starred.size(), 1);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("watched through its service")),
             qPrintable(window.statusBar()->currentMessage()));

    // Minus on the provider's row folds its services away, plus brings them back.
    QTest::keyClick(grid, Qt::Key_Up);
    QTest::keyClick(grid, Qt::Key_Minus);
    QCOMPARE(grid->model()->rowCount(), 1);
    QTest::keyClick(grid, Qt::Key_Plus);
    QCOMPARE(grid->model()->rowCount(), 4);

    // Tab goes on to the incident list, then to the details.
    QTest::keyClick(grid, Qt::Key_Tab);
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Tab);
    QTRY_VERIFY(window.incidentPanel()->detailsView()->hasFocus());

    // Every cell speaks its status to assistive technology.
    const QString spoken = grid->model()->index(1, 0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(QStringLiteral("ExampleHub Actions Global: Major outage")),
             qPrintable(spoken));
}

void TestMainWindow::awayDigestBannerOpensItsIncidents()
{
    Models models;
    MainWindow window(models.forWindow());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.awayBanner()->isVisible());

    AwayDigest digest;
    digest.until = QDateTime::currentDateTimeUtc();
    digest.since = digest.until.addSecs(-3 * 3600);
    HistoryIncident started;
    started.provider = QStringLiteral("aws");
    started.id = QStringLiteral("arn:aws:health:us-east-1::event/EC2/1");
    started.title = QStringLiteral("Increased error rates");
    started.severity = Status::MajorOutage;
    started.startedAt = digest.since.addSecs(600);
    digest.started = {started};
    window.showAwayDigest(awayDigestHtml(digest, {}));
    QVERIFY(window.awayBanner()->isVisible());
    auto *text = window.awayBanner()->findChild<QLabel *>();
    QVERIFY(text->text().contains(QStringLiteral("Increased error rates")));

    // Following the incident's link (a click, or Tab and Enter in the label) opens it from the history.
    QSignalSpy requested(&window, &MainWindow::historyIncidentRequested);
    emit text->linkActivated(incidentLink(started.provider, started.id).toString(QUrl::FullyEncoded));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), started.provider);
    QCOMPARE(requested.first().at(1).toString(), started.id);
    QCOMPARE(window.tabs()->currentWidget(), window.historyView());
    // A link that is not an incident's does nothing.
    emit text->linkActivated(QStringLiteral("https://example.invalid/"));
    QCOMPARE(requested.size(), 1);

    auto *dismiss = window.awayBanner()->findChild<QPushButton *>(QStringLiteral("dismissAwayButton"));
    QVERIFY(dismiss);
    dismiss->click();
    QVERIFY(!window.awayBanner()->isVisible());
}

void TestMainWindow::historyTabByKeyboard()
{
    Models models;
    MainWindow window(models.forWindow());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.tabs()->currentIndex(), 0);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentWidget(), window.historyView());
    QVERIFY(window.historyView()->isAncestorOf(QApplication::focusWidget()));
    // Ctrl+F finds in the grid, wherever the user is.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), 0);
    QCOMPARE(QApplication::focusWidget(), window.filterBar()->findChild<QLineEdit *>());
    // Which tab was open is part of the layout the app saves.
    window.showHistory();
    const QByteArray layout = window.saveLayout();
    MainWindow again(models.forWindow());
    again.restoreLayout(layout);
    QCOMPARE(again.tabs()->currentWidget(), again.historyView());
}

void TestMainWindow::notificationsTabByKeyboard()
{
    Models models;
    QList<QStandardItem *> entry;
    for (const QString &text : {QStringLiteral("12:00"), QStringLiteral("ExampleHub Actions: major outage"),
                                QStringLiteral("Sent"), QStringLiteral("A watched cell")}) {
        entry << new QStandardItem(text);
        entry.last()->setData(true, NotificationLogModel::SentRole);
        entry.last()->setData(QStringList {QStringLiteral("hub\ninc1")},
                              NotificationLogModel::IncidentKeysRole);
    }
    models.notifications.appendRow(entry);
    MainWindow window(models.forWindow());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.tabs()->count(), 3);
    QCOMPARE(window.tabs()->indexOf(window.notificationLogView()), 2); // after Now and History

    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentWidget(), window.notificationLogView());
    QTreeView *log = window.notificationLogView()->view();
    QTRY_VERIFY(log->hasFocus());
    QCOMPARE(log->model()->rowCount(), 1);

    // Enter on an entry asks the app for its incidents.
    QSignalSpy requested(&window, &MainWindow::notificationIncidentRequested);
    QVERIFY(requested.isValid());
    log->setCurrentIndex(log->model()->index(0, 0));
    QTest::keyClick(log, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toStringList(), QStringList {QStringLiteral("hub\ninc1")});

    // The tab is part of the saved layout too.
    MainWindow again(models.forWindow());
    again.restoreLayout(window.saveLayout());
    QCOMPARE(again.tabs()->currentWidget(), again.notificationLogView());
    // A window given no log model still has the tab, empty.
    MainWindow withoutLog({&models.filter, &models.incidents, &models.sources, &models.history});
    QCOMPARE(withoutLog.tabs()->count(), 3);
    QCOMPARE(withoutLog.notificationLogView()->view()->model()->rowCount(), 0);
}

void TestMainWindow::minimizeHidesToTrayWhenAsked()
{
    Models models;
    MainWindow window(models.forWindow());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy hidden(&window, &MainWindow::hiddenToTray);
    QSignalSpy visibility(&window, &MainWindow::visibilityChanged);
    QVERIFY(hidden.isValid());
    QVERIFY(visibility.isValid());

    // By default, minimized is only minimized (but out of sight).
    window.showMinimized();
    QTest::qWait(50);
    QVERIFY(window.isVisible());
    QCOMPARE(hidden.count(), 0);
    QVERIFY(!visibility.isEmpty()); // the platform may tell of the same change twice
    for (const QList<QVariant> &change : std::as_const(visibility))
        QCOMPARE(change.first().toBool(), false);
    window.showNormal();
    QCOMPARE(visibility.last().first().toBool(), true);
    QTest::qWait(50); // the platform's late word on the restore is not part of what follows

    visibility.clear();
    window.setMinimizeToTray(true);
    window.showMinimized();
    QTRY_VERIFY(!window.isVisible());
    QCOMPARE(hidden.count(), 1);
    QVERIFY(!visibility.isEmpty());
    for (const QList<QVariant> &change : std::as_const(visibility))
        QCOMPARE(change.first().toBool(), false); // out of sight, and never back in between

    // The tray brings it back as it was.
    window.showNormal();
    QVERIFY(window.isVisible());
    QVERIFY(!window.isMinimized());
    QCOMPARE(visibility.last().first().toBool(), true);
    QCOMPARE(hidden.count(), 1);

    // Not while a modal dialog waits for an answer: it would be left without its window.
    QDialog question(&window);
    question.setModal(true);
    question.show();
    window.showMinimized();
    QTest::qWait(50);
    QVERIFY(window.isVisible());
    QCOMPARE(hidden.count(), 1);
}

void TestMainWindow::noTrayBanner()
{
    Models models;
    MainWindow window(models.forWindow());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.trayBanner()->isVisible());
    const QString message =
        QStringLiteral("No system tray was found, so Outage Radar runs as a normal window: "
                       "closing it quits.");
    window.setTrayUnavailable(message);
    QVERIFY(window.trayBanner()->isVisible());
    QCOMPARE(window.trayBanner()->findChild<QLabel *>()->text(), message);
    QVERIFY(!window.trayBanner()->accessibleName().isEmpty());
    auto *dismiss = window.trayBanner()->findChild<QPushButton *>(QStringLiteral("dismissTrayButton"));
    QVERIFY(dismiss);
    dismiss->click();
    QVERIFY(!window.trayBanner()->isVisible());
    window.setTrayUnavailable(message);
    QVERIFY(window.trayBanner()->isVisible());
    window.setTrayUnavailable(QString());
    QVERIFY(!window.trayBanner()->isVisible());
}

void TestMainWindow::showIncidentSelectsItOrAsksTheHistory()
{
    Models models;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    models.incidents.setEntries(
        {{openIncident(QStringLiteral("inc1"), QStringLiteral("Actions are failing")), false, now, now},
         {openIncident(QStringLiteral("inc2"), QStringLiteral("Pages are slow")), false, now, now}},
        now);
    MainWindow window(models.forWindow());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showNotificationLog();
    QSignalSpy history(&window, &MainWindow::historyIncidentRequested);
    QVERIFY(history.isValid());

    QVERIFY(window.showIncident(QStringLiteral("hub"), QStringLiteral("inc2")));
    QCOMPARE(window.tabs()->currentIndex(), 0);
    QTreeView *list = window.incidentPanel()->listView();
    QCOMPARE(list->currentIndex().siblingAtColumn(0).data(IncidentListModel::IncidentKeyRole).toString(),
             QStringLiteral("hub\ninc2"));
    QVERIFY(window.incidentPanel()->detailsView()->toPlainText().contains(QStringLiteral("Pages are slow")));
    QCOMPARE(history.count(), 0);

    // One that ended and left the list is asked of the history.
    QVERIFY(!window.showIncident(QStringLiteral("hub"), QStringLiteral("gone")));
    QCOMPARE(history.count(), 1);
    QCOMPARE(history.first().at(0).toString(), QStringLiteral("hub"));
    QCOMPARE(history.first().at(1).toString(), QStringLiteral("gone"));
    QCOMPARE(window.tabs()->currentWidget(), window.historyView());
}

void TestMainWindow::settingsByMenuAndKey()
{
    Models models;
    MainWindow window(models.forWindow());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy settings(&window, &MainWindow::settingsRequested);
    QVERIFY(settings.isValid());
    QVERIFY(window.settingsAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(settings.count(), 1);
    window.settingsAction()->trigger();
    QCOMPARE(settings.count(), 2);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
