// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/rsshistoryadapter.h"

#include "feedtesting.h"

#include <QFile>
#include <QTest>

using namespace radar;
using feedtesting::incidentEndingWith;
using feedtesting::statesOf;
using feedtesting::utc;

namespace {

QByteArray fixture(const QString &name)
{
    return feedtesting::fixture(QStringLiteral("rss"), name);
}

const FeedContext context {QStringLiteral("example"),
                           QUrl(QStringLiteral("https://status.example.test/history.atom"))};

Snapshot parsed(const QByteArray &body)
{
    const ParseResult result = rsshistory::parseFeed(body, context);
    if (!result.ok())
        qFatal("did not parse: %s", qPrintable(result.error));
    return *result.snapshot;
}

// An Atom history feed around Statuspage-style entries, for the summary rows.
QByteArray atomWith(const QStringList &entryWords)
{
    QByteArray body = R"(<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>)";
    int number = 0;
    for (const QString &words : entryWords) {
        QString html;
        const QStringList steps = words.split(u'/');
        for (int i = 0; i < steps.size(); ++i)
            html.prepend(QStringLiteral("<p><small>Nov 20, 09:%1 UTC</small><br><strong>%2</strong> - x</p>")
                             .arg(10 + i)
                             .arg(steps[i]));
        html.replace(u'&', QLatin1StringView("&amp;")).replace(u'<', QLatin1StringView("&lt;"));
        body += QStringLiteral("<entry><id>e%1</id><updated>2026-11-20T10:00:00Z</updated><title>t</title>"
                               "<content type=\"html\">%2</content></entry>")
                    .arg(++number)
                    .arg(html)
                    .toUtf8();
    }
    return body + "</feed>";
}

} // namespace

class TestRssHistoryAdapter : public QObject
{
    Q_OBJECT
private slots:
    void updateWords_data();
    void updateWords();
    void resolvedWords_data();
    void resolvedWords();
    void summary_data();
    void summary();
    void statuspageAtom();
    void statuspageRss();
    void otherFeeds_data();
    void otherFeeds();
    void atomWithoutNamespace();
    void itemsAreCapped();
    void hostileInput_data();
    void hostileInput();
    void detection_data();
    void detection();
};

void TestRssHistoryAdapter::updateWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("expected"); // -1: no state of its own
    QTest::addColumn<bool>("keeps");
    QTest::newRow("Investigating") << "Investigating" << int(IncidentState::Investigating) << false;
    QTest::newRow("Identified") << "Identified" << int(IncidentState::Identified) << false;
    QTest::newRow("Monitoring") << "Monitoring" << int(IncidentState::Monitoring) << false;
    QTest::newRow("Resolved") << "Resolved" << int(IncidentState::Resolved) << false;
    QTest::newRow("Postmortem") << "Postmortem" << int(IncidentState::Resolved) << false;
    QTest::newRow("Scheduled") << "Scheduled" << int(IncidentState::Scheduled) << false;
    QTest::newRow("In progress") << "In progress" << int(IncidentState::InProgress) << false;
    QTest::newRow("Verifying") << "Verifying" << int(IncidentState::InProgress) << false;
    QTest::newRow("Completed") << "Completed" << int(IncidentState::Completed) << false;
    QTest::newRow("Update keeps the state") << "Update" << -1 << true;
    QTest::newRow("any case, extra spaces") << " in  PROGRESS " << int(IncidentState::InProgress) << false;
    QTest::newRow("unknown") << "Escalated" << -1 << false;
}

void TestRssHistoryAdapter::updateWords()
{
    QFETCH(QString, word);
    QFETCH(int, expected);
    QFETCH(bool, keeps);
    const std::optional<IncidentState> state = rsshistory::updateState(word);
    QCOMPARE(state ? int(*state) : -1, expected);
    QCOMPARE(rsshistory::keepsState(word), keeps);
}

