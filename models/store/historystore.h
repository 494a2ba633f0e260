// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/history.h"
#include "domain/watchlist.h"
#include "policy/historysummary.h"

#include <QObject>
#include <QThread>

namespace radar {

class HistoryWorker;

/// The incident history as the GUI thread sees it. The database lives on a thread of its own,
/// owned by a HistoryWorker there; this object only queues requests to it and passes its answers
/// on as signals. Everything that crosses is a value.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override; // finishes what is queued, then stops the thread

    /// Opens (or creates) the history file; `opened` tells how it went. Until then, and when it
    /// fails, the history is kept in memory for this session.
    void open(const QString &filePath, int retentionDays);
    void setRetentionDays(int days);
    /// Writes one batch of poll results, in one transaction.
    void record(const HistoryBatch &batch);
    /// What the chart shows; `summaryReady` answers now and again after each batch.
    void setQuery(HistoryRange range, const HistoryFilter &filter, const WatchList &watchList);
    /// The incidents of one bar of the chart, under the current query.
    void requestBar(const QDateTime &from, const QDateTime &to);
    void requestIncident(const QString &provider, const QString &id);
    /// What started, escalated and ended from `since` to `until` (null: when the history thread
    /// gets to it, so every batch queued before is in).
    void requestDigest(const QDateTime &since, const QDateTime &until = {});
    /// Writes the history since `since` (all when null) to `filePath`; `exportFinished` tells.
    void exportHistory(const QString &filePath, bool json, const QDateTime &since = {});
    /// Deletes every incident, cell change and fetch outcome kept; `cleared` tells.
    void clearHistory();
    /// Waits until everything queued so far is done (for an orderly exit and for tests).
    void flush();
    void shutDown();

signals:
    /// `problem` is empty when the file opened; else it says what happened and what it means.
    void opened(const QString &filePath, const QString &problem);
    /// Saving failed (a full disk, say): what to do, and that nothing is lost meanwhile. Empty
    /// when saving works again.
    void storageProblem(const QString &message);
    void summaryReady(const radar::HistorySummary &summary);
    void barReady(const QDateTime &from, const QDateTime &to, const QList<radar::HistoryIncident> &incidents);
    void incidentReady(const radar::Incident &incident);
    void incidentMissing(const QString &provider, const QString &id);
    void digestReady(const radar::AwayDigest &digest);
    void exportFinished(bool ok, const QString &message);
    void cleared(bool ok, const QString &message);

private:
    QThread m_thread;
    HistoryWorker *m_worker = nullptr;
};

} // namespace radar
