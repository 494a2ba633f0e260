// SPDX-License-Identifier: GPL-3.0-or-later
#include "historytesting.h"

#include "store/historydatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace radar;
using namespace historytesting;

Q_DECLARE_METATYPE(QList<radar::Status>)

namespace {

CellStatusReport cellReport(const QString &service, Status status, const QDateTime &at)
{
    return {{QStringLiteral("hub"), service, QStringLiteral("us-east-1")}, status, at};
}

HistoryBatch cellBatch(const QList<CellStatusReport> &cells)
{
    HistoryBatch batch;
    batch.cells = cells;
    return batch;
}

QString changeText(const CellChange &change)
{
    return statusName(change.from) + QStringLiteral("->") + statusName(change.to);
}

} // namespace

class TestHistoryDatabase : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void newFileIsCreatedAtTheLatestVersion();
    void sameIncidentRecordedAgainIsOneRow();
    void severityOnlyRises_data();
    void severityOnlyRises();
    void endedAt();
    void affectedCellsAreReplaced();
    void updatesWithoutTimeAreStoredOnce();
    void fullIncidentRoundTrip();
    void unknownIncident();
    void cellChanges_data();
    void cellChanges();
    void cellChangesSince();
    void sourceEvents();
    void incidentsSince();
    void incidentWithoutStartUsesFirstSeen();
    void awayDigest();
    void prune();
    void clear();
    void emptyBatchIsFine();
    void notOpen();
    void reopening();
    void twoInstancesInOneThread();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryDatabase> m_db;
    QString m_path;
};

void TestHistoryDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("history.sqlite"));
    m_db = std::make_unique<HistoryDatabase>();
    const HistoryDatabase::OpenResult opened = m_db->open(m_path);
    QVERIFY2(opened.ok, qPrintable(opened.error));
}

void TestHistoryDatabase::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestHistoryDatabase::newFileIsCreatedAtTheLatestVersion()
{
    QVERIFY(m_db->isOpen());
    QCOMPARE(m_db->filePath(), m_path);
    QVERIFY(m_db->integrityOk());
    RawConnection raw(m_path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), HistoryDatabase::schemaVersion);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestHistoryDatabase::sameIncidentRecordedAgainIsOneRow()
{
    Incident first = incident(QStringLiteral("inc1"));
    first.updates.append(
        update(t0.addSecs(10 * minute), IncidentState::Identified, QStringLiteral("Found it.")));
    for (int poll = 0; poll < 3; ++poll)
        QVERIFY2(m_db->record(batchOf({first})), qPrintable(m_db->lastError()));

    RawConnection raw(m_path);
    QCOMPARE(raw.count(QStringLiteral("incidents")), 1);
    QCOMPARE(raw.count(QStringLiteral("incident_updates")), 2);

    Incident later = first;
    later.title = QStringLiteral("Elevated errors in Actions");
    later.state = IncidentState::Monitoring;
    later.updates.append(
        update(t0.addSecs(30 * minute), IncidentState::Monitoring, QStringLiteral("Fix out.")));
    QVERIFY(m_db->record(batchOf({later})));
    QCOMPARE(raw.count(QStringLiteral("incidents")), 1);
    QCOMPARE(raw.count(QStringLiteral("incident_updates")), 3);

    const std::optional<Incident> stored = m_db->incident(QStringLiteral("hub"), QStringLiteral("inc1"));
    QVERIFY(stored);
    QCOMPARE(stored->title, later.title);
    QCOMPARE(stored->state, IncidentState::Monitoring);
    QCOMPARE(stored->updates.size(), 3);
    for (qsizetype i = 0; i < later.updates.size(); ++i) {
        QCOMPARE(stored->updates[i].at, later.updates[i].at);
        QCOMPARE(stored->updates[i].state, later.updates[i].state);
        QCOMPARE(stored->updates[i].text, later.updates[i].text);
    }

    // The same id from another provider is another incident.
    Incident elsewhere = first;
    elsewhere.provider = QStringLiteral("cloud");
    QVERIFY(m_db->record(batchOf({elsewhere})));
    QCOMPARE(raw.count(QStringLiteral("incidents")), 2);
}

