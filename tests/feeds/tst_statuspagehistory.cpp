// SPDX-License-Identifier: GPL-3.0-or-later
// The update paragraphs and dates inside Statuspage's history.atom / history.rss entries.
#include "feeds/statuspagehistory.h"

#include "feedtesting.h"

#include <QTest>

using namespace radar;
using feedtesting::utc;

namespace { } // namespace

class TestStatuspageHistory : public QObject
{
    Q_OBJECT
private slots:
    void paragraphs_data();
    void paragraphs();
    void updateDates_data();
    void updateDates();
    void dateOffsets_data();
    void dateOffsets();
};

void TestStatuspageHistory::paragraphs_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("whens");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("atom form with <var>")
        << "<p><small>Nov <var data-var='date'> 4</var>, <var data-var='time'>04:09</var> PST</small><br>"
           "<strong>Resolved</strong> - Fixed.</p><p><small>Nov <var data-var='date'> 4</var>, "
           "<var data-var='time'>03:52</var> PST</small><br><strong>Investigating</strong> - <b>Slow</b>.</p>"
        << QStringList {"Nov 4, 04:09 PST", "Nov 4, 03:52 PST"} << QStringList {"Resolved", "Investigating"}
        << QStringList {"Fixed.", "<b>Slow</b>."};
    QTest::newRow("rss form, leading newline")
        << "\n<p><small>Jan  1, 09:09 PST</small><br><strong>In progress</strong> - Under way.</p>      "
        << QStringList {"Jan 1, 09:09 PST"} << QStringList {"In progress"} << QStringList {"Under way."};
    QTest::newRow("a paragraph without a word keeps its text")
        << "<p><small>Jan 2, 10:00 UTC</small><br><strong>Resolved</strong> - Done.</p>"
           "<p><small>fine print</small> only</p>"
        << QStringList {"Jan 2, 10:00 UTC", ""} << QStringList {"Resolved", ""}
        << QStringList {"Done.", "fine print</small> only"};
    QTest::newRow("no update paragraphs")
        << "<p>Some pages load slowly.</p>" << QStringList {} << QStringList {} << QStringList {};
    QTest::newRow("small outside a paragraph") << "<small>Nov 1, 10:00 UTC</small><strong>Resolved</strong>"
                                               << QStringList {} << QStringList {} << QStringList {};
    QTest::newRow("unclosed tags") << "<p><small>Nov 1, 10:00 UTC<strong>Resolved" << QStringList {}
                                   << QStringList {} << QStringList {};
}

void TestStatuspageHistory::paragraphs()
{
    QFETCH(QString, html);
    QFETCH(QStringList, whens);
    QFETCH(QStringList, words);
    QFETCH(QStringList, texts);
    QStringList gotWhens, gotWords, gotTexts;
    for (const rsshistory::Paragraph &paragraph : rsshistory::updateParagraphs(html)) {
        gotWhens.append(paragraph.when);
        gotWords.append(paragraph.word);
        gotTexts.append(paragraph.text);
    }
    QCOMPARE(gotWhens, whens);
    QCOMPARE(gotWords, words);
    QCOMPARE(gotTexts, texts);
}

