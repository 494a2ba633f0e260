// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/regioncatalog.h"

#include <QSet>
#include <QTest>

using namespace radar;

class TestRegionCatalog : public QObject
{
    Q_OBJECT
private slots:
    void providers();
    void everyRegionIsWellFormed_data();
    void everyRegionIsWellFormed();
    void noDuplicateIdsOrNames();
    void everyNameRoundTrips_data();
    void everyNameRoundTrips();
    void lookups_data();
    void lookups();
    void azureServicesAreNotRegions_data();
    void azureServicesAreNotRegions();
    void samePlaceAcrossProviders_data();
    void samePlaceAcrossProviders();
    void unknownRegionsHaveNoPlace();
    void injectedCatalog();
};

namespace {

const RegionCatalog &catalog()
{
    return RegionCatalog::builtIn();
}

} // namespace

void TestRegionCatalog::providers()
{
    QCOMPARE(catalog().providers(), (QStringList {"aws", "gcp", "azure"}));
    QVERIFY(catalog().regions(u"oracle").isEmpty());
    QCOMPARE(catalog().find(u"oracle", u"us-east-1"), std::nullopt);
    // Providers are canonical ids, but a stray capital from a settings file should not matter.
    QCOMPARE(catalog().find(u"AWS", u"us-east-1")->id, QStringLiteral("us-east-1"));
}

void TestRegionCatalog::everyRegionIsWellFormed_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("id");
    for (const QString &provider : catalog().providers()) {
        for (const RegionInfo &region : catalog().regions(provider))
            QTest::addRow("%s/%s", qPrintable(provider), qPrintable(region.id)) << provider << region.id;
    }
}

void TestRegionCatalog::everyRegionIsWellFormed()
{
    QFETCH(QString, provider);
    QFETCH(QString, id);
    const std::optional<RegionInfo> region = catalog().find(provider, id);
    QVERIFY(region);
    QCOMPARE(region->provider, provider);
    QCOMPARE(region->id, id.toLower());
    QVERIFY(!region->id.contains(QLatin1Char(' ')));
    QVERIFY(!region->name.isEmpty());
    QCOMPARE(region->name, region->name.trimmed());
    if (id == QLatin1StringView("global")) {
        QVERIFY(region->country.isEmpty());
        QCOMPARE(region->place, QStringLiteral("Global"));
        return;
    }
    QCOMPARE(region->country.size(), 2);
    QCOMPARE(region->country, region->country.toUpper());
    QVERIFY(region->country.at(0).isLetter() && region->country.at(1).isLetter());
    // The place ends in the country code: a typo in either shows up as a mismatch here.
    QVERIFY2(region->place.endsWith(QStringLiteral(", ") + region->country), qPrintable(region->place));
    QVERIFY(region->place.size() > 4);
}

void TestRegionCatalog::noDuplicateIdsOrNames()
{
    for (const QString &provider : catalog().providers()) {
        QSet<QString> ids;
        QSet<QString> names;
        for (const RegionInfo &region : catalog().regions(provider)) {
            QVERIFY2(!ids.contains(region.id), qPrintable(provider + QLatin1Char('/') + region.id));
            ids.insert(region.id);
            const QStringList allNames = QStringList(region.otherNames) << region.name;
            for (const QString &name : allNames) {
                const QString folded = name.toCaseFolded();
                QVERIFY2(!names.contains(folded), qPrintable(provider + QLatin1Char('/') + name));
                names.insert(folded);
            }
        }
        QVERIFY(ids.contains(QStringLiteral("global")));
    }
}

void TestRegionCatalog::everyNameRoundTrips_data()
{
    everyRegionIsWellFormed_data();
}

void TestRegionCatalog::everyNameRoundTrips()
{
    QFETCH(QString, provider);
    QFETCH(QString, id);
    const std::optional<RegionInfo> byId = catalog().find(provider, id);
    QVERIFY(byId);
    // id -> name -> id, in every spelling a feed might use.
    const QStringList allNames = QStringList(byId->otherNames) << byId->name;
    for (const QString &name : allNames) {
        for (const QString &spelling :
             {name, name.toUpper(), name.toLower(), QStringLiteral("  %1 ").arg(name)}) {
            const std::optional<RegionInfo> byName = catalog().find(provider, spelling);
            QVERIFY2(byName, qPrintable(spelling));
            QCOMPARE(byName->id, id);
        }
    }
    QCOMPARE(catalog().find(provider, id.toUpper())->id, id);
    QCOMPARE(catalog().find(provider, QStringLiteral("%1 (%2)").arg(byId->name, id))->id, id);
    QCOMPARE(catalog().placeOf(provider, id), byId->place);
}

