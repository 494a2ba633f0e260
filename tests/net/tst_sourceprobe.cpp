// SPDX-License-Identifier: GPL-3.0-or-later
// "Add a source by URL" against real sockets: a loopback copy of several kinds of status page, each
// at its usual path, probed the way a person pastes an address (a bare page, a feed, a wrong one).
#include "feeds/feedparser.h"
#include "net/sourceprobe.h"

#include "fixtureserver.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace radar;

namespace {

using Served = QList<QPair<QString, QString>>; // request path -> file in tests/data/sourceprobe

QByteArray probeFixture(const QString &name)
{
    QFile file(QStringLiteral(RADAR_TEST_DATA_DIR "/sourceprobe/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture sourceprobe/%s", qPrintable(name));
    return file.readAll();
}

FixtureResponse serving(const QString &name, const QByteArray &body)
{
    FixtureResponse response;
    if (name.endsWith(u".json"))
        response.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    else if (name.endsWith(u".html"))
        response.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    else if (name.endsWith(u".atom"))
        response.headers = {{"Content-Type", "application/atom+xml; charset=utf-8"}};
    else
        response.headers = {{"Content-Type", "application/rss+xml; charset=utf-8"}};
    response.body = body;
    return response;
}

QStringList ids(const QList<QPair<QString, QString>> &entries)
{
    QStringList list;
    for (const auto &entry : entries)
        list.append(entry.first);
    return list;
}

// Every place a bare page address is looked for, in order (SourceProbe::candidateUrls).
const QStringList everyPlace {QStringLiteral("/api/v2/summary.json"), QStringLiteral("/summary.json"),
                              QStringLiteral("/v3/summary.json"),     QStringLiteral("/data/payload.json"),
                              QStringLiteral("/history.atom"),        QStringLiteral("/history.rss")};

} // namespace

class TestSourceProbe : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void candidates_data();
    void candidates();
    void probe_data();
    void probe();
    void progressNamesEachAddress();
    void sendsThePrivateHeader();
    void aNewProbeCancelsThePrevious();
    void cancelReportsNothing();
    void destroyedWhileParsing();
    void realStatuspageHistory_data();
    void realStatuspageHistory();

private:
    /// Runs one probe to its end and returns what it reported.
    FeedPreview run(SourceProbe &probe, const QUrl &url, FeedKind kind = FeedKind::Auto);

    std::unique_ptr<FixtureServer> m_server;
    bool m_answeredAtOnce = false;
    int m_reports = 0;
};

void TestSourceProbe::init()
{
    m_answeredAtOnce = false;
    m_reports = 0;
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->listen());
}

FeedPreview TestSourceProbe::run(SourceProbe &probe, const QUrl &url, FeedKind kind)
{
    QSignalSpy finished(&probe, &SourceProbe::finished);
    probe.probe(url, kind);
    // Never synchronous, even for an address refused at once: the caller's thread goes on.
    m_answeredAtOnce = !finished.isEmpty() || !probe.isBusy();
    if (!finished.wait(15000))
        return FeedPreview();
    m_reports = int(finished.size());
    return finished.at(0).at(0).value<FeedPreview>();
}

void TestSourceProbe::candidates_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QStringList>("expected");

    QStringList bare;
    for (const QString &path : everyPlace)
        bare.append(QStringLiteral("https://status.example.com") + path);
    QTest::newRow("bare page") << "https://status.example.com" << bare;
    QTest::newRow("bare page with a slash") << "https://status.example.com/" << bare;
    QTest::newRow("GitHub") << "https://www.githubstatus.com"
                            << QStringList {
                                   QStringLiteral("https://www.githubstatus.com/api/v2/summary.json"),
                                   QStringLiteral("https://www.githubstatus.com/summary.json"),
                                   QStringLiteral("https://www.githubstatus.com/v3/summary.json"),
                                   QStringLiteral("https://www.githubstatus.com/data/payload.json"),
                                   QStringLiteral("https://www.githubstatus.com/history.atom"),
                                   QStringLiteral("https://www.githubstatus.com/history.rss")};
    QTest::newRow("a feed's own address")
        << "https://status.example.com/history.atom"
        << QStringList {QStringLiteral("https://status.example.com/history.atom")};
    QTest::newRow("a known provider's page")
        << "https://status.cloud.google.com"
        << QStringList {QStringLiteral("https://status.cloud.google.com/incidents.json")};
    QTest::newRow("a page with a path")
        << "https://example.com/status" << QStringList {QStringLiteral("https://example.com/status")};
    QTest::newRow("a file") << "file:///tmp/summary.json"
                            << QStringList {QStringLiteral("file:///tmp/summary.json")};
}

