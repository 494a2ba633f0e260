// SPDX-License-Identifier: GPL-3.0-or-later
// The history export, read back the way its readers read it: the CSV files by Python's csv module
// and by a strict RFC 4180 reader of our own, the JSON document by field name.
#include "historytesting.h"

#include "store/historydatabase.h"
#include "store/historyexport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace radar;
using namespace historytesting;

Q_DECLARE_METATYPE(radar::HistoryFormat)

namespace {

const QString python = QStringLiteral("/usr/bin/python3");

const QStringList incidentColumns {
    "provider",         "id",       "title",   "severity", "state",   "started_at", "resolved_at",
    "duration_minutes", "services", "regions", "url",      "updates", "last_update"};
const QStringList transitionColumns {"at", "provider", "service", "region", "from", "to"};

CellKey cell(const QString &service, const QString &region = QStringLiteral("global"))
{
    return {QStringLiteral("hub"), service, region};
}

/// Incidents whose every text field is something a CSV writer can get wrong.
HistoryExportData awkwardData()
{
    HistoryExportData data;
    data.generatedAt = t0.addDays(1);

    Incident quoting = incident(QStringLiteral("inc-1"), Status::PartialOutage);
    quoting.title = QStringLiteral("Errors, \"quoted\" words, and more");
    quoting.affected = {cell(QStringLiteral("Actions")), cell(QStringLiteral("API, v3"))};
    quoting.url = QUrl(QStringLiteral("https://status.hub.invalid/incidents/inc-1?a=1,2"));
    quoting.updates.append(
        update(t0.addSecs(minute), IncidentState::Identified, QStringLiteral("Line one\nLine two")));

    // What a hostile feed could put in any field: formulas, in the id as much as in the title.
    Incident formulas = resolved(incident(QStringLiteral("=HYPERLINK(\"http://evil.invalid\",\"click\")"),
                                          Status::MajorOutage, t0.addSecs(hour)),
                                 t0.addSecs(hour + 95 * minute));
    formulas.title = QStringLiteral("+1 555 0100, call us");
    formulas.affected = {cell(QStringLiteral("\tTabbed"), QStringLiteral("-east"))};
    formulas.updates.last().text = QStringLiteral("@SUM(A1:A9)");

    Incident japanese = incident(QStringLiteral("inc-3"), Status::Degraded, t0.addSecs(2 * hour));
    japanese.title = QStringLiteral("東京リージョンでの遅延 (ap-northeast-1)");
    japanese.affected = {cell(QStringLiteral("コンピュート"), QStringLiteral("ap-northeast-1"))};
    japanese.updates.append(update(t0.addSecs(2 * hour + minute), IncidentState::Monitoring,
                                   QStringLiteral("  spaces around  ")));

    Incident bare = incident(QStringLiteral("inc-4"), Status::Maintenance, t0.addSecs(3 * hour));
    bare.title = QStringLiteral("two\r\nlines");
    bare.affected = {cell(QString())}; // the provider's own verdict
    bare.url = QUrl();
    bare.startedAt = QDateTime();
    bare.updates = {
        update(t0.addSecs(3 * hour), IncidentState::Scheduled, QStringLiteral("\rcarriage first")),
        update(t0.addSecs(3 * hour + minute), IncidentState::InProgress, QStringLiteral("-minus first"))};

    Incident silent = incident(QStringLiteral("inc-5"), Status::Informational, t0.addSecs(4 * hour));
    silent.updates.clear();
    silent.affected.clear();

    data.incidents = {quoting, formulas, japanese, bare, silent};
    data.cellChanges = {{cell(QStringLiteral("Actions")), Status::Operational, Status::PartialOutage, t0},
                        {cell(QString()), Status::Unknown, Status::Maintenance, t0.addSecs(minute)},
                        {cell(QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("eu-west-1")),
                         Status::Degraded, Status::Operational, t0.addSecs(2 * minute)}};
    data.sourceEvents = {
        {QStringLiteral("hub"), SourceHealth::Failing, QStringLiteral("unreachable: refused"), t0},
        {QStringLiteral("hub"), SourceHealth::Fresh, QString(), t0.addSecs(minute)}};
    return data;
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")) : QString();
}

/// What a spreadsheet must show for feed text: anything that would start a formula made text.
QString safe(const QString &text)
{
    static const QRegularExpression formula(QStringLiteral("^[=+\\-@\\t\\r]"));
    return formula.match(text).hasMatch() ? u'\'' + text : text;
}

/// The rows the export must hold, worked out here rather than by the code under test.
QList<QStringList> expectedIncidentRows()
{
    return {
        incidentColumns,
        {"hub", "inc-1", "Errors, \"quoted\" words, and more", "partial_outage", "investigating", iso(t0), "",
         "", "Actions; API, v3", "global", "https://status.hub.invalid/incidents/inc-1?a=1,2", "2",
         "Line one\nLine two"},
        {"hub", safe("=HYPERLINK(\"http://evil.invalid\",\"click\")"), safe("+1 555 0100, call us"),
         "major_outage", "resolved", iso(t0.addSecs(hour)), iso(t0.addSecs(hour + 95 * minute)), "95",
         safe("\tTabbed"), safe("-east"),
         "https://status.hub.invalid/incidents/=HYPERLINK(%22http://evil.invalid%22,%22click%22)", "2",
         safe("@SUM(A1:A9)")},
        {"hub", "inc-3", "東京リージョンでの遅延 (ap-northeast-1)", "degraded", "investigating",
         iso(t0.addSecs(2 * hour)), "", "", "コンピュート", "ap-northeast-1",
         "https://status.hub.invalid/incidents/inc-3", "2", "  spaces around  "},
        {"hub", "inc-4", "two\r\nlines", "maintenance", "investigating", "", "", "", "*", "global", "", "2",
         safe("-minus first")},
        {"hub", "inc-5", "Elevated errors in inc-5", "informational", "investigating",
         iso(t0.addSecs(4 * hour)), "", "", "*", "", "https://status.hub.invalid/incidents/inc-5", "0", ""},
    };
}

QList<QStringList> expectedTransitionRows()
{
    return {transitionColumns,
            {iso(t0), "hub", "Actions", "global", "operational", "partial_outage"},
            {iso(t0.addSecs(minute)), "hub", "*", "global", "unknown", "maintenance"},
            {iso(t0.addSecs(2 * minute)), "hub", safe("=cmd|' /C calc'!A0"), "eu-west-1", "degraded",
             "operational"}};
}

struct CsvResult
{
    QList<QStringList> rows;
    QString error;
};

/// A strict RFC 4180 reader: CRLF between records, quotes only around a whole field, a quote in a
/// quoted field doubled; anything else is an error.
CsvResult readCsv(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return {{}, QStringLiteral("not UTF-8")};
    CsvResult result;
    QStringList row;
    QString field;
    qsizetype at = 0;
    const qsizetype size = text.size();
    while (at < size) {
        if (text[at] == u'"') {
            for (++at;; ++at) {
                if (at >= size)
                    return {{}, QStringLiteral("unterminated quoted field")};
                if (text[at] == u'"') {
                    if (at + 1 < size && text[at + 1] == u'"') {
                        field += u'"';
                        ++at;
                        continue;
                    }
                    ++at;
                    break;
                }
                field += text[at];
            }
        } else {
            while (at < size && text[at] != u',' && text[at] != u'\r') {
                if (text[at] == u'"' || text[at] == u'\n')
                    return {{}, QStringLiteral("quote or line feed in an unquoted field at %1").arg(at)};
                field += text[at++];
            }
        }
        row.append(field);
        field.clear();
        if (at == size)
            return {{}, QStringLiteral("the last record has no CRLF")};
        if (text[at] == u',') {
            ++at;
            if (at == size)
                return {{}, QStringLiteral("a comma ends the file")};
        } else if (QStringView(text).sliced(at).startsWith(u"\r\n")) {
            at += 2;
            result.rows.append(row);
            row.clear();
        } else {
            return {{}, QStringLiteral("a field goes on after its closing quote at %1").arg(at)};
        }
    }
    return result;
}

QList<QStringList> rowsFromJson(const QJsonArray &rows)
{
    QList<QStringList> result;
    for (const QJsonValue &row : rows) {
        QStringList fields;
        for (const QJsonValue &field : row.toArray())
            fields.append(field.toString());
        result.append(fields);
    }
    return result;
}

void compareRows(const QList<QStringList> &actual, const QList<QStringList> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype row = 0; row < expected.size(); ++row) {
        QCOMPARE(actual[row].size(), expected[row].size());
        for (qsizetype column = 0; column < expected[row].size(); ++column) {
            QVERIFY2(actual[row][column] == expected[row][column],
                     qPrintable(QStringLiteral("row %1, column %2: %3 instead of %4")
                                    .arg(row)
                                    .arg(column)
                                    .arg(actual[row][column], expected[row][column])));
        }
    }
}

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestHistoryExport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void csvReadByOurReader();
    void csvReadByPython();
    void csvBytes();
    void transitionsPath_data();
    void transitionsPath();
    void json();
    void jsonSince();
    void replacesAnExistingFile();
    void missingFolderLeavesNothing_data();
    void missingFolderLeavesNothing();
    void secondFileFailingLeavesNothing();
    void readFromTheDatabase();

