// SPDX-License-Identifier: GPL-3.0-or-later
// The translations as the app loads them: every language's file compiled in and complete enough
// to change what a person reads, its plurals right, Qt's own strings in the same language, the
// settings' choice over the system's, and the system's language followed by the real binary.
#include "localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QTest>

using namespace radar;

namespace {

QString status(const char *text)
{
    return QCoreApplication::translate("radar::Status", text);
}

QString imported(int n)
{
    return QCoreApplication::translate("radar::ConfigTransfer", "Imported %n source(s).", nullptr, n);
}

} // namespace

class TestLocalization : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase() { installTranslations(QStringLiteral("en")); }

    void everyLanguageIsCompiledIn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("majorOutage");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Major outage");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Großausfall");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Panne majeure");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Interrupción grave");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("大規模障害");
    }

    void everyLanguageIsCompiledIn()
    {
        QFETCH(QString, language);
        QFETCH(QString, majorOutage);
        installTranslations(language);
        QCOMPARE(translationLanguage().left(2), language);
        QCOMPARE(status("Major outage"), majorOutage);
        QCOMPARE(QLocale().language(), QLocale(language).language()); // dates and numbers follow
    }

    void pluralsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("two");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Imported 1 source.")
                            << QStringLiteral("Imported 2 sources.");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("1 Quelle importiert.")
                            << QStringLiteral("2 Quellen importiert.");
        // French uses its singular for 0 as well.
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("1 source importée.")
                            << QStringLiteral("2 sources importées.");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Se importó 1 fuente.")
                            << QStringLiteral("Se importaron 2 fuentes.");
    }

    void pluralsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, one);
        QFETCH(QString, two);
        installTranslations(language);
        QCOMPARE(imported(1), one);
        QCOMPARE(imported(2), two);
        if (language == u"fr")
            QCOMPARE(imported(0), QStringLiteral("0 source importée."));
    }

    void japaneseHasOneForm()
    {
        installTranslations(QStringLiteral("ja"));
        const QString one = imported(1);
        const QString two = imported(2);
        QVERIFY2(one.contains(u'1') && two.contains(u'2'), qPrintable(one + QStringLiteral(" / ") + two));
        QCOMPARE(QString(one).replace(u'1', u'2'), two);
    }

    void qtsOwnStringsToo_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"de", "fr", "es", "ja"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void qtsOwnStringsToo()
    {
        QFETCH(QString, language);
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(folder + QStringLiteral("/qtbase_") + language + QStringLiteral(".qm")))
            QSKIP(qPrintable(QStringLiteral("Qt's own translations are not installed in %1 (Debian: "
                                            "qt6-translations-l10n, which .ci/setup installs)")
                                 .arg(folder)));
        installTranslations(language);
        // The standard buttons of every dialog.
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != u"Cancel");
    }

    void theSettingsChoiceWinsOverTheSystem()
    {
        // Whatever the system's language, a chosen one is what installs.
        installTranslations(QStringLiteral("ja"));
        QCOMPARE(translationLanguage().left(2), QStringLiteral("ja"));
        installTranslations(QStringLiteral("de"));
        QCOMPARE(status("Degraded"), QStringLiteral("Beeinträchtigt"));
        // And no choice means the system's language again.
        installTranslations();
        QCOMPARE(QLocale().name(), QLocale::system().name());
    }

    void theBinaryFollowsTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("helpLine");
        QTest::newRow("German") << QStringLiteral(
            "de_DE.UTF-8") << QCoreApplication::translate("radar::CommandLine", "Show this help and exit.");
        QTest::newRow("English") << QStringLiteral("C") << QStringLiteral("Show this help and exit.");
    }

    void theBinaryFollowsTheSystemLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, helpLine);
        QString expected = helpLine;
        if (locale.startsWith(u"de")) {
            installTranslations(QStringLiteral("de"));
            expected = QCoreApplication::translate("radar::CommandLine", "Show this help and exit.");
            QVERIFY(expected != u"Show this help and exit.");
        }
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LANG"), locale);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(OUTAGE_RADAR_BINARY), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out));
    }
};

QTEST_MAIN(TestLocalization)
#include "tst_localization.moc"
