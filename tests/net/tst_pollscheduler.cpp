// SPDX-License-Identifier: GPL-3.0-or-later
// The polling engine's protocol against a real server on 127.0.0.1: conditional requests, the
// back-off schedule and recovery, sources that move or go while a refresh waits for them, the
// concurrency limits, TLS, the system proxy and the one set later; a source's secret header and
// filter. The faults themselves are in tst_faults.cpp.
#include <QSslConfiguration>

#include "loopbackproxy.h"
#include "schedulertesting.h"

#include <QTest>

#include <memory>

using namespace radar;
using namespace schedulertesting;

class TestPollScheduler : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void notModifiedKeepsTheDataAndRenewsIt();
    void lastModifiedRoundTrip();
    void backoffScheduleAndRecovery();
    void slowSourceDoesNotHoldOthers();
    void aSourceMovedMidFetchAsksItsNewAddress();
    void removingTheLastPendingSourceEndsTheRefresh();
    void concurrencyIsBounded_data();
    void concurrencyIsBounded();
    void requestsIdentifyTheApp();
    void tlsErrorsFailClosed();
    void httpsToHttpRedirectIsRefused();
    void systemProxyIsHonoured();
    void fetchPolicySetLaterIsUsed();
    void secretHeaderReachesTheServer_data();
    void secretHeaderReachesTheServer();
    void filterReducesTheSnapshot();
    void changedSecretOrFilterIsAskedAgainInFull();

private:
    std::unique_ptr<FixtureServer> m_server;
};

void TestPollScheduler::init()
{
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->listen());
    m_server->setResponse(QStringLiteral("/good"), FixtureResponse::json(fixture("major-outage.json")));
}

void TestPollScheduler::notModifiedKeepsTheDataAndRenewsIt()
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

void TestPollScheduler::lastModifiedRoundTrip()
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

void TestPollScheduler::backoffScheduleAndRecovery()
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

void TestPollScheduler::slowSourceDoesNotHoldOthers()
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

void TestPollScheduler::aSourceMovedMidFetchAsksItsNewAddress()
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

void TestPollScheduler::removingTheLastPendingSourceEndsTheRefresh()
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

void TestPollScheduler::concurrencyIsBounded_data()
{
    QTest::addColumn<int>("perHost");
    QTest::addColumn<int>("overall");
    QTest::addColumn<int>("limit"); // the most requests the server may see at once
    QTest::newRow("per host") << 3 << 16 << 3;
    QTest::newRow("overall") << 10 << 2 << 2;
}

void TestPollScheduler::concurrencyIsBounded()
{
    QFETCH(int, perHost);
    QFETCH(int, overall);
    QFETCH(int, limit);
    FixtureResponse slow = FixtureResponse::json(fixture("all-operational.json"));
    slow.behaviour = FixtureResponse::Behaviour::Delay;
    slow.delayMs = 150;
    m_server->setResponse(QStringLiteral("/slow"), slow);
    FetchPolicy policy;
    policy.maxPerHost = perHost;
    policy.maxConcurrent = overall;
    Harness harness(policy);
    QList<SourceConfig> sources;
    for (int i = 0; i < 12; ++i)
        sources.append(source(QStringLiteral("s%1").arg(i), m_server->url(QStringLiteral("/slow"))));
    harness.setSources(sources);
    QVERIFY(harness.refresh());
    QCOMPARE(harness.snapshots.size(), 12);
    QVERIFY2(m_server->maxConcurrentRequests() <= limit,
             qPrintable(QString::number(m_server->maxConcurrentRequests())));
    // The limit is used, not just respected: fetches did run side by side.
    QVERIFY(m_server->maxConcurrentRequests() >= 2);
}

void TestPollScheduler::requestsIdentifyTheApp()
{
    Harness harness({});
    harness.setSources({source(QStringLiteral("hub"), m_server->url(QStringLiteral("/good")))});
    QVERIFY(harness.refresh());
    QVERIFY(m_server->requestHeader(0, "User-Agent").startsWith("OutageRadar/"));
    // Compressed transfer is offered.
    QVERIFY2(m_server->requestHeader(0, "Accept-Encoding").contains("gzip"),
             m_server->requests().constFirst().constData());
}

void TestPollScheduler::tlsErrorsFailClosed()
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

void TestPollScheduler::httpsToHttpRedirectIsRefused()
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

void TestPollScheduler::systemProxyIsHonoured()
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

void TestPollScheduler::fetchPolicySetLaterIsUsed()
{
    LoopbackProxy proxy;
    QVERIFY(proxy.listen());
    proxy.setUpstream(m_server->url(QStringLiteral("/")));
    proxy.requireCredentials(QStringLiteral("ops"), QStringLiteral("letmein"));
    m_server->setResponse(QStringLiteral("/via-proxy"), FixtureResponse::json(fixture("degraded.json")));
    Harness harness({});
    FetchPolicy policy;
    policy.proxy = {ProxyMode::Manual, proxy.host(), proxy.port(), QStringLiteral("ops"),
                    QStringLiteral("letmein")};
    harness.scheduler.setFetchPolicy(policy);
    harness.setSources(
        {source(QStringLiteral("hub"), QUrl(QStringLiteral("http://status.example.invalid/via-proxy")))});
    QVERIFY(harness.refresh());
    QCOMPARE(harness.failures.size(), 0);
    QCOMPARE(harness.snapshots.size(), 1);
    QCOMPARE(proxy.forwarded(), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("/via-proxy")), 1);
}

