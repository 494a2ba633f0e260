// SPDX-License-Identifier: GPL-3.0-or-later
#include "item/awaydigesttext.h"
#include "localization.h"

#include <QTest>

using namespace radar;

class TestAwayDigestText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(); } // the English plurals
    void linksSurviveAnyId_data();
    void linksSurviveAnyId();
    void foreignLinksAreNotIncidents();
    void summaryCountsAndLists();
    void feedTextIsEscaped();
    void longDigestsPointToTheHistory();
};

namespace {

const QDateTime since = QDateTime(QDate(2026, 11, 26), QTime(1, 0), Qt::UTC);

HistoryIncident incident(const QString &id, const QString &title, Status severity, bool open = true)
{
    HistoryIncident result;
    result.provider = QStringLiteral("aws");
    result.id = id;
    result.title = title;
    result.severity = severity;
    result.startedAt = since.addSecs(600);
    if (!open)
        result.endedAt = since.addSecs(3600);
    return result;
}

} // namespace

void TestAwayDigestText::linksSurviveAnyId_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("id");
    QTest::newRow("plain") << "github"
                           << "k2xq7v";
    QTest::newRow("arn") << "aws"
                         << "arn:aws:health:us-east-1::event/EC2/AWS_EC2_OPERATIONAL_ISSUE/abc";
    QTest::newRow("url-like") << "azure"
                              << "https://azure.status/item?id=1#x y";
    QTest::newRow("slashes and percent") << "a/b"
                                         << "100%/done";
    QTest::newRow("unicode") << "status-ja" << QStringLiteral("障害-%1").arg(QChar(0xe9));
}

void TestAwayDigestText::linksSurviveAnyId()
{
    QFETCH(QString, provider);
    QFETCH(QString, id);
    const QUrl link = incidentLink(provider, id);
    // Through the text of an anchor and back, as the label hands it over.
    const std::optional<IncidentRef> back = incidentFromLink(QUrl(link.toString(QUrl::FullyEncoded)));
    QVERIFY(back);
    QCOMPARE(back->provider, provider);
    QCOMPARE(back->id, id);
}

void TestAwayDigestText::foreignLinksAreNotIncidents()
{
    QVERIFY(!incidentFromLink(QUrl(QStringLiteral("https://example.invalid/incident/1"))));
    QVERIFY(!incidentFromLink(QUrl(QStringLiteral("incident:nothing"))));
    QVERIFY(!incidentFromLink(QUrl(QStringLiteral("incident:/x"))));
}

void TestAwayDigestText::summaryCountsAndLists()
{
    AwayDigest digest;
    digest.since = since;
    digest.until = since.addSecs(3 * 3600);
    digest.started = {incident(QStringLiteral("1"), QStringLiteral("EC2 errors"), Status::MajorOutage),
                      incident(QStringLiteral("2"), QStringLiteral("S3 latency"), Status::Degraded, false)};
    digest.escalated = {
        incident(QStringLiteral("3"), QStringLiteral("Lambda throttling"), Status::PartialOutage)};
    digest.resolved = {digest.started[1],
                       incident(QStringLiteral("4"), QStringLiteral("IAM delays"), Status::Degraded, false)};
    const QString html =
        awayDigestHtml(digest, {{QStringLiteral("aws"), QStringLiteral("Amazon Web Services")}});
    QVERIFY2(html.contains(QStringLiteral("2 incidents started")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("1 got worse")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("2 ended")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("3 h")));
    // Escalations first; an incident that started and ended is listed once.
    QVERIFY(html.indexOf(QStringLiteral("Lambda throttling")) < html.indexOf(QStringLiteral("EC2 errors")));
    QCOMPARE(html.count(QStringLiteral("S3 latency")), 1);
    QVERIFY(html.contains(QStringLiteral("started and ended")));
    QVERIFY(html.contains(QStringLiteral("Amazon Web Services")));
    QVERIFY(
        html.contains(incidentLink(QStringLiteral("aws"), QStringLiteral("4")).toString(QUrl::FullyEncoded)));
}

void TestAwayDigestText::feedTextIsEscaped()
{
    AwayDigest digest;
    digest.since = since;
    digest.until = since.addSecs(7200);
    digest.started = {incident(QStringLiteral("\"><img src=x>"),
                               QStringLiteral("<script>alert(1)</script> & co"), Status::MajorOutage)};
    const QString html = awayDigestHtml(digest, {});
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")));
}

void TestAwayDigestText::longDigestsPointToTheHistory()
{
    AwayDigest digest;
    digest.since = since;
    digest.until = since.addSecs(7200);
    for (int i = 0; i < 10; ++i)
        digest.started.append(
            incident(QString::number(i), QStringLiteral("Incident %1").arg(i), Status::Degraded));
    const QString html = awayDigestHtml(digest, {});
    QCOMPARE(html.count(QStringLiteral("<li><a ")), 6);
    QVERIFY2(html.contains(QStringLiteral("and 4 more in the History tab")), qPrintable(html));
}

QTEST_GUILESS_MAIN(TestAwayDigestText)
#include "tst_awaydigesttext.moc"
