// SPDX-License-Identifier: GPL-3.0-or-later
// The demo through the real pipeline: the binary's --once at chosen story times, and the windowed
// app playing the story at four times the speed, with its notifications, history and labels.
#include "clitesting.h"
#include "demoserver.h"
#include "desktopapp.h"
#include "localization.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "traycontroller.h"

#include "item/notificationlogmodel.h"
#include "settings/appsettings.h"
#include "store/historydatabase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace radar;

namespace {

/// "provider/service/region=status" for every cell that is not operational.
QStringList problemCells(const QJsonObject &report)
{
    QStringList cells;
    for (const QJsonValue &value : report.value(QStringLiteral("cells")).toArray()) {
        const QJsonObject cell = value.toObject();
        const QString status = cell.value(QStringLiteral("status")).toString();
        if (status == QLatin1StringView("operational")
            || cell.value(QStringLiteral("service")).toString() == u'*')
            continue;
        cells << QStringLiteral("%1/%2/%3=%4")
                     .arg(cell.value(QStringLiteral("provider")).toString(),
                          cell.value(QStringLiteral("service")).toString(),
                          cell.value(QStringLiteral("region")).toString(), status);
    }
    cells.sort();
    return cells;
}

QString describe(const Notification &entry)
{
    return QStringLiteral("%1 %2/%3 %4 %5 [%6]")
        .arg(entry.sent ? QStringLiteral("sent") : QStringLiteral("held"), entry.provider, entry.region)
        .arg(int(entry.kind))
        .arg(statusName(entry.status), entry.serviceNames.join(u','));
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        installTranslations();
        QStandardPaths::setTestModeEnabled(true);
    }
    void onceAtStoryTimes_data();
    void onceAtStoryTimes();
    void windowPlaysTheStory();
};

void TestDemo::onceAtStoryTimes_data()
{
    QTest::addColumn<int>("second");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("failing");
    // The story (resources/demo/story.json), away from the seconds where a step begins.
    const QStringList awsFailing {QStringLiteral("aws/cloudwatch/us-east-1=degraded"),
                                  QStringLiteral("aws/dynamodb/us-east-1=major_outage"),
                                  QStringLiteral("aws/ec2/us-east-1=major_outage"),
                                  QStringLiteral("aws/lambda/us-east-1=major_outage"),
                                  QStringLiteral("aws/sqs/us-east-1=degraded")};
    const QStringList gcpDisrupted {QStringLiteral("gcp/Cloud Storage/europe-west3=degraded"),
                                    QStringLiteral("gcp/Google Compute Engine/europe-west3=degraded")};
    const QString actions = QStringLiteral("github/Actions/global=partial_outage");
    const QString westEurope = QStringLiteral("azure/Virtual Machines/westeurope=degraded");
    const QString frankfurt = QStringLiteral("cloudflare/Frankfurt, Germany - (FRA)/global=degraded");
    const auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };
    QTest::newRow("all quiet") << 10 << 0 << QStringList() << QStringList();
    QTest::newRow("EC2 degrades") << 30 << 1 << QStringList {QStringLiteral("aws/ec2/us-east-1=degraded")}
                                  << QStringList();
    QTest::newRow("us-east-1 fails, Google Cloud and Actions follow")
        << 70 << 2 << sorted(awsFailing + gcpDisrupted + QStringList {actions}) << QStringList();
    QTest::newRow("the worst: Azure, Frankfurt, and Atlassian silent")
        << 105 << 2 << sorted(awsFailing + gcpDisrupted + QStringList {actions, westEurope, frankfurt})
        << QStringList {QStringLiteral("atlassian")};
    QTest::newRow("only Azure left") << 153 << 1 << QStringList {westEurope} << QStringList();
    QTest::newRow("all quiet again") << 170 << 0 << QStringList() << QStringList();
}

void TestDemo::onceAtStoryTimes()
{
    QFETCH(int, second);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, failing);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const clitesting::Run run =
        clitesting::run({QStringLiteral("--demo"), QStringLiteral("--once"), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--demo-start"), QString::number(second),
                         QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    const QJsonObject report = clitesting::parseJson(run.out);
    QCOMPARE(problemCells(report), expected);
    QStringList failed;
    for (const QJsonValue &value : report.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject source = value.toObject();
        // Every source is the story's, served from this machine.
        QVERIFY(
            source.value(QStringLiteral("url")).toString().startsWith(QStringLiteral("http://127.0.0.1:")));
        if (source.value(QStringLiteral("state")).toString() == QLatin1StringView("error"))
            failed << source.value(QStringLiteral("id")).toString();
    }
    QCOMPARE(failed, failing);
    // --once keeps nothing: no history in the demo's directory.
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("history.sqlite"))));
}

