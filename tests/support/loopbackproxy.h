// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

/// A small HTTP forward proxy on 127.0.0.1 for tests of the proxy settings. It takes requests in
/// absolute form ("GET http://status.example.invalid/feed HTTP/1.1"), may demand Basic
/// credentials (answering 407 with a challenge otherwise), and forwards what it lets through to one
/// upstream server whatever host the request names, so test URLs need not resolve and only reach
/// their server through the proxy. The request keeps its absolute form, which FixtureServer reads.
/// Runs on the thread that creates it; one request per connection.
class LoopbackProxy : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackProxy(QObject *parent = nullptr);
    ~LoopbackProxy() override;

    bool listen();
    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_server.serverPort(); }

    /// Demands these in Proxy-Authorization (Basic); an empty user lets every request through.
    void requireCredentials(const QString &user, const QString &password);
    /// Where the requests let through go: the upstream's host and port are used, nothing else.
    void setUpstream(const QUrl &upstream) { m_upstream = upstream; }

    /// Request heads received so far, oldest first, as sent by the client.
    QList<QByteArray> requests() const { return m_requests; }
    /// How many requests got a 407, and how many were forwarded.
    int refused() const { return m_refused; }
    int forwarded() const { return m_forwarded; }

private:
    void serve(class QTcpSocket *client);
    void forward(QTcpSocket *client, const QByteArray &head);

    QTcpServer m_server;
    QByteArray m_expectedAuthorization; // the whole header value, empty when none is demanded
    QUrl m_upstream;
    QList<QByteArray> m_requests;
    int m_refused = 0;
    int m_forwarded = 0;
};