void TestSourceProbe::candidates()
{
    QFETCH(QString, pasted);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const QUrl &url : SourceProbe::candidateUrls(QUrl(pasted)))
        actual.append(url.toString());
    QCOMPARE(actual, expected);
}

void TestSourceProbe::probe_data()
{
    QTest::addColumn<QString>("pasted"); // a path on the server, or a whole address
    QTest::addColumn<FeedKind>("kind");
    QTest::addColumn<Served>("served");
    QTest::addColumn<QStringList>("tried"); // paths, in order
    QTest::addColumn<FeedKind>("foundKind"); // Auto: nothing found
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<int>("openIncidents");
    QTest::addColumn<QStringList>("errorWords"); // the error must hold each

    const QString summary = QStringLiteral("/api/v2/summary.json");
    const QStringList github {QStringLiteral("Git Operations"), QStringLiteral("Webhooks"),
                              QStringLiteral("API Requests"),   QStringLiteral("Issues"),
                              QStringLiteral("Pull Requests"),  QStringLiteral("Actions"),
                              QStringLiteral("Packages"),       QStringLiteral("Pages"),
                              QStringLiteral("Codespaces"),     QStringLiteral("Copilot")};
    const Served githubCopy {{summary, QStringLiteral("statuspage-summary.json")}};

    QTest::newRow("Statuspage page, bare (like https://www.githubstatus.com)")
        << QString() << FeedKind::Auto << githubCopy << QStringList {summary} << FeedKind::Statuspage
        << "GitHub" << github << QStringList() << 1 << QStringList();
    QTest::newRow("Statuspage page, with a slash")
        << "/" << FeedKind::Auto << githubCopy << QStringList {summary} << FeedKind::Statuspage << "GitHub"
        << github << QStringList() << 1 << QStringList();
    QTest::newRow("Statuspage page, kind given")
        << QString() << FeedKind::Statuspage << githubCopy << QStringList {summary} << FeedKind::Statuspage
        << "GitHub" << github << QStringList() << 1 << QStringList();
    QTest::newRow("Statuspage summary's own address")
        << summary << FeedKind::Auto << githubCopy << QStringList {summary} << FeedKind::Statuspage
        << "GitHub" << github << QStringList() << 1 << QStringList();
    QTest::newRow("Instatus page, bare")
        << QString() << FeedKind::Auto
        << Served {{QStringLiteral("/summary.json"), QStringLiteral("instatus-summary.json")}}
        << everyPlace.mid(0, 2) << FeedKind::Instatus << "Shipwright" << QStringList() << QStringList() << 1
        << QStringList();
    QTest::newRow("Google Cloud incidents.json")
        << "/incidents.json" << FeedKind::Auto
        << Served {{QStringLiteral("/incidents.json"), QStringLiteral("gcp-incidents.json")}}
        << QStringList {QStringLiteral("/incidents.json")} << FeedKind::GoogleCloud << "Google Cloud"
        << QStringList {QStringLiteral("Cloud SQL"), QStringLiteral("Cloud Storage")}
        << QStringList {QStringLiteral("europe-west3"), QStringLiteral("us-central1")} << 1 << QStringList();
    QTest::newRow("RSS history feed's own address")
        << "/history.rss" << FeedKind::Auto
        << Served {{QStringLiteral("/history.rss"), QStringLiteral("history.rss")}}
        << QStringList {QStringLiteral("/history.rss")} << FeedKind::RssHistory << "Lantern" << QStringList()
        << QStringList() << 1 << QStringList();
    QTest::newRow("RSS history behind a bare page")
        << QString() << FeedKind::Auto
        << Served {{QStringLiteral("/history.rss"), QStringLiteral("history.rss")}} << everyPlace
        << FeedKind::RssHistory << "Lantern" << QStringList() << QStringList() << 1 << QStringList();
    QTest::newRow("nothing anywhere (every place 404)")
        << QString() << FeedKind::Auto << Served() << everyPlace << FeedKind::Auto << QString()
        << QStringList() << QStringList() << 0
        << QStringList {QStringLiteral("No status feed found at http://127.0.0.1:"),
                        QStringLiteral("HTTP 404"),
                        QStringLiteral("/api/v2/summary.json"),
                        QStringLiteral("/summary.json"),
                        QStringLiteral("/history.rss"),
                        QStringLiteral("Paste the feed's own address"),
                        QStringLiteral("pick its kind")};
    QTest::newRow("a web page, not a feed")
        << "/status" << FeedKind::Auto << Served {{QStringLiteral("/status"), QStringLiteral("page.html")}}
        << QStringList {QStringLiteral("/status")} << FeedKind::Auto << QString() << QStringList()
        << QStringList() << 0
        << QStringList {QStringLiteral("No status feed found at"),
                        QStringLiteral("/status: a web page, not a status feed"),
                        QStringLiteral("Paste the feed's own address")};
    QTest::newRow("a kind that does not match")
        << summary << FeedKind::GoogleCloud << githubCopy << QStringList {summary} << FeedKind::Auto
        << QString() << QStringList() << QStringList() << 0
        << QStringList {QStringLiteral("No Google Cloud feed found at"),
                        QStringLiteral(
                            "not a feed of the kind chosen (Google Cloud): it looks like Statuspage instead"),
                        QStringLiteral("choose Automatic")};
    QTest::newRow("an address that is no http, https or file")
        << "ftp://127.0.0.1/summary.json" << FeedKind::Auto << Served() << QStringList() << FeedKind::Auto
        << QString() << QStringList() << QStringList() << 0
        << QStringList {QStringLiteral("ftp://127.0.0.1/summary.json"),
                        QStringLiteral("http://, https:// or file://")};
    QTest::newRow("a file")
        << QUrl::fromLocalFile(QStringLiteral(RADAR_TEST_DATA_DIR "/sourceprobe/gcp-incidents.json"))
               .toString()
        << FeedKind::Auto << Served()
        << QStringList {QUrl::fromLocalFile(
                            QStringLiteral(RADAR_TEST_DATA_DIR "/sourceprobe/gcp-incidents.json"))
                            .toString()}
        << FeedKind::GoogleCloud << "Google Cloud"
        << QStringList {QStringLiteral("Cloud SQL"), QStringLiteral("Cloud Storage")}
        << QStringList {QStringLiteral("europe-west3"), QStringLiteral("us-central1")} << 1 << QStringList();
}

