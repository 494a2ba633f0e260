// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/secretstore.h"

namespace QKeychain {
class Job;
}

namespace radar {

/// SecretStore over the OS keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet)
/// on Linux, the Keychain on macOS, the Credential Manager on Windows. Nothing ever falls back to
/// a file, and no value is logged.
///
/// Entries live under the keychain service serviceName(discriminator). The app passes a hash of
/// its data directory, so a run with --data-dir, and every test, keeps secrets apart from the
/// user's own. Errors say what to do, in the user's language; the most common one on a desktop
/// without a keyring daemon is "No keychain is available: start a Secret Service ...".
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &discriminator, QObject *parent = nullptr);

    /// "Outage Radar", or "Outage Radar (discriminator)" when the discriminator is not empty.
    static QString serviceName(const QString &discriminator);
    QString service() const { return m_service; }

    void read(const QString &key) override;
    /// Writing an empty value removes the entry (and answers with written()), so the keychain
    /// holds no empty leftovers.
    void write(const QString &key, const QString &value) override;
    void remove(const QString &key) override;

private:
    enum class Operation : quint8 { Read, Write, Remove };
    /// Why an operation failed: no keychain at all, a keychain that stayed locked, or one that failed.
    enum class Cause : quint8 { NoKeychain, Denied, Failed };

    /// What to tell the user; `detail` is QtKeychain's own description, which holds no secret.
    static QString errorText(Operation operation, Cause cause, const QString &detail);

    void run(QKeychain::Job *job, Operation operation);
    void finish(QKeychain::Job *job, Operation operation);
    void answer(Operation operation, const QString &key, const QString &value, const QString &error);

    QString m_service;
};

} // namespace radar
