// SPDX-License-Identifier: GPL-3.0-or-later
// The Sources page's table: the catalog merged with the configured sources, and the edits to them.
#include "item/sourcesettingsmodel.h"
#include "item/statustext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace radar;
using namespace std::chrono_literals;

namespace {

SourceConfig source(const QString &id, const QString &url, FeedKind kind = FeedKind::Statuspage)
{
    SourceConfig config;
    config.id = id;
    config.name = id.toUpper();
    config.url = QUrl(url);
    config.kind = kind;
    return config;
}

const SourceConfig aws = source(QStringLiteral("aws"),
                                QStringLiteral("https://health.aws.test/currentevents"), FeedKind::AwsHealth);
const SourceConfig github =
    source(QStringLiteral("github"), QStringLiteral("https://www.githubstatus.test/api/v2/summary.json"));
const SourceConfig slack = source(
    QStringLiteral("slack"), QStringLiteral("https://slack-status.test/api/v2.0.0/current"), FeedKind::Slack);
const SourceConfig intranet =
    source(QStringLiteral("intranet"), QStringLiteral("https://status.intranet.test/api/v2/summary.json"));
const SourceConfig wiki =
    source(QStringLiteral("wiki"), QStringLiteral("file:///srv/status/wiki.json"), FeedKind::Auto);

QList<CatalogEntry> catalog()
{
    return {{aws, true}, {github, true}, {slack, false}};
}

SourceConfig disabled(SourceConfig config)
{
    config.enabled = false;
    return config;
}

SourceConfig withInterval(SourceConfig config, std::chrono::seconds interval)
{
    config.interval = interval;
    return config;
}

QStringList ids(const QList<SourceConfig> &sources)
{
    QStringList list;
    for (const SourceConfig &config : sources)
        list.append(config.id);
    return list;
}

QStringList rowIds(const SourceSettingsModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(SourceSettingsModel::IdRole).toString());
    return list;
}

QList<bool> rowChecks(const SourceSettingsModel &model)
{
    QList<bool> list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    return list;
}

SourceState state(const QString &id, SourceHealth health, const QString &error = QString(),
                  FeedKind detected = FeedKind::Auto)
{
    SourceState result;
    result.config.id = id;
    result.health = health;
    result.status.lastError = error;
    result.detectedKind = detected;
    return result;
}

} // namespace

class TestSourceSettingsModel : public QObject
{
    Q_OBJECT
private slots:
    void mergesCatalogAndConfigured_data();
    void mergesCatalogAndConfigured();
    void keepsConfiguredSourcesAcrossCatalogChanges();
    void togglesThroughSetData_data();
    void togglesThroughSetData();
    void addsSources_data();
    void addsSources();
    void updatesSources();
    void removesSources_data();
    void removesSources();
    void showsHealthAndErrors_data();
    void showsHealthAndErrors();
    void statesChangeOnlyTheRowsThatChanged();
    void searchAndSortValues();
};

void TestSourceSettingsModel::mergesCatalogAndConfigured_data()
{
    QTest::addColumn<QList<SourceConfig>>("configured");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QList<bool>>("checked");
    QTest::addColumn<QStringList>("sources");
    QTest::addColumn<int>("catalogRows");

    QTest::newRow("nothing configured: the catalog, all off")
        << QList<SourceConfig>() << QStringList {"aws", "github", "slack"}
        << QList<bool> {false, false, false} << QStringList() << 3;
    QTest::newRow("catalog entries in catalog order, then custom in the order given")
        << QList<SourceConfig> {wiki, slack, intranet, aws}
        << QStringList {"aws", "github", "slack", "wiki", "intranet"}
        << QList<bool> {true, false, true, true, true} << QStringList {"aws", "slack", "wiki", "intranet"}
        << 3;
    QTest::newRow("a configured source switched off stays configured")
        << QList<SourceConfig> {disabled(github), disabled(intranet)}
        << QStringList {"aws", "github", "slack", "intranet"} << QList<bool> {false, false, false, false}
        << QStringList {"github", "intranet"} << 3;
    QTest::newRow("a duplicate id is one source")
        << QList<SourceConfig> {intranet, intranet} << QStringList {"aws", "github", "slack", "intranet"}
        << QList<bool> {false, false, false, true} << QStringList {"intranet"} << 3;
}

