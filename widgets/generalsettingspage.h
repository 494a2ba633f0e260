// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace radar {

/// How the application starts and where its window goes: the General page's values.
struct GeneralSettings
{
    bool startAtLogin = false;
    bool startMinimized = false;
    bool closeToTray = true;
    bool minimizeToTray = true;

    friend bool operator==(const GeneralSettings &a, const GeneralSettings &b)
    {
        return a.startAtLogin == b.startAtLogin && a.startMinimized == b.startMinimized
            && a.closeToTray == b.closeToTray && a.minimizeToTray == b.minimizeToTray;
    }
    friend bool operator!=(const GeneralSettings &a, const GeneralSettings &b) { return !(a == b); }
};

/// The settings dialog's General page: start at login, start minimized, close and minimize to the
/// tray. It only edits values; the composition root registers the login start and saves.
class GeneralSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit GeneralSettingsPage(QWidget *parent = nullptr);

    /// Shows the values; emits nothing.
    void setValues(const GeneralSettings &values);
    GeneralSettings values() const;

    /// Where the login start is registered, or why it could not be; shown under its check box.
    void setStartAtLoginNote(const QString &note);
    /// Without a system tray the window cannot go there: the tray options are disabled, and a
    /// note says why (their values are kept for a desktop that has one).
    void setTrayAvailable(bool available);

    QCheckBox *startAtLoginBox() const { return m_startAtLogin; }
    QCheckBox *startMinimizedBox() const { return m_startMinimized; }
    QCheckBox *closeToTrayBox() const { return m_closeToTray; }
    QCheckBox *minimizeToTrayBox() const { return m_minimizeToTray; }
    QLabel *startAtLoginNote() const { return m_startAtLoginNote; }
    QLabel *trayNote() const { return m_trayNote; }

signals:
    /// The user changed a value.
    void changed();

private:
    QCheckBox *m_startAtLogin = nullptr;
    QCheckBox *m_startMinimized = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QCheckBox *m_minimizeToTray = nullptr;
    QLabel *m_startAtLoginNote = nullptr;
    QLabel *m_trayNote = nullptr;
};

} // namespace radar
