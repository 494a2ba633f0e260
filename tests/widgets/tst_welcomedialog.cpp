// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run welcome: choosing services and cloud regions with the mouse and the keyboard,
// searching both lists, and what Start and Skip hand back.
#include "welcomedialog.h"

#include "domain/regioncatalog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace radar;

namespace {

CatalogEntry entry(const char *id, const char *name, FeedKind kind, bool enabledByDefault)
{
    CatalogEntry entry;
    entry.source.id = QString::fromLatin1(id);
    entry.source.name = QString::fromLatin1(name);
    entry.source.url = QUrl(QStringLiteral("https://status.example.com/%1").arg(entry.source.id));
    entry.source.kind = kind;
    entry.enabledByDefault = enabledByDefault;
    return entry;
}

// Like the real catalog: the three clouds (two on by default), two status pages, and a second
// AWS feed that is not on by default.
const QList<CatalogEntry> catalog {
    entry("aws", "AWS", FeedKind::AwsHealth, true),
    entry("gcp", "Google Cloud", FeedKind::GoogleCloud, true),
    entry("azure", "Azure", FeedKind::Azure, false),
    entry("github", "GitHub", FeedKind::Statuspage, true),
    entry("slack", "Slack", FeedKind::Slack, false),
    entry("aws-rss-all", "AWS (RSS, every service)", FeedKind::AwsRss, false),
};

const QStringList defaults {QStringLiteral("aws"), QStringLiteral("gcp"), QStringLiteral("github")};

QListWidgetItem *providerItem(const WelcomeDialog &dialog, const QString &id)
{
    QListWidget *list = dialog.providerList();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(WelcomeDialog::SourceIdRole).toString() == id)
            return list->item(row);
    }
    return nullptr;
}

QListWidgetItem *regionItem(const WelcomeDialog &dialog, const QString &cloud, const QString &region)
{
    QListWidget *list = dialog.regionList();
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->data(WelcomeDialog::ProviderRole).toString() == cloud
            && item->data(WelcomeDialog::RegionIdRole).toString() == region)
            return list->item(row);
    }
    return nullptr;
}

/// The clouds whose regions the list shows now.
QStringList shownClouds(const WelcomeDialog &dialog)
{
    QStringList clouds;
    QListWidget *list = dialog.regionList();
    for (int row = 0; row < list->count(); ++row) {
        const QString cloud = list->item(row)->data(WelcomeDialog::ProviderRole).toString();
        if (!list->item(row)->isHidden() && !clouds.contains(cloud))
            clouds.append(cloud);
    }
    return clouds;
}

QStringList shownProviders(const WelcomeDialog &dialog)
{
    QStringList ids;
    QListWidget *list = dialog.providerList();
    for (int row = 0; row < list->count(); ++row) {
        if (!list->item(row)->isHidden())
            ids.append(list->item(row)->data(WelcomeDialog::SourceIdRole).toString());
    }
    return ids;
}

/// Checks or unchecks an entry the way a person does: search for it, then Space on it.
void toggleByKeyboard(QLineEdit *filter, QListWidget *list, QListWidgetItem *item, const QString &search)
{
    filter->setFocus();
    filter->clear();
    QTest::keyClicks(filter, search);
    QVERIFY(!item->isHidden());
    list->setFocus();
    list->setCurrentItem(item);
    QTest::keyClick(list, Qt::Key_Space);
    filter->clear();
}

} // namespace

class TestWelcomeDialog : public QObject
{
    Q_OBJECT
private slots:
    void defaultsComeChecked();
    void choices_data();
    void choices();
    void providerSearch_data();
    void providerSearch();
    void regionSearch_data();
    void regionSearch();
    void regionsOnlyForCheckedClouds();
    void keyboardOnly();
    void skipKeepsTheDefaults_data();
    void skipKeepsTheDefaults();
    void nothingCheckedIsNoStart();
    void realCatalog();
};

