// SPDX-License-Identifier: GPL-3.0-or-later
// One windowed instance per data location: in process (two guards on one settings file), then with
// the real binary (a second launch hands over and leaves, a crash's lock is taken over, another
// --data-dir is another instance).
#include "singleinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace radar;

namespace {

/// Runs `claim` of a guard of its own on another thread, as a second process would (it blocks).
SingleInstance::Claim claimFromAnotherThread(const QString &settingsPath, const QStringList &arguments,
                                             std::chrono::milliseconds patience = std::chrono::seconds(5))
{
    SingleInstance::Claim result;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        SingleInstance second(settingsPath);
        second.setPatience(patience);
        result = second.claim(arguments);
    }));
    thread->start();
    // The first guard answers on this thread's event loop. The claim gives up on its own within
    // twice its patience.
    while (!thread->isFinished())
        QTest::qWait(10);
    thread->wait();
    return result;
}

qint64 lockOwner(const QString &dataDir)
{
    qint64 pid = 0;
    QString hostName;
    QString application;
    QLockFile lock(QDir(dataDir).filePath(QStringLiteral("instance.lock")));
    return lock.getLockInfo(&pid, &hostName, &application) ? pid : 0;
}

/// Whether the instance of `dataDir` answers, asked with a request it refuses (so nothing is
/// activated): it has reached its event loop.
bool answers(const QString &dataDir)
{
    QLocalSocket socket;
    socket.connectToServer(
        SingleInstance::serverNameFor(QDir(dataDir).filePath(QStringLiteral("outage-radar.ini"))));
    if (!socket.waitForConnected(1000))
        return false;
    socket.write("{}\n");
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(1000))
            return false;
    }
    return socket.readLine().startsWith("error ");
}

QString fixtureUrl()
{
    return QUrl::fromLocalFile(QStringLiteral(RADAR_TEST_DATA_DIR "/statuspage/major-outage.json"))
        .toString();
}

/// The real app on a local fixture, stopped (then killed) when it goes out of scope.
class App
{
public:
    void start(const QString &dataDir, const QStringList &extra = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Without one (CI, containers) Qt warns on stderr, and a later launch must print nothing.
        static const QTemporaryDir runtimeDirectory;
        if (!environment.contains(QStringLiteral("XDG_RUNTIME_DIR")))
            environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDirectory.path());
        m_process.setProcessEnvironment(environment);
        m_process.start(
            QStringLiteral(OUTAGE_RADAR_BINARY),
            QStringList {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--source"), fixtureUrl()}
                + extra);
    }
    ~App()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QProcess &process() { return m_process; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

private:
    QProcess m_process;
};

struct Run
{
    int exitCode = -1; // -1: did not finish (or crashed)
    QByteArray err;
    qint64 milliseconds = 0;
};

/// A launch that is expected to hand over (or be refused) and leave.
Run runLater(const QString &dataDir, const QStringList &extra = {})
{
    App app;
    QElapsedTimer timer;
    timer.start();
    app.start(dataDir, extra);
    if (!app.process().waitForFinished(30000) || app.process().exitStatus() != QProcess::NormalExit)
        return {};
    return {app.process().exitCode(), app.process().readAllStandardError(), timer.elapsed()};
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void serverNameFollowsTheDataLocation();
    void secondHandsItsArgumentsToTheFirst();
    void usageErrorComesBackFromTheFirst();
    void heldLockWithoutListenerIsNoAnswer();
    void lockGoesWithTheInstance();

    void appSecondLaunchActivatesTheFirst();
    void appCrashedLockIsTakenOver();
    void appOtherDataDirIsIndependent();

private:
    QString settingsPath(const QTemporaryDir &dir) const
    {
        return dir.filePath(QStringLiteral("outage-radar.ini"));
    }
    /// Waits until `app` holds the lock of `dataDir` (it then listens within moments).
    void awaitFirst(App &app, const QString &dataDir);
};

void TestSingleInstance::serverNameFollowsTheDataLocation()
{
    const QString name = SingleInstance::serverNameFor(QStringLiteral("/tmp/a/outage-radar.ini"));
    QVERIFY(name.startsWith(QStringLiteral("outage-radar-")));
    QCOMPARE(SingleInstance::serverNameFor(QStringLiteral("/tmp/a/../a/outage-radar.ini")), name);
    QVERIFY(SingleInstance::serverNameFor(QStringLiteral("/tmp/b/outage-radar.ini")) != name);
}

void TestSingleInstance::secondHandsItsArgumentsToTheFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SingleInstance first(settingsPath(dir));
    QList<Options> activations;
    connect(&first, &SingleInstance::activationRequested, this,
            [&](const Options &options) { activations.append(options); });
    const SingleInstance::Claim claim = first.claim({QStringLiteral("outage-radar")});
    QCOMPARE(claim.role, SingleInstance::Role::First);
    QVERIFY2(claim.message.isEmpty(), qPrintable(claim.message));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("instance.lock"))));

    const SingleInstance::Claim second =
        claimFromAnotherThread(settingsPath(dir),
                               {QStringLiteral("outage-radar"), QStringLiteral("--minimized"),
                                QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--source"),
                                QStringLiteral("https://status.example.test/api/v2/summary.json")});
    QVERIFY2(second.role == SingleInstance::Role::Forwarded, qPrintable(second.message));
    QVERIFY(second.message.isEmpty());
    QTRY_COMPARE(activations.size(), 1);
    QVERIFY(activations[0].minimized);
    QCOMPARE(activations[0].mode, Options::Mode::Window);
    QCOMPARE(activations[0].dataDir, dir.path());
    QCOMPARE(activations[0].sources.size(), 1);
    QCOMPARE(activations[0].sources[0].host(), QStringLiteral("status.example.test"));

    // Every later launch is heard, not only the first one.
    QCOMPARE(claimFromAnotherThread(settingsPath(dir), {QStringLiteral("outage-radar")}).role,
             SingleInstance::Role::Forwarded);
    QTRY_COMPARE(activations.size(), 2);
    QVERIFY(!activations[1].minimized);
}