void TestStatuspageHistory::updateDates_data()
{
    QTest::addColumn<QString>("when");
    QTest::addColumn<QDateTime>("reference");
    QTest::addColumn<int>("entryOffset"); // seconds; -1 for none
    QTest::addColumn<QDateTime>("expected");
    const int pst = -8 * 3600;
    const int pdt = -7 * 3600;
    QTest::newRow("same day, PST") << "Nov 14, 14:07 PST" << utc("2020-11-14T14:07:39-08:00") << pst
                                   << utc("2020-11-14T22:07:00Z");
    QTest::newRow("day padded") << "Jan 1, 09:09 PST" << utc("2014-01-01T09:09:00-08:00") << pst
                                << utc("2014-01-01T17:09:00Z");
    QTest::newRow("PDT") << "Oct 24, 10:00 PDT" << utc("2020-10-24T10:59:11-07:00") << pdt
                         << utc("2020-10-24T17:00:00Z");
    // Old pages print "PST" in summer while the entry's date says -0700: the entry wins.
    QTest::newRow("PST label in summer")
        << "Oct 28, 14:48 PST" << utc("2013-10-28T14:48:00-07:00") << pdt << utc("2013-10-28T21:48:00Z");
    QTest::newRow("previous year") << "Dec 31, 23:05 PST" << utc("2026-01-01T00:41:02-08:00") << pst
                                   << utc("2026-01-01T07:05:00Z");
    // history.rss dates an entry by its resolution; the postmortem came two days later.
    QTest::newRow("postmortem after the entry's date")
        << "Dec 26, 10:22 PST" << utc("2013-12-24T11:21:00-08:00") << pst << utc("2013-12-26T18:22:00Z");
    QTest::newRow("postmortem in the next year")
        << "Jan 3, 10:00 PST" << utc("2025-12-30T11:00:00-08:00") << pst << utc("2026-01-03T18:00:00Z");
    QTest::newRow("29 February") << "Feb 29, 10:00 UTC" << utc("2021-03-01T00:00:00Z") << 0
                                 << utc("2020-02-29T10:00:00Z");
    QTest::newRow("unknown label: the entry's offset")
        << "Nov 14, 14:07 XYZ" << utc("2020-11-14T23:00:00Z") << pst << utc("2020-11-14T22:07:00Z");
    QTest::newRow("no label: the entry's offset")
        << "Nov 14, 14:07" << utc("2020-11-14T23:00:00Z") << 3600 << utc("2020-11-14T13:07:00Z");
    QTest::newRow("a label of another zone wins")
        << "Nov 14, 14:07 CET" << utc("2020-11-14T23:00:00Z") << pst << utc("2020-11-14T13:07:00Z");
    QTest::newRow("year and 12-hour clock")
        << "Dec 29, 2019 - 2:20 PM PST" << QDateTime() << -1 << utc("2019-12-29T22:20:00Z");
    QTest::newRow("no reference, no year") << "Nov 14, 14:07 PST" << QDateTime() << pst << QDateTime();
    QTest::newRow("unknown label, no entry offset")
        << "Nov 14, 14:07 XYZ" << utc("2020-11-14T23:00:00Z") << -1 << QDateTime();
    QTest::newRow("not a date") << "yesterday" << utc("2020-11-14T23:00:00Z") << pst << QDateTime();
    QTest::newRow("bad clock") << "Nov 14, 25:07 PST" << utc("2020-11-14T23:00:00Z") << pst << QDateTime();
    QTest::newRow("bad month") << "Foo 14, 14:07 PST" << utc("2020-11-14T23:00:00Z") << pst << QDateTime();
}

void TestStatuspageHistory::updateDates()
{
    QFETCH(QString, when);
    QFETCH(QDateTime, reference);
    QFETCH(int, entryOffset);
    QFETCH(QDateTime, expected);
    const QDateTime at = rsshistory::updateInstant(
        when, reference, entryOffset == -1 ? std::nullopt : std::optional<int>(entryOffset));
    QCOMPARE(at, expected);
    if (at.isValid())
        QCOMPARE(at.timeSpec(), Qt::UTC);
}

void TestStatuspageHistory::dateOffsets_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("expected"); // -1: none
    QTest::newRow("ISO 8601 offset") << "2020-11-14T14:07:38-08:00" << -8 * 3600;
    QTest::newRow("ISO 8601 Z") << "2026-11-20T10:00:00Z" << 0;
    QTest::newRow("ISO 8601 without offset") << "2026-11-20T10:00:00" << -1;
    QTest::newRow("RFC 822 numeric") << "Mon, 28 Oct 2013 14:48:00 -0700" << -7 * 3600;
    QTest::newRow("RFC 822 named") << "Wed,  8 Mar 2017 13:16:09 PST" << -8 * 3600;
    QTest::newRow("RFC 822 without zone") << "08 Mar 2017 13:16:09" << -1;
    QTest::newRow("garbage") << "soon" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestStatuspageHistory::dateOffsets()
{
    QFETCH(QString, date);
    QFETCH(int, expected);
    QCOMPARE(rsshistory::offsetOfDate(date).value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestStatuspageHistory)
#include "tst_statuspagehistory.moc"
