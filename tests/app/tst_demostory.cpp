// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's story, clock, placeholders and past, and its server over real sockets on 127.0.0.1.
#include "demohistory.h"
#include "demoserver.h"
#include "demostory.h"

#include "feeds/feedparser.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace radar;

namespace {

QByteArray storyWith(const QByteArray &sources, const QByteArray &extra = {})
{
    return R"({"schema": 1, "length": 60, "poll_interval": 5, )" + extra + R"("sources": )" + sources + "}";
}

const QByteArray oneSource =
    R"([{"id": "gh", "name": "GitHub", "kind": "statuspage", "path": "/gh/summary.json",
         "timeline": [{"at": 0, "file": "gh/quiet.json"}, {"at": 20, "status": 503}, {"at": 40, "file": "gh/out.json"}]}])";

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QByteArray contentType;
};

Reply get(QNetworkAccessManager &network, const QUrl &url, const QByteArray &ifNoneMatch = {})
{
    QNetworkRequest request(url);
    if (!ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", ifNoneMatch);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                  reply->rawHeader("ETag"), reply->rawHeader("Content-Type")};
    reply->deleteLater();
    return result;
}

} // namespace

class TestDemoStory : public QObject
{
    Q_OBJECT
private slots:
    void readsAStory()
    {
        QString error;
        const std::optional<DemoStory> story =
            DemoStory::fromJson(storyWith(oneSource, R"("watch": ["service:gh/Actions"], )"), error);
        QVERIFY2(story, qPrintable(error));
        QCOMPARE(story->length, 60);
        QCOMPARE(story->pollInterval, 5);
        QCOMPARE(story->watch, QStringList {QStringLiteral("service:gh/Actions")});
        QCOMPARE(story->sources.size(), 1);
        const DemoStory::Source &source = story->sources.constFirst();
        QCOMPARE(source.kind, FeedKind::Statuspage);
        QCOMPARE(source.contentType, QByteArray("application/json; charset=utf-8"));
        QVERIFY(!source.utf16);
        QCOMPARE(DemoStory::stepAt(source, 0).file, QStringLiteral("gh/quiet.json"));
        QCOMPARE(DemoStory::stepAt(source, 19.9).file, QStringLiteral("gh/quiet.json"));
        QCOMPARE(DemoStory::stepAt(source, 20).status, 503);
        QVERIFY(DemoStory::stepAt(source, 20).file.isEmpty());
        QCOMPARE(DemoStory::stepAt(source, 59.9).file, QStringLiteral("gh/out.json"));
        QCOMPARE(story->files(),
                 (QStringList {QStringLiteral("gh/quiet.json"), QStringLiteral("gh/out.json")}));
    }

