// SPDX-License-Identifier: GPL-3.0-or-later
// The XDG Autostart specification: a desktop entry in $XDG_CONFIG_HOME/autostart, which GNOME,
// KDE, Xfce and the other freedesktop sessions start at login.
#include "autostart.h"
#include "autostartfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace radar::autostart {

namespace {

QString configHome()
{
    // Read here rather than through QStandardPaths, so tests can point it elsewhere. The base
    // directory specification says a relative path is invalid and to be ignored.
    const QString configured = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!configured.isEmpty() && QDir::isAbsolutePath(configured))
        return QDir::cleanPath(configured);
    return QDir::homePath() + QStringLiteral("/.config");
}

/// One argument as the Desktop Entry specification's Exec key wants it: in double quotes when it
/// holds a reserved character, with `"`, `` ` ``, `$` and `\` escaped inside them, and every percent
/// sign doubled (a single one would start a field code).
QString execArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = argument.isEmpty();
    for (const QChar character : argument)
        needsQuotes = needsQuotes || reserved.contains(character);
    QString result;
    if (needsQuotes) {
        result += u'"';
        for (const QChar character : argument) {
            if (character == u'"' || character == u'`' || character == u'$' || character == u'\\')
                result += u'\\';
            result += character;
        }
        result += u'"';
    } else {
        result = argument;
    }
    const QChar percent(0x25); // spelled as a number: lupdate trips over the sign in code
    return result.replace(percent, QString(2, percent));
}

/// The string escapes every value of a desktop entry has, applied over the Exec quoting: that is
/// why a backslash inside a quoted argument ends up as four.
QString escapedValue(const QString &value)
{
    QString result;
    for (const QChar character : value) {
        if (character == u'\\')
            result += QStringLiteral("\\\\");
        else if (character == u'\n')
            result += QStringLiteral("\\n");
        else if (character == u'\t')
            result += QStringLiteral("\\t");
        else if (character == u'\r')
            result += QStringLiteral("\\r");
        else
            result += character;
    }
    return result;
}

QString execLine(const QString &program, const QStringList &arguments)
{
    QStringList parts {execArgument(program)};
    for (const QString &argument : arguments)
        parts.append(execArgument(argument));
    return escapedValue(parts.join(u' '));
}

} // namespace

QString location()
{
    return configHome() + QStringLiteral("/autostart/outage-radar.desktop");
}

bool isEnabled()
{
    QFile file(location());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    // A user (or a desktop's settings panel) may switch the entry off without deleting it.
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith('['))
            inMainGroup = line == "[Desktop Entry]";
        else if (inMainGroup && (line == "Hidden=true" || line == "X-GNOME-Autostart-enabled=false"))
            return false;
    }
    return true;
}

bool enable(const QString &program, const QStringList &arguments, QString &error)
{
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=Outage Radar\n"
                                         "Comment=See which cloud and SaaS services are down, where, "
                                         "and since when\n"
                                         "Exec=%1\n"
                                         "Icon=outage-radar\n"
                                         "Terminal=false\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(execLine(program, arguments));
    return file::write(location(), entry, error);
}

bool disable(QString &error)
{
    return file::remove(location(), error);
}

} // namespace radar::autostart
