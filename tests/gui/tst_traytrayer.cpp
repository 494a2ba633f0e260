// SPDX-License-Identifier: GPL-3.0-or-later
// The real app's tray icon in a real XEmbed tray: Xvfb, Debian's `trayer` docked at the top right,
// and outage-radar started hidden in it, polling a Statuspage summary served from 127.0.0.1. The
// icon must show in trayer's strip in the operational colour, then, once the feed reports a major
// outage, in the major outage colour alone.
#include "fixtureserver.h"
#include "xsession.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

const QString summaryPath = QStringLiteral("/api/v2/summary.json");
// The symbols' fill colours (statusColor()); the icon is drawn from the tray SVGs in them.
const QColor operational(0x00, 0x9E, 0x73);
const QColor majorOutage(0xB0, 0x1C, 0x2E);

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(RADAR_TEST_DATA_DIR "/statuspage/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTrayTrayer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void iconFollowsTheFeed();

private:
    /// trayer's strip on the screen, from its window; null while it has none.
    QRect trayStrip() const;
    /// The screen within trayer's strip; null when either is missing.
    QImage stripImage() const;

    XSession m_x;
    QProcess m_trayer;
    QTemporaryDir m_dir;
};

void TestTrayTrayer::initTestCase()
{
    for (const QString &tool : {QStringLiteral("trayer"), QStringLiteral("xdotool")}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(QStringLiteral("needs %1 (bash .ci/setup installs it)").arg(tool)));
    }
    QVERIFY(m_dir.isValid());
    const QString problem = m_x.start();
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));

    // A plain grey strip at the top right that grows with its icons, as on a bare X desktop.
    m_trayer.setProcessEnvironment(m_x.environment());
    m_trayer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_trayer.start(QStringLiteral("trayer"),
                   {QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--align"),
                    QStringLiteral("right"), QStringLiteral("--widthtype"), QStringLiteral("request"),
                    QStringLiteral("--height"), QStringLiteral("32"), QStringLiteral("--SetDockType"),
                    QStringLiteral("true"), QStringLiteral("--transparent"), QStringLiteral("false"),
                    QStringLiteral("--expand"), QStringLiteral("true")});
    QVERIFY(m_trayer.waitForStarted());
    // trayer takes the tray selection before it maps its strip: once the strip shows, the app
    // finds a tray (Qt looks for one only when the icon is created).
    QTRY_VERIFY_WITH_TIMEOUT(!trayStrip().isNull() || m_trayer.state() == QProcess::NotRunning, 10000);
    QVERIFY2(m_trayer.state() == QProcess::Running, "trayer exited");
}

void TestTrayTrayer::cleanupTestCase()
{
    if (m_trayer.state() != QProcess::NotRunning) {
        m_trayer.terminate();
        m_trayer.waitForFinished(5000);
    }
}

