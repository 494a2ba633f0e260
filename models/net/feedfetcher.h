// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetchresult.h"

#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

namespace radar {

/// Fetches one URL at a time per call (http, https or file) within a FetchPolicy.
/// Lives on the io thread; creates its QNetworkAccessManager there, on first use.
class FeedFetcher : public QObject
{
    Q_OBJECT
public:
    explicit FeedFetcher(FetchPolicy policy, QObject *parent = nullptr);

    /// Starts a fetch; `finished` reports it, always asynchronously.
    void fetch(const QString &sourceId, const QUrl &url);

    /// How many fetches are under way.
    int activeCount() const { return m_active; }

signals:
    void finished(const radar::FetchResult &result);

private:
    void fetchFile(FetchResult result);
    void fetchHttp(FetchResult result);
    void finishReply(QNetworkReply *reply, FetchResult result, bool tooLarge);
    void report(const FetchResult &result);

    FetchPolicy m_policy;
    QNetworkAccessManager *m_network = nullptr;
    int m_active = 0;
};

} // namespace radar
