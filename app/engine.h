// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/snapshot.h"
#include "domain/source.h"
#include "net/fetchresult.h"

#include <QObject>
#include <QThread>

namespace radar {

class PollScheduler;

/// Owns the io thread and the PollScheduler on it. Everything crosses by queued signals as values.
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(FetchPolicy policy = {}, QObject *parent = nullptr);
    ~Engine() override; // stops the io thread and waits for it

    void setSources(const QList<SourceConfig> &sources);
    /// The limits and proxy of the fetches started from now on (the Network settings changed).
    void setFetchPolicy(const FetchPolicy &policy);
    void start();
    void refreshNow();
    void shutDown();

signals:
    void snapshotReady(const QString &sourceId, const radar::Snapshot &snapshot);
    void sourceUnchanged(const QString &sourceId);
    void sourceFailed(const QString &sourceId, const radar::SourceError &error);
    void nextAttemptScheduled(const QString &sourceId, const QDateTime &when);
    void refreshProgress(int done, int total);
    void cycleFinished();

private:
    QThread m_thread;
    PollScheduler *m_scheduler = nullptr;
};

} // namespace radar
