// SPDX-License-Identifier: GPL-3.0-or-later
// The history store at scale: N incidents (2-3 updates and 1-4 cells each, realistic strings)
// recorded by HistoryDatabase in transactions of 10, 100 and 1000 incidents, each against a
// baseline in the same process: the same rows written by plain prepared INSERTs through QSqlQuery,
// one transaction per batch, into tables with no key, index or logic of ours, on a file with the
// same pragmas (WAL, synchronous=FULL). Also: recording the same incidents again (what every poll
// cycle does: all known, nothing new), and loading them all back with incidents() and
// fullIncidents(). Each figure runs on a new file in a temporary directory. Not a test: it asserts
// nothing and prints "name<TAB>value<TAB>notes" lines.
//
// Usage: bench_historystore [INCIDENTS=100000]
#include "store/historydatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace radar;

namespace {

const char *const services[] = {
    "Actions",        "API Requests", "Cloud Storage", "Compute Engine",
    "Git Operations", "Pages",        "Webhooks",      "Identity and Access Management",
    "Load Balancing", "DNS"};
const char *const regions[] = {"us-east-1", "eu-west-1",   "europe-west1", "ap-northeast-1",
                               "westus2",   "us-central1", "global",       "ap-southeast-2",
                               "eastus",    "eu-central-1"};
const char *const providers[] = {"github",     "gcp",       "aws",     "azure",
                                 "cloudflare", "atlassian", "discord", "datadog"};
const char *const updateTexts[] = {
    "We are investigating reports of degraded performance for %1. Some customers may experience elevated "
    "error rates and increased latency. We will provide an update within 30 minutes.",
    "We have identified the cause of the elevated error rates affecting %1 and are rolling out a mitigation. "
    "Customers may continue to see intermittent failures while the change propagates to all regions.",
    "The mitigation has been applied and error rates for %1 have returned to normal levels. We are "
    "monitoring the service closely and will resolve this incident once we are confident it is stable.",
};

/// The same incident for the same number on every call, so every figure writes the same rows.
Incident makeIncident(int number)
{
    const QDateTime start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(number) * 317);
    const QString provider = QLatin1String(providers[number % std::size(providers)]);
    const QString service = QLatin1String(services[number % std::size(services)]);
    Incident incident;
    incident.provider = provider;
    // Statuspage-like ids: 12 characters of base 36.
    incident.id = QString::number(quint64(number) * 2654435761ULL % 4738381338321616896ULL, 36)
                      .rightJustified(12, u'0');
    incident.title = QStringLiteral("Elevated error rates for %1 in %2")
                         .arg(service, QLatin1String(regions[number % std::size(regions)]));
    incident.severity = allStatuses[2 + number % 4];
    const int updateCount = 2 + number % 2;
    const bool closed = number % 5 != 0;
    incident.state = closed ? IncidentState::Resolved : IncidentState::Identified;
    incident.startedAt = start;
    if (closed)
        incident.resolvedAt = start.addSecs(3600 + number % 7200);
    incident.url = QUrl(QStringLiteral("https://status.%1.invalid/incidents/%2").arg(provider, incident.id));
    const int cellCount = 1 + number % 4;
    for (int cell = 0; cell < cellCount; ++cell) {
        incident.affected.append({provider, QLatin1String(services[(number + cell) % std::size(services)]),
                                  QLatin1String(regions[(number + 3 * cell) % std::size(regions)])});
    }
    for (int update = 0; update < updateCount; ++update) {
        const IncidentState state = update == updateCount - 1 && closed
            ? IncidentState::Resolved
            : (update == 0 ? IncidentState::Investigating : IncidentState::Monitoring);
        incident.updates.append(
            {start.addSecs(update * 1200), state, QString::fromLatin1(updateTexts[update]).arg(service), {}});
    }
    return incident;
}

