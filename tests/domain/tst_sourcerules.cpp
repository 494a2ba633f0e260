// SPDX-License-Identifier: GPL-3.0-or-later
// The one set of rules a source follows: what an id is, the id a new source is offered, what an
// HTTP header name is, and which addresses a source may have.
#include "domain/sourcerules.h"

#include <QTest>

using namespace radar;

class TestSourceRules : public QObject
{
    Q_OBJECT
private slots:
    void ids_data();
    void ids();
    void idsFromText_data();
    void idsFromText();
    void freeIds_data();
    void freeIds();
    void freeIdsAlwaysFollowTheRule();
    void headerNames_data();
    void headerNames();
    void sourceUrls_data();
    void sourceUrls();
    void everyKindReadsAsWords();
};

void TestSourceRules::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("word") << "github" << true;
    QTest::newRow("digits") << "0" << true;
    QTest::newRow("hyphenated") << "google-cloud-2" << true;
    QTest::newRow("64 characters") << QString(64, u'a') << true;
    QTest::newRow("65 characters") << QString(65, u'a') << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("upper case") << "GitHub" << false;
    QTest::newRow("space") << "git hub" << false;
    QTest::newRow("leading hyphen") << "-github" << false;
    QTest::newRow("trailing hyphen") << "github-" << false;
    QTest::newRow("double hyphen") << "git--hub" << false;
    QTest::newRow("dot") << "status.example" << false;
    QTest::newRow("underscore") << "my_source" << false;
    QTest::newRow("accented letter") << "caf\u00e9" << false;
}

void TestSourceRules::ids()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(isSourceId(id), valid);
}

void TestSourceRules::idsFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::newRow("a name") << "Google Cloud"
                            << "google-cloud";
    QTest::newRow("punctuation runs are one hyphen") << "  Example -- Status!  "
                                                     << "example-status";
    QTest::newRow("a host") << "status.example.com"
                            << "status-example-com";
    QTest::newRow("an id stays") << "aws-2"
                                 << "aws-2";
    QTest::newRow("no Latin letter or digit") << "\u30c6\u30b9\u30c8"
                                              << "";
    QTest::newRow("cut without a hyphen at the end")
        << QString(63, u'a') + QStringLiteral(" b") << QString(63, u'a');
    QTest::newRow("100 characters are cut to 64") << QString(100, u'x') << QString(64, u'x');
}

void TestSourceRules::idsFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QCOMPARE(sourceIdFrom(text), id);
    QVERIFY(id.isEmpty() || isSourceId(id));
}

void TestSourceRules::freeIds_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("id");
    const QString hundred = QStringLiteral("Status ") + QString(93, u'a'); // 100 characters
    const QString sixtyFour = (QStringLiteral("status-") + QString(93, u'a')).left(64);
    QTest::newRow("free") << "GitHub" << QStringList {QStringLiteral("aws")} << "github";
    QTest::newRow("taken: -2") << "GitHub" << QStringList {QStringLiteral("github")} << "github-2";
    QTest::newRow("taken twice: -3") << "GitHub"
                                     << QStringList {QStringLiteral("github"), QStringLiteral("github-2")}
                                     << "github-3";
    QTest::newRow("nothing usable: source") << "\u30c6\u30b9\u30c8" << QStringList() << "source";
    QTest::newRow("nothing usable, taken") << "" << QStringList {QStringLiteral("source")} << "source-2";
    QTest::newRow("a 100-character name") << hundred << QStringList() << sixtyFour;
    QTest::newRow("a 100-character name, taken")
        << hundred << QStringList {sixtyFour} << sixtyFour.left(62) + QStringLiteral("-2");
    QTest::newRow("a cut that ends on a hyphen") << QString(61, u'a') + QStringLiteral(" bbb")
                                                 << QStringList {QString(61, u'a') + QStringLiteral("-bb")}
                                                 << QString(61, u'a') + QStringLiteral("-2");
}

void TestSourceRules::freeIds()
{
    QFETCH(QString, wanted);
    QFETCH(QStringList, taken);
    QFETCH(QString, id);
    const QString offered = freeSourceId(wanted, taken);
    QCOMPARE(offered, id);
    QVERIFY2(isSourceId(offered), qPrintable(offered));
    QVERIFY(!taken.contains(offered));
}

