// SPDX-License-Identifier: GPL-3.0-or-later
// The settings side of the composition root with the real engine against loopback servers: the
// first-run welcome, adding a source by pasting a page's address, secrets kept out of the file but
// sent to the server, importing a configuration, clearing the history, a damaged settings file.
#include "addsourcedialog.h"
#include "datasettingspage.h"
#include "desktopapp.h"
#include "feedtesting.h"
#include "fixtureserver.h"
#include "generalsettingspage.h"
#include "item/sourcesettingsmodel.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "networksettingspage.h"
#include "settingsdialog.h"
#include "sourcessettingspage.h"
#include "welcomedialog.h"

#include "settings/appsettings.h"
#include "store/historydatabase.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace radar;
using namespace Qt::StringLiterals;

namespace {

const QString summaryPath = u"/api/v2/summary.json"_s;

/// A status page on 127.0.0.1 whose summary is the fixture `name`.
bool serveSummary(FixtureServer &server, const QString &name)
{
    if (!server.listen())
        return false;
    server.setResponse(summaryPath, FixtureResponse::json(feedtesting::fixture(u"statuspage"_s, name)));
    return true;
}

SourceConfig loopbackSource(const FixtureServer &server, const QString &id)
{
    SourceConfig source;
    source.id = id;
    source.name = id;
    source.url = server.url(summaryPath);
    source.kind = FeedKind::Statuspage;
    return source;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool startApp(DesktopApp &app)
{
    QString error;
    if (!app.start(error)) {
        qWarning("cannot start: %s", qPrintable(error));
        return false;
    }
    return QTest::qWaitForWindowExposed(app.window());
}

QMessageBox *openMessage(QWidget *parent)
{
    QMessageBox *found = nullptr;
    for (QMessageBox *box : parent->findChildren<QMessageBox *>(u"configMessage"_s)) {
        if (box->isVisible())
            found = box;
    }
    return found;
}

} // namespace

class TestDesktopSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixtureServer m_server;

    QString settingsPath() const { return m_dir.filePath(u"outage-radar.ini"_s); }
    /// Welcomed before, with one source on the loopback server.
    void seedReturningUser(AppSettings &settings) const
    {
        settings.setWelcomeDone(true);
        settings.setSources({loopbackSource(m_server, u"hub"_s)});
    }
    Options options() const
    {
        Options options;
        options.dataDir = m_dir.path();
        return options;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.setResponse(
            summaryPath,
            FixtureResponse::json(feedtesting::fixture(u"statuspage"_s, u"major-outage.json"_s)));
    }

    void init()
    {
        QFile::remove(settingsPath());
        QFile::remove(m_dir.filePath(u"history.sqlite"_s));
    }

    void firstRunWelcomesOnceAndSkipKeepsTheSources()
    {
        {
            AppSettings settings(settingsPath());
            QVERIFY(!settings.welcomeDone());
            settings.setSources({loopbackSource(m_server, u"hub"_s)});
            DesktopApp app(options(), settings, std::make_unique<MemorySecretStore>());
            QVERIFY(startApp(app));
            QTRY_VERIFY(app.welcome() && app.welcome()->isVisible());
            QVERIFY(!app.welcome()->providerList()->findItems(u"GitHub"_s, Qt::MatchExactly).isEmpty());
            QTest::mouseClick(app.welcome()->skipButton(), Qt::LeftButton);
            QTRY_VERIFY(!app.welcome());
            QVERIFY(settings.welcomeDone());
            QCOMPARE(app.configuredSources().size(), 1);
            QCOMPARE(app.configuredSources().constFirst().id, u"hub"_s);
        }
        AppSettings settings(settingsPath());
        QVERIFY(settings.welcomeDone());
        DesktopApp again(options(), settings, std::make_unique<MemorySecretStore>());
        QVERIFY(startApp(again));
        QTest::qWait(200);
        QVERIFY(!again.welcome()); // once is enough
    }

    void noWelcomeOverCommandLineSources()
    {
        AppSettings settings(settingsPath());
        Options adHoc = options();
        adHoc.sources = {m_server.url(summaryPath)};
        DesktopApp app(adHoc, settings, std::make_unique<MemorySecretStore>());
        QVERIFY(startApp(app));
        QTest::qWait(200);
        QVERIFY(!app.welcome());
        QVERIFY(!settings.welcomeDone()); // still owed for a start without --source
    }

