// SPDX-License-Identifier: GPL-3.0-or-later
// The Sources settings page and its edit dialog, driven through their real widgets and keys.
#include "item/sourcesettingsmodel.h"
#include "sourceeditdialog.h"
#include "sourcessettingspage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace radar;
using namespace std::chrono_literals;

namespace {

SourceConfig source(const QString &id, const QString &name, const QString &url, FeedKind kind)
{
    SourceConfig config;
    config.id = id;
    config.name = name;
    config.url = QUrl(url);
    config.kind = kind;
    return config;
}

const SourceConfig aws = source(QStringLiteral("aws"), QStringLiteral("AWS"),
                                QStringLiteral("https://health.aws.test/currentevents"), FeedKind::AwsHealth);
const SourceConfig github =
    source(QStringLiteral("github"), QStringLiteral("GitHub"),
           QStringLiteral("https://www.githubstatus.test/api/v2/summary.json"), FeedKind::Statuspage);
const SourceConfig slack =
    source(QStringLiteral("slack"), QStringLiteral("Slack"),
           QStringLiteral("https://slack-status.test/api/v2.0.0/current"), FeedKind::Slack);
const SourceConfig intranet =
    source(QStringLiteral("intranet"), QStringLiteral("Intranet"),
           QStringLiteral("https://status.intranet.test/api/v2/summary.json"), FeedKind::Statuspage);
const SourceConfig wiki = source(QStringLiteral("wiki"), QStringLiteral("Team wiki"),
                                 QStringLiteral("file:///srv/status/wiki.json"), FeedKind::Auto);

QStringList ids(const QList<SourceConfig> &sources)
{
    QStringList list;
    for (const SourceConfig &config : sources)
        list.append(config.id);
    return list;
}

SourceConfig find(const QList<SourceConfig> &sources, const QString &id)
{
    for (const SourceConfig &config : sources) {
        if (config.id == id)
            return config;
    }
    return SourceConfig();
}

} // namespace

class TestSourcesSettingsPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsCatalogAndSourcesWithoutChange();
    void searchFiltersRows_data();
    void searchFiltersRows();
    void ctrlFFocusesTheSearch();
    void spaceTogglesTheCurrentSource();
    void editsThroughTheDialog();
    void doubleClickEditsACatalogEntry();
    void cancelledEditChangesNothing();
    void dialogValidates_data();
    void dialogValidates();
    void dialogRefusesCredentialsInTheAddress_data();
    void dialogRefusesCredentialsInTheAddress();
    void dialogIntervalGoesUpToADay();
    void removesACustomSourceAfterConfirmation_data();
    void removesACustomSourceAfterConfirmation();
    void switchesOffACatalogEntryWithoutAsking();
    void addsASourceAndSelectsIt();
    void addByUrlAsksTheCaller();
    void showsHealthAndErrors();

private:
    QModelIndex viewIndex(const QString &id, int column = SourceSettingsModel::NameColumn) const;
    QStringList visibleIds() const;

    std::unique_ptr<SourcesSettingsPage> m_page;
};

void TestSourcesSettingsPage::init()
{
    m_page = std::make_unique<SourcesSettingsPage>();
    m_page->setCatalog({{aws, true}, {github, true}, {slack, false}});
    m_page->setSources({aws, intranet, wiki});
    m_page->resize(800, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestSourcesSettingsPage::cleanup()
{
    m_page.reset();
}

QModelIndex TestSourcesSettingsPage::viewIndex(const QString &id, int column) const
{
    const SourceSettingsModel *model = m_page->model();
    const int row = model->rowOf(id);
    return m_page->proxyModel()->mapFromSource(model->index(row, column));
}

QStringList TestSourcesSettingsPage::visibleIds() const
{
    QStringList list;
    const QAbstractItemModel *view = m_page->table()->model();
    for (int row = 0; row < view->rowCount(); ++row)
        list.append(view->index(row, 0).data(SourceSettingsModel::IdRole).toString());
    return list;
}

void TestSourcesSettingsPage::showsCatalogAndSourcesWithoutChange()
{
    QSignalSpy changed(m_page.get(), &SourcesSettingsPage::changed);
    QVERIFY(changed.isValid());
    m_page->setSources({github, intranet});
    QCOMPARE(visibleIds(), (QStringList {"aws", "github", "slack", "intranet"}));
    QCOMPARE(m_page->countLabel()->text(), QStringLiteral("2 of 4 source(s) on"));
    QCOMPARE(ids(m_page->sources()), (QStringList {"github", "intranet"}));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_page->searchEdit()->placeholderText(), QStringLiteral("Search sources"));
    QVERIFY(!m_page->editButton()->isEnabled()); // nothing current yet
}

void TestSourcesSettingsPage::searchFiltersRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("visible");

    QTest::newRow("everything") << "" << QStringList {"aws", "github", "slack", "intranet", "wiki"};
    QTest::newRow("name, any case") << "TEAM" << QStringList {"wiki"};
    QTest::newRow("id") << "intranet" << QStringList {"intranet"};
    QTest::newRow("address") << "githubstatus" << QStringList {"github"};
    QTest::newRow("file address") << "srv/status" << QStringList {"wiki"};
    QTest::newRow("kind") << "statuspage" << QStringList {"github", "intranet"};
    QTest::newRow("kind label") << "aws health" << QStringList {"aws"};
    QTest::newRow("nothing") << "no such source" << QStringList();
}

