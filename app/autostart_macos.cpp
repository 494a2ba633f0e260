// SPDX-License-Identifier: GPL-3.0-or-later
// macOS: a launch agent in ~/Library/LaunchAgents, which launchd runs at login (RunAtLoad).
#include "autostart.h"
#include "autostartfile.h"

#include <QDir>
#include <QFileInfo>

namespace radar::autostart {

namespace {

// Reverse DNS of the project's domain (HOMEPAGE_URL, outage-radar.invalid), then the app.
const QString label = QStringLiteral("invalid.outage-radar.outage-radar");

QString plistString(const QString &text)
{
    return QStringLiteral("<string>") + text.toHtmlEscaped() + QStringLiteral("</string>");
}

} // namespace

QString location()
{
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + label + QStringLiteral(".plist");
}

bool isEnabled()
{
    return QFileInfo::exists(location());
}

bool enable(const QString &program, const QStringList &arguments, QString &error)
{
    QString programArguments = QStringLiteral("        ") + plistString(program) + u'\n';
    for (const QString &argument : arguments)
        programArguments += QStringLiteral("        ") + plistString(argument) + u'\n';
    const QString plist = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                         "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                                         "<plist version=\"1.0\">\n"
                                         "<dict>\n"
                                         "    <key>Label</key>\n"
                                         "    %1\n"
                                         "    <key>ProgramArguments</key>\n"
                                         "    <array>\n"
                                         "%2"
                                         "    </array>\n"
                                         "    <key>RunAtLoad</key>\n"
                                         "    <true/>\n"
                                         "</dict>\n"
                                         "</plist>\n")
                              .arg(plistString(label), programArguments);
    // Atomic: launchd reads the old agent or the new one, never half of one.
    return file::write(location(), plist, error);
}

bool disable(QString &error)
{
    return file::remove(location(), error);
}

} // namespace radar::autostart