void TestSourceSettingsModel::mergesCatalogAndConfigured()
{
    QFETCH(QList<SourceConfig>, configured);
    QFETCH(QStringList, rows);
    QFETCH(QList<bool>, checked);
    QFETCH(QStringList, sources);
    QFETCH(int, catalogRows);

    SourceSettingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&model, &SourceSettingsModel::edited);
    QVERIFY(edited.isValid());
    model.setCatalog(catalog());
    model.setSources(configured);

    QCOMPARE(rowIds(model), rows);
    QCOMPARE(rowChecks(model), checked);
    QCOMPARE(ids(model.sources()), sources);
    QCOMPARE(model.enabledCount(), int(checked.count(true)));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.isCatalogRow(row), row < catalogRows);
        QCOMPARE(model.index(row, 0).data(SourceSettingsModel::CatalogRole).toBool(), row < catalogRows);
        QCOMPARE(model.configAt(row).enabled, checked[row]);
    }
    QCOMPARE(edited.count(), 0);
}

void TestSourceSettingsModel::keepsConfiguredSourcesAcrossCatalogChanges()
{
    SourceSettingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSources({withInterval(github, 300s), intranet});
    // Before the catalog, everything is the user's own; the catalog then takes its entries back.
    QCOMPARE(rowIds(model), (QStringList {"github", "intranet"}));
    QVERIFY(!model.isCatalogRow(0));
    model.setCatalog(catalog());
    QCOMPARE(rowIds(model), (QStringList {"aws", "github", "slack", "intranet"}));
    QVERIFY(model.isCatalogRow(1));
    QCOMPARE(model.configAt(1).interval, 300s);
    QCOMPARE(ids(model.sources()), (QStringList {"github", "intranet"}));
}

void TestSourceSettingsModel::togglesThroughSetData_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("on");
    QTest::addColumn<int>("edits");
    QTest::addColumn<QStringList>("sources");
    QTest::addColumn<QList<bool>>("checked");

    // Configured: aws (on), github (off, 300 s), intranet (on).
    QTest::newRow("switching on a catalog entry configures it")
        << 2 << true << 1 << QStringList {"aws", "github", "slack", "intranet"}
        << QList<bool> {true, false, true, true};
    QTest::newRow("switching off a catalog entry keeps it")
        << 0 << false << 1 << QStringList {"aws", "github", "intranet"}
        << QList<bool> {false, false, false, true};
    QTest::newRow("switching on a configured catalog entry")
        << 1 << true << 1 << QStringList {"aws", "github", "intranet"}
        << QList<bool> {true, true, false, true};
    QTest::newRow("switching off a custom source")
        << 3 << false << 1 << QStringList {"aws", "github", "intranet"}
        << QList<bool> {true, false, false, false};
    QTest::newRow("no change, no edit") << 3 << true << 0 << QStringList {"aws", "github", "intranet"}
                                        << QList<bool> {true, false, false, true};
}