void TestSourcesSettingsPage::searchFiltersRows()
{
    QFETCH(QString, text);
    QFETCH(QStringList, visible);

    QTest::keyClicks(m_page->searchEdit(), text);
    QCOMPARE(visibleIds(), visible);
    // The count is of all sources, not of those the search shows.
    QCOMPARE(m_page->countLabel()->text(), QStringLiteral("3 of 5 source(s) on"));
}

void TestSourcesSettingsPage::ctrlFFocusesTheSearch()
{
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->table()->setFocus();
    QVERIFY(m_page->table()->hasFocus());
    QTest::keyClick(m_page->table(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_page->searchEdit()->hasFocus());

    // Down from the search goes into the rows it found.
    QTest::keyClicks(m_page->searchEdit(), QStringLiteral("wiki"));
    QTest::keyClick(m_page->searchEdit(), Qt::Key_Down);
    QVERIFY(m_page->table()->hasFocus());
    QCOMPARE(m_page->currentRow(), m_page->model()->rowOf(QStringLiteral("wiki")));
}

void TestSourcesSettingsPage::spaceTogglesTheCurrentSource()
{
    QSignalSpy changed(m_page.get(), &SourcesSettingsPage::changed);
    QVERIFY(changed.isValid());
    // From the address column: the switch is in the name column, the key works on the whole row.
    m_page->table()->setCurrentIndex(viewIndex(QStringLiteral("slack"), SourceSettingsModel::UrlColumn));
    QCOMPARE(m_page->removeButton()->text(), QStringLiteral("S&witch off"));
    QVERIFY(!m_page->removeButton()->isEnabled()); // already off

    QTest::keyClick(m_page->table(), Qt::Key_Space);
    QCOMPARE(changed.count(), 1);
    QVERIFY(find(m_page->sources(), QStringLiteral("slack")).enabled);
    QCOMPARE(find(m_page->sources(), QStringLiteral("slack")).url, slack.url);
    QCOMPARE(viewIndex(QStringLiteral("slack")).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_page->countLabel()->text(), QStringLiteral("4 of 5 source(s) on"));
    QVERIFY(m_page->removeButton()->isEnabled());

    QTest::keyClick(m_page->table(), Qt::Key_Space);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!find(m_page->sources(), QStringLiteral("slack")).enabled);
    QCOMPARE(m_page->countLabel()->text(), QStringLiteral("3 of 5 source(s) on"));
}

