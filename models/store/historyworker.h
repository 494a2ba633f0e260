// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historydatabase.h"

#include "domain/history.h"
#include "domain/watchlist.h"
#include "policy/historysummary.h"

#include <QHash>
#include <QObject>

namespace radar {

/// Lives on the history thread and owns everything there: the database connection and the index
/// the chart is counted from. HistoryStore is its only caller.
class HistoryWorker : public QObject
{
    Q_OBJECT
public:
    explicit HistoryWorker(QObject *parent = nullptr);

    void open(const QString &filePath, int retentionDays);
    void setRetentionDays(int days);
    void record(const HistoryBatch &batch);
    void setQuery(HistoryRange range, const HistoryFilter &filter, const WatchList &watchList);
    void requestBar(const QDateTime &from, const QDateTime &to);
    void requestIncident(const QString &provider, const QString &id);
    void requestDigest(const QDateTime &since, const QDateTime &until = {});
    void exportHistory(const QString &filePath, bool json, const QDateTime &since);
    void clearHistory();

signals:
    void opened(const QString &filePath, const QString &problem);
    void storageProblem(const QString &message);
    void summaryReady(const radar::HistorySummary &summary);
    void barReady(const QDateTime &from, const QDateTime &to, const QList<radar::HistoryIncident> &incidents);
    void incidentReady(const radar::Incident &incident);
    void incidentMissing(const QString &provider, const QString &id);
    void digestReady(const radar::AwayDigest &digest);
    void exportFinished(bool ok, const QString &message);
    void cleared(bool ok, const QString &message);

private:
    /// Writes what waits, oldest first; stops at the first failure and keeps the rest for later.
    void writePending();
    void pruneIfDue(const QDateTime &now);
    void addToIndex(const Incident &incident, const QDateTime &now);
    void publishSummary();
    /// The digest from what this session saw, when there is no database to ask.
    AwayDigest memoryDigest(const QDateTime &since, const QDateTime &until) const;

    HistoryDatabase m_database;
    HistoryIndex m_index;
    int m_retentionDays = 365;
    QDateTime m_lastPrune;
    QList<HistoryBatch> m_pending; // not saved yet: the disk was full or the file could not open
    qsizetype m_droppedBatches = 0;
    QString m_problem; // the storage problem last reported; empty while saving works
    // Everything reported this session in full (sharing its data with the health state's copies),
    // so details, digest and export work without a database too.
    QHash<QString, Incident> m_session;
    QHash<QString, Status> m_worst; // by incident key: the worst severity each incident reached
    QHash<QString, QDateTime> m_escalatedAt; // by incident key, this session
    bool m_haveQuery = false;
    HistoryRange m_range = HistoryRange::Month;
    HistoryFilter m_filter;
    WatchList m_watchList;
};

} // namespace radar
