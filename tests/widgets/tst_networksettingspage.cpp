// SPDX-License-Identifier: GPL-3.0-or-later
// The Network page: proxy modes, the manual proxy's fields, limits and validation, driven through
// its real widgets.
#include "networksettingspage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace radar;

Q_DECLARE_METATYPE(radar::NetworkSettings)
Q_DECLARE_METATYPE(radar::ProxyMode)

namespace {

NetworkSettings manual(const QString &host)
{
    NetworkSettings settings;
    settings.proxy.mode = ProxyMode::Manual;
    settings.proxy.host = host;
    return settings;
}

QRadioButton *modeButton(const NetworkSettingsPage &page, ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System:
        return page.systemProxyButton();
    case ProxyMode::None:
        return page.noProxyButton();
    case ProxyMode::Manual:
        break;
    }
    return page.manualProxyButton();
}

} // namespace

class TestNetworkSettingsPage : public QObject
{
    Q_OBJECT
private slots:
    void modesEnableTheManualFields_data();
    void modesEnableTheManualFields();
    void valuesRoundTrip_data();
    void valuesRoundTrip();
    void limitsAreClamped();
    void manualProxyTypedIn();
    void validation_data();
    void validation();
    void namesAndNotes();
};

void TestNetworkSettingsPage::modesEnableTheManualFields_data()
{
    QTest::addColumn<ProxyMode>("from");
    QTest::addColumn<ProxyMode>("to");
    QTest::addRow("system to manual") << ProxyMode::System << ProxyMode::Manual;
    QTest::addRow("system to none") << ProxyMode::System << ProxyMode::None;
    QTest::addRow("manual to system") << ProxyMode::Manual << ProxyMode::System;
    QTest::addRow("manual to none") << ProxyMode::Manual << ProxyMode::None;
    QTest::addRow("none to manual") << ProxyMode::None << ProxyMode::Manual;
}

void TestNetworkSettingsPage::modesEnableTheManualFields()
{
    QFETCH(ProxyMode, from);
    QFETCH(ProxyMode, to);
    NetworkSettingsPage page;
    NetworkSettings settings = manual(QStringLiteral("proxy.example.com"));
    settings.proxy.mode = from;
    page.setValues(settings);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QList<QWidget *> fields {page.hostEdit(), page.portBox(), page.userEdit(), page.passwordEdit()};
    for (const QWidget *field : fields)
        QCOMPARE(field->isEnabled(), from == ProxyMode::Manual);

    QSignalSpy changed(&page, &NetworkSettingsPage::changed);
    QVERIFY(changed.isValid());
    QRadioButton *button = modeButton(page, to);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    QCOMPARE(changed.count(), 1); // once, although two buttons toggled
    QCOMPARE(page.values().proxy.mode, to);
    for (const QWidget *field : fields)
        QCOMPARE(field->isEnabled(), to == ProxyMode::Manual);
    // The host typed for the manual proxy survives a trip to another mode.
    QCOMPARE(page.values().proxy.host, QStringLiteral("proxy.example.com"));
}

void TestNetworkSettingsPage::valuesRoundTrip_data()
{
    QTest::addColumn<NetworkSettings>("settings");
    QTest::addRow("defaults") << NetworkSettings();
    NetworkSettings full = manual(QStringLiteral("proxy.corp.example"));
    full.proxy.port = 3128;
    full.proxy.user = QStringLiteral("alice");
    full.proxy.password = QStringLiteral("s3cret \u00e9");
    full.timeoutSeconds = 45;
    full.maxBodyMiB = 64;
    QTest::addRow("manual with credentials") << full;
    NetworkSettings none = full;
    none.proxy.mode = ProxyMode::None;
    QTest::addRow("none, manual fields kept") << none;
    NetworkSettings smallest = manual(QStringLiteral("10.0.0.1"));
    smallest.proxy.port = 1;
    smallest.timeoutSeconds = 5;
    smallest.maxBodyMiB = 1;
    QTest::addRow("smallest") << smallest;
    NetworkSettings largest = manual(QStringLiteral("::1"));
    largest.proxy.port = 65535;
    largest.timeoutSeconds = 300;
    largest.maxBodyMiB = 256;
    QTest::addRow("largest") << largest;
}

void TestNetworkSettingsPage::valuesRoundTrip()
{
    QFETCH(NetworkSettings, settings);
    NetworkSettingsPage page;
    QSignalSpy changed(&page, &NetworkSettingsPage::changed);
    page.setValues(settings);
    QCOMPARE(changed.count(), 0); // setValues is not the user
    QCOMPARE(page.values(), settings);
    QCOMPARE(page.values().fetchPolicy().timeout, std::chrono::milliseconds(settings.timeoutSeconds * 1000));
    QCOMPARE(page.timeoutBox()->value(), settings.timeoutSeconds);
    QCOMPARE(page.bodyCapBox()->value(), settings.maxBodyMiB);
    QCOMPARE(page.passwordEdit()->text(), settings.proxy.password);
}

void TestNetworkSettingsPage::limitsAreClamped()
{
    NetworkSettingsPage page;
    NetworkSettings settings;
    settings.timeoutSeconds = 1000;
    settings.maxBodyMiB = 0;
    page.setValues(settings);
    QCOMPARE(page.values().timeoutSeconds, 300);
    QCOMPARE(page.values().maxBodyMiB, 1);
    settings.timeoutSeconds = 1;
    settings.maxBodyMiB = 100000;
    page.setValues(settings);
    QCOMPARE(page.values().timeoutSeconds, 5);
    QCOMPARE(page.values().maxBodyMiB, 256);
}

