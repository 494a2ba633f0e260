// SPDX-License-Identifier: GPL-3.0-or-later
#include "oncerunner.h"

#include "demoserver.h"
#include "desktoprun.h"
#include "engine.h"
#include "report.h"
#include "sourceselection.h"

#include "policy/connectivity.h"
#include "policy/healthstate.h"

#include "settings/appsettings.h"

#include <QEventLoop>
#include <QFileInfo>

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
    // The saved configuration (sources, network) when there is one; a run that never saved any
    // settings leaves no file behind.
    std::optional<QList<SourceConfig>> configured;
    NetworkSettings network;
    QString error;
    const QString settingsPath = settingsFilePath(options, error);
    if (!settingsPath.isEmpty() && QFileInfo::exists(settingsPath)) {
        const AppSettings settings(settingsPath);
        if (!settings.openingNote().isEmpty())
            print(stderr, QStringLiteral("outage-radar: %1\n").arg(settings.openingNote()));
        QStringList problems;
        configured = settings.sources(&problems);
        for (const QString &problem : problems)
            print(stderr, QStringLiteral("outage-radar: %1\n").arg(problem));
        network = settings.network();
    }
    // The demo's server answers from this thread while the engine polls it from its own.
    Options runOptions = options;
    std::unique_ptr<DemoServer> demo;
    if (options.demo) {
        demo = startDemo(runOptions, error);
        if (!demo) {
            print(stderr, QStringLiteral("outage-radar: %1\n").arg(error));
            return exitDemoBroken;
        }
    }
    const SourceSelection selection = SourceSelection::fromOptions(runOptions, configured);
    if (!selection.error.isEmpty()) {
        print(stderr, QStringLiteral("outage-radar: %1\n").arg(selection.error));
        return exitDataError;
    }
    HealthState state;
    state.setSources(selection.sources);

    Engine engine(network.fetchPolicy());
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
