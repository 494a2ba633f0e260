// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "configrunner.h"
#include "desktoprun.h"
#include "historyexportrunner.h"
#include "localization.h"
#include "oncerunner.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("OutageRadar"));
    QCoreApplication::setApplicationName(QStringLiteral("outage-radar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OUTAGE_RADAR_VERSION));

    radar::CommandLine commandLine;
    {
        // Parsed with an application object of its own, so that --help and usage errors speak the
        // user's language and name the program; the mode then decides which kind of application
        // runs (no display is needed for the headless ones).
        QCoreApplication parsing(argc, argv);
        radar::installTranslations();
        commandLine = radar::CommandLine::parse(parsing.arguments());
        if (!commandLine.error.isEmpty()) {
            std::fprintf(
                stderr, "outage-radar: %s\n%s\n", qPrintable(commandLine.error),
                qPrintable(QCoreApplication::translate("radar::CommandLine", "Try 'outage-radar --help'.")));
            return radar::exitUsage;
        }
        if (commandLine.options.mode == radar::Options::Mode::Help
            || commandLine.options.mode == radar::Options::Mode::Version) {
            std::fputs(qPrintable(commandLine.text), stdout);
            return 0;
        }
    }
    const radar::Options &options = commandLine.options;
    switch (options.mode) {
    case radar::Options::Mode::Help:
    case radar::Options::Mode::Version:
        return 0; // answered above
    case radar::Options::Mode::Once: {
        QCoreApplication app(argc, argv); // headless: no display needed
        radar::installTranslations(); // the messages on stderr speak the user's language too
        return radar::runOnce(options);
    }
    case radar::Options::Mode::ExportHistory: {
        QCoreApplication app(argc, argv);
        radar::installTranslations();
        return radar::runExportHistory(options);
    }
    case radar::Options::Mode::ExportConfig: {
        QCoreApplication app(argc, argv);
        radar::installTranslations();
        return radar::runExportConfig(options);
    }
    case radar::Options::Mode::ImportConfig: {
        QCoreApplication app(argc, argv);
        radar::installTranslations();
        return radar::runImportConfig(options);
    }
    case radar::Options::Mode::Window:
        break;
    }
    QApplication app(argc, argv);
    return radar::runDesktop(options);
}