void TestRssHistoryAdapter::resolvedWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("resolved");
    QTest::newRow("[RESOLVED] tag") << "[RESOLVED] Control panel logins failing" << true;
    QTest::newRow("sentence") << "The issue is now Resolved and queues are empty." << true;
    QTest::newRow("end of text") << "resolved" << true;
    QTest::newRow("unresolved") << "Unresolved DNS lookups" << false;
    QTest::newRow("longer word") << "resolvedness" << false;
    QTest::newRow("nothing") << "Packet loss in Amsterdam" << false;
    QTest::newRow("empty") << "" << false;
}

void TestRssHistoryAdapter::resolvedWords()
{
    QFETCH(QString, text);
    QFETCH(bool, resolved);
    QCOMPARE(rsshistory::saysResolved(text), resolved);
}

void TestRssHistoryAdapter::summary_data()
{
    QTest::addColumn<QStringList>("entries"); // each entry's words, oldest first, split by '/'
    QTest::addColumn<Status>("summary");
    QTest::newRow("nothing") << QStringList {} << Status::Operational;
    QTest::newRow("all resolved") << QStringList {"Investigating/Resolved", "Completed"}
                                  << Status::Operational;
    QTest::newRow("one open") << QStringList {"Investigating/Monitoring", "Resolved"} << Status::Degraded;
    QTest::newRow("maintenance announced") << QStringList {"Scheduled"} << Status::Operational;
    QTest::newRow("maintenance running") << QStringList {"Scheduled/In progress"} << Status::Maintenance;
    QTest::newRow("maintenance verifying")
        << QStringList {"Scheduled/In progress/Verifying"} << Status::Maintenance;
    QTest::newRow("running maintenance and open incident")
        << QStringList {"Scheduled/In progress", "Identified/Update"} << Status::Degraded;
    QTest::newRow("update after resolved stays resolved")
        << QStringList {"Resolved/Update"} << Status::Operational;
}

void TestRssHistoryAdapter::summary()
{
    QFETCH(QStringList, entries);
    QFETCH(Status, summary);
    const Snapshot snapshot = parsed(atomWith(entries));
    QCOMPARE(snapshot.cells.size(), 1);
    QVERIFY(snapshot.cells.constFirst().key.isProviderSummary());
    QCOMPARE(snapshot.cells.constFirst().status, summary);
    QCOMPARE(snapshot.incidents.size(), entries.size());
    QVERIFY(snapshot.warnings.isEmpty());
}

