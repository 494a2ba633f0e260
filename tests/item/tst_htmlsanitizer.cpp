// SPDX-License-Identifier: GPL-3.0-or-later
#include "item/htmlsanitizer.h"

#include "sanitizertesting.h"

#include <QTest>
#include <QTextDocument>

using namespace radar;
using sanitizertesting::promiseBroken;

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT
private slots:
    void hostileHtml_data();
    void hostileHtml();
    void mustNotContain_data();
    void mustNotContain();
    void markdownAndPlainText_data();
    void markdownAndPlainText();
    void textDocumentShowsTheWords_data();
    void textDocumentShowsTheWords();
    void linkTargets_data();
    void linkTargets();
};

void TestHtmlSanitizer::hostileHtml_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("script") << "<p>Hi</p><script>alert(1)</script><p>there</p>"
                            << "<p>Hi</p><p>there</p>";
    QTest::newRow("SCRIPT upper case") << "Before <SCRIPT>alert(1)</SCRIPT> after"
                                       << "Before after";
    QTest::newRow("script/x") << "Before <script/x>alert(1)</script> after"
                              << "Before after";
    QTest::newRow("script end tag with space") << "Before <script>alert(1)</script >after"
                                               << "Before after";
    QTest::newRow("script unclosed") << "Before <script>alert(1); more text"
                                     << "Before";
    QTest::newRow("script in script string") << "A<script>x='</scriptx>'; alert(1)</script>B"
                                             << "AB";
    QTest::newRow("img remote with onerror, alt kept")
        << R"html(<p>Chart: <img src="https://evil.example/p.png" onerror="alert(1)" alt="latency chart"></p>)html"
        << "<p>Chart: latency chart</p>";
    QTest::newRow("img without alt") << "x <img src=x onerror=alert(1)> y"
                                     << "x y";
    QTest::newRow("javascript: link") << R"html(<a href="javascript:alert(1)">click</a>)html"
                                      << "click";
    QTest::newRow("JaVaScRiPt: link") << R"html(<a href="JaVaScRiPt:alert(1)">click</a>)html"
                                      << "click";
    QTest::newRow("entity-encoded javascript:") << R"html(<a href="&#106;avascript:alert(1)">click</a>)html"
                                                << "click";
    QTest::newRow("hex entities without semicolons")
        << R"html(<a href="&#x6A&#x61vascript:alert(1)">click</a>)html"
        << "click";
    QTest::newRow("newline inside the scheme") << "<a href=\"java\nscript:alert(1)\">click</a>"
                                               << "click";
    QTest::newRow("tab inside https") << "<a href=\"ht\ttps://ok.example/\">click</a>"
                                      << "click";
    QTest::newRow("encoded newline inside the host")
        << R"html(<a href="https://ok.exa&#10;mple/">click</a>)html"
        << "click";
    QTest::newRow("leading control characters before javascript:")
        << "<a href=\"\x01\x02 javascript:alert(1)\">click</a>"
        << "click";
    QTest::newRow("data: link") << R"html(<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>)html"
                                << "x";
    QTest::newRow("vbscript: link") << R"html(<a href="vbscript:msgbox(1)">x</a>)html"
                                    << "x";
    QTest::newRow("file: link") << R"html(<a href="file:///etc/passwd">x</a>)html"
                                << "x";
    QTest::newRow("relative link") << R"html(<a href="/incidents/1">x</a>)html"
                                   << "x";
    QTest::newRow("protocol-relative link") << R"html(<a href="//evil.example/x">x</a>)html"
                                            << "x";
    QTest::newRow("https without a host") << R"html(<a href="https:///x">x</a>)html"
                                          << "x";
    QTest::newRow("link without href") << R"html(<a name="top">x</a>)html"
                                       << "x";
    QTest::newRow("https link, whitespace trimmed")
        << "<a href=\"  https://ok.example/a?b=1&amp;c=2 \n\">ok</a>"
        << R"html(<a href="https://ok.example/a?b=1&amp;c=2">ok</a>)html";
    QTest::newRow("HTTP upper case") << R"html(<A HREF="HTTP://OK.EXAMPLE/x">ok</A>)html"
                                     << R"html(<a href="http://ok.example/x">ok</a>)html";
    QTest::newRow("onclick dropped")
        << R"html(<a href="https://status.example.com/x" onclick="steal()">details</a>)html"
        << R"html(<a href="https://status.example.com/x">details</a>)html";
    QTest::newRow("unquoted href, other attributes")
        << "<a target=_blank href=https://ok.example/ style=x>ok</a>"
        << R"html(<a href="https://ok.example/">ok</a>)html";
    QTest::newRow("quote injection via entities")
        << R"html(<a href="https://x.example/&quot; onclick=&quot;alert(1)">t</a>)html"
        << "t";
    QTest::newRow("quote injection, single-quoted")
        << R"html(<a href='https://x.example/"onmouseover="alert(1)'>t</a>)html"
        << R"html(<a href="https://x.example/%22onmouseover=%22alert(1)">t</a>)html";
    QTest::newRow("style element and attribute")
        << R"html(<style>body{background:url(https://evil.example/x)}</style><p style="color:red">Text</p>)html"
        << "<p>Text</p>";
    QTest::newRow("iframe") << R"html(<iframe src="https://evil.example/">fallback</iframe>Visible)html"
                            << "Visible";
    QTest::newRow("object and embed")
        << R"html(<object data="x.swf"><param name=a value=b><embed src="x.swf">Fallback</object>After <embed src="y.swf">end)html"
        << "After end";
    QTest::newRow("nested tables")
        << "<table><tr><td>A</td><td>B</td></tr><tr><td><table><tr><td>C</td></tr></table></td></tr></table>"
        << "A B<br>C";
    QTest::newRow("divs and headings") << "<div>One</div><div>Two</div><h2>Title</h2>Text"
                                       << "One<br>Two<br><b>Title</b><br>Text";
    QTest::newRow("escaped script stays text") << "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
                                               << "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>";
    QTest::newRow("comment hides a script") << "Visible<!-- <script>alert(1)</script> --> too"
                                            << "Visible too";
    QTest::newRow("unterminated comment") << "Visible<!-- <b>hidden"
                                          << "Visible";
    QTest::newRow("empty comments") << "a<!-->b<!--->c"
                                    << "abc";
    QTest::newRow("doctype, processing instruction, CDATA")
        << R"html(<!DOCTYPE html><?xml version="1.0"?><p>a<![CDATA[<script>x</script>]]>b</p>)html"
        << "<p>ab</p>";
    QTest::newRow("svg with onload") << R"html(<svg onload="alert(1)"><circle r="1"/></svg>Text)html"
                                     << "Text";
    QTest::newRow("svg/onload without a closer") << "Text <svg/onload=alert(1)>more"
                                                 << "Text";
    QTest::newRow("math") << "<math><mi>x</mi></math>y"
                          << "y";
    QTest::newRow("base href") << R"html(<base href="https://evil.example/"><a href="/x">relative</a>)html"
                               << "relative";
    QTest::newRow("head, title, meta refresh, link")
        << R"html(<html><head><title>T</title><meta http-equiv="refresh" content="0;url=https://evil.example/">)html"
           R"html(<link rel=stylesheet href="https://evil.example/s.css"></head><body>Body</body></html>)html"
        << "Body";
    QTest::newRow("form and input")
        << R"html(<form action="https://evil.example/"><input value="x">Name</form>)html"
        << "Name";
    QTest::newRow("textarea, select, template, noscript")
        << "<textarea><b>a</b></textarea><select><option>b</select><template>c</template><noscript>d</"
           "noscript>e"
        << "e";
    QTest::newRow("mis-nested b and i") << "<b><i>x</b></i>y"
                                        << "<b><i>x</i></b>y";
    QTest::newRow("stray end tags") << "</b></i></a>x</li>"
                                    << "x";
    QTest::newRow("unclosed tags are closed") << "<p><b>bold"
                                              << "<p><b>bold</b></p>";
    QTest::newRow("link inside a link ends the first")
        << R"html(<a href="https://a.example/">one<a href="https://b.example/">two</a></a>)html"
        << R"html(<a href="https://a.example/">one</a><a href="https://b.example/">two</a>)html";
    QTest::newRow("li outside a list is a line") << "<li>one</li><li>two</li>"
                                                 << "one<br>two";
    QTest::newRow("list") << "<ul>\n  <li>one</li>\n  <li>two\n</ul>"
                          << "<ul><li>one</li><li>two</li></ul>";
    QTest::newRow("p closes p") << "<p>one<p>two"
                                << "<p>one</p><p>two</p>";
    QTest::newRow("unterminated attribute quote") << R"html(Text <a href="https://x.example/ more text)html"
                                                  << "Text";
    QTest::newRow("tag split by a tag") << "<scr<script>ipt>alert(1)</script>"
                                        << "ipt&gt;alert(1)";
    QTest::newRow("less-than in text") << "<p>latency <1s and a < b</p>"
                                       << "<p>latency &lt;1s and a &lt; b</p>";
    QTest::newRow("entities decoded then escaped")
        << "<p>&quot;A&quot; &amp; B &#169; &#xA9; &bogus; &#;</p>"
        << "<p>&quot;A&quot; &amp; B \u00a9 \u00a9 &amp;bogus; &amp;#;</p>";
    QTest::newRow("invalid code points") << "<p>&#0;&#1114112;&#xD800;</p>"
                                         << "<p>\ufffd\ufffd\ufffd</p>";
    QTest::newRow("windows-1252 references") << "<p>&#147;quoted&#148; &#150;</p>"
                                             << "<p>\u201cquoted\u201d \u2013</p>";
    QTest::newRow("whitespace collapses") << "<p>  a \n\t b  </p>"
                                          << "<p>a b</p>";
    QTest::newRow("pre keeps whitespace") << "<pre>a  b\n  c &lt;</pre>"
                                          << "<pre>a  b\n  c &lt;</pre>";
    QTest::newRow("allowed elements kept")
        << "<p><strong>s</strong> <em>e</em> <code>c</code></p><ol><li>x</li></ol>"
        << "<p><strong>s</strong> <em>e</em> <code>c</code></p><ol><li>x</li></ol>";
    QTest::newRow("empty elements vanish") << "<p></p><b></b><ul><li></li></ul>x"
                                           << "x";
    QTest::newRow("control characters dropped")
        << QStringLiteral("<p>a\u0001b\u007fc\u0085d</p>") << "<p>abcd</p>";
    QTest::newRow("deep nesting is capped")
        << QStringLiteral("<b>").repeated(100) + "deep" + QStringLiteral("</b>").repeated(100)
        << QStringLiteral("<b>").repeated(16) + "deep" + QStringLiteral("</b>").repeated(16);
}