    void addASourceByPastingThePageAddress()
    {
        // What pasting https://www.githubstatus.com does, against a loopback copy of such a page.
        FixtureServer page;
        QVERIFY(serveSummary(page, u"operational-groups.json"_s));
        AppSettings settings(settingsPath());
        seedReturningUser(settings);
        DesktopApp app(options(), settings, std::make_unique<MemorySecretStore>());
        QVERIFY(startApp(app));
        SettingsDialog *dialog = app.showSettings();
        dialog->showPage(SettingsDialog::Page::Sources);
        QTest::mouseClick(dialog->sourcesPage()->addButton(), Qt::LeftButton);
        QTRY_VERIFY(app.addSourceDialog() && app.addSourceDialog()->isVisible());
        AddSourceDialog *add = app.addSourceDialog();
        QString root = page.url(u"/"_s).toString();
        root.chop(1); // as people paste it: no trailing slash
        add->urlEdit()->setText(root);
        QTest::keyClick(add->urlEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(add->addButton()->isEnabled(), 15000);
        QVERIFY(add->serviceList()->count() > 0); // the page's components, to pick from
        QTest::mouseClick(add->addButton(), Qt::LeftButton);
        QTRY_VERIFY(!app.addSourceDialog());

        const QList<SourceConfig> edited = dialog->sources();
        const auto added = std::find_if(edited.cbegin(), edited.cend(), [&](const SourceConfig &source) {
            return source.url == page.url(summaryPath);
        });
        QVERIFY(added != edited.cend());
        QCOMPARE(added->kind, FeedKind::Statuspage);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        // Saved, and polled by the engine from now on.
        const auto saved = AppSettings(settingsPath()).sources();
        QVERIFY(saved && std::any_of(saved->cbegin(), saved->cend(), [&](const SourceConfig &source) {
                    return source.url == page.url(summaryPath) && source.enabled;
                }));
        const int probed = page.requestCount(summaryPath);
        QTRY_VERIFY_WITH_TIMEOUT(page.requestCount(summaryPath) > probed, 15000);
    }

    void secretsReachTheServerButNeverTheFile()
    {
        FixtureServer privatePage;
        QVERIFY(serveSummary(privatePage, u"degraded.json"_s));
        AppSettings settings(settingsPath());
        settings.setWelcomeDone(true);
        SourceConfig internal = loopbackSource(privatePage, u"internal"_s);
        internal.secretHeader = u"Authorization"_s;
        settings.setSources({internal});
        auto store = std::make_unique<MemorySecretStore>();
        const QString key = SecretStore::sourceKey(u"internal"_s, internal.url);
        store->values.insert(key, u"Bearer first-token"_s);
        MemorySecretStore *secrets = store.get();
        DesktopApp app(options(), settings, std::move(store));
        QVERIFY(startApp(app));
        QTRY_VERIFY_WITH_TIMEOUT(privatePage.requestCount(summaryPath) >= 1, 15000);
        QCOMPARE(privatePage.requestHeader(0, "Authorization"), QByteArray("Bearer first-token"));

        // A new token from the dialog goes to the keychain and to the next request.
        SettingsDialog *dialog = app.showSettings();
        internal.secretValue = u"Bearer second-token"_s;
        dialog->sourcesPage()->addSource(internal);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QTRY_COMPARE(secrets->values.value(key), u"Bearer second-token"_s);
        privatePage.resetCounters();
        app.engine().refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(privatePage.requestCount(summaryPath) >= 1, 15000);
        QCOMPARE(privatePage.requestHeader(0, "Authorization"), QByteArray("Bearer second-token"));
        settings.sync();
        QVERIFY(!fileBytes(settingsPath()).contains("token"));
        QVERIFY(fileBytes(settingsPath()).contains("Authorization"));

        // Applying something else keeps the secret: a field the user left alone is no edit.
        const int writes = secrets->writes;
        const int removals = secrets->removals;
        dialog->dataPage()->retentionBox()->setValue(31);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(settings.historyRetentionDays(), 31);
        QTest::qWait(50);
        QCOMPARE(secrets->writes, writes);
        QCOMPARE(secrets->removals, removals);
        QCOMPARE(secrets->values.value(key), u"Bearer second-token"_s);

        // Pointed at another host, the source does not take its token along.
        FixtureServer elsewhere;
        QVERIFY(serveSummary(elsewhere, u"degraded.json"_s));
        SourceSettingsModel *model = dialog->sourcesPage()->model();
        const int row = model->rowOf(u"internal"_s);
        SourceConfig moved = model->configAt(row);
        QCOMPARE(moved.secretValue, u"Bearer second-token"_s); // as the dialog still holds it
        moved.url = elsewhere.url(summaryPath);
        model->updateSource(row, moved); // what the edit dialog does
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QTRY_VERIFY(!secrets->values.contains(key)); // the old origin's entry is gone
        app.engine().refreshNow();
        QTest::qWait(500);
        for (int i = 0; i < elsewhere.requests().size(); ++i)
            QVERIFY(elsewhere.requestHeader(i, "Authorization") != "Bearer second-token");
    }

    void privateSourceWithoutSecretWaitsAndSaysSo()
    {
        FixtureServer privatePage;
        QVERIFY(serveSummary(privatePage, u"degraded.json"_s));
        AppSettings settings(settingsPath());
        settings.setWelcomeDone(true);
        SourceConfig internal = loopbackSource(privatePage, u"internal"_s);
        internal.secretHeader = u"X-Token"_s;
        settings.setSources({internal, loopbackSource(m_server, u"hub"_s)});
        DesktopApp app(options(), settings, std::make_unique<MemorySecretStore>()); // holds nothing
        QSignalSpy cycles(&app.engine(), &Engine::cycleFinished);
        QVERIFY(startApp(app));
        QVERIFY(cycles.wait(15000));
        QTest::qWait(300);
        QCOMPARE(privatePage.requestCount(summaryPath), 0); // never asked without its token
        SettingsDialog *dialog = app.showSettings();
        SourceSettingsModel *model = dialog->sourcesPage()->model();
        const QModelIndex error = model->index(model->rowOf(u"internal"_s), SourceSettingsModel::ErrorColumn);
        QVERIFY2(error.data().toString().contains(u"needs its secret (X-Token header)"_s),
                 qPrintable(error.data().toString()));
    }

    void importAConfigurationFromTheDialog()
    {
        AppSettings settings(settingsPath());
        seedReturningUser(settings);
        DesktopApp app(options(), settings, std::make_unique<MemorySecretStore>());
        QVERIFY(startApp(app));
        SettingsDialog *dialog = app.showSettings();

        const QString bad = m_dir.filePath(u"bad.json"_s);
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("{\"format\": \"outage-radar-config\", \"schema\": 1, \"sources\": [{\"id\": \"x\"}]}");
        badFile.close();
        QVERIFY(!app.importConfig(bad));
        QMessageBox *box = openMessage(dialog);
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(u"sources[0].url: missing"_s),
                 qPrintable(box->informativeText()));
        box->accept();
        QCOMPARE(app.configuredSources().constFirst().id, u"hub"_s);

        const QString good = m_dir.filePath(u"good.json"_s);
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write(QStringLiteral("{\"format\": \"outage-radar-config\", \"schema\": 1, \"sources\": "
                                      "[{\"id\": \"team\", \"name\": \"Team\", \"url\": \"%1\"}], "
                                      "\"watch_list\": [\"service:team/actions\"]}")
                           .arg(m_server.url(summaryPath).toString())
                           .toUtf8());
        goodFile.close();
        QVERIFY(app.importConfig(good));
        QCOMPARE(app.configuredSources().size(), 1);
        QCOMPARE(app.configuredSources().constFirst().id, u"team"_s);
        const QList<SourceConfig> shown = dialog->sources();
        QVERIFY(std::any_of(shown.cbegin(), shown.cend(),
                            [](const SourceConfig &source) { return source.id == u"team"_s; }));
        QVERIFY(std::none_of(shown.cbegin(), shown.cend(),
                             [](const SourceConfig &source) { return source.id == u"hub"_s; }));
        QCOMPARE(settings.watchList(), QStringList {u"service:team/actions"_s});
        QVERIFY(openMessage(dialog));
    }

