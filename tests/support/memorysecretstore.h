// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A SecretStore in memory for the composition root's tests, which must not touch the user's
// keychain; the real backend has its own test (tst_keychainsecretstore). Answers asynchronously,
// as a keychain does, and can be told to fail.
#include "settings/secretstore.h"

#include <QHash>
#include <QTimer>

class MemorySecretStore : public radar::SecretStore
{
public:
    QHash<QString, QString> values;
    QString failWith; // when set, every call fails with this error
    int reads = 0;
    int writes = 0;
    int removals = 0;

    void read(const QString &key) override
    {
        ++reads;
        QTimer::singleShot(0, this, [this, key] {
            emit readFinished(key, failWith.isEmpty() ? values.value(key) : QString(), failWith);
        });
    }

    void write(const QString &key, const QString &value) override
    {
        ++writes;
        if (failWith.isEmpty())
            values.insert(key, value);
        QTimer::singleShot(0, this, [this, key] { emit written(key, failWith); });
    }

    void remove(const QString &key) override
    {
        ++removals;
        if (failWith.isEmpty())
            values.remove(key);
        QTimer::singleShot(0, this, [this, key] { emit removed(key, failWith); });
    }
};
