// SPDX-License-Identifier: GPL-3.0-or-later
// FeedFetcher's request side against real sockets on 127.0.0.1: the extra headers a private
// status page needs (and the redirects they may follow), and the three proxy settings (the system's, none, a
// manual proxy with credentials), through a loopback proxy that checks Proxy-Authorization. The faults of
// servers are in tst_faults.cpp, the scheduling in tst_pollscheduler.cpp.
#include "fixtureserver.h"
#include "loopbackproxy.h"
#include "net/feedfetcher.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace radar;

namespace {

const QByteArray feedBody = R"({"page":{"name":"Hub"},"components":[]})";

/// Fetches once and waits for the answer.
std::optional<FetchResult> fetchOnce(FeedFetcher &fetcher, const QUrl &url,
                                     const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    std::optional<FetchResult> answer;
    QObject context;
    QObject::connect(&fetcher, &FeedFetcher::finished, &context,
                     [&answer](const FetchResult &result) { answer = result; });
    FetchRequest request;
    request.sourceId = QStringLiteral("hub");
    request.url = url;
    request.headers = headers;
    fetcher.fetch(request);
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return std::nullopt;
    return answer;
}

FetchPolicy manualProxy(const LoopbackProxy &proxy, const QString &user, const QString &password)
{
    FetchPolicy policy;
    policy.timeout = std::chrono::milliseconds(15000);
    policy.proxy.mode = ProxyMode::Manual;
    policy.proxy.host = proxy.host();
    policy.proxy.port = proxy.port();
    policy.proxy.user = user;
    policy.proxy.password = password;
    return policy;
}

/// A URL that only a proxy can reach: the name never resolves.
QUrl unresolvable(const QString &path)
{
    return QUrl(QStringLiteral("http://status.example.invalid") + path);
}

} // namespace

class TestFeedFetcher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void extraHeadersAreSent();
    void badHeadersFailWithoutTheirValue_data();
    void badHeadersFailWithoutTheirValue();
    void serverErrorsNeverShowHeaderValues();
    void secretsFollowRedirectsOnlyToTheirOwnAddress_data();
    void secretsFollowRedirectsOnlyToTheirOwnAddress();
    void redirectLoopsWithASecretAreCapped();
    void manualProxyCarriesTheCredentials();
    void proxyRefusal_data();
    void proxyRefusal();
    void proxyThatRefusesConnections();
    void manualProxyWithoutHost();
    void proxyModeDecidesTheRoute_data();
    void proxyModeDecidesTheRoute();
    void newProxyAppliesToTheNextFetches();

private:
    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<LoopbackProxy> m_proxy;
};

void TestFeedFetcher::init()
{
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->listen());
    m_server->setResponse(QStringLiteral("/feed"), FixtureResponse::json(feedBody));
    m_proxy = std::make_unique<LoopbackProxy>();
    QVERIFY(m_proxy->listen());
    m_proxy->setUpstream(m_server->url(QStringLiteral("/")));
    m_proxy->requireCredentials(QStringLiteral("ops"), QStringLiteral("passw0rd:1"));
}

void TestFeedFetcher::cleanup()
{
    qunsetenv("http_proxy");
    m_proxy.reset();
    m_server.reset();
}

void TestFeedFetcher::extraHeadersAreSent()
{
    FeedFetcher fetcher({});
    const std::optional<FetchResult> result =
        fetchOnce(fetcher, m_server->url(QStringLiteral("/feed")),
                  {{"Authorization", "Bearer s3cr3t-token"}, {"X-Team", "ops"}});
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(result->body, feedBody);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requestHeader(0, "Authorization"), QByteArray("Bearer s3cr3t-token"));
    QCOMPARE(m_server->requestHeader(0, "X-Team"), QByteArray("ops"));
    // The app's own headers are still there.
    QVERIFY(m_server->requestHeader(0, "User-Agent").startsWith("OutageRadar/"));
}

void TestFeedFetcher::badHeadersFailWithoutTheirValue_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("space in the name")
        << QByteArray("X Token") << QByteArray("s3cr3t")
        << QStringLiteral("the request header \"X Token\" is not a valid header name: "
                          "fix the source's header in Settings ▸ Sources");
    QTest::newRow("colon in the name")
        << QByteArray("X-Token:") << QByteArray("s3cr3t")
        << QStringLiteral("the request header \"X-Token:\" is not a valid header "
                          "name: fix the source's header in Settings ▸ Sources");
    QTest::newRow("a name longer than 64 characters")
        << QByteArray(65, 'X') << QByteArray("s3cr3t")
        << QStringLiteral("the request header \"%1\" is not a valid header name: fix the source's header in "
                          "Settings ▸ Sources")
               .arg(QString(65, u'X'));
    QTest::newRow("line break in the value")
        << QByteArray("Authorization") << QByteArray("s3cr3t\r\nX-Injected: 1")
        << QStringLiteral("the value of the request header \"Authorization\" spans several lines: fix the "
                          "source's token in Settings ▸ Sources");
}

