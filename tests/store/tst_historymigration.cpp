// SPDX-License-Identifier: GPL-3.0-or-later
// Files as older (and newer) versions of Outage Radar left them, opened by this one. The old files
// are written here by hand, statement by statement, never by the store's own schema code: a test
// that borrowed it would follow it wherever it went.
#include "historytesting.h"

#include "store/historydatabase.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace radar;
using namespace historytesting;

namespace {

// What version 1 of the history file looks like.
const char *const version1[] = {
    "CREATE TABLE incidents (id INTEGER PRIMARY KEY, provider TEXT NOT NULL, incident_id TEXT NOT NULL,"
    " title TEXT NOT NULL, severity TEXT NOT NULL, state TEXT NOT NULL, started_at INTEGER, ended_at INTEGER,"
    " url TEXT, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL, escalated_at INTEGER,"
    " UNIQUE (provider, incident_id))",
    "CREATE TABLE incident_cells (incident INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
    " provider TEXT NOT NULL, service TEXT NOT NULL, region TEXT NOT NULL)",
    "CREATE INDEX incident_cells_incident ON incident_cells (incident)",
    "CREATE TABLE incident_updates (incident INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
    " at INTEGER, state TEXT NOT NULL, text TEXT NOT NULL, UNIQUE (incident, at, state, text))",
    "CREATE TABLE cell_changes (id INTEGER PRIMARY KEY, provider TEXT NOT NULL, service TEXT NOT NULL,"
    " region TEXT NOT NULL, from_status TEXT NOT NULL, to_status TEXT NOT NULL, at INTEGER NOT NULL)",
    "CREATE TABLE cell_status (provider TEXT NOT NULL, service TEXT NOT NULL, region TEXT NOT NULL,"
    " status TEXT NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (provider, service, region))",
    "PRAGMA user_version = 1",
};

qint64 ms(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

/// A version 1 file with two incidents (one resolved), their updates and cells, and cell changes.
void writeVersion1(const QString &path)
{
    RawConnection raw(path);
    QVERIFY(raw.isOpen());
    for (const char *statement : version1)
        QCOMPARE(raw.exec(QLatin1String(statement)), QString());
    const QString insertIncident = QStringLiteral(
        "INSERT INTO incidents (id, provider, incident_id, title, severity, state, started_at, ended_at, url,"
        " first_seen, last_seen, escalated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QCOMPARE(raw.exec(insertIncident,
                      {1, "hub", "inc1", "Actions are slow", "major_outage", "resolved", ms(t0),
                       ms(t0.addSecs(2 * hour)), "https://status.hub.invalid/incidents/inc1",
                       ms(t0.addSecs(minute)), ms(t0.addSecs(2 * hour)), ms(t0.addSecs(hour))}),
             QString());
    QCOMPARE(raw.exec(insertIncident,
                      {2, "cloud", "gcp-7", "Storage errors in europe-west1", "degraded", "investigating",
                       ms(t0.addSecs(3 * hour)), QVariant(), QVariant(), ms(t0.addSecs(3 * hour)),
                       ms(t0.addSecs(4 * hour)), QVariant()}),
             QString());
    const QString insertCell = QStringLiteral(
        "INSERT INTO incident_cells (incident, provider, service, region) VALUES (?, ?, ?, ?)");
    QCOMPARE(raw.exec(insertCell, {1, "hub", "Actions", "global"}), QString());
    QCOMPARE(raw.exec(insertCell, {2, "cloud", "Cloud Storage", "europe-west1"}), QString());
    const QString insertUpdate =
        QStringLiteral("INSERT INTO incident_updates (incident, at, state, text) VALUES (?, ?, ?, ?)");
    QCOMPARE(raw.exec(insertUpdate, {1, ms(t0), "investigating", "We are investigating."}), QString());
    QCOMPARE(raw.exec(insertUpdate, {1, ms(t0.addSecs(2 * hour)), "resolved", "Resolved."}), QString());
    QCOMPARE(raw.exec(insertUpdate, {2, ms(t0.addSecs(3 * hour)), "investigating", "Looking into it."}),
             QString());
    const QString insertChange = QStringLiteral("INSERT INTO cell_changes (provider, service, region,"
                                                " from_status, to_status, at) VALUES (?, ?, ?, ?, ?, ?)");
    QCOMPARE(raw.exec(insertChange, {"hub", "Actions", "global", "operational", "major_outage", ms(t0)}),
             QString());
    QCOMPARE(raw.exec(insertChange,
                      {"hub", "Actions", "global", "major_outage", "operational", ms(t0.addSecs(2 * hour))}),
             QString());
    QCOMPARE(raw.exec(QStringLiteral("INSERT INTO cell_status VALUES (?, ?, ?, ?, ?)"),
                      {"hub", "Actions", "global", "operational", ms(t0.addSecs(2 * hour))}),
             QString());
}

QStringList indexesOf(const RawConnection &raw)
{
    QStringList names;
    for (const char *name : {"incidents_started_at", "incidents_ended_at", "cell_changes_at"}) {
        if (raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?"),
                      {QLatin1String(name)})
                .toInt()
            == 1)
            names.append(QLatin1String(name));
    }
    return names;
}

} // namespace

