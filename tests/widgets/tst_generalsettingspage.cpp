// SPDX-License-Identifier: GPL-3.0-or-later
// The General page's language and theme choices, driven through its real combo boxes.
#include "generalsettingspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace radar;

Q_DECLARE_METATYPE(radar::Theme)

namespace {

GeneralSettings unusual()
{
    GeneralSettings values;
    values.startAtLogin = true;
    values.startMinimized = true;
    values.closeToTray = false;
    values.minimizeToTray = false;
    values.language = QStringLiteral("ja");
    values.theme = Theme::Dark;
    return values;
}

bool hasMnemonicBuddy(const QWidget &page, const QWidget *buddy)
{
    const QList<QLabel *> labels = page.findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [buddy](const QLabel *label) {
        return label->buddy() == buddy && label->text().contains(u'&');
    });
}

} // namespace

class TestGeneralSettingsPage : public QObject
{
    Q_OBJECT
private slots:
    void languageRoundTrip_data();
    void languageRoundTrip();
    void languageChosenWithTheKeyboard();
    void unknownLanguageIsKept();
    void themeRoundTrip_data();
    void themeRoundTrip();
    void themeChosenWithTheKeyboard();
    void everyValueRoundTrips();
    void combosAreLabelledAndInTabOrder();
};

void TestGeneralSettingsPage::languageRoundTrip_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("shown");
    QTest::addRow("system") << QString() << QStringLiteral("System default");
    QTest::addRow("English") << QStringLiteral("en") << QStringLiteral("English");
    QTest::addRow("German") << QStringLiteral("de") << QStringLiteral("Deutsch");
    QTest::addRow("French") << QStringLiteral("fr") << QStringLiteral("Fran\u00e7ais");
    QTest::addRow("Spanish") << QStringLiteral("es") << QStringLiteral("Espa\u00f1ol");
    QTest::addRow("Japanese") << QStringLiteral("ja") << QStringLiteral("\u65e5\u672c\u8a9e");
}

void TestGeneralSettingsPage::languageRoundTrip()
{
    QFETCH(QString, code);
    QFETCH(QString, shown);
    GeneralSettingsPage page;
    QSignalSpy changed(&page, &GeneralSettingsPage::changed);
    QVERIFY(changed.isValid());
    GeneralSettings values;
    values.language = code;
    page.setValues(values);
    QCOMPARE(changed.count(), 0); // setValues is not the user
    QCOMPARE(page.languageBox()->currentText(), shown);
    QCOMPARE(page.values().language, code);
    QCOMPARE(page.values(), values);
    QCOMPARE(page.languageBox()->count(), 6); // nothing added for a language it offers
}

void TestGeneralSettingsPage::languageChosenWithTheKeyboard()
{
    GeneralSettingsPage page;
    page.setValues(GeneralSettings());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy changed(&page, &GeneralSettingsPage::changed);
    QComboBox *language = page.languageBox();
    QCOMPARE(language->objectName(), QStringLiteral("languageBox"));
    QCOMPARE(page.values().language, QString());
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down); // System default to English
    QTest::keyClick(language, Qt::Key_Down); // to Deutsch
    QCOMPARE(changed.count(), 2);
    QCOMPARE(page.values().language, QStringLiteral("de"));
    // The note says when the choice takes effect.
    QVERIFY(page.languageNote()->isVisible());
    QVERIFY(page.languageNote()->text().contains(QStringLiteral("starts again")));
}

void TestGeneralSettingsPage::unknownLanguageIsKept()
{
    GeneralSettingsPage page;
    GeneralSettings values;
    values.language = QStringLiteral("pt");
    page.setValues(values);
    QCOMPARE(page.values().language, QStringLiteral("pt"));
    QCOMPARE(page.languageBox()->currentText(), QStringLiteral("pt"));
    // Set twice, listed once; and an offered language still selects its own entry afterwards.
    page.setValues(values);
    QCOMPARE(page.languageBox()->findData(QStringLiteral("pt")), page.languageBox()->count() - 1);
    QCOMPARE(page.languageBox()->count(), 7);
    values.language = QStringLiteral("fr");
    page.setValues(values);
    QCOMPARE(page.values().language, QStringLiteral("fr"));
}

void TestGeneralSettingsPage::themeRoundTrip_data()
{
    QTest::addColumn<Theme>("theme");
    QTest::addColumn<QString>("shown");
    QTest::addRow("system") << Theme::System << QStringLiteral("System");
    QTest::addRow("light") << Theme::Light << QStringLiteral("Light");
    QTest::addRow("dark") << Theme::Dark << QStringLiteral("Dark");
    QTest::addRow("high contrast") << Theme::HighContrast << QStringLiteral("High contrast");
}

void TestGeneralSettingsPage::themeRoundTrip()
{
    QFETCH(Theme, theme);
    QFETCH(QString, shown);
    GeneralSettingsPage page;
    QSignalSpy changed(&page, &GeneralSettingsPage::changed);
    GeneralSettings values;
    values.theme = theme;
    page.setValues(values);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(page.themeBox()->currentText(), shown);
    QCOMPARE(page.values().theme, theme);
    QCOMPARE(page.values(), values);
}

void TestGeneralSettingsPage::themeChosenWithTheKeyboard()
{
    GeneralSettingsPage page;
    page.setValues(GeneralSettings());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy changed(&page, &GeneralSettingsPage::changed);
    QComboBox *theme = page.themeBox();
    QCOMPARE(theme->objectName(), QStringLiteral("themeBox"));
    theme->setFocus();
    QTest::keyClick(theme, Qt::Key_End);
    QCOMPARE(page.values().theme, Theme::HighContrast);
    QTest::keyClick(theme, Qt::Key_Up);
    QCOMPARE(page.values().theme, Theme::Dark);
    QCOMPARE(changed.count(), 2);
}

void TestGeneralSettingsPage::everyValueRoundTrips()
{
    GeneralSettingsPage page;
    const GeneralSettings values = unusual();
    page.setValues(values);
    QCOMPARE(page.values(), values);
    QVERIFY(page.startAtLoginBox()->isChecked());
    QVERIFY(!page.closeToTrayBox()->isChecked());
    // And back to the defaults: nothing sticks from the earlier values.
    page.setValues(GeneralSettings());
    QCOMPARE(page.values(), GeneralSettings());
}

void TestGeneralSettingsPage::combosAreLabelledAndInTabOrder()
{
    GeneralSettingsPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    for (QComboBox *box : {page.languageBox(), page.themeBox()}) {
        QVERIFY2(!box->accessibleName().isEmpty(), qPrintable(box->objectName()));
        QVERIFY2(!box->toolTip().isEmpty(), qPrintable(box->objectName()));
        QVERIFY2(hasMnemonicBuddy(page, box), qPrintable(box->objectName()));
    }
    // The check boxes come first (the settings dialog's Tab lands on the first of them), then the
    // language and the theme.
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.minimizeToTrayBox()->setFocus();
    QTest::keyClick(page.minimizeToTrayBox(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page.languageBox());
    QTest::keyClick(page.languageBox(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page.themeBox());
}

QTEST_MAIN(TestGeneralSettingsPage)
#include "tst_generalsettingspage.moc"
