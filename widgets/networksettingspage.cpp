// SPDX-License-Identifier: GPL-3.0-or-later
#include "networksettingspage.h"

#include "formlabels.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace radar {

namespace {

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QSpinBox *spinBox(const QString &objectName, const QString &accessibleName, int minimum, int maximum,
                  QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(minimum, maximum);
    box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return box;
}

} // namespace

NetworkSettingsPage::NetworkSettingsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("networkSettingsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createProxyGroup());
    layout->addWidget(createLimitsGroup());
    layout->addStretch(1);
    setValues(NetworkSettings());
}

QWidget *NetworkSettingsPage::createProxyGroup()
{
    auto *group = new QGroupBox(tr("Proxy"), this);
    m_systemProxy = new QRadioButton(tr("Use the &system's proxy settings"), group);
    m_systemProxy->setObjectName(QStringLiteral("systemProxyButton"));
    m_systemProxy->setToolTip(tr("Fetches go through the proxy your desktop or environment names, if any."));
    m_noProxy = new QRadioButton(tr("&No proxy"), group);
    m_noProxy->setObjectName(QStringLiteral("noProxyButton"));
    m_noProxy->setToolTip(tr("Fetches go straight to the status pages, whatever the system says."));
    m_manualProxy = new QRadioButton(tr("&Manual proxy:"), group);
    m_manualProxy->setObjectName(QStringLiteral("manualProxyButton"));
    m_manualProxy->setToolTip(tr("Fetches go through the HTTP proxy named below."));
    m_proxyMode = new QButtonGroup(group);
    m_proxyMode->addButton(m_systemProxy, int(ProxyMode::System));
    m_proxyMode->addButton(m_noProxy, int(ProxyMode::None));
    m_proxyMode->addButton(m_manualProxy, int(ProxyMode::Manual));

    // The manual proxy's fields sit under its button, indented, and are enabled with it.
    m_manualFields = new QWidget(group);
    m_host = lineEdit(QStringLiteral("proxyHostEdit"), tr("Proxy host name"), m_manualFields);
    m_host->setPlaceholderText(tr("proxy.example.com"));
    m_host->setAccessibleDescription(tr("The proxy's host name alone, without http:// or a port"));
    m_port = spinBox(QStringLiteral("proxyPortBox"), tr("Proxy port"), 1, 65535, m_manualFields);
    m_port->setToolTip(tr("The port the proxy listens on, often 3128 or 8080"));
    m_user = lineEdit(QStringLiteral("proxyUserEdit"), tr("Proxy user name"), m_manualFields);
    m_user->setPlaceholderText(tr("Leave empty if the proxy asks for none"));
    m_user->setAccessibleDescription(
        tr("The user name the proxy asks for; leave it empty if it asks for none"));
    m_password = lineEdit(QStringLiteral("proxyPasswordEdit"), tr("Proxy password"), m_manualFields);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleDescription(tr("The proxy's password, kept in the system's keychain"));

    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(buddyLabel(tr("&Port:"), m_port, m_manualFields));
    hostRow->addWidget(m_port);
    auto *fields = new QFormLayout(m_manualFields);
    fields->setContentsMargins(24, 0, 0, 0);
    fields->addRow(buddyLabel(tr("&Host:"), m_host, m_manualFields), hostRow);
    fields->addRow(buddyLabel(tr("&User name:"), m_user, m_manualFields), m_user);
    fields->addRow(buddyLabel(tr("Pass&word:"), m_password, m_manualFields), m_password);
    fields->addRow(static_cast<QWidget *>(nullptr),
                   hintLabel(tr("The password is kept in your system's keychain, never in Outage Radar's "
                                "settings file or in exported configurations."),
                             m_manualFields));

    // Not by colour alone: an icon and the text say what is wrong.
    auto *errorRow = new QWidget(group);
    errorRow->setObjectName(QStringLiteral("proxyErrorRow"));
    auto *icon = new QLabel(errorRow);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_error = new QLabel(errorRow);
    m_error->setObjectName(QStringLiteral("proxyErrorLabel"));
    m_error->setWordWrap(true);
    auto *errorLayout = new QHBoxLayout(errorRow);
    errorLayout->setContentsMargins(24, 0, 0, 0);
    errorLayout->addWidget(icon, 0, Qt::AlignTop);
    errorLayout->addWidget(m_error, 1);
    errorRow->hide();

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_systemProxy);
    layout->addWidget(m_noProxy);
    layout->addWidget(m_manualProxy);
    layout->addWidget(m_manualFields);
    layout->addWidget(errorRow);

    connect(m_proxyMode, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return; // the button switched on reports as well
        updateManualFields();
        updateError();
        emit changed();
    });
    for (QLineEdit *edit : {m_host, m_user, m_password}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateError();
            emit changed();
        });
    }
    connect(m_port, &QSpinBox::valueChanged, this, &NetworkSettingsPage::changed);
    return group;
}