    void clearTheHistoryFromTheDataPage()
    {
        AppSettings settings(settingsPath());
        seedReturningUser(settings);
        DesktopApp app(options(), settings, std::make_unique<MemorySecretStore>());
        QSignalSpy cycles(&app.engine(), &Engine::cycleFinished);
        QVERIFY(startApp(app));
        QVERIFY(cycles.wait(15000));
        SettingsDialog *dialog = app.showSettings();
        QSignalSpy cleared(&app.history(), &HistoryStore::cleared);
        emit dialog->dataPage()->clearRequested();
        QVERIFY(cleared.wait(10000));
        QCOMPARE(cleared.constFirst().at(0).toBool(), true);
        QVERIFY(dialog->dataPage()->clearButton()->isEnabled()); // no longer busy
        // What is still open is recorded again at once: the history is not left without it.
        QTest::qWait(300);
        app.history().flush();
        HistoryDatabase database;
        QVERIFY(database.openForReading(m_dir.filePath(u"history.sqlite"_s)).ok);
        const auto stored = database.fullIncidents();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1); // the fixture's one open incident
    }

    void appliedSettingsAreHeldByTheTypedSettings()
    {
        AppSettings settings(settingsPath());
        seedReturningUser(settings);
        DesktopApp app(options(), settings, std::make_unique<MemorySecretStore>());
        QVERIFY(startApp(app));
        SettingsDialog *dialog = app.showSettings();
        GeneralSettings general = dialog->general();
        general.theme = Theme::Dark;
        general.language = u"de"_s;
        dialog->setGeneral(general);
        dialog->generalPage()->setValues(general);
        NetworkSettings network;
        network.timeoutSeconds = 45;
        network.maxBodyMiB = 8;
        dialog->networkPage()->setValues(network);
        dialog->dataPage()->setRetentionDays(90);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        AppSettings reread(settingsPath());
        QCOMPARE(reread.theme(), u"dark"_s);
        QCOMPARE(reread.language(), u"de"_s);
        QCOMPARE(reread.network().timeoutSeconds, 45);
        QCOMPARE(reread.network().maxBodyMiB, 8);
        QCOMPARE(reread.historyRetentionDays(), 90);
        QCOMPARE(QApplication::style()->name(), u"fusion"_s);
        dialog->generalPage()->setValues(GeneralSettings());
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
    }

    void invalidNetworkKeepsTheDialogOpen()
    {
        AppSettings settings(settingsPath());
        seedReturningUser(settings);
        DesktopApp app(options(), settings, std::make_unique<MemorySecretStore>());
        QVERIFY(startApp(app));
        SettingsDialog *dialog = app.showSettings();
        NetworkSettings network;
        network.proxy.mode = ProxyMode::Manual; // and no host
        dialog->networkPage()->setValues(network);
        dialog->dataPage()->setRetentionDays(77);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Network);
        QCOMPARE(dialog->retentionDays(), 77); // what the user typed is still there
        QVERIFY(settings.historyRetentionDays() != 77);
    }

    void welcomeChoicesBecomeTheSourcesAndWatchList()
    {
        // Every fetch goes to a closed port on this machine (a manual proxy), so the catalog's
        // real addresses are never contacted.
        AppSettings settings(settingsPath());
        NetworkSettings network;
        network.proxy = {ProxyMode::Manual, u"127.0.0.1"_s, FixtureServer::closedPort(), QString(),
                         QString()};
        settings.setNetwork(network);
        settings.setSources({loopbackSource(m_server, u"hub"_s)});
        DesktopApp app(options(), settings, std::make_unique<MemorySecretStore>());
        QVERIFY(startApp(app));
        QTRY_VERIFY(app.welcome() && app.welcome()->isVisible());
        WelcomeDialog *welcome = app.welcome();
        QListWidget *providers = welcome->providerList();
        QStringList chosen;
        for (int i = 0; i < providers->count(); ++i) {
            const QString id = providers->item(i)->data(WelcomeDialog::SourceIdRole).toString();
            const bool pick = id == u"aws"_s || id == u"github"_s;
            providers->item(i)->setCheckState(pick ? Qt::Checked : Qt::Unchecked);
            if (pick)
                chosen.append(id);
        }
        QTRY_VERIFY(welcome->regionList()->count() > 0);
        QString region;
        for (int i = 0; i < welcome->regionList()->count(); ++i) {
            QListWidgetItem *item = welcome->regionList()->item(i);
            if (item->data(WelcomeDialog::RegionIdRole).toString() == u"us-east-1"_s) {
                item->setCheckState(Qt::Checked);
                region = item->data(WelcomeDialog::RegionIdRole).toString();
            }
        }
        QCOMPARE(region, u"us-east-1"_s);
        QTest::mouseClick(welcome->startButton(), Qt::LeftButton);
        QTRY_VERIFY(!app.welcome());
        QStringList ids;
        for (const SourceConfig &source : app.configuredSources())
            ids.append(source.id);
        QCOMPARE(ids, chosen);
        QVERIFY(settings.watchList().contains(u"region:aws/us-east-1"_s));
        QVERIFY(settings.welcomeDone());
        QCOMPARE(settings.sources()->size(), 2);
    }

    void damagedSettingsAreMovedAsideAndSaid()
    {
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("[window]\n\0\0\0garbage", 20));
        file.close();
        AppSettings settings(settingsPath());
        QVERIFY(!settings.movedAsidePath().isEmpty());
        Options adHoc = options();
        adHoc.sources = {m_server.url(summaryPath)};
        DesktopApp app(adHoc, settings, std::make_unique<MemorySecretStore>());
        QVERIFY(startApp(app));
        QVERIFY(app.window()->settingsBanner()->isVisible());
        const QLabel *text = app.window()->settingsBanner()->findChild<QLabel *>();
        bool said = false;
        for (const QLabel *label : app.window()->settingsBanner()->findChildren<QLabel *>())
            said = said || label->text().contains(settings.movedAsidePath());
        QVERIFY(text && said);
        QFile::remove(settings.movedAsidePath());
    }
};

QTEST_MAIN(TestDesktopSettings)
#include "tst_desktopsettings.moc"
