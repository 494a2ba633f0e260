// SPDX-License-Identifier: GPL-3.0-or-later
#include "item/incidenthistorymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace radar;

namespace {

constexpr qint64 hour = 3600;

QDateTime utc(int year, int month, int day, int hours = 0, int minutes = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hours, minutes), Qt::UTC);
}

// A Wednesday at noon: the 7 days are Thursday 19 to Wednesday 25 November.
const QDateTime now = utc(2026, 11, 25, 12);

HistoryIncident incident(const QString &id, const QDateTime &start, Status severity)
{
    HistoryIncident result;
    result.provider = QStringLiteral("p");
    result.id = id;
    result.title = id;
    result.severity = severity;
    result.startedAt = start;
    result.endedAt = start.addSecs(hour);
    return result;
}

// Two majors and a degraded on Friday, a maintenance on Wednesday.
HistoryIndex sampleIndex()
{
    HistoryIndex index;
    index.upsert(incident(QStringLiteral("a"), utc(2026, 11, 20, 9), Status::MajorOutage));
    index.upsert(incident(QStringLiteral("b"), utc(2026, 11, 20, 10), Status::MajorOutage));
    index.upsert(incident(QStringLiteral("c"), utc(2026, 11, 20, 11), Status::Degraded));
    index.upsert(incident(QStringLiteral("d"), utc(2026, 11, 25, 8), Status::Maintenance));
    return index;
}

HistorySummary summaryOf(const HistoryIndex &index, HistoryRange range, const QDateTime &at = now)
{
    return index.summarize(range, {}, {}, at, QTimeZone::utc());
}

QStringList verticalLabels(const QAbstractItemModel &model)
{
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row)
        labels.append(model.headerData(row, Qt::Vertical).toString());
    return labels;
}

// What the model told its views, in order: "reset", "changed 2-2 0-4", "header 0-6".
class SignalLog : public QObject
{
public:
    explicit SignalLog(QAbstractItemModel *model)
    {
        connect(model, &QAbstractItemModel::modelReset, this,
                [this] { lines.append(QStringLiteral("reset")); });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &from, const QModelIndex &to) {
                    lines.append(QStringLiteral("changed %1-%2 %3-%4")
                                     .arg(from.row())
                                     .arg(to.row())
                                     .arg(from.column())
                                     .arg(to.column()));
                });
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation orientation, int first, int last) {
                    lines.append(
                        QStringLiteral("header %1 %2-%3")
                            .arg(orientation == Qt::Vertical ? QStringLiteral("v") : QStringLiteral("h"))
                            .arg(first)
                            .arg(last));
                });
    }
    QStringList take() { return std::exchange(lines, {}); }

    QStringList lines;
};

} // namespace

class TestIncidentHistoryModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void emptyUntilLoaded();
    void rowsColumnsAndData();
    void horizontalHeaderNamesTheBands();
    void labels_data();
    void labels();
    void labelsFollowTheTimeZone();
    void barDescriptionCountsEachBand();
    void resetOnlyWhenTheBarsChangeKind();
    void aNewDayMovesEveryBar();
    void manyChangedBarsAreOneSignal();
    void clearGoesBackToNotLoaded();
};

void TestIncidentHistoryModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestIncidentHistoryModel::emptyUntilLoaded()
{
    IncidentHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.isLoaded());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), severityBandCount);
    QCOMPARE(model.barLabel(0), QString());

    QSignalSpy changed(&model, &IncidentHistoryModel::summaryChanged);
    QVERIFY(changed.isValid());
    // A summary with nothing in it is still a loaded one: the view says "no incidents", not "loading".
    model.setSummary(summaryOf(HistoryIndex(), HistoryRange::Week));
    QVERIFY(model.isLoaded());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.summary().figures.total, 0);
}

