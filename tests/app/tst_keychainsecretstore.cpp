// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainSecretStore against a real keyring: the test starts a D-Bus session bus of its own (with
// no service files, so nothing on it is started behind the test's back) and GNOME Keyring on it,
// with its home in a temporary directory and its login keyring unlocked by a password on stdin.
// The user's own bus and keyring are never touched. Before the keyring starts, the same bus shows
// what a desktop without one looks like; a child run of this test has no session bus at all.
// Every wait is bounded; without dbus-daemon or gnome-keyring-daemon the cases skip, saying why.
#include "keychainsecretstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QLibrary>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace radar;

namespace {

constexpr int answerTimeoutMs = 15000;
const QString secretService = QStringLiteral("org.freedesktop.secrets");
// Set in the child run that has no session bus (noSessionBusAtAll).
const char childVariable[] = "RADAR_KEYCHAIN_TEST_CHILD";

/// One answer of the store, waited for; none (arrived false) when it came inside the call or not
/// at all.
struct Answer
{
    bool arrived = false;
    QString value;
    QString error;
};

Answer read(KeychainSecretStore &store, const QString &key)
{
    QSignalSpy spy(&store, &SecretStore::readFinished);
    store.read(key);
    if (!spy.isEmpty()) {
        qWarning("the store answered inside the call, not later");
        return {};
    }
    if (!spy.wait(answerTimeoutMs) || spy.size() != 1 || spy.constFirst().at(0).toString() != key)
        return {};
    return {true, spy.constFirst().at(1).toString(), spy.constFirst().at(2).toString()};
}

Answer write(KeychainSecretStore &store, const QString &key, const QString &value)
{
    QSignalSpy spy(&store, &SecretStore::written);
    store.write(key, value);
    if (!spy.isEmpty()) {
        qWarning("the store answered inside the call, not later");
        return {};
    }
    if (!spy.wait(answerTimeoutMs) || spy.size() != 1 || spy.constFirst().at(0).toString() != key)
        return {};
    return {true, QString(), spy.constFirst().at(1).toString()};
}

Answer remove(KeychainSecretStore &store, const QString &key)
{
    QSignalSpy spy(&store, &SecretStore::removed);
    store.remove(key);
    if (!spy.isEmpty()) {
        qWarning("the store answered inside the call, not later");
        return {};
    }
    if (!spy.wait(answerTimeoutMs) || spy.size() != 1 || spy.constFirst().at(0).toString() != key)
        return {};
    return {true, QString(), spy.constFirst().at(1).toString()};
}

/// A process of the test's own, ended when the test ends.
void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

const QString noKeychainOnWrite = QStringLiteral(
    "No keychain is available: start a Secret Service (GNOME Keyring or KWallet) to keep tokens; nothing "
    "was saved.");
const QString noKeychainOnRead =
    QStringLiteral("No keychain is available, so saved tokens and passwords cannot be used: start a Secret "
                   "Service (GNOME Keyring or KWallet).");
const QString noKeychainOnRemove = QStringLiteral(
    "No keychain is available, so the token could not be removed: start a Secret Service (GNOME Keyring "
    "or KWallet) and try again.");

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void serviceNames();
    // In this order: the bus has no keyring until roundTripThroughARealKeyring starts one.
    void noKeychainOnTheBus();
    void noSessionBusAtAll();
    void roundTripThroughARealKeyring();
    void storesWithOtherDiscriminatorsAreApart();

private:
    bool startKeyring();

    bool m_child = false;
    QString m_skipReason; // why the bus could not be started; empty when it was
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_keyringSkipReason;
    bool m_keyringStarted = false;
};

