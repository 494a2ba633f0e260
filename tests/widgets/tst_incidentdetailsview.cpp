// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentdetailsview.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace radar;

namespace {

const QUrl providerPage(QStringLiteral("https://status.example.com/incidents/42"));

IncidentDetailsInput sampleInput()
{
    IncidentDetailsInput input;
    input.incident.id = QStringLiteral("42");
    input.incident.provider = QStringLiteral("example");
    input.incident.title = QStringLiteral("Webhooks delayed");
    input.incident.severity = Status::Degraded;
    input.incident.state = IncidentState::Identified;
    input.incident.startedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    input.incident.url = providerPage;
    IncidentUpdate update;
    update.at = input.incident.startedAt;
    update.state = IncidentState::Identified;
    update.text = QString::fromUtf8(R"html(A queue is backed up.<img src="http://x/y.png">)html");
    input.incident.updates = {update};
    return input;
}

// Where in the viewport the text `anchorText` is drawn.
QPoint positionOf(const IncidentDetailsView &view, const QString &anchorText)
{
    const QTextCursor found = view.document()->find(anchorText);
    QTextCursor inside(view.document());
    inside.setPosition(found.selectionStart() + 2);
    return view.cursorRect(inside).center();
}

} // namespace

class TestIncidentDetailsView : public QObject
{
    Q_OBJECT
private slots:
    void isAccessibleAndNavigable();
    void showsPlaceholderThenIncident();
    void clickingAnHttpsLinkOpensItOnce();
    void keyboardActivationOpensTheLink();
    void onlyHttpLinksReachTheOpener_data();
    void onlyHttpLinksReachTheOpener();
    void loadsNoResources();

private:
    QList<QUrl> m_opened;
};

void TestIncidentDetailsView::isAccessibleAndNavigable()
{
    IncidentDetailsView view;
    QCOMPARE(view.objectName(), QStringLiteral("incidentDetails"));
    QVERIFY(!view.accessibleName().isEmpty());
    QVERIFY(!view.accessibleDescription().isEmpty());
    QVERIFY(view.focusPolicy() & Qt::TabFocus);
    QVERIFY(view.textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
    QVERIFY(!view.openLinks());
    QVERIFY(!view.openExternalLinks());
}

void TestIncidentDetailsView::showsPlaceholderThenIncident()
{
    IncidentDetailsView view;
    QVERIFY(view.toPlainText().contains(QStringLiteral("Select an incident")));
    view.setIncident(sampleInput());
    const QString plain = view.toPlainText();
    QVERIFY2(plain.contains(QStringLiteral("Webhooks delayed")), qPrintable(plain));
    QVERIFY(plain.contains(QStringLiteral("A queue is backed up.")));
    QVERIFY(plain.contains(QStringLiteral("Degraded")));
    QVERIFY(!plain.contains(QStringLiteral("Select an incident")));
    view.clear();
    QVERIFY(view.toPlainText().contains(QStringLiteral("Select an incident")));
}

void TestIncidentDetailsView::clickingAnHttpsLinkOpensItOnce()
{
    IncidentDetailsView view;
    m_opened.clear();
    view.setLinkOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    view.resize(600, 500);
    view.setIncident(sampleInput());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QPoint link = positionOf(view, QStringLiteral("Open the provider"));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, link);
    QCOMPARE(m_opened, QList<QUrl> {providerPage});
    QVERIFY(view.toPlainText().contains(QStringLiteral("Webhooks delayed"))); // did not navigate away
}

void TestIncidentDetailsView::keyboardActivationOpensTheLink()
{
    IncidentDetailsView view;
    m_opened.clear();
    view.setLinkOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    view.setIncident(sampleInput());
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Tab); // to the one link
    QVERIFY(view.textCursor().hasSelection());
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(m_opened, QList<QUrl> {providerPage});
}

void TestIncidentDetailsView::onlyHttpLinksReachTheOpener_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("opened");

    QTest::newRow("https") << QUrl("https://status.example.com/") << true;
    QTest::newRow("http") << QUrl("http://status.example.com/") << true;
    QTest::newRow("javascript") << QUrl("javascript:alert(1)") << false;
    QTest::newRow("JavaScript") << QUrl("JavaScript:alert(1)") << false;
    QTest::newRow("data") << QUrl("data:text/html,<script>alert(1)</script>") << false;
    QTest::newRow("file") << QUrl("file:///etc/passwd") << false;
    QTest::newRow("relative") << QUrl("incidents/1") << false;
    QTest::newRow("mailto") << QUrl("mailto:someone@example.com") << false;
}

void TestIncidentDetailsView::onlyHttpLinksReachTheOpener()
{
    QFETCH(QUrl, url);
    QFETCH(bool, opened);
    IncidentDetailsView view;
    m_opened.clear();
    view.setLinkOpener([this](const QUrl &target) {
        m_opened.append(target);
        return true;
    });
    // The signal path a click on any link takes, whatever the document holds.
    emit view.anchorClicked(url);
    QCOMPARE(m_opened.size(), opened ? 1 : 0);

    // And a link sneaked into the document past the sanitiser, activated from the keyboard.
    m_opened.clear();
    view.setHtml(
        QStringLiteral("<a href=\"%1\">link</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Tab);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(m_opened.size(), opened ? 1 : 0);
}

void TestIncidentDetailsView::loadsNoResources()
{
    IncidentDetailsView view;
    const QUrl remote(QStringLiteral("http://x/y.png"));
    QVERIFY(view.loadResource(QTextDocument::ImageResource, remote).isNull());
    QVERIFY(view.loadResource(QTextDocument::StyleSheetResource, remote).isNull());
    // Nor does the document fall back to reading files or data: URLs itself.
    const QUrl file = QUrl::fromLocalFile(QStringLiteral(RADAR_SOURCE_DIR "/CMakeLists.txt"));
    QVERIFY(view.document()->resource(QTextDocument::ImageResource, file).isNull());
    QVERIFY(view.document()
                ->resource(QTextDocument::ImageResource, QUrl("data:image/png;base64,iVBORw0KGgo="))
                .isNull());
    // The sample's image never reaches the document either.
    view.setIncident(sampleInput());
    QVERIFY(!view.document()->toHtml().contains(QStringLiteral("y.png")));
}

QTEST_MAIN(TestIncidentDetailsView)
#include "tst_incidentdetailsview.moc"
