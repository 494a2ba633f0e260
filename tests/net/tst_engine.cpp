// SPDX-License-Identifier: GPL-3.0-or-later
// The app's real fetch path (Engine -> io thread -> PollScheduler -> FeedFetcher -> adapter) against
// a loopback HTTP server.
#include "engine.h"
#include "loopbackproxy.h"
#include "schedulertesting.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace radar;
using schedulertesting::fixture;

namespace {

// Kinds are detected from the content here, as for a pasted URL.
SourceConfig source(const QString &id, const QUrl &url)
{
    return schedulertesting::source(id, url, FeedKind::Auto);
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void snapshotArrivesOnTheGuiThread();
    void failures_data();
    void failures();
    void oversizedBodyIsCutOff();
    void stalledServerTimesOut();
    void pollsAgainOnItsInterval();
    void fetchPolicyReachesTheIoThread();

private:
    std::unique_ptr<FixtureServer> m_server;
};

void TestEngine::init()
{
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->listen());
}

void TestEngine::snapshotArrivesOnTheGuiThread()
{
    m_server->setResponse(QStringLiteral("/api/v2/summary.json"),
                          FixtureResponse::json(fixture("major-outage.json")));
    Engine engine;
    QSignalSpy snapshots(&engine, &Engine::snapshotReady);
    QSignalSpy cycle(&engine, &Engine::cycleFinished);
    QVERIFY(snapshots.isValid());
    QVERIFY(cycle.isValid());
    QThread *receivingThread = nullptr;
    connect(&engine, &Engine::snapshotReady, this, [&] { receivingThread = QThread::currentThread(); });

    engine.setSources({source(QStringLiteral("hub"), m_server->url(QStringLiteral("/api/v2/summary.json")))});
    engine.refreshNow();
    QVERIFY(cycle.wait(10000));
    QCOMPARE(snapshots.count(), 1);
    QCOMPARE(receivingThread, QThread::currentThread());
    QCOMPARE(snapshots[0][0].toString(), QStringLiteral("hub"));
    const auto snapshot = snapshots[0][1].value<Snapshot>();
    QCOMPARE(snapshot.kind, FeedKind::Statuspage);
    QCOMPARE(snapshot.providerName, QStringLiteral("ExampleHub"));
    QCOMPARE(snapshot.cells.constFirst().status, Status::MajorOutage);

    const QByteArray request = m_server->requests().constFirst();
    QVERIFY2(request.startsWith("GET /api/v2/summary.json HTTP/1.1"), request.constData());
    QVERIFY2(request.contains("User-Agent: OutageRadar/"), request.constData());
}

void TestEngine::failures_data()
{
    QTest::addColumn<FixtureResponse>("response");
    QTest::addColumn<QString>("expected");
    QTest::newRow("404") << FixtureResponse::json("{}", 404, "Not Found") << "HTTP 404 Not Found";
    QTest::newRow("500") << FixtureResponse::json("oops", 500, "Internal Server Error")
                         << "HTTP 500 Internal Server Error";
    FixtureResponse portal;
    portal.headers = {{"Content-Type", "text/html"}};
    portal.body = fixture("captive-portal.html");
    QTest::newRow("captive portal") << portal << "got an HTML or XML page instead of JSON";
    QTest::newRow("truncated JSON") << FixtureResponse::json(fixture("truncated.json")) << "malformed JSON";
    FixtureResponse reset;
    reset.behaviour = FixtureResponse::Behaviour::CloseAtOnce;
    QTest::newRow("connection closed") << reset << "unreachable: ";
}

