// SPDX-License-Identifier: GPL-3.0-or-later
// "Add a source" as a person uses it: the dialog wired to a real SourceProbe the way the app wires
// it, a loopback copy of status pages behind it, driven through its real child widgets.
#include "addsourcedialog.h"

#include "domain/sourcerules.h"
#include "net/sourceprobe.h"

#include "fixtureserver.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace radar;

namespace {

FixtureResponse fixture(const QString &name)
{
    QFile file(QStringLiteral(RADAR_TEST_DATA_DIR "/sourceprobe/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture sourceprobe/%s", qPrintable(name));
    return FixtureResponse::json(file.readAll());
}

QStringList texts(const QListWidget *list)
{
    QStringList names;
    for (int row = 0; row < list->count(); ++row)
        names.append(list->item(row)->text());
    return names;
}

QListWidgetItem *itemNamed(const QListWidget *list, const QString &text)
{
    const QList<QListWidgetItem *> found = list->findItems(text, Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.constFirst();
}

bool allChecked(const QListWidget *list)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() != Qt::Checked)
            return false;
    }
    return true;
}

const QStringList githubComponents {QStringLiteral("Git Operations"), QStringLiteral("Webhooks"),
                                    QStringLiteral("API Requests"),   QStringLiteral("Issues"),
                                    QStringLiteral("Pull Requests"),  QStringLiteral("Actions"),
                                    QStringLiteral("Packages"),       QStringLiteral("Pages"),
                                    QStringLiteral("Codespaces"),     QStringLiteral("Copilot")};

} // namespace

class TestAddSourceDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pasteTheRootAndPickComponents();
    void everythingCheckedMeansEverything();
    void regionsWhenTheFeedHasThem();
    void anErrorKeepsTheAddressAndAddDisabled();
    void notAnAddressAsksNothing_data();
    void notAnAddressAsksNothing();
    void idIsUniqueAmongExistingIds();
    void privatePageSendsItsHeader();
    void privatePageRefusesABadHeaderName_data();
    void privatePageRefusesABadHeaderName();
    void editingTheAddressForgetsThePreview();
    void kindsAreListedReadably();
    void aFeedWithoutANameIsNamedAfterItsHost();

private:
    /// Types `address` into the URL field, presses Enter and waits for the probe's answer.
    void lookUp(const QString &address);

    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<SourceProbe> m_probe;
    std::unique_ptr<AddSourceDialog> m_dialog;
};

void TestAddSourceDialog::init()
{
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->listen());
    m_server->setResponse(QStringLiteral("/api/v2/summary.json"),
                          fixture(QStringLiteral("statuspage-summary.json")));
    m_server->setResponse(QStringLiteral("/gcp/incidents.json"),
                          fixture(QStringLiteral("gcp-incidents.json")));

    m_probe = std::make_unique<SourceProbe>();
    m_dialog = std::make_unique<AddSourceDialog>();
    // As the composition root wires them: the dialog asks, the probe answers.
    connect(m_dialog.get(), &AddSourceDialog::lookupRequested, m_probe.get(), &SourceProbe::probe);
    connect(m_probe.get(), &SourceProbe::progress, m_dialog.get(), &AddSourceDialog::showProgress);
    connect(m_probe.get(), &SourceProbe::finished, m_dialog.get(), &AddSourceDialog::showPreview);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestAddSourceDialog::cleanup()
{
    m_dialog.reset();
    m_probe.reset();
    m_server.reset();
}

void TestAddSourceDialog::lookUp(const QString &address)
{
    QSignalSpy finished(m_probe.get(), &SourceProbe::finished);
    QVERIFY(finished.isValid());
    m_dialog->urlEdit()->clear();
    QTest::keyClicks(m_dialog->urlEdit(), address);
    QTest::keyClick(m_dialog->urlEdit(), Qt::Key_Return);
    // Looking up, visibly, while the GUI thread goes on.
    QVERIFY(m_probe->isBusy());
    QVERIFY(m_dialog->busyIndicator()->isVisible());
    QVERIFY(!m_dialog->statusLabel()->text().isEmpty());
    QVERIFY(finished.wait(15000));
    QVERIFY(!m_dialog->busyIndicator()->isVisible());
}