class TestHistoryMigration : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void fromVersion1();
    void fromAnEmptyFile();
    void fromNoFile();
    void aFailedStepChangesNothing();
    void aNewerFileIsLeftAlone();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestHistoryMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("history.sqlite"));
}

void TestHistoryMigration::cleanup()
{
    m_dir.reset();
}

void TestHistoryMigration::fromVersion1()
{
    writeVersion1(m_path);
    if (QTest::currentTestFailed())
        return;

    HistoryDatabase db;
    const HistoryDatabase::OpenResult opened = db.open(m_path);
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QCOMPARE(opened.migratedFrom, 1);
    QVERIFY(opened.movedAsidePath.isEmpty());
    {
        RawConnection raw(m_path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(indexesOf(raw),
                 (QStringList {"incidents_started_at", "incidents_ended_at", "cell_changes_at"}));
    }
    QVERIFY(db.integrityOk());

    // Everything version 1 held reads as it was written.
    const std::optional<QList<HistoryIncident>> incidents = db.incidents();
    QVERIFY2(incidents, qPrintable(db.lastError()));
    QCOMPARE(idsOf(*incidents), (QStringList {"inc1", "gcp-7"}));
    const HistoryIncident &first = incidents->at(0);
    QCOMPARE(first.provider, QStringLiteral("hub"));
    QCOMPARE(first.title, QStringLiteral("Actions are slow"));
    QCOMPARE(first.severity, Status::MajorOutage);
    QCOMPARE(first.state, IncidentState::Resolved);
    QCOMPARE(first.startedAt, t0);
    QCOMPARE(first.endedAt, t0.addSecs(2 * hour));
    QCOMPARE(first.affected,
             (QList<CellKey> {{QStringLiteral("hub"), QStringLiteral("Actions"), QStringLiteral("global")}}));
    QVERIFY(incidents->at(1).isOpen());

    const std::optional<Incident> full = db.incident(QStringLiteral("hub"), QStringLiteral("inc1"));
    QVERIFY(full);
    QCOMPARE(full->url, QUrl(QStringLiteral("https://status.hub.invalid/incidents/inc1")));
    QCOMPARE(full->updates.size(), 2);
    QCOMPARE(full->updates[0].text, QStringLiteral("We are investigating."));
    QCOMPARE(full->updates[1].state, IncidentState::Resolved);
    QCOMPARE(full->updates[1].at, t0.addSecs(2 * hour));

    const std::optional<QList<CellChange>> changes = db.cellChanges();
    QVERIFY(changes);
    QCOMPARE(changes->size(), 2);
    QCOMPARE(changes->at(1).from, Status::MajorOutage);
    QCOMPARE(changes->at(1).to, Status::Operational);

    // The escalation version 1 recorded is what the digest reports.
    const std::optional<AwayDigest> digest = db.awayDigest(t0.addSecs(30 * minute), t0.addSecs(90 * minute));
    QVERIFY(digest);
    QCOMPARE(idsOf(digest->escalated), QStringList {"inc1"});

    // Version 2's table works, and the old tables take new rows by the old rules.
    HistoryBatch batch;
    batch.sourceEvents = {{QStringLiteral("cloud"), SourceHealth::Failing, QStringLiteral("timeout"), t0}};
    Incident gcp7;
    gcp7.provider = QStringLiteral("cloud");
    gcp7.id = QStringLiteral("gcp-7");
    gcp7.title = QStringLiteral("Storage errors in europe-west1");
    gcp7.severity = Status::PartialOutage;
    gcp7.startedAt = t0.addSecs(3 * hour);
    gcp7.updates = {
        update(t0.addSecs(3 * hour), IncidentState::Investigating, QStringLiteral("Looking into it.")),
        update(t0.addSecs(4 * hour), IncidentState::Identified, QStringLiteral("Found it."))};
    batch.incidents = {gcp7};
    batch.cells = {{{QStringLiteral("hub"), QStringLiteral("Actions"), QStringLiteral("global")},
                    Status::Operational,
                    t0.addSecs(5 * hour)}};
    QVERIFY2(db.record(batch), qPrintable(db.lastError()));
    const std::optional<QList<SourceEvent>> events = db.sourceEvents();
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().error, QStringLiteral("timeout"));
    QCOMPARE(db.incident(QStringLiteral("cloud"), QStringLiteral("gcp-7"))->updates.size(), 2);
    QCOMPARE(db.incidents()->at(1).severity, Status::PartialOutage);
    QCOMPARE(db.cellChanges()->size(), 2); // operational, as cell_status had it: no change

    // Opened again, there is nothing left to migrate.
    HistoryDatabase again;
    QCOMPARE(again.open(m_path).migratedFrom, -1);
}

