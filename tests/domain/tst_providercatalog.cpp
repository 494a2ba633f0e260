// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/providercatalog.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace radar;

class TestProviderCatalog : public QObject
{
    Q_OBJECT
private slots:
    void builtInCatalogHasTheFoundationProviders();
    void invalid_data();
    void invalid();
};

void TestProviderCatalog::builtInCatalogHasTheFoundationProviders()
{
    QFile file(QStringLiteral(RADAR_SOURCE_DIR "/resources/catalog/providers.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ProviderCatalog catalog = ProviderCatalog::fromJson(file.readAll());
    QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
    QVERIFY(catalog.entries.size() >= 40);
    QSet<int> kinds;
    for (const CatalogEntry &entry : catalog.entries) {
        QCOMPARE(entry.source.url.scheme(), QStringLiteral("https"));
        QVERIFY2(!entry.source.name.isEmpty(), qPrintable(entry.source.id));
        kinds.insert(int(entry.source.kind));
        if (entry.source.kind == FeedKind::Statuspage)
            QVERIFY(entry.source.url.path().endsWith(QStringLiteral("/api/v2/summary.json")));
    }
    QVERIFY(!kinds.contains(int(FeedKind::Auto))); // every entry names its adapter
    QVERIFY(kinds.size() >= 6);
    QStringList defaults;
    for (const SourceConfig &source : catalog.defaultSources())
        defaults.append(source.id);
    for (const char *id : {"aws", "gcp", "azure", "github", "cloudflare", "atlassian", "discord", "dropbox"})
        QVERIFY2(defaults.contains(QLatin1StringView(id)), id);
}

void TestProviderCatalog::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("providers:");
    QTest::newRow("no providers") << QByteArray(R"({"providers": []})");
    QTest::newRow("missing id") << QByteArray(
        R"({"providers": [{"name":"A","url":"https://a.test","kind":"statuspage"}]})");
    QTest::newRow("unknown kind") << QByteArray(
        R"({"providers": [{"id":"a","url":"https://a.test","kind":"gopher"}]})");
    QTest::newRow("duplicate id") << QByteArray(
        R"({"providers": [{"id":"a","url":"https://a.test","kind":"statuspage"},
                                                                  {"id":"a","url":"https://b.test","kind":"statuspage"}]})");
}

void TestProviderCatalog::invalid()
{
    QFETCH(QByteArray, json);
    const ProviderCatalog catalog = ProviderCatalog::fromJson(json);
    QVERIFY(!catalog.error.isEmpty());
    QVERIFY(catalog.entries.isEmpty());
}

QTEST_GUILESS_MAIN(TestProviderCatalog)
#include "tst_providercatalog.moc"