    void refusesABrokenStory_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const auto source = [](const QByteArray &fields, const QByteArray &timeline) {
            return storyWith(R"([{"id": "a", "name": "A", "path": "/a", )" + fields + R"("timeline": )"
                             + timeline + "}]");
        };
        const QByteArray kind = R"("kind": "aws", )";
        QTest::newRow("not JSON") << QByteArray("{") << "story.json";
        QTest::newRow("schema 2") << QByteArray(R"({"schema": 2})") << "schema";
        QTest::newRow("too short") << QByteArray(R"({"schema": 1, "length": 5, "poll_interval": 1})")
                                   << "length";
        QTest::newRow("no sources") << storyWith("[]") << "no sources";
        QTest::newRow("no kind") << source("", R"([{"at": 0, "file": "x"}])") << "\"kind\"";
        QTest::newRow("auto kind") << source(R"("kind": "auto", )", R"([{"at": 0, "file": "x"}])")
                                   << "\"kind\"";
        QTest::newRow("encoding") << source(kind + R"("encoding": "latin1", )", R"([{"at": 0, "file": "x"}])")
                                  << "encoding";
        QTest::newRow("empty timeline") << source(kind, "[]") << "empty";
        QTest::newRow("first not at 0") << source(kind, R"([{"at": 3, "file": "x"}])") << "first step";
        QTest::newRow("not ascending")
            << source(kind, R"([{"at": 0, "file": "x"}, {"at": 0, "file": "y"}])") << "ascending";
        QTest::newRow("beyond the end")
            << source(kind, R"([{"at": 0, "file": "x"}, {"at": 60, "file": "y"}])") << "from 0 to 59";
        QTest::newRow("file and status")
            << source(kind, R"([{"at": 0, "file": "x", "status": 503}])") << "either";
        QTest::newRow("neither") << source(kind, R"([{"at": 0}])") << "either";
        QTest::newRow("status 302") << source(kind, R"([{"at": 0, "status": 302}])") << "HTTP error";
        QTest::newRow("outside the folder")
            << source(kind, R"([{"at": 0, "file": "../secret"}])") << "inside";
        QTest::newRow("absolute file") << source(kind, R"([{"at": 0, "file": "/etc/passwd"}])") << "inside";
        QTest::newRow("duplicate") << storyWith(R"([{"id": "a", "name": "A", "kind": "aws", "path": "/a",
            "timeline": [{"at": 0, "file": "x"}]}, {"id": "a", "name": "B", "kind": "aws", "path": "/b",
            "timeline": [{"at": 0, "file": "y"}]}])")
                                   << "unique";
        QTest::newRow("bad path") << storyWith(R"([{"id": "a", "name": "A", "kind": "aws", "path": "a",
            "timeline": [{"at": 0, "file": "x"}]}])")
                                  << "path";
    }

    void refusesABrokenStory()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!DemoStory::fromJson(json, error));
        QVERIFY2(error.startsWith(QStringLiteral("demo story: ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void clockLoopsAndScales()
    {
        const QDateTime origin(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
        const DemoClock normal(origin, 1.0, 0, 180);
        DemoClock::Moment moment = normal.at(origin.addSecs(30));
        QCOMPARE(moment.loop, 0);
        QCOMPARE(moment.second, 30.0);
        QCOMPARE(moment.loopStart, origin);
        moment = normal.at(origin.addSecs(200));
        QCOMPARE(moment.loop, 1);
        QCOMPARE(moment.second, 20.0);
        QCOMPARE(moment.loopStart, origin.addSecs(180));
        QCOMPARE(normal.instantOf(moment.loopStart, 45), origin.addSecs(225));

        // Ten times as fast, from second 100: story second 100 is now; the loop began ten seconds ago.
        const DemoClock fast(origin, 10.0, 100, 180);
        moment = fast.at(origin);
        QCOMPARE(moment.second, 100.0);
        QCOMPARE(moment.loopStart, origin.addSecs(-10));
        moment = fast.at(origin.addSecs(9));
        QCOMPARE(moment.loop, 1);
        QCOMPARE(moment.second, 10.0);
        QCOMPARE(moment.loopStart, origin.addSecs(8));
        QCOMPARE(fast.instantOf(moment.loopStart, 50), origin.addSecs(13));
        // The past is not sped up: twelve days before is twelve days before.
        QCOMPARE(fast.instantOf(moment.loopStart, -12 * 86400), origin.addSecs(8).addDays(-12));
    }

    void rendersPlaceholders()
    {
        const QDateTime origin(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
        const DemoClock clock(origin, 2.0, 0, 180);
        const DemoClock::Moment moment = clock.at(origin.addSecs(100)); // loop 1, second 20
        QCOMPARE(moment.loop, 1);
        QString error;
        const QByteArray rendered = renderDemoPayload(
            "id-{{loop}} {{at:20}} {{at:0:iso-ms}} {{at:-3600:epoch}} {{at:2:epoch-ms}} {{at:40:rfc822}} é",
            clock, moment, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(QString::fromUtf8(rendered),
                 QStringLiteral("id-1 2026-11-27T10:01:40Z 2026-11-27T10:01:30.000Z %1 %2 Fri, 27 Nov 2026 "
                                "10:01:50 GMT é")
                     .arg(origin.addSecs(90 - 3600).toSecsSinceEpoch())
                     .arg(origin.addSecs(91).toMSecsSinceEpoch()));

        for (const QByteArray &broken :
             {QByteArray("{{at:x}}"), QByteArray("{{now}}"), QByteArray("{{at:1:iso8601}}"),
              QByteArray("[{{ {{loop}}"), QByteArray("{{loop")}) {
            error.clear();
            QVERIFY(renderDemoPayload(broken, clock, moment, error).isEmpty());
            QVERIFY2(!error.isEmpty(), broken.constData());
        }
    }

    void pastIsDeterministicAndResolved()
    {
        const QByteArray json = R"({"days": 90, "count": 40, "seed": 7, "incidents": [
            {"provider": "aws", "title": "Errors", "severity": "degraded", "services": ["ec2"], "regions": ["us-east-1", "eu-west-1"]},
            {"provider": "github", "title": "Down", "severity": "major_outage", "services": ["Actions", "Pages"], "regions": ["global"]}]})";
        const QDateTime now(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
        QString error;
        const std::optional<HistoryBatch> past = demoHistory(json, now, error);
        QVERIFY2(past, qPrintable(error));
        QCOMPARE(past->incidents.size(), 40);
        QSet<QString> providers;
        QSet<QString> ids;
        for (const Incident &incident : past->incidents) {
            providers.insert(incident.provider);
            ids.insert(incident.id);
            QCOMPARE(incident.state, IncidentState::Resolved);
            QVERIFY(incident.startedAt >= now.addDays(-90));
            QVERIFY(incident.startedAt < incident.resolvedAt);
            QVERIFY(incident.resolvedAt < now);
            QVERIFY(!incident.affected.isEmpty());
            QCOMPARE(incident.updates.size(), 2);
        }
        QCOMPARE(providers.size(), 2);
        QCOMPARE(ids.size(), 40);
        QCOMPARE(demoHistory(json, now, error)->incidents, past->incidents);

        for (
            const QByteArray &broken :
            {QByteArray("{"), QByteArray(R"({"days": 0, "count": 1, "incidents": []})"),
             QByteArray(R"({"days": 9, "count": 1, "incidents": []})"),
             QByteArray(
                 R"({"days": 9, "count": 1, "incidents": [{"provider": "a", "title": "t", "severity": "operational", "services": ["s"], "regions": ["r"]}]})")}) {
            error.clear();
            QVERIFY(!demoHistory(broken, now, error));
            QVERIFY2(error.startsWith(QStringLiteral("demo history")), qPrintable(error));
        }
    }

    /// The story compiled in: every step of every source renders and its adapter reads it, and the
    /// past names only the story's providers.
    void builtInStoryParses()
    {
        DemoServer server;
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const DemoStory &story = server.story();
        QVERIFY(story.sources.size() >= 5);
        QSet<QString> ids;
        for (const DemoStory::Source &source : story.sources) {
            ids.insert(source.id);
            for (const DemoStory::Step &step : source.timeline) {
                if (step.file.isEmpty())
                    continue;
                DemoClock::Moment moment = server.clock().at(QDateTime::currentDateTimeUtc());
                moment.second = step.at;
                const QByteArray body = server.payload(source, step, moment);
                const ParseResult result =
                    parseFeed(source.kind, body, {source.id, QUrl(QStringLiteral("http://127.0.0.1/"))});
                QVERIFY2(result.ok(),
                         qPrintable(QStringLiteral("%1 at %2 (%3): %4")
                                        .arg(source.id)
                                        .arg(step.at)
                                        .arg(step.file, result.error)));
            }
        }
        const std::optional<HistoryBatch> past = server.pastIncidents(QDateTime::currentDateTimeUtc(), error);
        QVERIFY2(past, qPrintable(error));
        QVERIFY(past->incidents.size() >= 30);
        for (const Incident &incident : past->incidents)
            QVERIFY2(ids.contains(incident.provider), qPrintable(incident.provider));
    }

    void servesOverLoopback()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QDir(folder.path()).mkpath(QFileInfo(name).path());
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(QStringLiteral("story.json"), R"({"schema": 1, "length": 60, "poll_interval": 10, "sources": [
            {"id": "gh", "name": "GitHub", "kind": "statuspage", "path": "/gh/summary.json",
             "timeline": [{"at": 0, "file": "gh/quiet.json"}, {"at": 30, "status": 503}]},
            {"id": "aws", "name": "AWS", "kind": "aws", "path": "/aws/currentevents", "encoding": "utf-16be",
             "content_type": "application/json;charset=utf-16", "timeline": [{"at": 0, "file": "aws.json"}]}]})");
        write(QStringLiteral("gh/quiet.json"), R"({"loop": {{loop}}, "at": "{{at:5}}"})");
        write(QStringLiteral("aws.json"), "[]");

        DemoServer first(2.0, 0, folder.path());
        QString error;
        QVERIFY2(first.start(error), qPrintable(error));
        const QList<SourceConfig> sources = first.sources();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(0).id, QStringLiteral("gh"));
        QCOMPARE(sources.at(0).kind, FeedKind::Statuspage);
        QCOMPARE(sources.at(0).url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(sources.at(0).url.port(), int(first.port()));
        QCOMPARE(sources.at(0).interval, std::chrono::seconds(5)); // ten story seconds at twice the speed

        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        const Reply quiet = get(network, sources.at(0).url);
        QCOMPARE(quiet.status, 200);
        QCOMPARE(QJsonDocument::fromJson(quiet.body).object().value(QStringLiteral("loop")).toInt(), 0);
        QVERIFY(!quiet.etag.isEmpty());
        QCOMPARE(get(network, sources.at(0).url, quiet.etag).status, 304);
        QCOMPARE(get(network, sources.at(0).url, "\"other\"").status, 200);
        const Reply aws = get(network, sources.at(1).url);
        QCOMPARE(aws.body, QByteArray("\xFE\xFF\0[\0]", 6));
        QCOMPARE(aws.contentType, QByteArray("application/json;charset=utf-16"));
        QCOMPARE(get(network, QUrl(QStringLiteral("http://127.0.0.1:%1/nothing").arg(first.port()))).status,
                 404);

        // From second 30 on, the page fails.
        DemoServer late(1.0, 35, folder.path());
        QVERIFY2(late.start(error), qPrintable(error));
        QCOMPARE(get(network, late.sources().at(0).url).status, 503);

        // A payload with a typo stops the start, naming the file.
        write(QStringLiteral("gh/quiet.json"), "{{at:soon}}");
        DemoServer broken(1.0, 0, folder.path());
        QVERIFY(!broken.start(error));
        QVERIFY2(error.contains(QStringLiteral("gh/quiet.json")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDemoStory)
#include "tst_demostory.moc"