void TestWelcomeDialog::defaultsComeChecked()
{
    WelcomeDialog dialog;
    dialog.setCatalog(catalog);
    QCOMPARE(dialog.providerList()->count(), catalog.size());
    QCOMPARE(providerItem(dialog, QStringLiteral("github"))->text(), QStringLiteral("GitHub"));
    QCOMPARE(providerItem(dialog, QStringLiteral("slack"))->checkState(), Qt::Unchecked);
    QCOMPARE(dialog.enabledSourceIds(), defaults);
    QVERIFY(dialog.watchEntries().isEmpty()); // no region is chosen for the user
    QVERIFY(!dialog.skipped());
    QCOMPARE(shownClouds(dialog), (QStringList {QStringLiteral("aws"), QStringLiteral("gcp")}));
    // A region reads as its cloud, its name and its id.
    QCOMPARE(regionItem(dialog, QStringLiteral("aws"), QStringLiteral("us-east-1"))->text(),
             QStringLiteral("AWS: N. Virginia (us-east-1)"));
    // Every region of each cloud is offered, once.
    const int regions = RegionCatalog::builtIn().regions(u"aws").size()
        + RegionCatalog::builtIn().regions(u"gcp").size() + RegionCatalog::builtIn().regions(u"azure").size();
    QCOMPARE(dialog.regionList()->count(), regions);
}

void TestWelcomeDialog::choices_data()
{
    QTest::addColumn<QStringList>("toggleFirst"); // source ids whose check flips before the regions
    QTest::addColumn<QStringList>("regions"); // "cloud/region" to check
    QTest::addColumn<QStringList>("toggleAfter"); // and after
    QTest::addColumn<QStringList>("sources");
    QTest::addColumn<QStringList>("watched"); // "cloud/region"

    QTest::addRow("the defaults") << QStringList() << QStringList() << QStringList() << defaults
                                  << QStringList();
    QTest::addRow("AWS regions, in catalog order")
        << QStringList() << QStringList {QStringLiteral("aws/eu-central-1"), QStringLiteral("aws/us-east-1")}
        << QStringList() << defaults
        << QStringList {QStringLiteral("aws/us-east-1"), QStringLiteral("aws/eu-central-1")};
    QTest::addRow("two clouds") << QStringList()
                                << QStringList {QStringLiteral("gcp/europe-north1"),
                                                QStringLiteral("aws/us-west-2")}
                                << QStringList() << defaults
                                << QStringList {QStringLiteral("aws/us-west-2"),
                                                QStringLiteral("gcp/europe-north1")};
    QTest::addRow("Azure added with a region")
        << QStringList {QStringLiteral("azure"), QStringLiteral("slack")}
        << QStringList {QStringLiteral("azure/westeurope")} << QStringList()
        << QStringList {QStringLiteral("aws"), QStringLiteral("gcp"), QStringLiteral("azure"),
                        QStringLiteral("github"), QStringLiteral("slack")}
        << QStringList {QStringLiteral("azure/westeurope")};
    QTest::addRow("a cloud unchecked takes its regions")
        << QStringList() << QStringList {QStringLiteral("gcp/europe-north1"), QStringLiteral("aws/us-east-1")}
        << QStringList {QStringLiteral("gcp")}
        << QStringList {QStringLiteral("aws"), QStringLiteral("github")}
        << QStringList {QStringLiteral("aws/us-east-1")};
    QTest::addRow("the other AWS feed shows AWS regions")
        << QStringList {QStringLiteral("aws"), QStringLiteral("aws-rss-all")}
        << QStringList {QStringLiteral("aws/ap-southeast-2")} << QStringList()
        << QStringList {QStringLiteral("gcp"), QStringLiteral("github"), QStringLiteral("aws-rss-all")}
        << QStringList {QStringLiteral("aws/ap-southeast-2")};
    QTest::addRow("no clouds at all")
        << QStringList {QStringLiteral("aws"), QStringLiteral("gcp")} << QStringList() << QStringList()
        << QStringList {QStringLiteral("github")} << QStringList();
}

