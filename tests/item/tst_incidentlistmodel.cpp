// SPDX-License-Identifier: GPL-3.0-or-later
#include "item/incidentlistmodel.h"
#include "item/statustext.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace radar;

namespace {

// Midday UTC is between 00:00 and 02:00 in every time zone: minutes later is the same local day,
// so only durations change with the time in these tests.
const QDateTime t0(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
constexpr qint64 minute = 60;
constexpr qint64 hour = 3600;

IncidentLog::Entry entry(const QString &id, Status severity = Status::Degraded,
                         const QDateTime &start = t0.addSecs(-hour))
{
    IncidentLog::Entry result;
    result.incident.provider = QStringLiteral("hub");
    result.incident.id = id;
    result.incident.title = id.toUpper();
    result.incident.severity = severity;
    result.incident.state = IncidentState::Identified;
    result.incident.startedAt = start;
    result.firstSeen = start;
    result.lastSeen = t0;
    return result;
}

IncidentLog::Entry ended(const QString &id, qint64 lastedSeconds, bool noLongerListed = false)
{
    IncidentLog::Entry result = entry(id, Status::PartialOutage, t0.addSecs(-5 * hour));
    result.incident.state = IncidentState::Resolved;
    result.incident.resolvedAt = result.incident.startedAt.addSecs(lastedSeconds);
    result.noLongerListed = noLongerListed;
    return result;
}

QList<IncidentLog::Entry> entries(const QStringList &ids)
{
    QList<IncidentLog::Entry> result;
    for (const QString &id : ids)
        result.append(entry(id));
    return result;
}

QStringList idsOf(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(IncidentListModel::IncidentIdRole).toString());
    return ids;
}

// What the model told its views, in order: "insert 1-2", "remove 0-0", "layout", "reset",
// "changed 2-2 0-5".
class SignalLog : public QObject
{
public:
    explicit SignalLog(QAbstractItemModel *model)
    {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    lines.append(QStringLiteral("insert %1-%2").arg(first).arg(last));
                });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    lines.append(QStringLiteral("remove %1-%2").arg(first).arg(last));
                });
        connect(model, &QAbstractItemModel::layoutChanged, this,
                [this] { lines.append(QStringLiteral("layout")); });
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
    }
    QStringList lines;
};

} // namespace

class TestIncidentListModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsFollowTheEntries_data();
    void rowsFollowTheEntries();
    void reorderKeepsPersistentIndexes();
    void oneChangedIncidentOneDataChanged();
    void mostRowsChangedOneSignal();
    void laterNowUpdatesOpenDurationsOnly();
    void roles_data();
    void roles();
    void accessibleTextAndToolTip();
    void providerNames();
    void entryAtAndIndexOf();
    void followsTheLog();
};

void TestIncidentListModel::rowsFollowTheEntries_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QStringList>("expected"); // what the model signals, in order

    QTest::newRow("from empty") << QStringList {} << QStringList {"a", "b", "c"}
                                << QStringList {"insert 0-2"};
    QTest::newRow("unchanged") << QStringList {"a", "b"} << QStringList {"a", "b"} << QStringList {};
    QTest::newRow("append") << QStringList {"a", "b"} << QStringList {"a", "b", "c"}
                            << QStringList {"insert 2-2"};
    QTest::newRow("insert in the middle")
        << QStringList {"a", "d"} << QStringList {"a", "b", "c", "d"} << QStringList {"insert 1-2"};
    QTest::newRow("insert at two places") << QStringList {"b", "d"} << QStringList {"a", "b", "c", "d"}
                                          << QStringList {"insert 0-0", "insert 2-2"};
    QTest::newRow("remove in the middle")
        << QStringList {"a", "b", "c"} << QStringList {"a", "c"} << QStringList {"remove 1-1"};
    QTest::newRow("remove runs, last first")
        << QStringList {"a", "b", "c", "d", "e"} << QStringList {"a", "d"}
        << QStringList {"remove 4-4", "remove 1-2"};
    QTest::newRow("remove all") << QStringList {"a", "b"} << QStringList {} << QStringList {"remove 0-1"};
    QTest::newRow("reorder") << QStringList {"a", "b", "c"} << QStringList {"c", "a", "b"}
                             << QStringList {"layout"};
    QTest::newRow("remove, reorder, insert")
        << QStringList {"a", "b", "c", "d"} << QStringList {"d", "x", "b"}
        << QStringList {"remove 2-2", "remove 0-0", "layout", "insert 1-1"};
    QTest::newRow("a repeated incident is one row")
        << QStringList {"a"} << QStringList {"b", "a", "b"} << QStringList {"insert 0-0"};
    QTest::newRow("replace everything")
        << QStringList {"a", "b"} << QStringList {"x", "y"} << QStringList {"remove 0-1", "insert 0-1"};
}