void TestPollScheduler::secretHeaderReachesTheServer_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("sent"); // what the server sees in Authorization
    QTest::newRow("a bearer token") << QStringLiteral("Authorization") << QStringLiteral("Bearer t0ken")
                                    << QByteArray("Bearer t0ken");
    QTest::newRow("pasted with its line break")
        << QStringLiteral(" Authorization ") << QStringLiteral("Bearer t0ken\n")
        << QByteArray("Bearer t0ken");
    QTest::newRow("no value yet (the keychain has not answered)")
        << QStringLiteral("Authorization") << QString() << QByteArray();
    QTest::newRow("no header") << QString() << QStringLiteral("Bearer t0ken") << QByteArray();
}

void TestPollScheduler::secretHeaderReachesTheServer()
{
    QFETCH(QString, header);
    QFETCH(QString, value);
    QFETCH(QByteArray, sent);
    SourceConfig config = source(QStringLiteral("private"), m_server->url(QStringLiteral("/good")));
    config.secretHeader = header;
    config.secretValue = value;
    Harness harness({});
    harness.setSources({config});
    QVERIFY(harness.refresh());
    QCOMPARE(harness.snapshots.size(), 1);
    QCOMPARE(m_server->requestHeader(0, "Authorization"), sent);
}

void TestPollScheduler::filterReducesTheSnapshot()
{
    // The fixture: Git Operations, Actions (major outage, with an incident) and Pages, plus the
    // page's own summary cell.
    SourceConfig config = source(QStringLiteral("hub"), m_server->url(QStringLiteral("/good")));
    Harness unfiltered({});
    unfiltered.setSources({config});
    QVERIFY(unfiltered.refresh());
    QCOMPARE(unfiltered.snapshots.size(), 1);
    const Snapshot everything = unfiltered.snapshots.constFirst().at(1).value<Snapshot>();
    QVERIFY(everything.cells.size() >= 3);
    QCOMPARE(everything.incidents.size(), 1);

    const auto services = [](const Snapshot &snapshot) {
        QStringList names;
        for (const CellReport &cell : snapshot.cells)
            names.append(cell.key.service);
        return names;
    };
    config.services = {QStringLiteral("Pages")};
    Harness pages({});
    pages.setSources({config});
    QVERIFY(pages.refresh());
    const Snapshot onlyPages = pages.snapshots.constFirst().at(1).value<Snapshot>();
    QCOMPARE(services(onlyPages), QStringList {QStringLiteral("Pages")});
    QCOMPARE(onlyPages.incidents.size(), 0); // the outage is in Actions
    QCOMPARE(pages.state.overall(), Status::Degraded);

    config.services = {QStringLiteral("Actions")};
    config.regions = {QStringLiteral("global")};
    Harness actions({});
    actions.setSources({config});
    QVERIFY(actions.refresh());
    const Snapshot onlyActions = actions.snapshots.constFirst().at(1).value<Snapshot>();
    QCOMPARE(services(onlyActions), QStringList {QStringLiteral("Actions")});
    QCOMPARE(onlyActions.incidents.size(), 1);
}

void TestPollScheduler::changedSecretOrFilterIsAskedAgainInFull()
{
    FixtureResponse tagged = FixtureResponse::json(fixture("major-outage.json"));
    tagged.etag = "\"v1\"";
    m_server->setResponse(QStringLiteral("/private"), tagged);
    SourceConfig config = source(QStringLiteral("hub"), m_server->url(QStringLiteral("/private")));
    config.secretHeader = QStringLiteral("X-Api-Key");
    config.secretValue = QStringLiteral("first");
    Harness harness({});
    harness.setSources({config});
    harness.scheduler.start();
    QVERIFY(harness.cycles.wait(10000));
    QCOMPARE(harness.snapshots.size(), 1);

    // Same address, same everything: the timers and validators stay, nothing is asked.
    harness.setSources({config});
    QTest::qWait(200);
    QCOMPARE(m_server->requests().size(), 1);

    // A new key is used at once, unconditionally: the answer before it may have been a refusal.
    config.secretValue = QStringLiteral("second");
    harness.setSources({config});
    QTRY_COMPARE(harness.snapshots.size(), 2);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requestHeader(1, "X-Api-Key"), QByteArray("second"));
    QVERIFY(m_server->requestHeader(1, "If-None-Match").isEmpty());

    // A new filter as well: a 304 would leave what was shown through the old one.
    config.services = {QStringLiteral("Pages")};
    harness.setSources({config});
    QTRY_COMPARE(harness.snapshots.size(), 3);
    QVERIFY(m_server->requestHeader(2, "If-None-Match").isEmpty());
    const Snapshot filtered = harness.snapshots.constLast().at(1).value<Snapshot>();
    QCOMPARE(filtered.cells.size(), 1);
    QCOMPARE(harness.state.overall(), Status::Degraded);
    QCOMPARE(harness.unchanged.size(), 0);

    // And from then on conditional requests again.
    QVERIFY(harness.refresh());
    QCOMPARE(m_server->requestHeader(3, "If-None-Match"), QByteArray("\"v1\""));
    QCOMPARE(harness.unchanged.size(), 1);
}

QTEST_GUILESS_MAIN(TestPollScheduler)
#include "tst_pollscheduler.moc"