private:
    QString write(HistoryFormat format, const HistoryExportData &data, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryExport::cleanup()
{
    m_dir.reset();
}

QString TestHistoryExport::write(HistoryFormat format, const HistoryExportData &data, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QStringList written;
    QString error;
    if (!writeHistoryExport(path, format, data, &written, &error)) {
        qInfo("export failed: %s", qPrintable(error));
        return QString();
    }
    const QStringList expected = format == HistoryFormat::Csv
        ? QStringList {path, m_dir->filePath(QStringLiteral("history-transitions.csv"))}
        : QStringList {path};
    if (written != expected) {
        qInfo("written: %s", qPrintable(written.join(u' ')));
        return QString();
    }
    return path;
}

void TestHistoryExport::csvReadByOurReader()
{
    const QString path = write(HistoryFormat::Csv, awkwardData(), QStringLiteral("history.csv"));
    QVERIFY(!path.isEmpty());
    const CsvResult incidents = readCsv(fileBytes(path));
    QVERIFY2(incidents.error.isEmpty(), qPrintable(incidents.error));
    compareRows(incidents.rows, expectedIncidentRows());
    const CsvResult transitions = readCsv(fileBytes(transitionsCsvPath(path)));
    QVERIFY2(transitions.error.isEmpty(), qPrintable(transitions.error));
    compareRows(transitions.rows, expectedTransitionRows());
}

void TestHistoryExport::csvReadByPython()
{
    if (!QFileInfo(python).isExecutable())
        QSKIP("no /usr/bin/python3 to read the files with its csv module");
    const QString path = write(HistoryFormat::Csv, awkwardData(), QStringLiteral("history.csv"));
    QVERIFY(!path.isEmpty());
    // strict: a quoting error raises instead of being guessed around.
    const QString script = QStringLiteral("import csv, json, sys\n"
                                          "files = []\n"
                                          "for path in sys.argv[1:]:\n"
                                          "    with open(path, newline='', encoding='utf-8') as f:\n"
                                          "        files.append(list(csv.reader(f, strict=True)))\n"
                                          "json.dump(files, sys.stdout)\n");
    QProcess reader;
    reader.start(python, {QStringLiteral("-c"), script, path, transitionsCsvPath(path)});
    QVERIFY(reader.waitForFinished(30000));
    QVERIFY2(reader.exitStatus() == QProcess::NormalExit && reader.exitCode() == 0,
             reader.readAllStandardError().constData());
    const QJsonArray files = QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
    QCOMPARE(files.size(), 2);
    compareRows(rowsFromJson(files[0].toArray()), expectedIncidentRows());
    compareRows(rowsFromJson(files[1].toArray()), expectedTransitionRows());
}

void TestHistoryExport::csvBytes()
{
    const QString path = write(HistoryFormat::Csv, awkwardData(), QStringLiteral("history.csv"));
    QVERIFY(!path.isEmpty());
    const QByteArray bytes = fileBytes(path);
    QVERIFY2(!bytes.startsWith("\xEF\xBB\xBF"), "a byte order mark");
    QVERIFY(bytes.startsWith("provider,id,title,severity,state,started_at,resolved_at,duration_minutes,"
                             "services,regions,url,updates,last_update\r\n"));
    QVERIFY(bytes.endsWith("\r\n"));
    QVERIFY(bytes.contains("東京リージョンでの遅延"));
    // Quoted exactly when needed: plain fields stay bare, the rest are quoted with quotes doubled.
    QVERIFY(bytes.contains("\r\nhub,inc-1,\"Errors, \"\"quoted\"\" words, and more\",partial_outage,"));
    QVERIFY(bytes.contains(",\"  spaces around  \"\r\n"));
    QVERIFY(bytes.contains(",'@SUM(A1:A9)\r\n"));
    QVERIFY(bytes.contains(",'-minus first\r\n"));
    QVERIFY(fileBytes(transitionsCsvPath(path)).startsWith("at,provider,service,region,from,to\r\n"));
}

void TestHistoryExport::transitionsPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("transitions");
    QTest::newRow("csv") << "/data/history.csv"
                         << "/data/history-transitions.csv";
    QTest::newRow("upper case") << "history.CSV"
                                << "history-transitions.csv";
    QTest::newRow("no suffix") << "/data/history"
                               << "/data/history-transitions.csv";
    QTest::newRow("other suffix") << "history.txt"
                                  << "history.txt-transitions.csv";
}

