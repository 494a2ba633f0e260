// SPDX-License-Identifier: GPL-3.0-or-later
// The fault matrix of the polling engine: every way a server or the network misbehaves, served for
// real from 127.0.0.1, through PollScheduler -> FeedFetcher -> adapter and into HealthState. Each
// fault must end in a clear per-source error (or a success where the protocol allows one), with
// the last good data kept and marked, and nothing left behind.
#include "feedtesting.h"
#include "fixtureserver.h"
#include "gzip.h"

#include "net/feedfetcher.h"
#include "net/pollscheduler.h"
#include "policy/healthstate.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

#include <memory>

using namespace radar;

namespace {

QByteArray fixture(const QString &name)
{
    return feedtesting::fixture(QStringLiteral("statuspage"), name);
}

SourceConfig source(const QString &id, const QUrl &url)
{
    SourceConfig config;
    config.id = id;
    config.url = url;
    config.kind = FeedKind::Statuspage;
    return config;
}

FixtureResponse respond(int status, const QByteArray &reason,
                        QList<QPair<QByteArray, QByteArray>> headers = {},
                        const QByteArray &body = QByteArray())
{
    FixtureResponse response;
    response.status = status;
    response.reason = reason;
    response.headers = std::move(headers);
    response.body = body;
    return response;
}

FixtureResponse behaving(FixtureResponse::Behaviour behaviour, const QByteArray &body = QByteArray())
{
    FixtureResponse response = FixtureResponse::json(body);
    response.behaviour = behaviour;
    return response;
}

// Seconds from now until `when`, for checking a scheduled delay.
qint64 secondsUntil(const QDateTime &when)
{
    return QDateTime::currentDateTimeUtc().secsTo(when);
}

/// A scheduler on this thread with everything it reports recorded, and a HealthState fed from it as
/// the app feeds its own.
struct Harness
{
    explicit Harness(const FetchPolicy &policy)
        : scheduler(policy)
        , snapshots(&scheduler, &PollScheduler::snapshotReady)
        , unchanged(&scheduler, &PollScheduler::sourceUnchanged)
        , failures(&scheduler, &PollScheduler::sourceFailed)
        , scheduled(&scheduler, &PollScheduler::nextAttemptScheduled)
        , cycles(&scheduler, &PollScheduler::cycleFinished)
    {
        QObject::connect(&scheduler, &PollScheduler::snapshotReady, &scheduler,
                         [this](const QString &id, const Snapshot &snapshot) {
                             state.applySnapshot(id, snapshot, QDateTime::currentDateTimeUtc());
                         });
        QObject::connect(&scheduler, &PollScheduler::sourceUnchanged, &scheduler, [this](const QString &id) {
            state.applyUnchanged(id, QDateTime::currentDateTimeUtc());
        });
        QObject::connect(&scheduler, &PollScheduler::sourceFailed, &scheduler,
                         [this](const QString &id, const SourceError &error) {
                             state.applyFailure(id, error, QDateTime::currentDateTimeUtc());
                         });
        QObject::connect(
            &scheduler, &PollScheduler::nextAttemptScheduled, &scheduler,
            [this](const QString &id, const QDateTime &when) { state.setNextAttempt(id, when); });
    }

    void setSources(const QList<SourceConfig> &sources)
    {
        state.setSources(sources);
        scheduler.setSources(sources);
    }

    /// Polls everything now and waits for every source to report.
    bool refresh(int timeoutMs = 15000)
    {
        const qsizetype before = cycles.size();
        scheduler.pollAll();
        return cycles.size() > before || cycles.wait(timeoutMs);
    }

    SourceError lastFailure() const { return failures.constLast().at(1).value<SourceError>(); }

    PollScheduler scheduler;
    HealthState state;
    QSignalSpy snapshots;
    QSignalSpy unchanged;
    QSignalSpy failures;
    QSignalSpy scheduled;
    QSignalSpy cycles;
};

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void faultMatrix_data();
    void faultMatrix();
    void repeatedFaultsLeaveNothingBehind();
    void gzipBombAgainstTheDefaultCap();
    void notModifiedKeepsTheDataAndRenewsIt();
    void lastModifiedRoundTrip();
    void backoffScheduleAndRecovery();
    void slowSourceDoesNotHoldOthers();
    void aSourceMovedMidFetchAsksItsNewAddress();
    void removingTheLastPendingSourceEndsTheRefresh();
    void concurrencyPerHostIsBounded();
    void concurrencyOverallIsBounded();
    void requestsIdentifyTheApp();
    void tlsErrorsFailClosed();
    void httpsToHttpRedirectIsRefused();
    void systemProxyIsHonoured();

private:
    std::unique_ptr<FixtureServer> m_server;
};