void TestIncidentHistoryModel::rowsColumnsAndData()
{
    IncidentHistoryModel model;
    model.setTimeZone(QTimeZone::utc());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummary(summaryOf(sampleIndex(), HistoryRange::Week));

    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    const int friday = 1;
    const auto count = [&](int row, SeverityBand band) {
        return model.index(row, int(band)).data().toInt();
    };
    QCOMPARE(count(friday, SeverityBand::Major), 2);
    QCOMPARE(count(friday, SeverityBand::Degraded), 1);
    QCOMPARE(count(friday, SeverityBand::Partial), 0);
    QCOMPARE(count(6, SeverityBand::Maintenance), 1);
    QCOMPARE(model.index(friday, 0).data(IncidentHistoryModel::BucketTotalRole).toInt(), 3);
    QCOMPARE(model.index(friday, 3).data(IncidentHistoryModel::BucketStartRole).toDateTime(),
             utc(2026, 11, 20));
    QCOMPARE(model.index(friday, 3).data(IncidentHistoryModel::BucketEndRole).toDateTime(),
             utc(2026, 11, 21));
    QCOMPARE(model.headerData(friday, Qt::Vertical, IncidentHistoryModel::BucketStartRole).toDateTime(),
             utc(2026, 11, 20));
    QCOMPARE(model.headerData(6, Qt::Vertical, IncidentHistoryModel::BucketEndRole).toDateTime(),
             utc(2026, 11, 26));
    QCOMPARE(model.index(friday, 0).data(IncidentHistoryModel::StatusRole).toInt(), int(Status::MajorOutage));
    QCOMPARE(model.index(friday, 0).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Friday, 20 November 2026, Major outage: 2"));
    QCOMPARE(model.index(friday, 4).data(Qt::ToolTipRole).toString(), model.barDescription(friday));
    QCOMPARE(model.rowOf(utc(2026, 11, 20)), friday);
    QCOMPARE(model.rowOf(utc(2026, 11, 20, 1)), -1);
    QCOMPARE(model.headerData(7, Qt::Vertical), QVariant());
}

void TestIncidentHistoryModel::horizontalHeaderNamesTheBands()
{
    IncidentHistoryModel model;
    const QStringList expected {"Major outage", "Partial outage", "Degraded", "Maintenance", "Informational"};
    const QList<Status> statuses {Status::MajorOutage, Status::PartialOutage, Status::Degraded,
                                  Status::Maintenance, Status::Informational};
    for (int column = 0; column < severityBandCount; ++column) {
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected[column]);
        QCOMPARE(model.headerData(column, Qt::Horizontal, IncidentHistoryModel::StatusRole).toInt(),
                 int(statuses[column]));
    }
    QCOMPARE(model.headerData(severityBandCount, Qt::Horizontal), QVariant());
}

void TestIncidentHistoryModel::labels_data()
{
    QTest::addColumn<HistoryRange>("range");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("title");

    QTest::newRow("hour") << HistoryRange::Day << 23 << "12:00"
                          << "Wed 25 Nov, 12:00–13:00";
    QTest::newRow("hour, yesterday") << HistoryRange::Day << 0 << "13:00"
                                     << "Tue 24 Nov, 13:00–14:00";
    QTest::newRow("day of a week") << HistoryRange::Week << 1 << "Fri 20"
                                   << "Friday, 20 November 2026";
    QTest::newRow("day of a month") << HistoryRange::Month << 29 << "Wed 25"
                                    << "Wednesday, 25 November 2026";
    QTest::newRow("day of a quarter") << HistoryRange::Quarter << 0 << "28 Aug"
                                      << "Friday, 28 August 2026";
    QTest::newRow("week") << HistoryRange::Year << 52 << "23 Nov"
                          << "Week of 23 Nov to 29 Nov 2026";
    QTest::newRow("first week") << HistoryRange::Year << 0 << "24 Nov"
                                << "Week of 24 Nov to 30 Nov 2025";
}

void TestIncidentHistoryModel::labels()
{
    QFETCH(HistoryRange, range);
    QFETCH(int, row);
    QFETCH(QString, label);
    QFETCH(QString, title);

    IncidentHistoryModel model;
    model.setTimeZone(QTimeZone::utc());
    model.setSummary(summaryOf(sampleIndex(), range));
    QCOMPARE(model.headerData(row, Qt::Vertical).toString(), label);
    QCOMPARE(model.barLabel(row), label);
    QCOMPARE(model.headerData(row, Qt::Vertical, Qt::ToolTipRole).toString(), title);
    QCOMPARE(model.barTitle(row), title);
}

void TestIncidentHistoryModel::labelsFollowTheTimeZone()
{
    const QTimeZone berlin("Europe/Berlin");
    IncidentHistoryModel model;
    model.setTimeZone(berlin);
    // The hour DST repeats is two bars with the same label.
    model.setSummary(HistoryIndex().summarize(HistoryRange::Day, {}, {}, utc(2026, 10, 25, 12), berlin));
    const QStringList labels = verticalLabels(model);
    QCOMPARE(labels.count(QStringLiteral("02:00")), 2);
    QCOMPARE(labels.constLast(), QStringLiteral("13:00"));

    SignalLog log(&model);
    model.setTimeZone(QTimeZone::utc());
    QCOMPARE(log.take(), QStringList({"header v 0-23", "changed 0-23 0-4"}));
    QCOMPARE(verticalLabels(model).constLast(), QStringLiteral("12:00"));
}