void TestNetworkSettingsPage::manualProxyTypedIn()
{
    NetworkSettingsPage page;
    page.setValues(NetworkSettings());
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QSignalSpy changed(&page, &NetworkSettingsPage::changed);

    // Arrow keys move between the modes; Tab goes on to the manual proxy's fields.
    page.systemProxyButton()->setFocus();
    QTest::keyClick(page.systemProxyButton(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QVERIFY(page.manualProxyButton()->isChecked());
    QCOMPARE(page.validationError(), QStringLiteral("Enter the proxy's host name or pick another option."));
    QVERIFY(page.errorLabel()->isVisible());
    QTest::keyClick(page.manualProxyButton(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page.hostEdit());
    QTest::keyClicks(page.hostEdit(), QStringLiteral(" proxy.corp.example "));
    QVERIFY(!page.errorLabel()->isVisible());
    QTest::keyClick(page.hostEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page.portBox());
    page.portBox()->selectAll();
    QTest::keyClicks(page.portBox(), QStringLiteral("3128"));
    QTest::keyClick(page.portBox(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page.userEdit());
    QTest::keyClicks(page.userEdit(), QStringLiteral("alice"));
    QTest::keyClick(page.userEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page.passwordEdit());
    QTest::keyClicks(page.passwordEdit(), QStringLiteral("hunter2"));
    QVERIFY(!page.passwordEdit()->displayText().contains(QStringLiteral("hunter2"))); // echoed as dots

    const NetworkSettings values = page.values();
    QCOMPARE(values.proxy.mode, ProxyMode::Manual);
    QCOMPARE(values.proxy.host, QStringLiteral("proxy.corp.example")); // trimmed
    QCOMPARE(values.proxy.port, quint16(3128));
    QCOMPARE(values.proxy.user, QStringLiteral("alice"));
    QCOMPARE(values.proxy.password, QStringLiteral("hunter2"));
    QCOMPARE(page.validationError(), QString());
    QVERIFY(changed.count() >= 5);
}

void TestNetworkSettingsPage::validation_data()
{
    QTest::addColumn<NetworkSettings>("settings");
    QTest::addColumn<QString>("error"); // a part of the message; empty: valid
    const QString noHost = QStringLiteral("Enter the proxy's host name or pick another option.");
    QTest::addRow("system") << NetworkSettings() << QString();
    NetworkSettings none;
    none.proxy.mode = ProxyMode::None;
    QTest::addRow("none") << none << QString();
    QTest::addRow("manual, host name") << manual(QStringLiteral("proxy.example.com")) << QString();
    QTest::addRow("manual, IPv4") << manual(QStringLiteral("192.0.2.7")) << QString();
    QTest::addRow("manual, IPv6") << manual(QStringLiteral("2001:db8::1")) << QString();
    QTest::addRow("manual, no host") << manual(QString()) << noHost;
    QTest::addRow("manual, blank host") << manual(QStringLiteral("   ")) << noHost;
    QTest::addRow("manual, URL") << manual(QStringLiteral("http://proxy.example.com"))
                                 << QStringLiteral("alone");
    QTest::addRow("manual, port in host") << manual(QStringLiteral("proxy:3128")) << QStringLiteral("Port");
    QTest::addRow("manual, space") << manual(QStringLiteral("proxy example")) << QStringLiteral("alone");
    NetworkSettings systemWithJunk = manual(QStringLiteral("http://junk"));
    systemWithJunk.proxy.mode = ProxyMode::System;
    QTest::addRow("system, junk host unused") << systemWithJunk << QString();
}

void TestNetworkSettingsPage::validation()
{
    QFETCH(NetworkSettings, settings);
    QFETCH(QString, error);
    NetworkSettingsPage page;
    page.setValues(settings);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString problem = page.validationError();
    if (error.isEmpty()) {
        QCOMPARE(problem, QString());
    } else {
        QVERIFY2(problem.contains(error), qPrintable(problem));
        QVERIFY(!problem.contains(u'%'));
    }
    // The page shows the same message, with an icon beside it.
    QCOMPARE(page.errorLabel()->isVisible(), !problem.isEmpty());
    QCOMPARE(page.errorLabel()->text(), problem);
}

void TestNetworkSettingsPage::namesAndNotes()
{
    NetworkSettingsPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    for (const QWidget *widget : page.findChildren<QWidget *>()) {
        if (qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QSpinBox *>(widget)
            || qobject_cast<const QRadioButton *>(widget)) {
            if (widget->parent() && widget->parent()->inherits("QAbstractSpinBox"))
                continue; // a spin box's own line edit
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty() || qobject_cast<const QRadioButton *>(widget),
                     qPrintable(widget->objectName()));
        }
    }
    for (QRadioButton *button : {page.systemProxyButton(), page.noProxyButton(), page.manualProxyButton()})
        QVERIFY2(button->text().contains(u'&'), qPrintable(button->text()));
    QCOMPARE(page.passwordEdit()->echoMode(), QLineEdit::Password);
    bool keychainNote = false;
    for (const QLabel *label : page.findChildren<QLabel *>())
        keychainNote =
            keychainNote || (label->isVisible() && label->text().contains(QStringLiteral("keychain")));
    QVERIFY(keychainNote);
    QCOMPARE(page.portBox()->minimum(), 1);
    QCOMPARE(page.portBox()->maximum(), 65535);
    QVERIFY(page.timeoutBox()->text().endsWith(QStringLiteral(" s")));
    QVERIFY(page.bodyCapBox()->text().endsWith(QStringLiteral(" MiB")));
}

QTEST_MAIN(TestNetworkSettingsPage)
#include "tst_networksettingspage.moc"