void TestHistoryDatabase::severityOnlyRises_data()
{
    QTest::addColumn<QList<Status>>("reported");
    QTest::addColumn<Status>("stored");
    QTest::addColumn<bool>("escalated");
    using S = Status;
    QTest::newRow("first report") << QList<Status> {S::Degraded} << S::Degraded << false;
    QTest::newRow("same again") << QList<Status> {S::Degraded, S::Degraded} << S::Degraded << false;
    QTest::newRow("rises") << QList<Status> {S::Degraded, S::MajorOutage} << S::MajorOutage << true;
    QTest::newRow("falls") << QList<Status> {S::MajorOutage, S::Degraded} << S::MajorOutage << false;
    QTest::newRow("rises, falls") << QList<Status> {S::Degraded, S::PartialOutage, S::Maintenance}
                                  << S::PartialOutage << true;
    QTest::newRow("maintenance to outage")
        << QList<Status> {S::Maintenance, S::MajorOutage} << S::MajorOutage << true;
}

void TestHistoryDatabase::severityOnlyRises()
{
    QFETCH(QList<Status>, reported);
    QFETCH(Status, stored);
    QFETCH(bool, escalated);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    for (Status severity : reported)
        QVERIFY(m_db->record(batchOf({incident(QStringLiteral("inc1"), severity)})));
    const QDateTime afterwards = QDateTime::currentDateTimeUtc();

    const std::optional<QList<HistoryIncident>> incidents = m_db->incidents();
    QVERIFY(incidents);
    QCOMPARE(incidents->size(), 1);
    QCOMPARE(incidents->first().severity, stored);
    QCOMPARE(m_db->incident(QStringLiteral("hub"), QStringLiteral("inc1"))->severity, stored);

    RawConnection raw(m_path);
    const QVariant escalatedAt = raw.value(QStringLiteral("SELECT escalated_at FROM incidents"));
    QCOMPARE(!escalatedAt.isNull(), escalated);
    if (escalated) {
        QVERIFY(escalatedAt.toLongLong() >= before.toMSecsSinceEpoch());
        QVERIFY(escalatedAt.toLongLong() <= afterwards.toMSecsSinceEpoch());
    }
}

void TestHistoryDatabase::endedAt()
{
    const QDateTime end = t0.addSecs(2 * hour);
    // The provider says when.
    QVERIFY(m_db->record(batchOf({resolved(incident(QStringLiteral("said")), end)})));
    // It does not, but its last update does.
    Incident byUpdate = resolved(incident(QStringLiteral("update")), end);
    byUpdate.resolvedAt = QDateTime();
    QVERIFY(m_db->record(batchOf({byUpdate})));
    // Nothing does: the first poll that saw it closed, and later polls do not move it.
    Incident unsaid = incident(QStringLiteral("unsaid"));
    unsaid.state = IncidentState::Completed;
    unsaid.updates.clear();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(m_db->record(batchOf({unsaid})));
    const QDateTime firstClosed = after(QDateTime::currentDateTimeUtc());
    QVERIFY(m_db->record(batchOf({unsaid})));
    // Open again: providers do reopen incidents.
    QVERIFY(m_db->record(batchOf({resolved(incident(QStringLiteral("reopened")), end)})));
    QVERIFY(m_db->record(batchOf({incident(QStringLiteral("reopened"))})));

    const auto ended = [this](const char *id) {
        return m_db->incident(QStringLiteral("hub"), QLatin1String(id))->resolvedAt;
    };
    QCOMPARE(ended("said"), end);
    QCOMPARE(ended("update"), end);
    QVERIFY(ended("unsaid") >= before);
    QVERIFY(ended("unsaid") < firstClosed);
    QVERIFY(!ended("reopened").isValid());
}