void TestAddSourceDialog::pasteTheRootAndPickComponents()
{
    QVERIFY(!m_dialog->addButton()->isEnabled());
    lookUp(m_server->url(QString()).toString());

    QVERIFY(m_dialog->previewBox()->isVisible());
    QCOMPARE(texts(m_dialog->serviceList()), githubComponents);
    QVERIFY(allChecked(m_dialog->serviceList()));
    QVERIFY(!m_dialog->regionList()->isVisible()); // a Statuspage has no regions
    QCOMPARE(m_dialog->findChild<QLabel *>(QStringLiteral("foundProvider"))->text(),
             QStringLiteral("GitHub"));
    QCOMPARE(m_dialog->findChild<QLabel *>(QStringLiteral("foundKind"))->text(),
             feedKindText(FeedKind::Statuspage));
    QCOMPARE(m_dialog->findChild<QLabel *>(QStringLiteral("foundFeed"))->text(),
             m_server->url(QStringLiteral("/api/v2/summary.json")).toString());
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("foundIncidents"))->text().startsWith(u'1'));
    QCOMPARE(m_dialog->nameEdit()->text(), QStringLiteral("GitHub"));
    QCOMPARE(m_dialog->idEdit()->text(), QStringLiteral("github"));
    QCOMPARE(m_dialog->intervalBox()->value(), 60);
    QCOMPARE(m_dialog->intervalBox()->maximum(), int(maximumPollInterval.count())); // a day
    QVERIFY(m_dialog->addButton()->isEnabled());

    // Untick Actions from the keyboard, and poll every five minutes.
    QListWidget *list = m_dialog->serviceList();
    QListWidgetItem *actions = itemNamed(list, QStringLiteral("Actions"));
    QVERIFY(actions);
    list->setFocus();
    list->setCurrentItem(actions);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(actions->checkState(), Qt::Unchecked);
    m_dialog->intervalBox()->setValue(300);

    QTest::mouseClick(m_dialog->addButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const SourceConfig source = m_dialog->source();
    QCOMPARE(source.url, m_server->url(QStringLiteral("/api/v2/summary.json")));
    QCOMPARE(source.kind, FeedKind::Statuspage);
    QCOMPARE(source.id, QStringLiteral("github"));
    QCOMPARE(source.name, QStringLiteral("GitHub"));
    QCOMPARE(source.interval, std::chrono::seconds(300));
    QVERIFY(source.enabled);
    QStringList expected = githubComponents;
    expected.removeOne(QStringLiteral("Actions"));
    QCOMPARE(source.services, expected); // the Statuspage adapter's service ids are the names
    QVERIFY(source.regions.isEmpty());
    QVERIFY(source.secretHeader.isEmpty());
    QVERIFY(source.secretValue.isEmpty());
}

void TestAddSourceDialog::everythingCheckedMeansEverything()
{
    lookUp(m_server->url(QString()).toString());
    auto *none = m_dialog->findChild<QPushButton *>(QStringLiteral("noServicesButton"));
    auto *all = m_dialog->findChild<QPushButton *>(QStringLiteral("allServicesButton"));
    QVERIFY(none && all);
    QTest::mouseClick(none, Qt::LeftButton);
    QVERIFY(!allChecked(m_dialog->serviceList()));
    QVERIFY(!m_dialog->addButton()->isEnabled()); // nothing to show is no choice
    QTest::mouseClick(all, Qt::LeftButton);
    QVERIFY(allChecked(m_dialog->serviceList()));
    QVERIFY(m_dialog->addButton()->isEnabled());
    // Enter in another field adds, now that there is something to add.
    QTest::keyClick(m_dialog->nameEdit(), Qt::Key_Return);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const SourceConfig source = m_dialog->source();
    QVERIFY(source.services.isEmpty()); // everything, including components added later
    QVERIFY(source.regions.isEmpty());
    QCOMPARE(source.interval, std::chrono::seconds(60));
}

