// SPDX-License-Identifier: GPL-3.0-or-later
#include "pollscheduler.h"

#include "feedfetcher.h"

#include "domain/snapshotfilter.h"
#include "feeds/feedparser.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace radar {

namespace {
Q_LOGGING_CATEGORY(lcFeeds, "radar.feeds")

/// Whether the two read the same feed the same way: the same credential, the same filter. When
/// not, what was fetched before says nothing about what the source shows now.
bool sameView(const SourceConfig &a, const SourceConfig &b)
{
    return a.secretHeader == b.secretHeader && a.secretValue == b.secretValue && a.services == b.services
        && a.regions == b.regions;
}

/// The source's secret header, when it has both a name and a value. Surrounding white space (a
/// token pasted with its line break) is never part of a header value.
QList<QPair<QByteArray, QByteArray>> requestHeaders(const SourceConfig &config)
{
    const QString name = config.secretHeader.trimmed();
    const QString value = config.secretValue.trimmed();
    if (name.isEmpty() || value.isEmpty())
        return {};
    return {{name.toLatin1(), value.toUtf8()}};
}

} // namespace

std::chrono::seconds nextPollDelay(std::chrono::seconds interval, int consecutiveFailures,
                                   std::optional<std::chrono::seconds> serverDelay)
{
    using std::chrono::seconds;
    seconds delay = interval;
    // After repeated failures wait longer, doubling up to a cap, so a broken server is not hammered;
    // the first success resets the count and with it the interval.
    const seconds cap = std::max(interval, maximumBackoff);
    for (int failure = 1; failure < consecutiveFailures && delay < cap; ++failure)
        delay *= 2;
    delay = std::min(delay, cap);
    if (serverDelay)
        delay = std::max(delay, std::min(*serverDelay, maximumServerDelay));
    return delay;
}

std::chrono::milliseconds jittered(std::chrono::milliseconds delay)
{
    const qint64 spread = delay.count() / 10;
    if (spread <= 0)
        return delay;
    return std::chrono::milliseconds(delay.count() - spread
                                     + QRandomGenerator::global()->bounded(2 * spread + 1));
}

PollScheduler::PollScheduler(FetchPolicy policy, QObject *parent)
    : QObject(parent)
    , m_fetcher(new FeedFetcher(policy, this))
{
    connect(m_fetcher, &FeedFetcher::finished, this, &PollScheduler::handleResult);
}

PollScheduler::~PollScheduler() = default;

void PollScheduler::setSources(const QList<SourceConfig> &sources)
{
    QHash<QString, Slot> kept;
    QList<QString> moved; // asked again at once
    for (const SourceConfig &config : sources) {
        Slot slot = m_slots.take(config.id);
        if (slot.timer && !sameFeed(slot.config, config)) {
            // Another address or adapter is another source: start afresh, at once. A fetch for the
            // old one still under way is ignored when it ends (the slot holds no ticket for it).
            QTimer *timer = slot.timer;
            slot = Slot();
            slot.timer = timer;
            timer->stop();
            moved.append(config.id);
        } else if (slot.timer && !sameView(slot.config, config)) {
            // A new token or filter: a 304 to the old validators would keep what was shown through
            // the old ones, and an answer under way was asked with the old token. Ask again, in full.
            slot.validators = Validators();
            slot.ticket = 0;
            slot.timer->stop();
            moved.append(config.id);
        }
        slot.config = config;
        // The floor spares the providers' servers. A server on this machine (the demo, a local
        // mirror, a test) is no one else's burden: it may be polled as often as it asks, once a second at
        // most.
        slot.config.interval = std::max(
            config.interval, isOnThisMachine(config.url) ? std::chrono::seconds(1) : minimumPollInterval);
        if (!slot.timer) {
            slot.timer = new QTimer(this);
            slot.timer->setSingleShot(true);
            connect(slot.timer, &QTimer::timeout, this, [this, id = config.id] { poll(id); });
        }
        kept.insert(config.id, slot);
    }
    bool cycleWaitedForRemoved = false;
    for (const Slot &removed : std::as_const(m_slots)) {
        delete removed.timer;
        cycleWaitedForRemoved |= m_cyclePending.remove(removed.config.id);
    }
    m_slots = kept;
    // A refresh that was only waiting for sources now gone is over.
    if (cycleWaitedForRemoved && m_cyclePending.isEmpty()) {
        emit refreshProgress(m_cycleTotal, m_cycleTotal);
        emit cycleFinished();
    }
    // A moved source is asked at once when polling runs, or when a refresh under way waits for it.
    for (const QString &id : std::as_const(moved)) {
        if (m_running || m_cyclePending.contains(id))
            poll(id);
    }
    if (m_running)
        start();
}

