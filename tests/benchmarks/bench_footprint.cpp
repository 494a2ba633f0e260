// SPDX-License-Identifier: GPL-3.0-or-later
// What a tray app costs all day: start-up to the first painted window, resident memory after 30
// seconds, and CPU time over a minute of polling, for the real outage-radar binary and for the
// bare-Qt baseline (bench_baseline: window, 5,000-cell table, chart, tray, SQLite, networking),
// side by side in the same run and under the same conditions.
//
// The setup is a tray app's day: 20 Statuspage sources of 250 components each (5,000 cells),
// polled every 15 s from a server on 127.0.0.1 (its own thread) that answers 304 once the app has
// the ETag, and a history file holding 10,000 cell changes of those 5,000 cells and 200 incidents.
// Start-up is timed from just before the process is started to the first paint of its main window
// (FirstPaintReporter, app/firstpaint.h, on the monotonic clock both processes share); runs
// alternate between the two, after one untimed round each to warm the page cache.
// Usage: bench_footprint APP BASELINE [STARTUP_RUNS=7] [IDLE_SECONDS=60]
// (BENCH_APP_WRAPPER="heaptrack" runs the idle app under a profiler.)
#include "benchtiming.h"
#include "fixtureserver.h"

#include "domain/history.h"
#include "domain/source.h"
#include "settings/appsettings.h"
#include "store/historydatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <unistd.h>

#include <algorithm>
#include <chrono>

using namespace radar;

namespace {

constexpr int sourceCount = 20;
constexpr int componentsPerSource = 250;

QByteArray summary(int source)
{
    QByteArray components;
    for (int i = 0; i < componentsPerSource; ++i) {
        if (i > 0)
            components += ',';
        components += QStringLiteral(R"({"id": "c%1x%2", "name": "Service %2", "status": "operational",
            "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-11-20T10:00:00Z", "position": %2,
            "description": null, "showcase": false, "group_id": null, "page_id": "p%1", "group": false,
            "only_show_if_degraded": false})")
                          .arg(source)
                          .arg(i)
                          .toUtf8();
    }
    return QStringLiteral(
               R"({"page": {"id": "p%1", "name": "Provider %1", "url": "https://status.example.invalid",
        "time_zone": "Etc/UTC", "updated_at": "2026-11-20T10:00:00Z"},
        "status": {"indicator": "none", "description": "All Systems Operational"},
        "components": [)")
               .arg(source)
               .toUtf8()
        + components + R"(], "incidents": [], "scheduled_maintenances": []})";
}

QString path(int source)
{
    return QStringLiteral("/s%1/api/v2/summary.json").arg(source);
}

/// The data directory of a tray app that has been running for a while: its sources, and a history.
bool seed(const QString &dataDir, const FixtureServerThread &server, QStringList &urls)
{
    AppSettings settings(dataDir + QStringLiteral("/outage-radar.ini"));
    QList<SourceConfig> sources;
    for (int n = 1; n <= sourceCount; ++n) {
        SourceConfig source;
        source.id = QStringLiteral("s%1").arg(n);
        source.name = QStringLiteral("Provider %1").arg(n);
        source.url = server.url(path(n));
        source.kind = FeedKind::Statuspage;
        source.interval = std::chrono::seconds(15);
        sources.append(source);
        urls.append(source.url.toString());
    }
    settings.setSources(sources);
    settings.setWelcomeDone(true);

    HistoryDatabase history;
    if (!history.open(dataDir + QStringLiteral("/history.sqlite")).ok)
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[status, daysAgo] :
         {std::pair {Status::Degraded, 2}, std::pair {Status::Operational, 1}}) {
        HistoryBatch batch;
        for (int n = 1; n <= sourceCount; ++n) {
            for (int i = 0; i < componentsPerSource; ++i)
                batch.cells.append({{QStringLiteral("s%1").arg(n), QStringLiteral("Service %1").arg(i),
                                     QStringLiteral("global")},
                                    status,
                                    now.addDays(-daysAgo)});
        }
        if (status == Status::Degraded) {
            for (int i = 0; i < 200; ++i) {
                Incident incident;
                incident.provider = QStringLiteral("s%1").arg(i % sourceCount + 1);
                incident.id = QStringLiteral("past-%1").arg(i);
                incident.title = QStringLiteral("Elevated errors on Service %1").arg(i);
                incident.severity = Status::Degraded;
                incident.state = IncidentState::Resolved;
                incident.startedAt = now.addSecs(-3600 * (i + 30));
                incident.resolvedAt = incident.startedAt.addSecs(1800);
                incident.affected = {{incident.provider,
                                      QStringLiteral("Service %1").arg(i % componentsPerSource),
                                      QStringLiteral("global")}};
                batch.incidents.append(incident);
            }
        }
        if (!history.record(batch))
            return false;
    }
    return true;
}

