// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceprobe.h"

#include "feedfetcher.h"

#include "domain/sourcerules.h"
#include "feeds/feedparser.h"
#include "feeds/feedurl.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>
#include <QTimer>

#include <optional>

namespace radar {

/// Where a parse on the thread pool posts its result. The probe's destructor clears `probe` under
/// the lock, so a result is never posted to a probe being destroyed; a QPointer alone could not
/// promise that, as it may be read on the pool just before the probe dies on its own thread.
struct ProbeMailbox
{
    QMutex mutex;
    SourceProbe *probe = nullptr;
};

/// What the pool made of one answer.
struct ParseOutcome
{
    QUrl url;
    std::optional<FeedPreview> preview; // set when the bytes read as a feed
    QString error; // the adapter's words otherwise
    FeedKind looksLike = FeedKind::Auto; // what detection says, when a chosen kind did not read
    bool webPage = false;
    bool emptyList = false;
};

namespace {

// For a bare page address, the places status engines serve their feeds, asked after
// feedUrlFor()'s /api/v2/summary.json (Atlassian Statuspage and incident.io's imitation).
// Each is one request; an address that answers none of them is no status page we know.
constexpr const char *bareSiteFeedPaths[] = {
    "/summary.json", // Instatus
    "/v3/summary.json", // newer Instatus pages
    "/data/payload.json", // FireHydrant
    "/history.atom", // Statuspage and incident.io incident history, for pages without the JSON API
    "/history.rss",
};

bool isBarePage(const QUrl &url)
{
    return url.path().isEmpty() || url.path() == QLatin1StringView("/");
}

bool looksLikeWebPage(const QByteArray &body)
{
    const QByteArray head = body.left(1024).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")
        || head.contains("<head") || head.contains("<body");
}

bool isEmptyJsonList(const QByteArray &body)
{
    QByteArray compact = body.trimmed();
    compact.replace(' ', QByteArray()).replace('\n', QByteArray()).replace('\r', QByteArray());
    return compact == "[]";
}

/// Runs on the thread pool: detection and parsing read the whole body, which may be megabytes.
ParseOutcome read(FeedKind chosen, const QByteArray &body, const QUrl &url)
{
    ParseOutcome outcome;
    outcome.url = url;
    const FeedContext context {QStringLiteral("preview"), url};
    const FeedKind kind = chosen == FeedKind::Auto ? detectFeedKind(body, url) : chosen;
    if (kind == FeedKind::Auto) {
        outcome.webPage = looksLikeWebPage(body);
        outcome.emptyList = isEmptyJsonList(body);
        outcome.error = parseFeed(FeedKind::Auto, body, context).error;
        return outcome;
    }
    const ParseResult parsed = parseFeed(kind, body, context);
    if (!parsed.ok()) {
        outcome.error = parsed.error;
        outcome.webPage = looksLikeWebPage(body);
        if (chosen != FeedKind::Auto)
            outcome.looksLike = detectFeedKind(body, url);
        return outcome;
    }
    FeedPreview preview = FeedPreview::fromSnapshot(*parsed.snapshot);
    preview.kind = kind;
    preview.feedUrl = url;
    outcome.preview = preview;
    return outcome;
}

} // namespace

SourceProbe::SourceProbe(FetchPolicy policy, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
    , m_mailbox(std::make_shared<ProbeMailbox>())
{
    m_mailbox->probe = this;
}

SourceProbe::~SourceProbe()
{
    const QMutexLocker locker(&m_mailbox->mutex);
    m_mailbox->probe = nullptr;
}

QList<QUrl> SourceProbe::candidateUrls(const QUrl &pasted)
{
    const QUrl first = feedUrlFor(pasted);
    QList<QUrl> candidates {first};
    // A known provider's page resolves to its one feed; only a page feedUrlFor() could but guess
    // at (a Statuspage's summary on the same site) is worth asking further.
    const bool guessed =
        first.host() == pasted.host() && first.path() == QLatin1StringView("/api/v2/summary.json");
    if (pasted.isLocalFile() || !isBarePage(pasted) || !guessed)
        return candidates;
    for (const char *path : bareSiteFeedPaths) {
        QUrl candidate = first;
        candidate.setPath(QString::fromLatin1(path));
        candidates.append(candidate);
    }
    return candidates;
}

void SourceProbe::probe(const QUrl &pasted, FeedKind kind,
                        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    cancel();
    m_busy = true;
    m_kind = kind;
    m_headers = headers;
    m_preview = FeedPreview();
    m_preview.pasted = pasted;
    m_reasons.clear();
    m_next = 0;

    const QString scheme = pasted.scheme();
    const bool web = scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https");
    if (!pasted.isValid() || !(pasted.isLocalFile() || (web && !pasted.host().isEmpty()))) {
        m_candidates.clear();
        // Reported from the event loop all the same, so callers see one order of events.
        QTimer::singleShot(0, this, [this, generation = m_generation, pasted] {
            if (generation == m_generation)
                fail(tr("“%1” is not an address Outage Radar can read: use an http://, https:// or "
                        "file:// address.")
                         .arg(pasted.toDisplayString()));
        });
        return;
    }
    m_candidates = candidateUrls(pasted);
    askNext();
}

void SourceProbe::cancel()
{
    ++m_generation;
    m_busy = false;
    // The fetcher cannot abort one transfer; deleting it aborts them all, which is what is wanted.
    if (m_fetcher && m_fetcher->activeCount() > 0) {
        m_fetcher->disconnect(this);
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
    }
}

void SourceProbe::askNext()
{
    if (m_next >= m_candidates.size())
        return fail(failureMessage());
    const QUrl url = m_candidates.at(m_next++);
    m_preview.tried.append(url.toDisplayString());
    if (!m_fetcher) {
        m_fetcher = new FeedFetcher(m_policy, this);
        connect(m_fetcher, &FeedFetcher::finished, this, &SourceProbe::fetched);
    }
    emit progress(tr("Asking %1…").arg(url.toDisplayString()));
    FetchRequest request;
    request.sourceId = QStringLiteral("preview");
    request.url = url;
    request.headers = m_headers;
    request.ticket = m_generation;
    m_fetcher->fetch(request);
}

void SourceProbe::fetched(const FetchResult &result)
{
    if (!m_busy || result.ticket != m_generation)
        return;
    if (!result.ok()) {
        m_reasons.append(result.error);
        return askNext();
    }
    emit progress(tr("Reading what %1 sent…").arg(result.url.toDisplayString()));
    QThreadPool::globalInstance()->start([mailbox = m_mailbox, generation = m_generation, kind = m_kind,
                                          body = result.body, url = result.url] {
        const ParseOutcome outcome = read(kind, body, url);
        const QMutexLocker locker(&mailbox->mutex);
        if (SourceProbe *probe = mailbox->probe) {
            QMetaObject::invokeMethod(
                probe, [probe, generation, outcome] { probe->parsed(generation, outcome); },
                Qt::QueuedConnection);
        }
    });
}

void SourceProbe::parsed(quint64 generation, const ParseOutcome &outcome)
{
    if (!m_busy || generation != m_generation)
        return;
    if (outcome.preview) {
        FeedPreview preview = *outcome.preview;
        preview.pasted = m_preview.pasted;
        preview.tried = m_preview.tried;
        return report(preview);
    }
    if (outcome.webPage) {
        m_reasons.append(tr("a web page, not a status feed"));
    } else if (outcome.emptyList) {
        m_reasons.append(tr("an empty list, which does not tell which provider it is from: pick the kind"));
    } else if (m_kind != FeedKind::Auto && outcome.looksLike != FeedKind::Auto
               && outcome.looksLike != m_kind) {
        m_reasons.append(tr("not a feed of the kind chosen (%1): it looks like %2 instead")
                             .arg(feedKindText(m_kind), feedKindText(outcome.looksLike)));
    } else if (m_kind != FeedKind::Auto) {
        m_reasons.append(
            tr("not a feed of the kind chosen (%1): %2").arg(feedKindText(m_kind), outcome.error));
    } else {
        m_reasons.append(outcome.error);
    }
    askNext();
}

QString SourceProbe::failureMessage() const
{
    QStringList lines;
    for (qsizetype i = 0; i < m_preview.tried.size(); ++i) {
        lines.append(QStringLiteral("• %1: %2").arg(m_preview.tried.at(i), m_reasons.value(i)));
    }
    const QString pasted = m_preview.pasted.toDisplayString();
    if (m_kind != FeedKind::Auto) {
        return tr("No %1 feed found at %2. Tried:\n%3\nCheck the address, or choose Automatic so that "
                  "Outage Radar detects the kind of feed.")
            .arg(feedKindText(m_kind), pasted, lines.join(u'\n'));
    }
    return tr("No status feed found at %1. Tried:\n%2\nPaste the feed's own address (such as "
              "https://status.example.com/api/v2/summary.json, or an RSS or Atom feed), or pick its kind.")
        .arg(pasted, lines.join(u'\n'));
}

void SourceProbe::fail(const QString &message)
{
    FeedPreview preview = m_preview;
    preview.error = message;
    report(preview);
}

void SourceProbe::report(const FeedPreview &preview)
{
    m_busy = false;
    emit finished(preview);
}

} // namespace radar
