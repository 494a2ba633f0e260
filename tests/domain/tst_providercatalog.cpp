// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/providercatalog.h"

#include <QFile>
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
    QStringList defaults;
    for (const SourceConfig &source : catalog.defaultSources()) {
        defaults.append(source.id);
        QCOMPARE(source.kind, FeedKind::Statuspage);
        QCOMPARE(source.url.scheme(), QStringLiteral("https"));
        QVERIFY(source.url.path().endsWith(QStringLiteral("/api/v2/summary.json")));
    }
    for (const char *id : {"github", "cloudflare", "atlassian", "discord", "dropbox"})
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