void TestIncidentHistoryModel::barDescriptionCountsEachBand()
{
    IncidentHistoryModel model;
    model.setTimeZone(QTimeZone::utc());
    model.setSummary(summaryOf(sampleIndex(), HistoryRange::Week));
    QCOMPARE(model.barDescription(1),
             QStringLiteral("Friday, 20 November 2026\n3 incident(s)\nMajor outage: 2\nDegraded: 1"));
    QCOMPARE(model.barDescription(6),
             QStringLiteral("Wednesday, 25 November 2026\n1 incident(s)\nMaintenance: 1"));
    QCOMPARE(model.barDescription(0), QStringLiteral("Thursday, 19 November 2026\nNo incidents"));
    QCOMPARE(model.barDescription(7), QString());
}

void TestIncidentHistoryModel::resetOnlyWhenTheBarsChangeKind()
{
    HistoryIndex index = sampleIndex();
    IncidentHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SignalLog log(&model);
    QSignalSpy changed(&model, &IncidentHistoryModel::summaryChanged);
    QVERIFY(changed.isValid());

    model.setSummary(summaryOf(index, HistoryRange::Week));
    QCOMPARE(log.take(), QStringList({"reset"}));

    // The same bars again, a minute later: nothing to repaint, but the figures may have moved on.
    model.setSummary(summaryOf(index, HistoryRange::Week, now.addSecs(60)));
    QCOMPARE(log.take(), QStringList());
    QCOMPARE(changed.count(), 2);

    // One more incident on Monday: that bar alone.
    index.upsert(incident(QStringLiteral("e"), utc(2026, 11, 23, 9), Status::PartialOutage));
    model.setSummary(summaryOf(index, HistoryRange::Week));
    QCOMPARE(log.take(), QStringList({"changed 4-4 0-4"}));
    QCOMPARE(model.index(4, int(SeverityBand::Partial)).data().toInt(), 1);

    // Another range: other bars.
    model.setSummary(summaryOf(index, HistoryRange::Month));
    QCOMPARE(log.take(), QStringList({"reset"}));
    QCOMPARE(model.rowCount(), 30);
    model.setSummary(summaryOf(index, HistoryRange::Quarter));
    QCOMPARE(log.take(), QStringList({"reset"}));
    QCOMPARE(changed.count(), 5);
}

void TestIncidentHistoryModel::aNewDayMovesEveryBar()
{
    const HistoryIndex index = sampleIndex();
    IncidentHistoryModel model;
    model.setTimeZone(QTimeZone::utc());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummary(summaryOf(index, HistoryRange::Week));
    SignalLog log(&model);
    model.setSummary(summaryOf(index, HistoryRange::Week, now.addDays(1)));
    QCOMPARE(log.take(), QStringList({"header v 0-6", "changed 0-6 0-4"}));
    QCOMPARE(verticalLabels(model).constFirst(), QStringLiteral("Fri 20"));
    QCOMPARE(model.index(0, int(SeverityBand::Major)).data().toInt(), 2);
}

void TestIncidentHistoryModel::manyChangedBarsAreOneSignal()
{
    HistoryIndex index;
    IncidentHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummary(summaryOf(index, HistoryRange::Week));
    SignalLog log(&model);
    // Four of seven days change: one signal over the span.
    for (int day = 20; day <= 23; ++day)
        index.upsert(incident(QString::number(day), utc(2026, 11, day, 9), Status::Degraded));
    model.setSummary(summaryOf(index, HistoryRange::Week));
    QCOMPARE(log.take(), QStringList({"changed 1-4 0-4"}));
    // Two of seven: one each.
    index.upsert(incident(QStringLiteral("x"), utc(2026, 11, 19, 9), Status::Degraded));
    index.upsert(incident(QStringLiteral("y"), utc(2026, 11, 25, 9), Status::Degraded));
    model.setSummary(summaryOf(index, HistoryRange::Week));
    QCOMPARE(log.take(), QStringList({"changed 0-0 0-4", "changed 6-6 0-4"}));
}

void TestIncidentHistoryModel::clearGoesBackToNotLoaded()
{
    IncidentHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummary(summaryOf(sampleIndex(), HistoryRange::Week));
    SignalLog log(&model);
    QSignalSpy changed(&model, &IncidentHistoryModel::summaryChanged);
    QVERIFY(changed.isValid());
    model.clear();
    QCOMPARE(log.take(), QStringList({"reset"}));
    QVERIFY(!model.isLoaded());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(changed.count(), 1);
    model.setSummary(summaryOf(sampleIndex(), HistoryRange::Week));
    QCOMPARE(log.take(), QStringList({"reset"}));
}

QTEST_GUILESS_MAIN(TestIncidentHistoryModel)
#include "tst_incidenthistorymodel.moc"
