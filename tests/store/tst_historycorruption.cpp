// SPDX-License-Identifier: GPL-3.0-or-later
// Files the store cannot use as they are: damaged ones are moved aside and a new history started;
// places it cannot write to are reported; a disk that fills up mid-batch loses that batch only.
#include "historytesting.h"

#include "store/historydatabase.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace radar;
using namespace historytesting;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

/// A real history file of a few hundred pages, closed (so checkpointed into the one file).
void writeRealHistory(const QString &path)
{
    HistoryDatabase db;
    QVERIFY(db.open(path).ok);
    QList<Incident> incidents;
    for (int i = 0; i < 400; ++i) {
        Incident each = incident(QStringLiteral("inc%1").arg(i), Status::Degraded, t0.addSecs(i * minute));
        each.updates.append(
            update(t0.addSecs(i * minute + 1), IncidentState::Identified, QString(300, u'x')));
        incidents.append(each);
    }
    QVERIFY(db.record(batchOf(incidents)));
}

/// `count` incidents with long texts: a batch of several megabytes.
HistoryBatch bigBatch(int count)
{
    HistoryBatch batch;
    for (int i = 0; i < count; ++i) {
        Incident each = incident(QStringLiteral("big%1").arg(i), Status::MajorOutage, t0.addSecs(i));
        each.updates.append(update(t0.addSecs(i + 60), IncidentState::Identified,
                                   QStringLiteral("We identified the cause. ").repeated(40)));
        batch.incidents.append(each);
    }
    return batch;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size(); // 0 when missing
}

/// While it lives, no file of this process may grow past `limit` bytes: a disk that is full for us.
/// A write past it fails with EFBIG instead of killing the process with SIGXFSZ.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t limit)
    {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_previous);
        rlimit lowered = m_previous;
        lowered.rlim_cur = limit;
        m_active = setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isActive() const { return m_active; }

private:
    rlimit m_previous {};
    void (*m_previousHandler)(int) = nullptr;
    bool m_active = false;
};

} // namespace

class TestHistoryCorruption : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void damagedFileIsMovedAside_data();
    void damagedFileIsMovedAside();
    void journalFilesGoAlong();
    void movedAsideNeverOverwrites();
    void folderMissing();
    void folderIsAFile();
    void diskFull();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestHistoryCorruption::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("history.sqlite"));
}

void TestHistoryCorruption::cleanup()
{
    m_dir.reset();
}

void TestHistoryCorruption::damagedFileIsMovedAside_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("garbage") << "garbage";
    QTest::newRow("truncated database") << "truncated";
    QTest::newRow("text file") << "text";
    QTest::newRow("damaged page") << "damaged page";
}

void TestHistoryCorruption::damagedFileIsMovedAside()
{
    QFETCH(QString, kind);
    if (kind == QStringLiteral("garbage")) {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(20261126);
        generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        writeFile(m_path, bytes);
    } else if (kind == QStringLiteral("text")) {
        writeFile(m_path,
                  QByteArrayLiteral("provider,id,title\r\nhub,inc1,\"Not a database, a CSV file\"\r\n"));
    } else {
        writeRealHistory(m_path);
        QByteArray bytes = fileBytes(m_path);
        QVERIFY(bytes.size() > 100 * 4096);
        if (kind == QStringLiteral("truncated")) {
            bytes.truncate(bytes.size() / 2 + 1000);
        } else {
            // Scribble over one page in the middle: the header still says all is well.
            for (qsizetype i = 50 * 4096; i < 51 * 4096; ++i)
                bytes[i] = char(i * 7);
        }
        writeFile(m_path, bytes);
    }
    if (QTest::currentTestFailed())
        return;
    const QByteArray original = fileBytes(m_path);

    HistoryDatabase db;
    const HistoryDatabase::OpenResult opened = db.open(m_path);
    QVERIFY2(opened.ok, qPrintable(opened.error));
    static const QRegularExpression movedName(QStringLiteral("\\.corrupt-\\d{8}T\\d{6}$"));
    QVERIFY2(opened.movedAsidePath.startsWith(m_path), qPrintable(opened.movedAsidePath));
    QVERIFY2(movedName.match(opened.movedAsidePath).hasMatch(), qPrintable(opened.movedAsidePath));
    QCOMPARE(fileBytes(opened.movedAsidePath), original);
    QCOMPARE(opened.migratedFrom, 0);

    // A new history, in the old one's place.
    QVERIFY(db.isOpen());
    QVERIFY(db.integrityOk());
    QCOMPARE(db.incidents()->size(), 0);
    QVERIFY(db.record(batchOf({incident(QStringLiteral("after"))})));
    QCOMPARE(idsOf(*db.incidents()), QStringList {"after"});
}

