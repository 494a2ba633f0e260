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

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const radar::CommandLine commandLine = radar::CommandLine::parse(arguments);
    if (!commandLine.error.isEmpty()) {
        std::fprintf(stderr, "outage-radar: %s\nTry 'outage-radar --help'.\n", qPrintable(commandLine.error));
        return radar::exitUsage;
    }
    const radar::Options &options = commandLine.options;
    switch (options.mode) {
    case radar::Options::Mode::Help:
    case radar::Options::Mode::Version:
        std::fputs(qPrintable(commandLine.text), stdout);
        return 0;
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