void TestSourceSettingsModel::togglesThroughSetData()
{
    QFETCH(int, row);
    QFETCH(bool, on);
    QFETCH(int, edits);
    QFETCH(QStringList, sources);
    QFETCH(QList<bool>, checked);

    SourceSettingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    model.setSources({aws, disabled(withInterval(github, 300s)), intranet});
    QSignalSpy edited(&model, &SourceSettingsModel::edited);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(edited.isValid());
    QVERIFY(changed.isValid());

    const QModelIndex name = model.index(row, SourceSettingsModel::NameColumn);
    QVERIFY(model.flags(name) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(row, SourceSettingsModel::UrlColumn)) & Qt::ItemIsUserCheckable));
    QVERIFY(model.setData(name, on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(
        !model.setData(model.index(row, SourceSettingsModel::UrlColumn), Qt::Checked, Qt::CheckStateRole));

    QCOMPARE(edited.count(), edits);
    QCOMPARE(changed.count(), edits);
    QCOMPARE(ids(model.sources()), sources);
    QCOMPARE(rowChecks(model), checked);
    const SourceConfig config = model.configAt(row);
    QCOMPARE(config.enabled, on);
    QCOMPARE(model.index(row, 0).data(SourceSettingsModel::HealthRole).toString(),
             on ? QStringLiteral("pending") : QStringLiteral("off"));
    // The configuration travels with the switch: the catalog's for a new one, the user's edits kept.
    if (row == 1)
        QCOMPARE(config.interval, 300s);
    if (row == 2)
        QCOMPARE(config.url, slack.url);
}

void TestSourceSettingsModel::addsSources_data()
{
    QTest::addColumn<SourceConfig>("added");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QUrl>("url");

    // Configured: intranet; the catalog's aws, github, slack not configured. Rows: 4.
    SourceConfig named = source(QString(), QStringLiteral("https://status.example.test/api/v2/summary.json"));
    named.name = QStringLiteral("Example Status!");
    QTest::newRow("new source") << wiki << 4 << 5 << "wiki"
                                << "WIKI" << wiki.url;
    QTest::newRow("new source without id: from its name") << named << 4 << 5 << "example-status"
                                                          << "Example Status!" << named.url;
    SourceConfig longName = source(QString(), QStringLiteral("https://long.example.test/feed.json"));
    longName.name = QString(100, u'L');
    QTest::newRow("a 100-character name: an id within the rule")
        << longName << 4 << 5 << QString(64, u'l') << longName.name << longName.url;
    SourceConfig outsideTheRule =
        source(QStringLiteral("Status.Example_Test"), QStringLiteral("https://outside.example.test/"));
    QTest::newRow("an id outside the rule is made one") << outsideTheRule << 4 << 5 << "status-example-test"
                                                        << "STATUS.EXAMPLE_TEST" << outsideTheRule.url;
    SourceConfig nameless = source(QString(), QStringLiteral("https://status.nameless.test/feed.json"));
    nameless.name.clear();
    QTest::newRow("no id, no name: from the host") << nameless << 4 << 5 << "status-nameless-test"
                                                   << "status.nameless.test" << nameless.url;
    SourceConfig clash =
        source(QStringLiteral("intranet"), QStringLiteral("https://other.test/summary.json"));
    QTest::newRow("an id taken by another feed gets a free one") << clash << 4 << 5 << "intranet-2"
                                                                 << "INTRANET" << clash.url;
    SourceConfig sameUrl = source(QStringLiteral("intranet-status"),
                                  QStringLiteral("https://status.intranet.test/api/v2/summary.json/"));
    sameUrl.name = QStringLiteral("Intranet");
    QTest::newRow("the same URL updates that row") << sameUrl << 3 << 4 << "intranet"
                                                   << "Intranet" << intranet.url;
    SourceConfig catalogUrl = source(QStringLiteral("githubstatus"), github.url.toString());
    catalogUrl.name = QStringLiteral("GitHub");
    QTest::newRow("a catalog URL switches the catalog entry on") << catalogUrl << 1 << 4 << "github"
                                                                 << "GitHub" << github.url;
    SourceConfig catalogId;
    catalogId.id = QStringLiteral("slack");
    QTest::newRow("a catalog id switches the catalog entry on") << catalogId << 2 << 4 << "slack"
                                                                << "SLACK" << slack.url;
    SourceConfig otherGithub =
        source(QStringLiteral("github"), QStringLiteral("https://github.example.test/status.json"));
    QTest::newRow("a catalog id with another URL is another feed") << otherGithub << 4 << 5 << "github-2"
                                                                   << "GITHUB" << otherGithub.url;
}

void TestSourceSettingsModel::addsSources()
{
    QFETCH(SourceConfig, added);
    QFETCH(int, row);
    QFETCH(int, rows);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QUrl, url);

    SourceSettingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    model.setSources({disabled(intranet)});
    QSignalSpy edited(&model, &SourceSettingsModel::edited);
    QVERIFY(edited.isValid());

    added.enabled = false; // adding always switches on
    QCOMPARE(model.addSource(added), row);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(model.rowCount(), rows);
    const SourceConfig config = model.configAt(row);
    QCOMPARE(config.id, id);
    QCOMPARE(config.name, name);
    QCOMPARE(config.url, url);
    QVERIFY2(isSourceId(config.id), qPrintable(config.id));
    QVERIFY(config.enabled);
    QVERIFY(ids(model.sources()).contains(id));
    const QStringList allIds = rowIds(model);
    QCOMPARE(QSet<QString>(allIds.cbegin(), allIds.cend()).size(), rows); // ids stay unique
}

