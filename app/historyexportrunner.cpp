// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyexportrunner.h"

#include "desktoprun.h"

#include "store/historydatabase.h"
#include "store/historyexport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace radar {

namespace {

// lupdate files these strings under the context the struct declares.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(radar::HistoryExport)
};

void printError(const QString &message)
{
    std::fprintf(stderr, "outage-radar: %s\n", qPrintable(message));
}

} // namespace

int runExportHistory(const Options &options)
{
    QString error;
    const QString historyPath = historyFilePath(options, error);
    if (historyPath.isEmpty()) {
        printError(error);
        return exitUsage;
    }
    HistoryExportData data;
    data.since = options.since;
    data.generatedAt = QDateTime::currentDateTimeUtc();
    // Exporting must not create a history where there is none: that would hide a wrong --data-dir.
    if (!QFileInfo::exists(historyPath)) {
        printError(
            Text::tr("there is no history in %1 yet (the app records it while it runs); the export is empty")
                .arg(QFileInfo(historyPath).absolutePath()));
    } else {
        // Read only: the app may be writing it, and repairs are the app's to make, with its banner.
        HistoryDatabase database;
        const HistoryDatabase::OpenResult opened = database.openForReading(historyPath);
        if (!opened.ok) {
            printError(opened.error);
            return exitDataError;
        }
        if (!readHistory(database, data)) {
            printError(database.lastError());
            return exitDataError;
        }
    }
    QStringList written;
    if (!writeHistoryExport(options.exportPath,
                            options.format == OutputFormat::Json ? HistoryFormat::Json : HistoryFormat::Csv,
                            data, &written, &error)) {
        printError(error);
        return exitCannotCreate;
    }
    std::printf(
        "%s\n",
        qPrintable(QCoreApplication::translate("radar::HistoryExport",
                                               "Exported %n incident(s) and their cell changes to %1.",
                                               nullptr, int(data.incidents.size()))
                       .arg(written.join(QStringLiteral(", ")))));
    return 0;
}

} // namespace radar