void wait(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

QProcessEnvironment environment(bool quitAfterPaint)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("OUTAGE_RADAR_FIRST_PAINT"),
                       quitAfterPaint ? QStringLiteral("quit") : QStringLiteral("1"));
    for (const char *proxy :
         {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        environment.remove(QString::fromLatin1(proxy));
    return environment;
}

/// Nanoseconds from just before the start to the first paint; -1 when it never painted.
qint64 timeToFirstPaint(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment(true));
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const auto started = std::chrono::steady_clock::now().time_since_epoch();
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    for (const QByteArray &line : process.readAllStandardError().split('\n')) {
        if (line.startsWith("first-paint "))
            return line.mid(12).toLongLong()
                - std::chrono::duration_cast<std::chrono::nanoseconds>(started).count();
    }
    return -1;
}

/// User plus system CPU time of a process so far, in milliseconds (/proc/PID/stat): threads that
/// ended count too, but in 10 ms ticks.
qint64 cpuMilliseconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // The fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong(); // utime, stime
    return ticks * 1000 / sysconf(_SC_CLK_TCK);
}

/// CPU time of a process's running threads so far, in microseconds.
qint64 cpuMicroseconds(qint64 pid)
{
    // Each thread's time on a CPU in nanoseconds (/proc/PID/task/TID/schedstat): /proc/PID/stat
    // counts in 10 ms ticks, a tenth of what the whole minute's figure is.
    qint64 nanoseconds = 0;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(task + QStringLiteral("/schedstat")));
        if (file.open(QIODevice::ReadOnly))
            nanoseconds += file.readAll().split(' ').constFirst().toLongLong();
    }
    return nanoseconds / 1000;
}