void TestFaults::init()
{
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->listen());
    m_server->setResponse(QStringLiteral("/good"), FixtureResponse::json(fixture("major-outage.json")));
}

void TestFaults::faultMatrix_data()
{
    QTest::addColumn<FixtureResponse>("response");
    QTest::addColumn<bool>("refused"); // point the source at a closed port instead
    QTest::addColumn<QString>("expected"); // the start of the error; empty for a success
    QTest::addColumn<FailureKind>("kind");
    QTest::addColumn<int>("minimumNextSeconds"); // the next poll is at least this far out

    const auto unreachable = FailureKind::Unreachable;
    const auto server = FailureKind::Server;
    const auto content = FailureKind::Content;
    const QByteArray big(200 * 1024, ' ');

    QTest::newRow("connection refused")
        << FixtureResponse() << true << "unreachable: Connection refused" << unreachable << 54;
    QTest::newRow("reset mid-body") << behaving(FixtureResponse::Behaviour::CloseMidBody,
                                                fixture("degraded.json"))
                                    << false << "unreachable: " << unreachable << 54;
    QTest::newRow("stall") << behaving(FixtureResponse::Behaviour::Stall) << false
                           << "unreachable: no answer within 2 s" << unreachable << 54;
    FixtureResponse drip = behaving(FixtureResponse::Behaviour::Drip, fixture("degraded.json"));
    drip.dripIntervalMs = 200; // the whole body would take minutes
    QTest::newRow("slow drip past the deadline")
        << drip << false << "unreachable: the answer did not complete within 2 s" << unreachable << 54;
    QTest::newRow("500") << respond(500, "Internal Server Error") << false << "HTTP 500 Internal Server Error"
                         << server << 54;
    QTest::newRow("503 with Retry-After") << respond(503, "Service Unavailable", {{"Retry-After", "600"}})
                                          << false << "HTTP 503 Service Unavailable" << server << 540;
    QTest::newRow("429") << respond(429, "Too Many Requests", {{"Retry-After", "300"}}) << false
                         << "HTTP 429 Too Many Requests" << server << 270;
    QTest::newRow("redirect loop") << respond(302, "Found", {{"Location", "/fault"}}) << false
                                   << "redirect refused: more than 5 redirects" << server << 54;
    QTest::newRow("body over the cap") << FixtureResponse::json(big + "{}") << false
                                       << "response larger than the 0.0625 MiB limit" << server << 54;
    QTest::newRow("endless chunked body") << behaving(FixtureResponse::Behaviour::EndlessChunked) << false
                                          << "response larger than the 0.0625 MiB limit" << server << 54;
    QTest::newRow("gzip expanding past the cap")
        << respond(200, "OK", {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}},
                   gzipCompress(big + big + big + "{}"))
        << false << "response larger than the 0.0625 MiB limit" << server << 54;
    QTest::newRow("truncated JSON") << FixtureResponse::json(fixture("truncated.json")) << false
                                    << "malformed JSON" << content << 54;
    QTest::newRow("captive portal") << respond(200, "OK", {{"Content-Type", "text/html"}},
                                               fixture("captive-portal.html"))
                                    << false << "got an HTML or XML page instead of JSON" << content << 54;

    // Where the protocol allows, these succeed.
    QTest::newRow("gzip body") << respond(
        200, "OK", {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}},
        gzipCompress(fixture("degraded.json")))
                               << false << QString() << server << 54;
    QTest::newRow("no charset") << respond(200, "OK", {{"Content-Type", "application/json"}},
                                           fixture("degraded.json"))
                                << false << QString() << server << 54;
    QTest::newRow("no content type") << respond(200, "OK", {}, fixture("degraded.json")) << false << QString()
                                     << server << 54;
    QTest::newRow("Latin-1 declared")
        << respond(200, "OK", {{"Content-Type", "application/json; charset=ISO-8859-1"}},
                   QString::fromUtf8(fixture("degraded.json"))
                       .replace(QStringLiteral("SlowCo"), QStringLiteral("SlöwCo"))
                       .toLatin1())
        << false << QString() << server << 54;
    QTest::newRow("UTF-8 labelled Latin-1")
        << respond(200, "OK", {{"Content-Type", "application/json; charset=iso-8859-1"}},
                   QString::fromUtf8(fixture("degraded.json"))
                       .replace(QStringLiteral("SlowCo"), QStringLiteral("SlöwCo"))
                       .toUtf8())
        << false << QString() << server << 54;
}

