// SPDX-License-Identifier: GPL-3.0-or-later
// Start at login on a freedesktop session: the XDG autostart entry in a temporary XDG_CONFIG_HOME,
// its keys, and its Exec line read back with the Desktop Entry specification's own rules.
#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace radar;

namespace {

const QChar percent(0x25); // spelled as a number: lupdate trips over the sign in code

/// The specification's reading of an Exec value, written apart from the code under test: string
/// escapes first, then arguments split on spaces outside double quotes (inside them a backslash
/// escapes `"`, `` ` ``, `$` and itself), then field codes (a doubled percent sign is one). Nothing
/// when the value breaks a rule: a reserved character unquoted, a lone escape, a field code.
std::optional<QStringList> parseExec(const QString &value)
{
    QString text;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != u'\\') {
            text += value[i];
            continue;
        }
        if (++i == value.size())
            return std::nullopt;
        const QChar next = value[i];
        text += next == u's' ? QChar(u' ')
            : next == u'n'   ? QChar(u'\n')
            : next == u't'   ? QChar(u'\t')
            : next == u'r'   ? QChar(u'\r')
            : next == u'\\'  ? QChar(u'\\')
                             : QChar();
        if (text.back().isNull())
            return std::nullopt;
    }

    const QString reserved = QStringLiteral("\t\n\"'\\><~|&;$*?#()`");
    const QString escapable = QStringLiteral("\"`$\\");
    QStringList arguments;
    QString current;
    bool inArgument = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar character = text[i];
        if (inQuotes) {
            if (character == u'"') {
                inQuotes = false;
            } else if (character == u'\\') {
                if (i + 1 == text.size() || !escapable.contains(text[i + 1]))
                    return std::nullopt;
                current += text[++i];
            } else if (character == u'`' || character == u'$') {
                return std::nullopt;
            } else {
                current += character;
            }
        } else if (character == u' ') {
            if (inArgument)
                arguments.append(current);
            current.clear();
            inArgument = false;
        } else if (character == u'"') {
            inQuotes = true;
            inArgument = true;
        } else if (reserved.contains(character)) {
            return std::nullopt;
        } else {
            current += character;
            inArgument = true;
        }
    }
    if (inQuotes)
        return std::nullopt;
    if (inArgument)
        arguments.append(current);

    for (QString &argument : arguments) {
        QString expanded;
        for (qsizetype i = 0; i < argument.size(); ++i) {
            if (argument[i] != percent) {
                expanded += argument[i];
            } else if (i + 1 < argument.size() && argument[i + 1] == percent) {
                expanded += percent;
                ++i;
            } else {
                return std::nullopt; // a field code: the launcher would replace it
            }
        }
        argument = expanded;
    }
    return arguments;
}

/// The keys of the [Desktop Entry] group.
QHash<QString, QString> desktopEntry(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, QString> keys;
    bool inMainGroup = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u'['))
            inMainGroup = line == QLatin1StringView("[Desktop Entry]");
        else if (inMainGroup && line.contains(u'='))
            keys.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    }
    return keys;
}

} // namespace

class TestAutostart : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void enableWritesADesktopEntry();
    void execRoundTrips_data();
    void execRoundTrips();
    void disableRemovesTheEntry();
    void hiddenEntryIsNotEnabled();
    void unwritableConfigNamesThePath_data();
    void unwritableConfigNamesThePath();
    void desktopFileValidateAccepts();

private:
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestAutostart::init()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QSKIP("the XDG autostart entry is for freedesktop sessions");
#endif
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config->path()));
}

void TestAutostart::enableWritesADesktopEntry()
{
    const QString path = m_config->filePath(QStringLiteral("autostart/outage-radar.desktop"));
    QCOMPARE(autostart::location(), path);
    QVERIFY(!autostart::isEnabled());

    QString error;
    QVERIFY2(
        autostart::enable(QStringLiteral("/usr/bin/outage-radar"), {QStringLiteral("--minimized")}, error),
        qPrintable(error));
    QVERIFY(QFile::exists(path));
    QVERIFY(autostart::isEnabled());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine(), QByteArray("[Desktop Entry]\n"));
    const QHash<QString, QString> keys = desktopEntry(path);
    QCOMPARE(keys.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(keys.value(QStringLiteral("Name")), QStringLiteral("Outage Radar"));
    QCOMPARE(keys.value(QStringLiteral("Icon")), QStringLiteral("outage-radar"));
    QCOMPARE(keys.value(QStringLiteral("Terminal")), QStringLiteral("false"));
    QCOMPARE(keys.value(QStringLiteral("X-GNOME-Autostart-enabled")), QStringLiteral("true"));
    QVERIFY(!keys.value(QStringLiteral("Comment")).isEmpty());
    QCOMPARE(keys.value(QStringLiteral("Exec")), QStringLiteral("/usr/bin/outage-radar --minimized"));
    QVERIFY(!keys.contains(QStringLiteral("Hidden")));

    // Enabling again replaces the entry (new arguments), it does not add a second one.
    QVERIFY2(autostart::enable(QStringLiteral("/usr/bin/outage-radar"), {}, error), qPrintable(error));
    QCOMPARE(desktopEntry(path).value(QStringLiteral("Exec")), QStringLiteral("/usr/bin/outage-radar"));
    QCOMPARE(QDir(m_config->filePath(QStringLiteral("autostart"))).entryList(QDir::Files).size(), 1);
}

