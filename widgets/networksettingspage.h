// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/fetchresult.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace radar {

/// The settings dialog's Network page: how feeds are fetched (the system's proxy, none, or one the
/// user names, with its credentials), how long a fetch may take and how large a feed may be. It
/// only edits values; the composition root keeps the proxy password in the OS keychain and saves
/// the rest.
class NetworkSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkSettingsPage(QWidget *parent = nullptr);

    /// Shows the values (the proxy password as the keychain gave it); emits nothing.
    void setValues(const NetworkSettings &values);
    /// What the page shows. The manual proxy's fields are kept in the other modes too, so that
    /// switching back and forth loses nothing; the host comes trimmed.
    NetworkSettings values() const;
    /// What to fix before the values can be used, or an empty string when they can.
    QString validationError() const;

    QRadioButton *systemProxyButton() const { return m_systemProxy; }
    QRadioButton *noProxyButton() const { return m_noProxy; }
    QRadioButton *manualProxyButton() const { return m_manualProxy; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QSpinBox *bodyCapBox() const { return m_bodyCap; }
    /// validationError(), shown as soon as there is one.
    QLabel *errorLabel() const { return m_error; }

signals:
    /// The user changed a value.
    void changed();

private:
    QWidget *createProxyGroup();
    QWidget *createLimitsGroup();
    void updateManualFields();
    void updateError();

    QButtonGroup *m_proxyMode = nullptr;
    QRadioButton *m_systemProxy = nullptr;
    QRadioButton *m_noProxy = nullptr;
    QRadioButton *m_manualProxy = nullptr;
    QWidget *m_manualFields = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_bodyCap = nullptr;
};

} // namespace radar
