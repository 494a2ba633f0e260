// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedfetcher.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace radar {

/// What is known about one transfer while it runs.
struct Transfer
{
    QByteArray body;
    bool tooLarge = false;
    bool pastDeadline = false;
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

// The proxy the desktop is configured with (environment, or the platform's settings), for this
// manager only, so nothing else in the process changes.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

void describeFailure(QNetworkReply *reply, const FetchPolicy &policy, const Transfer &transfer,
                     FetchResult &result)
{
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
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return fail(FailureKind::Server,
                    QStringLiteral("TLS error (the connection was refused for safety): %1")
                        .arg(reply->errorString()));
    case QNetworkReply::TooManyRedirectsError:
        return fail(FailureKind::Server,
                    QStringLiteral("redirect refused: more than %1 redirects").arg(policy.maxRedirects));
    case QNetworkReply::InsecureRedirectError:
        return fail(FailureKind::Server, QStringLiteral("redirect refused: it went from https to http"));
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
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
    return m_network ? int(m_network->findChildren<QNetworkReply *>().size()) : 0;
}

void FeedFetcher::fetch(const FetchRequest &request)
{
    ++m_active;
    const QString scheme = request.url.scheme();
    if (request.url.isLocalFile()) {
        fetchFile(resultFor(request));
    } else if (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https")) {
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

void FeedFetcher::startHttp(const FetchRequest &fetchRequest)
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        m_network->setProxyFactory(new SystemProxyFactory);
    }
    QNetworkRequest request(fetchRequest.url);
    request.setMaximumRedirectsAllowed(m_policy.maxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json, application/rss+xml, application/xml;q=0.9, */*;q=0.5");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    // Qt asks for gzip/deflate itself and decompresses; the cap below counts decompressed bytes and
    // aborts at the limit, which is stricter than Qt's own ratio-based guard against decompression
    // bombs. That guard is off so a bomb ends in the same clear "larger than" message.
    request.setDecompressedSafetyCheckThreshold(-1);
    if (!fetchRequest.validators.etag.isEmpty())
        request.setRawHeader("If-None-Match", fetchRequest.validators.etag);
    if (!fetchRequest.validators.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", fetchRequest.validators.lastModified);
    QNetworkReply *reply = m_network->get(request);
    // Without a bound, Qt's network thread reads as fast as the server sends into an unlimited
    // buffer: an endless body then grows memory by hundreds of MB a second before the cap below
    // is even checked. A bounded buffer makes TCP flow control hold the server back instead.
    reply->setReadBufferSize(256 * 1024);

    const FetchResult result = resultFor(fetchRequest);
    auto transfer = std::make_shared<Transfer>();

    // One deadline for the whole fetch: Qt's transfer timeout restarts on every byte, so a server
    // dripping a byte a second would never time out.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, transfer] {
        transfer->pastDeadline = true;
        reply->abort();
    });
    deadline->start(m_policy.timeout);
    // Time spent queued inside Qt behind other transfers to the same server is not this server's
    // slowness: the deadline counts from when the connection is being made (a reused connection
    // makes none, and the deadline then counts from the request).
    connect(reply, &QNetworkReply::socketStartedConnecting, deadline,
            [this, deadline] { deadline->start(m_policy.timeout); });

    // The body is read as it arrives so that an oversized one is cut off at the limit, not after.
    connect(reply, &QNetworkReply::readyRead, reply, [this, reply, transfer] {
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
                dispatch();
            });
}

bool FeedFetcher::readBody(QNetworkReply *reply, Transfer &transfer) const
{
    // Never more than one byte past the cap, which is enough to know it was passed.
    if (!transfer.tooLarge && reply->bytesAvailable() > 0) {
        transfer.body.append(reply->read(m_policy.maxBodyBytes + 1 - transfer.body.size()));
        transfer.tooLarge = transfer.body.size() > m_policy.maxBodyBytes;
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
        describeFailure(reply, m_policy, transfer, result);
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
