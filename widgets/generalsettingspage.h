// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace radar {

/// The colours the window uses: the desktop's, or a light, dark or high-contrast palette of the app's own.
enum class Theme : quint8 { System, Light, Dark, HighContrast };

/// How the application starts and where its window goes: the General page's values.
struct GeneralSettings
{
    bool startAtLogin = false;
    bool startMinimized = false;
    bool closeToTray = true;
    bool minimizeToTray = true;
    QString language {}; // "" follows the system; else "en", "de", "fr", "es" or "ja" (at next start)
    Theme theme = Theme::System;

    friend bool operator==(const GeneralSettings &a, const GeneralSettings &b)
    {
        return a.startAtLogin == b.startAtLogin && a.startMinimized == b.startMinimized
            && a.closeToTray == b.closeToTray && a.minimizeToTray == b.minimizeToTray
            && a.language == b.language && a.theme == b.theme;
    }
    friend bool operator!=(const GeneralSettings &a, const GeneralSettings &b) { return !(a == b); }
};

/// The settings dialog's General page: start at login, start minimized, close and minimize to the
/// tray, the language and the theme. It only edits values; the composition root registers the login
/// start, applies the theme (applyTheme() in theme.h) and saves.
class GeneralSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit GeneralSettingsPage(QWidget *parent = nullptr);

    /// Shows the values; emits nothing. A language the page does not offer is kept and listed by
    /// its code, so that a file written by a newer version survives a round trip.
    void setValues(const GeneralSettings &values);
    GeneralSettings values() const;

    /// Offers only these languages (codes such as "de"), the ones the app has a translation for;
    /// empty offers every language the app knows. A chosen language stays listed.
    void setAvailableLanguages(const QStringList &codes);
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
    /// Its items hold the language codes GeneralSettings::language takes ("" for the system's).
    QComboBox *languageBox() const { return m_language; }
    QLabel *languageNote() const { return m_languageNote; }
    /// Its items hold int(Theme).
    QComboBox *themeBox() const { return m_theme; }

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
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QComboBox *m_theme = nullptr;
};

} // namespace radar
