// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/azureadapter.h"

#include "feedtesting.h"

#include <QFile>
#include <QTest>

using namespace radar;
using feedtesting::utc;

namespace {

QByteArray fixture(const QString &name)
{
    return feedtesting::fixture(QStringLiteral("azure"), name);
}

const FeedContext context {QStringLiteral("azure"),
                           QUrl(QStringLiteral("https://azure.status.microsoft/en-us/status/feed/"))};

Snapshot parsed(const QByteArray &body)
{
    const ParseResult result = azure::parseFeed(body, context);
    if (!result.ok())
        qFatal("did not parse: %s", qPrintable(result.error));
    return *result.snapshot;
}

CellKey key(const char *service, const char *region)
{
    return {QStringLiteral("azure"), QString::fromLatin1(service), QString::fromLatin1(region)};
}

QByteArray oneItem(const QString &categories, const QString &guid = QStringLiteral("slug"),
                   const QString &pubDate = QStringLiteral("Wed, 29 Oct 2025 16:00:00 Z"))
{
    return QStringLiteral("<rss version=\"2.0\"><channel><title>Azure Status</title><item><guid>%1</guid>%2"
                          "<title>Title</title><description>Text</description><pubDate>%3</pubDate></item>"
                          "</channel></rss>")
        .arg(guid, categories, pubDate)
        .toUtf8();
}

} // namespace

class TestAzureAdapter : public QObject
{
    Q_OBJECT
private slots:
    void itemStatus_data();
    void itemStatus();
    void categories_data();
    void categories();
    void dates_data();
    void dates();
    void emptyChannelIsHealthy();
    void items();
    void reusedGuidsStayApart();
    void hostileInput_data();
    void hostileInput();
    void detection_data();
    void detection();
};

void TestAzureAdapter::itemStatus_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("description");
    QTest::addColumn<Status>("expected");
    QTest::newRow("nothing said") << "Azure Front Door - Connectivity issues"
                                  << "Latencies and timeouts." << Status::Degraded;
    QTest::newRow("partial outage in the title") << "Partial outage: API Management"
                                                 << "" << Status::PartialOutage;
    QTest::newRow("partial outage across a line break") << ""
                                                        << "a partial\r\n outage of" << Status::PartialOutage;
    QTest::newRow("outage in the description") << "Virtual Machines"
                                               << "We are investigating an OUTAGE." << Status::MajorOutage;
    QTest::newRow("outage inside HTML") << ""
                                        << "<p><strong>Outage</strong> in East US</p>" << Status::MajorOutage;
    QTest::newRow("plural") << "Multiple outages"
                            << "" << Status::MajorOutage;
    QTest::newRow("partial wins over outage") << "Partial outage"
                                              << "The outage began at 14:10." << Status::PartialOutage;
    QTest::newRow("not a whole word") << "Blackouts and outaged nodes"
                                      << "" << Status::Degraded;
    QTest::newRow("partial, but not 'partial outage'") << "Partial service outage"
                                                       << "" << Status::MajorOutage;
    QTest::newRow("empty") << ""
                           << "" << Status::Degraded;
}

void TestAzureAdapter::itemStatus()
{
    QFETCH(QString, title);
    QFETCH(QString, description);
    QFETCH(Status, expected);
    QCOMPARE(azure::itemStatus(title, description), expected);
}

void TestAzureAdapter::categories_data()
{
    QTest::addColumn<QString>("categories");
    QTest::addColumn<QList<CellKey>>("affected");
    QTest::addColumn<QStringList>("regionNames"); // of the cells after the summary
    QTest::newRow("none: the provider, global") << "" << QList<CellKey> {key("", "global")} << QStringList {};
    QTest::newRow("service, non-regional")
        << "<category>Azure Front Door</category><category>Public Non-Regional</category>"
        << QList<CellKey> {key("Azure Front Door", "global")} << QStringList {"Global"};
    QTest::newRow("service without region")
        << "<category>Azure Monitor</category>" << QList<CellKey> {key("Azure Monitor", "global")}
        << QStringList {"Global"};
    QTest::newRow("Global") << "<category>Global</category><category>Microsoft Entra ID</category>"
                            << QList<CellKey> {key("Microsoft Entra ID", "global")} << QStringList {"Global"};
    QTest::newRow("region without service")
        << "<category>West Europe</category>" << QList<CellKey> {key("", "westeurope")}
        << QStringList {"West Europe"};
    QTest::newRow("services × regions")
        << "<category>API Management</category><category>West US</category><category>Storage</category>"
           "<category>West US 2</category>"
        << QList<CellKey> {key("API Management", "westus"), key("API Management", "westus2"),
                           key("Storage", "westus"), key("Storage", "westus2")}
        << QStringList {"West US", "West US 2", "West US", "West US 2"};
    QTest::newRow("duplicates and blanks")
        << "<category> West  US </category><category>westus</category><category></category><category>SQL "
           "Database"
           "</category><category>SQL Database</category>"
        << QList<CellKey> {key("SQL Database", "westus")} << QStringList {"West US"};
}