/// The baseline: the same rows, plain INSERTs, nothing looked up, no key to keep.
class PlainInserts
{
public:
    explicit PlainInserts(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        db.open();
        for (const char *statement : {
                 "PRAGMA journal_mode = WAL",
                 "PRAGMA synchronous = FULL",
                 "CREATE TABLE incidents (id INTEGER PRIMARY KEY, provider TEXT, incident_id TEXT, title "
                 "TEXT,"
                 " severity TEXT, state TEXT, started_at INTEGER, ended_at INTEGER, url TEXT, first_seen "
                 "INTEGER,"
                 " last_seen INTEGER)",
                 "CREATE TABLE incident_cells (incident INTEGER, provider TEXT, service TEXT, region TEXT)",
                 "CREATE TABLE incident_updates (incident INTEGER, at INTEGER, state TEXT, text TEXT)",
             })
            QSqlQuery(db).exec(QLatin1String(statement));
        m_incident = std::make_unique<QSqlQuery>(db);
        m_incident->prepare(
            QStringLiteral("INSERT INTO incidents (provider, incident_id, title, severity, state,"
                           " started_at, ended_at, url, first_seen, last_seen)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_cell = std::make_unique<QSqlQuery>(db);
        m_cell->prepare(QStringLiteral(
            "INSERT INTO incident_cells (incident, provider, service, region) VALUES (?, ?, ?, ?)"));
        m_update = std::make_unique<QSqlQuery>(db);
        m_update->prepare(
            QStringLiteral("INSERT INTO incident_updates (incident, at, state, text) VALUES (?, ?, ?, ?)"));
    }
    ~PlainInserts()
    {
        m_incident.reset();
        m_cell.reset();
        m_update.reset();
        QSqlDatabase::database(name(), false).close();
        QSqlDatabase::removeDatabase(name());
    }

    bool record(const QList<Incident> &incidents)
    {
        QSqlDatabase db = QSqlDatabase::database(name(), false);
        if (!db.transaction())
            return false;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const Incident &incident : incidents) {
            const QVariant values[] = {incident.provider,
                                       incident.id,
                                       incident.title,
                                       statusName(incident.severity),
                                       incidentStateName(incident.state),
                                       incident.startedAt.toMSecsSinceEpoch(),
                                       incident.resolvedAt.isValid()
                                           ? QVariant(incident.resolvedAt.toMSecsSinceEpoch())
                                           : QVariant(),
                                       incident.url.toString(),
                                       now,
                                       now};
            for (int i = 0; i < int(std::size(values)); ++i)
                m_incident->bindValue(i, values[i]);
            if (!m_incident->exec())
                return false;
            const QVariant row = m_incident->lastInsertId();
            for (const CellKey &cell : incident.affected) {
                m_cell->bindValue(0, row);
                m_cell->bindValue(1, cell.provider);
                m_cell->bindValue(2, cell.service);
                m_cell->bindValue(3, cell.region);
                if (!m_cell->exec())
                    return false;
            }
            for (const IncidentUpdate &update : incident.updates) {
                m_update->bindValue(0, row);
                m_update->bindValue(1, update.at.toMSecsSinceEpoch());
                m_update->bindValue(2, incidentStateName(update.state));
                m_update->bindValue(3, update.text);
                if (!m_update->exec())
                    return false;
            }
        }
        return db.commit();
    }

private:
    static QString name() { return QStringLiteral("bench-baseline"); }

    std::unique_ptr<QSqlQuery> m_incident;
    std::unique_ptr<QSqlQuery> m_cell;
    std::unique_ptr<QSqlQuery> m_update;
};

/// Milliseconds to hand all of `incidents` to `record` in batches of `batchSize`.
template<typename Record>
qint64 timeBatches(const QList<Incident> &incidents, qsizetype batchSize, Record record)
{
    QElapsedTimer timer;
    timer.start();
    for (qsizetype first = 0; first < incidents.size(); first += batchSize) {
        if (!record(incidents.mid(first, batchSize)))
            qFatal("a batch failed: the figure would not be about recording");
    }
    return timer.elapsed();
}

double perSecond(qsizetype count, qint64 ms)
{
    return ms > 0 ? count * 1000.0 / ms : 0;
}

void printFigure(const QString &name, const QString &value, const QString &notes)
{
    // A row of the bench target's table (benchtiming.h): the figure, its value, the notes.
    std::printf("| %s | %s |  |  |  | %s |\n", qPrintable(name), qPrintable(value), qPrintable(notes));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const int count =
        std::max(1000, QCoreApplication::arguments().value(1, QStringLiteral("100000")).toInt());
    QList<Incident> incidents;
    incidents.reserve(count);
    qsizetype updates = 0;
    qsizetype cells = 0;
    for (int number = 0; number < count; ++number) {
        incidents.append(makeIncident(number));
        updates += incidents.last().updates.size();
        cells += incidents.last().affected.size();
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary directory");
    printFigure(QStringLiteral("historystore.incidents"), QString::number(count),
                QStringLiteral("(%1 updates, %2 cells; WAL, synchronous=FULL, one transaction per batch)")
                    .arg(updates)
                    .arg(cells));

    QString loadFrom;
    for (const qsizetype batchSize : {10, 100, 1000}) {
        const QString tag = QString::number(batchSize);
        // Baseline first, then ours, each on a new file.
        const qint64 baselineMs = [&] {
            PlainInserts plain(dir.filePath(QStringLiteral("baseline-%1.sqlite").arg(tag)));
            return timeBatches(incidents, batchSize,
                               [&](const QList<Incident> &batch) { return plain.record(batch); });
        }();
        const QString path = dir.filePath(QStringLiteral("history-%1.sqlite").arg(tag));
        HistoryDatabase history;
        if (!history.open(path).ok)
            qFatal("cannot open %s", qPrintable(path));
        const qint64 oursMs = timeBatches(incidents, batchSize, [&](const QList<Incident> &batch) {
            HistoryBatch each;
            each.incidents = batch;
            return history.record(each);
        });
        printFigure(QStringLiteral("historystore.insert_batch%1_per_s").arg(tag),
                    QString::number(perSecond(count, oursMs), 'f', 0),
                    QStringLiteral("(incidents/s; %1 ms; %2x the time of plain INSERTs: %3 ms, %4/s)")
                        .arg(oursMs)
                        .arg(baselineMs > 0 ? double(oursMs) / baselineMs : 0.0, 0, 'f', 2)
                        .arg(baselineMs)
                        .arg(perSecond(count, baselineMs), 0, 'f', 0));
        if (batchSize == 1000) {
            // A poll cycle's common case: every incident known, every update stored already.
            const qint64 againMs = timeBatches(incidents, batchSize, [&](const QList<Incident> &batch) {
                HistoryBatch each;
                each.incidents = batch;
                return history.record(each);
            });
            printFigure(
                QStringLiteral("historystore.rerecord_batch1000_per_s"),
                QString::number(perSecond(count, againMs), 'f', 0),
                QStringLiteral("(incidents/s; %1 ms; all known: upserts, no new update)").arg(againMs));
            loadFrom = path;
        }
    }

    HistoryDatabase history;
    if (!history.open(loadFrom).ok)
        qFatal("cannot open %s", qPrintable(loadFrom));
    QElapsedTimer timer;
    timer.start();
    const qsizetype loaded = history.incidents().value_or(QList<HistoryIncident>()).size();
    const qint64 loadMs = timer.elapsed();
    printFigure(QStringLiteral("historystore.load_all_ms"), QString::number(loadMs),
                QStringLiteral("(incidents(): %1 incidents with their cells, for the chart)").arg(loaded));
    timer.start();
    const qsizetype full = history.fullIncidents().value_or(QList<Incident>()).size();
    const qint64 fullMs = timer.elapsed();
    printFigure(
        QStringLiteral("historystore.load_full_ms"), QString::number(fullMs),
        QStringLiteral("(fullIncidents(): %1 incidents with cells and updates, for the export)").arg(full));
    return 0;
}
