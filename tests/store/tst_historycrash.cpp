// SPDX-License-Identifier: GPL-3.0-or-later
// ARCHITECTURE.md §5: "a crash at any instant loses at most the cycle in flight and never corrupts
// the file". A child process records batches as fast as it can and is killed with SIGKILL at a
// random moment, again and again; after every kill the file must open as it is, pass an integrity
// check, and hold every batch the child reported committed. The seed is printed (and can be given
// in RADAR_CRASH_SEED) so a failing sequence of kills can be replayed.
#include "historytesting.h"

#include "store/historydatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace radar;
using namespace historytesting;

namespace {

constexpr int runs = 120;
constexpr int maxDelayMs = 40;
constexpr int freshFileRuns = 20;

/// Where a run measures its random delay from.
enum class KillFrom : quint8 {
    Start, // the process start: kills land while it starts, opens or migrates the file, or writes
    Opened, // the child's "opened": kills land among its commits
};

struct Run
{
    QStringList lines; // complete lines of output; a line cut short by the kill is left out
    qint64 lastCommitted = -1;
    bool sawOpened = false;
    QString failure; // why the child did not die by our hand
};

quint32 seedOf()
{
    bool given = false;
    const quint32 seed = qEnvironmentVariableIntValue("RADAR_CRASH_SEED", &given);
    return given ? seed : QRandomGenerator::global()->generate();
}

/// Starts the child on `path` with ids from `first`, kills it `delayMs` after `from`, and reads
/// what it said.
Run runAndKill(const QString &path, qint64 first, KillFrom from, int delayMs)
{
    Run run;
    QProcess child;
    child.start(QStringLiteral(HISTORY_CRASH_CHILD), {path, QString::number(first)});
    if (!child.waitForStarted()) {
        run.failure = child.errorString();
        return run;
    }
    QByteArray output;
    if (from == KillFrom::Opened) {
        while (!output.contains("opened\n") && child.state() == QProcess::Running) {
            child.waitForReadyRead(10000);
            output += child.readAllStandardOutput();
        }
    }
    // The delay is the point here, not a condition to wait for.
    QTest::qSleep(delayMs);
    child.kill();
    child.waitForFinished(10000);
    output += child.readAllStandardOutput();
    if (child.exitStatus() != QProcess::CrashExit) {
        run.failure = QStringLiteral("the child ended by itself with %1: %2")
                          .arg(child.exitCode())
                          .arg(QString::fromLocal8Bit(child.readAllStandardError()));
    }
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast(); // after the last newline: empty, or a line cut short
    for (const QByteArray &line : std::as_const(lines)) {
        run.lines.append(QString::fromLatin1(line));
        if (line == "opened")
            run.sawOpened = true;
        else if (line.startsWith("committed "))
            run.lastCommitted = line.mid(10).toLongLong();
    }
    return run;
}

/// Opens the file the way the app does after a crash and checks it holds every committed id.
/// Returns why not, or an empty string.
QString verify(const QString &path, const QSet<qint64> &committed, qint64 lastCommitted)
{
    HistoryDatabase db;
    const HistoryDatabase::OpenResult opened = db.open(path);
    if (!opened.ok)
        return QStringLiteral("does not open: ") + opened.error;
    if (!opened.movedAsidePath.isEmpty())
        return QStringLiteral("was taken for damaged and moved aside");
    if (!db.integrityOk())
        return QStringLiteral("fails its integrity check: ") + db.lastError();
    const std::optional<QList<HistoryIncident>> incidents = db.incidents();
    if (!incidents)
        return QStringLiteral("cannot be read: ") + db.lastError();
    QSet<qint64> stored;
    for (const HistoryIncident &incident : *incidents)
        stored.insert(incident.id.toLongLong());
    for (qint64 id : committed) {
        if (!stored.contains(id))
            return QStringLiteral("lost incident %1, which was reported committed").arg(id);
    }
    if (lastCommitted >= 0) {
        // The newest batch is there whole, not just its incident rows.
        const std::optional<Incident> last =
            db.incident(QStringLiteral("crash"), QString::number(lastCommitted));
        if (!last || last->updates.size() != 2 || last->affected.size() != 2)
            return QStringLiteral("incident %1 is incomplete").arg(lastCommitted);
    }
    return QString();
}

} // namespace

class TestHistoryCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedAtRandomMoments();
    void killedWhileCreatingTheFile();

private:
    QRandomGenerator m_random;
};

void TestHistoryCrash::initTestCase()
{
    const quint32 seed = seedOf();
    qInfo("seed %u (replay with RADAR_CRASH_SEED=%u)", seed, seed);
    m_random.seed(seed);
}

void TestHistoryCrash::killedAtRandomMoments()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QSet<qint64> committed;
    qint64 next = 1;
    int runsWithCommits = 0;
    int killedBeforeOpened = 0;
    for (int run = 0; run < runs; ++run) {
        // Half the runs count from the start, so kills land in start-up and opening as well; the
        // other half from "opened", so most land among the commits, however slow the start.
        const KillFrom from = run % 2 == 0 ? KillFrom::Start : KillFrom::Opened;
        const int delay = int(m_random.bounded(maxDelayMs + 1));
        const Run result = runAndKill(path, next, from, delay);
        QVERIFY2(result.failure.isEmpty(),
                 qPrintable(QStringLiteral("run %1: %2").arg(run).arg(result.failure)));
        if (!result.sawOpened)
            ++killedBeforeOpened;
        if (result.lastCommitted >= next) {
            ++runsWithCommits;
            for (qint64 id = next; id <= result.lastCommitted; ++id)
                committed.insert(id);
            // Ids committed after the last line the child printed are recorded again by the next
            // child: an upsert of what is there, which must hold too.
            next = result.lastCommitted + 1;
        }
        const QString broken = verify(path, committed, result.lastCommitted);
        QVERIFY2(
            broken.isEmpty(),
            qPrintable(QStringLiteral("after run %1 (killed %2 ms after %3): the file %4")
                           .arg(run)
                           .arg(delay)
                           .arg(from == KillFrom::Start ? QStringLiteral("start") : QStringLiteral("opened"))
                           .arg(broken)));
    }
    qInfo(
        "%d runs: %d killed before the file was open, %d after committing batches; %lld incidents committed",
        runs, killedBeforeOpened, runsWithCommits, qint64(committed.size()));
    // Without commits to lose, the test would prove nothing.
    QVERIFY(runsWithCommits >= runs / 10);
}

void TestHistoryCrash::killedWhileCreatingTheFile()
{
    // The main test's file is created once; here every run starts with none, so kills land while
    // the schema is created and migrated.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int run = 0; run < freshFileRuns; ++run) {
        const QString path = dir.filePath(QStringLiteral("fresh-%1.sqlite").arg(run));
        const int delay = int(m_random.bounded(maxDelayMs + 1));
        const Run result = runAndKill(path, 1, KillFrom::Start, delay);
        QVERIFY2(result.failure.isEmpty(), qPrintable(result.failure));
        QSet<qint64> committed;
        for (qint64 id = 1; id <= result.lastCommitted; ++id)
            committed.insert(id);
        const QString broken = verify(path, committed, result.lastCommitted);
        QVERIFY2(
            broken.isEmpty(),
            qPrintable(
                QStringLiteral("run %1 (killed after %2 ms): the file %3").arg(run).arg(delay).arg(broken)));
    }
}

QTEST_GUILESS_MAIN(TestHistoryCrash)
#include "tst_historycrash.moc"