QWidget *NetworkSettingsPage::createLimitsGroup()
{
    auto *group = new QGroupBox(tr("Limits"), this);
    m_timeout = spinBox(QStringLiteral("timeoutBox"), tr("Fetch timeout in seconds"), 5, 300, group);
    m_timeout->setSuffix(tr(" s", "seconds"));
    m_timeout->setToolTip(tr("A fetch that has not finished after this long fails, and is tried again at "
                             "the next poll."));
    m_bodyCap =
        spinBox(QStringLiteral("bodyCapBox"), tr("Largest feed accepted, in mebibytes"), 1, 256, group);
    m_bodyCap->setSuffix(tr(" MiB", "mebibytes"));
    m_bodyCap->setToolTip(tr("A feed larger than this (after decompression) is refused instead of read, "
                             "so that a broken server cannot fill the memory."));

    auto *form = new QFormLayout(group);
    form->addRow(buddyLabel(tr("&Give up on a fetch after:"), m_timeout, group), m_timeout);
    form->addRow(buddyLabel(tr("Largest feed &accepted:"), m_bodyCap, group), m_bodyCap);

    connect(m_timeout, &QSpinBox::valueChanged, this, &NetworkSettingsPage::changed);
    connect(m_bodyCap, &QSpinBox::valueChanged, this, &NetworkSettingsPage::changed);
    return group;
}

void NetworkSettingsPage::setValues(const NetworkSettings &values)
{
    const QSignalBlocker blocker(this);
    QAbstractButton *mode = m_proxyMode->button(int(values.proxy.mode));
    (mode ? mode : m_systemProxy)->setChecked(true);
    m_host->setText(values.proxy.host);
    m_port->setValue(values.proxy.port);
    m_user->setText(values.proxy.user);
    m_password->setText(values.proxy.password);
    m_timeout->setValue(values.timeoutSeconds);
    m_bodyCap->setValue(values.maxBodyMiB);
    updateManualFields();
    updateError();
}

NetworkSettings NetworkSettingsPage::values() const
{
    NetworkSettings values;
    values.proxy.mode = ProxyMode(m_proxyMode->checkedId());
    values.proxy.host = m_host->text().trimmed();
    values.proxy.port = quint16(m_port->value());
    values.proxy.user = m_user->text();
    values.proxy.password = m_password->text();
    values.timeoutSeconds = m_timeout->value();
    values.maxBodyMiB = m_bodyCap->value();
    return values;
}

QString NetworkSettingsPage::validationError() const
{
    if (!m_manualProxy->isChecked())
        return {};
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return tr("Enter the proxy's host name or pick another option.");
    // One colon is a port written into the host ("proxy:3128"); an IPv6 address has several.
    if (host.contains(u'/') || host.count(u':') == 1
        || std::any_of(host.cbegin(), host.cend(), [](QChar c) { return c.isSpace(); }))
        return tr("Enter the proxy's host name alone, such as proxy.example.com: no spaces, no http:// and "
                  "no path. Its port goes in the Port field.");
    return {};
}

void NetworkSettingsPage::updateManualFields()
{
    m_manualFields->setEnabled(m_manualProxy->isChecked());
}

void NetworkSettingsPage::updateError()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setAccessibleName(error);
    m_error->parentWidget()->setVisible(!error.isEmpty());
}

} // namespace radar
