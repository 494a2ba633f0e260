// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtureserver.h"

#include <QTcpSocket>

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
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool FixtureServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl FixtureServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void FixtureServer::setResponse(const QString &path, const FixtureResponse &response)
{
    m_responses.insert(path, response);
}

void FixtureServer::serve(QTcpSocket *socket)
{
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    socket->setProperty("head", head);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0 || socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    head.truncate(end);
    m_requests.append(head);

    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QString path = requestLine.size() > 1 ? QString::fromLatin1(requestLine[1]) : QString();
    const FixtureResponse response =
        m_responses.value(path, FixtureResponse::json("{\"error\":\"no fixture\"}", 404, "Not Found"));
    switch (response.behaviour) {
    case FixtureResponse::Behaviour::Stall:
        return;
    case FixtureResponse::Behaviour::CloseAtOnce:
        socket->abort();
        return;
    case FixtureResponse::Behaviour::Respond:
        break;
    }
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    for (const auto &[name, value] : response.headers)
        reply += name + ": " + value + "\r\n";
    reply += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    socket->write(reply + response.body);
    socket->disconnectFromHost();
}
