// SPDX-License-Identifier: GPL-3.0-or-later
// Typed, versioned settings: defaults, validation, migration from version 0, a damaged file moved
// aside instead of crashing or silently resetting.
#include "settings/appsettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace radar;
using namespace Qt::StringLiterals;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QString write(const QTemporaryDir &dir, const QByteArray &bytes)
    {
        const QString path = dir.filePath(u"outage-radar.ini"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the test's settings file");
        return path;
    }

private slots:
    void newFileIsCurrentVersionAndWelcomes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outage-radar.ini"_s);
        {
            AppSettings settings(path);
            QCOMPARE(settings.openedVersion(), 0);
            QVERIFY(settings.openingNote().isEmpty());
            QVERIFY(!settings.welcomeDone());
            QVERIFY(!settings.sources().has_value()); // the catalog's defaults apply
        }
        QSettings raw(path, QSettings::IniFormat);
        QCOMPARE(raw.value(u"meta/version"_s).toInt(), AppSettings::currentVersion);
    }

    void migratesVersionZero()
    {
        // What the app wrote before settings had a version: keys as they were, no meta/version.
        QTemporaryDir dir;
        const QString path = write(dir,
                                   "[window]\ncloseToTray=false\n"
                                   "[watch]\nentries=service:aws/ec2, region:gcp/europe-west3\n"
                                   "[notifications]\nwatchedMinimum=partial_outage\nquietHours=true\n"
                                   "[history]\nretentionDays=30\n");
        {
            AppSettings settings(path);
            QCOMPARE(settings.openedVersion(), 0);
            QVERIFY(settings.openingNote().isEmpty());
            // An upgrading user is no newcomer: no welcome over the sources they watch.
            QVERIFY(settings.welcomeDone());
            QVERIFY(!settings.sources().has_value());
            QCOMPARE(settings.closeToTray(), false);
            QCOMPARE(settings.watchList(), QStringList({u"service:aws/ec2"_s, u"region:gcp/europe-west3"_s}));
            QCOMPARE(settings.notificationRules().watchedMinimum, Status::PartialOutage);
            QCOMPARE(settings.notificationRules().quietHours, true);
            QCOMPARE(settings.historyRetentionDays(), 30);
        }
        AppSettings reopened(path);
        QCOMPARE(reopened.openedVersion(), AppSettings::currentVersion);
        QVERIFY(reopened.welcomeDone());
    }

    void newerVersionIsKeptAndSaid()
    {
        QTemporaryDir dir;
        const QString path =
            write(dir, "[meta]\nversion=7\n[future]\nthing=1\n[window]\ncloseToTray=false\n");
        {
            AppSettings settings(path);
            QCOMPARE(settings.openedVersion(), 7);
            QVERIFY(settings.openingNote().contains(u"newer"_s));
            QCOMPARE(settings.closeToTray(), false);
            settings.setStartMinimized(true);
        }
        QSettings raw(path, QSettings::IniFormat);
        QCOMPARE(raw.value(u"meta/version"_s).toInt(), 7); // never downgraded
        QCOMPARE(raw.value(u"future/thing"_s).toInt(), 1);
    }

    void damagedFileIsMovedAside_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("cause");
        QTest::newRow("binary") << QByteArray("[window]\ncloseToTray=false\n\0\0\x01\x02garbage", 36)
                                << u"binary"_s;
        QTest::newRow("not utf-8") << QByteArray("[window]\nname=\xff\xfe\xfd\n") << u"UTF-8"_s;
        QTest::newRow("huge") << QByteArray(int(AppSettings::maxFileBytes) + 10, 'a') << u"larger"_s;
    }

    void damagedFileIsMovedAside()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, cause);
        QTemporaryDir dir;
        const QString path = write(dir, bytes);
        QString aside;
        {
            AppSettings settings(path);
            aside = settings.movedAsidePath();
            QVERIFY2(!aside.isEmpty(), qPrintable(settings.openingNote()));
            QVERIFY2(settings.openingNote().contains(cause), qPrintable(settings.openingNote()));
            QVERIFY(settings.openingNote().contains(aside));
            QCOMPARE(settings.closeToTray(), true); // defaults, not the damaged values
            settings.setCloseToTray(false);
        }
        // Nothing lost: the damaged bytes are where the note says, untouched.
        QFile moved(aside);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), bytes);
        // And the new file is good settings.
        AppSettings reopened(path);
        QVERIFY(reopened.openingNote().isEmpty());
        QCOMPARE(reopened.closeToTray(), false);
        QCOMPARE(QDir(dir.path()).entryList({u"outage-radar.ini.damaged-*"_s}).size(), 1);
    }

    void invalidValuesReadAsDefaults_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("timeout too short") << QByteArray("[network]\ntimeoutSeconds=1\n");
        QTest::newRow("port not a number") << QByteArray("[network]\nproxyPort=http\n");
        QTest::newRow("unknown proxy mode") << QByteArray("[network]\nproxyMode=sometimes\n");
        QTest::newRow("unknown theme") << QByteArray("[app]\ntheme=purple\n");
        QTest::newRow("language with spaces") << QByteArray("[app]\nlanguage=de DE\n");
    }

    void invalidValuesReadAsDefaults()
    {
        QFETCH(QByteArray, line);
        QTemporaryDir dir;
        AppSettings settings(write(dir, "[meta]\nversion=1\n" + line));
        QCOMPARE(settings.network(), NetworkSettings());
        QCOMPARE(settings.theme(), u"system"_s);
        QCOMPARE(settings.language(), QString());
    }

    void networkRoundTripKeepsPasswordOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outage-radar.ini"_s);
        NetworkSettings network;
        network.proxy = {ProxyMode::Manual, u"proxy.example"_s, 3128, u"ana"_s, u"s3cret-pass"_s};
        network.timeoutSeconds = 45;
        network.maxBodyMiB = 32;
        {
            AppSettings settings(path);
            settings.setNetwork(network);
        }
        AppSettings reopened(path);
        NetworkSettings expected = network;
        expected.proxy.password.clear(); // the keychain's
        QCOMPARE(reopened.network(), expected);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret-pass"));
    }

    void sourcesRoundTripWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outage-radar.ini"_s);
        SourceConfig github {u"github"_s, u"GitHub"_s,
                             QUrl(u"https://www.githubstatus.com/api/v2/summary.json"_s),
                             FeedKind::Statuspage, std::chrono::seconds(120)};
        github.services = {u"actions"_s, u"pages"_s};
        SourceConfig privatePage {u"internal"_s, u"Internal"_s, QUrl(u"https://status.internal.example/"_s)};
        privatePage.enabled = false;
        privatePage.secretHeader = u"Authorization"_s;
        privatePage.secretValue = u"Bearer token-that-must-not-land"_s;
        {
            AppSettings settings(path);
            settings.setSources({github, privatePage});
        }
        AppSettings reopened(path);
        QStringList problems;
        const auto sources = reopened.sources(&problems);
        QVERIFY(sources.has_value());
        QVERIFY(problems.isEmpty());
        QCOMPARE(sources->size(), 2);
        QCOMPARE(sources->at(0).id, u"github"_s);
        QCOMPARE(sources->at(0).kind, FeedKind::Statuspage);
        QCOMPARE(sources->at(0).interval, std::chrono::seconds(120));
        QCOMPARE(sources->at(0).services, github.services);
        QCOMPARE(sources->at(1).enabled, false);
        QCOMPARE(sources->at(1).secretHeader, u"Authorization"_s);
        QVERIFY(sources->at(1).secretValue.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("token-that-must-not-land"));
    }

    void emptyChosenListIsNotTheDefaults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outage-radar.ini"_s);
        {
            AppSettings settings(path);
            settings.setSources({});
        }
        AppSettings reopened(path);
        QVERIFY(reopened.sources().has_value());
        QVERIFY(reopened.sources()->isEmpty());
    }

    void brokenSourceEntriesAreNamedAndSkipped()
    {
        QTemporaryDir dir;
        AppSettings settings(
            write(dir,
                  "[meta]\nversion=1\nsourcesConfigured=true\n"
                  "[sources]\nsize=4\n"
                  "1\\id=ok\n1\\url=https://ok.example/api/v2/summary.json\n1\\kind=statuspage\n"
                  "2\\id=badkind\n2\\url=https://x.example/\n2\\kind=carrier-pigeon\n"
                  "3\\url=https://noid.example/\n"
                  "4\\id=ok\n4\\url=https://twice.example/\n"));
        QStringList problems;
        const auto sources = settings.sources(&problems);
        QVERIFY(sources.has_value());
        QCOMPARE(sources->size(), 1);
        QCOMPARE(sources->constFirst().id, u"ok"_s);
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.at(0).contains(u"kind"_s));
        QVERIFY(problems.at(1).contains(u"id"_s));
        QVERIFY(problems.at(2).contains(u"twice"_s));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