void TestFaults::faultMatrix()
{
    QFETCH(FixtureResponse, response);
    QFETCH(bool, refused);
    QFETCH(QString, expected);
    QFETCH(FailureKind, kind);
    QFETCH(int, minimumNextSeconds);

    FetchPolicy policy;
    // A short deadline where the row is about the deadline; elsewhere a long one, so a loaded
    // machine cannot turn a slow answer into a different failure.
    const bool aboutTheDeadline = response.behaviour == FixtureResponse::Behaviour::Stall
        || response.behaviour == FixtureResponse::Behaviour::Drip;
    policy.timeout = std::chrono::milliseconds(aboutTheDeadline ? 2000 : 15000);
    policy.maxBodyBytes = 64 * 1024;
    Harness harness(policy);
    const QString id = QStringLiteral("hub");

    // First good data from the very address under test, which every fault must keep (marked as
    // not current). For "refused", the address is a server of its own that then goes away.
    auto vanishing = std::make_unique<FixtureServer>();
    FixtureServer *server = m_server.get();
    if (refused) {
        QVERIFY(vanishing->listen());
        server = vanishing.get();
    }
    server->setResponse(QStringLiteral("/fault"), FixtureResponse::json(fixture("major-outage.json")));
    harness.setSources({source(id, server->url(QStringLiteral("/fault")))});
    harness.scheduler.start();
    QVERIFY(harness.cycles.wait(20000));
    QCOMPARE(harness.snapshots.size(), 1);
    QCOMPARE(harness.state.overall(), Status::MajorOutage);

    if (refused)
        vanishing.reset();
    else
        m_server->setResponse(QStringLiteral("/fault"), response);
    QVERIFY(harness.refresh(30000));

    const std::optional<SourceState> hub = harness.state.source(id);
    QVERIFY(hub);
    if (expected.isEmpty()) {
        QCOMPARE(harness.failures.size(), 0);
        QCOMPARE(harness.snapshots.size(), 2);
        QCOMPARE(hub->health, SourceHealth::Fresh);
        QCOMPARE(harness.state.overall(), Status::Degraded);
        QVERIFY2(hub->providerName == QStringLiteral("SlöwCo")
                     || hub->providerName == QStringLiteral("SlowCo"),
                 qPrintable(hub->providerName));
    } else {
        QCOMPARE(harness.failures.size(), 1);
        const SourceError error = harness.lastFailure();
        QVERIFY2(error.message.startsWith(expected), qPrintable(error.message));
        QCOMPARE(error.kind, kind);
        // The last good data stays, shown as unknown, its last known status kept for the tooltip.
        QCOMPARE(hub->health, SourceHealth::Failing);
        QCOMPARE(hub->status.lastError, error.message);
        const QList<CellState> cells = harness.state.cells();
        QVERIFY(!cells.isEmpty());
        QCOMPARE(cells.constFirst().status, Status::Unknown);
        QCOMPARE(cells.constFirst().lastKnown, Status::MajorOutage);
    }
    // The next attempt is announced, and honours what the server asked for.
    const QDateTime next = harness.scheduled.constLast().at(1).toDateTime();
    QVERIFY2(secondsUntil(next) >= minimumNextSeconds - 1, qPrintable(next.toString(Qt::ISODate)));
    QCOMPARE(hub->status.nextAttempt, next);

    // Nothing is left behind: no reply objects, no queued fetch.
    QTRY_COMPARE(harness.scheduler.fetcher()->liveReplies(), 0);
    QCOMPARE(harness.scheduler.fetcher()->activeCount(), 0);
}

