// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktoprun.h"

#include "demoserver.h"
#include "desktopapp.h"
#include "firstpaint.h"
#include "localization.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "terminationsignals.h"

#include "settings/appsettings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>

#include <cstdio>

namespace radar {

namespace {

QString fileInDataDirectory(const Options &options, QStandardPaths::StandardLocation standard,
                            const QString &fileName, QString &error)
{
    const QString directory = options.dataDir.isEmpty() ? QStandardPaths::writableLocation(standard)
                                                        : QDir(options.dataDir).absolutePath();
    if (!QDir().mkpath(directory) || !QFileInfo(directory).isWritable()) {
        error = QCoreApplication::translate("radar::DataDirectory",
                                            "cannot create or write the data directory %1")
                    .arg(directory);
        return QString();
    }
    return QDir(directory).filePath(fileName);
}

} // namespace

QString settingsFilePath(const Options &options, QString &error)
{
    return fileInDataDirectory(options, QStandardPaths::AppConfigLocation, QStringLiteral("outage-radar.ini"),
                               error);
}

QString historyFilePath(const Options &options, QString &error)
{
    return fileInDataDirectory(options, QStandardPaths::AppDataLocation, QStringLiteral("history.sqlite"),
                               error);
}

int runDesktop(const Options &options)
{
    QString error;
    const QString settingsPath = settingsFilePath(options, error);
    if (settingsPath.isEmpty()) {
        std::fprintf(stderr, "outage-radar: %s\n", qPrintable(error));
        return exitUsage;
    }
    // One window per data location: a later launch hands its command line over and leaves.
    SingleInstance instance(settingsPath);
    const SingleInstance::Claim claim = instance.claim(QCoreApplication::arguments());
    switch (claim.role) {
    case SingleInstance::Role::First:
        if (!claim.message.isEmpty())
            std::fprintf(stderr, "outage-radar: %s\n", qPrintable(claim.message));
        break;
    case SingleInstance::Role::Forwarded:
        return 0;
    case SingleInstance::Role::Refused:
        std::fprintf(stderr, "outage-radar: %s\nTry 'outage-radar --help'.\n", qPrintable(claim.message));
        return exitUsage;
    case SingleInstance::Role::NoAnswer:
        std::fprintf(stderr, "outage-radar: %s\n", qPrintable(claim.message));
        return exitInstanceUnavailable;
    }
    quitOnTerminationSignals();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/outage-radar.svg")));
    QApplication::setDesktopFileName(QStringLiteral("outage-radar"));

    // Opened by the first instance only: a later launch must not migrate or move aside the file the
    // running one uses. The window's words wait for the language chosen there.
    AppSettings settings(settingsPath);
    installTranslations(settings.language());
    if (!settings.loadError().isEmpty())
        std::fprintf(stderr, "outage-radar: %s; using defaults\n", qPrintable(settings.loadError()));
    if (!settings.openingNote().isEmpty())
        std::fprintf(stderr, "outage-radar: %s\n", qPrintable(settings.openingNote()));
    // The demo's server runs here, in this process, for as long as the window.
    Options runOptions = options;
    std::unique_ptr<DemoServer> demo;
    if (options.demo) {
        demo = startDemo(runOptions, error);
        if (!demo) {
            std::fprintf(stderr, "outage-radar: %s\n", qPrintable(error));
            return exitDemoBroken;
        }
    }
    // The demo's first start in its data directory: a watch list, so that notifications have
    // something to be loud about, and a past, so that the history chart is not empty.
    const bool firstDemoStart = demo && beginDemoData(*demo, settings);
    DesktopApp app(runOptions, settings);
    QObject::connect(&instance, &SingleInstance::activationRequested, &app, &DesktopApp::activate);
    if (!app.start(error)) {
        std::fprintf(stderr, "outage-radar: %s\n", qPrintable(error));
        return exitDataError;
    }
    FirstPaintReporter::install(app.window());
    if (firstDemoStart) {
        const std::optional<HistoryBatch> past = demo->pastIncidents(QDateTime::currentDateTimeUtc(), error);
        if (!past) {
            std::fprintf(stderr, "outage-radar: %s\n", qPrintable(error));
            return exitDemoBroken;
        }
        app.history().record(*past);
    }
    return QApplication::exec();
}

} // namespace radar