void TestDemo::windowPlaysTheStory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Options options;
    options.demo = true;
    options.demoSpeed = 4; // a poll every story 5 s is 1.25 s: every step is seen at least twice
    options.demoStart = 10;
    options.dataDir = dir.path();
    QString error;
    // What runDesktop does for --demo.
    const std::unique_ptr<DemoServer> demo = startDemo(options, error);
    QVERIFY2(demo, qPrintable(error));
    AppSettings settings(dir.filePath(QStringLiteral("outage-radar.ini")));
    QVERIFY(beginDemoData(*demo, settings));
    QVERIFY(!settings.watchList().isEmpty());
    DesktopApp app(options, settings, std::make_unique<MemorySecretStore>());
    QVERIFY2(app.start(error), qPrintable(error));
    const std::optional<HistoryBatch> past = demo->pastIncidents(QDateTime::currentDateTimeUtc(), error);
    QVERIFY2(past, qPrintable(error));
    app.history().record(*past);
    QVERIFY(!app.welcome()); // the demo never asks what to watch

    // DEMO, wherever the app speaks.
    QVERIFY2(app.window()->windowTitle().contains(QStringLiteral("DEMO")),
             qPrintable(app.window()->windowTitle()));
    QTRY_VERIFY2(app.tray()->toolTip().startsWith(QStringLiteral("DEMO: ")),
                 qPrintable(app.tray()->toolTip()));
    QCOMPARE(app.tray()->label(), QStringLiteral("DEMO"));

    // The story plays through the notification policy: one notification when an event starts, one
    // when it gets worse (the services that joined rolled into it), one when it is over; the
    // degraded cells nobody watches (Google Cloud, Cloudflare, Azure) stay quiet.
    const auto sent = [&app] {
        QList<Notification> entries;
        for (int row = app.notificationLog().rowCount() - 1; row >= 0; --row) {
            const Notification entry = *app.notificationLog().entry(row);
            if (entry.sent)
                entries.append(entry);
        }
        return entries;
    };
    const auto find = [](const QList<Notification> &entries, Notification::Kind kind, const QString &provider,
                         const QString &region) {
        return std::find_if(entries.cbegin(), entries.cend(), [&](const Notification &entry) {
            return entry.kind == kind && entry.provider == provider && entry.region == region;
        });
    };
    const QString github = QStringLiteral("github");
    const QString aws = QStringLiteral("aws");
    const QString usEast1 = QStringLiteral("us-east-1");
    const QString global = QStringLiteral("global");
    // From story second 10 to past 160 at four times the speed: some 40 seconds.
    const auto over = [&] {
        const QList<Notification> entries = sent();
        return find(entries, Notification::Kind::Resolved, github, global) != entries.cend()
            && find(entries, Notification::Kind::Resolved, aws, usEast1) != entries.cend();
    };
    QTRY_VERIFY_WITH_TIMEOUT(over(), 90000);
    const QList<Notification> entries = sent();
    QStringList told;
    for (const Notification &entry : entries)
        told << describe(entry);
    const QByteArray log = told.join(QStringLiteral("\n")).toUtf8();

    const auto started = find(entries, Notification::Kind::Started, aws, usEast1);
    QVERIFY2(started != entries.cend(), log.constData());
    QCOMPARE(started->status, Status::Degraded);
    QCOMPARE(started->rule, NotificationRule::WatchedAtLeast); // us-east-1 is on the demo's watch list
    QCOMPARE(started->serviceNames, QStringList {QStringLiteral("Amazon Elastic Compute Cloud")});
    const auto escalated = find(entries, Notification::Kind::Escalated, aws, usEast1);
    QVERIFY2(escalated != entries.cend() && escalated > started, log.constData());
    QCOMPARE(escalated->status, Status::MajorOutage);
    for (const char *service : {"Amazon Elastic Compute Cloud", "AWS Lambda", "Amazon DynamoDB"})
        QVERIFY2(escalated->serviceNames.contains(QLatin1StringView(service)), log.constData());
    const auto resolved = find(entries, Notification::Kind::Resolved, aws, usEast1);
    QVERIFY2(resolved != entries.cend() && resolved > escalated, log.constData());
    const auto actionsDown = find(entries, Notification::Kind::Started, github, global);
    QVERIFY2(actionsDown != entries.cend(), log.constData());
    QCOMPARE(actionsDown->status, Status::PartialOutage);
    QVERIFY2(actionsDown->serviceNames.contains(QStringLiteral("Actions")), log.constData());
    QVERIFY2(find(entries, Notification::Kind::Resolved, github, global) > actionsDown, log.constData());
    for (const Notification &entry : entries) {
        // One notification per event and change: nothing twice, nothing for what stayed degraded.
        QVERIFY2(entry.provider == aws || entry.provider == github, log.constData());
        QCOMPARE(std::count_if(entries.cbegin(), entries.cend(),
                               [&](const Notification &other) {
                                   return other.kind == entry.kind && other.provider == entry.provider
                                       && other.region == entry.region;
                               }),
                 1);
    }

    // The history holds the past and what the story recorded, in the demo's own directory.
    app.history().flush();
    HistoryDatabase database;
    QVERIFY(database.openForReading(dir.filePath(QStringLiteral("history.sqlite"))).ok);
    const std::optional<QList<HistoryIncident>> recorded = database.incidents();
    QVERIFY(recorded);
    int pastCount = 0;
    QSet<QString> live;
    for (const HistoryIncident &incident : *recorded) {
        if (incident.id.startsWith(QStringLiteral("demo-past-")))
            ++pastCount;
        else
            live.insert(incident.provider);
    }
    QCOMPARE(pastCount, int(past->incidents.size()));
    QVERIFY2(live.contains(QStringLiteral("aws")) && live.contains(QStringLiteral("github")),
             qPrintable(QStringList(live.cbegin(), live.cend()).join(u',')));
}

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
