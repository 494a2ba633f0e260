// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetchresult.h"

#include "domain/snapshot.h"
#include "domain/source.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace radar {

class FeedFetcher;

/// Polls every source on its own timer, parses what arrives and reports value types.
/// Lives on the io thread: create it, move it there, then talk to it through queued calls only.
class PollScheduler : public QObject
{
    Q_OBJECT
public:
    explicit PollScheduler(FetchPolicy policy = {}, QObject *parent = nullptr);
    ~PollScheduler() override;

public slots:
    /// Replaces the polled sources. Sources that stay keep their timers.
    void setSources(const QList<radar::SourceConfig> &sources);
    /// Polls every source now; cycleFinished follows once each has reported.
    void pollAll();
    /// Starts the per-source timers (each source is polled once at once, then on its interval).
    void start();
    void stop();

signals:
    void snapshotReady(const QString &sourceId, const radar::Snapshot &snapshot);
    void sourceFailed(const QString &sourceId, const radar::SourceError &error);
    void nextAttemptScheduled(const QString &sourceId, const QDateTime &when);
    void cycleFinished();

private:
    struct Slot
    {
        SourceConfig config;
        QTimer *timer = nullptr;
        bool inFlight = false;
        int consecutiveFailures = 0;
        QStringList lastWarnings;
    };

    void poll(const QString &sourceId);
    void handleResult(const FetchResult &result);
    void scheduleNext(Slot &slot);

    FetchPolicy m_policy;
    FeedFetcher *m_fetcher = nullptr;
    QHash<QString, Slot> m_slots;
    QSet<QString> m_cyclePending;
    bool m_running = false;
};

} // namespace radar