void TestHistoryExport::transitionsPath()
{
    QFETCH(QString, path);
    QFETCH(QString, transitions);
    QCOMPARE(radar::transitionsCsvPath(path), transitions);
}

void TestHistoryExport::json()
{
    const HistoryExportData data = awkwardData();
    const QString path = write(HistoryFormat::Json, data, QStringLiteral("history.json"));
    QVERIFY(!path.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("history-transitions.csv"))));
    QJsonParseError parsed;
    const QJsonObject root = QJsonDocument::fromJson(fileBytes(path), &parsed).object();
    QCOMPARE(parsed.error, QJsonParseError::NoError);
    QCOMPARE(keysOf(root),
             sorted({"schema", "generated_at", "since", "incidents", "transitions", "source_events"}));
    QCOMPARE(root.value("schema").toInt(), 1);
    QCOMPARE(root.value("generated_at").toString(), iso(data.generatedAt));
    QVERIFY(root.value("since").isNull());

    // The incidents exactly as `--once --format json` lists them.
    const QJsonArray incidents = root.value("incidents").toArray();
    QCOMPARE(incidents.size(), data.incidents.size());
    for (qsizetype i = 0; i < incidents.size(); ++i) {
        const QJsonObject object = incidents[i].toObject();
        const Incident &incident = data.incidents[i];
        QCOMPARE(keysOf(object),
                 sorted({"id", "provider", "title", "severity", "state", "started_at", "resolved_at",
                         "services", "regions", "url", "updates"}));
        QCOMPARE(object.value("id").toString(), incident.id);
        QCOMPARE(object.value("provider").toString(), incident.provider);
        QCOMPARE(object.value("title").toString(), incident.title);
        QCOMPARE(object.value("severity").toString(), statusName(incident.severity));
        QCOMPARE(object.value("state").toString(), incidentStateName(incident.state));
        QCOMPARE(object.value("started_at").toString(), iso(incident.startedAt));
        QCOMPARE(object.value("started_at").isNull(), !incident.startedAt.isValid());
        QCOMPARE(object.value("resolved_at").isNull(), !incident.resolvedAt.isValid());
        QCOMPARE(object.value("resolved_at").toString(), iso(incident.resolvedAt));
        QCOMPARE(object.value("url").isNull(), incident.url.isEmpty());
        QCOMPARE(object.value("regions").toVariant().toStringList(), incident.regions());
        const QJsonArray updates = object.value("updates").toArray();
        QCOMPARE(updates.size(), incident.updates.size());
        for (qsizetype u = 0; u < updates.size(); ++u) {
            const QJsonObject update = updates[u].toObject();
            QCOMPARE(keysOf(update), sorted({"at", "state", "text"}));
            QCOMPARE(update.value("at").toString(), iso(incident.updates[u].at));
            QCOMPARE(update.value("state").toString(), incidentStateName(incident.updates[u].state));
            // Feed text, untouched: the apostrophe is for spreadsheets only.
            QCOMPARE(update.value("text").toString(), incident.updates[u].text);
        }
    }
    QCOMPARE(incidents[0].toObject().value("services").toVariant().toStringList(),
             (QStringList {"Actions", "API, v3"}));
    QCOMPARE(incidents[3].toObject().value("services").toVariant().toStringList(), QStringList {"*"});
    QCOMPARE(incidents[1].toObject().value("id").toString(), data.incidents[1].id);

    const QJsonArray transitions = root.value("transitions").toArray();
    QCOMPARE(transitions.size(), data.cellChanges.size());
    for (qsizetype i = 0; i < transitions.size(); ++i) {
        const QJsonObject object = transitions[i].toObject();
        const CellChange &change = data.cellChanges[i];
        QCOMPARE(keysOf(object), sorted({"at", "provider", "service", "region", "from", "to"}));
        QCOMPARE(object.value("at").toString(), iso(change.at));
        QCOMPARE(object.value("provider").toString(), change.key.provider);
        QCOMPARE(object.value("service").toString(), change.key.service.isEmpty() ? "*" : change.key.service);
        QCOMPARE(object.value("region").toString(), change.key.region);
        QCOMPARE(object.value("from").toString(), statusName(change.from));
        QCOMPARE(object.value("to").toString(), statusName(change.to));
    }

    const QJsonArray events = root.value("source_events").toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(keysOf(events[0].toObject()), sorted({"at", "source", "health", "error"}));
    QCOMPARE(events[0].toObject().value("health").toString(), QStringLiteral("failing"));
    QCOMPARE(events[0].toObject().value("error").toString(), QStringLiteral("unreachable: refused"));
    QCOMPARE(events[0].toObject().value("at").toString(), iso(t0));
    QCOMPARE(events[1].toObject().value("health").toString(), QStringLiteral("fresh"));
    QVERIFY(events[1].toObject().value("error").isNull());
}

