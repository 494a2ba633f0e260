// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbackproxy.h"

#include <QTcpSocket>

namespace {

/// The value of header `name` (any case) in a request head, or an empty array.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return QByteArray();
}

/// The head without the proxy's own headers, which are not for the upstream server.
QByteArray withoutProxyHeaders(const QByteArray &head)
{
    QByteArray out;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
        if (name == "proxy-authorization" || name == "proxy-connection")
            continue;
        out += line + '\n';
    }
    out.chop(1);
    return out;
}

void answer(QTcpSocket *client, const QByteArray &statusLine, const QByteArray &extraHeaders)
{
    client->write("HTTP/1.1 " + statusLine + "\r\n" + extraHeaders
                  + "Content-Length: 0\r\nConnection: close\r\nProxy-Connection: close\r\n\r\n");
    client->disconnectFromHost();
}

} // namespace

LoopbackProxy::LoopbackProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            connect(client, &QTcpSocket::readyRead, client, [this, client] { serve(client); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    });
}

LoopbackProxy::~LoopbackProxy()
{
    m_server.close();
}

bool LoopbackProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

void LoopbackProxy::requireCredentials(const QString &user, const QString &password)
{
    m_expectedAuthorization =
        user.isEmpty() ? QByteArray() : "Basic " + (user + u':' + password).toUtf8().toBase64();
}

void LoopbackProxy::serve(QTcpSocket *client)
{
    if (client->property("answered").toBool()) {
        client->readAll(); // a second request on the connection: never answered
        return;
    }
    QByteArray head = client->property("head").toByteArray() + client->readAll();
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        client->setProperty("head", head);
        return;
    }
    client->setProperty("answered", true);
    head.truncate(end);
    m_requests.append(head);
    if (!m_expectedAuthorization.isEmpty()
        && headerValue(head, "Proxy-Authorization") != m_expectedAuthorization) {
        ++m_refused;
        return answer(client, "407 Proxy Authentication Required",
                      "Proxy-Authenticate: Basic realm=\"loopback\"\r\n");
    }
    forward(client, head);
}

void LoopbackProxy::forward(QTcpSocket *client, const QByteArray &head)
{
    ++m_forwarded;
    auto *upstream = new QTcpSocket(client);
    connect(upstream, &QTcpSocket::connected, upstream,
            [upstream, head] { upstream->write(withoutProxyHeaders(head) + "\r\n\r\n"); });
    connect(upstream, &QTcpSocket::readyRead, client,
            [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, [client, upstream] {
        client->write(upstream->readAll());
        client->disconnectFromHost();
    });
    connect(upstream, &QTcpSocket::errorOccurred, client,
            [client, upstream](QAbstractSocket::SocketError error) {
                if (error != QAbstractSocket::RemoteHostClosedError
                    && upstream->state() != QAbstractSocket::ConnectedState)
                    answer(client, "502 Bad Gateway", QByteArray());
            });
    upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
}