void TestAddSourceDialog::regionsWhenTheFeedHasThem()
{
    lookUp(m_server->url(QStringLiteral("/gcp/incidents.json")).toString());
    QVERIFY(m_dialog->regionList()->isVisible());
    QCOMPARE(m_dialog->regionList()->count(), 2);
    QCOMPARE(texts(m_dialog->serviceList()),
             (QStringList {QStringLiteral("Cloud SQL"), QStringLiteral("Cloud Storage")}));
    QCOMPARE(m_dialog->findChild<QLabel *>(QStringLiteral("foundKind"))->text(),
             feedKindText(FeedKind::GoogleCloud));
    // Unticking every region leaves nothing to show.
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("noRegionsButton")), Qt::LeftButton);
    QVERIFY(!m_dialog->addButton()->isEnabled());
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("allRegionsButton")), Qt::LeftButton);
    QVERIFY(allChecked(m_dialog->regionList()));

    QListWidget *regions = m_dialog->regionList();
    for (int row = 0; row < regions->count(); ++row) {
        if (regions->item(row)->data(Qt::UserRole).toString() == QLatin1StringView("us-central1"))
            regions->item(row)->setCheckState(Qt::Unchecked);
    }
    QCOMPARE(m_dialog->nameEdit()->text(), QStringLiteral("Google Cloud"));
    QCOMPARE(m_dialog->idEdit()->text(), QStringLiteral("google-cloud"));
    QVERIFY(m_dialog->addButton()->isEnabled());
    QTest::mouseClick(m_dialog->addButton(), Qt::LeftButton);
    const SourceConfig source = m_dialog->source();
    QCOMPARE(source.kind, FeedKind::GoogleCloud);
    QCOMPARE(source.regions, QStringList {QStringLiteral("europe-west3")});
    QVERIFY(source.services.isEmpty());
}

void TestAddSourceDialog::anErrorKeepsTheAddressAndAddDisabled()
{
    const QString address = m_server->url(QStringLiteral("/nothing/here.json")).toString();
    lookUp(address);
    const QString error = m_dialog->statusLabel()->text();
    QVERIFY2(error.contains(QStringLiteral("No status feed found at ") + address), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("HTTP 404")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Paste the feed's own address")), qPrintable(error));
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("statusIcon"))->isVisible());
    QVERIFY(!m_dialog->previewBox()->isVisible());
    QVERIFY(!m_dialog->addButton()->isEnabled());
    QCOMPARE(m_dialog->urlEdit()->text(), address);
    // Enter still looks up rather than accepting anything.
    QTest::keyClick(m_dialog->urlEdit(), Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

void TestAddSourceDialog::notAnAddressAsksNothing_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("errorWord");
    QTest::newRow("empty") << ""
                           << "Enter the address";
    QTest::newRow("ftp") << "ftp://example.com/feed.json"
                         << "ftp://example.com/feed.json";
    QTest::newRow("no host") << "https://"
                             << "https://";
    QTest::newRow("mail") << "mailto:ops@example.com"
                          << "mailto:ops@example.com";
    QTest::newRow("user and password") << "https://ops:s3cret@status.example.com"
                                       << "Leave the user name and password out of the address";
    QTest::newRow("a token as the user") << "t0ken@status.example.com"
                                         << "Leave the user name and password out of the address";
}

void TestAddSourceDialog::notAnAddressAsksNothing()
{
    QFETCH(QString, typed);
    QFETCH(QString, errorWord);
    QSignalSpy asked(m_dialog.get(), &AddSourceDialog::lookupRequested);
    QVERIFY(asked.isValid());
    QTest::keyClicks(m_dialog->urlEdit(), typed);
    QTest::mouseClick(m_dialog->lookUpButton(), Qt::LeftButton);
    QCOMPARE(asked.size(), 0);
    QVERIFY(!m_probe->isBusy());
    QVERIFY(!m_dialog->busyIndicator()->isVisible());
    QVERIFY2(m_dialog->statusLabel()->text().contains(errorWord),
             qPrintable(m_dialog->statusLabel()->text()));
    QVERIFY(!m_dialog->addButton()->isEnabled());
    QTest::qWait(50);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestAddSourceDialog::idIsUniqueAmongExistingIds()
{
    m_dialog->setExistingIds({QStringLiteral("github"), QStringLiteral("github-2"), QStringLiteral("aws")});
    lookUp(m_server->url(QString()).toString());
    QCOMPARE(m_dialog->idEdit()->text(), QStringLiteral("github-3"));
    QVERIFY(m_dialog->addButton()->isEnabled());

    QLineEdit *id = m_dialog->idEdit();
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("github"));
    QCOMPARE(id->text(), QStringLiteral("github"));
    QVERIFY(!m_dialog->addButton()->isEnabled());
    auto *note = m_dialog->findChild<QLabel *>(QStringLiteral("idNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("github")), qPrintable(note->text()));

    // Upper case becomes lower case; what the id may not hold is not taken at all.
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("GitHub Mirror"));
    QCOMPARE(id->text(), QStringLiteral("githubmirror"));
    QVERIFY(m_dialog->addButton()->isEnabled());
    QVERIFY(!note->isVisible());
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("-mirror"));
    QVERIFY(!m_dialog->addButton()->isEnabled()); // an id starts with a letter or digit

    // Existing ids arriving later re-offer an id the user did not type, and leave a typed one be.
    m_dialog->setExistingIds({QStringLiteral("aws")});
    QCOMPARE(id->text(), QStringLiteral("-mirror"));
    m_dialog->nameEdit()->clear();
    QVERIFY(!m_dialog->addButton()->isEnabled());
}

