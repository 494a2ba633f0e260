// SPDX-License-Identifier: GPL-3.0-or-later
// The real app in a real X server: starts Xvfb, launches outage-radar on fixture files with the xcb
// platform, takes screenshots of the screen with ImageMagick's `import` and checks what a person sees.
#include "xsession.h"

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
    /// Starts the real binary on this test's X server with the xcb platform.
    void launch(QProcess &app, const QStringList &arguments);

    XSession m_x;
    QTemporaryDir m_dir;
};

void TestAppWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString problem = m_x.start();
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
}

void TestAppWindow::cleanupTestCase()
{
    m_x.stop();
}

void TestAppWindow::launch(QProcess &app, const QStringList &arguments)
{
    app.setProcessEnvironment(m_x.environment());
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(OUTAGE_RADAR_BINARY), arguments);
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
            m_x.screenshot().save(QDir::temp().filePath(QStringLiteral("tst_appwindow-failure.png")));
    });

    // Wait until the window shows the parsed data: the major-outage and degraded symbols, each drawn
    // in its exact colour (an 18-pixel symbol has about a hundred such pixels; tints are blended).
    const QColor majorOutage(0xB0, 0x1C, 0x2E);
    const QColor degraded(0xE6, 0x9F, 0x00);
    const auto shown = [&](const QImage &image) {
        return pixelsOf(image, majorOutage) > 60 && pixelsOf(image, degraded) > 60;
    };
    const QImage image = m_x.awaitScreen(shown);
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
            m_x.screenshot().save(QDir::temp().filePath(QStringLiteral("tst_appwindow-offline-failure.png")));
    });

    // The banner spans the window in the tooltip colour (about 900 × 45 pixels), and no cell is
    // drawn in any alarm colour: being offline is one state, not an outage per provider.
    const QColor banner(0xFF, 0xFF, 0xDC);
    const auto shown = [&](const QImage &image) {
        return pixelsOf(image, banner) > 15000;
    };
    const QImage image = m_x.awaitScreen(shown);
    QVERIFY2(shown(image), "the window never showed the offline banner");
    for (const QColor &alarm : {QColor(0xB0, 0x1C, 0x2E), QColor(0xD5, 0x5E, 0x00), QColor(0xE6, 0x9F, 0x00)})
        QCOMPARE(pixelsOf(image, alarm), 0);
    app.terminate();
    QVERIFY(app.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestAppWindow)
#include "tst_appwindow.moc"