void TestWelcomeDialog::choices()
{
    QFETCH(QStringList, toggleFirst);
    QFETCH(QStringList, regions);
    QFETCH(QStringList, toggleAfter);
    QFETCH(QStringList, sources);
    QFETCH(QStringList, watched);
    WelcomeDialog dialog;
    dialog.setCatalog(catalog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const auto toggle = [&](const QString &id) {
        QListWidgetItem *item = providerItem(dialog, id);
        QVERIFY2(item, qPrintable(id));
        toggleByKeyboard(dialog.providerFilter(), dialog.providerList(), item, item->text());
    };
    for (const QString &id : toggleFirst)
        toggle(id);
    for (const QString &region : regions) {
        const QStringList parts = region.split(u'/');
        QListWidgetItem *item = regionItem(dialog, parts.at(0), parts.at(1));
        QVERIFY2(item, qPrintable(region));
        toggleByKeyboard(dialog.regionFilter(), dialog.regionList(), item, parts.at(1));
        QCOMPARE(item->checkState(), Qt::Checked);
    }
    for (const QString &id : toggleAfter)
        toggle(id);

    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.skipped());
    QCOMPARE(dialog.enabledSourceIds(), sources);
    QList<WatchList::Entry> expected;
    for (const QString &region : watched) {
        const QStringList parts = region.split(u'/');
        expected.append(WatchList::region(parts.at(0), parts.at(1)));
    }
    QCOMPARE(dialog.watchEntries(), expected);
    for (const WatchList::Entry &watch : dialog.watchEntries())
        QCOMPARE(watch.scope, WatchList::Scope::Region);
}

void TestWelcomeDialog::providerSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("shown");
    QTest::addRow("nothing typed") << QString()
                                   << QStringList {QStringLiteral("aws"),   QStringLiteral("gcp"),
                                                   QStringLiteral("azure"), QStringLiteral("github"),
                                                   QStringLiteral("slack"), QStringLiteral("aws-rss-all")};
    QTest::addRow("by name, any case") << QStringLiteral("gItH") << QStringList {QStringLiteral("github")};
    QTest::addRow("part of a name") << QStringLiteral("cloud") << QStringList {QStringLiteral("gcp")};
    QTest::addRow("by id") << QStringLiteral("gcp") << QStringList {QStringLiteral("gcp")};
    QTest::addRow("several") << QStringLiteral("aws")
                             << QStringList {QStringLiteral("aws"), QStringLiteral("aws-rss-all")};
    QTest::addRow("spaces around") << QStringLiteral("  slack ") << QStringList {QStringLiteral("slack")};
    QTest::addRow("nothing matches") << QStringLiteral("zzz") << QStringList();
}

void TestWelcomeDialog::providerSearch()
{
    QFETCH(QString, search);
    QFETCH(QStringList, shown);
    WelcomeDialog dialog;
    dialog.setCatalog(catalog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.providerFilter(), search);
    QCOMPARE(shownProviders(dialog), shown);
    // The current entry, which Space toggles, is always one that is shown.
    if (!shown.isEmpty())
        QVERIFY(!dialog.providerList()->currentItem()->isHidden());
    // Searching checks and unchecks nothing.
    QCOMPARE(dialog.enabledSourceIds(), defaults);
    dialog.providerFilter()->clear();
    QCOMPARE(shownProviders(dialog).size(), catalog.size());
}

