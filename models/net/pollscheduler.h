// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetchresult.h"

#include "domain/snapshot.h"
#include "domain/source.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

class QTimer;

namespace radar {

class FeedFetcher;

inline constexpr std::chrono::seconds maximumBackoff {15 * 60};
// Retry-After and max-age are honoured when longer than the interval, but never past this: a
// misconfigured header must not silence a source for a day.
inline constexpr std::chrono::seconds maximumServerDelay {60 * 60};

/// How long to wait before polling a source again, before jitter: its interval, doubled for each
/// failure after the first up to maximumBackoff, and at least what the server asked for.
std::chrono::seconds nextPollDelay(std::chrono::seconds interval, int consecutiveFailures,
                                   std::optional<std::chrono::seconds> serverDelay);

/// Spreads polls of many sources over time (±10 %) so they never arrive at a server in step.
std::chrono::milliseconds jittered(std::chrono::milliseconds delay);

/// Polls every source on its own timer, parses what arrives and reports value types: each source's
/// snapshot reduced to the services and regions its filter lets through, fetched with its secret
/// header when it has one. Lives on the io thread: create it, move it there, then talk to it
/// through queued calls only.
class PollScheduler : public QObject
{
    Q_OBJECT
public:
    explicit PollScheduler(FetchPolicy policy = {}, QObject *parent = nullptr);
    ~PollScheduler() override;

    /// The fetcher, for tests that check nothing is left behind.
    const FeedFetcher *fetcher() const { return m_fetcher; }

public slots:
    /// Replaces the polled sources: every source given is polled, so the caller leaves out those
    /// the user switched off. Sources that stay keep their timers and validators. One that now
    /// names another feed starts afresh; one whose secret or filter changed is asked again,
    /// unconditionally, at once when polling runs (an answer under way, asked with the old secret,
    /// is ignored).
    void setSources(const QList<radar::SourceConfig> &sources);
    /// The limits and proxy of the fetches started from now on.
    void setFetchPolicy(const radar::FetchPolicy &policy);
    /// Polls every source now; refreshProgress tells how far it got, cycleFinished when all reported.
    void pollAll();
    /// Polls every source not polled yet at once (as one cycle), then each on its own timer.
    void start();
    void stop();

signals:
    void snapshotReady(const QString &sourceId, const radar::Snapshot &snapshot);
    /// The server said "not modified": the last snapshot still holds as of now.
    void sourceUnchanged(const QString &sourceId);
    void sourceFailed(const QString &sourceId, const radar::SourceError &error);
    void nextAttemptScheduled(const QString &sourceId, const QDateTime &when);
    void refreshProgress(int done, int total);
    void cycleFinished();

private:
    struct Slot
    {
        SourceConfig config;
        QTimer *timer = nullptr;
        int consecutiveFailures = 0;
        QStringList lastWarnings;
        Validators validators; // of the last answer that parsed, for a conditional request
        quint64 ticket = 0; // of the fetch under way, 0 when none; an answer with another is stale

        bool inFlight() const { return ticket != 0; }
    };

    void beginCycle(const QList<QString> &ids);
    void poll(const QString &sourceId);
    void handleResult(const FetchResult &result);
    void handleSuccess(Slot &slot, const FetchResult &result);
    void fail(Slot &slot, const SourceError &error);
    void scheduleNext(Slot &slot, std::optional<std::chrono::seconds> serverDelay);

    FeedFetcher *m_fetcher = nullptr;
    QHash<QString, Slot> m_slots;
    QSet<QString> m_cyclePending;
    int m_cycleTotal = 0;
    quint64 m_lastTicket = 0;
    bool m_running = false;
};

} // namespace radar
