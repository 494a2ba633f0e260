// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "historyworker.h"

namespace radar {

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<radar::HistoryBatch>();
    qRegisterMetaType<radar::HistorySummary>();
    qRegisterMetaType<radar::AwayDigest>();
    qRegisterMetaType<radar::Incident>();
    qRegisterMetaType<QList<radar::HistoryIncident>>();

    m_thread.setObjectName(QStringLiteral("history"));
    m_worker = new HistoryWorker;
    m_worker->moveToThread(&m_thread);
    // The worker, and with it the database connection, is destroyed on its own thread.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &HistoryWorker::opened, this, &HistoryStore::opened);
    connect(m_worker, &HistoryWorker::storageProblem, this, &HistoryStore::storageProblem);
    connect(m_worker, &HistoryWorker::summaryReady, this, &HistoryStore::summaryReady);
    connect(m_worker, &HistoryWorker::barReady, this, &HistoryStore::barReady);
    connect(m_worker, &HistoryWorker::incidentReady, this, &HistoryStore::incidentReady);
    connect(m_worker, &HistoryWorker::incidentMissing, this, &HistoryStore::incidentMissing);
    connect(m_worker, &HistoryWorker::digestReady, this, &HistoryStore::digestReady);
    connect(m_worker, &HistoryWorker::exportFinished, this, &HistoryStore::exportFinished);
    connect(m_worker, &HistoryWorker::cleared, this, &HistoryStore::cleared);
    m_thread.start();
}

HistoryStore::~HistoryStore()
{
    shutDown();
}

void HistoryStore::open(const QString &filePath, int retentionDays)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, filePath, retentionDays] { worker->open(filePath, retentionDays); });
}

void HistoryStore::setRetentionDays(int days)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, days] { worker->setRetentionDays(days); });
}

void HistoryStore::record(const HistoryBatch &batch)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, batch] { worker->record(batch); });
}

void HistoryStore::setQuery(HistoryRange range, const HistoryFilter &filter, const WatchList &watchList)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, range, filter, watchList] {
        worker->setQuery(range, filter, watchList);
    });
}

void HistoryStore::requestBar(const QDateTime &from, const QDateTime &to)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, from, to] { worker->requestBar(from, to); });
}

void HistoryStore::requestIncident(const QString &provider, const QString &id)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, provider, id] { worker->requestIncident(provider, id); });
}

void HistoryStore::requestDigest(const QDateTime &since, const QDateTime &until)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, since, until] { worker->requestDigest(since, until); });
}

void HistoryStore::clearHistory()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->clearHistory(); });
}

void HistoryStore::exportHistory(const QString &filePath, bool json, const QDateTime &since)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, filePath, json, since] {
        worker->exportHistory(filePath, json, since);
    });
}

void HistoryStore::flush()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(
            m_worker, [] {}, Qt::BlockingQueuedConnection);
}

void HistoryStore::shutDown()
{
    if (!m_thread.isRunning())
        return;
    // The last batch of a session is written before the thread ends: quit() alone would leave
    // requests still queued unhandled.
    flush();
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr; // deleted with the thread's end; later requests are dropped
}

} // namespace radar
