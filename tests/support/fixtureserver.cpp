// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtureserver.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

constexpr qsizetype ChunkSize = 16 * 1024;
constexpr qint64 EndlessHighWater = 64 * 1024;

/// Every value of header `name` in a request head joined with ", ", or nullopt when absent:
/// conditional requests must tell an empty header from a missing one.
std::optional<QByteArray> headerValue(const QByteArray &head, const QByteArray &name)
{
    std::optional<QByteArray> value;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray field = line.mid(colon + 1).trimmed();
        value = value ? *value + ", " + field : field;
    }
    return value;
}

bool hasHeader(const Headers &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// The fixture key of a request head: the request target, reduced to path and query when
/// it is in absolute form, so a client talking to the server as its proxy finds the fixtures.
QString targetPath(const QByteArray &head)
{
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    QByteArray target = requestLine.size() > 1 ? requestLine.at(1) : QByteArray();
    const qsizetype schemeEnd = target.indexOf("://");
    if (!target.startsWith('/') && schemeEnd > 0) {
        qsizetype pathStart = -1;
        for (qsizetype i = schemeEnd + 3; i < target.size() && pathStart < 0; ++i) {
            if (target.at(i) == '/' || target.at(i) == '?')
                pathStart = i;
        }
        target = pathStart < 0 ? QByteArray() : target.mid(pathStart);
        if (!target.startsWith('/'))
            target.prepend('/');
    }
    return QString::fromLatin1(target);
}

/// Bytes the socket still holds; for TLS that includes what is encrypted but not yet sent,
/// which plain bytesToWrite() leaves out.
qint64 pendingBytes(const QTcpSocket *socket)
{
    qint64 pending = socket->bytesToWrite();
    if (const auto *tls = qobject_cast<const QSslSocket *>(socket))
        pending += tls->encryptedBytesToWrite();
    return pending;
}

/// Calls `progress` whenever the socket hands bytes to the system, in plain or TLS mode.
void onBytesWritten(QTcpSocket *socket, QObject *context, const std::function<void()> &progress)
{
    QObject::connect(socket, &QTcpSocket::bytesWritten, context, progress);
    if (auto *tls = qobject_cast<QSslSocket *>(socket))
        QObject::connect(tls, &QSslSocket::encryptedBytesWritten, context, progress);
}

/// Runs `then` once everything written so far has left the socket: abort() drops what is
/// still buffered, and a fault that loses its bytes would test nothing.
void whenFlushed(QTcpSocket *socket, const std::function<void()> &then)
{
    socket->flush();
    if (pendingBytes(socket) == 0) {
        then();
        return;
    }
    auto *watcher = new QObject(socket);
    const auto done = std::make_shared<bool>(false);
    onBytesWritten(socket, watcher, [socket, watcher, then, done] {
        if (*done || pendingBytes(socket) != 0)
            return;
        *done = true;
        watcher->deleteLater();
        // Queued: `then` may close the socket, which is still inside its signal.
        QMetaObject::invokeMethod(socket, then, Qt::QueuedConnection);
    });
}

QByteArray statusLine(int status, const QByteArray &reason)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
}

QByteArray headerLines(const Headers &headers)
{
    QByteArray lines;
    for (const auto &[name, value] : headers)
        lines += name + ": " + value + "\r\n";
    return lines;
}

/// The fixture's own headers plus its validators.
Headers responseHeaders(const FixtureResponse &response)
{
    Headers headers = response.headers;
    if (!response.etag.isEmpty())
        headers.emplaceBack("ETag", response.etag);
    if (!response.lastModified.isEmpty())
        headers.emplaceBack("Last-Modified", response.lastModified);
    return headers;
}

/// Whether a conditional request may be answered with 304. If-None-Match, when present,
/// decides alone (RFC 9110 section 13.1.3), exact comparison being enough for a fixture.
bool notModified(const FixtureResponse &response, const QByteArray &head)
{
    if (const std::optional<QByteArray> ifNoneMatch = headerValue(head, "If-None-Match"))
        return !response.etag.isEmpty() && *ifNoneMatch == response.etag;
    const std::optional<QByteArray> ifModifiedSince = headerValue(head, "If-Modified-Since");
    return ifModifiedSince && !response.lastModified.isEmpty() && *ifModifiedSince == response.lastModified;
}

/// A 304 keeps the headers that describe caching and drops those that describe a body,
/// since it has none.
QByteArray notModifiedReply(const FixtureResponse &response)
{
    Headers headers;
    for (const auto &header : responseHeaders(response)) {
        const QByteArray name = header.first.toLower();
        if (!name.startsWith("content-") && name != "transfer-encoding")
            headers.append(header);
    }
    return statusLine(304, "Not Modified") + headerLines(headers) + "Connection: close\r\n\r\n";
}