void TestKeychainSecretStore::initTestCase()
{
    m_child = qEnvironmentVariableIsSet(childVariable);
    // QtKeychain would pick KWallet on a KDE desktop; the test is about the Secret Service.
    for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                             "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID"})
        qunsetenv(name);
    if (m_child)
        return; // the parent pointed DBUS_SESSION_BUS_ADDRESS nowhere

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    if (!QLibrary(QStringLiteral("secret-1"), 0).load()) {
        m_skipReason = QStringLiteral("libsecret (libsecret-1-0) is not installed: QtKeychain cannot reach a "
                                      "Secret Service without it");
        return;
    }
    const QString dbusDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (dbusDaemon.isEmpty()) {
        m_skipReason = QStringLiteral("dbus-daemon is not installed (Debian: dbus-daemon)");
        return;
    }
    // A session bus with no service directories: nothing is activated on demand, so a keyring can
    // only be there when the test starts one (the system's would run with the user's real home).
    QFile config(m_dir->filePath(QStringLiteral("bus.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=)"
                 + m_dir->path().toUtf8() + R"(</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)");
    config.close();
    m_bus.setProgram(dbusDaemon);
    m_bus.setArguments({QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                        QStringLiteral("--print-address=1")});
    m_bus.start();
    if (!m_bus.waitForStarted(10000)) {
        m_skipReason = QStringLiteral("dbus-daemon did not start: %1").arg(m_bus.errorString());
        return;
    }
    const bool printed = QTest::qWaitFor(
        [this] { return m_bus.canReadLine() || m_bus.state() == QProcess::NotRunning; }, 10000);
    const QByteArray address = printed ? m_bus.readLine().trimmed() : QByteArray();
    if (address.isEmpty()) {
        m_skipReason = QStringLiteral("dbus-daemon gave no address: %1")
                           .arg(QString::fromLocal8Bit(m_bus.readAllStandardError()).trimmed());
        stop(m_bus);
        return;
    }
    // Before anything in this process has connected to a bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    QVERIFY(QDBusConnection::sessionBus().isConnected());
}

void TestKeychainSecretStore::cleanupTestCase()
{
    stop(m_keyring);
    stop(m_bus);
}

void TestKeychainSecretStore::serviceNames()
{
    QCOMPARE(KeychainSecretStore::serviceName(QString()), QStringLiteral("Outage Radar"));
    QCOMPARE(KeychainSecretStore::serviceName(QStringLiteral("3f2a9c")),
             QStringLiteral("Outage Radar (3f2a9c)"));
    QCOMPARE(KeychainSecretStore(QStringLiteral("3f2a9c")).service(),
             QStringLiteral("Outage Radar (3f2a9c)"));
}

void TestKeychainSecretStore::noKeychainOnTheBus()
{
    if (m_child)
        QSKIP("the child run checks only the missing session bus");
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(secretService));
    KeychainSecretStore store(QStringLiteral("tst-keychain-none"));
    const QString key =
        SecretStore::sourceKey(QStringLiteral("private"), QUrl(QStringLiteral("https://status.example/")));
    const Answer written = write(store, key, QStringLiteral("Bearer s3cr3t"));
    QVERIFY(written.arrived);
    QCOMPARE(written.error, noKeychainOnWrite);
    const Answer readBack = read(store, key);
    QVERIFY(readBack.arrived);
    QCOMPARE(readBack.error, noKeychainOnRead);
    QVERIFY(readBack.value.isEmpty());
    const Answer removed = remove(store, key);
    QVERIFY(removed.arrived);
    QCOMPARE(removed.error, noKeychainOnRemove);
}

void TestKeychainSecretStore::noSessionBusAtAll()
{
    if (m_child) {
        // The child: DBUS_SESSION_BUS_ADDRESS names a socket that does not exist.
        KeychainSecretStore store(QStringLiteral("tst-keychain-nobus"));
        const Answer written = write(store, SecretStore::proxyKey(), QStringLiteral("hunter2"));
        QVERIFY(written.arrived);
        QCOMPARE(written.error, noKeychainOnWrite);
        const Answer readBack = read(store, SecretStore::proxyKey());
        QVERIFY(readBack.arrived);
        QCOMPARE(readBack.error, noKeychainOnRead);
        return;
    }
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_dir->filePath(QStringLiteral("no-bus-here")));
    environment.remove(QStringLiteral("DISPLAY")); // no X11 autolaunch of a bus either
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("noSessionBusAtAll")});
    const bool finished = child.waitForFinished(60000);
    const QByteArray output = child.readAll();
    if (!finished)
        stop(child);
    QVERIFY2(finished, output.constData());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TestKeychainSecretStore::noSessionBusAtAll()"), output.constData());
}

bool TestKeychainSecretStore::startKeyring()
{
    if (m_keyringStarted || !m_keyringSkipReason.isEmpty())
        return m_keyringStarted;
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (daemon.isEmpty()) {
        m_keyringSkipReason = QStringLiteral("gnome-keyring-daemon is not installed (Debian: gnome-keyring)");
        return false;
    }
    // Its own home, data, runtime and control directories: the user's keyrings stay untouched.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {QStringLiteral("HOME"), QStringLiteral("XDG_DATA_HOME"), QStringLiteral("XDG_CONFIG_HOME"),
          QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("XDG_RUNTIME_DIR")}) {
        const QString path = m_dir->filePath(name.toLower());
        QDir().mkpath(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        environment.insert(name, path);
    }
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QString::fromLocal8Bit(qgetenv("DBUS_SESSION_BUS_ADDRESS")));
    environment.remove(QStringLiteral("DISPLAY")); // never a prompt window
    const QString control = m_dir->filePath(QStringLiteral("control"));
    QDir().mkpath(control);
    m_keyring.setProcessEnvironment(environment);
    m_keyring.setProcessChannelMode(QProcess::MergedChannels);
    // In the foreground, so it is this test's child and ends with it; --unlock creates and unlocks
    // the login keyring with the password read from stdin.
    m_keyring.start(daemon,
                    {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                     QStringLiteral("--components=secrets"),
                     QStringLiteral("--control-directory=") + control});
    if (!m_keyring.waitForStarted(10000)) {
        m_keyringSkipReason =
            QStringLiteral("gnome-keyring-daemon did not start: %1").arg(m_keyring.errorString());
        return false;
    }
    m_keyring.write("test-keyring-password");
    m_keyring.closeWriteChannel();
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    const bool offered = QTest::qWaitFor(
        [&] { return bus->isServiceRegistered(secretService) || m_keyring.state() == QProcess::NotRunning; },
        15000);
    if (!offered || !bus->isServiceRegistered(secretService)) {
        m_keyringSkipReason = QStringLiteral("gnome-keyring-daemon did not offer the Secret Service: %1")
                                  .arg(QString::fromLocal8Bit(m_keyring.readAll()).trimmed());
        stop(m_keyring);
        return false;
    }
    m_keyringStarted = true;
    return true;
}

