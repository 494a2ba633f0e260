// SPDX-License-Identifier: GPL-3.0-or-later
// Windows: a value under the current user's Run key, which Explorer starts at login (and which the
// Task Manager's Startup page can switch off).
#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace radar::autostart {

namespace {

const QString runKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString valueName = QStringLiteral("Outage Radar");

// lupdate files these strings under the context the struct declares.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(radar::Autostart)
};

/// One argument quoted so that CommandLineToArgvW and the C runtime give it back unchanged:
/// backslashes are literal except before a quote, where they and the quote are escaped.
QString quotedArgument(const QString &argument)
{
    bool needsQuotes = argument.isEmpty();
    for (const QChar character : argument)
        needsQuotes = needsQuotes || character == u' ' || character == u'\t' || character == u'"';
    if (!needsQuotes)
        return argument;
    QString result(1, u'"');
    int backslashes = 0;
    for (const QChar character : argument) {
        if (character == u'\\') {
            ++backslashes;
            continue;
        }
        if (character == u'"')
            result += QString(backslashes * 2 + 1, u'\\');
        else
            result += QString(backslashes, u'\\');
        result += character;
        backslashes = 0;
    }
    result += QString(backslashes * 2, u'\\'); // before the closing quote
    result += u'"';
    return result;
}

QString commandLine(const QString &program, const QStringList &arguments)
{
    // The program name is parsed without backslash escapes, and cannot hold a quote: quotes suffice.
    QStringList parts {QStringLiteral("\"") + QDir::toNativeSeparators(program) + QStringLiteral("\"")};
    for (const QString &argument : arguments)
        parts.append(quotedArgument(argument));
    return parts.join(u' ');
}

} // namespace

QString location()
{
    return runKey + QStringLiteral("\\") + valueName;
}

bool isEnabled()
{
    return QSettings(runKey, QSettings::NativeFormat).contains(valueName);
}

bool enable(const QString &program, const QStringList &arguments, QString &error)
{
    QSettings run(runKey, QSettings::NativeFormat);
    run.setValue(valueName, commandLine(program, arguments));
    run.sync();
    if (run.status() == QSettings::NoError)
        return true;
    error = Text::tr("cannot write the registry value %1").arg(location());
    return false;
}

bool disable(QString &error)
{
    QSettings run(runKey, QSettings::NativeFormat);
    if (!run.contains(valueName))
        return true;
    run.remove(valueName);
    run.sync();
    if (run.status() == QSettings::NoError && !run.contains(valueName))
        return true;
    error = Text::tr("cannot remove the registry value %1").arg(location());
    return false;
}

} // namespace radar::autostart