void TestRssHistoryAdapter::statuspageAtom()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("statuspage-history.atom")));
    QCOMPARE(snapshot.providerName, QStringLiteral("Example Cloud"));
    QCOMPARE(snapshot.cells.size(), 1);
    const CellReport &summary = snapshot.cells.constFirst();
    QCOMPARE(summary.key, (CellKey {QStringLiteral("example"), QString(), QStringLiteral("global")}));
    QCOMPARE(summary.status, Status::Degraded);
    QCOMPARE(summary.since, utc("2026-11-20T17:12:00Z"));
    QCOMPARE(snapshot.incidents.size(), 7);
    QCOMPARE(snapshot.warnings,
             QStringList {QStringLiteral("unknown update status \"Escalated\" read as the previous state")});

    const Incident *open = incidentEndingWith(snapshot, QStringLiteral("Incident/9001"));
    QVERIFY(open);
    QCOMPARE(open->id, QStringLiteral("tag:status.example.test,2005:Incident/9001"));
    QCOMPARE(open->title, QStringLiteral("Delayed webhook deliveries"));
    QCOMPARE(open->url, QUrl(QStringLiteral("https://status.example.test/incidents/k1webhooks")));
    QCOMPARE(open->severity, Status::Degraded);
    QCOMPARE(open->state, IncidentState::Identified);
    QCOMPARE(open->startedAt, utc("2026-11-20T17:12:00Z"));
    QVERIFY(!open->resolvedAt.isValid());
    QCOMPARE(open->affected, QList<CellKey> {summary.key});
    QCOMPARE(statesOf(*open),
             (QList<IncidentState> {IncidentState::Investigating, IncidentState::Investigating,
                                    IncidentState::Identified}));
    QCOMPARE(open->updates[1].at, utc("2026-11-20T17:40:00Z"));
    QCOMPARE(
        open->updates[2].text,
        QStringLiteral("A faulty load balancer is delaying deliveries to some endpoints &amp; retries."));

    const Incident *running = incidentEndingWith(snapshot, QStringLiteral("Incident/9000"));
    QCOMPARE(running->severity, Status::Maintenance);
    QCOMPARE(running->state, IncidentState::InProgress);
    QCOMPARE(running->startedAt, utc("2026-11-12T23:00:00Z"));

    const Incident *postmortem = incidentEndingWith(snapshot, QStringLiteral("Incident/8990"));
    QCOMPARE(postmortem->state, IncidentState::Resolved);
    QCOMPARE(postmortem->resolvedAt, utc("2026-11-03T20:30:00Z"));
    QCOMPARE(postmortem->updates.constLast().at, utc("2026-11-06T00:40:00Z"));

    const Incident *newYear = incidentEndingWith(snapshot, QStringLiteral("Incident/8500"));
    QCOMPARE(newYear->startedAt, utc("2026-01-01T07:05:00Z"));
    QCOMPARE(newYear->resolvedAt, utc("2026-01-01T08:40:00Z"));

    const Incident *completed = incidentEndingWith(snapshot, QStringLiteral("Incident/8400"));
    QCOMPARE(completed->severity, Status::Maintenance);
    QCOMPARE(statesOf(*completed),
             (QList<IncidentState> {IncidentState::Scheduled, IncidentState::InProgress,
                                    IncidentState::InProgress, IncidentState::Completed}));
    QCOMPARE(completed->startedAt, utc("2025-07-10T16:00:00Z"));
    QCOMPARE(completed->resolvedAt, utc("2025-07-15T10:00:00Z"));

    // No update paragraphs: one update with the whole content, resolved by its wording.
    const Incident *plain = incidentEndingWith(snapshot, QStringLiteral("Incident/8300"));
    QCOMPARE(plain->state, IncidentState::Resolved);
    QCOMPARE(plain->updates.size(), 1);
    QVERIFY(plain->updates[0].text.startsWith(QStringLiteral("<p>Some pages load slowly")));
    QCOMPARE(plain->startedAt, utc("2025-06-01T17:00:00Z"));
    QCOMPARE(plain->resolvedAt, utc("2025-06-01T17:20:00Z"));

    const Incident *escalated = incidentEndingWith(snapshot, QStringLiteral("Incident/8200"));
    QCOMPARE(statesOf(*escalated),
             (QList<IncidentState> {IncidentState::Investigating, IncidentState::Investigating,
                                    IncidentState::Resolved}));
}

void TestRssHistoryAdapter::statuspageRss()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("statuspage-history.rss")));
    QCOMPARE(snapshot.providerName, QStringLiteral("Example Mobile"));
    QCOMPARE(snapshot.cells.constFirst().status, Status::Operational);
    QCOMPARE(snapshot.incidents.size(), 3);
    QVERIFY(snapshot.warnings.isEmpty());

    const Incident &first = snapshot.incidents[0];
    QCOMPARE(first.id, QStringLiteral("http://status.mobile.example.test/incidents/lzf7mjch"));
    QCOMPARE(first.startedAt, utc("2026-01-01T16:17:00Z"));
    QCOMPARE(first.resolvedAt, utc("2026-01-01T17:09:00Z"));
    QCOMPARE(first.updates.size(), 3);

    // "PST" in August beside a -0700 pubDate: the resolution lands on the pubDate, not an hour later.
    const Incident &summer = snapshot.incidents[1];
    QCOMPARE(summer.resolvedAt, utc("2025-08-20T19:56:00Z"));
    QCOMPARE(statesOf(summer),
             (QList<IncidentState> {IncidentState::Identified, IncidentState::Identified,
                                    IncidentState::Resolved}));

    const Incident &postmortem = snapshot.incidents[2];
    QCOMPARE(postmortem.state, IncidentState::Resolved);
    QCOMPARE(postmortem.resolvedAt, utc("2025-12-24T19:21:00Z"));
    QCOMPARE(postmortem.updates.constLast().at, utc("2025-12-26T18:22:00Z"));
    QVERIFY(!postmortem.updates.constLast().text.contains(u'\r'));
    QVERIFY(postmortem.updates.constLast().text.contains(QStringLiteral("disruption\n<br />")));
}