void TestSourceProbe::probe()
{
    QFETCH(QString, pasted);
    QFETCH(FeedKind, kind);
    QFETCH(Served, served);
    QFETCH(QStringList, tried);
    QFETCH(FeedKind, foundKind);
    QFETCH(QString, provider);
    QFETCH(QStringList, services);
    QFETCH(QStringList, regions);
    QFETCH(int, openIncidents);
    QFETCH(QStringList, errorWords);

    for (const auto &[path, file] : served)
        m_server->setResponse(path, serving(file, probeFixture(file)));
    const bool local = pasted.isEmpty() || pasted.startsWith(u'/');
    const QUrl url = local ? m_server->url(pasted) : QUrl(pasted);
    const auto address = [&](const QString &path) {
        return path.startsWith(u'/') ? m_server->url(path) : QUrl(path);
    };

    SourceProbe probe;
    const FeedPreview preview = run(probe, url, kind);
    QVERIFY(!m_answeredAtOnce);
    QCOMPARE(m_reports, 1);
    QVERIFY(!probe.isBusy());
    QCOMPARE(preview.pasted, url);
    QStringList triedPaths;
    for (const QString &each : preview.tried) {
        const QUrl asked(each);
        triedPaths.append(asked.scheme() == QLatin1StringView("http") ? asked.path() : each);
    }
    QCOMPARE(triedPaths, tried);
    // The places named were asked, each once, and nothing else.
    qsizetype onServer = 0;
    for (const QString &path : tried) {
        if (path.startsWith(u'/')) {
            QCOMPARE(m_server->requestCount(path), 1);
            ++onServer;
        }
    }
    QCOMPARE(m_server->requests().size(), onServer);

    if (foundKind == FeedKind::Auto) {
        QVERIFY(!preview.ok());
        for (const QString &word : errorWords)
            QVERIFY2(preview.error.contains(word), qPrintable(preview.error));
        return;
    }
    QVERIFY2(preview.ok(), qPrintable(preview.error));
    QCOMPARE(preview.kind, foundKind);
    QCOMPARE(preview.feedUrl, address(tried.constLast()));
    QCOMPARE(preview.providerName, provider);
    QCOMPARE(ids(preview.services), services);
    QCOMPARE(ids(preview.regions), regions);
    QCOMPARE(preview.openIncidents, openIncidents);
}

