// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedfetcher.h"

#include "domain/sourcerules.h"

#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace radar {

bool isLoopbackHost(const QString &host)
{
    return host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0
        || QHostAddress(host).isLoopback();
}

bool isOnThisMachine(const QUrl &url)
{
    return url.isLocalFile() || isLoopbackHost(url.host());
}

/// What is known about one transfer while it runs.
struct Transfer
{
    FetchPolicy policy; // the one in force when it started
    QByteArray body;
    bool tooLarge = false;
    bool pastDeadline = false;
    bool sameOriginOnly = false; // it carries a private page's secret: no redirect elsewhere
};

namespace {

QString userAgent()
{
    return QStringLiteral("OutageRadar/%1 (desktop status monitor; Qt %2)")
        .arg(QStringLiteral(OUTAGE_RADAR_VERSION), QString::fromLatin1(qVersion()));
}

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3);
}

qint64 wholeSeconds(std::chrono::milliseconds duration)
{
    return std::chrono::duration_cast<std::chrono::seconds>(duration + std::chrono::milliseconds(999))
        .count();
}

/// The route to each server: the proxy settings, except for a server on this machine (the demo's,
/// a local mirror), which is reached directly. A proxy elsewhere would take "127.0.0.1" for itself,
/// and Qt's system proxy (the environment's http_proxy) does not make that exception by itself.
class ProxyRoute : public QNetworkProxyFactory
{
public:
    explicit ProxyRoute(const ProxyConfig &config)
        : m_config(config)
    { }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (m_config.mode == ProxyMode::None || isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy::NoProxy};
        if (m_config.mode == ProxyMode::System)
            return systemProxyForQuery(query);
        return {QNetworkProxy(QNetworkProxy::HttpProxy, m_config.host, m_config.port, m_config.user,
                              m_config.password)};
    }

private:
    ProxyConfig m_config;
};

/// The proxy settings made real on one network manager (which owns the factory).
void applyProxy(QNetworkAccessManager *network, const ProxyConfig &config)
{
    network->setProxyFactory(new ProxyRoute(config));
}

/// The manual proxy as people write it, for messages: "proxy.example.com:3128".
QString proxyAddress(const ProxyConfig &config)
{
    return config.host + QLatin1Char(':') + QString::number(config.port);
}

/// Why the proxy, not the server, failed the fetch, and what to change; empty when it did not.
QString proxyFailure(QNetworkReply::NetworkError error, const ProxyConfig &config)
{
    const bool manual = config.mode == ProxyMode::Manual;
    // Through a manual proxy every connection is made to the proxy (a server that refuses it comes
    // back as an HTTP error from the proxy), but Qt reports failing to connect to an HTTP proxy as
    // failing to connect to the server.
    if (manual) {
        if (error == QNetworkReply::ConnectionRefusedError)
            error = QNetworkReply::ProxyConnectionRefusedError;
        else if (error == QNetworkReply::HostNotFoundError)
            error = QNetworkReply::ProxyNotFoundError;
        else if (error == QNetworkReply::RemoteHostClosedError)
            error = QNetworkReply::ProxyConnectionClosedError;
    }
    const QString proxy = manual ? QStringLiteral("the proxy %1").arg(proxyAddress(config))
                                 : QStringLiteral("the system's proxy");
    switch (error) {
    case QNetworkReply::ProxyAuthenticationRequiredError:
        if (manual && !config.user.isEmpty())
            return QStringLiteral(
                "proxy refused the credentials: check the user and password in Settings ▸ Network");
        return QStringLiteral("proxy asks for a user name and password: enter them for a manual proxy "
                              "in Settings ▸ Network");
    case QNetworkReply::ProxyConnectionRefusedError:
        return QStringLiteral("unreachable: %1 refused the connection: check the proxy in Settings ▸ Network")
            .arg(proxy);
    case QNetworkReply::ProxyNotFoundError:
        return QStringLiteral("unreachable: %1 was not found: check its host name in Settings ▸ Network")
            .arg(proxy);
    case QNetworkReply::ProxyConnectionClosedError:
        return QStringLiteral("unreachable: %1 closed the connection before answering: check the proxy "
                              "in Settings ▸ Network")
            .arg(proxy);
    case QNetworkReply::ProxyTimeoutError:
        return QStringLiteral("unreachable: %1 did not answer in time: check the proxy in Settings ▸ Network")
            .arg(proxy);
    default:
        return QString();
    }
}

