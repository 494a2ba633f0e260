// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetchresult.h"

#include <QHash>
#include <QList>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

namespace radar {

/// Whether `host` is this machine ("localhost", 127.0.0.0/8, ::1): no proxy elsewhere can reach
/// it, and polling it burdens no provider.
bool isLoopbackHost(const QString &host);
/// A file, or a server on this machine (the demo's, a local mirror, a test's).
bool isOnThisMachine(const QUrl &url);

struct Transfer;

/// Fetches URLs (http, https or file) within a FetchPolicy: bounded concurrency overall and per
/// host, conditional requests, a deadline for the whole transfer, a cap on the body, and the proxy
/// the user chose. Lives on the io thread; creates its QNetworkAccessManager there, on first use.
class FeedFetcher : public QObject
{
    Q_OBJECT
public:
    explicit FeedFetcher(FetchPolicy policy, QObject *parent = nullptr);

    /// Queues a fetch; `finished` reports it, always asynchronously. The request's extra headers
    /// are sent as given; their values never appear in an error.
    void fetch(const FetchRequest &request);
    /// The limits and proxy of the fetches started from now on; those under way end under the
    /// policy they started with. Another proxy starts a new network manager, so no connection or
    /// proxy credential of the old one is reused.
    void setPolicy(const FetchPolicy &policy);
    const FetchPolicy &policy() const { return m_policy; }

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
    QNetworkAccessManager *network();
    /// Called when a reply of `manager` ended: a manager replaced by another goes once it is idle.
    void releaseIfRetired(QNetworkAccessManager *manager);
    /// Moves what has arrived into the transfer, up to just past the cap; true once it is passed.
    static bool readBody(QNetworkReply *reply, Transfer &transfer);
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
