// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feeddates.h"

#include "feedtesting.h"

#include <QTest>

using namespace radar;
using feedtesting::utc;

namespace { } // namespace

class TestFeedDates : public QObject
{
    Q_OBJECT
private slots:
    void rfc822_data();
    void rfc822();
    void iso8601_data();
    void iso8601();
    void epoch_data();
    void epoch();
    void javaScript();
    void any();
};

void TestFeedDates::rfc822_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("AWS PST") << "Fri, 10 Feb 2023 15:48:00 PST" << utc(2023, 2, 10, 23, 48);
    QTest::newRow("AWS PDT") << "Mon, 10 Jul 2023 09:00:00 PDT" << utc(2023, 7, 10, 16, 0);
    QTest::newRow("AWS 2017, space-padded day")
        << "Wed,  8 Mar 2017 13:16:09 PST" << utc(2017, 3, 8, 21, 16, 9);
    QTest::newRow("Azure Z") << "Thu, 23 Jul 2026 16:29:09 Z" << utc(2026, 7, 23, 16, 29, 9);
    QTest::newRow("Statuspage numeric offset") << "Wed, 01 Jan 2014 09:09:00 -0800" << utc(2014, 1, 1, 17, 9);
    QTest::newRow("positive offset") << "Tue, 05 May 2026 10:00:00 +0530" << utc(2026, 5, 5, 4, 30);
    QTest::newRow("GMT") << "Sun, 06 Nov 1994 08:49:37 GMT" << utc(1994, 11, 6, 8, 49, 37);
    QTest::newRow("EST") << "Sun, 06 Nov 1994 08:49:37 EST" << utc(1994, 11, 6, 13, 49, 37);
    QTest::newRow("CDT") << "Sun, 06 Jul 1994 08:49:37 CDT" << utc(1994, 7, 6, 13, 49, 37);
    QTest::newRow("MST") << "Sun, 06 Nov 1994 08:49:37 MST" << utc(1994, 11, 6, 15, 49, 37);
    QTest::newRow("no weekday") << "10 Feb 2023 15:48:00 +0000" << utc(2023, 2, 10, 15, 48);
    QTest::newRow("no seconds") << "Fri, 10 Feb 2023 15:48 GMT" << utc(2023, 2, 10, 15, 48);
    QTest::newRow("two-digit year") << "Fri, 10 Feb 23 15:48:00 GMT" << utc(2023, 2, 10, 15, 48);
    QTest::newRow("CR and tabs") << "Fri,\t10 Feb 2023 15:48:00 GMT\r" << utc(2023, 2, 10, 15, 48);
    QTest::newRow("unknown zone") << "Fri, 10 Feb 2023 15:48:00 XYZ" << QDateTime();
    QTest::newRow("bad month") << "Fri, 10 Foo 2023 15:48:00 GMT" << QDateTime();
    QTest::newRow("bad time") << "Fri, 10 Feb 2023 25:48:00 GMT" << QDateTime();
    QTest::newRow("31 February") << "31 Feb 2023 10:00:00 GMT" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
    QTest::newRow("ISO is not RFC 822") << "2023-02-10T15:48:00Z" << QDateTime();
}

void TestFeedDates::rfc822()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = feeddates::fromRfc822(text);
    QCOMPARE(parsed, expected);
    if (parsed.isValid())
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
}