/// Why a redirect of a request that carries a private page's secret was refused, naming where it
/// went as scheme, host and port ("http://127.0.0.1:8080"): never its path, query or credentials.
QString foreignRedirect(QNetworkReply *reply)
{
    // Qt keeps the answer's headers but not its target when it refuses to follow.
    const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    if (!target.isValid() || target.host().isEmpty())
        return QStringLiteral("redirect refused: it went to another address, and a private page's secret "
                              "is only sent to its own address");
    const QString origin =
        target.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toString();
    return QStringLiteral("redirect refused: it went to another address (%1), and a private page's secret "
                          "is only sent to its own address")
        .arg(origin);
}

/// Why the request cannot be sent as configured, empty when it can. A line break in a header's
/// value would smuggle in headers of its own; the message names the header, never its value.
QString requestProblem(const FetchRequest &request, const FetchPolicy &policy)
{
    if (policy.proxy.mode == ProxyMode::Manual && policy.proxy.host.trimmed().isEmpty())
        return QStringLiteral("no proxy host is set: enter one in Settings ▸ Network, or choose another "
                              "proxy setting");
    for (const auto &[name, value] : request.headers) {
        if (!isHeaderName(QString::fromLatin1(name)))
            return QStringLiteral("the request header \"%1\" is not a valid header name: fix the "
                                  "source's header in Settings ▸ Sources")
                .arg(QString::fromLatin1(name));
        if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
            return QStringLiteral("the value of the request header \"%1\" spans several lines: fix the "
                                  "source's token in Settings ▸ Sources")
                .arg(QString::fromLatin1(name));
    }
    return QString();
}

void describeFailure(QNetworkReply *reply, const Transfer &transfer, FetchResult &result)
{
    const FetchPolicy &policy = transfer.policy;
    const auto fail = [&result](FailureKind kind, const QString &message) {
        result.failure = kind;
        result.error = message;
    };
    if (transfer.tooLarge)
        return fail(
            FailureKind::Server,
            QStringLiteral("response larger than the %1 MiB limit").arg(mebibytes(policy.maxBodyBytes)));
    if (transfer.pastDeadline) {
        // Headers arrived but the body never completed: a drip, an endless body or a dying link.
        if (result.httpStatus > 0)
            return fail(FailureKind::Unreachable,
                        QStringLiteral("unreachable: the answer did not complete within %1 s")
                            .arg(wholeSeconds(policy.timeout)));
        return fail(FailureKind::Unreachable,
                    QStringLiteral("unreachable: no answer within %1 s").arg(wholeSeconds(policy.timeout)));
    }
    // Proxy trouble first: its own words say what to change, where Qt's would blame the server.
    if (const QString proxy = proxyFailure(reply->error(), policy.proxy); !proxy.isEmpty()) {
        const bool answered = reply->error() == QNetworkReply::ProxyAuthenticationRequiredError;
        return fail(answered ? FailureKind::Server : FailureKind::Unreachable, proxy);
    }
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return fail(FailureKind::Server,
                    QStringLiteral("TLS error (the connection was refused for safety): %1")
                        .arg(reply->errorString()));
    case QNetworkReply::TooManyRedirectsError:
        return fail(FailureKind::Server,
                    QStringLiteral("redirect refused: more than %1 redirects").arg(policy.maxRedirects));
    case QNetworkReply::InsecureRedirectError:
        // Under the same-origin policy, any other scheme, host or port; else https to http.
        if (transfer.sameOriginOnly)
            return fail(FailureKind::Server, foreignRedirect(reply));
        return fail(FailureKind::Server, QStringLiteral("redirect refused: it went from https to http"));
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return fail(FailureKind::Unreachable, QStringLiteral("unreachable: %1").arg(reply->errorString()));
    default:
        break;
    }
    if (result.httpStatus >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return fail(FailureKind::Server,
                    QStringLiteral("HTTP %1 %2").arg(result.httpStatus).arg(reason).trimmed());
    }
    fail(FailureKind::Server, reply->errorString());
}

