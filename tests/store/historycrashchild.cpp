// SPDX-License-Identifier: GPL-3.0-or-later
// The writer tst_historycrash kills: opens the history at FILE and records batches of incidents
// with ids FIRST, FIRST + 1, ... until it is killed, printing "committed <last id>" after every
// batch record() returned true for. Prints "opened" once the file is open and migrated.
//
// Usage: historycrashchild FILE FIRST
#include "store/historydatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace radar;

namespace {

constexpr int incidentsPerBatch = 4;
// Never reached in the test, which kills it within milliseconds: a child that outlived a test
// that crashed itself ends on its own.
constexpr qint64 lifetimeMs = 60000;

/// The same incident for the same id every time, so a batch recorded again after a kill (committed
/// but not reported) is an update of the same rows.
Incident crashIncident(qint64 id)
{
    const QDateTime start = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).addSecs(id * 60);
    Incident incident;
    incident.provider = QStringLiteral("crash");
    incident.id = QString::number(id);
    incident.title = QStringLiteral("Incident %1: elevated error rates").arg(id);
    incident.severity = id % 3 == 0 ? Status::MajorOutage : Status::Degraded;
    incident.state = id % 2 == 0 ? IncidentState::Resolved : IncidentState::Identified;
    incident.startedAt = start;
    if (id % 2 == 0)
        incident.resolvedAt = start.addSecs(1800);
    incident.affected = {
        {QStringLiteral("crash"), QStringLiteral("API"), QStringLiteral("us-east-1")},
        {QStringLiteral("crash"), QStringLiteral("Storage %1").arg(id % 5), QStringLiteral("global")}};
    incident.url = QUrl(QStringLiteral("https://status.crash.invalid/incidents/%1").arg(id));
    incident.updates = {
        {start, IncidentState::Investigating, QStringLiteral("We are investigating reports."), {}},
        {start.addSecs(600), incident.state, QStringLiteral("Update %1 on the incident.").arg(id), {}}};
    return incident;
}

HistoryBatch batchFrom(qint64 first)
{
    HistoryBatch batch;
    for (qint64 id = first; id < first + incidentsPerBatch; ++id)
        batch.incidents.append(crashIncident(id));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    batch.cells = {{{QStringLiteral("crash"), QStringLiteral("API"), QStringLiteral("us-east-1")},
                    first % 2 == 0 ? Status::Degraded : Status::Operational,
                    now}};
    batch.sourceEvents = {{QStringLiteral("crash"),
                           first % 2 == 0 ? SourceHealth::Failing : SourceHealth::Fresh,
                           first % 2 == 0 ? QStringLiteral("unreachable") : QString(), now}};
    return batch;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool numeric = false;
    qint64 next = arguments.value(2).toLongLong(&numeric);
    if (arguments.size() != 3 || !numeric) {
        std::fprintf(stderr, "usage: historycrashchild FILE FIRST\n");
        return 64;
    }
    HistoryDatabase database;
    const HistoryDatabase::OpenResult opened = database.open(arguments[1]);
    if (!opened.ok || !opened.movedAsidePath.isEmpty()) {
        // A file a crash left behind must open as it is: being moved aside is a failure too.
        std::fprintf(stderr, "historycrashchild: %s%s\n", qPrintable(opened.error),
                     qPrintable(opened.movedAsidePath));
        return 1;
    }
    std::printf("opened\n");
    std::fflush(stdout);
    QElapsedTimer alive;
    alive.start();
    while (alive.elapsed() < lifetimeMs) {
        if (!database.record(batchFrom(next))) {
            std::fprintf(stderr, "historycrashchild: %s\n", qPrintable(database.lastError()));
            return 1;
        }
        next += incidentsPerBatch;
        std::printf("committed %lld\n", next - 1);
        std::fflush(stdout);
    }
    return 0;
}
