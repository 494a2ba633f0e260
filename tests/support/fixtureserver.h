// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QThread>
#include <QUrl>

#include <memory>
#include <optional>
#include <utility>

/// What the server does with a request for one path.
struct FixtureResponse
{
    enum class Behaviour {
        Respond, // send the status line, headers and body, then close
        Stall, // accept the request and never answer
        CloseAtOnce, // close the connection without a byte
        CloseMidBody, // send the head (full Content-Length) and half the body, then abort
        Drip, // send the head, then one body byte every dripIntervalMs
        EndlessChunked, // send chunked 16 KiB chunks until the client goes away
        Delay // like Respond, but only after delayMs
    };
    Behaviour behaviour = Behaviour::Respond;
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// Sent as ETag; a request whose If-None-Match equals it gets 304 (Respond and Delay only).
    QByteArray etag;
    /// Sent as Last-Modified; a request whose If-Modified-Since equals it exactly gets 304
    /// (Respond and Delay only), unless the request has If-None-Match, which then decides alone.
    QByteArray lastModified;
    int dripIntervalMs = 1000;
    int delayMs = 0;
    /// Respond and Delay: no Content-Length, the end of the body is the end of the connection.
    bool omitContentLength = false;

    static FixtureResponse json(const QByteArray &body, int status = 200, const QByteArray &reason = "OK");
};

Q_DECLARE_METATYPE(FixtureResponse)

/// A small HTTP/1.1 server on 127.0.0.1 that serves fixtures per path and injects faults.
/// Runs on the thread that creates it; tests drive it through the event loop.
/// One request per connection: every answer ends with the connection closed.
class FixtureServer : public QObject
{
    Q_OBJECT
public:
    explicit FixtureServer(QObject *parent = nullptr);
    ~FixtureServer() override;

    bool listen();
    /// Listens for HTTPS instead; url() then returns https:// URLs.
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    QUrl url(const QString &path) const;
    /// `path` is the request target as sent, query included; absolute-form targets
    /// (http://host:port/path, as sent to a proxy) are looked up by their path.
    void setResponse(const QString &path, const FixtureResponse &response);

    /// Raw request heads received so far, oldest first, without the blank line that ends them.
    QList<QByteArray> requests() const { return m_requests; }
    /// How many of requests() were for `path` (matched as setResponse() matches).
    int requestCount(const QString &path) const;
    /// The value of header `name` (any case) in requests()[index]; repeated fields are joined
    /// with ", ". Empty when absent or when there is no such request.
    QByteArray requestHeader(int index, const QByteArray &name) const;

    /// Requests whose head has arrived and whose connection is still open.
    int activeRequests() const { return m_activeRequests; }
    /// The most activeRequests() seen at once since construction or resetCounters().
    int maxConcurrentRequests() const { return m_maxConcurrentRequests; }
    /// Forgets requests() and restarts maxConcurrentRequests() from the requests still open.
    void resetCounters();

    /// A port on 127.0.0.1 that refuses connections (bound once, then released).
    static quint16 closedPort();

    /// A fresh key and a self-signed certificate for 127.0.0.1 made with the openssl tool,
    /// or nullopt with the reason in *error (for QSKIP).
    static std::optional<std::pair<QSslCertificate, QSslKey>> makeSelfSignedCertificate(QString *error);

private:
    bool startListening(std::unique_ptr<QTcpServer> server, bool tls);
    void accept(class QTcpSocket *socket);
    void serve(QTcpSocket *socket);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QString, FixtureResponse> m_responses;
    QList<QByteArray> m_requests;
    int m_activeRequests = 0;
    int m_maxConcurrentRequests = 0;
};

/// A FixtureServer on a thread of its own, as a real server would be: serving a flood (an endless
/// body, many clients) then costs the test's thread nothing. Calls wait for the server's thread.
class FixtureServerThread
{
public:
    FixtureServerThread();
    ~FixtureServerThread();

    bool isListening() const { return m_listening; }
    QUrl url(const QString &path) const;
    void setResponse(const QString &path, const FixtureResponse &response);
    int activeRequests();

private:
    QThread m_thread;
    QObject m_context; // lives on m_thread: what calls are queued to
    FixtureServer *m_server = nullptr;
    bool m_listening = false;
};