void TestHistoryDatabase::affectedCellsAreReplaced()
{
    Incident reported = incident(QStringLiteral("inc1"));
    reported.affected = {{QStringLiteral("hub"), QStringLiteral("Actions"), QStringLiteral("global")},
                         {QStringLiteral("hub"), QStringLiteral("Pages"), QStringLiteral("global")}};
    QVERIFY(m_db->record(batchOf({reported})));
    reported.affected = {{QStringLiteral("hub"), QStringLiteral("Pages"), QStringLiteral("global")},
                         {QStringLiteral("hub"), QStringLiteral("API"), QStringLiteral("eu-west-1")}};
    QVERIFY(m_db->record(batchOf({reported})));

    QCOMPARE(m_db->incident(QStringLiteral("hub"), QStringLiteral("inc1"))->affected, reported.affected);
    QCOMPARE(m_db->incidents()->first().affected, reported.affected);
    QCOMPARE(RawConnection(m_path).count(QStringLiteral("incident_cells")), 2);
}

void TestHistoryDatabase::updatesWithoutTimeAreStoredOnce()
{
    // A NULL never equals another in a unique key: this case takes a statement of its own.
    Incident reported = incident(QStringLiteral("inc1"));
    reported.updates.append(update(QDateTime(), IncidentState::Identified, QStringLiteral("No time given.")));
    QVERIFY(m_db->record(batchOf({reported})));
    QVERIFY(m_db->record(batchOf({reported})));
    reported.updates.append(update(QDateTime(), IncidentState::Identified, QStringLiteral("Another one.")));
    QVERIFY(m_db->record(batchOf({reported})));
    QCOMPARE(m_db->incident(QStringLiteral("hub"), QStringLiteral("inc1"))->updates.size(), 3);
}

void TestHistoryDatabase::fullIncidentRoundTrip()
{
    Incident open = incident(QStringLiteral("open"), Status::PartialOutage);
    open.title = QStringLiteral("東京リージョンで遅延, \"quoted\"\nand a newline");
    open.url = QUrl(QStringLiteral("https://status.hub.invalid/incidents/open?x=1&y=%C3%A9"));
    open.updates.append(
        update(t0.addSecs(minute), IncidentState::Identified, QStringLiteral("<p>Found</p>")));
    const Incident ended = resolved(incident(QStringLiteral("ended"), Status::Maintenance, t0.addSecs(hour)),
                                    t0.addSecs(3 * hour));
    Incident bare = incident(QStringLiteral("bare"), Status::Unknown, t0.addSecs(2 * hour));
    bare.title = QString();
    bare.url = QUrl();
    bare.affected.clear();
    bare.updates.clear();
    QVERIFY(m_db->record(batchOf({ended, open, bare})));

    const std::optional<QList<Incident>> all = m_db->fullIncidents();
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0), open); // oldest start first
    QCOMPARE(all->at(1), ended);
    QCOMPARE(all->at(2).id, bare.id);
    QVERIFY(all->at(2).title.isEmpty());
    QVERIFY(all->at(2).url.isEmpty());
    QCOMPARE(all->at(2).severity, Status::Unknown);
    const std::optional<Incident> one = m_db->incident(QStringLiteral("hub"), QStringLiteral("open"));
    QVERIFY(one);
    QCOMPARE(*one, open);
}

void TestHistoryDatabase::unknownIncident()
{
    QVERIFY(m_db->record(batchOf({incident(QStringLiteral("inc1"))})));
    QVERIFY(!m_db->incident(QStringLiteral("hub"), QStringLiteral("inc2")));
    QVERIFY(!m_db->incident(QStringLiteral("cloud"), QStringLiteral("inc1")));
    QVERIFY(m_db->lastError().isEmpty());
}

