// SPDX-License-Identifier: GPL-3.0-or-later
// The windowed app's composition root against loopback servers: what a person sees when the
// network goes away and comes back, with the real engine, state, window and tray controller.
#include "desktopapp.h"
#include "feedtesting.h"
#include "fixtureserver.h"
#include "localization.h"
#include "mainwindow.h"
#include "traycontroller.h"

#include "settings/appsettings.h"

#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestDesktopApp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { installTranslations(); }
    void losingTheNetworkIsOneOfflineState();
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
    Options options;
    options.sources = {first.url(QStringLiteral("/summary.json")),
                       second.url(QStringLiteral("/summary.json"))};
    options.kind = FeedKind::Statuspage;
    DesktopApp app(options, settings);
    QSignalSpy cycles(&app.engine(), &Engine::cycleFinished);
    QString error;
    QVERIFY2(app.start(error), qPrintable(error));
    MainWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    QVERIFY(cycles.wait(10000));
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

QTEST_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