FetchResult resultFor(const FetchRequest &request)
{
    FetchResult result;
    result.sourceId = request.sourceId;
    result.url = request.url;
    result.ticket = request.ticket;
    return result;
}

} // namespace

FeedFetcher::FeedFetcher(FetchPolicy policy, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
{ }

int FeedFetcher::liveReplies() const
{
    // Those of managers replaced by a new proxy and still finishing included.
    return int(findChildren<QNetworkReply *>().size());
}

void FeedFetcher::setPolicy(const FetchPolicy &policy)
{
    if (m_network && policy.proxy != m_policy.proxy) {
        // A manager keeps connections to the old proxy open and remembers the credentials it
        // accepted: with another proxy (or another password) none of that may be reused.
        QNetworkAccessManager *old = std::exchange(m_network, nullptr);
        old->setProperty("retired", true);
        releaseIfRetired(old);
    }
    m_policy = policy;
    dispatch(); // higher limits may let queued fetches start
}

void FeedFetcher::fetch(const FetchRequest &request)
{
    ++m_active;
    const QString scheme = request.url.scheme();
    if (request.url.isLocalFile()) {
        fetchFile(resultFor(request));
    } else if (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https")) {
        if (const QString problem = requestProblem(request, m_policy); !problem.isEmpty()) {
            FetchResult result = resultFor(request);
            result.failure = FailureKind::Local;
            result.error = problem;
            return report(result);
        }
        m_queue.append(request);
        dispatch();
    } else {
        FetchResult result = resultFor(request);
        result.failure = FailureKind::Local;
        result.error = QStringLiteral("unsupported URL scheme \"%1\" (use http, https or file)").arg(scheme);
        report(result);
    }
}

void FeedFetcher::fetchFile(FetchResult result)
{
    QFile file(result.url.toLocalFile());
    result.failure = FailureKind::Local;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
    } else if (file.size() > m_policy.maxBodyBytes) {
        result.error =
            QStringLiteral("file larger than the %1 MiB limit").arg(mebibytes(m_policy.maxBodyBytes));
    } else {
        result.body = file.read(m_policy.maxBodyBytes + 1);
        if (file.error() != QFileDevice::NoError)
            result.error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
    }
    report(result);
}

void FeedFetcher::dispatch()
{
    // Oldest first, skipping requests whose host is at its limit so one busy host cannot hold up
    // the others.
    for (qsizetype i = 0; i < m_queue.size() && m_running < m_policy.maxConcurrent;) {
        const QString host = m_queue[i].url.host();
        if (m_perHost.value(host) >= m_policy.maxPerHost) {
            ++i;
            continue;
        }
        ++m_perHost[host];
        ++m_running;
        startHttp(m_queue.takeAt(i));
    }
}

QNetworkAccessManager *FeedFetcher::network()
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        applyProxy(m_network, m_policy.proxy);
    }
    return m_network;
}

void FeedFetcher::releaseIfRetired(QNetworkAccessManager *manager)
{
    if (manager == m_network || !manager->property("retired").toBool())
        return;
    const QList<QNetworkReply *> replies = manager->findChildren<QNetworkReply *>();
    if (std::all_of(replies.cbegin(), replies.cend(),
                    [](QNetworkReply *reply) { return reply->isFinished(); }))
        manager->deleteLater();
}

