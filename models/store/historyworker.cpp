// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyworker.h"

#include "historyexport.h"

#include <QFileInfo>

namespace radar {

namespace {

// Batches kept while the disk is full: hours of polling; beyond that the oldest go (the feeds
// report what is still open again anyway, so what is lost is old cell changes).
constexpr qsizetype maxPendingBatches = 2000;
constexpr std::chrono::hours pruneEvery {24};

/// When an incident ended, for one that is closed: the provider's word, else its last update.
QDateTime endOf(const Incident &incident, const QDateTime &now)
{
    if (incident.isOpen())
        return QDateTime();
    if (incident.resolvedAt.isValid())
        return incident.resolvedAt;
    return incident.updates.isEmpty() ? now : incident.updates.last().at;
}

QDateTime startOf(const Incident &incident, const QDateTime &now)
{
    if (incident.startedAt.isValid())
        return incident.startedAt;
    return incident.updates.isEmpty() ? now : incident.updates.first().at;
}

} // namespace

HistoryWorker::HistoryWorker(QObject *parent)
    : QObject(parent)
{ }

void HistoryWorker::open(const QString &filePath, int retentionDays)
{
    m_retentionDays = retentionDays;
    const HistoryDatabase::OpenResult result = m_database.open(filePath);
    QString problem;
    if (!result.ok) {
        problem =
            tr("The history cannot be opened: %1. This session keeps it in memory only.").arg(result.error);
    } else if (!result.movedAsidePath.isEmpty()) {
        problem = tr("The history file was damaged and has been moved aside to %1; a new history has been "
                     "started.")
                      .arg(result.movedAsidePath);
    }
    if (result.ok) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        pruneIfDue(now);
        if (const auto loaded = m_database.incidents(now.addDays(-m_retentionDays))) {
            for (const HistoryIncident &incident : *loaded) {
                m_index.upsert(incident);
                m_worst.insert(incident.key(), incident.severity);
            }
        } else {
            problem = tr("The history could not be read: %1.").arg(m_database.lastError());
        }
        // Whatever arrived before the file opened (nothing usually) is written now.
        writePending();
    }
    emit opened(filePath, problem);
    publishSummary();
}

void HistoryWorker::setRetentionDays(int days)
{
    m_retentionDays = days;
    m_lastPrune = QDateTime();
    pruneIfDue(QDateTime::currentDateTimeUtc());
    publishSummary();
}

void HistoryWorker::record(const HistoryBatch &batch)
{
    if (batch.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Incident &incident : batch.incidents)
        addToIndex(incident, now);
    if (m_pending.size() >= maxPendingBatches) {
        m_pending.removeFirst();
        ++m_droppedBatches;
    }
    m_pending.append(batch);
    writePending();
    pruneIfDue(now);
    publishSummary();
}

void HistoryWorker::writePending()
{
    if (!m_database.isOpen())
        return; // kept in memory; opening failed and said so
    while (!m_pending.isEmpty()) {
        if (!m_database.record(m_pending.first())) {
            QString message = tr("%1. Outage Radar keeps the history in memory meanwhile and saves it as "
                                 "soon as it can; free some space or check the file.")
                                  .arg(m_database.lastError());
            if (m_droppedBatches > 0) {
                message += QLatin1Char(' ')
                    + tr("%n of the oldest unsaved batch(es) had to be let go.", nullptr,
                         int(m_droppedBatches));
            }
            if (message != m_problem) {
                m_problem = message;
                emit storageProblem(message);
            }
            return;
        }
        m_pending.removeFirst();
    }
    if (!m_problem.isEmpty()) {
        m_problem.clear();
        emit storageProblem(QString());
    }
}

void HistoryWorker::addToIndex(const Incident &incident, const QDateTime &now)
{
    const QString key = incident.key();
    HistoryIncident entry {incident.provider,    incident.id,      incident.title,
                           incident.severity,    incident.state,   startOf(incident, now),
                           endOf(incident, now), incident.affected};
    // The chart counts an incident by the worst it got, as the database keeps it.
    const auto worst = m_worst.find(key);
    if (worst == m_worst.end()) {
        m_worst.insert(key, incident.severity);
    } else if (severityRank(incident.severity) > severityRank(*worst)) {
        *worst = incident.severity;
        m_escalatedAt.insert(key, now);
    } else {
        entry.severity = *worst;
    }
    m_index.upsert(entry);
    m_session.insert(key, incident);
}

