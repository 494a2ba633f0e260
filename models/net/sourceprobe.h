// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetchresult.h"

#include "feeds/feedpreview.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <memory>

namespace radar {

class FeedFetcher;
struct ParseOutcome;
struct ProbeMailbox;

/// Finds the status feed behind a URL a person pasted ("https://www.githubstatus.com"): asks the
/// places such feeds live, one after the other, and reports what the first feed that reads says.
/// Fetches on the thread it lives on (the GUI thread, for the "add a source" dialog) without
/// blocking it, and parses on the thread pool.
class SourceProbe : public QObject
{
    Q_OBJECT
public:
    explicit SourceProbe(FetchPolicy policy = {}, QObject *parent = nullptr);
    ~SourceProbe() override;

    /// Looks for the feed behind `pasted`, read with `kind` (detected from the content when Auto),
    /// sending `headers` with every request (a private page's token). Cancels a probe under way.
    /// `finished` reports the outcome, always asynchronously.
    void probe(const QUrl &pasted, radar::FeedKind kind = FeedKind::Auto,
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    /// Forgets the probe under way: its transfers are aborted and it reports nothing.
    void cancel();
    bool isBusy() const { return m_busy; }

    /// The URLs asked for `pasted`, in order: feedUrlFor(pasted) first; for a bare page address
    /// that is not a known provider's, the other places the adapters' feeds are served from too.
    static QList<QUrl> candidateUrls(const QUrl &pasted);

signals:
    /// What the probe is doing now, in words: "Asking https://…/api/v2/summary.json…".
    void progress(const QString &message);
    /// The feed found, or (preview.ok() false) why none was, naming everything tried.
    void finished(const radar::FeedPreview &preview);

private:
    void askNext();
    void fetched(const FetchResult &result);
    void parsed(quint64 generation, const ParseOutcome &outcome);
    void fail(const QString &message);
    void report(const FeedPreview &preview);
    QString failureMessage() const;

    FetchPolicy m_policy;
    FeedFetcher *m_fetcher = nullptr; // replaced on cancel, which aborts its transfers
    std::shared_ptr<ProbeMailbox> m_mailbox; // where parses on the pool post their results
    quint64 m_generation = 0; // of the probe under way; answers to older ones are dropped
    bool m_busy = false;

    FeedKind m_kind = FeedKind::Auto;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QList<QUrl> m_candidates;
    qsizetype m_next = 0;
    FeedPreview m_preview; // pasted and tried so far
    QStringList m_reasons; // why each tried URL was not it, in the order tried
};

} // namespace radar
