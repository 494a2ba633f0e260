// SPDX-License-Identifier: GPL-3.0-or-later
#include "pollscheduler.h"

#include "feedfetcher.h"

#include "feeds/feedparser.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace radar {

namespace {

Q_LOGGING_CATEGORY(lcFeeds, "radar.feeds")

constexpr std::chrono::seconds maxBackoff {15 * 60};

// Spreads polls of many sources over time (±10 %) so they never arrive at a server in step.
std::chrono::milliseconds jittered(std::chrono::milliseconds delay)
{
    const qint64 spread = delay.count() / 10;
    if (spread <= 0)
        return delay;
    return std::chrono::milliseconds(delay.count() - spread
                                     + QRandomGenerator::global()->bounded(2 * spread + 1));
}

} // namespace

PollScheduler::PollScheduler(FetchPolicy policy, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
{ }

PollScheduler::~PollScheduler() = default;

void PollScheduler::setSources(const QList<SourceConfig> &sources)
{
    QHash<QString, Slot> kept;
    for (const SourceConfig &config : sources) {
        Slot slot = m_slots.take(config.id);
        slot.config = config;
        slot.config.interval = std::max(config.interval, minimumPollInterval);
        if (!slot.timer) {
            slot.timer = new QTimer(this);
            slot.timer->setSingleShot(true);
            connect(slot.timer, &QTimer::timeout, this, [this, id = config.id] { poll(id); });
        }
        kept.insert(config.id, slot);
    }
    for (const Slot &removed : std::as_const(m_slots))
        delete removed.timer;
    m_slots = kept;
    if (m_running)
        start();
}

void PollScheduler::start()
{
    m_running = true;
    for (Slot &slot : m_slots) {
        if (!slot.timer->isActive() && !slot.inFlight)
            poll(slot.config.id);
    }
}

void PollScheduler::stop()
{
    m_running = false;
    for (Slot &slot : m_slots)
        slot.timer->stop();
}

void PollScheduler::pollAll()
{
    for (const Slot &slot : std::as_const(m_slots))
        m_cyclePending.insert(slot.config.id);
    if (m_cyclePending.isEmpty()) {
        emit cycleFinished();
        return;
    }
    for (const QString &id : m_cyclePending)
        poll(id);
}

void PollScheduler::poll(const QString &sourceId)
{
    auto it = m_slots.find(sourceId);
    if (it == m_slots.end() || it->inFlight)
        return;
    if (!m_fetcher) {
        m_fetcher = new FeedFetcher(m_policy, this);
        connect(m_fetcher, &FeedFetcher::finished, this, &PollScheduler::handleResult);
    }
    it->timer->stop();
    it->inFlight = true;
    m_fetcher->fetch(sourceId, it->config.url);
}

void PollScheduler::handleResult(const FetchResult &result)
{
    auto it = m_slots.find(result.sourceId);
    if (it != m_slots.end()) {
        it->inFlight = false;
        if (result.ok()) {
            const ParseResult parsed = parseFeed(it->config.kind, result.body, {result.sourceId, result.url});
            if (parsed.ok()) {
                it->consecutiveFailures = 0;
                // What the adapter did not understand is logged once, not on every poll.
                if (parsed.snapshot->warnings != it->lastWarnings) {
                    for (const QString &warning : parsed.snapshot->warnings)
                        qCWarning(lcFeeds, "%s: %s", qPrintable(result.sourceId), qPrintable(warning));
                    it->lastWarnings = parsed.snapshot->warnings;
                }
                emit snapshotReady(result.sourceId, *parsed.snapshot);
            } else {
                ++it->consecutiveFailures;
                emit sourceFailed(result.sourceId, {parsed.error});
            }
        } else {
            ++it->consecutiveFailures;
            emit sourceFailed(result.sourceId, {result.error});
        }
        if (m_running)
            scheduleNext(*it);
    }
    if (m_cyclePending.remove(result.sourceId) && m_cyclePending.isEmpty())
        emit cycleFinished();
}

void PollScheduler::scheduleNext(Slot &slot)
{
    using namespace std::chrono;
    milliseconds delay = slot.config.interval;
    // After repeated failures wait longer, doubling up to a cap, so a broken server is not hammered.
    for (int failure = 1; failure < slot.consecutiveFailures && delay < maxBackoff; ++failure)
        delay *= 2;
    delay = jittered(std::min<milliseconds>(delay, maxBackoff));
    slot.timer->start(delay);
    emit nextAttemptScheduled(slot.config.id, QDateTime::currentDateTimeUtc().addMSecs(delay.count()));
}

} // namespace radar