void TestSourcesSettingsPage::editsThroughTheDialog()
{
    QSignalSpy changed(m_page.get(), &SourcesSettingsPage::changed);
    QVERIFY(changed.isValid());
    QVERIFY(m_page->selectSource(QStringLiteral("intranet")));
    QCOMPARE(m_page->removeButton()->text(), QStringLiteral("&Remove"));
    QTest::keyClick(m_page->table(), Qt::Key_Return);

    auto *dialog = m_page->findChild<SourceEditDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Intranet"));
    QVERIFY(!dialog->urlEdit()->isReadOnly());
    QCOMPARE(dialog->kindBox()->currentText(), QStringLiteral("Statuspage"));
    QCOMPARE(dialog->kindBox()->count(), int(feedKindNames().size()));
    QCOMPARE(dialog->kindBox()->itemText(0), QStringLiteral("Automatic"));
    QCOMPARE(dialog->secretValueEdit()->echoMode(), QLineEdit::Password);

    dialog->nameEdit()->clear();
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Intranet (prod)"));
    dialog->urlEdit()->clear();
    QTest::keyClicks(dialog->urlEdit(), QStringLiteral("https://status.intranet.test/v2/summary.json"));
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findText(QStringLiteral("Automatic")));
    dialog->intervalBox()->setValue(300);
    QTest::keyClicks(dialog->servicesEdit(), QStringLiteral("api, web ,, api"));
    QTest::keyClicks(dialog->regionsEdit(), QStringLiteral("eu-west-1"));
    QTest::keyClicks(dialog->secretHeaderEdit(), QStringLiteral("Authorization"));
    QTest::keyClicks(dialog->secretValueEdit(), QStringLiteral("Bearer t0ken"));
    QVERIFY(dialog->okButton()->isEnabled());
    QCOMPARE(changed.count(), 0); // nothing until OK
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());

    QCOMPARE(changed.count(), 1);
    const SourceConfig edited = find(m_page->sources(), QStringLiteral("intranet"));
    QCOMPARE(edited.name, QStringLiteral("Intranet (prod)"));
    QCOMPARE(edited.url, QUrl(QStringLiteral("https://status.intranet.test/v2/summary.json")));
    QCOMPARE(edited.kind, FeedKind::Auto);
    QCOMPARE(edited.interval, 300s);
    QCOMPARE(edited.services, (QStringList {"api", "web"}));
    QCOMPARE(edited.regions, (QStringList {"eu-west-1"}));
    QCOMPARE(edited.secretHeader, QStringLiteral("Authorization"));
    QCOMPARE(edited.secretValue, QStringLiteral("Bearer t0ken"));
    QVERIFY(edited.enabled);
    QCOMPARE(viewIndex(QStringLiteral("intranet")).data().toString(), QStringLiteral("Intranet (prod)"));
}

void TestSourcesSettingsPage::doubleClickEditsACatalogEntry()
{
    QTableView *table = m_page->table();
    const QModelIndex url = viewIndex(QStringLiteral("github"), SourceSettingsModel::UrlColumn);
    table->scrollTo(url);
    // As a real double click arrives: the first click, then the second as a double click.
    const QPoint middle = table->visualRect(url).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, middle);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, middle);

    auto *dialog = m_page->findChild<SourceEditDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->urlEdit()->isReadOnly()); // a catalog entry keeps its address
    QCOMPARE(dialog->urlEdit()->text(), github.url.toString());
    dialog->intervalBox()->setValue(120);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    const SourceConfig edited = find(m_page->sources(), QStringLiteral("github"));
    QCOMPARE(edited.interval, 120s);
    QVERIFY(!edited.enabled); // editing is not switching on
    QCOMPARE(ids(m_page->sources()), (QStringList {"aws", "github", "intranet", "wiki"}));
}

void TestSourcesSettingsPage::cancelledEditChangesNothing()
{
    QSignalSpy changed(m_page.get(), &SourcesSettingsPage::changed);
    QVERIFY(changed.isValid());
    QVERIFY(m_page->selectSource(QStringLiteral("wiki")));
    QTest::mouseClick(m_page->editButton(), Qt::LeftButton);
    auto *dialog = m_page->findChild<SourceEditDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral(" renamed"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(find(m_page->sources(), QStringLiteral("wiki")).name, QStringLiteral("Team wiki"));
}

void TestSourcesSettingsPage::dialogValidates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("valid");

    const QString feed = QStringLiteral("https://status.example.test/api/v2/summary.json");
    QTest::newRow("valid") << "Example" << feed << ""
                           << "" << true;
    QTest::newRow("http") << "Example"
                          << "http://127.0.0.1:8080/summary.json"
                          << ""
                          << "" << true;
    QTest::newRow("file") << "Example"
                          << "file:///tmp/summary.json"
                          << ""
                          << "" << true;
    QTest::newRow("with a secret") << "Example" << feed << "X-Api-Key"
                                   << "abc" << true;
    QTest::newRow("no name") << "  " << feed << ""
                             << "" << false;
    QTest::newRow("no address") << "Example"
                                << ""
                                << ""
                                << "" << false;
    QTest::newRow("ftp") << "Example"
                         << "ftp://example.test/feed"
                         << ""
                         << "" << false;
    QTest::newRow("no scheme") << "Example"
                               << "status.example.test"
                               << ""
                               << "" << false;
    QTest::newRow("no host") << "Example"
                             << "https:///summary.json"
                             << ""
                             << "" << false;
    QTest::newRow("secret without header") << "Example" << feed << ""
                                           << "abc" << false;
    QTest::newRow("header with a colon") << "Example" << feed << "Authorization:"
                                         << "abc" << false;
    QTest::newRow("header with a space") << "Example" << feed << "X Api Key"
                                         << "abc" << false;
    QTest::newRow("header with a separator") << "Example" << feed << "X-Api-Key(1)"
                                             << "abc" << false;
    QTest::newRow("header of 65 characters") << "Example" << feed << QString(65, u'X') << "abc" << false;
    QTest::newRow("header with token punctuation") << "Example" << feed << "X_Team.Key"
                                                   << "abc" << true;
    QTest::newRow("user and password in the address") << "Example"
                                                      << "https://ops:s3cret@status.example.test/summary.json"
                                                      << ""
                                                      << "" << false;
    QTest::newRow("a token as the user") << "Example"
                                         << "https://t0ken@status.example.test/summary.json"
                                         << ""
                                         << "" << false;
}