void TestFeedFetcher::badHeadersFailWithoutTheirValue()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    FeedFetcher fetcher({});
    const std::optional<FetchResult> result =
        fetchOnce(fetcher, m_server->url(QStringLiteral("/feed")), {{name, value}});
    QVERIFY(result);
    QCOMPARE(result->error, expected);
    QCOMPARE(result->failure, FailureKind::Local);
    QVERIFY(!result->error.contains(QStringLiteral("s3cr3t")));
    QCOMPARE(m_server->requests().size(), 0); // nothing was sent
    QCOMPARE(fetcher.activeCount(), 0);
}

void TestFeedFetcher::serverErrorsNeverShowHeaderValues()
{
    m_server->setResponse(QStringLiteral("/private"),
                          FixtureResponse::json(R"({"error":"bad token"})", 401, "Unauthorized"));
    FeedFetcher fetcher({});
    const std::optional<FetchResult> result =
        fetchOnce(fetcher, m_server->url(QStringLiteral("/private")), {{"Authorization", "Bearer s3cr3t"}});
    QVERIFY(result);
    QCOMPARE(result->error, QStringLiteral("HTTP 401 Unauthorized"));
    QCOMPARE(m_server->requestHeader(0, "Authorization"), QByteArray("Bearer s3cr3t"));
}

void TestFeedFetcher::secretsFollowRedirectsOnlyToTheirOwnAddress_data()
{
    QTest::addColumn<QString>("target"); // "same": this server, "other": a second one on another port
    QTest::addColumn<bool>("relative"); // the Location is a path, not a whole URL
    QTest::addColumn<bool>("withSecret");
    QTest::addColumn<bool>("followed");
    QTest::newRow("elsewhere, with a secret: refused") << "other" << false << true << false;
    QTest::newRow("elsewhere, without a secret: followed") << "other" << false << false << true;
    QTest::newRow("same address, with a secret: followed") << "same" << false << true << true;
    QTest::newRow("same address as a path, with a secret: followed") << "same" << true << true << true;
}

void TestFeedFetcher::secretsFollowRedirectsOnlyToTheirOwnAddress()
{
    QFETCH(QString, target);
    QFETCH(bool, relative);
    QFETCH(bool, withSecret);
    QFETCH(bool, followed);

    // A answers 302 to B; B serves the feed.
    FixtureServer other;
    QVERIFY(other.listen());
    FixtureServer &b = target == QLatin1StringView("other") ? other : *m_server;
    b.setResponse(QStringLiteral("/moved/feed"), FixtureResponse::json(feedBody));
    const QUrl destination = b.url(QStringLiteral("/moved/feed"));
    FixtureResponse redirect;
    redirect.status = 302;
    redirect.reason = "Found";
    redirect.headers = {{"Location", relative ? QByteArray("/moved/feed") : destination.toEncoded()}};
    m_server->setResponse(QStringLiteral("/private"), redirect);

    QList<QPair<QByteArray, QByteArray>> headers;
    if (withSecret)
        headers = {{"Authorization", "Bearer s3cr3t"}};
    FeedFetcher fetcher({});
    const std::optional<FetchResult> result =
        fetchOnce(fetcher, m_server->url(QStringLiteral("/private")), headers);
    QVERIFY(result);
    QCOMPARE(m_server->requestCount(QStringLiteral("/private")), 1);
    QCOMPARE(m_server->requestHeader(0, "Authorization"),
             withSecret ? QByteArray("Bearer s3cr3t") : QByteArray());
    if (followed) {
        QVERIFY2(result->ok(), qPrintable(result->error));
        QCOMPARE(result->body, feedBody);
        QCOMPARE(b.requestCount(QStringLiteral("/moved/feed")), 1);
        const int index = int(b.requests().size()) - 1;
        // Qt carries the headers over; that is only allowed for the page's own address.
        QCOMPARE(b.requestHeader(index, "Authorization"),
                 withSecret ? QByteArray("Bearer s3cr3t") : QByteArray());
    } else {
        QVERIFY(!result->ok());
        QCOMPARE(result->failure, FailureKind::Server);
        QCOMPARE(result->error,
                 QStringLiteral("redirect refused: it went to another address (http://127.0.0.1:%1), and a "
                                "private page's secret is only sent to its own address")
                     .arg(other.url(QString()).port()));
        QVERIFY(!result->error.contains(QStringLiteral("s3cr3t")));
        QTest::qWait(100); // nothing arrives late either
        QCOMPARE(other.requests().size(), 0);
    }
    QCOMPARE(fetcher.activeCount(), 0);
}