void TestFaults::repeatedFaultsLeaveNothingBehind()
{
    // Every failing path many times over; the sanitizer build of this test (LeakSanitizer) reports
    // any leaked allocation, and the fetchers must hold no reply afterwards. The stalled source has
    // a scheduler with a short deadline of its own, so that every other answer can have a long one:
    // on a loaded machine under the sanitizers, a short deadline would fail the healthy source too.
    FetchPolicy quick;
    quick.timeout = std::chrono::milliseconds(1500);
    FetchPolicy patient;
    patient.timeout = std::chrono::milliseconds(30000);
    patient.maxBodyBytes = 16 * 1024;
    Harness stalling(quick);
    Harness harness(patient);
    const QList<QPair<QString, FixtureResponse>> faults {
        {QStringLiteral("/reset"),
         behaving(FixtureResponse::Behaviour::CloseMidBody, fixture("degraded.json"))},
        {QStringLiteral("/close"), behaving(FixtureResponse::Behaviour::CloseAtOnce)},
        {QStringLiteral("/endless"), behaving(FixtureResponse::Behaviour::EndlessChunked)},
        {QStringLiteral("/500"), respond(500, "Internal Server Error")},
        {QStringLiteral("/portal"),
         respond(200, "OK", {{"Content-Type", "text/html"}}, fixture("captive-portal.html"))},
        {QStringLiteral("/ok"), FixtureResponse::json(fixture("degraded.json"))},
    };
    // The server on a thread of its own, as a real one: an endless body must not starve the
    // client's thread (or the reverse).
    FixtureServerThread server;
    QVERIFY(server.isListening());
    QList<SourceConfig> sources;
    for (const auto &[path, response] : faults) {
        server.setResponse(path, response);
        sources.append(source(path.mid(1), server.url(path)));
    }
    sources.append(source(QStringLiteral("refused"),
                          QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(FixtureServer::closedPort()))));
    harness.setSources(sources);
    server.setResponse(QStringLiteral("/stall"), behaving(FixtureResponse::Behaviour::Stall));
    stalling.setSources({source(QStringLiteral("stall"), server.url(QStringLiteral("/stall")))});

    constexpr int rounds = 5;
    for (int round = 0; round < rounds; ++round) {
        const qsizetype stalled = stalling.cycles.size();
        stalling.scheduler.pollAll();
        QVERIFY(harness.refresh(60000));
        QVERIFY(stalling.cycles.size() > stalled || stalling.cycles.wait(10000));
    }
    QHash<QString, int> perSource;
    for (const QList<QVariant> &failure : std::as_const(harness.failures)) {
        if (++perSource[failure.at(0).toString()] && failure.at(0).toString() == QStringLiteral("ok"))
            qWarning("the healthy source failed: %s", qPrintable(failure.at(1).value<SourceError>().message));
    }
    for (const SourceConfig &config : std::as_const(sources))
        QCOMPARE(perSource.value(config.id), config.id == QStringLiteral("ok") ? 0 : rounds);
    QCOMPARE(harness.snapshots.size(), rounds);
    QCOMPARE(stalling.failures.size(), rounds);
    for (const Harness *used : {&harness, &stalling}) {
        QTRY_COMPARE(used->scheduler.fetcher()->liveReplies(), 0);
        QCOMPARE(used->scheduler.fetcher()->activeCount(), 0);
    }
    // Every connection was closed by the client, the endless ones included: none keeps streaming.
    QTRY_COMPARE(server.activeRequests(), 0);
}

void TestFaults::gzipBombAgainstTheDefaultCap()
{
    // 64 MiB of zeros in 64 KiB: Qt's own decompression guard and the body cap both watch this;
    // whichever stops it, the user reads the same clear message.
    m_server->setResponse(QStringLiteral("/bomb"),
                          respond(200, "OK",
                                  {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}},
                                  gzipCompress(QByteArray(64 * 1024 * 1024, '\0'))));
    Harness harness({});
    harness.setSources({source(QStringLiteral("bomb"), m_server->url(QStringLiteral("/bomb")))});
    QVERIFY(harness.refresh(30000));
    QCOMPARE(harness.failures.size(), 1);
    QCOMPARE(harness.lastFailure().message, QStringLiteral("response larger than the 16 MiB limit"));
}

