// SPDX-License-Identifier: GPL-3.0-or-later
// Polling at scale: N sources served from 127.0.0.1, refreshed in one cycle by the real windowed
// app (engine on its io thread, state, grid, sources panel, tray controller, offscreen window).
// Reports the cycle's wall time and the longest the GUI thread's event loop went without turning,
// measured by a 1 ms timer on that thread. Not a test: it asserts nothing and prints figures.
//
// Usage: bench_polling [SOURCES=1000] [CYCLES=5]
#include "benchtiming.h"
#include "desktopapp.h"
#include "feedtesting.h"
#include "fixtureserver.h"
#include "mainwindow.h"

#include "settings/appsettings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace radar;

namespace {

/// The longest gap between turns of the calling thread's event loop while it runs.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_worst = std::max(m_worst, m_clock.restart()); });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_worst, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

struct Cycle
{
    qint64 wallMs = 0;
    qint64 worstStallMs = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int sourceCount = arguments.value(1, QStringLiteral("1000")).toInt();
    const int cycles = arguments.value(2, QStringLiteral("5")).toInt();

    // The server has a thread of its own, so serving costs the GUI thread nothing.
    FixtureServerThread server;
    const auto path = [](int n) {
        return QStringLiteral("/%1/api/v2/summary.json").arg(n);
    };
    const auto body = feedtesting::fixture(QStringLiteral("statuspage"), QStringLiteral("degraded.json"));
    for (int n = 0; n < sourceCount; ++n)
        server.setResponse(path(n), FixtureResponse::json(body));

    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("bench.ini")));
    Options options;
    for (int n = 0; n < sourceCount; ++n)
        options.sources.append(server.url(path(n)));
    options.kind = FeedKind::Statuspage;
    options.dataDir = dir.path(); // the history too, with the rest of what a real run writes

    DesktopApp app(options, settings);
    QEventLoop loop;
    QObject::connect(&app.engine(), &Engine::cycleFinished, &loop, &QEventLoop::quit);
    StallMeter meter;
    QElapsedTimer wall;
    const auto runCycle = [&](auto begin) {
        meter.start();
        wall.start();
        begin();
        loop.exec();
        // The results are on screen once the coalesced repaint after the last one has run.
        QTimer::singleShot(150, &loop, &QEventLoop::quit);
        loop.exec();
        return Cycle {wall.elapsed() - 150, meter.stop()};
    };

    int failures = 0;
    QObject::connect(&app.engine(), &Engine::sourceFailed, [&failures] { ++failures; });
    QString error;
    const Cycle first = runCycle([&] {
        if (!app.start(error))
            qFatal("cannot start: %s", qPrintable(error));
    });
    QList<Cycle> refreshes;
    for (int i = 0; i < cycles; ++i)
        refreshes.append(runCycle([&] { app.engine().refreshNow(); }));

    std::sort(refreshes.begin(), refreshes.end(),
              [](const Cycle &a, const Cycle &b) { return a.wallMs < b.wallMs; });
    const Cycle median = refreshes.value(refreshes.size() / 2);
    const qint64 worstStall =
        std::max_element(refreshes.cbegin(), refreshes.cend(), [](const Cycle &a, const Cycle &b) {
            return a.worstStallMs < b.worstStallMs;
        })->worstStallMs;
    if (failures > 0)
        qFatal("%d fetches failed: the figures would not be about polling", failures);
    const QString how =
        QStringLiteral("%1 Statuspage sources from 127.0.0.1; the real windowed app").arg(sourceCount);
    benchtiming::printFigure(QStringLiteral("polling: first cycle at start-up"),
                             QStringLiteral("%1 ms").arg(first.wallMs), {}, {}, {},
                             how + QStringLiteral(", cold"));
    benchtiming::printFigure(QStringLiteral("polling: worst GUI stall, first cycle"),
                             QStringLiteral("%1 ms").arg(first.worstStallMs), {}, {}, {}, how);
    benchtiming::printFigure(QStringLiteral("polling: refresh cycle"),
                             QStringLiteral("%1 ms").arg(median.wallMs), {}, {}, QStringLiteral("≤ 3000 ms"),
                             how + QStringLiteral(", median of %1").arg(cycles));
    benchtiming::printFigure(QStringLiteral("polling: worst GUI stall, refresh"),
                             QStringLiteral("%1 ms").arg(worstStall), {}, {}, QStringLiteral("≤ 16 ms"),
                             how + QStringLiteral(", worst of %1").arg(cycles));
    return 0;
}