void TestFeedDates::iso8601_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("Statuspage UTC with ms")
        << "2019-12-30T08:15:33.297Z" << utc(2019, 12, 30, 8, 15, 33, 297);
    QTest::newRow("Statuspage local offset")
        << "2022-02-15T13:37:37.407-08:00" << utc(2022, 2, 15, 21, 37, 37, 407);
    QTest::newRow("GCP RFC 3339") << "2026-07-15T23:57:00+00:00" << utc(2026, 7, 15, 23, 57);
    QTest::newRow("Slack offset") << "2026-06-26T02:12:20-07:00" << utc(2026, 6, 26, 9, 12, 20);
    QTest::newRow("Atom offset") << "2020-11-14T14:07:38-08:00" << utc(2020, 11, 14, 22, 7, 38);
    QTest::newRow("no offset is UTC") << "2026-01-02T03:04:05" << utc(2026, 1, 2, 3, 4, 5);
    // The hand-read common shape and what it leaves to Qt's parser agree.
    QTest::newRow("one fraction digit") << "2026-03-01T10:00:00.5Z" << utc(2026, 3, 1, 10, 0, 0, 500);
    QTest::newRow("two fraction digits, east")
        << "2026-03-01T10:00:00.25+05:30" << utc(2026, 3, 1, 4, 30, 0, 250);
    QTest::newRow("offset across midnight and year") << "2025-12-31T23:30:00-02:00" << utc(2026, 1, 1, 1, 30);
    QTest::newRow("leap day") << "2024-02-29T12:00:00Z" << utc(2024, 2, 29, 12, 0);
    QTest::newRow("microseconds, rounded by Qt")
        << "2026-03-01T10:00:00.123456Z" << utc(2026, 3, 1, 10, 0, 0, 123);
    QTest::newRow("offset without colon") << "2026-03-01T10:00:00+0100" << utc(2026, 3, 1, 9, 0);
    QTest::newRow("padded") << "  2026-03-01T10:00:00Z\n" << utc(2026, 3, 1, 10, 0);
    QTest::newRow("no such day") << "2026-02-30T10:00:00Z" << QDateTime();
    QTest::newRow("no such hour") << "2026-03-01T25:00:00Z" << QDateTime();
    QTest::newRow("letters in the year") << "20x6-03-01T10:00:00Z" << QDateTime();
    QTest::newRow("a fraction without digits") << "2026-03-01T10:00:00.Z" << QDateTime();
    QTest::newRow("garbage") << "yesterday" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
}

void TestFeedDates::iso8601()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(feeddates::fromIso8601(text), expected);
}

void TestFeedDates::epoch_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime march = QDateTime::fromSecsSinceEpoch(1772369485, Qt::UTC);
    QTest::newRow("seconds as string") << QJsonValue(QStringLiteral("1772369485")) << march;
    QTest::newRow("seconds as number") << QJsonValue(1772369485) << march;
    QTest::newRow("milliseconds") << QJsonValue(1772369485000.0) << march;
    QTest::newRow("milliseconds as string") << QJsonValue(QStringLiteral("1772369485000")) << march;
    QTest::newRow("not a number") << QJsonValue(QStringLiteral("soon")) << QDateTime();
    QTest::newRow("null") << QJsonValue() << QDateTime();
    QTest::newRow("negative") << QJsonValue(-5) << QDateTime();
}

void TestFeedDates::epoch()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);
    QCOMPARE(feeddates::fromEpoch(value), expected);
}

void TestFeedDates::javaScript()
{
    QCOMPARE(feeddates::fromJavaScript(u"Sat Jun 11 2022 18:55:50 GMT+0000 (Coordinated Universal Time)"),
             utc(2022, 6, 11, 18, 55, 50));
    QCOMPARE(feeddates::fromJavaScript(u"Sat Jun 11 2022 18:55:50 GMT+0200 (Central European Summer Time)"),
             utc(2022, 6, 11, 16, 55, 50));
    QVERIFY(!feeddates::fromJavaScript(u"Sat Jun 11 2022").isValid());
}

void TestFeedDates::any()
{
    QCOMPARE(feeddates::fromAny(u"2026-07-15T23:57:00+00:00"), utc(2026, 7, 15, 23, 57));
    QCOMPARE(feeddates::fromAny(u"Thu, 23 Jul 2026 16:29:09 Z"), utc(2026, 7, 23, 16, 29, 9));
    QCOMPARE(feeddates::fromAny(u"Sat Jun 11 2022 18:55:50 GMT+0000"), utc(2022, 6, 11, 18, 55, 50));
    QVERIFY(!feeddates::fromAny(u"not a date").isValid());
}

QTEST_GUILESS_MAIN(TestFeedDates)
#include "tst_feeddates.moc"
