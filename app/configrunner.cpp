// SPDX-License-Identifier: GPL-3.0-or-later
#include "configrunner.h"

#include "configtransfer.h"
#include "desktoprun.h"

#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

#include <cstdio>

namespace radar {

namespace {

// lupdate files these strings under the context the struct declares.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(radar::ConfigRunner)
};

void printError(const QString &message)
{
    std::fprintf(stderr, "outage-radar: %s\n", qPrintable(message));
}

// EX_NOINPUT and EX_CANTCREAT of sysexits.h, as --export-history uses them.
constexpr int exitNoInput = 66;
constexpr int exitCannotCreate = 73;

} // namespace

int runExportConfig(const Options &options)
{
    QString error;
    const QString settingsPath = settingsFilePath(options, error);
    if (settingsPath.isEmpty()) {
        printError(error);
        return exitUsage;
    }
    AppSettings settings(settingsPath);
    if (!settings.openingNote().isEmpty())
        printError(settings.openingNote());
    const QString target = options.configPath;
    const ConfigTransfer::Written written = ConfigTransfer::exportTo(settings, target);
    if (!written.error.isEmpty()) {
        printError(written.error);
        return exitCannotCreate;
    }
    if (target != u"-")
        std::fprintf(stdout, "%s\n", qPrintable(written.summary));
    return 0;
}

int runImportConfig(const Options &options)
{
    QString error;
    const QString settingsPath = settingsFilePath(options, error);
    if (settingsPath.isEmpty()) {
        printError(error);
        return exitUsage;
    }
    // The running app keeps its configuration in memory and would save over the import: hold the
    // instance lock (the app's own) for the time of the import, or leave the settings alone.
    QLockFile lock(QFileInfo(settingsPath).dir().filePath(QStringLiteral("instance.lock")));
    lock.setStaleLockTime(0); // as SingleInstance: only a dead owner's lock is stale, however old
    if (!lock.tryLock(0)) {
        printError(
            Text::tr("Outage Radar is running with this data directory: import from its Settings dialog "
                     "(Import Configuration…), or quit it and try again; nothing was changed"));
        return exitTryLater;
    }
    const ConfigTransfer::Read read = ConfigTransfer::readFile(options.configPath);
    if (read.missing) {
        printError(read.import.problems.constFirst());
        return exitNoInput;
    }
    if (!read.import.ok()) {
        for (const QString &problem : read.import.problems)
            printError(QStringLiteral("%1: %2").arg(options.configPath, problem));
        printError(Text::tr("%1: nothing was imported").arg(options.configPath));
        return exitDataError;
    }
    AppSettings settings(settingsPath);
    if (!settings.openingNote().isEmpty())
        printError(settings.openingNote());
    ConfigTransfer::apply(read.import, settings);
    settings.sync();
    if (!settings.loadError().isEmpty()) {
        printError(settings.loadError());
        return exitCannotCreate;
    }
    std::fprintf(stdout, "%s\n", qPrintable(ConfigTransfer::summary(read.import)));
    return 0;
}

} // namespace radar