void TestSourcesSettingsPage::dialogValidates()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, header);
    QFETCH(QString, secret);
    QFETCH(bool, valid);

    SourceEditDialog dialog;
    dialog.setSource(intranet);
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.errorLabel()->isHidden());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.nameEdit()->setText(name);
    dialog.urlEdit()->setText(url);
    dialog.secretHeaderEdit()->setText(header);
    dialog.secretValueEdit()->setText(secret);
    QCOMPARE(dialog.okButton()->isEnabled(), valid);
    QCOMPARE(dialog.errorLabel()->isVisible(), !valid);
    QCOMPARE(dialog.errorLabel()->text().isEmpty(), valid);
    QCOMPARE(dialog.validationError().isEmpty(), valid);
}

void TestSourcesSettingsPage::dialogRefusesCredentialsInTheAddress_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("user and password") << "https://ops:s3cret@status.example.test/summary.json";
    QTest::newRow("a token as the user") << "https://t0ken@status.example.test/summary.json";
    QTest::newRow("upper-case scheme") << "HTTPS://ops:s3cret@status.example.test/summary.json";
}

void TestSourcesSettingsPage::dialogRefusesCredentialsInTheAddress()
{
    QFETCH(QString, url);
    SourceEditDialog dialog;
    dialog.setSource(intranet);
    dialog.urlEdit()->setText(url);
    QVERIFY(!dialog.okButton()->isEnabled());
    // Said plainly, pointing to where a private page's secret goes instead, never repeating it.
    const QString error = dialog.errorLabel()->text();
    QVERIFY2(error.contains(QStringLiteral("Leave the user name and password out of the address")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("give its header and secret value below")), qPrintable(error));
    QVERIFY(!error.contains(QStringLiteral("s3cret")) && !error.contains(QStringLiteral("t0ken")));
}

void TestSourcesSettingsPage::dialogIntervalGoesUpToADay()
{
    SourceEditDialog dialog;
    QCOMPARE(dialog.intervalBox()->minimum(), int(minimumPollInterval.count()));
    QCOMPARE(dialog.intervalBox()->maximum(), 86400);
    SourceConfig daily = intranet;
    daily.interval = 24h;
    dialog.setSource(daily);
    QCOMPARE(dialog.source().interval, 86400s);
}

void TestSourcesSettingsPage::removesACustomSourceAfterConfirmation_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<QStringList>("sources");
    QTest::newRow("confirmed") << true << QStringList {"aws", "wiki"};
    QTest::newRow("cancelled") << false << QStringList {"aws", "intranet", "wiki"};
}

void TestSourcesSettingsPage::removesACustomSourceAfterConfirmation()
{
    QFETCH(bool, confirm);
    QFETCH(QStringList, sources);

    QSignalSpy changed(m_page.get(), &SourcesSettingsPage::changed);
    QVERIFY(changed.isValid());
    QVERIFY(m_page->selectSource(QStringLiteral("intranet")));
    QTest::keyClick(m_page->table(), Qt::Key_Delete);

    auto *question = m_page->findChild<QMessageBox *>(QStringLiteral("removeSourceQuestion"));
    QVERIFY(question);
    QVERIFY(question->isVisible());
    QVERIFY(question->text().contains(QLatin1String("Intranet")));
    QCOMPARE(ids(m_page->sources()), (QStringList {"aws", "intranet", "wiki"})); // not before the answer
    QPushButton *answer = confirm ? question->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton"))
                                  : qobject_cast<QPushButton *>(question->button(QMessageBox::Cancel));
    QVERIFY(answer);
    QTest::mouseClick(answer, Qt::LeftButton);

    QCOMPARE(ids(m_page->sources()), sources);
    QCOMPARE(changed.count(), confirm ? 1 : 0);
    QCOMPARE(visibleIds().contains(QStringLiteral("intranet")), !confirm);
}

