// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "sourceselection.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace radar;

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void fullOnce();
    void intervalBounds_data();
    void intervalBounds();
    void sourceSelection();
    void defaultSourcesComeFromTheCatalog();
    void pastedPageUrlsResolveToTheirFeed();
    void demo();
    void demoUsageErrors_data();
    void demoUsageErrors();
};

void TestCommandLine::defaults()
{
    const CommandLine commandLine = CommandLine::parse({"outage-radar"});
    QVERIFY(commandLine.error.isEmpty());
    QCOMPARE(commandLine.options.mode, Options::Mode::Window);
    QVERIFY(!commandLine.options.minimized);
    QVERIFY(commandLine.options.sources.isEmpty());
}

void TestCommandLine::fullOnce()
{
    const CommandLine commandLine =
        CommandLine::parse({"outage-radar", "--once", "--format", "json", "--data-dir", "/tmp/radar",
                            "--source", "https://status.example.test/api/v2/summary.json", "--source",
                            "file:///tmp/a.json", "--kind", "statuspage", "--interval", "30", "--minimized"});
    QVERIFY2(commandLine.error.isEmpty(), qPrintable(commandLine.error));
    const Options &options = commandLine.options;
    QCOMPARE(options.mode, Options::Mode::Once);
    QCOMPARE(options.format, OutputFormat::Json);
    QCOMPARE(options.dataDir, QStringLiteral("/tmp/radar"));
    QCOMPARE(options.sources.size(), 2);
    QCOMPARE(options.kind, FeedKind::Statuspage);
    QCOMPARE(options.interval, std::optional<std::chrono::seconds>(30));
    QVERIFY(options.minimized);
}

void TestCommandLine::intervalBounds_data()
{
    QTest::addColumn<QString>("seconds");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("the minimum") << "15" << true;
    QTest::newRow("a day, the maximum") << "86400" << true;
    QTest::newRow("below the minimum") << "14" << false;
    QTest::newRow("beyond a day") << "86401" << false;
}

void TestCommandLine::intervalBounds()
{
    QFETCH(QString, seconds);
    QFETCH(bool, accepted);
    const CommandLine commandLine = CommandLine::parse(
        {"outage-radar", "--once", "--source", "file:///tmp/a.json", "--interval", seconds});
    QCOMPARE(commandLine.error.isEmpty(), accepted);
    if (accepted) {
        QCOMPARE(commandLine.options.interval, std::optional<std::chrono::seconds>(seconds.toInt()));
    } else {
        QCOMPARE(commandLine.error,
                 QStringLiteral("--interval must be a number of seconds from 15 to 86400, "
                                "not \"%1\"")
                     .arg(seconds));
    }
}

void TestCommandLine::sourceSelection()
{
    Options options;
    options.sources = {QUrl(QStringLiteral("https://www.githubstatus.com/api/v2/summary.json")),
                       QUrl(QStringLiteral("file:///tmp/feeds/hub.json")),
                       QUrl(QStringLiteral("file:///tmp/other/hub.json"))};
    options.interval = std::chrono::seconds(20);
    const SourceSelection selection = SourceSelection::fromOptions(options);
    QVERIFY(selection.error.isEmpty());
    QCOMPARE(selection.sources.size(), 3);
    // A catalogued provider's URL keeps its id and name.
    QCOMPARE(selection.sources[0].id, QStringLiteral("github"));
    QCOMPARE(selection.sources[0].name, QStringLiteral("GitHub"));
    QCOMPARE(selection.sources[1].id, QStringLiteral("hub"));
    QCOMPARE(selection.sources[2].id, QStringLiteral("hub-2"));
    QCOMPARE(selection.sources[2].interval, std::chrono::seconds(20));
    QCOMPARE(selection.sources[2].kind, FeedKind::Auto);
}

void TestCommandLine::defaultSourcesComeFromTheCatalog()
{
    const SourceSelection selection = SourceSelection::fromOptions(Options());
    QVERIFY2(selection.error.isEmpty(), qPrintable(selection.error));
    QVERIFY(selection.sources.size() >= 8);
    QCOMPARE(selection.sources.constFirst().id, QStringLiteral("aws"));
}

