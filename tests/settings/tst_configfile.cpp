// SPDX-License-Identifier: GPL-3.0-or-later
// The shareable configuration: export -> import round-trips, secrets never travel, and a bad file
// is refused with every problem named by its field.
#include "settings/configfile.h"

#include "domain/sourcerules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace radar;
using namespace Qt::StringLiterals;

namespace {

SharedConfig sample()
{
    SharedConfig config;
    SourceConfig github {u"github"_s, u"GitHub"_s,
                         QUrl(u"https://www.githubstatus.com/api/v2/summary.json"_s), FeedKind::Statuspage,
                         std::chrono::seconds(90)};
    github.services = {u"actions"_s};
    SourceConfig aws {u"aws"_s, u"AWS"_s, QUrl(u"https://health.aws.amazon.com/public/currentevents"_s),
                      FeedKind::AwsHealth};
    aws.regions = {u"us-east-1"_s, u"eu-central-1"_s};
    aws.enabled = false;
    SourceConfig internal {u"internal"_s, u"Internal"_s, QUrl(u"https://status.internal.example/"_s)};
    internal.secretHeader = u"Authorization"_s;
    internal.secretValue = u"Bearer never-exported"_s;
    config.sources = {github, aws, internal};
    config.watchList = WatchList::fromStrings({u"service:aws/ec2"_s, u"cell:gcp/compute/europe-west3"_s});
    config.rules.watchedMinimum = Status::PartialOutage;
    config.rules.mutedProviders = {u"slack"_s};
    config.rules.mutedCells = WatchList::fromStrings({u"region:azure/westeurope"_s});
    config.rules.quietHours = true;
    config.rules.quietFrom = QTime(23, 30);
    config.rules.quietDays = {1, 2, 3, 4, 5};
    config.rules.reminderHours = 4;
    return config;
}

QByteArray withSource(const char *sourceJson)
{
    return QByteArray("{\"format\": \"outage-radar-config\", \"schema\": 1, \"sources\": [") + sourceJson
        + "]}";
}

} // namespace

class TestConfigFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips()
    {
        const SharedConfig config = sample();
        const QByteArray json = configToJson(config, QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
        QVERIFY(!json.contains("never-exported"));
        QVERIFY(json.contains("\"secret_header\": \"Authorization\""));
        QVERIFY(json.contains("\"exported_at\": \"2026-11-26T12:00:00Z\""));

        const ConfigImport imported = configFromJson(json);
        QVERIFY2(imported.ok(), qPrintable(imported.problems.join(u'\n')));
        QVERIFY(imported.hasWatchList);
        QVERIFY(imported.hasRules);
        QCOMPARE(imported.config.sources.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            const SourceConfig &a = config.sources.at(i);
            const SourceConfig &b = imported.config.sources.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.url, a.url);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.interval, a.interval);
            QCOMPARE(b.enabled, a.enabled);
            QCOMPARE(b.services, a.services);
            QCOMPARE(b.regions, a.regions);
            QCOMPARE(b.secretHeader, a.secretHeader);
            QVERIFY(b.secretValue.isEmpty());
        }
        QCOMPARE(imported.config.watchList, config.watchList);
        QCOMPARE(imported.config.rules, config.rules);
        // And again: what an import gives exports to the same document.
        QCOMPARE(configToJson(imported.config, QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC)),
                 configToJson(
                     [&] {
                         SharedConfig stripped = config;
                         stripped.sources[2].secretValue.clear();
                         return stripped;
                     }(),
                     QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC)));
    }

    void sectionsMayBeLeftOut()
    {
        const ConfigImport imported =
            configFromJson(withSource("{\"id\": \"x\", \"url\": \"https://x.example/\"}"));
        QVERIFY2(imported.ok(), qPrintable(imported.problems.join(u'\n')));
        QVERIFY(!imported.hasWatchList);
        QVERIFY(!imported.hasRules);
        QCOMPARE(imported.config.sources.constFirst().name, u"x"_s); // the id when unnamed
        QCOMPARE(imported.config.sources.constFirst().kind, FeedKind::Auto);
        QCOMPARE(imported.config.sources.constFirst().interval, defaultPollInterval);
    }

    void badFilesNameEveryProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected"); // each must appear in some problem, in this order

        QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringList {u"not JSON"_s};
        QTest::newRow("array") << QByteArray("[]") << QStringList {u"JSON object"_s};
        QTest::newRow("other format") << QByteArray("{\"format\": \"nagstamon\", \"schema\": 1}")
                                      << QStringList {u"format: \"nagstamon\""_s};
        QTest::newRow("newer schema")
            << QByteArray("{\"format\": \"outage-radar-config\", \"schema\": 2, \"sources\": []}")
            << QStringList {u"schema: schema 2 is newer"_s};
        QTest::newRow("schema as text")
            << QByteArray("{\"format\": \"outage-radar-config\", \"schema\": \"1\", \"sources\": []}")
            << QStringList {u"schema: expected a whole number, found a string"_s};
        QTest::newRow("sources not an array")
            << QByteArray("{\"format\": \"outage-radar-config\", \"schema\": 1, \"sources\": {}}")
            << QStringList {u"sources: expected an array of sources, found an object"_s};
        QTest::newRow("wrong types")
            << withSource("{\"id\": 7, \"url\": \"https://a.example/\", \"interval_seconds\": \"60\", "
                          "\"enabled\": \"yes\",\n"
                          "                              \"services\": [\"ok\", 3]}")
            << QStringList {u"sources[0].id: expected a string, found a number"_s,
                            u"sources[0].interval_seconds: expected a whole number, found a string"_s,
                            u"sources[0].enabled: expected true or false, found a string"_s,
                            u"sources[0].services[1]: expected a string, found a number"_s};
        QTest::newRow("unknown kind")
            << withSource("{\"id\": \"a\", \"url\": \"https://a.example/\", \"kind\": \"smoke\"}")
            << QStringList {u"sources[0].kind: unknown kind \"smoke\"; expected one of:"_s};
        QTest::newRow("duplicate ids")
            << withSource("{\"id\": \"a\", \"url\": \"https://a.example/\"}, {\"id\": \"b\", \"url\": "
                          "\"https://b.example/\"},\n"
                          "                             {\"id\": \"a\", \"url\": \"https://c.example/\"}")
            << QStringList {u"sources[2].id: \"a\" is already the id of sources[0]"_s};
        QTest::newRow("bad url and id")
            << withSource("{\"id\": \"Has Spaces\", \"url\": \"ftp://a.example/\"}, {\"id\": \"b\", \"url\": "
                          "\"https://\"}")
            << QStringList {u"sources[0].id: \"Has Spaces\" is not an id"_s,
                            u"sources[0].url: \"ftp://a.example/\" is not an http, https or file URL"_s,
                            u"sources[1].url"_s};
        QTest::newRow("interval out of range")
            << withSource("{\"id\": \"a\", \"url\": \"https://a.example/\", \"interval_seconds\": 5}")
            << QStringList {u"sources[0].interval_seconds: 5 is out of range (15 to 86400)"_s};
        QTest::newRow("interval longer than a day")
            << withSource("{\"id\": \"a\", \"url\": \"https://a.example/\", \"interval_seconds\": 86401}")
            << QStringList {u"sources[0].interval_seconds: 86401 is out of range (15 to 86400)"_s};
        QTest::newRow("ids outside the rule")
            << withSource(
                   "{\"id\": \"status.example\", \"url\": \"https://a.example/\"},\n"
                   "                             {\"id\": \"my_source\", \"url\": \"https://b.example/\"},\n"
                   "                             {\"id\": \"a--b\", \"url\": \"https://c.example/\"},\n"
                   "                             {\"id\": \"-a\", \"url\": \"https://d.example/\"},\n"
                   "                             {\"id\": "
                   "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", "
                   "\"url\": \"https://e.example/\"}")
            << QStringList {u"sources[0].id: \"status.example\" is not an id"_s,
                            u"sources[1].id: \"my_source\" is not an id"_s,
                            u"sources[2].id: \"a--b\" is not an id"_s,
                            u"sources[3].id: \"-a\" is not an id"_s,
                            u"sources[4].id: \""_s + QString(65, u'a') + u"\" is not an id"_s};
        QTest::newRow("header names outside the rule")
            << withSource(
                   "{\"id\": \"a\", \"url\": \"https://a.example/\", \"secret_header\": \"X Token\"},\n"
                   "                             {\"id\": \"b\", \"url\": \"https://b.example/\", "
                   "\"secret_header\": \"Authorization:\"},\n"
                   "                             {\"id\": \"c\", \"url\": \"https://c.example/\", "
                   "\"secret_header\": "
                   "\"XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"}")
            << QStringList {u"sources[0].secret_header: \"X Token\" is not an HTTP header name"_s,
                            u"sources[1].secret_header: \"Authorization:\" is not an HTTP header name"_s,
                            u"sources[2].secret_header: \""_s + QString(65, u'X')
                                + u"\" is not an HTTP header name"_s};
        // The address is named without the credentials it carried.
        QTest::newRow("credentials in the address")
            << withSource(
                   "{\"id\": \"a\", \"url\": \"https://ops:s3cret@status.example/feed.json\"},\n"
                   "                             {\"id\": \"b\", \"url\": \"https://t0ken@b.example/\"}")
            << QStringList {u"sources[0].url: \"https://status.example/feed.json\" carries a user name or "
                            "password: secrets do not belong in a shared configuration"_s,
                            u"sources[1].url: \"https://b.example/\" carries a user name or password"_s};
        QTest::newRow("missing fields")
            << withSource("{\"name\": \"Nameless\"}")
            << QStringList {u"sources[0].id: missing"_s, u"sources[0].url: missing"_s};
        QTest::newRow("misspelt field")
            << withSource("{\"id\": \"a\", \"url\": \"https://a.example/\", \"intervall_seconds\": 60}")
            << QStringList {u"sources[0].intervall_seconds: unknown field"_s};
        QTest::newRow("a secret in the file") << withSource(
            "{\"id\": \"a\", \"url\": \"https://a.example/\", \"secret_header\": \"Authorization\",\n"
            "                              \"token\": \"Bearer abc\"}")
                                              << QStringList {u"sources[0].token: secrets do not belong"_s};
        QTest::newRow("bad rules")
            << QByteArray("{\"format\": \"outage-radar-config\", \"schema\": 1, \"sources\": [],\n"
                          "                             \"watch_list\": [\"service:aws/ec2\", \"nonsense\", "
                          "\"service:aws/ec2\"],\n"
                          "                             \"notifications\": {\"watched_minimum\": "
                          "\"unknown\", \"reminder_hours\": 1000,\n"
                          "                                               \"quiet_hours\": {\"from\": "
                          "\"25:00\", \"days\": [0, 3]}}}")
            << QStringList {u"watch_list[1]: \"nonsense\" is not an entry"_s,
                            u"watch_list[2]: \"service:aws/ec2\" is listed twice"_s,
                            u"notifications.watched_minimum: \"unknown\" is not a status"_s,
                            u"notifications.reminder_hours: 1000 is out of range (0 to 168)"_s,
                            u"notifications.quiet_hours.from: \"25:00\" is not a time"_s,
                            u"notifications.quiet_hours.days[0]: expected a day from 1 (Monday)"_s};
        QTest::newRow("huge") << QByteArray(int(maxConfigBytes) + 1, ' ') << QStringList {u"larger than"_s};
    }

    void badFilesNameEveryProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const ConfigImport imported = configFromJson(json);
        QVERIFY(!imported.ok());
        const QString all = imported.problems.join(u'\n');
        for (const QString &part : expected)
            QVERIFY2(all.contains(part), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(part, all)));
        QCOMPARE(imported.problems.size(), expected.size());
        // A problem never repeats a secret the file held.
        for (const QString &secret : {u"s3cret"_s, u"t0ken"_s, u"Bearer abc"_s})
            QVERIFY2(!all.contains(secret), qPrintable(all));
    }

    void exportLeavesCredentialsOutOfAddresses()
    {
        // Settings written before the rule may hold one; it still never leaves the machine.
        SharedConfig config;
        config.sources = {SourceConfig {u"internal"_s, u"Internal"_s,
                                        QUrl(u"https://ops:s3cret@status.internal.example/feed.json"_s)}};
        const QByteArray json = configToJson(config, QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
        QVERIFY2(!json.contains("s3cret") && !json.contains("ops@"), json.constData());
        QVERIFY(json.contains("\"url\": \"https://status.internal.example/feed.json\""));
        const ConfigImport imported = configFromJson(json);
        QVERIFY2(imported.ok(), qPrintable(imported.problems.join(u'\n')));
        QCOMPARE(imported.config.sources.constFirst().url,
                 QUrl(u"https://status.internal.example/feed.json"_s));
    }

    void idsMadeFromLongNamesRoundTrip()
    {
        // The id the app offers for a long name is one the import accepts.
        const QString name = u"The Very Long Name Of An Internal Status Page That Someone Typed In Full, "
                             "Twice Over"_s;
        QVERIFY(name.size() > 64);
        SharedConfig config;
        SourceConfig first {freeSourceId(name, QStringList()), name, QUrl(u"https://a.example/"_s)};
        SourceConfig second {freeSourceId(name, QStringList {first.id}), name, QUrl(u"https://b.example/"_s)};
        config.sources = {first, second};
        const ConfigImport imported =
            configFromJson(configToJson(config, QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC)));
        QVERIFY2(imported.ok(), qPrintable(imported.problems.join(u'\n')));
        QCOMPARE(imported.config.sources.size(), 2);
        QCOMPARE(imported.config.sources.at(0).id, first.id);
        QCOMPARE(imported.config.sources.at(1).id, second.id);
        QCOMPARE(imported.config.sources.at(0).name, name);
    }

    void manyProblemsAreCapped()
    {
        QByteArray sources;
        for (int i = 0; i < 500; ++i)
            sources += (i ? "," : "") + QByteArray("{\"id\": \"a\", \"url\": \"ftp://x/\"}");
        const ConfigImport imported = configFromJson(withSource(sources.constData()));
        QVERIFY(!imported.ok());
        QVERIFY(imported.problems.size() <= 51);
        QVERIFY(imported.problems.constLast().contains(u"more problem"_s));
    }
};

QTEST_GUILESS_MAIN(TestConfigFile)
#include "tst_configfile.moc"