QByteArray fullReply(const FixtureResponse &response)
{
    const Headers headers = responseHeaders(response);
    QByteArray reply = statusLine(response.status, response.reason) + headerLines(headers);
    if (!response.omitContentLength && !hasHeader(headers, "Transfer-Encoding"))
        reply += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    return reply + "Connection: close\r\n\r\n" + response.body;
}

/// The head of a fault behaviour, which announces the whole body whatever it then sends.
QByteArray faultHead(const FixtureResponse &response)
{
    return statusLine(response.status, response.reason) + headerLines(responseHeaders(response))
        + "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
}

void drip(QTcpSocket *socket, const FixtureResponse &response)
{
    socket->write(faultHead(response));
    if (response.body.isEmpty()) {
        socket->disconnectFromHost();
        return;
    }
    // Parented to the socket, so a client that hangs up takes the timer with it.
    auto *timer = new QTimer(socket);
    QObject::connect(socket, &QTcpSocket::disconnected, timer, &QTimer::stop);
    QObject::connect(timer, &QTimer::timeout, socket,
                     [socket, timer, body = response.body, sent = qsizetype(0)]() mutable {
                         socket->write(body.mid(sent++, 1));
                         if (sent < body.size())
                             return;
                         timer->stop();
                         socket->disconnectFromHost();
                     });
    timer->start(response.dripIntervalMs);
}

void endlessChunked(QTcpSocket *socket, const FixtureResponse &response)
{
    Headers headers = responseHeaders(response);
    headers.emplaceBack("Transfer-Encoding", "chunked");
    socket->write(statusLine(response.status, response.reason) + headerLines(headers)
                  + "Connection: close\r\n\r\n");

    QByteArray data(ChunkSize, 'x');
    if (!response.body.isEmpty()) {
        data = response.body.repeated(ChunkSize / response.body.size() + 1);
        data.truncate(ChunkSize);
    }
    const QByteArray chunk = QByteArray::number(ChunkSize, 16) + "\r\n" + data + "\r\n";
    // Topping up only below the high-water mark keeps memory flat however long the client reads.
    const auto fill = [socket, chunk] {
        while (socket->state() == QAbstractSocket::ConnectedState && pendingBytes(socket) < EndlessHighWater)
            socket->write(chunk);
    };
    onBytesWritten(socket, socket, fill);
    fill();
}

} // namespace

FixtureResponse FixtureResponse::json(const QByteArray &body, int status, const QByteArray &reason)
{
    FixtureResponse response;
    response.status = status;
    response.reason = reason;
    response.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    response.body = body;
    return response;
}

FixtureServer::FixtureServer(QObject *parent)
    : QObject(parent)
{ }

FixtureServer::~FixtureServer()
{
    // The sockets are the server's children and uncount themselves when destroyed, which
    // must happen while the counters still exist.
    m_server.reset();
}

bool FixtureServer::listen()
{
    return startListening(std::make_unique<QTcpServer>(), false);
}

bool FixtureServer::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    if (!QSslSocket::supportsSsl())
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    return startListening(std::move(server), true);
}

bool FixtureServer::startListening(std::unique_ptr<QTcpServer> server, bool tls)
{
    if (m_server && m_server->isListening())
        return false;
    // pendingConnectionAvailable rather than newConnection: QSslServer queues a socket only
    // once its handshake is done, while newConnection fires as soon as TCP accepts it.
    connect(server.get(), &QTcpServer::pendingConnectionAvailable, this, [this, raw = server.get()] {
        while (QTcpSocket *socket = raw->nextPendingConnection())
            accept(socket);
    });
    if (!server->listen(QHostAddress::LocalHost))
        return false;
    m_server = std::move(server);
    m_tls = tls;
    return true;
}

void FixtureServer::accept(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // A TLS client may send its request with the end of the handshake, before we connected.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(
            socket, [this, socket] { serve(socket); }, Qt::QueuedConnection);
}

QUrl FixtureServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_server ? m_server->serverPort() : 0)
                    .arg(path));
}

void FixtureServer::setResponse(const QString &path, const FixtureResponse &response)
{
    m_responses.insert(path, response);
}

int FixtureServer::requestCount(const QString &path) const
{
    int count = 0;
    for (const QByteArray &head : m_requests) {
        if (targetPath(head) == path)
            ++count;
    }
    return count;
}

QByteArray FixtureServer::requestHeader(int index, const QByteArray &name) const
{
    if (index < 0 || index >= m_requests.size())
        return QByteArray();
    return headerValue(m_requests.at(index), name).value_or(QByteArray());
}

