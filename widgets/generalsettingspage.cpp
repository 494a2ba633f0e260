// SPDX-License-Identifier: GPL-3.0-or-later
#include "generalsettingspage.h"

#include "formlabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace radar {

namespace {

/// A small explanation under an option, indented to its text.
QLabel *noteLabel(const QString &objectName, QWidget *parent)
{
    auto *note = new QLabel(parent);
    note->setObjectName(objectName);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    note->setContentsMargins(24, 0, 0, 0);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->hide();
    return note;
}

/// The languages Outage Radar is translated into, each named in its own language so that a person
/// who cannot read the current one still finds theirs.
struct LanguageChoice
{
    const char *code;
    const char16_t *name;
};

constexpr LanguageChoice languageChoices[] = {
    {"en", u"English"},
    {"de", u"Deutsch"},
    {"fr", u"Fran\u00e7ais"},
    {"es", u"Espa\u00f1ol"},
    {"ja", u"\u65e5\u672c\u8a9e"},
};

} // namespace

GeneralSettingsPage::GeneralSettingsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("generalSettingsPage"));

    m_startAtLogin = new QCheckBox(tr("&Start Outage Radar when I log in"), this);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginBox"));
    m_startAtLogin->setToolTip(tr("Registers Outage Radar with your desktop session, so that it starts "
                                  "out of sight, in the tray, whenever you log in."));
    m_startAtLoginNote = noteLabel(QStringLiteral("startAtLoginNote"), this);

    m_startMinimized = new QCheckBox(tr("Start &minimized"), this);
    m_startMinimized->setObjectName(QStringLiteral("startMinimizedBox"));
    m_startMinimized->setToolTip(tr("Opens no window at start: Outage Radar keeps watching from the tray "
                                    "(or minimized, where there is no tray)."));

    m_closeToTray = new QCheckBox(tr("Closing the window &keeps Outage Radar running in the tray"), this);
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayBox"));
    m_closeToTray->setToolTip(tr("When on, closing the window hides it and notifications keep coming; "
                                 "quit from the tray menu or with Ctrl+Q. When off, closing quits."));

    m_minimizeToTray = new QCheckBox(tr("Minimi&zing the window hides it in the tray"), this);
    m_minimizeToTray->setObjectName(QStringLiteral("minimizeToTrayBox"));
    m_minimizeToTray->setToolTip(tr("When on, a minimized window leaves the task bar; the tray icon "
                                    "brings it back."));

    m_trayNote = noteLabel(QStringLiteral("trayNote"), this);
    m_trayNote->setText(tr("No system tray was found on this desktop, so the window cannot be hidden "
                           "there: closing it quits, and minimizing keeps it in the task bar."));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The language of Outage Radar's windows, menus and notifications."));
    setAvailableLanguages({});
    m_languageNote = new QLabel(tr("Takes effect when Outage Radar starts again."), this);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setToolTip(tr("System follows your desktop's colours; Light, Dark and High contrast use Outage "
                           "Radar's own, whatever the desktop. High contrast is white and yellow on black."));
    m_theme->addItem(tr("System"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->addItem(tr("High contrast"), int(Theme::HighContrast));

    auto *appearance = new QFormLayout;
    appearance->addRow(buddyLabel(tr("&Language:"), m_language, this), m_language);
    appearance->addRow(static_cast<QWidget *>(nullptr), m_languageNote);
    appearance->addRow(buddyLabel(tr("T&heme:"), m_theme, this), m_theme);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_startAtLogin);
    layout->addWidget(m_startAtLoginNote);
    layout->addWidget(m_startMinimized);
    layout->addSpacing(12);
    layout->addWidget(m_closeToTray);
    layout->addWidget(m_minimizeToTray);
    layout->addWidget(m_trayNote);
    layout->addSpacing(12);
    layout->addLayout(appearance);
    layout->addStretch(1);

    for (QCheckBox *box : {m_startAtLogin, m_startMinimized, m_closeToTray, m_minimizeToTray})
        connect(box, &QCheckBox::toggled, this, &GeneralSettingsPage::changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &GeneralSettingsPage::changed);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &GeneralSettingsPage::changed);
}

void GeneralSettingsPage::setValues(const GeneralSettings &values)
{
    const QSignalBlocker blocker(this);
    m_startAtLogin->setChecked(values.startAtLogin);
    m_startMinimized->setChecked(values.startMinimized);
    m_closeToTray->setChecked(values.closeToTray);
    m_minimizeToTray->setChecked(values.minimizeToTray);
    int language = m_language->findData(values.language);
    if (language < 0) {
        m_language->addItem(values.language, values.language);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    const int theme = m_theme->findData(int(values.theme));
    m_theme->setCurrentIndex(theme >= 0 ? theme : 0);
}

void GeneralSettingsPage::setAvailableLanguages(const QStringList &codes)
{
    const QSignalBlocker quiet(m_language);
    const QString current = m_language->currentData().toString();
    m_language->clear();
    m_language->addItem(tr("System default"), QString());
    for (const LanguageChoice &choice : languageChoices) {
        const QString code = QString::fromLatin1(choice.code);
        if (codes.isEmpty() || codes.contains(code) || code == current)
            m_language->addItem(QString::fromUtf16(choice.name), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
}

GeneralSettings GeneralSettingsPage::values() const
{
    GeneralSettings values;
    values.startAtLogin = m_startAtLogin->isChecked();
    values.startMinimized = m_startMinimized->isChecked();
    values.closeToTray = m_closeToTray->isChecked();
    values.minimizeToTray = m_minimizeToTray->isChecked();
    values.language = m_language->currentData().toString();
    values.theme = Theme(m_theme->currentData().toInt());
    return values;
}

void GeneralSettingsPage::setStartAtLoginNote(const QString &note)
{
    m_startAtLoginNote->setText(note);
    m_startAtLoginNote->setVisible(!note.isEmpty());
}

void GeneralSettingsPage::setTrayAvailable(bool available)
{
    m_closeToTray->setEnabled(available);
    m_minimizeToTray->setEnabled(available);
    m_trayNote->setVisible(!available);
}

} // namespace radar
