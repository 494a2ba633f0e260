// SPDX-License-Identifier: GPL-3.0-or-later
#include "oncerunner.h"

#include "engine.h"
#include "report.h"
#include "sourceselection.h"

#include "policy/connectivity.h"
#include "policy/healthstate.h"

#include <QEventLoop>

#include <cstdio>

namespace radar {

namespace {
void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

int runOnce(const Options &options)
{
    const SourceSelection selection = SourceSelection::fromOptions(options);
    if (!selection.error.isEmpty()) {
        print(stderr, QStringLiteral("outage-radar: %1\n").arg(selection.error));
        return exitDataError;
    }
    HealthState state;
    state.setSources(selection.sources);

    Engine engine;
    QEventLoop loop;
    QObject::connect(&engine, &Engine::snapshotReady, &loop,
                     [&](const QString &id, const Snapshot &snapshot) {
                         state.applySnapshot(id, snapshot, QDateTime::currentDateTimeUtc());
                     });
    QObject::connect(&engine, &Engine::sourceFailed, &loop, [&](const QString &id, const SourceError &error) {
        state.applyFailure(id, error, QDateTime::currentDateTimeUtc());
    });
    QObject::connect(&engine, &Engine::cycleFinished, &loop, &QEventLoop::quit);
    engine.setSources(selection.sources);
    engine.refreshNow();
    loop.exec();
    engine.shutDown();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Connectivity connectivity;
    connectivity.updateSources(state.sources(), now);
    for (const QString &line : sourceErrorLines(state))
        print(stderr, line + QLatin1Char('\n'));
    if (connectivity.isOffline())
        print(stderr, QStringLiteral("outage-radar: offline: %1\n").arg(connectivity.reason()));
    print(stdout,
          options.format == OutputFormat::Json
              ? QString::fromUtf8(jsonReport(state, now, connectivity.reason()))
              : tableReport(state, connectivity.reason()));
    return onceExitCode(state);
}

} // namespace radar