void TestWelcomeDialog::regionSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("mustShow"); // "cloud/region"
    QTest::addColumn<QStringList>("mustHide");
    QTest::addRow("a city, in both clouds")
        << QStringLiteral("frankfurt")
        << QStringList {QStringLiteral("aws/eu-central-1"), QStringLiteral("gcp/europe-west3")}
        << QStringList {QStringLiteral("aws/us-east-1"), QStringLiteral("azure/germanywestcentral")};
    QTest::addRow("an id") << QStringLiteral("us-east-1") << QStringList {QStringLiteral("aws/us-east-1")}
                           << QStringList {QStringLiteral("aws/us-east-2"), QStringLiteral("gcp/us-east1")};
    QTest::addRow("a console name") << QStringLiteral("US East (N. Virginia)")
                                    << QStringList {QStringLiteral("aws/us-east-1")}
                                    << QStringList {QStringLiteral("aws/eu-west-1")};
    QTest::addRow("a cloud's name") << QStringLiteral("google")
                                    << QStringList {QStringLiteral("gcp/us-central1")}
                                    << QStringList {QStringLiteral("aws/us-east-1")};
}

void TestWelcomeDialog::regionSearch()
{
    QFETCH(QString, search);
    QFETCH(QStringList, mustShow);
    QFETCH(QStringList, mustHide);
    WelcomeDialog dialog;
    dialog.setCatalog(catalog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.regionFilter(), search);
    for (const QString &region : mustShow) {
        const QStringList parts = region.split(u'/');
        QListWidgetItem *item = regionItem(dialog, parts.at(0), parts.at(1));
        QVERIFY2(item && !item->isHidden(), qPrintable(region));
    }
    for (const QString &region : mustHide) {
        const QStringList parts = region.split(u'/');
        QListWidgetItem *item = regionItem(dialog, parts.at(0), parts.at(1));
        QVERIFY2(item && item->isHidden(), qPrintable(region));
    }
    QVERIFY(!dialog.regionList()->currentItem()->isHidden());
}

void TestWelcomeDialog::regionsOnlyForCheckedClouds()
{
    WelcomeDialog dialog;
    dialog.setCatalog(catalog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.regionPane()->isVisible());

    providerItem(dialog, QStringLiteral("aws"))->setCheckState(Qt::Unchecked);
    QCOMPARE(shownClouds(dialog), QStringList {QStringLiteral("gcp")});
    providerItem(dialog, QStringLiteral("gcp"))->setCheckState(Qt::Unchecked);
    QVERIFY(shownClouds(dialog).isEmpty());
    QVERIFY(!dialog.regionPane()->isVisible()); // nothing to choose: the side goes away
    providerItem(dialog, QStringLiteral("slack"))->setCheckState(Qt::Checked);
    QVERIFY(!dialog.regionPane()->isVisible());
    providerItem(dialog, QStringLiteral("azure"))->setCheckState(Qt::Checked);
    QVERIFY(dialog.regionPane()->isVisible());
    QCOMPARE(shownClouds(dialog), QStringList {QStringLiteral("azure")});
    QVERIFY(!regionItem(dialog, QStringLiteral("azure"), QStringLiteral("westeurope"))->isHidden());
    QVERIFY(regionItem(dialog, QStringLiteral("aws"), QStringLiteral("us-east-1"))->isHidden());
}

