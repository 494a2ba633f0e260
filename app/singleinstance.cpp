// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>
#include <QTimer>

namespace radar {

namespace {

// The wire protocol, one line each way: the later launch sends {"arguments": [...]} (compact JSON
// has no line break), the first answers "ok" or "error " and the usage error's text.
constexpr qint64 maximumRequest = 64 * 1024;
const QByteArray okReply = QByteArrayLiteral("ok");
const QByteArray errorPrefix = QByteArrayLiteral("error ");

QString userName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

QString lockFilePath(const QString &settingsFilePath)
{
    return QFileInfo(settingsFilePath).absoluteDir().filePath(QStringLiteral("instance.lock"));
}

QByteArray readLine(QLocalSocket &socket, const QDeadlineTimer &deadline)
{
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || socket.bytesAvailable() > maximumRequest
            || !socket.waitForReadyRead(int(qMax<qint64>(deadline.remainingTime(), 1))))
            return {};
    }
    return socket.readLine(maximumRequest).trimmed();
}

} // namespace

SingleInstance::SingleInstance(const QString &settingsFilePath, QObject *parent)
    : QObject(parent)
    , m_serverName(serverNameFor(settingsFilePath))
    , m_lock(lockFilePath(settingsFilePath))
{
    // QLockFile's default calls a lock older than 30 s stale even when its owner still runs (then
    // only the system's lock on the open file keeps it, where the file system has one). With 0
    // only a lock whose process is gone (crashed, killed) is stale, and taken over at once.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &settingsFilePath)
{
    QString path = QDir::cleanPath(QFileInfo(settingsFilePath).absoluteFilePath());
#ifdef Q_OS_WIN
    path = path.toLower(); // one file, however its name is spelled
#endif
    // A stable hash (qHash is seeded per process); the user name keeps users on one machine apart.
    const QByteArray key = (path + u'\n' + userName()).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(12);
    return QStringLiteral("outage-radar-") + QString::fromLatin1(hash);
}

SingleInstance::Claim SingleInstance::claim(const QStringList &arguments)
{
    const QDeadlineTimer deadline(m_patience);
    for (;;) {
        if (m_lock.tryLock(0))
            return {Role::First, listen()};
        if (m_lock.error() != QLockFile::LockFailedError) {
            return {Role::First,
                    tr("cannot create %1, so a second launch will start a second window")
                        .arg(QDir::toNativeSeparators(m_lock.fileName()))};
        }
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(int(qMax<qint64>(deadline.remainingTime(), 1))))
            return forward(socket, arguments);
        // Nobody listens yet: the first instance may still be starting, or be on its way out (then
        // the lock frees up and this launch becomes the first).
        if (deadline.hasExpired())
            return {Role::NoAnswer, noAnswerMessage()};
        QThread::msleep(100);
    }
}

SingleInstance::Claim SingleInstance::forward(QLocalSocket &socket, const QStringList &arguments) const
{
    const QJsonObject request {{QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)}};
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    const QDeadlineTimer deadline(m_patience);
    const QByteArray reply = readLine(socket, deadline);
    if (reply == okReply)
        return {Role::Forwarded, {}};
    if (reply.startsWith(errorPrefix))
        return {Role::Refused, QString::fromUtf8(reply.mid(errorPrefix.size()))};
    return {Role::NoAnswer, noAnswerMessage()};
}

QString SingleInstance::noAnswerMessage() const
{
    qint64 pid = 0;
    QString hostName;
    QString application;
    m_lock.getLockInfo(&pid, &hostName, &application);
    return tr("another instance is running (pid %1) but does not answer; bring its window up from the "
              "tray, or end that process and try again")
        .arg(pid);
}

QString SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    // Only this user may hand over a command line.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    // Holding the lock, this process is the only rightful owner of the name: a socket file left by a
    // crash goes.
    QLocalServer::removeServer(m_serverName);
    if (m_server->listen(m_serverName))
        return {};
    return tr("cannot listen on %1 (%2), so a second launch will not bring this window to the front")
        .arg(m_serverName, m_server->errorString());
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { answer(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that connects and says nothing is not kept around.
        QTimer::singleShot(m_patience, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

void SingleInstance::answer(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maximumRequest)
            socket->abort();
        return;
    }
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr); // one request per connection
    const QJsonValue value = QJsonDocument::fromJson(socket->readLine(maximumRequest))
                                 .object()
                                 .value(QLatin1StringView("arguments"));
    QStringList arguments;
    for (const QJsonValue &argument : value.toArray())
        arguments.append(argument.toString());

    const CommandLine commandLine = value.isArray() ? CommandLine::parse(arguments) : CommandLine();
    QString error = value.isArray() ? commandLine.error : tr("the request of the second launch is malformed");
    // A reply is one line: a multi-line error is sent as one.
    error.replace(u'\n', u' ');
    socket->write(error.isEmpty() ? okReply + '\n' : errorPrefix + error.toUtf8() + '\n');
    socket->flush();
    socket->disconnectFromServer();
    if (error.isEmpty())
        emit activationRequested(commandLine.options);
}

} // namespace radar