void TestSourceProbe::progressNamesEachAddress()
{
    m_server->setResponse(QStringLiteral("/history.atom"),
                          serving(QStringLiteral("page.html"), probeFixture(QStringLiteral("page.html"))));
    SourceProbe probe;
    QSignalSpy progress(&probe, &SourceProbe::progress);
    QVERIFY(progress.isValid());
    const FeedPreview preview = run(probe, m_server->url(QString()));
    QVERIFY(!preview.ok());
    QStringList messages;
    for (const QList<QVariant> &arguments : std::as_const(progress))
        messages.append(arguments.at(0).toString());
    // One "Asking" per place, in order, and a "Reading" for the one that answered.
    QStringList asking;
    for (const QString &message : std::as_const(messages)) {
        if (message.startsWith(QLatin1StringView("Asking ")))
            asking.append(message);
    }
    QCOMPARE(asking.size(), everyPlace.size());
    for (qsizetype i = 0; i < everyPlace.size(); ++i)
        QVERIFY2(asking.at(i).contains(m_server->url(everyPlace.at(i)).toString()), qPrintable(asking.at(i)));
    QCOMPARE(messages.filter(QStringLiteral("Reading what")).size(), 1);
    QVERIFY2(preview.error.contains(QStringLiteral("/history.atom: a web page, not a status feed")),
             qPrintable(preview.error));
}

void TestSourceProbe::sendsThePrivateHeader()
{
    const QString path = QStringLiteral("/api/v2/summary.json");
    m_server->setResponse(
        path, serving(QStringLiteral("s.json"), probeFixture(QStringLiteral("statuspage-summary.json"))));
    SourceProbe probe;
    QSignalSpy finished(&probe, &SourceProbe::finished);
    QVERIFY(finished.isValid());
    probe.probe(m_server->url(path), FeedKind::Auto, {{"Authorization", "Bearer s3cret"}});
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.at(0).at(0).value<FeedPreview>().ok());
    QCOMPARE(m_server->requestHeader(0, "Authorization"), QByteArray("Bearer s3cret"));
}

void TestSourceProbe::aNewProbeCancelsThePrevious()
{
    FixtureResponse stall;
    stall.behaviour = FixtureResponse::Behaviour::Stall;
    m_server->setResponse(QStringLiteral("/stalled/feed.json"), stall);
    m_server->setResponse(
        QStringLiteral("/api/v2/summary.json"),
        serving(QStringLiteral("s.json"), probeFixture(QStringLiteral("statuspage-summary.json"))));
    SourceProbe probe;
    QSignalSpy finished(&probe, &SourceProbe::finished);
    QVERIFY(finished.isValid());
    probe.probe(m_server->url(QStringLiteral("/stalled/feed.json")));
    QTRY_COMPARE(m_server->activeRequests(), 1);
    probe.probe(m_server->url(QString()));
    QVERIFY(finished.wait(15000));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1); // the first probe says nothing
    const FeedPreview preview = finished.at(0).at(0).value<FeedPreview>();
    QVERIFY2(preview.ok(), qPrintable(preview.error));
    QCOMPARE(preview.pasted, m_server->url(QString()));
    QCOMPARE(preview.providerName, QStringLiteral("GitHub"));
    // The stalled transfer was aborted, not left to time out.
    QTRY_COMPARE(m_server->activeRequests(), 0);
}