void TestAzureAdapter::categories()
{
    QFETCH(QString, categories);
    QFETCH(QList<CellKey>, affected);
    QFETCH(QStringList, regionNames);
    const Snapshot snapshot = parsed(oneItem(categories));
    QCOMPARE(snapshot.incidents.size(), 1);
    QCOMPARE(snapshot.incidents[0].affected, affected);
    QStringList names;
    for (const CellReport &cell : snapshot.cells.mid(1)) {
        names.append(cell.regionName);
        QCOMPARE(cell.status, Status::Degraded);
        QCOMPARE(cell.serviceName, cell.key.service.isEmpty() ? QStringLiteral("Azure") : cell.key.service);
    }
    QCOMPARE(names, regionNames);
    QVERIFY(snapshot.warnings.isEmpty());
}

void TestAzureAdapter::dates_data()
{
    QTest::addColumn<QString>("pubDate");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("military Z") << "Wed, 29 Oct 2025 16:00:00 Z" << utc("2025-10-29T16:00:00Z");
    QTest::newRow("GMT") << "Wed, 20 May 2026 22:00:00 GMT" << utc("2026-05-20T22:00:00Z");
    QTest::newRow("numeric offset") << "Wed, 29 Oct 2025 17:00:00 +0100" << utc("2025-10-29T16:00:00Z");
    QTest::newRow("unreadable") << "tomorrow" << QDateTime();
}

void TestAzureAdapter::dates()
{
    QFETCH(QString, pubDate);
    QFETCH(QDateTime, expected);
    const Snapshot snapshot = parsed(oneItem(QString(), QStringLiteral("slug"), pubDate));
    const Incident &incident = snapshot.incidents.constFirst();
    QCOMPARE(incident.startedAt, expected);
    QCOMPARE(incident.updates.constFirst().at, expected);
    QCOMPARE(incident.id,
             QStringLiteral("slug@") + (expected.isValid() ? expected.toString(Qt::ISODate) : pubDate));
}

void TestAzureAdapter::emptyChannelIsHealthy()
{
    const QByteArray body = fixture(QStringLiteral("empty.xml"));
    QVERIFY(body.contains("\r\n"));
    QVERIFY(!body.endsWith('\n'));
    const Snapshot snapshot = parsed(body);
    QCOMPARE(snapshot.providerName, QStringLiteral("Azure"));
    QCOMPARE(snapshot.cells.size(), 1);
    QCOMPARE(snapshot.cells[0].key, key("", "global"));
    QCOMPARE(snapshot.cells[0].status, Status::Operational);
    QVERIFY(snapshot.incidents.isEmpty());
    QVERIFY(snapshot.warnings.isEmpty());
}

void TestAzureAdapter::items()
{
    const Snapshot snapshot = parsed(fixture(QStringLiteral("items.xml")));
    QVERIFY(snapshot.warnings.isEmpty());
    QCOMPARE(snapshot.cells[0].status, Status::MajorOutage);
    QCOMPARE(snapshot.cells[0].since, utc("2025-10-29T16:00:00Z"));
    QCOMPARE(snapshot.cells.size(), 1 + 1 + 2 + 2 + 1);
    QCOMPARE(snapshot.incidents.size(), 5);

    const Incident &frontDoor = snapshot.incidents[0];
    QCOMPARE(frontDoor.id, QStringLiteral("azure-front-door-connectivity-issues@2025-10-29T16:00:00Z"));
    QCOMPARE(frontDoor.title,
             QStringLiteral("Azure Front Door - Connectivity issues")); // trailing space gone
    QCOMPARE(frontDoor.severity, Status::Degraded);
    QCOMPARE(frontDoor.state, IncidentState::Investigating);
    QCOMPARE(frontDoor.affected, QList<CellKey> {key("Azure Front Door", "global")});
    QCOMPARE(frontDoor.url, QUrl(QStringLiteral("https://azure.status.microsoft/en-us/status/")));
    QCOMPARE(frontDoor.updates.size(), 1);
    // Entities decoded once: the HTML stays HTML for the sanitiser, CRLF never reaches the text.
    QVERIFY(frontDoor.updates[0].text.startsWith(QStringLiteral("<p><strong>Impact Statement:</strong>")));
    QVERIFY(frontDoor.updates[0].text.contains(QStringLiteral("errors.&nbsp;</p>")));
    QVERIFY(!frontDoor.updates[0].text.contains(u'\r'));

    const Incident &apim = snapshot.incidents[1];
    QCOMPARE(apim.severity, Status::PartialOutage);
    QCOMPARE(apim.affected,
             (QList<CellKey> {key("API Management", "westus"), key("API Management", "westus2")}));
    // The internal azurewebsites.net link is not shown: the channel's link is.
    QCOMPARE(apim.url, QUrl(QStringLiteral("https://azure.status.microsoft/en-us/status/")));

    const Incident &machines = snapshot.incidents[2];
    QCOMPARE(machines.severity, Status::MajorOutage);
    QCOMPARE(machines.affected,
             (QList<CellKey> {key("Virtual Machines", "eastus"), key("Storage", "eastus")}));
    QCOMPARE(machines.startedAt, utc("2025-10-30T15:05:00Z"));

    QCOMPARE(snapshot.incidents[3].affected, QList<CellKey> {key("", "global")});
    QCOMPARE(snapshot.incidents[3].title,
             QStringLiteral("Intermittent sign-in failures for the Azure portal"));
    QCOMPARE(snapshot.incidents[4].affected, QList<CellKey> {key("", "westeurope")});

    for (const CellReport &cell : snapshot.cells.mid(1)) {
        if (cell.key == key("Virtual Machines", "eastus")) {
            QCOMPARE(cell.status, Status::MajorOutage);
            QCOMPARE(cell.regionName, QStringLiteral("East US"));
            QCOMPARE(cell.since, utc("2025-10-30T15:05:00Z"));
        }
    }
}

