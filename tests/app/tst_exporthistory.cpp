// SPDX-License-Identifier: GPL-3.0-or-later
// `outage-radar --export-history` as scripts use it: the real binary over a history written by the
// real store, its files, its stderr and its exit codes.
#include "clitesting.h"
#include "store/historydatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace radar;

using clitesting::parseJson;
using clitesting::Run;
using clitesting::run;

namespace {

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

// Feed text at its worst for a spreadsheet: separators, quotes, line breaks and a formula.
const QString trickyTitle = QStringLiteral("Errors, \"elevated\" latency\nin us-east-1; =HYPERLINK(\"x\")");

Incident incident(const QString &id, const QString &title, const QDateTime &start, const QDateTime &end)
{
    Incident result;
    result.provider = QStringLiteral("aws");
    result.id = id;
    result.title = title;
    result.severity = Status::PartialOutage;
    result.state = end.isValid() ? IncidentState::Resolved : IncidentState::Investigating;
    result.startedAt = start;
    result.resolvedAt = end;
    result.affected = {{QStringLiteral("aws"), QStringLiteral("EC2"), QStringLiteral("us-east-1")}};
    result.updates = {
        {start, IncidentState::Investigating, QStringLiteral("We are investigating, \"really\"."), {}}};
    if (end.isValid())
        result.updates.append({end, IncidentState::Resolved, QStringLiteral("Resolved.\r\nAll good."), {}});
    return result;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json();
    void csvReimportsIntoASpreadsheetReader();
    void sinceFilters_data();
    void sinceFilters();
    void noHistoryGivesAnEmptyExport();
    void damagedHistoryIsLeftToTheApp();
    void unwritableTarget();
    void usageErrors_data();
    void usageErrors();

private:
    QTemporaryDir m_dir;
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
};

void TestExportHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(dataDir()));
    HistoryDatabase database;
    QVERIFY(database.open(QDir(dataDir()).filePath(QStringLiteral("history.sqlite"))).ok);
    HistoryBatch batch;
    batch.incidents = {
        incident(QStringLiteral("old"), QStringLiteral("An old one"), at(2, 8), at(2, 9)),
        incident(QStringLiteral("tricky"), trickyTitle, at(20, 10), at(20, 12)),
        incident(QStringLiteral("open"), QStringLiteral("Still open"), at(25, 6), QDateTime())};
    batch.cells = {{{QStringLiteral("aws"), QStringLiteral("EC2"), QStringLiteral("us-east-1")},
                    Status::PartialOutage,
                    at(20, 10)}};
    QVERIFY2(database.record(batch), qPrintable(database.lastError()));
}

void TestExportHistory::json()
{
    const QString target = m_dir.filePath(QStringLiteral("history.json"));
    const Run result = run({"--export-history", target, "--data-dir", dataDir()});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("history.json"));
    const QJsonObject root = parseJson(readFile(target));
    QCOMPARE(root.value("schema").toInt(), 1);
    QVERIFY(root.value("since").isNull());
    const QJsonArray incidents = root.value("incidents").toArray();
    QCOMPARE(incidents.size(), 3);
    QJsonObject tricky;
    for (const QJsonValue &value : incidents) {
        if (value.toObject().value("id").toString() == u"tricky")
            tricky = value.toObject();
    }
    QCOMPARE(tricky.value("title").toString(), trickyTitle); // JSON needs no spreadsheet guard
    QCOMPARE(tricky.value("provider").toString(), QStringLiteral("aws"));
    QCOMPARE(tricky.value("severity").toString(), QStringLiteral("partial_outage"));
    QCOMPARE(tricky.value("started_at").toString(), QStringLiteral("2026-11-20T10:00:00Z"));
    QCOMPARE(tricky.value("resolved_at").toString(), QStringLiteral("2026-11-20T12:00:00Z"));
    QCOMPARE(tricky.value("updates").toArray().size(), 2);
    const QJsonArray transitions = root.value("transitions").toArray();
    QCOMPARE(transitions.size(), 1);
    QCOMPARE(transitions[0].toObject().value("to").toString(), QStringLiteral("partial_outage"));
}