void TestCommandLine::pastedPageUrlsResolveToTheirFeed()
{
    Options options;
    options.sources = {QUrl(QStringLiteral("https://www.githubstatus.com")),
                       QUrl(QStringLiteral("https://status.cloud.google.com/"))};
    const SourceSelection selection = SourceSelection::fromOptions(options);
    QCOMPARE(selection.sources[0].url,
             QUrl(QStringLiteral("https://www.githubstatus.com/api/v2/summary.json")));
    QCOMPARE(selection.sources[0].id, QStringLiteral("github"));
    QCOMPARE(selection.sources[1].url,
             QUrl(QStringLiteral("https://status.cloud.google.com/incidents.json")));
}

void TestCommandLine::demo()
{
    QStandardPaths::setTestModeEnabled(true);
    CommandLine commandLine = CommandLine::parse({"outage-radar", "--demo"});
    QVERIFY2(commandLine.error.isEmpty(), qPrintable(commandLine.error));
    QVERIFY(commandLine.options.demo);
    QCOMPARE(commandLine.options.demoSpeed, 1.0);
    QCOMPARE(commandLine.options.demoStart, 0);
    QVERIFY(commandLine.options.hasAdHocSources());
    // Its own data directory: the demo's story never lands in the real history.
    QCOMPARE(commandLine.options.dataDir,
             QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                 .filePath(QStringLiteral("demo")));

    commandLine = CommandLine::parse({"outage-radar", "--demo", "--once", "--format", "json", "--demo-speed",
                                      "2.5", "--demo-start", "90", "--data-dir", "/tmp/radar-demo"});
    QVERIFY2(commandLine.error.isEmpty(), qPrintable(commandLine.error));
    QCOMPARE(commandLine.options.mode, Options::Mode::Once);
    QCOMPARE(commandLine.options.demoSpeed, 2.5);
    QCOMPARE(commandLine.options.demoStart, 90);
    QCOMPARE(commandLine.options.dataDir, QStringLiteral("/tmp/radar-demo"));

    // Given sources (the demo's, once its server listens) win over everything else.
    Options options = commandLine.options;
    SourceConfig given;
    given.id = QStringLiteral("aws");
    given.url = QUrl(QStringLiteral("http://127.0.0.1:8080/aws"));
    options.givenSources = {given};
    const SourceSelection selection = SourceSelection::fromOptions(options, QList<SourceConfig> {});
    QCOMPARE(selection.sources, QList<SourceConfig> {given});
}

void TestCommandLine::demoUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("speed without demo")
        << QStringList {"--demo-speed", "2"} << "--demo-speed and --demo-start apply to --demo only";
    QTest::newRow("start without demo")
        << QStringList {"--demo-start", "2"} << "--demo-speed and --demo-start apply to --demo only";
    QTest::newRow("with a source") << QStringList {"--demo", "--source", "file:///tmp/a.json"}
                                   << "--demo plays its own sources: it cannot be combined with --source, "
                                      "--kind or --interval";
    QTest::newRow("speed zero") << QStringList {"--demo", "--demo-speed", "0"}
                                << "--demo-speed must be a number from 0.1 to 100, not \"0\"";
    QTest::newRow("speed word") << QStringList {"--demo", "--demo-speed", "fast"}
                                << "--demo-speed must be a number from 0.1 to 100, not \"fast\"";
    QTest::newRow("speed nan") << QStringList {"--demo", "--demo-speed", "nan"}
                               << "--demo-speed must be a number from 0.1 to 100, not \"nan\"";
    QTest::newRow("negative start") << QStringList {"--demo", "--demo-start", "-1"}
                                    << "--demo-start must be a number of seconds from 0 on, not \"-1\"";
    QTest::newRow("export config") << QStringList {"--demo", "--export-config", "/tmp/c.json"}
                                   << "only --data-dir applies to --export-config and --import-config";
}

void TestCommandLine::demoUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    arguments.prepend(QStringLiteral("outage-radar"));
    QCOMPARE(CommandLine::parse(arguments).error, error);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