void TestHtmlSanitizer::hostileHtml()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString output = sanitizedHtml(input);
    QCOMPARE(output, expected);
    QCOMPARE(promiseBroken(output), QString());
}

void TestHtmlSanitizer::mustNotContain_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("forbidden");
    QTest::addColumn<QStringList>("required");

    QTest::newRow("script variants")
        << "<ScRiPt>alert(1)</sCrIpT><script src=//evil.example/x.js></script><script>alert(2)"
        << QStringList {"alert", "script", "evil"} << QStringList();
    QTest::newRow("event handlers")
        << R"html(<p onmouseover="alert(1)">Hover <b onclick=alert(2)>me</b></p>)html"
        << QStringList {"onmouseover", "onclick", "alert"} << QStringList {"Hover", "me"};
    QTest::newRow("every dangerous scheme")
        << R"html(<a href="javascript:a()">1</a><a href="data:text/html,x">2</a><a href="vbscript:x">3</a>)html"
           R"html(<a href="file:///etc/passwd">4</a><a href="&#x6a;&#x61;&#x76;&#x61;script:a()">5</a>)html"
        << QStringList {"href", "javascript", "data:", "vbscript", "file:"}
        << QStringList {"1", "2", "3", "4", "5"};
    QTest::newRow("remote resources")
        << R"html(<img src="https://evil.example/t.gif"><video src="https://evil.example/v.mp4">v</video>)html"
           R"html(<audio src="https://evil.example/a.mp3"><source src="https://evil.example/s.mp3"></audio>)html"
           R"html(<link rel=stylesheet href="https://evil.example/s.css"><p style="background:url(https://evil.example/b)">x</p>)html"
        << QStringList {"evil", "src", "style", "url("} << QStringList {"x"};
    QTest::newRow("entity-smuggled markup")
        << "&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;"
        << QStringList {"<script", "<img"} << QStringList {"&lt;script&gt;", "&lt;img"};
    QTest::newRow("svg and math payloads")
        << R"html(<svg><script>alert(1)</script><a xlink:href="javascript:alert(2)">x</a></svg><math><mtext><img src=x></mtext></math>ok)html"
        << QStringList {"alert", "svg", "math", "img"} << QStringList {"ok"};
}