void TestHistoryMigration::fromAnEmptyFile()
{
    QFile empty(m_path);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();

    HistoryDatabase db;
    const HistoryDatabase::OpenResult opened = db.open(m_path);
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QCOMPARE(opened.migratedFrom, 0);
    QVERIFY(opened.movedAsidePath.isEmpty());
    RawConnection raw(m_path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QCOMPARE(indexesOf(raw).size(), 3);
    QVERIFY(db.record(batchOf({incident(QStringLiteral("inc1"))})));
    QCOMPARE(raw.count(QStringLiteral("incidents")), 1);
}

void TestHistoryMigration::fromNoFile()
{
    HistoryDatabase db;
    const HistoryDatabase::OpenResult opened = db.open(m_path);
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QCOMPARE(opened.migratedFrom, 0);
    QVERIFY(QFileInfo::exists(m_path));
    QCOMPARE(RawConnection(m_path).value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
}

void TestHistoryMigration::aFailedStepChangesNothing()
{
    writeVersion1(m_path);
    if (QTest::currentTestFailed())
        return;
    // Something else made a table of that name: step 2 cannot run.
    QCOMPARE(RawConnection(m_path).exec(QStringLiteral("CREATE TABLE source_events (unrelated TEXT)")),
             QString());

    HistoryDatabase db;
    const HistoryDatabase::OpenResult opened = db.open(m_path);
    QVERIFY(!opened.ok);
    QVERIFY2(opened.error.contains(m_path), qPrintable(opened.error));
    QVERIFY(!db.isOpen());
    // The step ran in one transaction: none of it stayed.
    RawConnection raw(m_path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(indexesOf(raw), QStringList());
    QCOMPARE(raw.count(QStringLiteral("incidents")), 2);
}

void TestHistoryMigration::aNewerFileIsLeftAlone()
{
    {
        RawConnection raw(m_path);
        QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE incidents_v99 (everything TEXT)")), QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO incidents_v99 VALUES ('from the future')")), QString());
        QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = 99")), QString());
    }
    const QByteArray before = fileBytes(m_path);
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    HistoryDatabase db;
    const HistoryDatabase::OpenResult opened = db.open(m_path);
    QVERIFY(!opened.ok);
    QVERIFY2(opened.error.contains(QStringLiteral("newer Outage Radar")), qPrintable(opened.error));
    QVERIFY2(opened.error.contains(QStringLiteral("in memory")), qPrintable(opened.error));
    QVERIFY(opened.error.contains(m_path));
    QVERIFY(opened.movedAsidePath.isEmpty());
    QVERIFY(!db.isOpen());
    QVERIFY(!db.record(batchOf({incident(QStringLiteral("inc1"))})));

    QCOMPARE(fileBytes(m_path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
    QCOMPARE(RawConnection(m_path).value(QStringLiteral("PRAGMA user_version")).toInt(), 99);
}

QTEST_GUILESS_MAIN(TestHistoryMigration)
#include "tst_historymigration.moc"
