// SPDX-License-Identifier: GPL-3.0-or-later
// The windowed app's composition root against loopback servers: what a person sees when the
// network goes away and comes back, with the real engine, state, window and tray controller.
#include "desktopapp.h"
#include "feedtesting.h"
#include "fixtureserver.h"
#include "generalsettingspage.h"
#include "gridfilterbar.h"
#include "healthgridview.h"
#include "historychartview.h"
#include "historyview.h"
#include "incidentdetailsview.h"
#include "incidentpanel.h"
#include "item/gridfiltermodel.h"
#include "item/notificationlogmodel.h"
#include "localization.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "traycontroller.h"

#include "settings/appsettings.h"
#include "store/historydatabase.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkInformation>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace radar;

namespace {

QByteArray fixture(const QString &name)
{
    return feedtesting::fixture(QStringLiteral("statuspage"), name);
}

FixtureResponse hangUp()
{
    FixtureResponse response;
    response.behaviour = FixtureResponse::Behaviour::CloseAtOnce;
    return response;
}

Options statuspageSources(const QList<QUrl> &urls)
{
    Options options;
    options.sources = urls;
    options.kind = FeedKind::Statuspage;
    return options;
}

// Starts the app, and waits for its window and the end of its first refresh of every source.
bool startAndPoll(DesktopApp &app)
{
    QSignalSpy cycles(&app.engine(), &Engine::cycleFinished);
    QString error;
    if (!app.start(error)) {
        qWarning("cannot start: %s", qPrintable(error));
        return false;
    }
    return QTest::qWaitForWindowExposed(app.window()) && cycles.wait(10000);
}

// The fixture's open incident moved to yesterday, so the history's bars hold it whenever the test runs.
QByteArray incidentOfYesterday()
{
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    return fixture("major-outage.json").replace("2026-11-20", yesterday.toLatin1());
}

// Yesterday's bar of the History tab, chosen and asked for with the keyboard, as a person would.
QTreeWidget *listYesterday(MainWindow *window)
{
    window->showHistory();
    HistoryView *view = window->historyView();
    HistoryChartView *chart = view->chartView();
    // The history loads on its own thread: the chart says "Loading history…" until it has bars.
    if (!QTest::qWaitFor([chart] { return chart->placeholderText().isEmpty(); }, 10000))
        qWarning("the chart still says: %s", qPrintable(chart->placeholderText()));
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_End);
    QTest::keyClick(chart, Qt::Key_Left);
    QTest::keyClick(chart, Qt::Key_Enter);
    return view->incidentList();
}

} // namespace

class TestDesktopApp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        installTranslations();
        // Tests without --data-dir must not write history into the user's own data directory.
        QStandardPaths::setTestModeEnabled(true);
    }
    // First: the platform's network information, once loaded, stays for the process.
    void platformNetworkIsAskedOnceAFetchFails();
    void losingTheNetworkIsOneOfflineState();
    void incidentsAndViewSettingsThroughTheRealPipeline();
    void historyThroughTheRealPipeline();
    void damagedHistoryIsMovedAsideAndSaid();
    void notificationsThroughTheRealPipeline();
};

void TestDesktopApp::platformNetworkIsAskedOnceAFetchFails()
{
    FixtureServer server;
    QVERIFY(server.listen());
    server.setResponse(QStringLiteral("/summary.json"),
                       FixtureResponse::json(fixture("all-operational.json")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("outage-radar.ini")));
    DesktopApp app(statuspageSources({server.url(QStringLiteral("/summary.json"))}), settings);
    QVERIFY(startAndPoll(app));
    // Every source answers: Qt's network information backends (it loads them all) stay unloaded.
    QVERIFY(!QNetworkInformation::instance());

    server.setResponse(QStringLiteral("/summary.json"), hangUp());
    QSignalSpy cycles(&app.engine(), &Engine::cycleFinished);
    app.engine().refreshNow();
    QVERIFY(cycles.wait(10000));
    if (QNetworkInformation::availableBackends().isEmpty())
        QSKIP("this machine has no network information backend for Qt to load");
    QVERIFY(QNetworkInformation::instance());
}