void TestHistoryCorruption::journalFilesGoAlong()
{
    const QByteArray garbage(8192, 'g');
    const QByteArray wal = QByteArrayLiteral("not a write-ahead log either");
    writeFile(m_path, garbage);
    writeFile(m_path + QStringLiteral("-wal"), wal);
    HistoryDatabase db;
    const HistoryDatabase::OpenResult opened = db.open(m_path);
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QCOMPARE(fileBytes(opened.movedAsidePath), garbage);
    // Beside the file it belongs to, under the name SQLite would look for it by.
    QCOMPARE(fileBytes(opened.movedAsidePath + QStringLiteral("-wal")), wal);
}

void TestHistoryCorruption::movedAsideNeverOverwrites()
{
    // Whatever second the move happens in, a file of that name is there already.
    const QDateTime now = QDateTime::currentDateTime();
    QStringList decoys;
    for (int second = 0; second < 5; ++second) {
        decoys.append(m_path + QStringLiteral(".corrupt-")
                      + now.addSecs(second).toString(QStringLiteral("yyyyMMdd'T'HHmmss")));
        writeFile(decoys.last(), QByteArrayLiteral("an earlier damaged history"));
    }
    writeFile(m_path, QByteArray(4096, 'x'));

    HistoryDatabase db;
    const HistoryDatabase::OpenResult opened = db.open(m_path);
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QVERIFY(!decoys.contains(opened.movedAsidePath));
    QVERIFY2(opened.movedAsidePath.endsWith(QStringLiteral("-2")), qPrintable(opened.movedAsidePath));
    QCOMPARE(fileBytes(opened.movedAsidePath), QByteArray(4096, 'x'));
    for (const QString &decoy : std::as_const(decoys))
        QCOMPARE(fileBytes(decoy), QByteArrayLiteral("an earlier damaged history"));
}

void TestHistoryCorruption::folderMissing()
{
    const QString folder = m_dir->filePath(QStringLiteral("no/such/folder"));
    const QString path = folder + QStringLiteral("/history.sqlite");
    HistoryDatabase db;
    const HistoryDatabase::OpenResult opened = db.open(path);
    QVERIFY(!opened.ok);
    QVERIFY2(opened.error.contains(path), qPrintable(opened.error));
    QVERIFY2(opened.error.contains(QStringLiteral("does not exist")), qPrintable(opened.error));
    QCOMPARE(db.lastError(), opened.error);
    QVERIFY(!db.isOpen());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("no"))));
    QVERIFY(!db.record(batchOf({incident(QStringLiteral("inc1"))})));
}

void TestHistoryCorruption::folderIsAFile()
{
    // The tests run as root, for whom no permission bit stops a write: a path through a regular
    // file fails for everyone.
    const QString file = m_dir->filePath(QStringLiteral("plain-file"));
    writeFile(file, QByteArrayLiteral("just a file"));
    HistoryDatabase db;
    const HistoryDatabase::OpenResult opened = db.open(file + QStringLiteral("/history.sqlite"));
    QVERIFY(!opened.ok);
    QVERIFY2(opened.error.contains(QStringLiteral("is not a folder")), qPrintable(opened.error));
    QVERIFY(!db.isOpen());
    QCOMPARE(fileBytes(file), QByteArrayLiteral("just a file"));
}

void TestHistoryCorruption::diskFull()
{
    HistoryDatabase db;
    QVERIFY(db.open(m_path).ok);
    QVERIFY(db.record(batchOf({incident(QStringLiteral("before"))})));
    const HistoryBatch batch = bigBatch(3000);

    {
        // Room for a page or two more than the files hold now, far less than the batch needs.
        const qint64 largest = std::max(fileSize(m_path), fileSize(m_path + QStringLiteral("-wal")));
        const FileSizeLimit limit(rlim_t(largest + 8192));
        QVERIFY(limit.isActive());
        QVERIFY(!db.record(batch));
    }
    const QString error = db.lastError();
    QVERIFY2(error.contains(QStringLiteral("the disk is full")), qPrintable(error));
    QVERIFY2(error.contains(m_path), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));

    // All of the batch or none of it: none.
    QCOMPARE(idsOf(*db.incidents()), QStringList {"before"});
    QVERIFY(db.integrityOk());
    {
        HistoryDatabase reader;
        QVERIFY(reader.open(m_path).ok);
        QCOMPARE(reader.incidents()->size(), 1);
    }

    // Room again: the same batch goes in whole.
    QVERIFY2(db.record(batch), qPrintable(db.lastError()));
    QCOMPARE(db.incidents()->size(), 1 + batch.incidents.size());
    QCOMPARE(db.incident(QStringLiteral("hub"), QStringLiteral("big2999"))->updates.size(), 2);
    QVERIFY(db.integrityOk());
}

QTEST_GUILESS_MAIN(TestHistoryCorruption)
#include "tst_historycorruption.moc"