void TestHistoryDatabase::cellChanges_data()
{
    QTest::addColumn<QList<Status>>("reports");
    QTest::addColumn<QStringList>("changes");
    using S = Status;
    QTest::newRow("first sight, operational: no news") << QList<Status> {S::Operational} << QStringList {};
    QTest::newRow("first sight, degraded")
        << QList<Status> {S::Degraded} << QStringList {"unknown->degraded"};
    QTest::newRow("same again") << QList<Status> {S::Degraded, S::Degraded}
                                << QStringList {"unknown->degraded"};
    QTest::newRow("down and back") << QList<Status> {S::Operational, S::MajorOutage, S::MajorOutage,
                                                     S::Operational}
                                   << QStringList {"operational->major_outage", "major_outage->operational"};
    QTest::newRow("unknown is not a change")
        << QList<Status> {S::Operational, S::Unknown, S::Operational} << QStringList {};
    QTest::newRow("unknown between changes") << QList<Status> {S::Maintenance, S::Unknown, S::Degraded}
                                             << QStringList {"unknown->maintenance", "maintenance->degraded"};
}

void TestHistoryDatabase::cellChanges()
{
    QFETCH(QList<Status>, reports);
    QFETCH(QStringList, changes);
    for (qsizetype i = 0; i < reports.size(); ++i) {
        // Another cell alongside, so one cell's rows cannot be mistaken for another's.
        QVERIFY(
            m_db->record(cellBatch({cellReport(QStringLiteral("Actions"), reports[i], t0.addSecs(i * minute)),
                                    cellReport(QStringLiteral("Pages"), Status::Operational, t0)})));
    }
    const std::optional<QList<CellChange>> stored = m_db->cellChanges();
    QVERIFY(stored);
    QStringList seen;
    for (const CellChange &change : *stored) {
        QCOMPARE(change.key,
                 (CellKey {QStringLiteral("hub"), QStringLiteral("Actions"), QStringLiteral("us-east-1")}));
        seen.append(changeText(change));
    }
    QCOMPARE(seen, changes);
    for (qsizetype i = 1; i < stored->size(); ++i)
        QVERIFY(stored->at(i - 1).at <= stored->at(i).at);
}

void TestHistoryDatabase::cellChangesSince()
{
    QVERIFY(m_db->record(
        cellBatch({cellReport(QStringLiteral("Actions"), Status::Degraded, t0),
                   cellReport(QStringLiteral("Pages"), Status::MajorOutage, t0.addSecs(hour))})));
    QVERIFY(m_db->record(
        cellBatch({cellReport(QStringLiteral("Actions"), Status::Operational, t0.addSecs(2 * hour))})));
    QCOMPARE(m_db->cellChanges()->size(), 3);
    const std::optional<QList<CellChange>> since = m_db->cellChanges(t0.addSecs(hour));
    QVERIFY(since);
    QCOMPARE(since->size(), 2);
    QCOMPARE(since->at(0).key.service, QStringLiteral("Pages"));
    QCOMPARE(since->at(0).at, t0.addSecs(hour));
    QCOMPARE(changeText(since->at(1)), QStringLiteral("degraded->operational"));
    QCOMPARE(m_db->cellChanges(t0.addSecs(3 * hour))->size(), 0);
}