void TestIncidentListModel::rowsFollowTheEntries()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QStringList, expected);

    IncidentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(entries(before), t0);
    QCOMPARE(idsOf(model), before);

    SignalLog log(&model);
    model.setEntries(entries(after), t0);
    QCOMPARE(log.lines, expected);
    after.removeDuplicates();
    QCOMPARE(idsOf(model), after);
}

void TestIncidentListModel::reorderKeepsPersistentIndexes()
{
    IncidentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(entries({"a", "b", "c", "d"}), t0);
    const QPersistentModelIndex b(model.index(1, IncidentListModel::StateColumn));
    const QPersistentModelIndex d(model.index(3, IncidentListModel::TitleColumn));
    const QPersistentModelIndex c(model.index(2, 0));

    QSignalSpy aboutToChange(&model, &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(aboutToChange.isValid());
    QVERIFY(changed.isValid());
    QVERIFY(reset.isValid());
    // c vanishes, d moves to the top, x arrives between them.
    model.setEntries(entries({"d", "x", "a", "b"}), t0);
    QCOMPARE(aboutToChange.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);

    QCOMPARE(b.row(), 3);
    QCOMPARE(b.column(), int(IncidentListModel::StateColumn));
    QCOMPARE(b.data(IncidentListModel::IncidentIdRole).toString(), QStringLiteral("b"));
    QCOMPARE(d.row(), 0);
    QCOMPARE(d.column(), int(IncidentListModel::TitleColumn));
    QCOMPARE(d.data().toString(), QStringLiteral("D"));
    QVERIFY(!c.isValid());
}

void TestIncidentListModel::oneChangedIncidentOneDataChanged()
{
    IncidentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<IncidentLog::Entry> list = entries({"a", "b", "c", "d"});
    model.setEntries(list, t0);

    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (const QSignalSpy *spy : {&dataChanged, &reset, &layout, &inserted, &removed})
        QVERIFY(spy->isValid());

    // A poll that only confirms what was known (lastSeen moves) repaints nothing.
    for (IncidentLog::Entry &each : list)
        each.lastSeen = t0.addSecs(minute);
    model.setEntries(list, t0);
    QCOMPARE(dataChanged.count(), 0);
    QCOMPARE(model.entryAt(model.index(0, 0))->lastSeen, t0.addSecs(minute)); // but is kept

    list[2].incident.state = IncidentState::Monitoring;
    list[2].incident.updates.append({t0, IncidentState::Monitoring, QStringLiteral("A fix is out."), {}});
    model.setEntries(list, t0);
    QCOMPARE(dataChanged.count(), 1);
    const QModelIndex topLeft = dataChanged[0][0].toModelIndex();
    const QModelIndex bottomRight = dataChanged[0][1].toModelIndex();
    QCOMPARE(topLeft, model.index(2, 0));
    QCOMPARE(bottomRight, model.index(2, IncidentListModel::ColumnCount - 1));
    QCOMPARE(model.index(2, IncidentListModel::StateColumn).data().toString(), QStringLiteral("Monitoring"));
    QCOMPARE(reset.count() + layout.count() + inserted.count() + removed.count(), 0);
}

void TestIncidentListModel::mostRowsChangedOneSignal()
{
    IncidentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<IncidentLog::Entry> list = entries({"a", "b", "c", "d"});
    model.setEntries(list, t0);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(dataChanged.isValid());

    for (int row : {0, 1, 3})
        list[row].incident.title += QStringLiteral(" (updated)");
    model.setEntries(list, t0);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged[0][0].toModelIndex(), model.index(0, 0));
    QCOMPARE(dataChanged[0][1].toModelIndex(), model.index(3, IncidentListModel::ColumnCount - 1));
}

