// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

/// What the server does with a request for one path.
struct FixtureResponse
{
    enum class Behaviour {
        Respond, // send the status line, headers and body, then close
        Stall, // accept the request and never answer
        CloseAtOnce // close the connection without a byte
    };
    Behaviour behaviour = Behaviour::Respond;
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static FixtureResponse json(const QByteArray &body, int status = 200, const QByteArray &reason = "OK");
};

Q_DECLARE_METATYPE(FixtureResponse)

/// A small HTTP/1.1 server on 127.0.0.1 that serves fixtures per path and injects faults.
/// Runs on the thread that creates it; tests drive it through the event loop.
class FixtureServer : public QObject
{
    Q_OBJECT
public:
    explicit FixtureServer(QObject *parent = nullptr);

    bool listen();
    QUrl url(const QString &path) const;
    void setResponse(const QString &path, const FixtureResponse &response);

    /// Raw request heads received so far, oldest first.
    QList<QByteArray> requests() const { return m_requests; }

private:
    void serve(class QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QString, FixtureResponse> m_responses;
    QList<QByteArray> m_requests;
};