void TestSingleInstance::usageErrorComesBackFromTheFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SingleInstance first(settingsPath(dir));
    int activations = 0;
    connect(&first, &SingleInstance::activationRequested, this, [&] { ++activations; });
    QCOMPARE(first.claim({QStringLiteral("outage-radar")}).role, SingleInstance::Role::First);

    const SingleInstance::Claim second = claimFromAnotherThread(
        settingsPath(dir), {QStringLiteral("outage-radar"), QStringLiteral("--bogus")});
    QCOMPARE(second.role, SingleInstance::Role::Refused);
    QVERIFY2(second.message.contains(QStringLiteral("bogus")), qPrintable(second.message));
    QTest::qWait(50);
    QCOMPARE(activations, 0);
}

void TestSingleInstance::heldLockWithoutListenerIsNoAnswer()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A live owner that never listens (hung, or an instance of an old version).
    QLockFile held(dir.filePath(QStringLiteral("instance.lock")));
    held.setStaleLockTime(0);
    QVERIFY(held.tryLock(0));
    // An hour old: QLockFile's default would call that stale though its owner lives.
    QFile lockFile(dir.filePath(QStringLiteral("instance.lock")));
    if (lockFile.open(QIODevice::ReadWrite))
        QVERIFY(lockFile.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                     QFileDevice::FileModificationTime));
    lockFile.close();

    QElapsedTimer timer;
    timer.start();
    const SingleInstance::Claim claim = claimFromAnotherThread(
        settingsPath(dir), {QStringLiteral("outage-radar")}, std::chrono::milliseconds(600));
    QCOMPARE(claim.role, SingleInstance::Role::NoAnswer);
    QVERIFY2(claim.message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(claim.message));
    // It kept trying for its patience, and no longer (a live owner's lock is never taken over).
    QVERIFY(timer.elapsed() >= 500);
    QVERIFY(held.isLocked());
}

void TestSingleInstance::lockGoesWithTheInstance()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        SingleInstance first(settingsPath(dir));
        QCOMPARE(first.claim({QStringLiteral("outage-radar")}).role, SingleInstance::Role::First);
    }
    SingleInstance next(settingsPath(dir));
    QCOMPARE(next.claim({QStringLiteral("outage-radar")}).role, SingleInstance::Role::First);
}

void TestSingleInstance::awaitFirst(App &app, const QString &dataDir)
{
    QVERIFY(app.process().waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(lockOwner(dataDir) == app.process().processId() || !app.isRunning(), 30000);
    QVERIFY2(app.isRunning(), "the app quit instead of running");
    // Started up (a busy machine takes a while): a later launch gets its answer without delay.
    QTRY_VERIFY_WITH_TIMEOUT(answers(dataDir), 30000);
}

void TestSingleInstance::appSecondLaunchActivatesTheFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    App first;
    first.start(dir.path());
    awaitFirst(first, dir.path());
    if (QTest::currentTestFailed())
        return;

    const Run second = runLater(dir.path(), {QStringLiteral("--minimized")});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.err.isEmpty(), second.err.constData());
    QVERIFY2(second.milliseconds < 15000, qPrintable(QString::number(second.milliseconds)));
    QTest::qWait(300); // time for the activation to go wrong, if it does
    QVERIFY(first.isRunning());
    QCOMPARE(lockOwner(dir.path()), first.process().processId());

    // A bad option is a usage error (found by the launch itself; a first instance of another version
    // would send its own), and the first keeps running.
    const Run refused = runLater(dir.path(), {QStringLiteral("--bogus")});
    QCOMPARE(refused.exitCode, 64);
    QVERIFY2(refused.err.contains("bogus"), refused.err.constData());
    QVERIFY(first.isRunning());
}

void TestSingleInstance::appCrashedLockIsTakenOver()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        App crashed;
        crashed.start(dir.path());
        awaitFirst(crashed, dir.path());
        if (QTest::currentTestFailed())
            return;
        crashed.process().kill(); // SIGKILL: no cleanup at all
        QVERIFY(crashed.process().waitForFinished(10000)); // reaped: a zombie would still look alive
    }
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("instance.lock"))));

    App next;
    next.start(dir.path());
    awaitFirst(next, dir.path()); // took the lock over instead of handing over into the void
    if (QTest::currentTestFailed())
        return;
    // …and listens again where the crashed one's socket was.
    const Run third = runLater(dir.path());
    QCOMPARE(third.exitCode, 0);
    QVERIFY2(third.err.isEmpty(), third.err.constData());
    QVERIFY(next.isRunning());
}

void TestSingleInstance::appOtherDataDirIsIndependent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString one = dir.filePath(QStringLiteral("one"));
    const QString other = dir.filePath(QStringLiteral("other"));
    App first;
    first.start(one);
    awaitFirst(first, one);
    if (QTest::currentTestFailed())
        return;
    App second;
    second.start(other);
    awaitFirst(second, other); // it became the first of its own data location
    if (QTest::currentTestFailed())
        return;
    QTest::qWait(300);
    QVERIFY(first.isRunning());
    QVERIFY(second.isRunning());
    QCOMPARE(lockOwner(one), first.process().processId());
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