void TestAddSourceDialog::privatePageSendsItsHeader()
{
    QSignalSpy asked(m_dialog.get(), &AddSourceDialog::lookupRequested);
    QVERIFY(asked.isValid());
    QGroupBox *privatePage = m_dialog->privatePageBox();
    QVERIFY(!privatePage->isChecked());
    QCOMPARE(m_dialog->headerNameEdit()->text(), QStringLiteral("Authorization"));
    QCOMPARE(m_dialog->secretValueEdit()->echoMode(), QLineEdit::Password);
    privatePage->setChecked(true);
    QTest::keyClicks(m_dialog->secretValueEdit(), QStringLiteral("Bearer t0ken"));
    lookUp(m_server->url(QString()).toString());
    QCOMPARE(asked.size(), 1);
    const auto headers = asked.at(0).at(2).value<QList<QPair<QByteArray, QByteArray>>>();
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.at(0).first, QByteArray("Authorization"));
    QCOMPARE(headers.at(0).second, QByteArray("Bearer t0ken"));
    QCOMPARE(asked.at(0).at(1).value<FeedKind>(), FeedKind::Auto);

    QTest::mouseClick(m_dialog->addButton(), Qt::LeftButton);
    const SourceConfig source = m_dialog->source();
    QCOMPARE(source.secretHeader, QStringLiteral("Authorization"));
    QCOMPARE(source.secretValue, QStringLiteral("Bearer t0ken"));
}

void TestAddSourceDialog::privatePageRefusesABadHeaderName_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("space") << "X Token";
    QTest::newRow("colon") << "Authorization:";
    QTest::newRow("65 characters") << QString(65, u'X');
}