void TestHistoryExport::jsonSince()
{
    HistoryExportData data;
    data.since = t0;
    data.generatedAt = t0.addDays(1);
    const QString path = write(HistoryFormat::Json, data, QStringLiteral("history.json"));
    QVERIFY(!path.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(fileBytes(path)).object();
    QCOMPARE(root.value("since").toString(), QStringLiteral("2026-11-20T12:00:00Z"));
    QCOMPARE(root.value("incidents").toArray().size(), 0);
    QCOMPARE(root.value("transitions").toArray().size(), 0);
}

void TestHistoryExport::replacesAnExistingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("history.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(100000, 'o'));
    old.close();
    QVERIFY(!write(HistoryFormat::Csv, awkwardData(), QStringLiteral("history.csv")).isEmpty());
    QVERIFY(readCsv(fileBytes(path)).error.isEmpty());
    // Nothing but the two files: no temporary file left over.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files),
             (QStringList {"history-transitions.csv", "history.csv"}));
}

void TestHistoryExport::missingFolderLeavesNothing_data()
{
    QTest::addColumn<HistoryFormat>("format");
    QTest::newRow("csv") << HistoryFormat::Csv;
    QTest::newRow("json") << HistoryFormat::Json;
}

void TestHistoryExport::missingFolderLeavesNothing()
{
    QFETCH(HistoryFormat, format);
    const QString path = m_dir->filePath(QStringLiteral("missing/history.csv"));
    QStringList written {QStringLiteral("stale")};
    QString error;
    QVERIFY(!writeHistoryExport(path, format, awkwardData(), &written, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral(": ")) && !error.endsWith(QStringLiteral(": ")),
             qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    QCOMPARE(written, QStringList {"stale"});
    QVERIFY(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestHistoryExport::secondFileFailingLeavesNothing()
{
    // The transitions file cannot be written (a folder has its name): the incidents file, which
    // could, must not appear alone.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("history-transitions.csv")));
    const QString path = m_dir->filePath(QStringLiteral("history.csv"));
    QString error;
    QVERIFY(!writeHistoryExport(path, HistoryFormat::Csv, awkwardData(), nullptr, &error));
    QVERIFY2(error.contains(transitionsCsvPath(path)), qPrintable(error));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList {"history-transitions.csv"});
}

void TestHistoryExport::readFromTheDatabase()
{
    HistoryDatabase db;
    QVERIFY(db.open(m_dir->filePath(QStringLiteral("history.sqlite"))).ok);
    HistoryBatch batch =
        batchOf({resolved(incident(QStringLiteral("old"), Status::Degraded, t0.addDays(-3)), t0.addDays(-2)),
                 incident(QStringLiteral("new"), Status::MajorOutage, t0.addSecs(hour))});
    batch.cells = {{cell(QStringLiteral("Actions")), Status::Degraded, t0.addDays(-3)},
                   {cell(QStringLiteral("Pages")), Status::MajorOutage, t0.addSecs(hour)}};
    batch.sourceEvents = {
        {QStringLiteral("hub"), SourceHealth::Failing, QStringLiteral("down"), t0.addDays(-3)},
        {QStringLiteral("hub"), SourceHealth::Fresh, QString(), t0.addSecs(hour)}};
    QVERIFY(db.record(batch));

    HistoryExportData all;
    QVERIFY(readHistory(db, all));
    QCOMPARE(all.incidents.size(), 2);
    QCOMPARE(all.incidents[1].updates.size(), 1);
    QCOMPARE(all.cellChanges.size(), 2);
    QCOMPARE(all.sourceEvents.size(), 2);

    HistoryExportData recent;
    recent.since = t0;
    QVERIFY(readHistory(db, recent));
    QCOMPARE(recent.incidents.size(), 1);
    QCOMPARE(recent.incidents.first().id, QStringLiteral("new"));
    QCOMPARE(recent.cellChanges.size(), 1);
    QCOMPARE(recent.sourceEvents.size(), 1);
}

QTEST_GUILESS_MAIN(TestHistoryExport)
#include "tst_historyexport.moc"