void TestHtmlSanitizer::mustNotContain()
{
    QFETCH(QString, input);
    QFETCH(QStringList, forbidden);
    QFETCH(QStringList, required);
    const QString output = sanitizedHtml(input);
    for (const QString &text : std::as_const(forbidden))
        QVERIFY2(!output.contains(text, Qt::CaseInsensitive), qPrintable(text + " in " + output));
    for (const QString &text : std::as_const(required))
        QVERIFY2(output.contains(text), qPrintable(text + " missing from " + output));
    QCOMPARE(promiseBroken(output), QString());
}

void TestHtmlSanitizer::markdownAndPlainText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("gcp fixture")
        << R"html(**Summary:** Requests are failing.\#\# Mitigation in progress.)html"
        << "<p><b>Summary:</b> Requests are failing.## Mitigation in progress.</p>";
    QTest::newRow("gcp update")
        << "**Description:** We are experiencing an issue with Cloud Run in us-central1.\n\n"
           "\\#\\# Symptoms:\n\n- Deployments fail\n- Requests time out\n\n"
           "More at https://status.cloud.google.com/incidents/abc_1.\n\n"
           "**Workaround:** use my_service_name and \\*literal stars\\*."
        << "<p><b>Description:</b> We are experiencing an issue with Cloud Run in us-central1.</p>"
           "<p>## Symptoms:</p><ul><li>Deployments fail</li><li>Requests time out</li></ul>"
           R"html(<p>More at <a href="https://status.cloud.google.com/incidents/abc_1">)html"
           "https://status.cloud.google.com/incidents/abc_1</a>.</p>"
           "<p><b>Workaround:</b> use my_service_name and *literal stars*.</p>";
    QTest::newRow("statuspage br") << "We are investigating.<br />More soon."
                                   << "We are investigating.<br>More soon.";
    QTest::newRow("statuspage br and newline")
        << "We found the cause.<br />\nRolling back.\n\nNext update in 30 min."
        << "We found the cause.<br>Rolling back.<br><br>Next update in 30 min.";
    QTest::newRow("statuspage markdown")
        << "We are investigating failures of **Actions** workflows."
        << "<p>We are investigating failures of <b>Actions</b> workflows.</p>";
    QTest::newRow("statuspage markdown with a link tag")
        << R"html(See **<a href="https://x.example/">this</a>** and __that__.)html"
        << R"html(See **<a href="https://x.example/">this</a>** and <b>that</b>.)html";
    QTest::newRow("plain text with newlines") << "Line one\nLine two\r\n\r\nSecond paragraph\n"
                                              << "<p>Line one<br>Line two</p><p>Second paragraph</p>";
    QTest::newRow("heading") << "# Title #\ntext"
                             << "<p><b>Title</b></p><p>text</p>";
    QTest::newRow("ordered list") << "1. one\n2) two\n\n3. three"
                                  << "<ol><li>one</li><li>two</li><li>three</li></ol>";
    QTest::newRow("list continuation") << "- one\n  more\n* two\n+ three\nafter"
                                       << "<ul><li>one<br>more</li><li>two</li><li>three<br>after</li></ul>";
    QTest::newRow("list types switch") << "- a\n1. b"
                                       << "<ul><li>a</li></ul><ol><li>b</li></ol>";
    QTest::newRow("code span") << "Run `kubectl get pods` and ``a ` b``."
                               << "<p>Run <code>kubectl get pods</code> and <code>a ` b</code>.</p>";
    QTest::newRow("fenced code") << "Try:\n```sh\nif [ a < b ]; then\n  *x*\nfi\n```\nDone"
                                 << "<p>Try:</p><pre>if [ a &lt; b ]; then\n  *x*\nfi</pre><p>Done</p>";
    QTest::newRow("unterminated fence") << "```\ncode"
                                        << "<pre>code</pre>";
    QTest::newRow("links")
        << "[status page](https://status.example.com/i?a=1&b=2) and [bad](javascript:alert(1))"
        << R"html(<p><a href="https://status.example.com/i?a=1&amp;b=2">status page</a> and bad</p>)html";
    QTest::newRow("emphasis in a link label")
        << "[**https://x.example/** \\_now\\_](https://x.example/)"
        << R"html(<p><a href="https://x.example/"><b>https://x.example/</b> _now_</a></p>)html";
    QTest::newRow("relative markdown link") << "[x](/incidents/1) [y](//evil.example)"
                                            << "<p>x y</p>";
    QTest::newRow("emphasis") << "_em_ and *em* and __bold__ and **bold**"
                              << "<p><i>em</i> and <i>em</i> and <b>bold</b> and <b>bold</b></p>";
    QTest::newRow("no emphasis in snake_case or arithmetic") << "see my_var_name and 2 * 3 * 4"
                                                             << "<p>see my_var_name and 2 * 3 * 4</p>";
    QTest::newRow("crossing emphasis nests") << "*a **b* c**"
                                             << "<p><i>a **b</i> c**</p>";
    QTest::newRow("bare url with trailing punctuation")
        << "See (https://example.com/a_(b)). Thanks"
        << R"html(<p>See (<a href="https://example.com/a_(b)">)html"
           "https://example.com/a_(b)</a>). Thanks</p>";
    QTest::newRow("bare url upper case")
        << "HTTPS://EXAMPLE.COM/X"
        << R"html(<p><a href="https://example.com/X">HTTPS://EXAMPLE.COM/X</a></p>)html";
    QTest::newRow("not a url") << "xhttp://a.example http:// https://"
                               << "<p>xhttp://a.example http:// https://</p>";
    QTest::newRow("backslash escapes") << R"html(\# \* \_ \[ \` \\ \a)html"
                                       << R"html(<p># * _ [ ` \ \a</p>)html";
    QTest::newRow("angle brackets that are not tags") << "use <name> or a<b"
                                                      << "<p>use &lt;name&gt; or a&lt;b</p>";
    QTest::newRow("thematic break separates") << "above\n---\nbelow"
                                              << "<p>above</p><p>below</p>";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("only whitespace") << " \n\t\n "
                                     << "";
}