void TestRegionCatalog::lookups_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: not a region

    QTest::newRow("aws short name") << "aws"
                                    << "N. Virginia"
                                    << "us-east-1";
    QTest::newRow("aws long name") << "aws"
                                   << "US East (N. Virginia)"
                                   << "us-east-1";
    QTest::newRow("aws id") << "aws"
                            << "us-east-1"
                            << "us-east-1";
    QTest::newRow("aws feed UAE") << "aws"
                                  << "UAE"
                                  << "me-central-1";
    QTest::newRow("aws feed Bahrain") << "aws"
                                      << "Bahrain"
                                      << "me-south-1";
    QTest::newRow("aws feed Melbourne") << "aws"
                                        << "Melbourne"
                                        << "ap-southeast-4";
    QTest::newRow("aws old EU form") << "aws"
                                     << "EU (Frankfurt)"
                                     << "eu-central-1";
    QTest::newRow("aws Europe form") << "aws"
                                     << "Europe (Frankfurt)"
                                     << "eu-central-1";
    QTest::newRow("aws canada") << "aws"
                                << "Canada (Central)"
                                << "ca-central-1";
    QTest::newRow("aws montreal") << "aws"
                                  << "Montreal"
                                  << "ca-central-1";
    QTest::newRow("aws new zealand") << "aws"
                                     << "ap-southeast-6"
                                     << "ap-southeast-6";
    QTest::newRow("aws accented") << "aws"
                                  << "South America (São Paulo)"
                                  << "sa-east-1";
    QTest::newRow("aws unaccented") << "aws"
                                    << "Sao Paulo"
                                    << "sa-east-1";
    QTest::newRow("aws govcloud") << "aws"
                                  << "AWS GovCloud (US-West)"
                                  << "us-gov-west-1";
    QTest::newRow("aws china") << "aws"
                               << "cn-northwest-1"
                               << "cn-northwest-1";
    QTest::newRow("aws zone") << "aws"
                              << "us-east-1a"
                              << "us-east-1";
    QTest::newRow("aws global") << "aws"
                                << "global"
                                << "global";
    QTest::newRow("aws azure id") << "aws"
                                  << "eastus"
                                  << "";
    QTest::newRow("aws gcp id") << "aws"
                                << "us-east1"
                                << "";
    QTest::newRow("aws unknown zone") << "aws"
                                      << "us-east-9a"
                                      << "";

    QTest::newRow("gcp title") << "gcp"
                               << "Iowa (us-central1)"
                               << "us-central1";
    QTest::newRow("gcp bare id") << "gcp"
                                 << "us-central1"
                                 << "us-central1";
    QTest::newRow("gcp name") << "gcp"
                              << "Iowa"
                              << "us-central1";
    QTest::newRow("gcp virginia title") << "gcp"
                                        << "Northern Virginia (us-east4)"
                                        << "us-east4";
    QTest::newRow("gcp montreal title") << "gcp"
                                        << "Montréal (northamerica-northeast1)"
                                        << "northamerica-northeast1";
    QTest::newRow("gcp montreal decomposed")
        << "gcp" << QStringLiteral("Montre\u0301al") << "northamerica-northeast1";
    QTest::newRow("gcp montreal unaccented") << "gcp"
                                             << "Montreal"
                                             << "northamerica-northeast1";
    QTest::newRow("gcp sao paulo title") << "gcp"
                                         << "São Paulo (southamerica-east1)"
                                         << "southamerica-east1";
    QTest::newRow("gcp sao paulo name") << "gcp"
                                        << "São Paulo"
                                        << "southamerica-east1";
    QTest::newRow("gcp queretaro") << "gcp"
                                   << "Queretaro"
                                   << "northamerica-south1";
    QTest::newRow("gcp zurich umlaut") << "gcp"
                                       << "Zürich"
                                       << "europe-west6";
    QTest::newRow("gcp Global") << "gcp"
                                << "Global"
                                << "global";
    QTest::newRow("gcp global") << "gcp"
                                << "global"
                                << "global";
    QTest::newRow("gcp zone") << "gcp"
                              << "us-east1-b"
                              << "us-east1";
    QTest::newRow("gcp zone long id") << "gcp"
                                      << "europe-west10-c"
                                      << "europe-west10";
    QTest::newRow("gcp zone upper case") << "gcp"
                                         << "ASIA-NORTHEAST1-A"
                                         << "asia-northeast1";
    QTest::newRow("gcp title of unknown id") << "gcp"
                                             << "Atlantis (atlantis-east1)"
                                             << "";
    QTest::newRow("gcp aws name") << "gcp"
                                  << "N. Virginia"
                                  << "";
    QTest::newRow("gcp aws id") << "gcp"
                                << "us-east-1"
                                << "";

    QTest::newRow("azure name") << "azure"
                                << "East US"
                                << "eastus";
    QTest::newRow("azure numbered") << "azure"
                                    << "East US 2"
                                    << "eastus2";
    QTest::newRow("azure id") << "azure"
                              << "westus"
                              << "westus";
    QTest::newRow("azure lower case") << "azure"
                                      << "west us"
                                      << "westus";
    QTest::newRow("azure whitespace") << "azure"
                                      << "\t West US \n"
                                      << "westus";
    QTest::newRow("azure non-breaking space") << "azure" << QStringLiteral("West\u00a0US") << "westus";
    QTest::newRow("azure non-regional") << "azure"
                                        << "Public Non-Regional"
                                        << "global";
    QTest::newRow("azure global") << "azure"
                                  << "Global"
                                  << "global";
    QTest::newRow("azure germany") << "azure"
                                   << "Germany West Central"
                                   << "germanywestcentral";
    QTest::newRow("azure prefix only") << "azure"
                                       << "West"
                                       << "";
    QTest::newRow("azure name with extra word") << "azure"
                                                << "West US Region"
                                                << "";
    QTest::newRow("azure aws id") << "azure"
                                  << "us-east-1"
                                  << "";
    QTest::newRow("empty") << "azure"
                           << ""
                           << "";
    QTest::newRow("blank") << "azure"
                           << "   "
                           << "";
}

