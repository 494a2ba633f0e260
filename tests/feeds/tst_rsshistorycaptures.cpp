// SPDX-License-Identifier: GPL-3.0-or-later
// The RSS/Atom history adapter on the real Statuspage history captures in ../shared/feeds/real
// (read in place, never copied; skipped with a message when ../shared is absent).
#include "feeds/rsshistoryadapter.h"

#include "feedtesting.h"

#include <QFile>
#include <QTest>

using namespace radar;
using feedtesting::incidentEndingWith;
using feedtesting::statesOf;
using feedtesting::utc;

namespace {

QByteArray realCapture(const QString &name)
{
    QFile file(QStringLiteral(RADAR_SHARED_DIR "/feeds/real/statuspage-history/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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

} // namespace

class TestRssHistoryCaptures : public QObject
{
    Q_OBJECT
private slots:
    void realCaptures_data();
    void realCaptures();
    void realCaptureValues();
};

void TestRssHistoryCaptures::realCaptures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("incidents");
    QTest::addColumn<int>("maintenances");
    QTest::addColumn<int>("updates");
    QTest::newRow("Sauce Labs history.atom")
        << "saucelabs-us-west-1-statuspage-history-2020-11-15.atom" << 25 << 6 << 72;
    QTest::newRow("Parse history.rss") << "parse-statuspage-history-2014-01-09.rss" << 17 << 0 << 38;
}

void TestRssHistoryCaptures::realCaptures()
{
    QFETCH(QString, file);
    QFETCH(int, incidents);
    QFETCH(int, maintenances);
    QFETCH(int, updates);
    const QByteArray body = realCapture(file);
    if (body.isEmpty())
        QSKIP("../shared/feeds/real is not beside the project: real captures not checked");
    QVERIFY(rsshistory::looksLikeFeed(body));
    const Snapshot snapshot = parsed(body);
    QVERIFY2(snapshot.warnings.isEmpty(), qPrintable(snapshot.warnings.join(u'\n')));
    QCOMPARE(snapshot.cells.size(), 1);
    QCOMPARE(snapshot.cells.constFirst().status, Status::Operational); // history: everything is over
    QCOMPARE(snapshot.incidents.size(), incidents);
    int maintenanceCount = 0;
    int updateCount = 0;
    for (const Incident &each : snapshot.incidents) {
        QVERIFY2(!each.isOpen(), qPrintable(each.id));
        QVERIFY(each.url.isValid() && !each.url.isEmpty());
        QVERIFY(each.startedAt.isValid() && each.resolvedAt.isValid());
        QVERIFY2(each.startedAt <= each.resolvedAt, qPrintable(each.id));
        maintenanceCount += each.severity == Status::Maintenance;
        updateCount += each.updates.size();
        for (const IncidentUpdate &update : each.updates) {
            QVERIFY(update.at.isValid());
            QVERIFY(!update.text.contains(u'\r'));
        }
        // Every update lies near its entry's own date (no year picked wrongly).
        QVERIFY2(qAbs(each.updates.constFirst().at.daysTo(each.resolvedAt)) < 30, qPrintable(each.id));
    }
    QCOMPARE(maintenanceCount, maintenances);
    QCOMPARE(updateCount, updates);
}

void TestRssHistoryCaptures::realCaptureValues()
{
    const QByteArray atom =
        realCapture(QStringLiteral("saucelabs-us-west-1-statuspage-history-2020-11-15.atom"));
    const QByteArray rss = realCapture(QStringLiteral("parse-statuspage-history-2014-01-09.rss"));
    if (atom.isEmpty() || rss.isEmpty())
        QSKIP("../shared/feeds/real is not beside the project: real captures not checked");

    const Snapshot sauce = parsed(atom);
    QCOMPARE(sauce.providerName, QStringLiteral("Sauce Labs US West Data Center"));
    const Incident &latest = sauce.incidents.constFirst();
    QCOMPARE(latest.id, QStringLiteral("tag:status.us-west-1.saucelabs.com,2005:Incident/5566864"));
    QCOMPARE(latest.url,
             QUrl(QStringLiteral("https://status.us-west-1.saucelabs.com/incidents/08fk1fzrw8p8")));
    QCOMPARE(statesOf(latest), (QList<IncidentState> {IncidentState::Monitoring, IncidentState::Resolved}));
    QCOMPARE(latest.startedAt, utc("2020-11-14T21:51:00Z"));
    QCOMPARE(latest.resolvedAt, utc("2020-11-14T22:07:00Z"));
    const Incident *maintenance = incidentEndingWith(sauce, QStringLiteral("Incident/5345139"));
    QCOMPARE(maintenance->state, IncidentState::Completed);
    QCOMPARE(maintenance->startedAt, utc("2020-10-16T23:28:00Z")); // "Oct 16, 16:28 PDT"

    const Snapshot parse = parsed(rss);
    QCOMPARE(parse.providerName, QStringLiteral("Parse"));
    // "Oct 28, 14:48 PST" beside "Mon, 28 Oct 2013 14:48:00 -0700": the same instant.
    QCOMPARE(incidentEndingWith(parse, QStringLiteral("gtdv7rgyn76g"))->resolvedAt,
             utc("2013-10-28T21:48:00Z"));
    // The postmortem, two days after the item's pubDate, with the raw CR of the capture removed.
    const Incident *disruption = incidentEndingWith(parse, QStringLiteral("p9hy357zjvb3"));
    QCOMPARE(disruption->resolvedAt, utc("2013-12-24T19:21:00Z"));
    QCOMPARE(disruption->updates.constLast().at, utc("2013-12-26T18:22:00Z"));
    QVERIFY(disruption->updates.constLast().text.startsWith(
        QStringLiteral("# Summary of the December 24 Parse Service Disruption\n<br />")));
}

QTEST_GUILESS_MAIN(TestRssHistoryCaptures)
#include "tst_rsshistorycaptures.moc"