void TestAzureAdapter::reusedGuidsStayApart()
{
    const QString guid = QStringLiteral("azure-front-door-connectivity-issues");
    const Snapshot before = parsed(oneItem(QString(), guid, QStringLiteral("Sat, 22 Oct 2022 09:10:00 Z")));
    const Snapshot after = parsed(oneItem(QString(), guid, QStringLiteral("Wed, 29 Oct 2025 16:00:00 Z")));
    QVERIFY(before.incidents[0].id != after.incidents[0].id);
    QVERIFY(before.incidents[0].id.startsWith(guid + u'@'));
}

void TestAzureAdapter::hostileInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("empty") << QByteArray() << "empty response";
    QTest::newRow("truncated") << fixture(QStringLiteral("items.xml")).left(900) << "malformed XML at line";
    QTest::newRow("HTML page") << QByteArray("<!DOCTYPE html>\r\n<html><body>Azure status</body></html>")
                               << "HTML page";
    QTest::newRow("wrong root") << QByteArray("<status><ok/></status>")
                                << "not an Azure status feed: expected <rss><channel>";
    QTest::newRow("rss without channel")
        << QByteArray("<rss version=\"2.0\"/>") << "not an Azure status feed: expected <rss><channel>";
    QTest::newRow("Atom") << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>")
                          << "not an Azure status feed: expected <rss><channel>";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01<", 5) << "malformed XML";
    // QXmlStreamReader::readElementText(IncludeChildElements) would recurse once per level here.
    QTest::newRow("deep nesting in a text element")
        << "<rss><channel><item>" + QByteArray(100000, 'x').replace('x', "<category>")
        << "malformed XML at line 1: elements nested deeper than 32 levels";
}

void TestAzureAdapter::hostileInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorContains);
    const ParseResult result = azure::parseFeed(body, context);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
}

void TestAzureAdapter::detection_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("azure");
    QTest::newRow("empty channel") << fixture(QStringLiteral("empty.xml")) << true;
    QTest::newRow("items") << fixture(QStringLiteral("items.xml")) << true;
    QTest::newRow("title only") << QByteArray("<rss><channel><title> Azure Status </title></channel></rss>")
                                << true;
    QTest::newRow("old host") << QByteArray(
        "<rss><channel><title>Status</title>"
        "<link>https://status.azure.com/en-us/status/</link></channel></rss>")
                              << true;
    QTest::newRow("AWS RSS") << QByteArray("<rss><channel><title>Amazon Web Services Service Status</title>"
                                           "<link>http://status.aws.amazon.com/</link></channel></rss>")
                             << false;
    QTest::newRow("look-alike host") << QByteArray(
        "<rss><channel><link>https://notazure.status.microsoft.evil.test/"
        "</link></channel></rss>") << false;
    QTest::newRow("Atom titled Azure Status")
        << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Azure Status</title></feed>")
        << false;
    QTest::newRow("JSON") << QByteArray("[]") << false;
}

void TestAzureAdapter::detection()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, azure);
    QCOMPARE(azure::looksLikeFeed(body), azure);
}

QTEST_GUILESS_MAIN(TestAzureAdapter)
#include "tst_azureadapter.moc"