void HistoryWorker::pruneIfDue(const QDateTime &now)
{
    if (m_lastPrune.isValid() && m_lastPrune.secsTo(now) < std::chrono::seconds(pruneEvery).count())
        return;
    m_lastPrune = now;
    const QDateTime before = now.addDays(-m_retentionDays);
    m_index.removeEndedBefore(before);
    if (m_database.isOpen() && m_database.prune(before) < 0)
        emit storageProblem(tr("Old history could not be removed: %1.").arg(m_database.lastError()));
}

void HistoryWorker::setQuery(HistoryRange range, const HistoryFilter &filter, const WatchList &watchList)
{
    m_haveQuery = true;
    m_range = range;
    m_filter = filter;
    m_watchList = watchList;
    publishSummary();
}

void HistoryWorker::publishSummary()
{
    if (m_haveQuery)
        emit summaryReady(m_index.summarize(m_range, m_filter, m_watchList, QDateTime::currentDateTimeUtc()));
}

void HistoryWorker::requestBar(const QDateTime &from, const QDateTime &to)
{
    emit barReady(from, to, m_index.startedIn(m_filter, m_watchList, from, to));
}

void HistoryWorker::requestIncident(const QString &provider, const QString &id)
{
    std::optional<Incident> incident;
    if (m_database.isOpen())
        incident = m_database.incident(provider, id);
    if (!incident) {
        const auto found = m_session.constFind(provider + u'\n' + id); // as Incident::key()
        if (found != m_session.cend())
            incident = *found;
    }
    if (incident)
        emit incidentReady(*incident);
    else
        emit incidentMissing(provider, id);
}

void HistoryWorker::requestDigest(const QDateTime &since, const QDateTime &requestedUntil)
{
    // The batches before this request were stamped with this thread's clock: "now" is taken here.
    const QDateTime until = requestedUntil.isValid() ? requestedUntil : QDateTime::currentDateTimeUtc();
    std::optional<AwayDigest> digest;
    if (m_database.isOpen() && m_pending.isEmpty())
        digest = m_database.awayDigest(since, until);
    emit digestReady(digest ? *digest : memoryDigest(since, until));
}

AwayDigest HistoryWorker::memoryDigest(const QDateTime &since, const QDateTime &until) const
{
    AwayDigest digest;
    digest.since = since;
    digest.until = until;
    const QList<HistoryIncident> started = m_index.startedIn(HistoryFilter(), WatchList(), since, until);
    digest.started = started;
    for (auto it = m_escalatedAt.cbegin(); it != m_escalatedAt.cend(); ++it) {
        if (it.value() < since || it.value() > until)
            continue;
        const auto session = m_session.constFind(it.key());
        if (session == m_session.cend() || session->startedAt >= since)
            continue;
        digest.escalated.append({session->provider, session->id, session->title, m_worst.value(it.key()),
                                 session->state, session->startedAt, endOf(*session, until),
                                 session->affected});
    }
    for (const Incident &incident : m_session) {
        const QDateTime ended = endOf(incident, until);
        if (ended.isValid() && ended >= since && ended <= until) {
            digest.resolved.append({incident.provider, incident.id, incident.title,
                                    m_worst.value(incident.key(), incident.severity), incident.state,
                                    startOf(incident, until), ended, incident.affected});
        }
    }
    return digest;
}

void HistoryWorker::clearHistory()
{
    // What waits to be written goes too: it is history as well, and the user asked for none.
    m_pending.clear();
    if (m_database.isOpen() && !m_database.clear()) {
        emit cleared(false, tr("The history could not be cleared: %1.").arg(m_database.lastError()));
        return;
    }
    m_index.clear();
    m_worst.clear();
    m_session.clear();
    publishSummary();
    emit cleared(true, tr("The history was cleared."));
}

void HistoryWorker::exportHistory(const QString &filePath, bool json, const QDateTime &since)
{
    HistoryExportData data;
    data.since = since;
    data.generatedAt = QDateTime::currentDateTimeUtc();
    if (m_database.isOpen()) {
        if (!readHistory(m_database, data)) {
            emit exportFinished(false, tr("The history could not be read: %1.").arg(m_database.lastError()));
            return;
        }
    } else {
        for (const Incident &incident : m_session) {
            if (!since.isValid() || incident.startedAt >= since || endOf(incident, data.generatedAt) >= since)
                data.incidents.append(incident);
        }
    }
    QStringList written;
    QString error;
    if (!writeHistoryExport(filePath, json ? HistoryFormat::Json : HistoryFormat::Csv, data, &written,
                            &error)) {
        emit exportFinished(false, error);
        return;
    }
    emit exportFinished(true,
                        tr("Exported %n incident(s) to %1.", nullptr, int(data.incidents.size()))
                            .arg(written.join(QStringLiteral(", "))));
}

} // namespace radar