void TestKeychainSecretStore::roundTripThroughARealKeyring()
{
    if (m_child)
        QSKIP("the child run checks only the missing session bus");
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    if (!startKeyring())
        QSKIP(qPrintable(m_keyringSkipReason));

    KeychainSecretStore store(QStringLiteral("tst-keychain"));
    const QString key =
        SecretStore::sourceKey(QStringLiteral("private"), QUrl(QStringLiteral("https://status.example/")));
    // A key never written reads as nothing, without an error.
    Answer answer = read(store, key);
    QVERIFY(answer.arrived);
    QCOMPARE(answer.error, QString());
    QCOMPARE(answer.value, QString());

    answer = write(store, key, QStringLiteral("Bearer s3cr3t ünïcode"));
    QVERIFY(answer.arrived);
    QCOMPARE(answer.error, QString());
    answer = read(store, key);
    QVERIFY(answer.arrived);
    QCOMPARE(answer.error, QString());
    QCOMPARE(answer.value, QStringLiteral("Bearer s3cr3t ünïcode"));

    // Overwritten, and another key is another entry.
    answer = write(store, key, QStringLiteral("Bearer second"));
    QVERIFY(answer.arrived);
    QCOMPARE(answer.error, QString());
    QVERIFY(write(store, SecretStore::proxyKey(), QStringLiteral("proxy-password")).arrived);
    answer = read(store, key);
    QCOMPARE(answer.value, QStringLiteral("Bearer second"));
    QCOMPARE(read(store, SecretStore::proxyKey()).value, QStringLiteral("proxy-password"));

    // Removed: reads as nothing again, and removing it twice is no error.
    answer = remove(store, key);
    QVERIFY(answer.arrived);
    QCOMPARE(answer.error, QString());
    answer = read(store, key);
    QVERIFY(answer.arrived);
    QCOMPARE(answer.error, QString());
    QCOMPARE(answer.value, QString());
    answer = remove(store, key);
    QVERIFY(answer.arrived);
    QCOMPARE(answer.error, QString());

    // An empty value removes the entry rather than keeping an empty one.
    answer = write(store, SecretStore::proxyKey(), QString());
    QVERIFY(answer.arrived);
    QCOMPARE(answer.error, QString());
    answer = read(store, SecretStore::proxyKey());
    QCOMPARE(answer.error, QString());
    QCOMPARE(answer.value, QString());
    answer = write(store, SecretStore::proxyKey(), QString()); // nothing there: still no error
    QCOMPARE(answer.error, QString());
}

void TestKeychainSecretStore::storesWithOtherDiscriminatorsAreApart()
{
    if (m_child)
        QSKIP("the child run checks only the missing session bus");
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    if (!startKeyring())
        QSKIP(qPrintable(m_keyringSkipReason));
    KeychainSecretStore mine(QStringLiteral("data-dir-a"));
    KeychainSecretStore theirs(QStringLiteral("data-dir-b"));
    const QString key =
        SecretStore::sourceKey(QStringLiteral("shared-id"), QUrl(QStringLiteral("https://status.example/")));
    QCOMPARE(write(mine, key, QStringLiteral("mine")).error, QString());
    QCOMPARE(write(theirs, key, QStringLiteral("theirs")).error, QString());
    QCOMPARE(read(mine, key).value, QStringLiteral("mine"));
    QCOMPARE(read(theirs, key).value, QStringLiteral("theirs"));
    QCOMPARE(remove(mine, key).error, QString());
    QCOMPARE(read(mine, key).value, QString());
    QCOMPARE(read(theirs, key).value, QStringLiteral("theirs"));
    QCOMPARE(remove(theirs, key).error, QString());
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
