// SPDX-License-Identifier: GPL-3.0-or-later
#include "generalsettingspage.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_startAtLogin);
    layout->addWidget(m_startAtLoginNote);
    layout->addWidget(m_startMinimized);
    layout->addSpacing(12);
    layout->addWidget(m_closeToTray);
    layout->addWidget(m_minimizeToTray);
    layout->addWidget(m_trayNote);
    layout->addStretch(1);

    for (QCheckBox *box : {m_startAtLogin, m_startMinimized, m_closeToTray, m_minimizeToTray})
        connect(box, &QCheckBox::toggled, this, &GeneralSettingsPage::changed);
}

void GeneralSettingsPage::setValues(const GeneralSettings &values)
{
    const QSignalBlocker blocker(this);
    m_startAtLogin->setChecked(values.startAtLogin);
    m_startMinimized->setChecked(values.startMinimized);
    m_closeToTray->setChecked(values.closeToTray);
    m_minimizeToTray->setChecked(values.minimizeToTray);
}

GeneralSettings GeneralSettingsPage::values() const
{
    return {m_startAtLogin->isChecked(), m_startMinimized->isChecked(), m_closeToTray->isChecked(),
            m_minimizeToTray->isChecked()};
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