void TestHistoryDatabase::sourceEvents()
{
    HistoryBatch batch;
    batch.sourceEvents = {
        {QStringLiteral("hub"), SourceHealth::Failing, QStringLiteral("unreachable: Connection refused"), t0},
        {QStringLiteral("cloud"), SourceHealth::Stale, QString(), t0.addSecs(minute)},
        {QStringLiteral("hub"), SourceHealth::Fresh, QString(), t0.addSecs(2 * minute)},
        {QStringLiteral("new"), SourceHealth::Pending, QString(), t0.addSecs(3 * minute)},
    };
    QVERIFY(m_db->record(batch));
    const std::optional<QList<SourceEvent>> events = m_db->sourceEvents();
    QVERIFY(events);
    QCOMPARE(events->size(), batch.sourceEvents.size());
    for (qsizetype i = 0; i < events->size(); ++i) {
        QCOMPARE(events->at(i).source, batch.sourceEvents[i].source);
        QCOMPARE(events->at(i).health, batch.sourceEvents[i].health);
        QCOMPARE(events->at(i).error,
                 batch.sourceEvents[i].error.isNull() ? QString() : batch.sourceEvents[i].error);
        QCOMPARE(events->at(i).at, batch.sourceEvents[i].at);
    }
    const std::optional<QList<SourceEvent>> since = m_db->sourceEvents(t0.addSecs(2 * minute));
    QVERIFY(since);
    QCOMPARE(since->size(), 2);
    QCOMPARE(since->first().health, SourceHealth::Fresh);
}

void TestHistoryDatabase::incidentsSince()
{
    const QDateTime since = t0;
    QVERIFY(m_db->record(batchOf({
        resolved(incident(QStringLiteral("ended-before"), Status::Degraded, since.addDays(-3)),
                 since.addDays(-2)),
        resolved(incident(QStringLiteral("ended-after"), Status::Degraded, since.addDays(-3)),
                 since.addSecs(hour)),
        incident(QStringLiteral("still-open"), Status::Degraded, since.addDays(-5)),
        incident(QStringLiteral("started-after"), Status::Degraded, since.addSecs(2 * hour)),
        incident(QStringLiteral("started-at"), Status::Degraded, since),
    })));
    const std::optional<QList<HistoryIncident>> recent = m_db->incidents(since);
    QVERIFY(recent);
    QCOMPARE(
        idsOf(*recent),
        (QStringList {"still-open", "ended-after", "started-at", "started-after"})); // oldest start first
    QCOMPARE(m_db->incidents()->size(), 5);
    QCOMPARE(m_db->fullIncidents(since)->size(), 4);

    const HistoryIncident &ended = recent->at(1);
    QCOMPARE(ended.provider, QStringLiteral("hub"));
    QCOMPARE(ended.startedAt, since.addDays(-3));
    QCOMPARE(ended.endedAt, since.addSecs(hour));
    QCOMPARE(ended.state, IncidentState::Resolved);
    QVERIFY(!ended.isOpen());
    QVERIFY(recent->at(0).isOpen());
}

void TestHistoryDatabase::incidentWithoutStartUsesFirstSeen()
{
    Incident unstarted = incident(QStringLiteral("inc1"));
    unstarted.startedAt = QDateTime();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(m_db->record(batchOf({unstarted})));
    const QDateTime recorded = QDateTime::currentDateTimeUtc();
    const HistoryIncident stored = m_db->incidents()->first();
    QVERIFY(stored.startedAt >= before && stored.startedAt <= recorded);
    // The full incident says what the feed said: no start.
    QVERIFY(!m_db->incident(QStringLiteral("hub"), QStringLiteral("inc1"))->startedAt.isValid());
    // A later poll that gives the start fills it in.
    unstarted.startedAt = t0;
    QVERIFY(m_db->record(batchOf({unstarted})));
    QCOMPARE(m_db->incidents()->first().startedAt, t0);
}