QRect TestTrayTrayer::trayStrip() const
{
    QByteArray found;
    // The strip's window is of class "trayer", named "panel"; trayer's other windows are unmapped.
    if (m_x.run(QStringLiteral("xdotool"),
                {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--classname"),
                 QStringLiteral("^panel$")},
                &found)
        != 0)
        return {};
    const QByteArray window = found.trimmed().split('\n').value(0);
    QByteArray shell;
    if (window.isEmpty()
        || m_x.run(
               QStringLiteral("xdotool"),
               {QStringLiteral("getwindowgeometry"), QStringLiteral("--shell"), QString::fromLatin1(window)},
               &shell)
            != 0)
        return {};
    QHash<QString, int> values;
    static const QRegularExpression line(QStringLiteral("^(X|Y|WIDTH|HEIGHT)=(-?\\d+)$"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(QString::fromLatin1(shell)); it.hasNext();) {
        const auto match = it.next();
        values.insert(match.captured(1), match.captured(2).toInt());
    }
    return QRect(values.value(QStringLiteral("X")), values.value(QStringLiteral("Y")),
                 values.value(QStringLiteral("WIDTH")), values.value(QStringLiteral("HEIGHT")));
}

QImage TestTrayTrayer::stripImage() const
{
    const QRect strip = trayStrip();
    const QImage screen = m_x.screenshot();
    if (strip.isEmpty() || screen.isNull())
        return {};
    return screen.copy(strip.intersected(screen.rect()));
}

void TestTrayTrayer::iconFollowsTheFeed()
{
    const QByteArray calm = fixture(QStringLiteral("all-operational.json"));
    const QByteArray outage = fixture(QStringLiteral("major-outage.json"));
    QVERIFY(!calm.isEmpty() && !outage.isEmpty());
    // On its own thread: the screenshots block this one, and the app's polls must not wait for them.
    FixtureServerThread server;
    QVERIFY(server.isListening());
    server.setResponse(summaryPath, FixtureResponse::json(calm));

    QProcess app;
    QProcessEnvironment environment = m_x.environment();
    // Only the XEmbed tray: a StatusNotifier host on the machine's session bus would take the icon.
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    app.setProcessEnvironment(environment);
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
    auto keepScreenOnFailure = qScopeGuard([this] {
        if (QTest::currentTestFailed())
            m_x.screenshot().save(QDir::temp().filePath(QStringLiteral("tst_traytrayer-failure.png")));
    });

    // A 32-pixel symbol fills about 500 pixels with its colour; the strip itself is grey.
    const auto awaitStrip = [this, &app](const std::function<bool(const QImage &)> &shown, int timeoutMs) {
        QImage strip;
        for (QDeadlineTimer deadline(timeoutMs); !deadline.hasExpired() && app.state() == QProcess::Running;
             QTest::qWait(300)) {
            strip = stripImage();
            if (!strip.isNull() && shown(strip))
                break;
        }
        return strip;
    };
    const auto calmShown = [](const QImage &strip) {
        return pixelsOf(strip, operational) > 100;
    };
    QImage strip = awaitStrip(calmShown, 20000);
    QVERIFY2(app.state() == QProcess::Running, "the app exited");
    QVERIFY2(!strip.isNull() && calmShown(strip),
             "the tray strip never showed the operational symbol: no icon docked in trayer");
    QCOMPARE(pixelsOf(strip, majorOutage), 0);
    // Docked: trayer's strip grew to hold the icon.
    QVERIFY(trayStrip().width() >= 16);

    // The next poll (every 15 s) reads the outage.
    server.setResponse(summaryPath, FixtureResponse::json(outage));
    const auto outageShown = [](const QImage &image) {
        return pixelsOf(image, majorOutage) > 100 && pixelsOf(image, operational) == 0;
    };
    strip = awaitStrip(outageShown, 30000);
    QVERIFY2(app.state() == QProcess::Running, "the app exited");
    QVERIFY2(!strip.isNull() && outageShown(strip),
             qPrintable(QStringLiteral("the tray strip did not turn to the major outage symbol: %1 major "
                                       "outage and %2 operational pixels")
                            .arg(pixelsOf(strip, majorOutage))
                            .arg(pixelsOf(strip, operational))));

    // A second launch brings the hidden window up (single instance) and ends at once.
    QProcess second;
    second.setProcessEnvironment(environment);
    second.start(QStringLiteral(OUTAGE_RADAR_BINARY),
                 {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))});
    QVERIFY(second.waitForFinished(15000));
    QCOMPARE(second.exitCode(), 0);
    const auto windowShown = [this] {
        QByteArray found;
        return m_x.run(QStringLiteral("xdotool"),
                       {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                        QStringLiteral("^Outage Radar")},
                       &found)
            == 0
            && !found.trimmed().isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(windowShown(), 10000);
    // With its window open and a tray to hide in, a termination request still ends the app: the
    // window closes for good instead of hiding.
    stopApp.dismiss();
    app.terminate();
    QVERIFY2(app.waitForFinished(5000), "SIGTERM did not end the app while its window was open");
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
}

QTEST_GUILESS_MAIN(TestTrayTrayer)
#include "tst_traytrayer.moc"