/// Resident memory in KiB (/proc/PID/status, VmRSS).
qint64 residentKiB(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

QString milliseconds(qint64 nanoseconds)
{
    return nanoseconds < 0 ? QStringLiteral("failed")
                           : QStringLiteral("%1 ms").arg(nanoseconds / 1e6, 0, 'f', 0);
}

QString mebibytes(qint64 kib)
{
    return QStringLiteral("%1 MiB").arg(kib / 1024.0, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: bench_footprint APP BASELINE [STARTUP_RUNS=7] [IDLE_SECONDS=60]\n");
        return 64;
    }
    const QString app = arguments.at(1);
    const QString baseline = arguments.at(2);
    const int runs = arguments.value(3, QStringLiteral("7")).toInt();
    const int idleSeconds = arguments.value(4, QStringLiteral("60")).toInt();

    FixtureServerThread server;
    for (int n = 1; n <= sourceCount; ++n) {
        FixtureResponse response = FixtureResponse::json(summary(n));
        response.etag = QByteArrayLiteral("\"v1\"");
        server.setResponse(path(n), response);
    }
    QTemporaryDir appDir;
    QTemporaryDir baselineDir;
    QStringList urls;
    if (!seed(appDir.path(), server, urls)) {
        std::fprintf(stderr, "bench_footprint: cannot write the history in %s\n", qPrintable(appDir.path()));
        return 1;
    }
    const QStringList appArguments {QStringLiteral("--data-dir"), appDir.path()};
    const QStringList baselineArguments = QStringList {baselineDir.path()} + urls;

    QList<qint64> ours;
    QList<qint64> floor;
    for (int round = -1; round < runs; ++round) {
        const qint64 a = timeToFirstPaint(app, appArguments);
        const qint64 b = timeToFirstPaint(baseline, baselineArguments);
        if (round >= 0) {
            ours << a;
            floor << b;
        }
    }
    const qint64 startOurs = benchtiming::median(ours);
    const qint64 startFloor = benchtiming::median(floor);
    benchtiming::printFigure(
        QStringLiteral("start-up to the first painted window"), milliseconds(startOurs),
        milliseconds(startFloor), benchtiming::ratio(startOurs, startFloor), QStringLiteral("≤ 1.4×"),
        QStringLiteral(
            "median of %1 starts each, alternating; 20 sources, 5,000 cells, a history of 10,000 cell "
            "changes; offscreen")
            .arg(runs));

    // Both run side by side, idle but polling, as they would all day.
    QProcess appProcess;
    QProcess baselineProcess;
    for (QProcess *process : {&appProcess, &baselineProcess}) {
        process->setProcessEnvironment(environment(false));
        process->setStandardOutputFile(QProcess::nullDevice());
        process->setStandardErrorFile(QProcess::nullDevice());
    }
    // To profile the idle app, BENCH_APP_WRAPPER names a command to run it under ("heaptrack",
    // "valgrind --tool=callgrind"); its figures then measure the tool, not the app.
    const QStringList wrapper = qEnvironmentVariable("BENCH_APP_WRAPPER").split(u' ', Qt::SkipEmptyParts);
    if (wrapper.isEmpty())
        appProcess.start(app, appArguments);
    else
        appProcess.start(wrapper.constFirst(), wrapper.mid(1) + QStringList {app} + appArguments);
    baselineProcess.start(baseline, baselineArguments);
    if (!appProcess.waitForStarted() || !baselineProcess.waitForStarted()) {
        std::fprintf(stderr, "bench_footprint: cannot start the processes\n");
        return 1;
    }
    const qint64 appPid = appProcess.processId();
    const qint64 baselinePid = baselineProcess.processId();
    wait(10000); // start-up and the first refresh are not idling
    const qint64 appTicksBefore = cpuMilliseconds(appPid);
    const qint64 appCpuBefore = cpuMicroseconds(appPid);
    const qint64 baselineCpuBefore = cpuMicroseconds(baselinePid);
    wait(20000);
    const qint64 appRss = residentKiB(appPid);
    const qint64 baselineRss = residentKiB(baselinePid);
    wait(std::max(0, idleSeconds - 20) * 1000);
    const qint64 appCpu = cpuMicroseconds(appPid) - appCpuBefore;
    // The cross-check in ticks: a thread that ended within the minute is missing from the above.
    std::fprintf(stderr, "bench_footprint: idle CPU in clock ticks: %lld ms\n",
                 static_cast<long long>(cpuMilliseconds(appPid) - appTicksBefore));
    const qint64 baselineCpu = cpuMicroseconds(baselinePid) - baselineCpuBefore;
    for (QProcess *process : {&appProcess, &baselineProcess}) {
        process->terminate();
        if (!process->waitForFinished(10000))
            process->kill();
    }
    benchtiming::printFigure(QStringLiteral("resident memory after 30 s"), mebibytes(appRss),
                             mebibytes(baselineRss), benchtiming::ratio(appRss, baselineRss),
                             QStringLiteral("≤ 1.4×"),
                             QStringLiteral("VmRSS, both running side by side since the start"));
    const double share = 100.0 * appCpu / (idleSeconds * 1e6);
    benchtiming::printFigure(
        QStringLiteral("CPU while idle, polling"),
        QStringLiteral("%1 ms in %2 s (%3 %)")
            .arg(appCpu / 1000.0, 0, 'f', 1)
            .arg(idleSeconds)
            .arg(share, 0, 'f', 3),
        QStringLiteral("%1 ms").arg(baselineCpu / 1000.0, 0, 'f', 1), benchtiming::ratio(appCpu, baselineCpu),
        QStringLiteral("≤ 0.2 % of a core"),
        QStringLiteral(
            "user + system time from 10 s after the start; 20 sources every 15 s, answered 304 from "
            "127.0.0.1; every thread's schedstat, in ns"));
    return 0;
}
