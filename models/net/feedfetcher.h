// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetchresult.h"

#include <QHash>
#include <QList>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

namespace radar {

struct Transfer;

/// Fetches URLs (http, https or file) within a FetchPolicy: bounded concurrency overall and per
/// host, conditional requests, a deadline for the whole transfer and a cap on the body.
/// Lives on the io thread; creates its QNetworkAccessManager there, on first use.
class FeedFetcher : public QObject
{
    Q_OBJECT
public:
    explicit FeedFetcher(FetchPolicy policy, QObject *parent = nullptr);

    /// Queues a fetch; `finished` reports it, always asynchronously.
    void fetch(const FetchRequest &request);

    /// How many fetches are queued or under way.
    int activeCount() const { return m_active; }
    /// How many network replies exist right now (none once everything has finished).
    int liveReplies() const;

signals:
    void finished(const radar::FetchResult &result);

private:
    void fetchFile(FetchResult result);
    void dispatch();
    void startHttp(const FetchRequest &request);
    /// Moves what has arrived into the transfer, up to just past the cap; true once it is passed.
    bool readBody(QNetworkReply *reply, Transfer &transfer) const;
    void finishReply(QNetworkReply *reply, FetchResult result, const Transfer &transfer);
    void report(const FetchResult &result);

    FetchPolicy m_policy;
    QNetworkAccessManager *m_network = nullptr;
    QList<FetchRequest> m_queue; // waiting for a free slot, oldest first
    QHash<QString, int> m_perHost; // running fetches per host
    int m_running = 0;
    int m_active = 0;
};

} // namespace radar