void TestAutostart::execRoundTrips_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");

    const QString program = QStringLiteral("/usr/bin/outage-radar");
    QTest::newRow("plain") << program << QStringList {QStringLiteral("--minimized")};
    QTest::newRow("spaces") << QStringLiteral("/opt/Outage Radar/bin/outage-radar")
                            << QStringList {QStringLiteral("--data-dir"),
                                            QStringLiteral("/home/a user/My Radar")};
    QTest::newRow("double quotes") << program << QStringList {QStringLiteral("say \"hi\"")};
    QTest::newRow("single quote") << program << QStringList {QStringLiteral("it's")};
    QTest::newRow("backslashes") << program
                                 << QStringList {QStringLiteral("C:\\dir\\"), QStringLiteral("a\\\\b")};
    QTest::newRow("dollar and backtick") << program << QStringList {QStringLiteral("$HOME `id`")};
    QTest::newRow("percent signs") << program
                                   << QStringList {QStringLiteral("100") + percent,
                                                   percent + QStringLiteral("u"), QString(2, percent)};
    QTest::newRow("shell characters") << program << QStringList {QStringLiteral("a;b|c&d>e<f~g*h?i#j(k)l=m")};
    QTest::newRow("line break and tab") << program << QStringList {QStringLiteral("two\nlines\tand tab")};
    QTest::newRow("empty argument") << program << QStringList {QString(), QStringLiteral("after")};
    QTest::newRow("non-ASCII") << program
                               << QStringList {QStringLiteral("--data-dir"), QStringLiteral("/srv/Zürich")};
}

void TestAutostart::execRoundTrips()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QString error;
    QVERIFY2(autostart::enable(program, arguments, error), qPrintable(error));
    const QString exec = desktopEntry(autostart::location()).value(QStringLiteral("Exec"));
    const std::optional<QStringList> parsed = parseExec(exec);
    QVERIFY2(parsed.has_value(), qPrintable(QStringLiteral("not a valid Exec value: ") + exec));
    QCOMPARE(*parsed, QStringList {program} + arguments);
}

void TestAutostart::disableRemovesTheEntry()
{
    QString error;
    QVERIFY(autostart::disable(error)); // nothing to remove is no error
    QVERIFY(error.isEmpty());
    QVERIFY2(autostart::enable(QStringLiteral("/usr/bin/outage-radar"), {}, error), qPrintable(error));
    QVERIFY(autostart::isEnabled());
    QVERIFY2(autostart::disable(error), qPrintable(error));
    QVERIFY(!QFile::exists(autostart::location()));
    QVERIFY(!autostart::isEnabled());
}

void TestAutostart::hiddenEntryIsNotEnabled()
{
    // What a desktop's settings panel may write to switch the entry off without deleting it.
    QString error;
    QVERIFY2(autostart::enable(QStringLiteral("/usr/bin/outage-radar"), {}, error), qPrintable(error));
    QFile file(autostart::location());
    QVERIFY(file.open(QIODevice::Append));
    file.write("Hidden=true\n");
    file.close();
    QVERIFY(!autostart::isEnabled());
}

void TestAutostart::unwritableConfigNamesThePath_data()
{
    QTest::addColumn<bool>("configIsAFile");
    QTest::newRow("config home is a file") << true;
    QTest::newRow("read-only autostart folder") << false;
}

void TestAutostart::unwritableConfigNamesThePath()
{
    QFETCH(bool, configIsAFile);
    QString blocked;
    if (configIsAFile) {
        blocked = m_config->filePath(QStringLiteral("file"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(blocked));
    } else {
        blocked = m_config->filePath(QStringLiteral("autostart"));
        QVERIFY(QDir().mkpath(blocked));
        QVERIFY(QFile::setPermissions(blocked, QFile::ReadOwner | QFile::ExeOwner));
        if (QFileInfo(blocked).isWritable())
            QSKIP("permissions do not stop this user (root)");
    }
    QString error;
    QVERIFY(!autostart::enable(QStringLiteral("/usr/bin/outage-radar"), {}, error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(blocked)), qPrintable(error));
    QVERIFY(!autostart::isEnabled());
    if (!configIsAFile)
        QFile::setPermissions(blocked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestAutostart::desktopFileValidateAccepts()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils); the entry is not "
              "validated");
    QString error;
    QVERIFY2(autostart::enable(QStringLiteral("/opt/Outage Radar/outage-radar"),
                               {QStringLiteral("--minimized"), QStringLiteral("--data-dir"),
                                QStringLiteral("/home/a user/it's \"$HOME\" 100") + percent},
                               error),
             qPrintable(error));
    QProcess validate;
    validate.setProcessChannelMode(QProcess::MergedChannels);
    validate.start(validator, {autostart::location()});
    QVERIFY(validate.waitForFinished(30000));
    const QByteArray output = validate.readAll();
    QVERIFY2(validate.exitCode() == 0 && !output.contains("error"), output.constData());
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