void TestFeedFetcher::redirectLoopsWithASecretAreCapped()
{
    // Redirects checked one by one still count against the policy's limit.
    FixtureResponse loop;
    loop.status = 302;
    loop.reason = "Found";
    loop.headers = {{"Location", "/loop"}};
    m_server->setResponse(QStringLiteral("/loop"), loop);
    FetchPolicy policy;
    policy.maxRedirects = 3;
    FeedFetcher fetcher(policy);
    const std::optional<FetchResult> result =
        fetchOnce(fetcher, m_server->url(QStringLiteral("/loop")), {{"Authorization", "Bearer s3cr3t"}});
    QVERIFY(result);
    QCOMPARE(result->error, QStringLiteral("redirect refused: more than 3 redirects"));
    QCOMPARE(m_server->requestCount(QStringLiteral("/loop")), 4);
}

void TestFeedFetcher::manualProxyCarriesTheCredentials()
{
    FeedFetcher fetcher(manualProxy(*m_proxy, QStringLiteral("ops"), QStringLiteral("passw0rd:1")));
    const std::optional<FetchResult> result =
        fetchOnce(fetcher, unresolvable(QStringLiteral("/feed")), {{"Authorization", "Bearer s3cr3t"}});
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(result->body, feedBody);
    // Through the proxy, with the credentials, in absolute form; the server saw the source's own
    // header but not the proxy's.
    QCOMPARE(m_proxy->forwarded(), 1);
    const QByteArray accepted = m_proxy->requests().constLast();
    QVERIFY2(accepted.startsWith("GET http://status.example.invalid/feed HTTP/1.1"), accepted.constData());
    QVERIFY2(accepted.contains("Proxy-Authorization: Basic " + QByteArray("ops:passw0rd:1").toBase64()),
             accepted.constData());
    QCOMPARE(m_server->requestCount(QStringLiteral("/feed")), 1);
    QCOMPARE(m_server->requestHeader(0, "Authorization"), QByteArray("Bearer s3cr3t"));
    QVERIFY(m_server->requestHeader(0, "Proxy-Authorization").isEmpty());
}

void TestFeedFetcher::proxyRefusal_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong password")
        << QStringLiteral("ops") << QStringLiteral("guess")
        << QStringLiteral("proxy refused the credentials: check the user and password in Settings ▸ Network");
    QTest::newRow("wrong user") << QStringLiteral("dev") << QStringLiteral("passw0rd:1")
                                << QStringLiteral("proxy refused the credentials: check the user and "
                                                  "password in Settings ▸ Network");
    QTest::newRow("none given") << QString() << QString()
                                << QStringLiteral("proxy asks for a user name and password: enter them for a "
                                                  "manual proxy in Settings ▸ Network");
}

void TestFeedFetcher::proxyRefusal()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, expected);
    FeedFetcher fetcher(manualProxy(*m_proxy, user, password));
    const std::optional<FetchResult> result = fetchOnce(fetcher, unresolvable(QStringLiteral("/feed")));
    QVERIFY(result);
    QCOMPARE(result->error, expected);
    // The proxy answered: this is no sign of being offline.
    QCOMPARE(result->failure, FailureKind::Server);
    QVERIFY(m_proxy->refused() >= 1);
    QCOMPARE(m_proxy->forwarded(), 0);
    QCOMPARE(m_server->requests().size(), 0);
    if (!password.isEmpty())
        QVERIFY(!result->error.contains(password));
    QTRY_COMPARE(fetcher.liveReplies(), 0);
}

void TestFeedFetcher::proxyThatRefusesConnections()
{
    FetchPolicy policy;
    policy.proxy.mode = ProxyMode::Manual;
    policy.proxy.host = QStringLiteral("127.0.0.1");
    policy.proxy.port = FixtureServer::closedPort();
    FeedFetcher fetcher(policy);
    const std::optional<FetchResult> result = fetchOnce(fetcher, unresolvable(QStringLiteral("/feed")));
    QVERIFY(result);
    QCOMPARE(result->error,
             QStringLiteral("unreachable: the proxy 127.0.0.1:%1 refused the connection: check the "
                            "proxy in Settings ▸ Network")
                 .arg(policy.proxy.port));
    QCOMPARE(result->failure, FailureKind::Unreachable);
}