void TestSourceRules::freeIdsAlwaysFollowTheRule()
{
    // A hundred sources of the same long name: every one gets an id of its own, within the rule.
    const QString name = QString(100, u'n');
    QStringList taken;
    for (int i = 0; i < 100; ++i) {
        const QString id =
            freeSourceId(name, [&taken](const QString &candidate) { return taken.contains(candidate); });
        QVERIFY2(isSourceId(id), qPrintable(id));
        QVERIFY(!taken.contains(id));
        taken.append(id);
    }
    QCOMPARE(taken.constLast(), QString(60, u'n') + QStringLiteral("-100"));
}

void TestSourceRules::headerNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("Authorization") << "Authorization" << true;
    QTest::newRow("with hyphens") << "X-Api-Key" << true;
    QTest::newRow("token punctuation") << "X_Team.Token!#$&*+^`|~" << true;
    QTest::newRow("apostrophe and percent") << QStringLiteral("X\x27\x25") << true;
    QTest::newRow("64 characters") << QString(64, u'X') << true;
    QTest::newRow("65 characters") << QString(65, u'X') << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("space") << "X Token" << false;
    QTest::newRow("colon") << "Authorization:" << false;
    QTest::newRow("line break") << "X-Token\r\nX-Injected" << false;
    QTest::newRow("separator") << "X-Token(1)" << false;
    QTest::newRow("quote") << "X\"Token" << false;
    QTest::newRow("slash") << "X/Token" << false;
    QTest::newRow("non-ASCII letter") << "X-T\u00f6ken" << false;
}

void TestSourceRules::headerNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(isHeaderName(name), valid);
}

void TestSourceRules::sourceUrls_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<SourceUrlProblem>("problem");
    QTest::newRow("https") << QUrl(QStringLiteral("https://www.githubstatus.com/api/v2/summary.json"))
                           << SourceUrlProblem::None;
    QTest::newRow("http with a port")
        << QUrl(QStringLiteral("http://127.0.0.1:8080/summary.json")) << SourceUrlProblem::None;
    QTest::newRow("file") << QUrl(QStringLiteral("file:///srv/status.json")) << SourceUrlProblem::None;
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://example.com/feed")) << SourceUrlProblem::Unsupported;
    QTest::newRow("no scheme") << QUrl(QStringLiteral("status.example.com")) << SourceUrlProblem::Unsupported;
    QTest::newRow("invalid") << QUrl(QStringLiteral("https://exa mple.com"), QUrl::StrictMode)
                             << SourceUrlProblem::Unsupported;
    QTest::newRow("no host") << QUrl(QStringLiteral("https:///summary.json")) << SourceUrlProblem::NoHost;
    QTest::newRow("user and password")
        << QUrl(QStringLiteral("https://ops:s3cret@status.example.com/")) << SourceUrlProblem::UserInfo;
    QTest::newRow("a token as the user")
        << QUrl(QStringLiteral("https://t0ken@status.example.com/")) << SourceUrlProblem::UserInfo;
}

void TestSourceRules::sourceUrls()
{
    QFETCH(QUrl, url);
    QFETCH(SourceUrlProblem, problem);
    QCOMPARE(sourceUrlProblem(url), problem);
}

void TestSourceRules::everyKindReadsAsWords()
{
    const QList<FeedKind> kinds = allFeedKinds();
    QCOMPARE(kinds.size(), feedKindNames().size());
    QCOMPARE(kinds.constFirst(), FeedKind::Auto);
    QCOMPARE(feedKindText(FeedKind::Auto), QStringLiteral("Automatic"));
    QCOMPARE(feedKindText(FeedKind::GoogleCloud), QStringLiteral("Google Cloud"));
    QStringList texts;
    for (const FeedKind kind : kinds) {
        const QString text = feedKindText(kind);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!texts.contains(text), qPrintable(text)); // a chooser tells every kind apart
        texts.append(text);
    }
}

QTEST_GUILESS_MAIN(TestSourceRules)
#include "tst_sourcerules.moc"