void TestHistoryDatabase::awayDigest()
{
    // Before the user looked away: what they saw.
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-2);
    QVERIFY(m_db->record(batchOf({
        incident(QStringLiteral("worsens"), Status::Degraded, longAgo),
        incident(QStringLiteral("unchanged"), Status::Degraded, longAgo),
        incident(QStringLiteral("ends"), Status::Degraded, longAgo),
        incident(QStringLiteral("falls"), Status::MajorOutage, longAgo),
    })));
    QVERIFY(m_db->record(cellBatch({cellReport(QStringLiteral("Actions"), Status::Degraded, longAgo)})));

    // Away: everything from here on is news.
    const QDateTime since = after(QDateTime::currentDateTimeUtc());
    Incident lateButOpen = incident(QStringLiteral("posted-late"), Status::Degraded, since.addSecs(-hour));
    QVERIFY(m_db->record(batchOf({
        incident(QStringLiteral("worsens"), Status::MajorOutage, longAgo),
        incident(QStringLiteral("unchanged"), Status::Degraded, longAgo),
        resolved(incident(QStringLiteral("ends"), Status::Degraded, longAgo), since),
        incident(QStringLiteral("falls"), Status::Degraded, longAgo),
        incident(QStringLiteral("new"), Status::PartialOutage, since),
        lateButOpen,
        // Long over before the user looked away: history a feed lists, not news.
        resolved(incident(QStringLiteral("old-news"), Status::MajorOutage, longAgo), longAgo.addSecs(hour)),
    })));
    QVERIFY(m_db->record(cellBatch({cellReport(QStringLiteral("Actions"), Status::Operational, since),
                                    cellReport(QStringLiteral("Pages"), Status::MajorOutage, since)})));
    const QDateTime until = after(QDateTime::currentDateTimeUtc());

    const std::optional<AwayDigest> digest = m_db->awayDigest(since, until);
    QVERIFY2(digest, qPrintable(m_db->lastError()));
    QCOMPARE(digest->since, since);
    QCOMPARE(digest->until, until);
    QCOMPARE(idsOf(digest->started), (QStringList {"posted-late", "new"}));
    QCOMPARE(idsOf(digest->escalated), QStringList {"worsens"});
    QCOMPARE(digest->escalated.first().severity, Status::MajorOutage);
    QCOMPARE(idsOf(digest->resolved), QStringList {"ends"});
    QCOMPARE(digest->cellChanges, 2);
    QVERIFY(!digest->isEmpty());

    // Nothing happened after `until`.
    const std::optional<AwayDigest> quiet = m_db->awayDigest(until.addMSecs(1), until.addSecs(hour));
    QVERIFY(quiet);
    QVERIFY(quiet->isEmpty());
    QCOMPARE(quiet->cellChanges, 0);
}

void TestHistoryDatabase::prune()
{
    const QDateTime before = t0;
    QVERIFY(m_db->record(batchOf({
        resolved(incident(QStringLiteral("old"), Status::Degraded, before.addDays(-10)), before.addDays(-9)),
        resolved(incident(QStringLiteral("older"), Status::Degraded, before.addDays(-20)),
                 before.addDays(-19)),
        resolved(incident(QStringLiteral("recent"), Status::Degraded, before.addDays(-10)),
                 before.addSecs(hour)),
        incident(QStringLiteral("open"), Status::Degraded, before.addDays(-30)),
    })));
    HistoryBatch events;
    events.cells = {cellReport(QStringLiteral("Actions"), Status::Degraded, before.addDays(-5)),
                    cellReport(QStringLiteral("Pages"), Status::Degraded, before.addSecs(hour))};
    events.sourceEvents = {
        {QStringLiteral("hub"), SourceHealth::Failing, QStringLiteral("down"), before.addDays(-5)},
        {QStringLiteral("hub"), SourceHealth::Fresh, QString(), before}};
    QVERIFY(m_db->record(events));

    QCOMPARE(m_db->prune(before), 2);
    QCOMPARE(idsOf(*m_db->incidents()), (QStringList {"open", "recent"}));
    RawConnection raw(m_path);
    // The updates and cells of what went, went with it.
    QCOMPARE(raw.count(QStringLiteral("incident_updates")), 2 + 1);
    QCOMPARE(raw.count(QStringLiteral("incident_cells")), 2);
    QCOMPARE(m_db->cellChanges()->size(), 1);
    QCOMPARE(m_db->sourceEvents()->size(), 1);
    // The last status of a cell is not history: it stays, so the next report is compared with it.
    QCOMPARE(raw.count(QStringLiteral("cell_status")), 2);
    QCOMPARE(m_db->prune(before), 0);
    QVERIFY(m_db->integrityOk());
}