void TestEngine::failures()
{
    QFETCH(FixtureResponse, response);
    QFETCH(QString, expected);
    m_server->setResponse(QStringLiteral("/feed"), response);
    Engine engine;
    QSignalSpy failures(&engine, &Engine::sourceFailed);
    QSignalSpy cycle(&engine, &Engine::cycleFinished);
    QVERIFY(failures.isValid());
    engine.setSources({source(QStringLiteral("hub"), m_server->url(QStringLiteral("/feed")))});
    engine.refreshNow();
    QVERIFY(cycle.wait(10000));
    QCOMPARE(failures.count(), 1);
    const QString message = failures[0][1].value<SourceError>().message;
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestEngine::oversizedBodyIsCutOff()
{
    m_server->setResponse(QStringLiteral("/big"), FixtureResponse::json(QByteArray(300 * 1024, ' ') + "{}"));
    FetchPolicy policy;
    policy.maxBodyBytes = 64 * 1024;
    Engine engine(policy);
    QSignalSpy failures(&engine, &Engine::sourceFailed);
    QSignalSpy cycle(&engine, &Engine::cycleFinished);
    engine.setSources({source(QStringLiteral("hub"), m_server->url(QStringLiteral("/big")))});
    engine.refreshNow();
    QVERIFY(cycle.wait(10000));
    QCOMPARE(failures.count(), 1);
    const QString message = failures[0][1].value<SourceError>().message;
    QVERIFY2(message.contains(QStringLiteral("larger than the 0.0625 MiB limit")), qPrintable(message));
}

void TestEngine::stalledServerTimesOut()
{
    FixtureResponse stall;
    stall.behaviour = FixtureResponse::Behaviour::Stall;
    m_server->setResponse(QStringLiteral("/stall"), stall);
    FetchPolicy policy;
    policy.timeout = std::chrono::milliseconds(1000);
    Engine engine(policy);
    QSignalSpy failures(&engine, &Engine::sourceFailed);
    QSignalSpy cycle(&engine, &Engine::cycleFinished);
    engine.setSources(
        {source(QStringLiteral("hub"), m_server->url(QStringLiteral("/stall"))),
         source(QStringLiteral("closed"),
                QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(FixtureServer::closedPort())))});
    engine.refreshNow();
    QVERIFY(cycle.wait(10000));
    QCOMPARE(failures.count(), 2);
    QHash<QString, QString> messages;
    for (const QList<QVariant> &failure : failures)
        messages.insert(failure[0].toString(), failure[1].value<SourceError>().message);
    QCOMPARE(messages.value(QStringLiteral("hub")), QStringLiteral("unreachable: no answer within 1 s"));
    QVERIFY2(messages.value(QStringLiteral("closed"))
                 .startsWith(QStringLiteral("unreachable: Connection refused")),
             qPrintable(messages.value(QStringLiteral("closed"))));
}

void TestEngine::pollsAgainOnItsInterval()
{
    m_server->setResponse(QStringLiteral("/ok"), FixtureResponse::json(fixture("all-operational.json")));
    Engine engine;
    QSignalSpy snapshots(&engine, &Engine::snapshotReady);
    QSignalSpy scheduled(&engine, &Engine::nextAttemptScheduled);
    QVERIFY(scheduled.isValid());
    engine.setSources({source(QStringLiteral("calm"), m_server->url(QStringLiteral("/ok")))});
    const QDateTime before = QDateTime::currentDateTimeUtc();
    engine.start(); // polls at once, then every interval (60 s by default, jittered by 10 %)
    QVERIFY(snapshots.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.count() > 0, 10000);
    const QDateTime next = scheduled[0][1].toDateTime();
    QVERIFY2(next >= before.addSecs(53) && next <= QDateTime::currentDateTimeUtc().addSecs(67),
             qPrintable(next.toString(Qt::ISODateWithMs)));
}

void TestEngine::fetchPolicyReachesTheIoThread()
{
    m_server->setResponse(QStringLiteral("/api/v2/summary.json"),
                          FixtureResponse::json(fixture("major-outage.json")));
    LoopbackProxy proxy;
    QVERIFY(proxy.listen());
    proxy.setUpstream(m_server->url(QStringLiteral("/")));
    proxy.requireCredentials(QStringLiteral("ops"), QStringLiteral("letmein"));
    Engine engine;
    QSignalSpy snapshots(&engine, &Engine::snapshotReady);
    QSignalSpy failures(&engine, &Engine::sourceFailed);
    QSignalSpy cycle(&engine, &Engine::cycleFinished);
    // The Network settings changed after the engine started: a manual proxy with credentials.
    FetchPolicy policy;
    policy.proxy = {ProxyMode::Manual, proxy.host(), proxy.port(), QStringLiteral("ops"),
                    QStringLiteral("letmein")};
    engine.setFetchPolicy(policy);
    engine.setSources({source(QStringLiteral("hub"),
                              QUrl(QStringLiteral("http://status.example.invalid/api/v2/summary.json")))});
    engine.refreshNow();
    QVERIFY(cycle.wait(10000));
    QCOMPARE(failures.count(), 0);
    QCOMPARE(snapshots.count(), 1);
    QCOMPARE(proxy.forwarded(), 1);

    // A wrong password set later is used for the next refresh, and says so.
    policy.proxy.password = QStringLiteral("guess");
    engine.setFetchPolicy(policy);
    engine.refreshNow();
    QVERIFY(cycle.wait(10000));
    QCOMPARE(failures.count(), 1);
    QCOMPARE(
        failures[0][1].value<SourceError>().message,
        QStringLiteral("proxy refused the credentials: check the user and password in Settings ▸ Network"));
    QCOMPARE(proxy.forwarded(), 1);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
