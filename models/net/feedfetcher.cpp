// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedfetcher.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace radar {

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

QString describeFailure(QNetworkReply *reply, const FetchPolicy &policy, bool tooLarge)
{
    if (tooLarge)
        return QStringLiteral("response larger than the %1 MiB limit").arg(mebibytes(policy.maxBodyBytes));
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // what the transfer timeout reports
    case QNetworkReply::TimeoutError:
        return QStringLiteral("unreachable: no answer within %1 s")
            .arg(std::chrono::duration_cast<std::chrono::seconds>(policy.timeout).count());
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("TLS error (the connection was refused for safety): %1")
            .arg(reply->errorString());
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return QStringLiteral("redirect refused: %1").arg(reply->errorString());
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
        return QStringLiteral("unreachable: %1").arg(reply->errorString());
    default:
        break;
    }
    if (httpStatus >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return QStringLiteral("HTTP %1 %2").arg(httpStatus).arg(reason).trimmed();
    }
    return reply->errorString();
}

} // namespace

FeedFetcher::FeedFetcher(FetchPolicy policy, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
{ }

void FeedFetcher::fetch(const QString &sourceId, const QUrl &url)
{
    ++m_active;
    FetchResult result;
    result.sourceId = sourceId;
    result.url = url;
    if (url.isLocalFile()) {
        fetchFile(std::move(result));
    } else if (url.scheme() == QLatin1StringView("http") || url.scheme() == QLatin1StringView("https")) {
        fetchHttp(std::move(result));
    } else {
        result.error =
            QStringLiteral("unsupported URL scheme \"%1\" (use http, https or file)").arg(url.scheme());
        report(result);
    }
}

void FeedFetcher::fetchFile(FetchResult result)
{
    QFile file(result.url.toLocalFile());
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

void FeedFetcher::fetchHttp(FetchResult result)
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    QNetworkRequest request(result.url);
    request.setTransferTimeout(int(m_policy.timeout.count()));
    request.setMaximumRedirectsAllowed(m_policy.maxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json, application/rss+xml, application/xml;q=0.9, */*;q=0.5");
    QNetworkReply *reply = m_network->get(request);

    // The body is read as it arrives so that an oversized one is cut off at the limit, not after.
    auto buffer = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::readyRead, reply, [this, reply, buffer, tooLarge] {
        buffer->append(reply->readAll());
        if (buffer->size() > m_policy.maxBodyBytes && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, buffer, tooLarge, result]() mutable {
        if (!*tooLarge)
            buffer->append(reply->readAll());
        result.body = std::move(*buffer);
        finishReply(reply, std::move(result), *tooLarge);
    });
}

void FeedFetcher::finishReply(QNetworkReply *reply, FetchResult result, bool tooLarge)
{
    reply->deleteLater();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (tooLarge || reply->error() != QNetworkReply::NoError) {
        result.error = describeFailure(reply, m_policy, tooLarge);
        result.body.clear();
    }
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