void TestIncidentListModel::laterNowUpdatesOpenDurationsOnly()
{
    IncidentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<IncidentLog::Entry> list {entry("a", Status::MajorOutage), entry("b"), ended("c", hour)};
    model.setEntries(list, t0);
    QCOMPARE(model.index(0, IncidentListModel::DurationColumn).data().toString(), QStringLiteral("1 h"));
    QCOMPARE(model.index(2, IncidentListModel::DurationColumn).data().toString(), QStringLiteral("1 h"));

    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(dataChanged.isValid());
    model.setEntries(list, t0.addSecs(20)); // still "1 h": nothing to repaint
    QCOMPARE(dataChanged.count(), 0);

    model.setEntries(list, t0.addSecs(5 * minute));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged[0][0].toModelIndex(), model.index(0, IncidentListModel::DurationColumn));
    QCOMPARE(dataChanged[0][1].toModelIndex(), model.index(1, IncidentListModel::DurationColumn));
    QCOMPARE(dataChanged[0][2].value<QList<int>>(), QList<int> {Qt::DisplayRole});
    QCOMPARE(model.index(0, IncidentListModel::DurationColumn).data().toString(),
             QStringLiteral("1 h 5 min"));
    QCOMPARE(model.index(2, IncidentListModel::DurationColumn).data().toString(), QStringLiteral("1 h"));
}

void TestIncidentListModel::roles_data()
{
    QTest::addColumn<IncidentLog::Entry>("shown");
    QTest::addColumn<QStringList>("display"); // every column
    QTest::addColumn<bool>("open");

    const QString start = shortLocalTime(t0.addSecs(-hour), t0);
    QTest::newRow("open") << entry("i1", Status::MajorOutage)
                          << QStringList {"Major outage", "I1", "GitHub", "Identified", start, "1 h"} << true;
    const QString endedStart = shortLocalTime(t0.addSecs(-5 * hour), t0);
    QTest::newRow("resolved") << ended("i2", 2 * hour + 15 * minute)
                              << QStringList {"Partial outage", "I2",       "GitHub",
                                              "Resolved",       endedStart, "2 h 15 min"}
                              << false;
    QTest::newRow("no longer listed")
        << ended("i3", 30 * minute, true)
        << QStringList {"Partial outage", "I3", "GitHub", "Ended (no longer listed)", endedStart, "30 min"}
        << false;
    IncidentLog::Entry elsewhere = entry("i4", Status::Maintenance);
    elsewhere.incident.provider = QStringLiteral("unnamed");
    elsewhere.incident.state = IncidentState::InProgress;
    QTest::newRow("provider without a name: its id")
        << elsewhere << QStringList {"Maintenance", "I4", "unnamed", "In progress", start, "1 h"} << true;
}

void TestIncidentListModel::roles()
{
    QFETCH(IncidentLog::Entry, shown);
    QFETCH(QStringList, display);
    QFETCH(bool, open);

    IncidentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProviderNames({{QStringLiteral("hub"), QStringLiteral("GitHub")}});
    model.setEntries({shown}, t0);
    QCOMPARE(model.columnCount(), display.size());
    for (int column = 0; column < model.columnCount(); ++column) {
        const QModelIndex index = model.index(0, column);
        QCOMPARE(index.data().toString(), display[column]);
        QCOMPARE(index.data(IncidentListModel::IsOpenRole).toBool(), open);
        QCOMPARE(index.data(IncidentListModel::StatusRole).toInt(), int(shown.incident.severity));
        QCOMPARE(index.data(IncidentListModel::ProviderRole).toString(), shown.incident.provider);
        QCOMPARE(index.data(IncidentListModel::IncidentIdRole).toString(), shown.incident.id);
        QCOMPARE(index.data(IncidentListModel::IncidentKeyRole).toString(),
                 shown.incident.provider + u'\n' + shown.incident.id);
        QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), open);
        QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
    }
    QCOMPARE(model.headerData(IncidentListModel::DurationColumn, Qt::Horizontal).toString(),
             QStringLiteral("Duration"));
}