void TestHistoryDatabase::clear()
{
    HistoryBatch batch =
        batchOf({incident(QStringLiteral("inc1")), resolved(incident(QStringLiteral("inc2")), t0)});
    batch.cells = {cellReport(QStringLiteral("Actions"), Status::Degraded, t0)};
    batch.sourceEvents = {{QStringLiteral("hub"), SourceHealth::Failing, QStringLiteral("down"), t0}};
    QVERIFY(m_db->record(batch));
    QVERIFY(m_db->clear());
    RawConnection raw(m_path);
    for (const char *table :
         {"incidents", "incident_cells", "incident_updates", "cell_changes", "cell_status", "source_events"})
        QVERIFY2(raw.count(QLatin1String(table)) == 0, table);
    // A clean slate: the cell is seen for the first time again.
    QVERIFY(m_db->record(batch));
    QCOMPARE(m_db->incidents()->size(), 2);
    QCOMPARE(m_db->cellChanges()->size(), 1);
}

void TestHistoryDatabase::emptyBatchIsFine()
{
    QVERIFY(m_db->record(HistoryBatch()));
    QVERIFY(m_db->lastError().isEmpty());
    QCOMPARE(m_db->incidents()->size(), 0);
}

void TestHistoryDatabase::notOpen()
{
    HistoryDatabase closed;
    QVERIFY(!closed.isOpen());
    QVERIFY(!closed.record(batchOf({incident(QStringLiteral("inc1"))})));
    QVERIFY(!closed.lastError().isEmpty());
    QVERIFY(!closed.incidents());
    QVERIFY(!closed.awayDigest(t0, t0.addSecs(hour)));
    QCOMPARE(closed.prune(t0), -1);
    QVERIFY(!closed.clear());
    QVERIFY(!closed.integrityOk());
}

void TestHistoryDatabase::reopening()
{
    QVERIFY(m_db->record(batchOf({incident(QStringLiteral("inc1"))})));
    m_db = std::make_unique<HistoryDatabase>();
    const HistoryDatabase::OpenResult opened = m_db->open(m_path);
    QVERIFY(opened.ok);
    QCOMPARE(opened.migratedFrom, -1);
    QVERIFY(opened.movedAsidePath.isEmpty());
    QCOMPARE(idsOf(*m_db->incidents()), QStringList {"inc1"});
    // Opening again on the same object closes the first file.
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("other.sqlite"))).ok);
    QCOMPARE(m_db->incidents()->size(), 0);
}

void TestHistoryDatabase::twoInstancesInOneThread()
{
    const QString otherPath = m_dir->filePath(QStringLiteral("other.sqlite"));
    {
        HistoryDatabase other;
        QVERIFY(other.open(otherPath).ok);
        // A third on the first file: both connections see one history.
        HistoryDatabase reader;
        QVERIFY(reader.open(m_path).ok);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(m_db->record(batchOf({incident(QStringLiteral("first-%1").arg(i))})));
            QVERIFY(other.record(batchOf({incident(QStringLiteral("other-%1").arg(i))})));
        }
        QCOMPARE(idsOf(*m_db->incidents()), (QStringList {"first-0", "first-1", "first-2"}));
        QCOMPARE(idsOf(*other.incidents()), (QStringList {"other-0", "other-1", "other-2"}));
        QCOMPARE(idsOf(*reader.incidents()), idsOf(*m_db->incidents()));
        QCOMPARE(QSqlDatabase::connectionNames().size(), 3);
    }
    // Each took its connection with it (no warning either: the test runs with QT_FATAL_WARNINGS).
    QCOMPARE(QSqlDatabase::connectionNames().size(), 1);
    QVERIFY(m_db->record(batchOf({incident(QStringLiteral("first-3"))})));
    m_db.reset();
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());
}

QTEST_GUILESS_MAIN(TestHistoryDatabase)
#include "tst_historydatabase.moc"