void TestAddSourceDialog::privatePageRefusesABadHeaderName()
{
    QFETCH(QString, header);
    QSignalSpy asked(m_dialog.get(), &AddSourceDialog::lookupRequested);
    QVERIFY(asked.isValid());
    m_dialog->privatePageBox()->setChecked(true);
    m_dialog->headerNameEdit()->setText(header);
    QTest::keyClicks(m_dialog->secretValueEdit(), QStringLiteral("Bearer t0ken"));
    QTest::keyClicks(m_dialog->urlEdit(), m_server->url(QString()).toString());
    QTest::mouseClick(m_dialog->lookUpButton(), Qt::LeftButton);
    QCOMPARE(asked.size(), 0);
    const QString error = m_dialog->statusLabel()->text();
    QVERIFY2(error.contains(QStringLiteral("A header name is up to 64")), qPrintable(error));
    QVERIFY(!error.contains(QStringLiteral("t0ken")));
    QVERIFY(m_dialog->headerNameEdit()->hasFocus());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestAddSourceDialog::editingTheAddressForgetsThePreview()
{
    lookUp(m_server->url(QString()).toString());
    QVERIFY(m_dialog->addButton()->isEnabled());
    QTest::keyClick(m_dialog->urlEdit(), Qt::Key_End);
    QTest::keyClick(m_dialog->urlEdit(), Qt::Key_Backspace);
    QVERIFY(!m_dialog->previewBox()->isVisible());
    QVERIFY(!m_dialog->addButton()->isEnabled());

    // A preview for an address no longer asked for is not shown.
    FeedPreview stale;
    stale.pasted = m_server->url(QString());
    stale.feedUrl = m_server->url(QStringLiteral("/api/v2/summary.json"));
    stale.kind = FeedKind::Statuspage;
    m_dialog->showPreview(stale);
    QVERIFY(!m_dialog->previewBox()->isVisible());
    QVERIFY(!m_dialog->addButton()->isEnabled());
}

void TestAddSourceDialog::kindsAreListedReadably()
{
    QComboBox *kinds = m_dialog->kindBox();
    QCOMPARE(kinds->count(), feedKindNames().size());
    QCOMPARE(kinds->currentData().toString(), QStringLiteral("auto"));
    for (int index = 0; index < kinds->count(); ++index) {
        const std::optional<FeedKind> kind = feedKindFromName(kinds->itemData(index).toString());
        QVERIFY(kind);
        QCOMPARE(kinds->itemText(index), feedKindText(*kind));
        QVERIFY(kinds->itemText(index) != feedKindName(*kind));
    }

    // A kind chosen goes with the lookup, and reading as it fails in words.
    QSignalSpy asked(m_dialog.get(), &AddSourceDialog::lookupRequested);
    kinds->setCurrentIndex(kinds->findData(QStringLiteral("gcp")));
    lookUp(m_server->url(QString()).toString());
    QCOMPARE(asked.at(0).at(1).value<FeedKind>(), FeedKind::GoogleCloud);
    QVERIFY2(m_dialog->statusLabel()->text().contains(QStringLiteral(
                 "not a feed of the kind chosen (Google Cloud): it looks like Statuspage instead")),
             qPrintable(m_dialog->statusLabel()->text()));
    QVERIFY(!m_dialog->addButton()->isEnabled());
}

void TestAddSourceDialog::aFeedWithoutANameIsNamedAfterItsHost()
{
    // Fed by hand, as the composition root would: the dialog itself fetches nothing.
    disconnect(m_dialog.get(), &AddSourceDialog::lookupRequested, m_probe.get(), &SourceProbe::probe);
    QSignalSpy asked(m_dialog.get(), &AddSourceDialog::lookupRequested);
    QVERIFY(asked.isValid());
    QTest::keyClicks(m_dialog->urlEdit(), QStringLiteral("www.lanternstatus.com"));
    QTest::keyClick(m_dialog->urlEdit(), Qt::Key_Enter);
    QCOMPARE(asked.size(), 1);
    const QUrl url = asked.at(0).at(0).toUrl();
    QCOMPARE(url, QUrl(QStringLiteral("https://www.lanternstatus.com"))); // a bare host is taken for https
    QVERIFY(m_dialog->busyIndicator()->isVisible());
    m_dialog->showProgress(QStringLiteral("Asking somewhere"));
    QCOMPARE(m_dialog->statusLabel()->text(), QStringLiteral("Asking somewhere"));

    FeedPreview preview;
    preview.pasted = url;
    preview.feedUrl = QUrl(QStringLiteral("https://www.lanternstatus.com/history.atom"));
    preview.kind = FeedKind::RssHistory;
    preview.tried = {QStringLiteral("https://www.lanternstatus.com/api/v2/summary.json"),
                     preview.feedUrl.toString()};
    m_dialog->showPreview(preview);
    QVERIFY(!m_dialog->busyIndicator()->isVisible());
    QCOMPARE(m_dialog->nameEdit()->text(), QStringLiteral("lanternstatus"));
    QCOMPARE(m_dialog->idEdit()->text(), QStringLiteral("lanternstatus"));
    QCOMPARE(m_dialog->serviceList()->count(), 0);
    QVERIFY(m_dialog->addButton()->isEnabled()); // a feed without components is shown whole
    m_dialog->accept();
    const SourceConfig source = m_dialog->source();
    QCOMPARE(source.url, preview.feedUrl);
    QCOMPARE(source.kind, FeedKind::RssHistory);
    QVERIFY(source.services.isEmpty());
}

QTEST_MAIN(TestAddSourceDialog)
#include "tst_addsourcedialog.moc"