void TestDesktopApp::losingTheNetworkIsOneOfflineState()
{
    // Two servers that hang up on every request: what a dead uplink looks like from here.
    FixtureServer first;
    FixtureServer second;
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    first.setResponse(QStringLiteral("/summary.json"), hangUp());
    second.setResponse(QStringLiteral("/summary.json"), hangUp());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("outage-radar.ini")));
    DesktopApp app(statuspageSources({first.url(QStringLiteral("/summary.json")),
                                      second.url(QStringLiteral("/summary.json"))}),
                   settings);
    QVERIFY(startAndPoll(app));
    MainWindow *window = app.window();
    QSignalSpy cycles(&app.engine(), &Engine::cycleFinished);
    QTRY_VERIFY(window->offlineBanner()->isVisible());
    QVERIFY(app.connectivity().isOffline());
    QVERIFY(app.tray()->showsOffline());
    QVERIFY(!app.connectivity().notificationsAllowed(QDateTime::currentDateTimeUtc()));

    // The network is back: "Try again" refreshes, the banner goes, alerts wait out a grace period.
    first.setResponse(QStringLiteral("/summary.json"), FixtureResponse::json(fixture("degraded.json")));
    second.setResponse(QStringLiteral("/summary.json"),
                       FixtureResponse::json(fixture("all-operational.json")));
    auto *retry = window->offlineBanner()->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry);
    retry->click();
    QVERIFY(cycles.wait(10000));
    QTRY_VERIFY(!window->offlineBanner()->isVisible());
    QVERIFY(!app.tray()->showsOffline());
    QCOMPARE(app.tray()->shownStatus(), Status::Degraded);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!app.connectivity().notificationsAllowed(now));
    QVERIFY(app.connectivity().notificationsAllowed(now.addSecs(Connectivity::gracePeriod.count() + 1)));
    QVERIFY(!window->refreshProgress()->isVisible());
}

void TestDesktopApp::incidentsAndViewSettingsThroughTheRealPipeline()
{
    FixtureServer server;
    QVERIFY(server.listen());
    server.setResponse(QStringLiteral("/summary.json"), FixtureResponse::json(fixture("major-outage.json")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("outage-radar.ini")));
    const Options options = statuspageSources({server.url(QStringLiteral("/summary.json"))});
    {
        DesktopApp app(options, settings);
        QVERIFY(startAndPoll(app));
        MainWindow *window = app.window();

        // The feed's open incident is listed, and Enter on its cell shows its timeline.
        QTreeView *list = window->incidentPanel()->listView();
        QTRY_COMPARE(list->model()->rowCount(), 1);
        HealthGridView *grid = window->gridView();
        QModelIndex actions;
        for (int row = 0; row < grid->model()->rowCount(); ++row) {
            if (grid->model()->headerData(row, Qt::Vertical).toString().trimmed()
                == QStringLiteral("Actions"))
                actions = grid->model()->index(row, 0);
        }
        QVERIFY(actions.isValid());
        grid->setFocus();
        grid->setCurrentIndex(actions);
        QTest::keyClick(grid, Qt::Key_Enter);
        QCOMPARE(list->currentIndex().row(), 0);
        const QString details = window->incidentPanel()->detailsView()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Rolling back.")), qPrintable(details));
        QVERIFY2(!details.contains(QStringLiteral("<br")),
                 qPrintable(details)); // rendered, not shown as markup

        // Star the cell, filter, switch the columns: all of it is remembered.
        grid->toggleWatchOfCurrentCell();
        QVERIFY(actions.data(HealthGridModel::WatchedRole).toBool());
        window->filterBar()->problemsOnlyButton()->click();
        window->filterBar()->columnModeBox()->setCurrentIndex(1);
    }
    AppSettings reread(dir.filePath(QStringLiteral("outage-radar.ini")));
    DesktopApp app(options, reread);
    QString error;
    QVERIFY2(app.start(error), qPrintable(error));
    GridFilterBar *bar = app.window()->filterBar();
    QVERIFY(bar->problemsOnlyButton()->isChecked());
    QCOMPARE(bar->columnModeBox()->currentIndex(), 1);
    auto *filter = static_cast<GridFilterModel *>(app.window()->gridView()->model());
    QVERIFY(filter->filter().problemsOnly);
    QCOMPARE(filter->gridModel()->columnMode(), HealthGridModel::ColumnMode::Geography);
    const QList<WatchList::Entry> watched = filter->gridModel()->watchList().entries();
    QCOMPARE(watched.size(), 1);
    QCOMPARE(watched.first().scope, WatchList::Scope::Cell);
    QCOMPARE(watched.first().key.region, globalRegion());
}