void TestRssHistoryAdapter::otherFeeds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("providerName");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<IncidentState>>("states");
    QTest::addColumn<QList<QDateTime>>("started");
    QTest::addColumn<QStringList>("urls");
    QTest::newRow("RSS") << "generic.rss"
                         << "Hostly network notices"
                         << QStringList {"notice-412", "https://www.hostly.example.test/notices/411",
                                         "https://www.hostly.example.test/notices/410",
                                         "https://www.hostly.example.test/notices/409"}
                         << QList<IncidentState> {IncidentState::Investigating, IncidentState::Resolved,
                                                  IncidentState::Resolved, IncidentState::Investigating}
                         << QList<QDateTime> {utc("2026-11-21T08:10:00Z"), utc("2026-11-19T14:00:00Z"),
                                              utc("2026-11-17T09:30:00Z"), utc("2026-11-16T22:45:00Z")}
                         << QStringList {"https://www.hostly.example.test/notices/412",
                                         "https://www.hostly.example.test/notices/411",
                                         "https://www.hostly.example.test/notices/410",
                                         "https://www.hostly.example.test/notices/409"};
    QTest::newRow("Atom") << "generic.atom"
                          << "Queuely platform status"
                          << QStringList {"urn:uuid:5d6c1a22-0b7e-4f0e-8a1e-6b9e2f3c4d51",
                                          "urn:uuid:0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9"}
                          << QList<IncidentState> {IncidentState::Investigating, IncidentState::Resolved}
                          << QList<QDateTime> {utc("2026-11-21T10:00:00Z"), utc("2026-11-18T05:00:00Z")}
                          << QStringList {"https://queuely.example.test/status/2026-11-21-lag",
                                          "https://queuely.example.test/status"};
}

void TestRssHistoryAdapter::otherFeeds()
{
    QFETCH(QString, file);
    QFETCH(QString, providerName);
    QFETCH(QStringList, ids);
    QFETCH(QList<IncidentState>, states);
    QFETCH(QList<QDateTime>, started);
    QFETCH(QStringList, urls);
    const Snapshot snapshot = parsed(fixture(file));
    QCOMPARE(snapshot.providerName, providerName);
    QCOMPARE(snapshot.cells.size(), 1);
    QCOMPARE(snapshot.cells.constFirst().status, Status::Degraded);
    QVERIFY(snapshot.warnings.isEmpty());
    QCOMPARE(snapshot.incidents.size(), ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        const Incident &each = snapshot.incidents[i];
        QCOMPARE(each.id, ids[i]);
        QCOMPARE(each.state, states[i]);
        QCOMPARE(each.severity, Status::Degraded);
        QCOMPARE(each.startedAt, started[i]);
        QCOMPARE(each.url, QUrl(urls[i]));
        QCOMPARE(each.updates.size(), 1);
        QCOMPARE(each.updates[0].at, started[i]);
        QVERIFY(!each.updates[0].text.isEmpty());
        QCOMPARE(each.resolvedAt.isValid(), states[i] == IncidentState::Resolved);
    }
}

void TestRssHistoryAdapter::atomWithoutNamespace()
{
    const Snapshot snapshot =
        parsed("<feed><title>Bare</title><link href=\"https://bare.example.test/\"/>"
               "<entry><id>1</id><title>Down</title><updated>2026-11-20T10:00:00Z</updated>"
               "<content>All requests fail.</content></entry></feed>");
    QCOMPARE(snapshot.providerName, QStringLiteral("Bare"));
    QCOMPARE(snapshot.incidents.size(), 1);
    QCOMPARE(snapshot.incidents[0].updates[0].text, QStringLiteral("All requests fail."));
    QCOMPARE(snapshot.incidents[0].url, QUrl(QStringLiteral("https://bare.example.test/")));
}