void TestFaults::notModifiedKeepsTheDataAndRenewsIt()
{
    FixtureResponse first = FixtureResponse::json(fixture("degraded.json"));
    first.etag = "\"v1\"";
    first.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("max-age=120")));
    m_server->setResponse(QStringLiteral("/feed"), first);
    Harness harness({});
    harness.setSources({source(QStringLiteral("hub"), m_server->url(QStringLiteral("/feed")))});
    harness.scheduler.start();
    QVERIFY(harness.cycles.wait(10000));
    QCOMPARE(harness.snapshots.size(), 1);
    QVERIFY(m_server->requestHeader(0, "If-None-Match").isEmpty());
    // Cache-Control: max-age=120 is longer than the 60 s interval: the next poll waits for it.
    QVERIFY2(secondsUntil(harness.scheduled.constLast().at(1).toDateTime()) >= 107,
             qPrintable(harness.scheduled.constLast().at(1).toDateTime().toString(Qt::ISODate)));

    QVERIFY(harness.refresh());
    QCOMPARE(m_server->requestHeader(1, "If-None-Match"), QByteArray("\"v1\""));
    QCOMPARE(harness.unchanged.size(), 1);
    QCOMPARE(harness.snapshots.size(), 1); // nothing was parsed again
    QCOMPARE(harness.failures.size(), 0);
    QCOMPARE(harness.state.overall(), Status::Degraded);
    QCOMPARE(harness.state.source(QStringLiteral("hub"))->health, SourceHealth::Fresh);

    // A new version: a full answer, and its own ETag from then on.
    FixtureResponse second = FixtureResponse::json(fixture("major-outage.json"));
    second.etag = "\"v2\"";
    m_server->setResponse(QStringLiteral("/feed"), second);
    QVERIFY(harness.refresh());
    QCOMPARE(harness.snapshots.size(), 2);
    QCOMPARE(harness.state.overall(), Status::MajorOutage);
    QVERIFY(harness.refresh());
    QCOMPARE(m_server->requestHeader(3, "If-None-Match"), QByteArray("\"v2\""));
    QCOMPARE(harness.unchanged.size(), 2);
    QCOMPARE(harness.state.overall(), Status::MajorOutage);
}

void TestFaults::lastModifiedRoundTrip()
{
    FixtureResponse response = FixtureResponse::json(fixture("degraded.json"));
    response.lastModified = "Thu, 26 Nov 2026 08:00:00 GMT";
    m_server->setResponse(QStringLiteral("/feed"), response);
    Harness harness({});
    harness.setSources({source(QStringLiteral("hub"), m_server->url(QStringLiteral("/feed")))});
    QVERIFY(harness.refresh());
    QVERIFY(harness.refresh());
    QCOMPARE(m_server->requestHeader(1, "If-Modified-Since"), response.lastModified);
    QCOMPARE(harness.unchanged.size(), 1);
    QCOMPARE(harness.snapshots.size(), 1);
}

void TestFaults::backoffScheduleAndRecovery()
{
    FetchPolicy policy;
    Harness harness(policy);
    const QString id = QStringLiteral("hub");
    m_server->setResponse(QStringLiteral("/flaky"), behaving(FixtureResponse::Behaviour::CloseAtOnce));
    harness.setSources({source(id, m_server->url(QStringLiteral("/flaky")))});
    harness.scheduler.start();
    QVERIFY(harness.cycles.wait(10000));
    // Each further failure doubles the wait from the 60 s interval (±10 % jitter) up to 15 minutes.
    QList<qint64> delays {secondsUntil(harness.scheduled.constLast().at(1).toDateTime())};
    for (int failure = 2; failure <= 6; ++failure) {
        QVERIFY(harness.refresh());
        delays.append(secondsUntil(harness.scheduled.constLast().at(1).toDateTime()));
    }
    const QList<qint64> expected {60, 120, 240, 480, 900, 900};
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY2(delays[i] >= expected[i] * 9 / 10 - 1 && delays[i] <= expected[i] * 11 / 10,
                 qPrintable(QStringLiteral("failure %1 waits %2 s").arg(i + 1).arg(delays[i])));
    }
    // The same server answers again: the first success ends the back-off at once.
    m_server->setResponse(QStringLiteral("/flaky"), FixtureResponse::json(fixture("major-outage.json")));
    QVERIFY(harness.refresh());
    QCOMPARE(harness.snapshots.size(), 1);
    const qint64 afterRecovery = secondsUntil(harness.scheduled.constLast().at(1).toDateTime());
    QVERIFY2(afterRecovery >= 53 && afterRecovery <= 66, qPrintable(QString::number(afterRecovery)));
    QCOMPARE(harness.state.source(id)->health, SourceHealth::Fresh);
}