void TestSourcesSettingsPage::switchesOffACatalogEntryWithoutAsking()
{
    SourceConfig edited = aws;
    edited.interval = 600s;
    m_page->setSources({edited, intranet});
    QSignalSpy changed(m_page.get(), &SourcesSettingsPage::changed);
    QVERIFY(changed.isValid());
    QVERIFY(m_page->selectSource(QStringLiteral("aws")));
    QCOMPARE(m_page->removeButton()->text(), QStringLiteral("S&witch off"));
    QTest::mouseClick(m_page->removeButton(), Qt::LeftButton);

    QVERIFY(!m_page->findChild<QMessageBox *>());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(ids(m_page->sources()), (QStringList {"intranet"}));
    QVERIFY(visibleIds().contains(QStringLiteral("aws"))); // still offered, off, as the catalog has it
    const int row = m_page->model()->rowOf(QStringLiteral("aws"));
    QCOMPARE(m_page->model()->configAt(row).interval, aws.interval);
    QVERIFY(!m_page->removeButton()->isEnabled());
}

void TestSourcesSettingsPage::addsASourceAndSelectsIt()
{
    QSignalSpy changed(m_page.get(), &SourcesSettingsPage::changed);
    QVERIFY(changed.isValid());
    // A search that would hide it is cleared, so that the new source shows.
    QTest::keyClicks(m_page->searchEdit(), QStringLiteral("aws"));
    SourceConfig added =
        source(QString(), QStringLiteral("Example Status"),
               QStringLiteral("https://status.example.test/api/v2/summary.json"), FeedKind::Statuspage);
    added.services = QStringList {"api"};
    m_page->addSource(added);

    QCOMPARE(changed.count(), 1);
    QVERIFY(m_page->searchEdit()->text().isEmpty());
    const SourceConfig stored = find(m_page->sources(), QStringLiteral("example-status"));
    QCOMPARE(stored.url, added.url);
    QCOMPARE(stored.services, added.services);
    QCOMPARE(m_page->currentRow(), m_page->model()->rowOf(QStringLiteral("example-status")));
    QVERIFY(m_page->table()->selectionModel()->isRowSelected(m_page->table()->currentIndex().row()));
    QCOMPARE(m_page->countLabel()->text(), QStringLiteral("4 of 6 source(s) on"));

    // The same feed again is the same row, not a second one.
    m_page->addSource(added);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_page->model()->rowCount(), 6);
    // A catalog feed switches the catalog's row on.
    m_page->addSource(github);
    QCOMPARE(m_page->model()->rowCount(), 6);
    QCOMPARE(m_page->currentRow(), m_page->model()->rowOf(QStringLiteral("github")));
    QVERIFY(find(m_page->sources(), QStringLiteral("github")).enabled);
}

void TestSourcesSettingsPage::addByUrlAsksTheCaller()
{
    QSignalSpy asked(m_page.get(), &SourcesSettingsPage::addByUrlRequested);
    QSignalSpy changed(m_page.get(), &SourcesSettingsPage::changed);
    QVERIFY(asked.isValid());
    QVERIFY(changed.isValid());
    QCOMPARE(m_page->addButton()->text(), QStringLiteral("&Add by URL…"));
    QTest::mouseClick(m_page->addButton(), Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(changed.count(), 0);
}

void TestSourcesSettingsPage::showsHealthAndErrors()
{
    SourceState failing;
    failing.config = intranet;
    failing.health = SourceHealth::Failing;
    failing.status.lastError = QStringLiteral("unreachable: Connection refused");
    QSignalSpy changed(m_page.get(), &SourcesSettingsPage::changed);
    QVERIFY(changed.isValid());
    m_page->setSourceStates({failing});

    QCOMPARE(viewIndex(QStringLiteral("intranet"), SourceSettingsModel::HealthColumn).data().toString(),
             QStringLiteral("Failing"));
    QCOMPARE(viewIndex(QStringLiteral("intranet"), SourceSettingsModel::HealthColumn)
                 .data(Qt::ToolTipRole)
                 .toString(),
             failing.status.lastError);
    QCOMPARE(viewIndex(QStringLiteral("intranet"), SourceSettingsModel::ErrorColumn).data().toString(),
             failing.status.lastError);
    QCOMPARE(viewIndex(QStringLiteral("slack"), SourceSettingsModel::HealthColumn).data().toString(),
             QStringLiteral("Off"));
    QCOMPARE(changed.count(), 0);
}

QTEST_MAIN(TestSourcesSettingsPage)
#include "tst_sourcessettingspage.moc"