void TestExportHistory::csvReimportsIntoASpreadsheetReader()
{
    const QString python =
        QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    const QString target = m_dir.filePath(QStringLiteral("history.csv"));
    const Run result = run({"--export-history", target, "--data-dir", dataDir()});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString transitions = m_dir.filePath(QStringLiteral("history-transitions.csv"));
    QVERIFY2(QFile::exists(transitions), result.out.constData());
    if (python.isEmpty())
        QSKIP("no /usr/bin/python3 to read the CSV back as a spreadsheet would");
    // Python's csv module reads as spreadsheets do (RFC 4180 quoting); it prints each row as JSON.
    QProcess reader;
    reader.start(python,
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv, json, sys\n"
                                 "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                 "    print(json.dumps(list(csv.DictReader(f))))\n"),
                  target});
    QVERIFY(reader.waitForFinished(30000));
    QCOMPARE(reader.exitCode(), 0);
    const QJsonArray rows = QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
    QCOMPARE(rows.size(), 3);
    QJsonObject tricky;
    for (const QJsonValue &row : rows) {
        if (row.toObject().value("id").toString() == u"tricky")
            tricky = row.toObject();
    }
    // The title comes back whole, commas, quotes and line break included; only the formula guard
    // is added, as the title starts with nothing a spreadsheet would run, it is unchanged.
    QCOMPARE(tricky.value("title").toString(), trickyTitle);
    QCOMPARE(tricky.value("provider").toString(), QStringLiteral("aws"));
    QCOMPARE(tricky.value("started_at").toString(), QStringLiteral("2026-11-20T10:00:00Z"));
    QCOMPARE(tricky.value("duration_minutes").toString(), QStringLiteral("120"));
    QCOMPARE(tricky.value("last_update").toString(), QStringLiteral("Resolved.\r\nAll good."));
}

void TestExportHistory::sinceFilters_data()
{
    QTest::addColumn<QString>("since");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("a day") << "2026-11-15" << QStringList {"open", "tricky"};
    // "tricky" ended at 12:00: an instant's time of day counts.
    QTest::newRow("an instant") << "2026-11-20T13:00:00Z" << QStringList {"open"};
    QTest::newRow("with an offset") << "2026-11-20T13:30:00+02:00" << QStringList {"open", "tricky"};
}

void TestExportHistory::sinceFilters()
{
    QFETCH(QString, since);
    QFETCH(QStringList, ids);
    const QString target = m_dir.filePath(QStringLiteral("recent.json"));
    const Run result = run({"--export-history", target, "--since", since, "--data-dir", dataDir()});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject root = parseJson(readFile(target));
    QStringList exported;
    for (const QJsonValue &value : root.value("incidents").toArray())
        exported << value.toObject().value("id").toString();
    exported.sort();
    QCOMPARE(exported, ids);
    QVERIFY(root.value("since").toString().startsWith(QStringLiteral("2026-11-")));
}

void TestExportHistory::noHistoryGivesAnEmptyExport()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty-data"));
    const QString target = m_dir.filePath(QStringLiteral("none.json"));
    const Run result = run({"--export-history", target, "--data-dir", empty});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("no history"), result.err.constData());
    QCOMPARE(parseJson(readFile(target)).value("incidents").toArray().size(), 0);
    // Exporting creates no history where there was none.
    QVERIFY(!QFile::exists(QDir(empty).filePath(QStringLiteral("history.sqlite"))));
}

void TestExportHistory::damagedHistoryIsLeftToTheApp()
{
    const QString data = m_dir.filePath(QStringLiteral("damaged-data"));
    QVERIFY(QDir().mkpath(data));
    const QByteArray garbage = QByteArray("SQLite format 3").append(8192, 'x');
    QFile file(QDir(data).filePath(QStringLiteral("history.sqlite")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(garbage);
    file.close();
    const Run result =
        run({"--export-history", m_dir.filePath(QStringLiteral("damaged.json")), "--data-dir", data});
    QCOMPARE(result.exitCode, 65);
    QVERIFY2(result.err.contains("damaged"), result.err.constData());
    // The export only reads: repairing is the app's, which says so in its window.
    QCOMPARE(readFile(file.fileName()), garbage);
    QCOMPARE(QDir(data).entryList(QDir::Files), QStringList {"history.sqlite"});
}

void TestExportHistory::unwritableTarget()
{
    const QString target = m_dir.filePath(QStringLiteral("missing/dir/history.csv"));
    const Run result = run({"--export-history", target, "--data-dir", dataDir()});
    QCOMPARE(result.exitCode, 73);
    QVERIFY2(result.err.contains("missing/dir"), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1); // one line, naming the file and the cause
}

void TestExportHistory::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("table format") << QStringList {"--export-history", "x.csv", "--format", "table"}
                                  << "csv or json";
    QTest::newRow("bad since") << QStringList {"--export-history", "x.csv", "--since", "yesterday"}
                               << "--since";
    QTest::newRow("since without export")
        << QStringList {"--once", "--since", "2026-11-01"} << "--export-history";
    QTest::newRow("with once") << QStringList {"--once", "--export-history", "x.csv"} << "cannot be combined";
    QTest::newRow("with a source") << QStringList {"--export-history", "x.csv", "--source", "file:///x.json"}
                                   << "do not apply";
}

void TestExportHistory::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    clitesting::expectUsageError(arguments, message);
}

QTEST_GUILESS_MAIN(TestExportHistory)
#include "tst_exporthistory.moc"