void TestFaults::slowSourceDoesNotHoldOthers()
{
    FixtureResponse stall;
    stall.behaviour = FixtureResponse::Behaviour::Stall;
    m_server->setResponse(QStringLiteral("/stall"), stall);
    FetchPolicy policy;
    policy.timeout = std::chrono::milliseconds(3000);
    Harness harness(policy);
    harness.setSources({source(QStringLiteral("slow"), m_server->url(QStringLiteral("/stall"))),
                        source(QStringLiteral("a"), m_server->url(QStringLiteral("/good"))),
                        source(QStringLiteral("b"), m_server->url(QStringLiteral("/good")))});
    harness.scheduler.pollAll();
    // Both quick sources report while the slow one is still waiting for its answer.
    QTRY_COMPARE_WITH_TIMEOUT(harness.snapshots.size(), 2, 10000);
    QCOMPARE(harness.failures.size(), 0);
    QVERIFY(harness.cycles.wait(10000));
    QCOMPARE(harness.failures.size(), 1);
}

void TestFaults::aSourceMovedMidFetchAsksItsNewAddress()
{
    m_server->setResponse(QStringLiteral("/stall"), behaving(FixtureResponse::Behaviour::Stall));
    FetchPolicy policy;
    policy.timeout = std::chrono::milliseconds(3000);
    Harness harness(policy);
    const QString id = QStringLiteral("hub");
    harness.setSources({source(id, m_server->url(QStringLiteral("/stall")))});
    harness.scheduler.start();
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("/stall")), 1);
    // Moved while the old address has not answered: the new one is asked at once, and the old
    // address's failure, when its deadline passes, is not reported for the source.
    harness.setSources({source(id, m_server->url(QStringLiteral("/good")))});
    QTRY_COMPARE_WITH_TIMEOUT(harness.snapshots.size(), 1, 2500);
    QVERIFY(harness.cycles.size() == 1 || harness.cycles.wait(2500));
    QTest::qWait(3500); // past the old fetch's deadline
    QCOMPARE(harness.failures.size(), 0);
    QCOMPARE(harness.state.source(id)->health, SourceHealth::Fresh);
    QCOMPARE(harness.state.overall(), Status::MajorOutage);
}

void TestFaults::removingTheLastPendingSourceEndsTheRefresh()
{
    m_server->setResponse(QStringLiteral("/stall"), behaving(FixtureResponse::Behaviour::Stall));
    FetchPolicy policy;
    policy.timeout = std::chrono::milliseconds(10000);
    Harness harness(policy);
    QSignalSpy progress(&harness.scheduler, &PollScheduler::refreshProgress);
    harness.setSources({source(QStringLiteral("quick"), m_server->url(QStringLiteral("/good"))),
                        source(QStringLiteral("slow"), m_server->url(QStringLiteral("/stall")))});
    harness.scheduler.pollAll();
    QTRY_COMPARE(harness.snapshots.size(), 1);
    QCOMPARE(harness.cycles.size(), 0);
    harness.setSources({source(QStringLiteral("quick"), m_server->url(QStringLiteral("/good")))});
    QCOMPARE(harness.cycles.size(), 1);
    QCOMPARE(progress.constLast().at(0).toInt(), progress.constLast().at(1).toInt());
}

void TestFaults::concurrencyPerHostIsBounded()
{
    FixtureResponse slow = FixtureResponse::json(fixture("all-operational.json"));
    slow.behaviour = FixtureResponse::Behaviour::Delay;
    slow.delayMs = 150;
    m_server->setResponse(QStringLiteral("/slow"), slow);
    FetchPolicy policy;
    policy.maxPerHost = 3;
    Harness harness(policy);
    QList<SourceConfig> sources;
    for (int i = 0; i < 12; ++i)
        sources.append(source(QStringLiteral("s%1").arg(i), m_server->url(QStringLiteral("/slow"))));
    harness.setSources(sources);
    QVERIFY(harness.refresh());
    QCOMPARE(harness.snapshots.size(), 12);
    QVERIFY2(m_server->maxConcurrentRequests() <= 3,
             qPrintable(QString::number(m_server->maxConcurrentRequests())));
    // The limit is used, not just respected: fetches did run side by side.
    QVERIFY(m_server->maxConcurrentRequests() >= 2);
}