void TestHtmlSanitizer::markdownAndPlainText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString output = sanitizedHtml(input);
    QCOMPARE(output, expected);
    QCOMPARE(promiseBroken(output), QString());
}

void TestHtmlSanitizer::textDocumentShowsTheWords_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("gcp") << "**Description:** Cloud Run errors.\n\n- Deploys fail\n- Timeouts"
                         << QStringList {"Description: Cloud Run errors.", "Deploys fail", "Timeouts"};
    QTest::newRow("statuspage") << "We are investigating.<br />More soon."
                                << QStringList {"We are investigating.\nMore soon."};
    QTest::newRow("table cells do not glue")
        << "<table><tr><td>EC2</td><td>down</td></tr><tr><td>S3</td></tr></table>"
        << QStringList {"EC2 down", "S3"};
    QTest::newRow("divs do not glue") << "<div>first</div><div>second</div>" << QStringList {"first\nsecond"};
    QTest::newRow("escaped markup is text")
        << "&lt;b&gt;not bold&lt;/b&gt; <b>bold</b>" << QStringList {"<b>not bold</b> bold"};
    QTest::newRow("link text") << R"html(<p>See <a href="https://status.example.com/">the page</a>.</p>)html"
                               << QStringList {"See the page."};
}

void TestHtmlSanitizer::textDocumentShowsTheWords()
{
    QFETCH(QString, input);
    QFETCH(QStringList, words);
    QTextDocument document;
    document.setHtml(sanitizedHtml(input));
    const QString plain = document.toPlainText();
    for (const QString &word : std::as_const(words))
        QVERIFY2(plain.contains(word), qPrintable(word + " missing from: " + plain));
}

