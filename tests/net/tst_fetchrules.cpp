// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's rules as pure functions: how long to wait, what the server's headers ask, charsets.
#include "net/fetchresult.h"
#include "net/pollscheduler.h"

#include <QTest>

using namespace radar;
using std::chrono::seconds;

class TestFetchRules : public QObject
{
    Q_OBJECT
private slots:
    void backoffSchedule_data();
    void backoffSchedule();
    void jitterStaysWithinTenPercent();
    void retryAfter_data();
    void retryAfter();
    void maxAge_data();
    void maxAge();
    void charsets_data();
    void charsets();
};

void TestFetchRules::backoffSchedule_data()
{
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("serverDelay"); // -1: none
    QTest::addColumn<int>("expected");
    QTest::newRow("healthy") << 60 << 0 << -1 << 60;
    QTest::newRow("first failure: the interval") << 60 << 1 << -1 << 60;
    QTest::newRow("second: doubled") << 60 << 2 << -1 << 120;
    QTest::newRow("third") << 60 << 3 << -1 << 240;
    QTest::newRow("fourth") << 60 << 4 << -1 << 480;
    QTest::newRow("fifth: capped at 15 min") << 60 << 5 << -1 << 900;
    QTest::newRow("fiftieth: still the cap") << 60 << 50 << -1 << 900;
    QTest::newRow("an interval past the cap is kept") << 1800 << 3 << -1 << 1800;
    QTest::newRow("Retry-After longer than the interval") << 60 << 1 << 300 << 300;
    QTest::newRow("Retry-After shorter is ignored") << 60 << 0 << 10 << 60;
    QTest::newRow("Retry-After beyond an hour is capped") << 60 << 1 << 86400 << 3600;
    QTest::newRow("backoff longer than Retry-After") << 60 << 5 << 300 << 900;
}

void TestFetchRules::backoffSchedule()
{
    QFETCH(int, interval);
    QFETCH(int, failures);
    QFETCH(int, serverDelay);
    QFETCH(int, expected);
    const auto hint = serverDelay >= 0 ? std::optional(seconds(serverDelay)) : std::nullopt;
    QCOMPARE(nextPollDelay(seconds(interval), failures, hint).count(), expected);
}

void TestFetchRules::jitterStaysWithinTenPercent()
{
    const std::chrono::milliseconds delay(60000);
    qint64 low = delay.count();
    qint64 high = delay.count();
    for (int i = 0; i < 2000; ++i) {
        const qint64 value = jittered(delay).count();
        low = std::min(low, value);
        high = std::max(high, value);
    }
    QVERIFY2(low >= 54000 && high <= 66000, qPrintable(QStringLiteral("%1..%2").arg(low).arg(high)));
    // And it does spread: 2000 draws over ±6 s land well apart.
    QVERIFY(high - low > 6000);
}

void TestFetchRules::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected"); // -1: nothing
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("padded") << QByteArray(" 30 ") << 30;
    QTest::newRow("HTTP date") << QByteArray("Thu, 26 Nov 2026 09:05:00 GMT") << 300;
    QTest::newRow("date in the past") << QByteArray("Thu, 26 Nov 2026 08:00:00 GMT") << 0;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("absent") << QByteArray() << -1;
}

void TestFetchRules::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const QDateTime now(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    const auto parsed = parseRetryAfter(value, now);
    QCOMPARE(parsed ? int(parsed->count()) : -1, expected);
}

void TestFetchRules::maxAge_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected"); // -1: nothing
    QTest::newRow("max-age") << QByteArray("max-age=300") << 300;
    QTest::newRow("among others") << QByteArray("public, max-age=120, must-revalidate") << 120;
    QTest::newRow("upper case") << QByteArray("Public, Max-Age=45") << 45;
    QTest::newRow("no-cache forbids reuse") << QByteArray("max-age=600, no-cache") << -1;
    QTest::newRow("no-store") << QByteArray("no-store") << -1;
    QTest::newRow("none") << QByteArray("private") << -1;
    QTest::newRow("bad number") << QByteArray("max-age=abc") << -1;
}

void TestFetchRules::maxAge()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const auto parsed = parseMaxAge(value);
    QCOMPARE(parsed ? int(parsed->count()) : -1, expected);
}

void TestFetchRules::charsets_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray utf8 = QStringLiteral("{\"name\":\"Zürich\"}").toUtf8();
    const QByteArray latin1 = QStringLiteral("{\"name\":\"Zürich\"}").toLatin1();
    QTest::newRow("UTF-8 without charset") << utf8 << QByteArray("application/json") << utf8;
    QTest::newRow("UTF-8 declared") << utf8 << QByteArray("application/json; charset=utf-8") << utf8;
    QTest::newRow("UTF-8 mislabelled as Latin-1")
        << utf8 << QByteArray("application/json; charset=ISO-8859-1") << utf8;
    QTest::newRow("Latin-1 declared") << latin1 << QByteArray("application/json; charset=iso-8859-1") << utf8;
    QTest::newRow("Windows-1252 declared")
        << latin1 << QByteArray("text/json;charset=\"windows-1252\"") << utf8;
    QByteArray utf16 = "\xFF\xFE";
    for (QChar c : QStringLiteral("{\"a\":1}"))
        utf16 += char(c.unicode()) + QByteArray(1, '\0');
    QTest::newRow("UTF-16 declared") << utf16 << QByteArray("application/json; charset=utf-16")
                                     << QByteArray("{\"a\":1}");
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>\xFC</rss>";
    QTest::newRow("XML keeps its own declaration")
        << xml << QByteArray("text/xml; charset=iso-8859-1") << xml;
    QTest::newRow("unknown charset left to the adapter")
        << latin1 << QByteArray("application/json; charset=x-klingon") << latin1;
}

void TestFetchRules::charsets()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, expected);
    QCOMPARE(bodyAsUtf8(body, contentType), expected);
}

QTEST_GUILESS_MAIN(TestFetchRules)
#include "tst_fetchrules.moc"