void TestSourceSettingsModel::updatesSources()
{
    SourceSettingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    model.setSources({intranet});
    QSignalSpy edited(&model, &SourceSettingsModel::edited);
    QVERIFY(edited.isValid());

    SourceConfig edit = source(QStringLiteral("renamed"), QStringLiteral("https://elsewhere.test/feed.json"));
    edit.services = QStringList {"actions", "pages"};
    edit.secretHeader = QStringLiteral("Authorization");
    edit.secretValue = QStringLiteral("Bearer s3cret");
    edit.interval = 120s;

    // A catalog entry keeps its id and its address; everything else is the user's.
    model.updateSource(1, edit);
    SourceConfig config = model.configAt(1);
    QCOMPARE(config.id, QStringLiteral("github"));
    QCOMPARE(config.url, github.url);
    QCOMPARE(config.services, edit.services);
    QCOMPARE(config.secretValue, edit.secretValue);
    QCOMPARE(config.interval, 120s);
    QCOMPARE(model.index(1, SourceSettingsModel::IntervalColumn).data().toString(), QStringLiteral("2 min"));
    QCOMPARE(ids(model.sources()), (QStringList {"github", "intranet"}));

    // One of the user's own keeps its id (its history) but may move.
    model.updateSource(3, edit);
    config = model.configAt(3);
    QCOMPARE(config.id, QStringLiteral("intranet"));
    QCOMPARE(config.url, edit.url);
    QCOMPARE(config.name, QStringLiteral("RENAMED"));
    QCOMPARE(edited.count(), 2);
}

void TestSourceSettingsModel::removesSources_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QStringList>("sources");

    // Configured: github (300 s), intranet, wiki.
    QTest::newRow("a custom source goes away")
        << 3 << QStringList {"aws", "github", "slack", "wiki"} << QStringList {"github", "wiki"};
    QTest::newRow("a catalog entry is switched off and reset")
        << 1 << QStringList {"aws", "github", "slack", "intranet", "wiki"}
        << QStringList {"intranet", "wiki"};
}

void TestSourceSettingsModel::removesSources()
{
    QFETCH(int, row);
    QFETCH(QStringList, rows);
    QFETCH(QStringList, sources);

    SourceSettingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    model.setSources({withInterval(github, 300s), intranet, wiki});
    QSignalSpy edited(&model, &SourceSettingsModel::edited);
    QVERIFY(edited.isValid());

    model.removeSource(row);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(rowIds(model), rows);
    QCOMPARE(ids(model.sources()), sources);
    if (model.isCatalogRow(row)) {
        const SourceConfig config = model.configAt(row);
        QVERIFY(!config.enabled);
        QCOMPARE(config.interval, github.interval);
        QCOMPARE(model.index(row, 0).data(SourceSettingsModel::HealthRole).toString(), QStringLiteral("off"));
    }
}

void TestSourceSettingsModel::showsHealthAndErrors_data()
{
    QTest::addColumn<SourceConfig>("config");
    QTest::addColumn<QList<SourceState>>("states");
    QTest::addColumn<QString>("health");
    QTest::addColumn<QString>("healthText");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("healthTip");
    QTest::addColumn<QString>("kind");

    const QString refused = QStringLiteral("unreachable: Connection refused");
    QTest::newRow("not polled yet") << intranet << QList<SourceState>() << "pending"
                                    << "Not checked yet"
                                    << ""
                                    << "Not checked yet"
                                    << "Statuspage";
    QTest::newRow("fresh") << intranet << QList<SourceState> {state("intranet", SourceHealth::Fresh)}
                           << "fresh" << sourceHealthText(SourceHealth::Fresh) << ""
                           << sourceHealthText(SourceHealth::Fresh) << "Statuspage";
    QTest::newRow("stale") << intranet << QList<SourceState> {state("intranet", SourceHealth::Stale)}
                           << "stale" << sourceHealthText(SourceHealth::Stale) << ""
                           << sourceHealthText(SourceHealth::Stale) << "Statuspage";
    QTest::newRow("failing, with its error")
        << intranet
        << QList<SourceState> {state("other", SourceHealth::Fresh),
                               state("intranet", SourceHealth::Failing, refused)}
        << "failing" << sourceHealthText(SourceHealth::Failing) << refused << refused << "Statuspage";
    QTest::newRow("off, whatever the last state")
        << disabled(intranet) << QList<SourceState> {state("intranet", SourceHealth::Fresh)} << "off"
        << "Off"
        << ""
        << "Off"
        << "Statuspage";
    QTest::newRow("automatic shows what was detected")
        << wiki << QList<SourceState> {state("wiki", SourceHealth::Fresh, QString(), FeedKind::Instatus)}
        << "fresh" << sourceHealthText(SourceHealth::Fresh) << "" << sourceHealthText(SourceHealth::Fresh)
        << "Automatic (Instatus)";
}