void FixtureServer::resetCounters()
{
    m_requests.clear();
    m_maxConcurrentRequests = m_activeRequests;
}

quint16 FixtureServer::closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

std::optional<std::pair<QSslCertificate, QSslKey>> FixtureServer::makeSelfSignedCertificate(QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (!QSslSocket::supportsSsl())
        return fail(QStringLiteral("Qt has no working TLS backend"));
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return fail(QStringLiteral("openssl not found on PATH"));
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary directory: %1").arg(dir.errorString()));

    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    const QString certificatePath = dir.filePath(QStringLiteral("certificate.pem"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("3650"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certificatePath});
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return fail(QStringLiteral("openssl did not finish: %1").arg(process.errorString()));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return fail(QStringLiteral("openssl req failed (exit code %1): %2")
                        .arg(process.exitCode())
                        .arg(QString::fromLocal8Bit(process.readAll()).trimmed()));
    }

    QFile keyFile(keyPath);
    QFile certificateFile(certificatePath);
    if (!keyFile.open(QIODevice::ReadOnly) || !certificateFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("openssl wrote no key or certificate"));
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    const QSslCertificate certificate(certificateFile.readAll(), QSsl::Pem);
    if (key.isNull() || certificate.isNull())
        return fail(QStringLiteral("Qt could not load the key or certificate openssl made"));
    return std::make_pair(certificate, key);
}

void FixtureServer::serve(QTcpSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll(); // a request body, or a second request we will not answer
        return;
    }
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("head", head);
        return;
    }
    socket->setProperty("answered", true);
    socket->setProperty("head", QVariant());
    head.truncate(end);
    m_requests.append(head);

    // Counted from the full head to the end of the connection. The socket may both disconnect
    // and be destroyed, or only be destroyed (with the server), so the flag uncounts it once.
    ++m_activeRequests;
    m_maxConcurrentRequests = qMax(m_maxConcurrentRequests, m_activeRequests);
    const auto counted = std::make_shared<bool>(true);
    const auto uncount = [this, counted] {
        if (std::exchange(*counted, false))
            --m_activeRequests;
    };
    connect(socket, &QTcpSocket::disconnected, this, uncount);
    connect(socket, &QObject::destroyed, this, uncount);

    const FixtureResponse response = m_responses.value(
        targetPath(head), FixtureResponse::json("{\"error\":\"no fixture\"}", 404, "Not Found"));
    switch (response.behaviour) {
    case FixtureResponse::Behaviour::Stall:
        return;
    case FixtureResponse::Behaviour::CloseAtOnce:
        socket->abort();
        socket->deleteLater(); // abort() only reports disconnected() from a connected socket
        return;
    case FixtureResponse::Behaviour::CloseMidBody:
        socket->write(faultHead(response) + response.body.left(response.body.size() / 2));
        whenFlushed(socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        return;
    case FixtureResponse::Behaviour::Drip:
        drip(socket, response);
        return;
    case FixtureResponse::Behaviour::EndlessChunked:
        endlessChunked(socket, response);
        return;
    case FixtureResponse::Behaviour::Respond:
    case FixtureResponse::Behaviour::Delay:
        break;
    }

    // Decided now, on the request as it came, even when sent later.
    const QByteArray reply = notModified(response, head) ? notModifiedReply(response) : fullReply(response);
    if (response.behaviour == FixtureResponse::Behaviour::Respond) {
        socket->write(reply);
        socket->disconnectFromHost();
        return;
    }
    // Parented to the socket, so a client that gives up first takes the timer with it.
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, socket, [socket, reply] {
        socket->write(reply);
        socket->disconnectFromHost();
    });
    timer->start(response.delayMs);
}

FixtureServerThread::FixtureServerThread()
{
    m_thread.setObjectName(QStringLiteral("fixture server"));
    m_thread.start();
    m_context.moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        &m_context,
        [this] {
            m_server = new FixtureServer;
            m_listening = m_server->listen();
        },
        Qt::BlockingQueuedConnection);
}

FixtureServerThread::~FixtureServerThread()
{
    QMetaObject::invokeMethod(
        &m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QUrl FixtureServerThread::url(const QString &path) const
{
    return m_server->url(path); // the port is fixed once listening: safe to read from here
}

void FixtureServerThread::setResponse(const QString &path, const FixtureResponse &response)
{
    QMetaObject::invokeMethod(
        &m_context, [this, path, response] { m_server->setResponse(path, response); },
        Qt::BlockingQueuedConnection);
}

int FixtureServerThread::activeRequests()
{
    int active = 0;
    QMetaObject::invokeMethod(
        &m_context, [this, &active] { active = m_server->activeRequests(); }, Qt::BlockingQueuedConnection);
    return active;
}