void TestRegionCatalog::lookups()
{
    QFETCH(QString, provider);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const std::optional<RegionInfo> region = catalog().find(provider, input);
    QCOMPARE(region ? region->id : QString(), expected);
    QCOMPARE(region.has_value(), !expected.isEmpty());
}

void TestRegionCatalog::azureServicesAreNotRegions_data()
{
    QTest::addColumn<QString>("category");
    for (const char *category :
         {"API Management", "Virtual Machines", "Azure Front Door", "Storage", "App Service", "SQL Database",
          "Azure Cosmos DB", "Microsoft Entra ID", "Azure DevOps", "Azure Resource Manager",
          "Multiple Services", "Virtual Network", "Azure Kubernetes Service (AKS)", "Azure Monitor"})
        QTest::newRow(category) << QString::fromLatin1(category);
}

void TestRegionCatalog::azureServicesAreNotRegions()
{
    QFETCH(QString, category);
    QCOMPARE(catalog().find(u"azure", category), std::nullopt);
    QCOMPARE(catalog().placeOf(u"azure", category), QString());
}

void TestRegionCatalog::samePlaceAcrossProviders_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QStringList>("regions"); // provider/id

    QTest::newRow("virginia") << "Virginia, US"
                              << QStringList {"aws/us-east-1", "gcp/us-east4", "azure/eastus",
                                              "azure/eastus2"};
    QTest::newRow("frankfurt") << "Frankfurt, DE"
                               << QStringList {"aws/eu-central-1", "gcp/europe-west3",
                                               "azure/germanywestcentral"};
    QTest::newRow("tokyo") << "Tokyo, JP"
                           << QStringList {"aws/ap-northeast-1", "gcp/asia-northeast1", "azure/japaneast"};
    QTest::newRow("london") << "London, GB"
                            << QStringList {"aws/eu-west-2", "gcp/europe-west2", "azure/uksouth"};
    QTest::newRow("singapore") << "Singapore, SG"
                               << QStringList {"aws/ap-southeast-1", "gcp/asia-southeast1",
                                               "azure/southeastasia"};
    QTest::newRow("oregon") << "Oregon, US" << QStringList {"aws/us-west-2", "gcp/us-west1"};
    QTest::newRow("sydney") << "Sydney, AU"
                            << QStringList {"aws/ap-southeast-2", "gcp/australia-southeast1",
                                            "azure/australiaeast"};
    QTest::newRow("global") << "Global" << QStringList {"aws/global", "gcp/global", "azure/global"};
}

void TestRegionCatalog::samePlaceAcrossProviders()
{
    QFETCH(QString, place);
    QFETCH(QStringList, regions);
    for (const QString &region : std::as_const(regions)) {
        const QString provider = region.section(QLatin1Char('/'), 0, 0);
        const QString id = region.section(QLatin1Char('/'), 1);
        QVERIFY2(catalog().find(provider, id), qPrintable(region));
        QCOMPARE(catalog().placeOf(provider, id), place);
    }
}

void TestRegionCatalog::unknownRegionsHaveNoPlace()
{
    QCOMPARE(catalog().placeOf(u"aws", u"nowhere-1"), QString());
    QCOMPARE(catalog().placeOf(u"gcp", u""), QString());
    QCOMPARE(catalog().placeOf(u"oracle", u"us-ashburn-1"), QString());
}

void TestRegionCatalog::injectedCatalog()
{
    RegionInfo first {"test", "north-1", "North", {"Up There"}, "NO", "Oslo, NO"};
    RegionInfo duplicate {"test", "north-1", "Norte", {}, "NO", "Tromsø, NO"};
    const RegionCatalog small({first, duplicate});
    QCOMPARE(small.providers(), QStringList {"test"});
    QCOMPARE(small.regions(u"test").size(), 2); // kept, so a test over regions() can catch it
    QCOMPARE(small.find(u"test", u"up there")->place, QStringLiteral("Oslo, NO"));
    QCOMPARE(small.placeOf(u"test", u"north-1"), QStringLiteral("Oslo, NO"));
    QCOMPARE(small.find(u"aws", u"us-east-1"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestRegionCatalog)
#include "tst_regioncatalog.moc"
