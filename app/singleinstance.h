// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include <QLockFile>
#include <QObject>

#include <chrono>

class QLocalServer;
class QLocalSocket;

namespace radar {

/// Exit code of a later launch that found the lock held but nobody answering on the socket
/// (sysexits.h's EX_UNAVAILABLE: the service it needs is there but does not respond).
inline constexpr int exitInstanceUnavailable = 69;

/// One windowed instance per data location. The first launch holds `instance.lock` beside the
/// settings file and listens on a local socket named after that file and the user; a later launch
/// with the same data location hands its command line over and exits, and the first comes to the
/// front. A lock left behind by a crashed instance is taken over at once; a live owner's never is.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        First, ///< this process holds the lock and listens for later launches
        Forwarded, ///< the first instance accepted the command line: exit 0
        Refused, ///< the first instance found a usage error in it (`message`): exit 64
        NoAnswer, ///< the lock is held but its owner does not answer (`message`): exit 69
    };
    struct Claim
    {
        Role role = Role::NoAnswer;
        /// Translated, for stderr. With Role::First a warning that later launches cannot reach this
        /// one (the app runs anyway), usually empty.
        QString message;
    };

    explicit SingleInstance(const QString &settingsFilePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Becomes the first instance, or hands `arguments` (argv, program name first) to it. Blocks a
    /// later launch for at most twice the patience: one to reach the first, one for its answer.
    Claim claim(const QStringList &arguments);

    /// How long a later launch keeps trying to reach the first (it may still be starting), and then
    /// waits for its answer. Five seconds unless a test shortens it.
    void setPatience(std::chrono::milliseconds patience) { m_patience = patience; }

    /// "outage-radar-" and a hash of the settings file and the user name: a QLocalServer name.
    static QString serverNameFor(const QString &settingsFilePath);
    QString serverName() const { return m_serverName; }

signals:
    /// A later launch handed over a valid command line. Only activation is meant: its --source
    /// URLs and the like do not replace what this instance already shows.
    void activationRequested(const radar::Options &options);

private:
    /// Returns a warning when later launches cannot reach this instance.
    QString listen();
    void acceptConnections();
    void answer(QLocalSocket *socket);
    Claim forward(QLocalSocket &socket, const QStringList &arguments) const;
    QString noAnswerMessage() const;

    QString m_serverName;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
    std::chrono::milliseconds m_patience {5000};
};

} // namespace radar