void TestSourceProbe::cancelReportsNothing()
{
    FixtureResponse stall;
    stall.behaviour = FixtureResponse::Behaviour::Stall;
    m_server->setResponse(QStringLiteral("/api/v2/summary.json"), stall);
    SourceProbe probe;
    QSignalSpy finished(&probe, &SourceProbe::finished);
    QVERIFY(finished.isValid());
    probe.probe(m_server->url(QString()));
    QVERIFY(probe.isBusy());
    QTRY_COMPARE(m_server->activeRequests(), 1);
    probe.cancel();
    QVERIFY(!probe.isBusy());
    QTRY_COMPARE(m_server->activeRequests(), 0);
    QTest::qWait(200);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_server->requests().size(), 1); // and the next places were not asked
}

void TestSourceProbe::destroyedWhileParsing()
{
    m_server->setResponse(
        QStringLiteral("/incidents.json"),
        serving(QStringLiteral("g.json"), probeFixture(QStringLiteral("gcp-incidents.json"))));
    auto *probe = new SourceProbe;
    QPointer<SourceProbe> guard(probe);
    QSignalSpy finished(probe, &SourceProbe::finished);
    QVERIFY(finished.isValid());
    // Destroyed as soon as the answer went to the pool for parsing; the parse must not post to it.
    connect(probe, &SourceProbe::progress, probe, [probe](const QString &message) {
        if (message.startsWith(QLatin1StringView("Reading")))
            probe->deleteLater();
    });
    probe->probe(m_server->url(QStringLiteral("/incidents.json")));
    QTRY_VERIFY(guard.isNull());
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QCoreApplication::processEvents();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
}

void TestSourceProbe::realStatuspageHistory_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::newRow("history.atom (Sauce Labs, 2020)")
        << "saucelabs-us-west-1-statuspage-history-2020-11-15.atom"
        << "/history.atom";
    QTest::newRow("history.rss (Parse, 2014)") << "parse-statuspage-history-2014-01-09.rss"
                                               << "/history.rss";
}

// Real Statuspage history feeds from ../shared, served from 127.0.0.1 behind a bare page address
// whose JSON API is missing: the probe must find them where such pages keep them.
void TestSourceProbe::realStatuspageHistory()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFile capture(QStringLiteral(RADAR_SHARED_DIR "/feeds/real/statuspage-history/") + file);
    if (!capture.exists())
        QSKIP(qPrintable(QStringLiteral("the real captures are not here (%1): ../shared is absent")
                             .arg(capture.fileName())));
    QVERIFY(capture.open(QIODevice::ReadOnly));
    const QByteArray body = capture.readAll();
    m_server->setResponse(path, serving(file, body));

    SourceProbe probe;
    const FeedPreview preview = run(probe, m_server->url(QString()));
    QVERIFY2(preview.ok(), qPrintable(preview.error));
    QCOMPARE(preview.kind, FeedKind::RssHistory);
    QCOMPARE(preview.feedUrl, m_server->url(path));
    QCOMPARE(preview.tried.constLast(), m_server->url(path).toString());
    QVERIFY(preview.tried.size() > 1);

    // What the probe shows is what the poller will read from the same bytes.
    const ParseResult direct =
        parseFeed(FeedKind::RssHistory, body, {QStringLiteral("x"), m_server->url(path)});
    QVERIFY(direct.ok());
    const FeedPreview expected = FeedPreview::fromSnapshot(*direct.snapshot);
    QCOMPARE(preview.providerName, expected.providerName);
    QVERIFY(!preview.providerName.isEmpty());
    QCOMPARE(preview.openIncidents, expected.openIncidents);
    QCOMPARE(preview.services, expected.services);
}

QTEST_GUILESS_MAIN(TestSourceProbe)
#include "tst_sourceprobe.moc"