void TestFaults::concurrencyOverallIsBounded()
{
    FixtureResponse slow = FixtureResponse::json(fixture("all-operational.json"));
    slow.behaviour = FixtureResponse::Behaviour::Delay;
    slow.delayMs = 150;
    m_server->setResponse(QStringLiteral("/slow"), slow);
    FetchPolicy policy;
    policy.maxPerHost = 10;
    policy.maxConcurrent = 2;
    Harness harness(policy);
    QList<SourceConfig> sources;
    for (int i = 0; i < 8; ++i)
        sources.append(source(QStringLiteral("s%1").arg(i), m_server->url(QStringLiteral("/slow"))));
    harness.setSources(sources);
    QVERIFY(harness.refresh());
    QCOMPARE(harness.snapshots.size(), 8);
    QCOMPARE(m_server->maxConcurrentRequests(), 2);
}

void TestFaults::requestsIdentifyTheApp()
{
    Harness harness({});
    harness.setSources({source(QStringLiteral("hub"), m_server->url(QStringLiteral("/good")))});
    QVERIFY(harness.refresh());
    QVERIFY(m_server->requestHeader(0, "User-Agent").startsWith("OutageRadar/"));
    // Compressed transfer is offered.
    QVERIFY2(m_server->requestHeader(0, "Accept-Encoding").contains("gzip"),
             m_server->requests().constFirst().constData());
}

void TestFaults::tlsErrorsFailClosed()
{
    QString why;
    const auto credentials = FixtureServer::makeSelfSignedCertificate(&why);
    if (!credentials)
        QSKIP(qPrintable(why));
    FixtureServer tls;
    QVERIFY(tls.listenTls(credentials->first, credentials->second));
    tls.setResponse(QStringLiteral("/feed"), FixtureResponse::json(fixture("all-operational.json")));
    Harness harness({});
    harness.setSources({source(QStringLiteral("hub"), tls.url(QStringLiteral("/feed")))});
    QVERIFY(harness.refresh());
    QCOMPARE(harness.snapshots.size(), 0);
    QCOMPARE(harness.failures.size(), 1);
    QVERIFY2(harness.lastFailure().message.startsWith(QStringLiteral("TLS error")),
             qPrintable(harness.lastFailure().message));
    QCOMPARE(tls.requests().size(), 0); // nothing was sent over the untrusted connection
}

void TestFaults::httpsToHttpRedirectIsRefused()
{
    QString why;
    const auto credentials = FixtureServer::makeSelfSignedCertificate(&why);
    if (!credentials)
        QSKIP(qPrintable(why));
    // Trust the test certificate for this process only, the way a system CA store would.
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(credentials->first);
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });

    FixtureServer tls;
    QVERIFY(tls.listenTls(credentials->first, credentials->second));
    tls.setResponse(QStringLiteral("/feed"), FixtureResponse::json(fixture("all-operational.json")));
    tls.setResponse(QStringLiteral("/down"),
                    respond(301, "Moved Permanently",
                            {{"Location", m_server->url(QStringLiteral("/good")).toEncoded()}}));
    Harness harness({});
    harness.setSources({source(QStringLiteral("secure"), tls.url(QStringLiteral("/feed"))),
                        source(QStringLiteral("downgraded"), tls.url(QStringLiteral("/down")))});
    QVERIFY(harness.refresh());
    // The trusted https source works, so the refusal below is about the redirect alone.
    QCOMPARE(harness.snapshots.size(), 1);
    QCOMPARE(harness.snapshots.constFirst().at(0).toString(), QStringLiteral("secure"));
    QCOMPARE(harness.failures.size(), 1);
    QCOMPARE(harness.lastFailure().message, QStringLiteral("redirect refused: it went from https to http"));
    QCOMPARE(m_server->requestCount(QStringLiteral("/good")), 0);
}

void TestFaults::systemProxyIsHonoured()
{
    // The desktop's proxy setting (here the environment's, as on most Linux desktops) is used: the
    // fixture server plays the proxy and receives the request in absolute form.
    qputenv("http_proxy", m_server->url(QStringLiteral("/")).toEncoded());
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");
    const auto restore = qScopeGuard([] { qunsetenv("http_proxy"); });
    m_server->setResponse(QStringLiteral("/via-proxy"), FixtureResponse::json(fixture("degraded.json")));
    Harness harness({});
    harness.setSources(
        {source(QStringLiteral("hub"), QUrl(QStringLiteral("http://status.example.invalid/via-proxy")))});
    QVERIFY(harness.refresh());
    QCOMPARE(harness.failures.size(), 0);
    QCOMPARE(harness.snapshots.size(), 1);
    QVERIFY2(
        m_server->requests().constFirst().startsWith("GET http://status.example.invalid/via-proxy HTTP/1.1"),
        m_server->requests().constFirst().constData());
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