void TestHtmlSanitizer::linkTargets_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<QUrl>("expected");

    QTest::newRow("https") << "https://status.example.com/x" << QUrl("https://status.example.com/x");
    QTest::newRow("http, trimmed") << " \t http://a.example/ \n" << QUrl("http://a.example/");
    QTest::newRow("mixed-case scheme") << "hTTpS://a.example" << QUrl("https://a.example");
    QTest::newRow("javascript") << "javascript:alert(1)" << QUrl();
    QTest::newRow("javascript behind http text") << "javascript:alert('http://x')" << QUrl();
    QTest::newRow("data") << "data:text/html,<script>" << QUrl();
    QTest::newRow("relative") << "incidents/1" << QUrl();
    QTest::newRow("protocol-relative") << "//evil.example" << QUrl();
    QTest::newRow("no host") << "https://" << QUrl();
    QTest::newRow("embedded newline") << "https://a.exa\nmple" << QUrl();
    QTest::newRow("embedded non-breaking space") << "https://a.example/\u00a0x" << QUrl();
    QTest::newRow("ftp") << "ftp://a.example" << QUrl();
}

void TestHtmlSanitizer::linkTargets()
{
    QFETCH(QString, href);
    QFETCH(QUrl, expected);
    QCOMPARE(safeLinkTarget(href), expected);
    QCOMPARE(isOpenableLink(expected), !expected.isEmpty());
}

QTEST_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