void TestFeedFetcher::manualProxyWithoutHost()
{
    FetchPolicy policy;
    policy.proxy.mode = ProxyMode::Manual;
    policy.proxy.host = QStringLiteral("  ");
    FeedFetcher fetcher(policy);
    const std::optional<FetchResult> result = fetchOnce(fetcher, m_server->url(QStringLiteral("/feed")));
    QVERIFY(result);
    QCOMPARE(result->error,
             QStringLiteral("no proxy host is set: enter one in Settings ▸ Network, or choose "
                            "another proxy setting"));
    QCOMPARE(result->failure, FailureKind::Local);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestFeedFetcher::proxyModeDecidesTheRoute_data()
{
    QTest::addColumn<ProxyMode>("mode");
    QTest::addColumn<bool>("onThisMachine");
    QTest::addColumn<bool>("viaEnvironmentProxy");
    QTest::newRow("system: the environment's proxy") << ProxyMode::System << false << true;
    QTest::newRow("none: straight to the server") << ProxyMode::None << true << false;
    // A proxy elsewhere would take 127.0.0.1 for itself: this machine's servers (the demo's) are
    // reached directly whatever the proxy settings.
    QTest::newRow("system: this machine directly") << ProxyMode::System << true << false;
}

void TestFeedFetcher::proxyModeDecidesTheRoute()
{
    QFETCH(ProxyMode, mode);
    QFETCH(bool, onThisMachine);
    QFETCH(bool, viaEnvironmentProxy);
    // The environment names a proxy (a second fixture server, which answers in its place).
    FixtureServer environmentProxy;
    QVERIFY(environmentProxy.listen());
    environmentProxy.setResponse(QStringLiteral("/feed"), FixtureResponse::json(feedBody));
    qputenv("http_proxy", environmentProxy.url(QStringLiteral("/")).toEncoded());
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");

    FetchPolicy policy;
    policy.proxy.mode = mode;
    FeedFetcher fetcher(policy);
    const QUrl url =
        onThisMachine ? m_server->url(QStringLiteral("/feed")) : unresolvable(QStringLiteral("/feed"));
    const std::optional<FetchResult> result = fetchOnce(fetcher, url);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error));
    if (viaEnvironmentProxy) {
        QCOMPARE(environmentProxy.requests().size(), 1);
        QVERIFY2(environmentProxy.requests().constFirst().startsWith("GET " + url.toEncoded() + " HTTP/1.1"),
                 environmentProxy.requests().constFirst().constData());
        QCOMPARE(m_server->requests().size(), 0);
    } else {
        QCOMPARE(environmentProxy.requests().size(), 0);
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY2(m_server->requests().constFirst().startsWith("GET /feed HTTP/1.1"),
                 m_server->requests().constFirst().constData());
    }
}

void TestFeedFetcher::newProxyAppliesToTheNextFetches()
{
    FetchPolicy direct;
    direct.proxy.mode = ProxyMode::None;
    FeedFetcher fetcher(direct);
    std::optional<FetchResult> result = fetchOnce(fetcher, m_server->url(QStringLiteral("/feed")));
    QVERIFY(result && result->ok());
    QCOMPARE(m_proxy->requests().size(), 0);

    fetcher.setPolicy(manualProxy(*m_proxy, QStringLiteral("ops"), QStringLiteral("passw0rd:1")));
    result = fetchOnce(fetcher, unresolvable(QStringLiteral("/feed")));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(m_proxy->forwarded(), 1);

    // Another password: the credentials the proxy accepted before are not reused.
    fetcher.setPolicy(manualProxy(*m_proxy, QStringLiteral("ops"), QStringLiteral("old")));
    result = fetchOnce(fetcher, unresolvable(QStringLiteral("/feed")));
    QVERIFY(result);
    QCOMPARE(
        result->error,
        QStringLiteral("proxy refused the credentials: check the user and password in Settings ▸ Network"));
    QCOMPARE(m_proxy->forwarded(), 1);

    // The managers replaced along the way are gone once idle.
    QTRY_COMPARE(fetcher.liveReplies(), 0);
    QTRY_COMPARE(fetcher.findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly).size(), 1);
}

QTEST_GUILESS_MAIN(TestFeedFetcher)
#include "tst_feedfetcher.moc"