void PollScheduler::setFetchPolicy(const FetchPolicy &policy)
{
    m_fetcher->setPolicy(policy);
}

void PollScheduler::start()
{
    m_running = true;
    QList<QString> due;
    for (const Slot &slot : std::as_const(m_slots)) {
        if (!slot.timer->isActive() && !slot.inFlight())
            due.append(slot.config.id);
    }
    beginCycle(due);
}

void PollScheduler::stop()
{
    m_running = false;
    for (Slot &slot : m_slots)
        slot.timer->stop();
}

void PollScheduler::pollAll()
{
    beginCycle(m_slots.keys());
}

void PollScheduler::beginCycle(const QList<QString> &ids)
{
    if (m_cyclePending.isEmpty())
        m_cycleTotal = 0;
    QList<QString> added;
    for (const QString &id : ids) {
        if (!m_cyclePending.contains(id)) {
            m_cyclePending.insert(id);
            added.append(id);
        }
    }
    m_cycleTotal += int(added.size());
    if (m_cyclePending.isEmpty()) {
        emit cycleFinished();
        return;
    }
    emit refreshProgress(m_cycleTotal - int(m_cyclePending.size()), m_cycleTotal);
    for (const QString &id : std::as_const(added))
        poll(id);
}

void PollScheduler::poll(const QString &sourceId)
{
    auto it = m_slots.find(sourceId);
    if (it == m_slots.end() || it->inFlight())
        return;
    it->timer->stop();
    it->ticket = ++m_lastTicket;
    m_fetcher->fetch({sourceId, it->config.url, it->validators, requestHeaders(it->config), it->ticket});
}

void PollScheduler::handleResult(const FetchResult &result)
{
    auto it = m_slots.find(result.sourceId);
    if (it != m_slots.end()) {
        // An answer to a question no longer asked (the source moved to another address or adapter
        // since) says nothing about the source now.
        if (it->ticket != result.ticket)
            return;
        it->ticket = 0;
        if (result.ok())
            handleSuccess(*it, result);
        else
            fail(*it, {result.error, result.failure});
        // Retry-After comes with 429 and 503 above all, so it counts on failures too; max-age only
        // describes data that arrived.
        if (m_running)
            scheduleNext(*it, result.ok() ? std::max(result.retryAfter, result.maxAge) : result.retryAfter);
    }
    if (m_cyclePending.remove(result.sourceId)) {
        emit refreshProgress(m_cycleTotal - int(m_cyclePending.size()), m_cycleTotal);
        if (m_cyclePending.isEmpty())
            emit cycleFinished();
    }
}

void PollScheduler::handleSuccess(Slot &slot, const FetchResult &result)
{
    if (result.notModified) {
        if (slot.validators.isEmpty()) {
            // A 304 to a request that asked for nothing conditional: there is no data to keep.
            return fail(
                slot,
                {QStringLiteral("HTTP 304 Not Modified to an unconditional request"), FailureKind::Server});
        }
        slot.consecutiveFailures = 0;
        // A 304 may repeat either validator; what it leaves out still holds.
        if (!result.validators.etag.isEmpty())
            slot.validators.etag = result.validators.etag;
        if (!result.validators.lastModified.isEmpty())
            slot.validators.lastModified = result.validators.lastModified;
        emit sourceUnchanged(result.sourceId);
        return;
    }
    const ParseResult parsed = parseFeed(slot.config.kind, result.body, {result.sourceId, result.url});
    if (!parsed.ok())
        return fail(slot, {parsed.error, FailureKind::Content});
    slot.consecutiveFailures = 0;
    slot.validators = result.validators;
    // What the adapter did not understand is logged once, not on every poll.
    if (parsed.snapshot->warnings != slot.lastWarnings) {
        for (const QString &warning : parsed.snapshot->warnings)
            qCWarning(lcFeeds, "%s: %s", qPrintable(result.sourceId), qPrintable(warning));
        slot.lastWarnings = parsed.snapshot->warnings;
    }
    emit snapshotReady(result.sourceId,
                       filterSnapshot(*parsed.snapshot, slot.config.services, slot.config.regions));
}

void PollScheduler::fail(Slot &slot, const SourceError &error)
{
    // The validators stay: they are those of the last answer that parsed, so a later 304 to them
    // still means "what you have is current".
    ++slot.consecutiveFailures;
    emit sourceFailed(slot.config.id, error);
}

void PollScheduler::scheduleNext(Slot &slot, std::optional<std::chrono::seconds> serverDelay)
{
    const std::chrono::milliseconds delay =
        jittered(nextPollDelay(slot.config.interval, slot.consecutiveFailures, serverDelay));
    slot.timer->start(delay);
    emit nextAttemptScheduled(slot.config.id, QDateTime::currentDateTimeUtc().addMSecs(delay.count()));
}

} // namespace radar
