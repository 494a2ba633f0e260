// SPDX-License-Identifier: GPL-3.0-or-later
#include "item/gridfiltermodel.h"
#include "item/healthgridmodel.h"

#include "gridtesting.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace radar;

namespace {

using gridtesting::cell;

QList<CellState> grid()
{
    return {cell("aws", QString(), "global", Status::Operational),
            cell("aws", "ec2", "us-east-1", Status::MajorOutage, QStringLiteral("Instance launch errors")),
            cell("aws", "ec2", "eu-west-1", Status::Operational),
            cell("aws", "lambda", "us-east-1", Status::Operational),
            cell("aws", "lambda", "eu-west-1", Status::Operational),
            cell("hub", QString(), "global", Status::Operational),
            cell("hub", "actions", "global", Status::Operational),
            cell("hub", "pages", "global", Status::Degraded)};
}

// What the proxy shows, as "row label: columns".
QStringList shown(const QAbstractItemModel &model)
{
    QStringList columns;
    for (int column = 0; column < model.columnCount(); ++column)
        columns << model.headerData(column, Qt::Horizontal).toString();
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.headerData(row, Qt::Vertical).toString().trimmed();
    return QStringList {columns.join(QLatin1Char(','))} + rows;
}

} // namespace

class TestGridFilterModel : public QObject
{
    Q_OBJECT
private slots:
    void filters_data();
    void filters();
    void watchedOnly();
    void collapsedGroupsKeepTheirRow();
    void followsTheDataAsItChanges();
    void forwardsOneDataChangedForOneCell();
};

void TestGridFilterModel::filters_data()
{
    QTest::addColumn<GridFilterModel::Filter>("filter");
    QTest::addColumn<QStringList>("expected");
    const QString all = QStringLiteral("Global,eu-west-1,us-east-1");
    QTest::newRow("nothing") << GridFilterModel::Filter {}
                             << QStringList {all, "▾ AWS", "ec2", "lambda", "▾ HUB", "actions", "pages"};
    QTest::newRow("service name") << GridFilterModel::Filter {QStringLiteral("LAMB"), false, false, {}}
                                  << QStringList {"eu-west-1,us-east-1", "▾ AWS", "lambda"};
    QTest::newRow("provider name shows all of it")
        << GridFilterModel::Filter {QStringLiteral("hub"), false, false, {}}
        << QStringList {"Global", "▾ HUB", "actions", "pages"};
    QTest::newRow("region narrows the columns")
        << GridFilterModel::Filter {QStringLiteral("us-east"), false, false, {}}
        << QStringList {"us-east-1", "▾ AWS", "ec2", "lambda"};
    QTest::newRow("incident text") << GridFilterModel::Filter {QStringLiteral("launch"), false, false, {}}
                                   << QStringList {all, "▾ AWS", "ec2"};
    QTest::newRow("no match") << GridFilterModel::Filter {QStringLiteral("zzz"), false, false, {}}
                              << QStringList {all};
    QTest::newRow("problems only: rows and columns")
        << GridFilterModel::Filter {QString(), true, false, {}}
        << QStringList {"Global,us-east-1", "▾ AWS", "ec2", "▾ HUB", "pages"};
    QTest::newRow("hidden provider") << GridFilterModel::Filter {QString(), false, false, {"aws"}}
                                     << QStringList {"Global", "▾ HUB", "actions", "pages"};
    QTest::newRow("problems of one provider") << GridFilterModel::Filter {QString(), true, false, {"hub"}}
                                              << QStringList {"us-east-1", "▾ AWS", "ec2"};
}

void TestGridFilterModel::filters()
{
    QFETCH(GridFilterModel::Filter, filter);
    QFETCH(QStringList, expected);
    HealthGridModel grid;
    GridFilterModel proxy(&grid);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    grid.setCells(::grid());
    QSignalSpy changed(&proxy, &GridFilterModel::filterChanged);
    QVERIFY(changed.isValid());
    proxy.setFilter(filter);
    QCOMPARE(changed.count(), filter == GridFilterModel::Filter {} ? 0 : 1);
    QCOMPARE(shown(proxy), expected);
    QCOMPARE(proxy.isFiltering(), filter != GridFilterModel::Filter {});
}

void TestGridFilterModel::watchedOnly()
{
    HealthGridModel grid;
    GridFilterModel proxy(&grid);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    grid.setCells(::grid());
    proxy.setWatchedOnly(true);
    QCOMPARE(proxy.rowCount(), 0); // nothing starred yet
    WatchList watch;
    watch.toggle(WatchList::cell({"aws", "lambda", "eu-west-1"}));
    grid.setWatchList(watch);
    QTRY_COMPARE(shown(proxy), (QStringList {"eu-west-1", "▾ AWS", "lambda"}));
}

void TestGridFilterModel::collapsedGroupsKeepTheirRow()
{
    HealthGridModel grid;
    GridFilterModel proxy(&grid);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    grid.setCells(::grid());
    QSignalSpy collapsed(&proxy, &GridFilterModel::collapsedChanged);
    QSignalSpy headers(&proxy, &QAbstractItemModel::headerDataChanged);
    QVERIFY(collapsed.isValid());
    QVERIFY(headers.isValid());
    proxy.setCollapsed(QStringLiteral("aws"), true);
    QCOMPARE(collapsed.count(), 1);
    QCOMPARE(headers.count(), 1); // the ▾ turned ▸, which views must repaint
    QCOMPARE(shown(proxy),
             (QStringList {"Global,eu-west-1,us-east-1", "▸ AWS", "▾ HUB", "actions", "pages"}));
    QVERIFY(proxy.headerData(0, Qt::Vertical, Qt::AccessibleTextRole)
                .toString()
                .contains(QStringLiteral("collapsed")));
    // The group row still tells the provider's worst status.
    QCOMPARE(Status(proxy.index(0, 2).data(HealthGridModel::StatusRole).toInt()), Status::MajorOutage);
    proxy.setCollapsedProviders({});
    QCOMPARE(proxy.rowCount(), 6);
}

void TestGridFilterModel::followsTheDataAsItChanges()
{
    HealthGridModel grid;
    GridFilterModel proxy(&grid);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    grid.setCells(::grid());
    proxy.setProblemsOnly(true);
    QList<CellState> cells = ::grid();
    cells[4].status = Status::PartialOutage; // lambda, eu-west-1
    grid.setCells(cells);
    QTRY_COMPARE(shown(proxy),
                 (QStringList {"Global,eu-west-1,us-east-1", "▾ AWS", "ec2", "lambda", "▾ HUB", "pages"}));
    cells[1].status = Status::Operational;
    cells[4].status = Status::Operational;
    cells[7].status = Status::Operational;
    grid.setCells(cells);
    QTRY_COMPARE(proxy.rowCount(), 0);
}

void TestGridFilterModel::forwardsOneDataChangedForOneCell()
{
    HealthGridModel grid;
    GridFilterModel proxy(&grid);
    grid.setCells(::grid());
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    QList<CellState> cells = ::grid();
    cells[3].status = Status::Degraded; // lambda, us-east-1: the group row stays at major outage
    QVERIFY(grid.updateProvider(QStringLiteral("aws"), cells.mid(0, 5)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), proxy.index(2, 2));
    QCOMPARE(changed[0][1].toModelIndex(), proxy.index(2, 2));
}

QTEST_MAIN(TestGridFilterModel)
#include "tst_gridfiltermodel.moc"
