// SPDX-License-Identifier: GPL-3.0-or-later
// The sanitiser under hostile sizes and shapes: every output keeps the promise, input is capped.
#include "item/htmlsanitizer.h"

#include "sanitizertesting.h"

#include <QRandomGenerator>
#include <QTest>

using namespace radar;
using sanitizertesting::promiseBroken;

class TestHtmlSanitizerLimits : public QObject
{
    Q_OBJECT
private slots:
    void outputKeepsThePromise_data();
    void outputKeepsThePromise();
    void randomMixturesKeepThePromise();
    void inputIsCapped();

private:
    void addHostileRows();
};

void TestHtmlSanitizerLimits::addHostileRows()
{
    QTest::addColumn<QString>("input");
    const QStringList inputs {
        QStringLiteral("<").repeated(1 << 20),
        QStringLiteral("<b>").repeated(100000),
        QStringLiteral("<ul><li>").repeated(50000),
        QStringLiteral("<a href=\"https://x.example/\">").repeated(20000),
        QStringLiteral("</").repeated(50000),
        QStringLiteral("<!--").repeated(50000),
        QStringLiteral("<a href=\"").repeated(50000),
        QStringLiteral("<x y='").repeated(50000),
        QStringLiteral("&#").repeated(50000) + QStringLiteral("9").repeated(100000),
        QStringLiteral("**a ").repeated(50000),
        QStringLiteral("`").repeated(1000) + QStringLiteral("` ").repeated(20000),
        QStringLiteral("[a](").repeated(50000),
        QStringLiteral("http://%/").repeated(50000),
        QStringLiteral("<script>").repeated(50000),
        QStringLiteral("</script").repeated(50000),
        QStringLiteral("<b><i></b></i>").repeated(20000),
        QStringLiteral("- a\n").repeated(50000),
        QStringLiteral("<pre>").repeated(50000) + "x",
        QStringLiteral("<p>") + QStringLiteral("\u00e9\U0001F600").repeated(50000),
    };
    for (qsizetype index = 0; index < inputs.size(); ++index)
        QTest::addRow("hostile %lld", qlonglong(index)) << inputs.at(index);
}

void TestHtmlSanitizerLimits::outputKeepsThePromise_data()
{
    addHostileRows();
}

void TestHtmlSanitizerLimits::outputKeepsThePromise()
{
    // Each would take minutes if any path were quadratic; the test's own timeout catches a hang.
    QFETCH(QString, input);
    const QString output = sanitizedHtml(input);
    QCOMPARE(promiseBroken(output), QString());
    QVERIFY2(output.size() <= 10 * sanitizedInputLimit, qPrintable(QString::number(output.size())));
}

void TestHtmlSanitizerLimits::randomMixturesKeepThePromise()
{
    const QStringList pieces {"<p>",
                              "</p>",
                              "<b>",
                              "</b>",
                              "<i>",
                              "</i>",
                              "<ul>",
                              "</ul>",
                              "<ol>",
                              "<li>",
                              "</li>",
                              "<pre>",
                              "</pre>",
                              "<code>",
                              "</code>",
                              "<a href=\"https://ok.example/?a=1&amp;b=\">",
                              "<a href='javascript:x()'>",
                              "</a>",
                              "<br>",
                              "<br/>",
                              "</br>",
                              "<div>",
                              "</div>",
                              "<table><tr><td>",
                              "</td></tr></table>",
                              "<h1>",
                              "</h2>",
                              "<script>",
                              "</script>",
                              "<style>",
                              "<!--",
                              "-->",
                              "<![CDATA[",
                              "]]>",
                              "<img src=x alt='a\"b'>",
                              "<svg/>",
                              "&lt;",
                              "&gt;",
                              "&amp;",
                              "&#60;",
                              "&#x3c;",
                              "&quot;",
                              "&",
                              "<",
                              ">",
                              "\"",
                              "'",
                              "**",
                              "*",
                              "__",
                              "_",
                              "`",
                              "```",
                              "\n",
                              "\n\n",
                              "- ",
                              "1. ",
                              "# ",
                              "[x](https://ok.example/)",
                              "[y](javascript:z)",
                              "https://ok.example/",
                              "text",
                              " ",
                              "\\*",
                              "\u00e9",
                              QString(QChar(0)),
                              "\u0001",
                              "\r"};
    QRandomGenerator random(20240601); // fixed: a failure must reproduce
    for (int round = 0; round < 3000; ++round) {
        QString input;
        const int count = 1 + int(random.bounded(40));
        for (int piece = 0; piece < count; ++piece)
            input += pieces.at(qsizetype(random.bounded(int(pieces.size()))));
        const QString output = sanitizedHtml(input);
        const QString broken = promiseBroken(output);
        QVERIFY2(broken.isEmpty(), qPrintable(broken + "\ninput: " + input + "\noutput: " + output));
    }
}

void TestHtmlSanitizerLimits::inputIsCapped()
{
    const QString input = QStringLiteral("A").repeated(200000);
    const QString output = sanitizedHtml(input);
    QVERIFY(output.size() < sanitizedInputLimit + 64);
    QVERIFY(output.endsWith(QStringLiteral("…")) || output.contains(QStringLiteral("…")));
    QCOMPARE(output.count(u'A'), sanitizedInputLimit);

    // A cut inside a surrogate pair leaves no lone half behind.
    const QString emoji =
        QStringLiteral("A") + QStringLiteral("\U0001F600").repeated(int(sanitizedInputLimit));
    const QString cut = sanitizedHtml(emoji);
    for (qsizetype index = 0; index < cut.size(); ++index) {
        if (cut.at(index).isHighSurrogate())
            QVERIFY(index + 1 < cut.size() && cut.at(++index).isLowSurrogate());
        else
            QVERIFY(!cut.at(index).isLowSurrogate());
    }

    // Short input is not marked.
    QVERIFY(!sanitizedHtml(QStringLiteral("short")).contains(QStringLiteral("…")));
}

QTEST_MAIN(TestHtmlSanitizerLimits)
#include "tst_htmlsanitizerlimits.moc"