void TestSourceSettingsModel::showsHealthAndErrors()
{
    QFETCH(SourceConfig, config);
    QFETCH(QList<SourceState>, states);
    QFETCH(QString, health);
    QFETCH(QString, healthText);
    QFETCH(QString, error);
    QFETCH(QString, healthTip);
    QFETCH(QString, kind);

    SourceSettingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    model.setSources({config});
    QSignalSpy edited(&model, &SourceSettingsModel::edited);
    QVERIFY(edited.isValid());
    model.setStates(states);

    const int row = model.rowOf(config.id);
    QCOMPARE(row, 3);
    QCOMPARE(model.index(row, 0).data(SourceSettingsModel::HealthRole).toString(), health);
    QCOMPARE(model.index(row, SourceSettingsModel::HealthColumn).data().toString(), healthText);
    QCOMPARE(model.index(row, SourceSettingsModel::HealthColumn).data(Qt::ToolTipRole).toString(), healthTip);
    QCOMPARE(model.index(row, SourceSettingsModel::ErrorColumn).data().toString(), error);
    QCOMPARE(model.index(row, SourceSettingsModel::KindColumn).data().toString(), kind);
    QCOMPARE(model.index(row, SourceSettingsModel::UrlColumn).data().toString(),
             config.url.toDisplayString());
    // The catalog's entries that are not configured are off, whatever the states say.
    QCOMPARE(model.index(0, SourceSettingsModel::HealthColumn).data().toString(), QStringLiteral("Off"));
    QCOMPARE(edited.count(), 0);
}

void TestSourceSettingsModel::statesChangeOnlyTheRowsThatChanged()
{
    SourceSettingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    model.setSources({aws, github, slack, intranet});
    model.setStates({state("aws", SourceHealth::Fresh), state("github", SourceHealth::Fresh),
                     state("slack", SourceHealth::Fresh), state("intranet", SourceHealth::Fresh)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(changed.isValid());
    QVERIFY(reset.isValid());

    model.setStates({state("aws", SourceHealth::Fresh), state("github", SourceHealth::Failing, "timed out"),
                     state("slack", SourceHealth::Fresh), state("intranet", SourceHealth::Fresh)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 1);
    QCOMPARE(changed[0][1].toModelIndex().row(), 1);

    changed.clear();
    model.setStates({state("aws", SourceHealth::Fresh), state("github", SourceHealth::Failing, "timed out"),
                     state("slack", SourceHealth::Fresh), state("intranet", SourceHealth::Fresh)});
    QCOMPARE(changed.count(), 0);
}

void TestSourceSettingsModel::searchAndSortValues()
{
    SourceSettingsModel model;
    model.setCatalog(catalog());
    model.setSources({withInterval(intranet, 900s)});
    const QString search = model.index(3, 0).data(SourceSettingsModel::SearchTextRole).toString();
    for (const char *part : {"INTRANET", "intranet", "status.intranet.test", "Statuspage", "statuspage"})
        QVERIFY2(search.contains(QLatin1String(part)), part);
    QCOMPARE(
        model.index(3, SourceSettingsModel::IntervalColumn).data(SourceSettingsModel::SortRole).toLongLong(),
        900);
    QCOMPARE(model.index(3, SourceSettingsModel::IntervalColumn).data().toString(), QStringLiteral("15 min"));
    QCOMPARE(model.headerData(SourceSettingsModel::HealthColumn, Qt::Horizontal).toString(),
             QStringLiteral("Health"));
}

QTEST_GUILESS_MAIN(TestSourceSettingsModel)
#include "tst_sourcesettingsmodel.moc"