void TestDesktopApp::historyThroughTheRealPipeline()
{
    FixtureServer server;
    QVERIFY(server.listen());
    server.setResponse(QStringLiteral("/summary.json"), FixtureResponse::json(incidentOfYesterday()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("outage-radar.ini")));
    Options options = statuspageSources({server.url(QStringLiteral("/summary.json"))});
    options.dataDir = dir.path();
    const QString historyFile = dir.filePath(QStringLiteral("history.sqlite"));
    {
        DesktopApp app(options, settings);
        QVERIFY(startAndPoll(app));
        // Polled twice: still one incident, its updates stored once.
        QSignalSpy cycles(&app.engine(), &Engine::cycleFinished);
        app.engine().refreshNow();
        QVERIFY(cycles.wait(10000));
        QTest::qWait(300); // the coalesced publish that hands the batch over
        app.history().flush();
        {
            HistoryDatabase database;
            QVERIFY(database.open(historyFile).ok);
            const std::optional<QList<Incident>> stored = database.fullIncidents();
            QVERIFY(stored);
            QCOMPARE(stored->size(), 1);
            QCOMPARE(stored->first().title, QStringLiteral("Actions workflows are failing"));
            const QJsonArray served = QJsonDocument::fromJson(incidentOfYesterday())
                                          .object()
                                          .value("incidents")
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value("incident_updates")
                                          .toArray();
            QVERIFY(served.size() > 1);
            QCOMPARE(stored->first().updates.size(), served.size());
            const std::optional<QList<CellChange>> changes = database.cellChanges();
            QVERIFY(changes);
            QVERIFY(std::any_of(changes->cbegin(), changes->cend(), [](const CellChange &change) {
                return change.key.service == u"Actions" && change.to == Status::MajorOutage;
            }));
        }

        // The History tab: yesterday's bar lists it, and Enter opens its updates.
        QTreeWidget *list = listYesterday(app.window());
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(0));
        QTest::keyClick(list, Qt::Key_Enter);
        HistoryView *view = app.window()->historyView();
        QTRY_VERIFY2(view->detailsView()->toPlainText().contains(QStringLiteral("Rolling back.")),
                     qPrintable(view->detailsView()->toPlainText()));

        // Exported from the tab, through the history thread.
        const QString exported = dir.filePath(QStringLiteral("export.csv"));
        view->exportTo(exported);
        QTRY_VERIFY2(view->exportStatus()->text().contains(QStringLiteral("export.csv")),
                     qPrintable(view->exportStatus()->text()));
        QFile csv(exported);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("Actions workflows are failing"));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("export-transitions.csv"))));
    }
    // Restarted with the feed gone: the history is still there.
    server.setResponse(QStringLiteral("/summary.json"), hangUp());
    DesktopApp app(options, settings);
    QString error;
    QVERIFY2(app.start(error), qPrintable(error));
    QVERIFY(QTest::qWaitForWindowExposed(app.window()));
    QTreeWidget *list = listYesterday(app.window());
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QVERIFY(list->topLevelItem(0)->text(0).contains(QStringLiteral("Actions workflows are failing")));
}