void TestIncidentListModel::accessibleTextAndToolTip()
{
    IncidentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProviderNames({{QStringLiteral("hub"), QStringLiteral("GitHub")}});
    IncidentLog::Entry open = entry("i1", Status::MajorOutage, t0.addSecs(-2 * hour));
    open.incident.title = QStringLiteral("Actions <b>down</b>");
    model.setEntries({open, ended("i2", 90 * minute, true)}, t0);

    const QString start = shortLocalTime(t0.addSecs(-2 * hour), t0);
    QCOMPARE(model.index(0, IncidentListModel::SeverityColumn).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Major outage: Actions <b>down</b>, GitHub, Identified, since %1").arg(start));
    // The same sentence on every cell, so whichever has the focus describes the incident.
    QCOMPARE(model.index(0, IncidentListModel::DurationColumn).data(Qt::AccessibleTextRole),
             model.index(0, 0).data(Qt::AccessibleTextRole));
    QCOMPARE(
        model.index(1, 0).data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Partial outage: I2, GitHub, Ended (no longer listed), started %1, lasted 1 h 30 min")
            .arg(shortLocalTime(t0.addSecs(-5 * hour), t0)));
    // A tooltip is rich text: the feed's title is escaped, never rendered.
    QCOMPARE(model.index(0, IncidentListModel::TitleColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("<b>Actions &lt;b&gt;down&lt;/b&gt;</b><br>Identified since %1").arg(start));
}

void TestIncidentListModel::providerNames()
{
    IncidentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(entries({"a", "b"}), t0);
    QCOMPARE(model.index(0, IncidentListModel::ProviderColumn).data().toString(), QStringLiteral("hub"));

    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(dataChanged.isValid());
    const QHash<QString, QString> names {{QStringLiteral("hub"), QStringLiteral("GitHub")}};
    model.setProviderNames(names);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged[0][0].toModelIndex(), model.index(0, 0));
    QCOMPARE(dataChanged[0][1].toModelIndex(), model.index(1, IncidentListModel::ColumnCount - 1));
    QCOMPARE(model.index(1, IncidentListModel::ProviderColumn).data().toString(), QStringLiteral("GitHub"));
    model.setProviderNames(names);
    QCOMPARE(dataChanged.count(), 1);
}

void TestIncidentListModel::entryAtAndIndexOf()
{
    IncidentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<IncidentLog::Entry> list = entries({"a", "b"});
    list[1].incident.provider = QStringLiteral("other");
    model.setEntries(list, t0);

    QCOMPARE(model.indexOf(QStringLiteral("other"), QStringLiteral("b")), model.index(1, 0));
    QVERIFY(!model.indexOf(QStringLiteral("hub"), QStringLiteral("b")).isValid()); // identity is both
    QVERIFY(!model.indexOf(QStringLiteral("hub"), QStringLiteral("zzz")).isValid());

    const std::optional<IncidentLog::Entry> found =
        model.entryAt(model.index(1, IncidentListModel::TitleColumn));
    QVERIFY(found);
    QCOMPARE(found->incident, list[1].incident);
    QVERIFY(!model.entryAt(QModelIndex()));
}

void TestIncidentListModel::followsTheLog()
{
    // The way the app feeds it: the log decides, the model follows without a reset.
    IncidentLog log;
    IncidentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(reset.isValid());

    const Incident minor = entry("minor", Status::Degraded).incident;
    const Incident major = entry("major", Status::MajorOutage).incident;
    log.update({minor, major}, t0);
    model.setEntries(log.entries(), t0);
    QCOMPARE(idsOf(model), (QStringList {"major", "minor"}));
    const QPersistentModelIndex kept(model.indexOf(QStringLiteral("hub"), QStringLiteral("major")));

    // The major one vanishes from its feed: it moves below the open one, as ended.
    log.update({minor}, t0.addSecs(minute));
    model.setEntries(log.entries(), t0.addSecs(minute));
    QCOMPARE(idsOf(model), (QStringList {"minor", "major"}));
    QCOMPARE(kept.row(), 1);
    QCOMPARE(model.index(1, IncidentListModel::StateColumn).data().toString(),
             QStringLiteral("Ended (no longer listed)"));
    QCOMPARE(model.index(1, IncidentListModel::StateColumn).data(IncidentListModel::IsOpenRole).toBool(),
             false);
    QCOMPARE(reset.count(), 0);
}

QTEST_GUILESS_MAIN(TestIncidentListModel)
#include "tst_incidentlistmodel.moc"