void FeedFetcher::startHttp(const FetchRequest &fetchRequest)
{
    QNetworkRequest request(fetchRequest.url);
    request.setMaximumRedirectsAllowed(m_policy.maxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json, application/rss+xml, application/xml;q=0.9, */*;q=0.5");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    // Qt asks for gzip/deflate itself and decompresses; the cap below counts decompressed bytes and
    // aborts at the limit, which is stricter than Qt's own ratio-based guard against decompression
    // bombs. That guard is off so a bomb ends in the same clear "larger than" message.
    request.setDecompressedSafetyCheckThreshold(-1);
    // The source's own headers (a private page's token) may replace the defaults above, but not
    // the validators below, which are the protocol's.
    for (const auto &[name, value] : fetchRequest.headers)
        request.setRawHeader(name, value);
    // Qt copies every header into a redirected request: a private page that redirects elsewhere
    // would hand its token to whoever it points at. Such requests follow a redirect only to the
    // same scheme, host and port; anything else ends the fetch, saying why.
    const bool sameOriginOnly = !fetchRequest.headers.isEmpty();
    if (sameOriginOnly)
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::SameOriginRedirectPolicy);
    if (!fetchRequest.validators.etag.isEmpty())
        request.setRawHeader("If-None-Match", fetchRequest.validators.etag);
    if (!fetchRequest.validators.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", fetchRequest.validators.lastModified);
    QNetworkReply *reply = network()->get(request);
    // Without a bound, Qt's network thread reads as fast as the server sends into an unlimited
    // buffer: an endless body then grows memory by hundreds of MB a second before the cap below
    // is even checked. A bounded buffer makes TCP flow control hold the server back instead.
    reply->setReadBufferSize(256 * 1024);

    const FetchResult result = resultFor(fetchRequest);
    auto transfer = std::make_shared<Transfer>();
    transfer->policy = m_policy;
    transfer->sameOriginOnly = sameOriginOnly;
    const std::chrono::milliseconds timeout = m_policy.timeout;

    // One deadline for the whole fetch: Qt's transfer timeout restarts on every byte, so a server
    // dripping a byte a second would never time out.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, transfer] {
        transfer->pastDeadline = true;
        reply->abort();
    });
    deadline->start(timeout);
    // Time spent queued inside Qt behind other transfers to the same server is not this server's
    // slowness: the deadline counts from when the connection is being made (a reused connection
    // makes none, and the deadline then counts from the request).
    connect(reply, &QNetworkReply::socketStartedConnecting, deadline,
            [deadline, timeout] { deadline->start(timeout); });

    // The body is read as it arrives so that an oversized one is cut off at the limit, not after.
    connect(reply, &QNetworkReply::readyRead, reply, [reply, transfer] {
        if (readBody(reply, *transfer))
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, transfer, result, host = fetchRequest.url.host()] {
                if (!transfer->pastDeadline)
                    readBody(reply, *transfer);
                if (--m_perHost[host] <= 0)
                    m_perHost.remove(host);
                --m_running;
                finishReply(reply, result, *transfer);
                releaseIfRetired(reply->manager());
                dispatch();
            });
}

bool FeedFetcher::readBody(QNetworkReply *reply, Transfer &transfer)
{
    // Never more than one byte past the cap, which is enough to know it was passed.
    const qint64 cap = transfer.policy.maxBodyBytes;
    if (!transfer.tooLarge && reply->bytesAvailable() > 0) {
        // What has arrived, not the cap: QIODevice::read(n) allocates n bytes before it reads,
        // megabytes for every chunk of a body (heaptrack showed 134 MB in 20 start-up fetches).
        const qint64 wanted = std::min(reply->bytesAvailable(), cap + 1 - transfer.body.size());
        transfer.body.append(reply->read(wanted));
        transfer.tooLarge = transfer.body.size() > cap;
    }
    return transfer.tooLarge;
}

void FeedFetcher::finishReply(QNetworkReply *reply, FetchResult result, const Transfer &transfer)
{
    reply->deleteLater();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Retry-After comes with 429 and 503 above all, so it is read on failures too.
    result.retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), now);
    if (transfer.tooLarge || transfer.pastDeadline || reply->error() != QNetworkReply::NoError) {
        describeFailure(reply, transfer, result);
        return report(result);
    }
    result.maxAge = parseMaxAge(reply->rawHeader("Cache-Control"));
    result.validators = {reply->rawHeader("ETag"), reply->rawHeader("Last-Modified")};
    if (result.httpStatus == 304) {
        result.notModified = true;
        return report(result);
    }
    result.body = bodyAsUtf8(transfer.body, reply->rawHeader("Content-Type"));
    report(result);
}

void FeedFetcher::report(const FetchResult &result)
{
    // Always asynchronous, so callers see the same order of events for files and for HTTP.
    QTimer::singleShot(0, this, [this, result] {
        FetchResult stamped = result;
        stamped.fetchedAt = QDateTime::currentDateTimeUtc();
        --m_active;
        emit finished(stamped);
    });
}

} // namespace radar