void TestRssHistoryAdapter::itemsAreCapped()
{
    QByteArray body = "<rss><channel><title>Many</title>";
    for (int i = 0; i < 2001; ++i)
        body += "<item><guid>" + QByteArray::number(i) + "</guid><title>Resolved</title></item>";
    const Snapshot snapshot = parsed(body + "</channel></rss>");
    QCOMPARE(snapshot.incidents.size(), 2000);
    QCOMPARE(snapshot.warnings, QStringList {QStringLiteral("only the first 2000 of 2001 items were read")});
    // Past the cap the document is still checked to its end.
    QVERIFY(!rsshistory::parseFeed(body + "</channel>", context).ok());
}

void TestRssHistoryAdapter::hostileInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("empty") << QByteArray() << "empty response";
    QTest::newRow("whitespace") << QByteArray(" \r\n\t ") << "empty response";
    QTest::newRow("truncated") << fixture(QStringLiteral("truncated.atom")) << "malformed XML at line";
    QTest::newRow("captive portal") << fixture(QStringLiteral("captive-portal.html")) << "HTML page";
    QTest::newRow("JSON") << QByteArray(R"({"page":{}})") << "malformed XML at line 1";
    QTest::newRow("wrong root")
        << QByteArray("<opml version=\"2.0\"><body/></opml>")
        << "not an RSS or Atom feed: expected <rss><channel> or an Atom <feed>, found <opml>";
    QTest::newRow("rss without channel") << QByteArray("<rss version=\"2.0\"></rss>") << "holds no <channel>";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01<", 5) << "malformed XML";
    QTest::newRow("bad encoding") << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel>"
                                                "<title>\xff\xfe</title></channel></rss>")
                                  << "malformed XML";
    QTest::newRow("deep nesting") << "<rss><channel><item>" + QByteArray(100000, 'x').replace('x', "<a>")
                                  << "malformed XML";
    QTest::newRow("deep nesting in a text element")
        << "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"xhtml\">"
            + QByteArray(100000, 'x').replace('x', "<div>")
        << "elements nested deeper than 32 levels";
    QTest::newRow("xhtml nested within the limit, then cut")
        << "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"xhtml\">"
            + QByteArray(20, 'x').replace('x', "<div>")
        << "malformed XML at line 1: Premature end of document.";
    QTest::newRow("undeclared entity")
        << QByteArray("<rss><channel><title>&nbsp;</title></channel></rss>") << "malformed XML at line 1";
    QTest::newRow("entity expansion")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a "
                      "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">"
                      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                      "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                      "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                      "]><rss><channel><title>&d;&d;&d;&d;</title></channel></rss>")
        << "malformed XML";
}

void TestRssHistoryAdapter::hostileInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorContains);
    const ParseResult result = rsshistory::parseFeed(body, context);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
    QVERIFY(!result.error.contains(u'\n'));
}

void TestRssHistoryAdapter::detection_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("feed");
    QTest::newRow("history.atom") << fixture(QStringLiteral("statuspage-history.atom")) << true;
    QTest::newRow("history.rss") << fixture(QStringLiteral("statuspage-history.rss")) << true;
    QTest::newRow("other RSS") << fixture(QStringLiteral("generic.rss")) << true;
    QTest::newRow("other Atom") << fixture(QStringLiteral("generic.atom")) << true;
    QTest::newRow("truncated after the head") << fixture(QStringLiteral("truncated.atom")) << true;
    QTest::newRow("html") << fixture(QStringLiteral("captive-portal.html")) << false;
    QTest::newRow("json") << QByteArray(R"({"status":"ok"})") << false;
    QTest::newRow("other XML") << QByteArray("<opml/>") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestRssHistoryAdapter::detection()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, feed);
    QCOMPARE(rsshistory::looksLikeFeed(body), feed);
}

QTEST_GUILESS_MAIN(TestRssHistoryAdapter)
#include "tst_rsshistoryadapter.moc"
