// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define RADAR_KEYCHAIN_ON_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

#include <algorithm>
#include <functional>
#include <memory>

namespace radar {

namespace {

#ifdef RADAR_KEYCHAIN_ON_DBUS
/// Calls `then` with whether the session bus has a keychain on it, or one it can start. QtKeychain
/// reports a missing Secret Service as an "other error" worded by GLib (and translated), so the
/// bus itself is asked. Asynchronous: the GUI thread never waits on the bus.
void askBusForKeychain(QObject *context, const std::function<void(bool)> &then)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return then(false);
    auto names = std::make_shared<QStringList>();
    auto pending = std::make_shared<int>(2);
    for (const QString &method : {QStringLiteral("ListNames"), QStringLiteral("ListActivatableNames")}) {
        const QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
            QStringLiteral("org.freedesktop.DBus"), method);
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), context);
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                         [names, pending, then](QDBusPendingCallWatcher *finished) {
                             finished->deleteLater();
                             const QDBusPendingReply<QStringList> reply = *finished;
                             if (reply.isValid())
                                 names->append(reply.value());
                             if (--*pending > 0)
                                 return;
                             static const QStringList keychains {QStringLiteral("org.freedesktop.secrets"),
                                                                 QStringLiteral("org.kde.kwalletd6"),
                                                                 QStringLiteral("org.kde.kwalletd5"),
                                                                 QStringLiteral("org.kde.kwalletd")};
                             then(std::any_of(keychains.cbegin(), keychains.cend(),
                                              [&](const QString &name) { return names->contains(name); }));
                         });
    }
}
#endif

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &discriminator, QObject *parent)
    : SecretStore(parent)
    , m_service(serviceName(discriminator))
{ }

QString KeychainSecretStore::serviceName(const QString &discriminator)
{
    const QString product = QStringLiteral("Outage Radar");
    return discriminator.isEmpty() ? product : QStringLiteral("%1 (%2)").arg(product, discriminator);
}

void KeychainSecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, Operation::Read);
}

void KeychainSecretStore::write(const QString &key, const QString &value)
{
    if (value.isEmpty()) {
        auto *job = new QKeychain::DeletePasswordJob(m_service);
        job->setKey(key);
        return run(job, Operation::Write);
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    run(job, Operation::Write);
}

void KeychainSecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, Operation::Remove);
}

void KeychainSecretStore::run(QKeychain::Job *job, Operation operation)
{
    // No parent: a job deletes itself once finished, and must outlive this store if the keychain
    // still owes it an answer (GLib calls back into it). The connection ends with the store.
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keychain
    connect(job, &QKeychain::Job::finished, this,
            [this, operation](QKeychain::Job *finished) { finish(finished, operation); });
    job->start();
}

void KeychainSecretStore::finish(QKeychain::Job *job, Operation operation)
{
    const QString key = job->key();
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        const auto *reading = qobject_cast<QKeychain::ReadPasswordJob *>(job);
        return answer(operation, key, reading ? reading->textData() : QString(), QString());
    }
    // Nothing there is what a read of an unset key and a removal of an absent one should find.
    if (error == QKeychain::EntryNotFound && operation != Operation::Write)
        return answer(operation, key, QString(), QString());
    // Removing an entry to write an empty value: an absent entry already holds nothing.
    if (error == QKeychain::EntryNotFound && qobject_cast<QKeychain::DeletePasswordJob *>(job))
        return answer(operation, key, QString(), QString());

    const QString detail = job->errorString();
    const auto describe = [this, operation, key, detail](Cause cause) {
        answer(operation, key, QString(), errorText(operation, cause, detail));
    };
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return describe(Cause::NoKeychain);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return describe(Cause::Denied);
    default:
        break;
    }
#ifdef RADAR_KEYCHAIN_ON_DBUS
    askBusForKeychain(this,
                      [describe](bool present) { describe(present ? Cause::Failed : Cause::NoKeychain); });
#else
    describe(Cause::Failed);
#endif
}

QString KeychainSecretStore::errorText(Operation operation, Cause cause, const QString &detail)
{
    switch (cause) {
    case Cause::NoKeychain:
        switch (operation) {
        case Operation::Read:
            return tr("No keychain is available, so saved tokens and passwords cannot be used: start a "
                      "Secret Service (GNOME Keyring or KWallet).");
        case Operation::Write:
            return tr("No keychain is available: start a Secret Service (GNOME Keyring or KWallet) to keep "
                      "tokens; nothing was saved.");
        case Operation::Remove:
            return tr("No keychain is available, so the token could not be removed: start a Secret Service "
                      "(GNOME Keyring or KWallet) and try again.");
        }
        break;
    case Cause::Denied:
        switch (operation) {
        case Operation::Read:
            return tr("The keychain stayed locked, so saved tokens and passwords cannot be used: unlock it "
                      "when it asks.");
        case Operation::Write:
            return tr("The keychain stayed locked, so nothing was saved: unlock it when it asks, then save "
                      "again.");
        case Operation::Remove:
            return tr("The keychain stayed locked, so the token was not removed: unlock it when it asks, "
                      "then try again.");
        }
        break;
    case Cause::Failed:
        switch (operation) {
        case Operation::Read:
            return tr("The keychain could not read a saved token or password (%1): check that it is "
                      "unlocked and try again.")
                .arg(detail);
        case Operation::Write:
            return tr("The keychain could not save the token (%1); nothing was saved: check that it is "
                      "unlocked and try again.")
                .arg(detail);
        case Operation::Remove:
            return tr("The keychain could not remove the token (%1): check that it is unlocked and try "
                      "again.")
                .arg(detail);
        }
        break;
    }
    return detail;
}

void KeychainSecretStore::answer(Operation operation, const QString &key, const QString &value,
                                 const QString &error)
{
    // Always from the event loop, never inside the call that asked: some failures are known at once.
    QMetaObject::invokeMethod(
        this,
        [this, operation, key, value, error] {
            switch (operation) {
            case Operation::Read:
                emit readFinished(key, value, error);
                return;
            case Operation::Write:
                emit written(key, error);
                return;
            case Operation::Remove:
                emit removed(key, error);
                return;
            }
        },
        Qt::QueuedConnection);
}

} // namespace radar
