// SPDX-License-Identifier: GPL-3.0-or-later
// The real app in a real X server: starts Xvfb, launches outage-radar on fixture files with the xcb
// platform, takes screenshots of the screen with ImageMagick's `import` and checks what a person sees.
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

QString fixtureUrl(const QString &name)
{
    return QUrl::fromLocalFile(QStringLiteral(RADAR_TEST_DATA_DIR "/statuspage/") + name).toString();
}

// How many pixels are within a small distance of `colour`.
int pixelsOf(const QImage &screen, const QColor &colour)
{
    const QImage image = screen.convertToFormat(QImage::Format_RGB32);
    int hits = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAbs(qRed(line[x]) - colour.red()) < 10 && qAbs(qGreen(line[x]) - colour.green()) < 10
                && qAbs(qBlue(line[x]) - colour.blue()) < 10)
                ++hits;
        }
    }
    return hits;
}

} // namespace

class TestAppWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void windowShowsTheGrid();
    void pullingTheNetworkShowsOneOfflineBanner();

private:
    QImage screenshot();
    /// Starts the real binary on this test's X server with the xcb platform.
    void launch(QProcess &app, const QStringList &arguments);
    /// Screenshots until `shown` holds for one or 20 s have passed; the last screenshot.
    QImage awaitScreen(const std::function<bool(const QImage &)> &shown);

    QProcess m_xserver;
    QString m_display;
    QTemporaryDir m_dir;
};

void TestAppWindow::initTestCase()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("import")).isEmpty())
        QSKIP("needs Xvfb and ImageMagick's import (bash .ci/setup installs them)");
    QVERIFY(m_dir.isValid());
    // Pick a display number nobody uses; Xvfb refuses a taken one, so try a few.
    for (int display = 140 + int(QCoreApplication::applicationPid() % 50); display < 260; ++display) {
        if (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(display)))
            continue;
        m_display = QStringLiteral(":%1").arg(display);
        m_xserver.start(xvfb,
                        {m_display, QStringLiteral("-screen"), QStringLiteral("0"),
                         QStringLiteral("1024x700x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        QVERIFY(m_xserver.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(display))
                                     || m_xserver.state() == QProcess::NotRunning,
                                 10000);
        if (m_xserver.state() == QProcess::Running)
            return;
    }
    QSKIP("could not start Xvfb on a free display");
}

void TestAppWindow::cleanupTestCase()
{
    if (m_xserver.state() == QProcess::Running) {
        m_xserver.terminate();
        m_xserver.waitForFinished(5000);
    }
}

QImage TestAppWindow::screenshot()
{
    const QString file = m_dir.filePath(QStringLiteral("screen.png"));
    QProcess import;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), m_display);
    import.setProcessEnvironment(environment);
    import.start(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), file});
    if (!import.waitForFinished(20000) || import.exitCode() != 0)
        return {};
    return QImage(file);
}

void TestAppWindow::launch(QProcess &app, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), m_display);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(OUTAGE_RADAR_BINARY), arguments);
}

QImage TestAppWindow::awaitScreen(const std::function<bool(const QImage &)> &shown)
{
    QImage image;
    for (QDeadlineTimer deadline(20000); !deadline.hasExpired(); QTest::qWait(300)) {
        image = screenshot();
        if (!image.isNull() && shown(image))
            break;
    }
    return image;
}

void TestAppWindow::windowShowsTheGrid()
{
    QProcess app;
    launch(app,
           {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("--source"),
            fixtureUrl(QStringLiteral("major-outage.json")), QStringLiteral("--source"),
            fixtureUrl(QStringLiteral("degraded.json"))});
    QVERIFY(app.waitForStarted());
    auto keepScreenOnFailure = qScopeGuard([this] {
        if (QTest::currentTestFailed())
            screenshot().save(QDir::temp().filePath(QStringLiteral("tst_appwindow-failure.png")));
    });

    // Wait until the window shows the parsed data: the major-outage and degraded symbols, each drawn
    // in its exact colour (an 18-pixel symbol has about a hundred such pixels; tints are blended).
    const QColor majorOutage(0xB0, 0x1C, 0x2E);
    const QColor degraded(0xE6, 0x9F, 0x00);
    const auto shown = [&](const QImage &image) {
        return pixelsOf(image, majorOutage) > 60 && pixelsOf(image, degraded) > 60;
    };
    const QImage image = awaitScreen(shown);
    QVERIFY2(shown(image), "the window never showed the major-outage and degraded symbols");
    QVERIFY(app.state() == QProcess::Running);
    // Not a blank screen: the window covers most of the black root window.
    QVERIFY(pixelsOf(image, Qt::black) < image.width() * image.height() / 2);

    app.terminate();
    QVERIFY(app.waitForFinished(10000));
    // Settings were written into --data-dir and nowhere else.
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("data/outage-radar.ini"))));
}

void TestAppWindow::pullingTheNetworkShowsOneOfflineBanner()
{
    // Every source on a port that refuses connections: what the app sees when the network is gone.
    QList<quint16> ports;
    {
        QTcpServer first;
        QTcpServer second;
        QVERIFY(first.listen(QHostAddress::LocalHost) && second.listen(QHostAddress::LocalHost));
        ports = {first.serverPort(), second.serverPort()};
    }
    QProcess app;
    QStringList arguments {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("offline"))};
    for (quint16 port : ports)
        arguments << QStringLiteral("--source")
                  << QStringLiteral("http://127.0.0.1:%1/api/v2/summary.json").arg(port);
    launch(app, arguments);
    QVERIFY(app.waitForStarted());
    auto keepScreenOnFailure = qScopeGuard([this] {
        if (QTest::currentTestFailed())
            screenshot().save(QDir::temp().filePath(QStringLiteral("tst_appwindow-offline-failure.png")));
    });

    // The banner spans the window in the tooltip colour (about 900 × 45 pixels), and no cell is
    // drawn in any alarm colour: being offline is one state, not an outage per provider.
    const QColor banner(0xFF, 0xFF, 0xDC);
    const auto shown = [&](const QImage &image) {
        return pixelsOf(image, banner) > 15000;
    };
    const QImage image = awaitScreen(shown);
    QVERIFY2(shown(image), "the window never showed the offline banner");
    for (const QColor &alarm : {QColor(0xB0, 0x1C, 0x2E), QColor(0xD5, 0x5E, 0x00), QColor(0xE6, 0x9F, 0x00)})
        QCOMPARE(pixelsOf(image, alarm), 0);
    app.terminate();
    QVERIFY(app.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestAppWindow)
#include "tst_appwindow.moc"