void TestDesktopApp::damagedHistoryIsMovedAsideAndSaid()
{
    FixtureServer server;
    QVERIFY(server.listen());
    server.setResponse(QStringLiteral("/summary.json"), FixtureResponse::json(incidentOfYesterday()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString historyFile = dir.filePath(QStringLiteral("history.sqlite"));
    QFile damaged(historyFile);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray("SQLite format 3").append(4096, '\x5a'));
    damaged.close();
    AppSettings settings(dir.filePath(QStringLiteral("outage-radar.ini")));
    Options options = statuspageSources({server.url(QStringLiteral("/summary.json"))});
    options.dataDir = dir.path();
    DesktopApp app(options, settings);
    QVERIFY(startAndPoll(app));
    // The user is told, the old file is kept aside, and the history goes on in a new one.
    QTRY_VERIFY(app.window()->historyBanner()->isVisible());
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("history.sqlite.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY(app.window()->historyBanner()->findChild<QLabel *>()->text().contains(aside.first()));
    QTest::qWait(300);
    app.history().flush();
    HistoryDatabase database;
    QVERIFY(database.open(historyFile).ok);
    QCOMPARE(database.fullIncidents()->size(), 1);
}

void TestDesktopApp::notificationsThroughTheRealPipeline()
{
    FixtureServer server;
    QVERIFY(server.listen());
    const QString path = QStringLiteral("/summary.json");
    server.setResponse(path, FixtureResponse::json(fixture("all-operational.json")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Start at login writes its entry under XDG_CONFIG_HOME: here, not in the user's home.
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toLocal8Bit());
    AppSettings settings(dir.filePath(QStringLiteral("outage-radar.ini")));
    Options options = statuspageSources({server.url(path)});
    options.dataDir = dir.path();
    const auto poll = [](DesktopApp &app) {
        QSignalSpy cycles(&app.engine(), &Engine::cycleFinished);
        app.engine().refreshNow();
        return cycles.wait(10000);
    };
    const QDateTime pausedUntil = QDateTime::currentDateTimeUtc().addSecs(3600);
    {
        DesktopApp app(options, settings);
        QVERIFY(startAndPoll(app));
        QCOMPARE(app.notificationLog().rowCount(), 0); // a calm start says nothing

        // The same page now in a major outage (another page id, but the same source): the first
        // poll that says so is not enough, the second is; one entry for the page, not one per service.
        server.setResponse(path, FixtureResponse::json(fixture("major-outage.json")));
        QVERIFY(poll(app));
        QCOMPARE(app.notificationLog().rowCount(), 0);
        QVERIFY(poll(app));
        QTRY_COMPARE(app.notificationLog().rowCount(), 1);
        const Notification sent = *app.notificationLog().entry(0);
        QVERIFY(sent.sent);
        QCOMPARE(sent.kind, Notification::Kind::Started);
        QCOMPARE(sent.status, Status::MajorOutage);
        QVERIFY2(sent.serviceNames.contains(QStringLiteral("Actions")),
                 qPrintable(sent.serviceNames.join(u',')));
        QVERIFY(sent.incidentKeys.first().endsWith(QStringLiteral("\ninc1")));

        // The log's Enter opens the incident in the Now tab.
        MainWindow *window = app.window();
        window->showNotificationLog();
        QTreeView *list = window->incidentPanel()->listView();
        QTRY_COMPARE(list->model()->rowCount(), 1); // the publish after the poll
        QVERIFY(!list->currentIndex().isValid());
        emit window->notificationIncidentRequested(sent.incidentKeys);
        QTRY_VERIFY(list->currentIndex().isValid());
        QVERIFY2(window->incidentPanel()->detailsView()->toPlainText().contains(
                     QStringLiteral("Actions workflows")),
                 qPrintable(window->incidentPanel()->detailsView()->toPlainText()));

        // Muting the provider from the grid takes its problems off the tray and is saved.
        QTRY_COMPARE(app.tray()->shownStatus(), Status::MajorOutage);
        const QString provider = sent.provider;
        emit window->gridView()->muteProviderRequested(provider, true);
        QTRY_VERIFY(app.tray()->shownStatus() != Status::MajorOutage);
        QVERIFY(settings.notificationRules().mutedProviders.contains(provider));
        emit window->gridView()->muteProviderRequested(provider, false);
        QTRY_COMPARE(app.tray()->shownStatus(), Status::MajorOutage);

        // Pausing from the tray is saved, so a restart keeps it.
        emit app.tray()->pauseRequested(QuietLength::OneHour);
        QVERIFY(app.notificationPolicy().pausedUntil(QDateTime::currentDateTimeUtc()).isValid());
        QVERIFY(qAbs(settings.notificationsPausedUntil().secsTo(pausedUntil)) < 60);

        // Settings: start minimized and start at login, applied from the dialog.
        SettingsDialog *dialog = app.showSettings();
        QVERIFY(dialog);
        GeneralSettings general = dialog->general();
        general.startMinimized = true;
        general.startAtLogin = true;
        dialog->setGeneral(general);
        emit dialog->applied();
        QVERIFY(settings.startMinimized());
        const QString entry = dir.filePath(QStringLiteral("config/autostart/outage-radar.desktop"));
        QVERIFY(QFile::exists(entry));
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(content.contains("--minimized")
                     && content.contains(QDir(dir.path()).absolutePath().toUtf8()),
                 content.constData());
        general.startAtLogin = false;
        dialog->setGeneral(general);
        emit dialog->applied();
        QVERIFY(!QFile::exists(entry));
        dialog->close();
    }
    // After a restart: still paused, and started out of sight as asked.
    server.setResponse(path, FixtureResponse::json(fixture("all-operational.json")));
    DesktopApp again(options, settings);
    QString error;
    QVERIFY(again.start(error));
    QVERIFY(again.notificationPolicy().pausedUntil(QDateTime::currentDateTimeUtc()).isValid());
    QVERIFY(!again.window()->isVisible() || again.window()->isMinimized());
    qunsetenv("XDG_CONFIG_HOME");
}

QTEST_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
