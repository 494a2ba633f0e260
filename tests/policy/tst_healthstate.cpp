// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/healthstate.h"

#include <QTest>

using namespace radar;

namespace {

const QDateTime t0(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

SourceConfig source(const QString &id, const QString &name = QString())
{
    SourceConfig config;
    config.id = id;
    config.name = name;
    config.url = QUrl(QStringLiteral("https://%1.test/api/v2/summary.json").arg(id));
    config.kind = FeedKind::Statuspage;
    config.interval = std::chrono::seconds(60);
    return config;
}

Snapshot snapshot(const QString &provider, Status summary, QList<QPair<QString, Status>> services)
{
    Snapshot result;
    result.kind = FeedKind::Statuspage;
    result.providerName = provider.toUpper();
    result.cells.append(
        {{provider, QString(), globalRegion()}, QString(), QString(), QStringLiteral("Global"), summary, {}});
    for (const auto &[service, status] : services)
        result.cells.append(
            {{provider, service, globalRegion()}, service, QString(), QStringLiteral("Global"), status, {}});
    return result;
}

const CellState *find(const QList<CellState> &cells, const QString &provider, const QString &service)
{
    for (const CellState &cell : cells) {
        if (cell.key.provider == provider && cell.key.service == service)
            return &cell;
    }
    return nullptr;
}

} // namespace

class TestHealthState : public QObject
{
    Q_OBJECT
private slots:
    void sourcesWithoutDataAreUnknownNotGreen();
    void snapshotFillsCellsAndReportsTransitions();
    void failureTurnsCellsUnknownAndKeepsLastKnown();
    void oldDataTurnsStale();
    void recoveryAfterFailure();
    void notModifiedRenewsFreshness();
    void aLongerServerDelayIsNotStale();
    void failureKeepsItsKind();
    void onlyTheChangedSourceIsCompared();
    void changesNameTheSourcesToRepaint();
    void overallAndProblemsMatchTheCells();
    void incidentsAttachToCells();
    void incidentsListsOpenAndClosedOfEverySource();
    void providerNameFromConfigWins();
    void sourcesKeepTheirStateWhenReconfigured();
};

void TestHealthState::sourcesWithoutDataAreUnknownNotGreen()
{
    HealthState state;
    state.setSources(
        {source(QStringLiteral("github"), QStringLiteral("GitHub")), source(QStringLiteral("discord"))});
    const QList<CellState> cells = state.cells();
    QCOMPARE(cells.size(), 2);
    for (const CellState &cell : cells) {
        QCOMPARE(cell.status, Status::Unknown);
        QCOMPARE(cell.sourceHealth, SourceHealth::Pending);
        QVERIFY(cell.key.isProviderSummary());
    }
    QCOMPARE(cells[0].providerName, QStringLiteral("GitHub"));
    QCOMPARE(cells[1].providerName, QStringLiteral("discord.test")); // the host until the feed names itself
    QCOMPARE(state.overall(), Status::Unknown);
}

void TestHealthState::snapshotFillsCellsAndReportsTransitions()
{
    HealthState state;
    state.setSources({source(QStringLiteral("hub"))});
    const QList<CellTransition> transitions =
        state.applySnapshot(QStringLiteral("hub"),
                            snapshot(QStringLiteral("hub"), Status::PartialOutage,
                                     {{QStringLiteral("API"), Status::PartialOutage},
                                      {QStringLiteral("Web"), Status::Operational}}),
                            t0);
    QCOMPARE(state.cells().size(), 3);
    QCOMPARE(state.overall(), Status::PartialOutage);
    QCOMPARE(state.source(QStringLiteral("hub"))->health, SourceHealth::Fresh);
    QCOMPARE(state.source(QStringLiteral("hub"))->providerName, QStringLiteral("HUB"));
    // Summary unknown -> partial, API new -> partial, Web new -> operational.
    QCOMPARE(transitions.size(), 3);
    QCOMPARE(transitions[0].from, Status::Unknown);
    QCOMPARE(transitions[0].to, Status::PartialOutage);
    QCOMPARE(transitions[0].at, t0);

    // The same snapshot again changes nothing.
    QVERIFY(state
                .applySnapshot(QStringLiteral("hub"),
                               snapshot(QStringLiteral("hub"), Status::PartialOutage,
                                        {{QStringLiteral("API"), Status::PartialOutage},
                                         {QStringLiteral("Web"), Status::Operational}}),
                               t0.addSecs(60))
                .isEmpty());
}

void TestHealthState::failureTurnsCellsUnknownAndKeepsLastKnown()
{
    HealthState state;
    state.setSources({source(QStringLiteral("hub"))});
    state.applySnapshot(
        QStringLiteral("hub"),
        snapshot(QStringLiteral("hub"), Status::Degraded, {{QStringLiteral("API"), Status::Degraded}}), t0);
    const QList<CellTransition> transitions = state.applyFailure(
        QStringLiteral("hub"), {QStringLiteral("unreachable: Connection refused")}, t0.addSecs(60));
    QCOMPARE(transitions.size(), 2);
    const QList<CellState> cells = state.cells();
    const CellState *api = find(cells, QStringLiteral("hub"), QStringLiteral("API"));
    QVERIFY(api);
    QCOMPARE(api->status, Status::Unknown);
    QCOMPARE(api->lastKnown, Status::Degraded);
    QCOMPARE(api->sourceHealth, SourceHealth::Failing);
    QCOMPARE(api->sourceError, QStringLiteral("unreachable: Connection refused"));
    QCOMPARE(api->dataTime, t0);
    QCOMPARE(state.overall(), Status::Unknown);
}

void TestHealthState::oldDataTurnsStale()
{
    HealthState state;
    state.setSources({source(QStringLiteral("hub"))});
    state.applySnapshot(
        QStringLiteral("hub"),
        snapshot(QStringLiteral("hub"), Status::Operational, {{QStringLiteral("API"), Status::Operational}}),
        t0);
    QVERIFY(state.reevaluate(t0.addSecs(180)).isEmpty());
    const QList<CellTransition> transitions = state.reevaluate(t0.addSecs(181));
    QCOMPARE(transitions.size(), 2);
    QCOMPARE(transitions[1].to, Status::Unknown);
    QCOMPARE(state.source(QStringLiteral("hub"))->health, SourceHealth::Stale);
    QCOMPARE(state.overall(), Status::Unknown);
}

void TestHealthState::notModifiedRenewsFreshness()
{
    HealthState state;
    state.setSources({source(QStringLiteral("hub"))});
    state.applySnapshot(
        QStringLiteral("hub"),
        snapshot(QStringLiteral("hub"), Status::Degraded, {{QStringLiteral("API"), Status::Degraded}}), t0);
    // A 304 at 170 s: the same data holds, now as fresh as a full answer would make it.
    QVERIFY(state.applyUnchanged(QStringLiteral("hub"), t0.addSecs(170)).isEmpty());
    QVERIFY(state.reevaluate(t0.addSecs(300)).isEmpty());
    QCOMPARE(state.source(QStringLiteral("hub"))->status.lastSuccess, t0.addSecs(170));
    QCOMPARE(state.overall(), Status::Degraded);
    // After a failure, a 304 (the server says the data we hold is current) makes it fresh again.
    state.applyFailure(QStringLiteral("hub"), {QStringLiteral("HTTP 502 Bad Gateway")}, t0.addSecs(400));
    QCOMPARE(state.overall(), Status::Unknown);
    const QList<CellTransition> back = state.applyUnchanged(QStringLiteral("hub"), t0.addSecs(460));
    QCOMPARE(back.size(), 2);
    QCOMPARE(back[0].to, Status::Degraded);
    QCOMPARE(state.source(QStringLiteral("hub"))->health, SourceHealth::Fresh);
}

void TestHealthState::aLongerServerDelayIsNotStale()
{
    HealthState state;
    state.setSources({source(QStringLiteral("hub"))});
    state.applySnapshot(
        QStringLiteral("hub"),
        snapshot(QStringLiteral("hub"), Status::Operational, {{QStringLiteral("API"), Status::Operational}}),
        t0);
    // The server's max-age put the next poll 10 minutes out: the data is not old at 3 intervals...
    state.setNextAttempt(QStringLiteral("hub"), t0.addSecs(600));
    QVERIFY(state.reevaluate(t0.addSecs(400)).isEmpty());
    QCOMPARE(state.source(QStringLiteral("hub"))->health, SourceHealth::Fresh);
    // ...but it is at 3 of those longer waits.
    QCOMPARE(state.reevaluate(t0.addSecs(1801)).size(), 2);
    QCOMPARE(state.source(QStringLiteral("hub"))->health, SourceHealth::Stale);
}

void TestHealthState::failureKeepsItsKind()
{
    HealthState state;
    state.setSources({source(QStringLiteral("hub"))});
    state.applyFailure(QStringLiteral("hub"),
                       {QStringLiteral("unreachable: Connection refused"), FailureKind::Unreachable}, t0);
    QCOMPARE(state.source(QStringLiteral("hub"))->status.lastFailure, FailureKind::Unreachable);
}

void TestHealthState::onlyTheChangedSourceIsCompared()
{
    HealthState state;
    state.setSources({source(QStringLiteral("a")), source(QStringLiteral("b"))});
    state.applySnapshot(QStringLiteral("a"), snapshot(QStringLiteral("a"), Status::MajorOutage, {}), t0);
    // b's snapshot reports b's cells only; a's cells are untouched and not reported again.
    const QList<CellTransition> transitions =
        state.applySnapshot(QStringLiteral("b"), snapshot(QStringLiteral("b"), Status::Operational, {}), t0);
    QCOMPARE(transitions.size(), 1);
    QCOMPARE(transitions[0].key.provider, QStringLiteral("b"));
    // Yet a source turning stale meanwhile is reported with whatever else changed.
    const QList<CellTransition> later = state.applySnapshot(
        QStringLiteral("b"), snapshot(QStringLiteral("b"), Status::Degraded, {}), t0.addSecs(200));
    QCOMPARE(later.size(), 2);
    QCOMPARE(later[0].key.provider, QStringLiteral("a"));
    QCOMPARE(later[0].to, Status::Unknown);
}

void TestHealthState::changesNameTheSourcesToRepaint()
{
    HealthState state;
    state.setSources({source(QStringLiteral("a")), source(QStringLiteral("b"))});
    QVERIFY(state.takeChanges().all); // a new set of sources: everything
    QVERIFY(!state.takeChanges().all);
    state.applySnapshot(QStringLiteral("a"), snapshot(QStringLiteral("a"), Status::Degraded, {}), t0);
    HealthState::Changes changes = state.takeChanges();
    QVERIFY(!changes.all);
    QCOMPARE(changes.sources, QStringList {QStringLiteral("a")});
    QVERIFY(state.takeChanges().sources.isEmpty());
    QCOMPARE(state.cellsOf(QStringLiteral("a")).size(), 1);
    QCOMPARE(state.cellsOf(QStringLiteral("a")).constFirst().status, Status::Degraded);
    // Freshness running out is a change too.
    state.reevaluate(t0.addSecs(181));
    QCOMPARE(state.takeChanges().sources, QStringList {QStringLiteral("a")});

    // "Not modified": the same cells, only older; the GUI moves their age and compares nothing.
    // (Source a stays stale meanwhile: nothing changes for it.)
    const QDateTime t1 = t0.addSecs(200);
    state.applySnapshot(QStringLiteral("b"), snapshot(QStringLiteral("b"), Status::Operational, {}), t1);
    state.takeChanges();
    state.applyUnchanged(QStringLiteral("b"), t1.addSecs(15));
    changes = state.takeChanges();
    QVERIFY(changes.sources.isEmpty());
    QCOMPARE(changes.aged, QStringList {QStringLiteral("b")});
    // A change in the same batch wins: the source's cells are compared in full.
    state.applyUnchanged(QStringLiteral("b"), t1.addSecs(30));
    state.applySnapshot(QStringLiteral("b"), snapshot(QStringLiteral("b"), Status::Degraded, {}),
                        t1.addSecs(31));
    changes = state.takeChanges();
    QCOMPARE(changes.sources, QStringList {QStringLiteral("b")});
    QVERIFY(changes.aged.isEmpty());
    // A failure is never mere aging: the cells turn unknown and carry the error.
    state.applyFailure(
        QStringLiteral("b"),
        SourceError {QStringLiteral("unreachable: Connection refused"), FailureKind::Unreachable},
        t1.addSecs(45));
    changes = state.takeChanges();
    QCOMPARE(changes.sources, QStringList {QStringLiteral("b")});
    QVERIFY(changes.aged.isEmpty());
}

void TestHealthState::overallAndProblemsMatchTheCells()
{
    HealthState state;
    state.setSources({source(QStringLiteral("a")), source(QStringLiteral("b"))});
    const auto check = [&state] {
        Status worstCell = Status::Operational;
        QList<CellKey> problems;
        for (const CellState &cell : state.cells()) {
            worstCell = worst(worstCell, cell.status);
            if (severityRank(cell.status) >= severityRank(Status::Degraded))
                problems.append(cell.key);
        }
        QCOMPARE(state.overall(), worstCell);
        QList<CellKey> found;
        for (const CellState &cell : state.cellsAtLeast(Status::Degraded))
            found.append(cell.key);
        QCOMPARE(found, problems);
    };
    check(); // nothing fetched: unknown
    state.applySnapshot(QStringLiteral("a"),
                        snapshot(QStringLiteral("a"), Status::PartialOutage,
                                 {{QStringLiteral("API"), Status::Operational},
                                  {QStringLiteral("Web"), Status::PartialOutage}}),
                        t0);
    check();
    state.applySnapshot(QStringLiteral("b"), snapshot(QStringLiteral("b"), Status::Operational, {}), t0);
    check();
    state.applyFailure(QStringLiteral("a"), {QStringLiteral("HTTP 500")}, t0.addSecs(60));
    check();
    QCOMPARE(state.overall(), Status::Unknown);
}

void TestHealthState::recoveryAfterFailure()
{
    HealthState state;
    state.setSources({source(QStringLiteral("hub"))});
    state.applyFailure(QStringLiteral("hub"), {QStringLiteral("HTTP 503 Service Unavailable")}, t0);
    QCOMPARE(state.source(QStringLiteral("hub"))->health, SourceHealth::Failing);
    state.applySnapshot(
        QStringLiteral("hub"),
        snapshot(QStringLiteral("hub"), Status::Operational, {{QStringLiteral("API"), Status::Operational}}),
        t0.addSecs(60));
    const std::optional<SourceState> hub = state.source(QStringLiteral("hub"));
    QCOMPARE(hub->health, SourceHealth::Fresh);
    QVERIFY(hub->status.lastError.isEmpty());
    QCOMPARE(state.overall(), Status::Operational);
}

void TestHealthState::incidentsAttachToCells()
{
    HealthState state;
    state.setSources({source(QStringLiteral("hub"))});
    Snapshot data = snapshot(
        QStringLiteral("hub"), Status::MajorOutage,
        {{QStringLiteral("API"), Status::MajorOutage}, {QStringLiteral("Web"), Status::Operational}});
    Incident open;
    open.id = QStringLiteral("i1");
    open.provider = QStringLiteral("hub");
    open.title = QStringLiteral("API down");
    open.state = IncidentState::Investigating;
    open.affected = {{QStringLiteral("hub"), QStringLiteral("API"), globalRegion()}};
    Incident closed = open;
    closed.id = QStringLiteral("i0");
    closed.state = IncidentState::Resolved;
    data.incidents = {open, closed};
    state.applySnapshot(QStringLiteral("hub"), data, t0);

    const QList<CellState> cells = state.cells();
    QCOMPARE(find(cells, QStringLiteral("hub"), QString())->incidentIds, QStringList {QStringLiteral("i1")});
    QCOMPARE(find(cells, QStringLiteral("hub"), QStringLiteral("API"))->incidentTitles,
             QStringList {QStringLiteral("API down")});
    QVERIFY(find(cells, QStringLiteral("hub"), QStringLiteral("Web"))->incidentIds.isEmpty());
    QCOMPARE(state.openIncidents().size(), 1);
}

void TestHealthState::incidentsListsOpenAndClosedOfEverySource()
{
    HealthState state;
    state.setSources({source(QStringLiteral("a")), source(QStringLiteral("b")), source(QStringLiteral("c"))});
    const auto incident = [](const QString &provider, const QString &id, IncidentState lifecycle) {
        Incident result;
        result.provider = provider;
        result.id = id;
        result.state = lifecycle;
        return result;
    };
    Snapshot a = snapshot(QStringLiteral("a"), Status::Degraded, {});
    a.incidents = {incident(QStringLiteral("a"), QStringLiteral("a1"), IncidentState::Identified),
                   incident(QStringLiteral("a"), QStringLiteral("a0"), IncidentState::Resolved)};
    Snapshot b = snapshot(QStringLiteral("b"), Status::Operational, {});
    b.incidents = {incident(QStringLiteral("b"), QStringLiteral("b0"), IncidentState::Completed)};
    // Out of source order on purpose; "c" never answers.
    state.applySnapshot(QStringLiteral("b"), b, t0);
    state.applySnapshot(QStringLiteral("a"), a, t0);

    QStringList ids;
    for (const Incident &each : state.incidents())
        ids.append(each.id);
    QCOMPARE(ids, (QStringList {"a1", "a0", "b0"}));
    QCOMPARE(state.openIncidents().size(), 1);
    // A failing source still holds its last snapshot: its incidents do not vanish with the network.
    state.applyFailure(QStringLiteral("a"),
                       {QStringLiteral("unreachable: Connection refused"), FailureKind::Unreachable},
                       t0.addSecs(60));
    QCOMPARE(state.incidents().size(), 3);
}

void TestHealthState::providerNameFromConfigWins()
{
    HealthState state;
    state.setSources({source(QStringLiteral("github"), QStringLiteral("GitHub"))});
    state.applySnapshot(QStringLiteral("github"), snapshot(QStringLiteral("github"), Status::Operational, {}),
                        t0);
    QCOMPARE(state.cells().constFirst().providerName, QStringLiteral("GitHub"));
}

void TestHealthState::sourcesKeepTheirStateWhenReconfigured()
{
    HealthState state;
    state.setSources({source(QStringLiteral("a")), source(QStringLiteral("b"))});
    state.applySnapshot(QStringLiteral("b"), snapshot(QStringLiteral("b"), Status::Degraded, {}), t0);
    state.setSources({source(QStringLiteral("b"))});
    QCOMPARE(state.sources().size(), 1);
    QCOMPARE(state.overall(), Status::Degraded);
    // Pointed at another address, it is another source: the old data does not carry over.
    SourceConfig moved = source(QStringLiteral("b"));
    moved.url = QUrl(QStringLiteral("https://elsewhere.test/api/v2/summary.json"));
    state.setSources({moved});
    QCOMPARE(state.source(QStringLiteral("b"))->health, SourceHealth::Pending);
    QCOMPARE(state.overall(), Status::Unknown);
}

QTEST_GUILESS_MAIN(TestHealthState)
#include "tst_healthstate.moc"
