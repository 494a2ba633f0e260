// SPDX-License-Identifier: GPL-3.0-or-later
// The windowed app's composition root against loopback servers: what a person sees when the
// network goes away and comes back, with the real engine, state, window and tray controller.
#include "desktopapp.h"
#include "feedtesting.h"
#include "fixtureserver.h"
#include "gridfilterbar.h"
#include "healthgridview.h"
#include "incidentdetailsview.h"
#include "incidentpanel.h"
#include "item/gridfiltermodel.h"
#include "localization.h"
#include "mainwindow.h"
#include "traycontroller.h"

#include "settings/appsettings.h"

#include <QComboBox>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

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

} // namespace

class TestDesktopApp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { installTranslations(); }
    void losingTheNetworkIsOneOfflineState();
    void incidentsAndViewSettingsThroughTheRealPipeline();
};

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

QTEST_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