void TestWelcomeDialog::keyboardOnly()
{
    WelcomeDialog dialog;
    dialog.setCatalog(catalog);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // The search field has the focus first: typing searches right away.
    QCOMPARE(QApplication::focusWidget(), dialog.providerFilter());
    QTest::keyClicks(dialog.providerFilter(), QStringLiteral("azure"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.providerList());
    QCOMPARE(dialog.providerList()->currentItem()->data(WelcomeDialog::SourceIdRole).toString(),
             QStringLiteral("azure"));
    QTest::keyClick(dialog.providerList(), Qt::Key_Space);
    QCOMPARE(providerItem(dialog, QStringLiteral("azure"))->checkState(), Qt::Checked);
    // On to the regions' search, then their list.
    QTest::keyClick(dialog.providerList(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.regionFilter());
    QTest::keyClicks(dialog.regionFilter(), QStringLiteral("westeurope"));
    QTest::keyClick(dialog.regionFilter(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.regionList());
    QTest::keyClick(dialog.regionList(), Qt::Key_Space);
    // Shift+Tab goes back; the label's mnemonic jumps to the services' search.
    QTest::keyClick(dialog.regionList(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), dialog.regionFilter());
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog.providerFilter());
    // Enter starts, from wherever the focus is.
    dialog.providerList()->setFocus();
    QTest::keyClick(dialog.providerList(), Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.skipped());
    QVERIFY(dialog.enabledSourceIds().contains(QStringLiteral("azure")));
    QCOMPARE(
        dialog.watchEntries(),
        (QList<WatchList::Entry> {WatchList::region(QStringLiteral("azure"), QStringLiteral("westeurope"))}));
}

void TestWelcomeDialog::skipKeepsTheDefaults_data()
{
    QTest::addColumn<bool>("escape");
    QTest::addRow("Skip") << false;
    QTest::addRow("Escape") << true;
}

void TestWelcomeDialog::skipKeepsTheDefaults()
{
    QFETCH(bool, escape);
    WelcomeDialog dialog;
    dialog.setCatalog(catalog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // What the user did before skipping does not count.
    providerItem(dialog, QStringLiteral("github"))->setCheckState(Qt::Unchecked);
    providerItem(dialog, QStringLiteral("slack"))->setCheckState(Qt::Checked);
    regionItem(dialog, QStringLiteral("aws"), QStringLiteral("us-east-1"))->setCheckState(Qt::Checked);
    if (escape)
        QTest::keyClick(dialog.providerFilter(), Qt::Key_Escape);
    else
        QTest::mouseClick(dialog.skipButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.skipped());
    QCOMPARE(dialog.enabledSourceIds(), defaults);
    QVERIFY(dialog.watchEntries().isEmpty());
}

void TestWelcomeDialog::nothingCheckedIsNoStart()
{
    WelcomeDialog dialog;
    dialog.setCatalog(catalog);
    QVERIFY(dialog.startButton()->isEnabled());
    QVERIFY(dialog.startButton()->isDefault());
    for (const QString &id : defaults)
        providerItem(dialog, id)->setCheckState(Qt::Unchecked);
    QVERIFY(!dialog.startButton()->isEnabled());
    QVERIFY(!dialog.startButton()->toolTip().isEmpty()); // it says why
    providerItem(dialog, QStringLiteral("slack"))->setCheckState(Qt::Checked);
    QVERIFY(dialog.startButton()->isEnabled());
}

void TestWelcomeDialog::realCatalog()
{
    QFile file(QStringLiteral(RADAR_SOURCE_DIR "/resources/catalog/providers.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ProviderCatalog real = ProviderCatalog::fromJson(file.readAll());
    QCOMPARE(real.error, QString());
    WelcomeDialog dialog;
    dialog.setCatalog(real.entries);
    QStringList expected;
    for (const SourceConfig &source : real.defaultSources())
        expected.append(source.id);
    QCOMPARE(dialog.enabledSourceIds(), expected);
    QCOMPARE(dialog.providerList()->count(), real.entries.size());
    // The headline and the sentence say what this is; every list and field has a name.
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("welcomeHeadline"))->text().isEmpty());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("welcomeSummary"))->text().isEmpty());
    for (const QWidget *widget : std::initializer_list<const QWidget *> {
             dialog.providerFilter(), dialog.providerList(), dialog.regionFilter(), dialog.regionList()})
        QVERIFY2(!widget->accessibleName().isEmpty() && !widget->objectName().isEmpty(),
                 qPrintable(widget->objectName()));
    // Setting a catalog again replaces, not appends.
    dialog.setCatalog(catalog);
    QCOMPARE(dialog.providerList()->count(), catalog.size());
    QCOMPARE(dialog.enabledSourceIds(), defaults);
}

QTEST_MAIN(TestWelcomeDialog)
#include "tst_welcomedialog.moc"
