// SPDX-License-Identifier: GPL-3.0-or-later
// The real app on a desktop that has a DBus tray and a notification server: the project's own
// fake desktop (tests/support/fakedesktop.cpp) serves both on the session bus of the
// dbus-run-session this test runs in, and logs every Notify call. A feed served from 127.0.0.1
// first flaps (which must stay quiet), then holds a major outage (which must notify once, rolled
// up); clicking the notification brings the hidden window up.
#include "fixtureserver.h"
#include "xsession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString summaryPath = QStringLiteral("/api/v2/summary.json");

/// A Statuspage summary of one page: `outage` puts Actions in a major outage with an incident
/// (and Pages degraded), otherwise everything is operational. Same page and components both ways.
QByteArray summary(bool outage)
{
    QFile file(QStringLiteral(RADAR_TEST_DATA_DIR "/statuspage/major-outage.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject page = QJsonDocument::fromJson(file.readAll()).object();
    if (outage)
        return QJsonDocument(page).toJson(QJsonDocument::Compact);
    QJsonArray components = page.value(u"components").toArray();
    for (qsizetype i = 0; i < components.size(); ++i) {
        QJsonObject component = components[i].toObject();
        component.insert(QStringLiteral("status"), QStringLiteral("operational"));
        components[i] = component;
    }
    page.insert(QStringLiteral("components"), components);
    page.insert(QStringLiteral("incidents"), QJsonArray());
    page.insert(QStringLiteral("status"),
                QJsonObject {{QStringLiteral("indicator"), QStringLiteral("none")},
                             {QStringLiteral("description"), QStringLiteral("All Systems Operational")}});
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

/// The fake desktop's log: one JSON object per line.
QList<QJsonObject> readLog(const QString &path)
{
    QList<QJsonObject> events;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return events;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            events << QJsonDocument::fromJson(line).object();
    }
    return events;
}

QList<QJsonObject> eventsNamed(const QString &path, const QString &name)
{
    QList<QJsonObject> matching;
    for (const QJsonObject &event : readLog(path)) {
        if (event.value(u"event").toString() == name)
            matching << event;
    }
    return matching;
}

} // namespace

class TestTrayNotify : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void flappingStaysQuietAndAnOutageNotifiesOnce();

private:
    bool windowVisible() const;

    XSession m_x;
    QTemporaryDir m_dir;
};

void TestTrayNotify::initTestCase()
{
    if (!qEnvironmentVariableIsSet("RADAR_DBUS_SESSION"))
        QSKIP("runs inside dbus-run-session (its CTest entry starts one); dbus-run-session was not found "
              "when this build was configured: bash .ci/setup installs it");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("the session bus did not start: DBUS_SESSION_BUS_ADDRESS is empty");
    if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
        QSKIP("needs xdotool to see the window come up (bash .ci/setup installs it)");
    QVERIFY(m_dir.isValid());
    const QString problem = m_x.start();
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
}

bool TestTrayNotify::windowVisible() const
{
    QByteArray found;
    return m_x.run(QStringLiteral("xdotool"),
                   {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                    QStringLiteral("^Outage Radar")},
                   &found)
        == 0
        && !found.trimmed().isEmpty();
}

void TestTrayNotify::flappingStaysQuietAndAnOutageNotifiesOnce()
{
    const QString log = m_dir.filePath(QStringLiteral("desktop.jsonl"));
    QProcess desktop;
    desktop.setProcessEnvironment(m_x.environment());
    desktop.setProcessChannelMode(QProcess::SeparateChannels);
    // The desktop "clicks" each notification a second after it arrives.
    desktop.start(QStringLiteral(FAKE_DESKTOP_BINARY),
                  {log, QStringLiteral("--click-after"), QStringLiteral("1000")});
    QVERIFY(desktop.waitForStarted());
    auto stopDesktop = qScopeGuard([&desktop] {
        desktop.terminate();
        desktop.waitForFinished(5000);
    });
    QByteArray desktopOutput;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (desktopOutput += desktop.readAllStandardOutput()).contains("ready"),
        qPrintable(QString::fromLocal8Bit(desktopOutput + desktop.readAllStandardError())), 10000);

    FixtureServer server;
    QVERIFY(server.listen());
    const QByteArray calm = summary(false);
    const QByteArray outage = summary(true);
    QVERIFY(!calm.isEmpty() && !outage.isEmpty());
    server.setResponse(summaryPath, FixtureResponse::json(calm));

    QProcess app;
    app.setProcessEnvironment(m_x.environment());
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(OUTAGE_RADAR_BINARY),
              {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
               QStringLiteral("--minimized"), QStringLiteral("--interval"), QStringLiteral("15"),
               QStringLiteral("--source"), server.url(summaryPath).toString()});
    QVERIFY(app.waitForStarted());
    auto stopApp = qScopeGuard([&app] {
        app.terminate();
        app.waitForFinished(10000);
    });

    // Qt chose the DBus tray: its item registered with the watcher.
    QTRY_VERIFY_WITH_TIMEOUT(!eventsNamed(log, QStringLiteral("RegisterStatusNotifierItem")).isEmpty(),
                             20000);
    QVERIFY2(!windowVisible(), "--minimized with a tray must start hidden");

    // Poll 1 is the baseline (calm). Polls 2–4 flap: outage, calm, outage. Poll 5 holds the outage.
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount(summaryPath) >= 1, 20000);
    for (int poll = 2; poll <= 5; ++poll) {
        server.setResponse(summaryPath, FixtureResponse::json(poll % 2 == 0 || poll == 5 ? outage : calm));
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount(summaryPath) >= poll, 25000);
        if (poll == 5)
            break;
        // Until the outage held for two polls, nothing was worth a notification.
        QTest::qWait(1500);
        QCOMPARE(eventsNamed(log, QStringLiteral("Notify")).size(), 0);
    }

    // Polls 4 and 5 agree: one notification for the page, rolled up (Actions and the page's own
    // verdict are one event, Pages is only degraded and not watched).
    QTRY_VERIFY_WITH_TIMEOUT(!eventsNamed(log, QStringLiteral("Notify")).isEmpty(), 10000);
    QTest::qWait(3000);
    const QList<QJsonObject> notifications = eventsNamed(log, QStringLiteral("Notify"));
    QCOMPARE(notifications.size(), 1);
    const QString summaryText = notifications.first().value(u"summary").toString();
    const QString body = notifications.first().value(u"body").toString();
    QVERIFY2(summaryText.contains(QStringLiteral("ExampleHub")), qPrintable(summaryText));
    QVERIFY2(summaryText.contains(QStringLiteral("major outage"), Qt::CaseInsensitive),
             qPrintable(summaryText));
    QVERIFY2(body.contains(QStringLiteral("Actions")), qPrintable(body));
    QVERIFY2(!body.contains(QStringLiteral("Pages")), qPrintable(body));

    // The desktop clicked it: the window came up to show the incident.
    QTRY_VERIFY_WITH_TIMEOUT(windowVisible(), 10000);
    QVERIFY(app.state() == QProcess::Running);
}

QTEST_GUILESS_MAIN(TestTrayNotify)
#include "tst_traynotify.moc"
