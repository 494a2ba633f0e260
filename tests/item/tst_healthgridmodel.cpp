// SPDX-License-Identifier: GPL-3.0-or-later
#include "item/healthgridmodel.h"
#include "item/statustext.h"

#include "gridtesting.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace radar;

namespace {

using gridtesting::cell;

// 3 services in 2 regions, plus the provider's summary row; one service exists in one region only.
QList<CellState> grid()
{
    return {cell("aws", QString(), "global", Status::Operational),
            cell("aws", "ec2", "us-east-1", Status::Operational),
            cell("aws", "ec2", "eu-west-1", Status::Operational),
            cell("aws", "lambda", "us-east-1", Status::Operational),
            cell("aws", "lambda", "eu-west-1", Status::Operational),
            cell("aws", "s3", "us-east-1", Status::Operational)};
}

} // namespace

class TestHealthGridModel : public QObject
{
    Q_OBJECT
private slots:
    void layout();
    void oneChangedCellEmitsOneDataChanged();
    void groupRowShowsTheWorstOfItsProvider();
    void geographyPutsRegionsOfEveryProviderInOnePlace();
    void watchedCellsCarryAStar();
    void mostCellsChangedEmitsOneRangeWideSignal();
    void newServiceResetsTheModel();
    void updateOneProviderInPlace();
    void updateProviderRefusesAChangedShape();
    void agingMovesOnlyTheTooltip();
    void missingCellsAreBlankNotGreen();
    void unknownCellsSayWhy();
    void accessibleText();
    void feedTextInTooltipsStaysText();
};

void TestHealthGridModel::layout()
{
    HealthGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCells(grid());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Global"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("eu-west-1"));
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("AWS"));
    QVERIFY(model.headerData(0, Qt::Vertical, HealthGridModel::IsSummaryRowRole).toBool());
    QVERIFY(model.headerData(1, Qt::Vertical).toString().contains(QStringLiteral("ec2")));
}

void TestHealthGridModel::oneChangedCellEmitsOneDataChanged()
{
    HealthGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // EC2 is down in us-east-1 already, so the group row's verdict there holds whatever Lambda does.
    QList<CellState> cells = grid();
    cells[1].status = Status::MajorOutage;
    model.setCells(cells);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(changed.isValid());
    QVERIFY(reset.isValid());

    cells[3].status = Status::PartialOutage; // lambda, us-east-1
    model.setCells(cells);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed[0][0].toModelIndex();
    const QModelIndex bottomRight = changed[0][1].toModelIndex();
    QCOMPARE(topLeft, bottomRight);
    QCOMPARE(topLeft.row(), 2);
    QCOMPARE(model.headerData(topLeft.column(), Qt::Horizontal).toString(), QStringLiteral("us-east-1"));
    QCOMPARE(Status(topLeft.data(HealthGridModel::StatusRole).toInt()), Status::PartialOutage);

    model.setCells(cells); // nothing changed: no signal
    QCOMPARE(changed.count(), 1);

    // Through updateProvider, the path the app takes: one signal for that one index.
    cells[3].status = Status::Degraded;
    QVERIFY(model.updateProvider(QStringLiteral("aws"), cells));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed[1][0].toModelIndex(), topLeft);
    QCOMPARE(changed[1][1].toModelIndex(), topLeft);
    QCOMPARE(reset.count(), 0);
}

void TestHealthGridModel::groupRowShowsTheWorstOfItsProvider()
{
    HealthGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCells(grid());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    const int usEast = 2;
    QCOMPARE(Status(model.index(0, usEast).data(HealthGridModel::StatusRole).toInt()), Status::Operational);

    QList<CellState> cells = grid();
    cells[3].status = Status::MajorOutage; // lambda, us-east-1
    cells[3].incidentIds = {QStringLiteral("i-1")};
    cells[3].incidentTitles = {QStringLiteral("Lambda errors")};
    model.setCells(cells);
    // The cell and its group row's cell in that column, nothing else.
    QCOMPARE(changed.count(), 2);
    const QModelIndex group = model.index(0, usEast);
    QVERIFY(group.data(HealthGridModel::IsSummaryRowRole).toBool());
    QCOMPARE(Status(group.data(HealthGridModel::StatusRole).toInt()), Status::MajorOutage);
    QCOMPARE(group.data(HealthGridModel::IncidentCountRole).toInt(), 1);
    QVERIFY(group.data(Qt::ToolTipRole).toString().contains(QStringLiteral("lambda: Major outage")));
    // A provider without a summary cell of its own still gets a group row.
    QCOMPARE(model.keysAt(model.index(0, 1)).size(), 2); // ec2 and lambda in eu-west-1
    QVERIFY(!model.index(0, 1).data(HealthGridModel::WatchedRole).toBool());
}

void TestHealthGridModel::geographyPutsRegionsOfEveryProviderInOnePlace()
{
    HealthGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CellState> cells {cell("aws", "ec2", "us-east-1", Status::Operational),
                            cell("gcp", "compute", "us-east4", Status::Degraded),
                            cell("azure", "vm", "eastus", Status::Operational),
                            cell("azure", "vm", "eastus2", Status::PartialOutage),
                            cell("azure", "vm", "westeurope", Status::Operational),
                            cell("hub", "api", "moon-base-1", Status::Operational)};
    model.setCells(cells);
    QCOMPARE(model.columnCount(), 6);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(reset.isValid());

    model.setColumnMode(HealthGridModel::ColumnMode::Geography);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 8); // rows do not depend on the columns
    QStringList columns;
    for (int column = 0; column < model.columnCount(); ++column)
        columns << model.headerData(column, Qt::Horizontal).toString();
    // Ordered by country, then place; regions the catalog does not know come last.
    QCOMPARE(columns,
             (QStringList {QStringLiteral("Amsterdam, NL"), QStringLiteral("Virginia, US"),
                           QStringLiteral("moon-base-1")}));
    const int virginia = 1;
    const QModelIndex azureVm = model.index(5, virginia);
    QCOMPARE(model.serviceOf(5), QStringLiteral("vm"));
    QCOMPARE(model.keysAt(azureVm).size(), 2);
    QCOMPARE(Status(azureVm.data(HealthGridModel::StatusRole).toInt()), Status::PartialOutage);
    QVERIFY(model.index(1, virginia).data(HealthGridModel::HasCellRole).toBool()); // aws ec2
    QVERIFY(!model.index(1, 0).data(HealthGridModel::HasCellRole).toBool()); // no ec2 in Amsterdam here
    const QString toolTip = model.headerData(virginia, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(QStringLiteral("us-east4")) && toolTip.contains(QStringLiteral("eastus2")),
             qPrintable(toolTip));
    QVERIFY(model.columnSearchText(virginia).contains(QStringLiteral("us-east-1")));

    model.setColumnMode(HealthGridModel::ColumnMode::ProviderRegions);
    QCOMPARE(model.columnCount(), 6);
}

void TestHealthGridModel::watchedCellsCarryAStar()
{
    HealthGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCells(grid());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    WatchList watch;
    watch.toggle(WatchList::service(QStringLiteral("aws"), QStringLiteral("ec2")));
    model.setWatchList(watch);
    QCOMPARE(changed.count(), 2); // ec2 in its two regions
    QCOMPARE(changed[0][2].value<QList<int>>(),
             (QList<int> {HealthGridModel::WatchedRole, Qt::AccessibleTextRole}));
    QVERIFY(model.index(1, 1).data(HealthGridModel::WatchedRole).toBool());
    QVERIFY(model.index(1, 2).data(HealthGridModel::WatchedRole).toBool());
    QVERIFY(!model.index(2, 2).data(HealthGridModel::WatchedRole).toBool());
    QVERIFY(!model.index(0, 2).data(HealthGridModel::WatchedRole).toBool()); // not the group row
    QVERIFY(model.index(1, 2).data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral("watched")));

    watch.toggle(WatchList::region(QStringLiteral("aws"), QStringLiteral("us-east-1")));
    model.setWatchList(watch);
    QVERIFY(model.index(0, 2).data(HealthGridModel::WatchedRole).toBool()); // the provider's region
    QVERIFY(model.index(3, 2).data(HealthGridModel::WatchedRole).toBool()); // s3 there
    QVERIFY(!model.index(2, 1).data(HealthGridModel::WatchedRole).toBool()); // lambda elsewhere
}

void TestHealthGridModel::mostCellsChangedEmitsOneRangeWideSignal()
{
    HealthGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCells(grid());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    QList<CellState> cells = grid();
    for (CellState &state : cells)
        state.status = Status::Degraded;
    model.setCells(cells);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), model.index(0, 0));
    QCOMPARE(changed[0][1].toModelIndex(), model.index(3, 2));
}

void TestHealthGridModel::updateOneProviderInPlace()
{
    HealthGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CellState> cells = grid();
    cells.append(cell("gcp", QString(), "global", Status::Operational));
    model.setCells(cells);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QList<CellState> aws = grid();
    aws[3].status = Status::MajorOutage; // lambda, us-east-1
    aws[5].status = Status::Degraded; // s3, us-east-1
    QVERIFY(model.updateProvider(QStringLiteral("aws"), aws));
    QCOMPARE(reset.count(), 0);
    // One signal per changed cell, each for that cell only: lambda and s3 in us-east-1, and the
    // group row there, whose verdict changed too.
    QCOMPARE(changed.count(), 3);
    QSet<int> rows;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        QCOMPARE(signal[0].toModelIndex(), signal[1].toModelIndex());
        QCOMPARE(model.headerData(signal[0].toModelIndex().column(), Qt::Horizontal).toString(),
                 QStringLiteral("us-east-1"));
        rows.insert(signal[0].toModelIndex().row());
    }
    QCOMPARE(rows, (QSet<int> {0, 2, 3}));
    QCOMPARE(Status(model.index(3, 2).data(HealthGridModel::StatusRole).toInt()), Status::Degraded);
    // The same again: nothing to say.
    QVERIFY(model.updateProvider(QStringLiteral("aws"), aws));
    QCOMPARE(changed.count(), 3);

    // A routine refresh: only the data's age moved. Nothing to repaint; the tooltip has the news.
    const QDateTime later = QDateTime::currentDateTimeUtc();
    for (CellState &cell : aws)
        cell.dataTime = later;
    QVERIFY(model.updateProvider(QStringLiteral("aws"), aws));
    QCOMPARE(changed.count(), 3);
    const QString toolTip = model.index(1, 1).data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(shortLocalTime(later))
                 && toolTip.contains(QStringLiteral("under a minute old")),
             qPrintable(toolTip));
    // The provider's row too, which speaks for all its cells (the oldest data among them).
    const QString rowToolTip = model.index(0, 1).data(Qt::ToolTipRole).toString();
    QVERIFY2(rowToolTip.contains(shortLocalTime(later)), qPrintable(rowToolTip));
}

void TestHealthGridModel::agingMovesOnlyTheTooltip()
{
    HealthGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CellState> cells = grid();
    cells.append(cell("gcp", QString(), "global", Status::Operational));
    const QDateTime earlier = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
    for (CellState &each : cells)
        each.dataTime = earlier;
    model.setCells(cells);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // A "not modified" answer: the provider's cells, its row among them, are as of now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.ageProvider(QStringLiteral("aws"), now);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
    for (const QModelIndex &index : {model.index(1, 2), model.index(0, 2)}) {
        const QString toolTip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(toolTip.contains(shortLocalTime(now))
                     && toolTip.contains(QStringLiteral("under a minute old")),
                 qPrintable(toolTip));
    }
    // Other providers keep their age.
    const int gcp = model.rowOf(QStringLiteral("gcp"));
    QVERIFY(model.index(gcp, 0).data(Qt::ToolTipRole).toString().contains(shortLocalTime(earlier)));

    // The whole grid again with only the ages moved (a refresh of every source): nothing repaints,
    // and the provider rows, which combine their cells, take the new age too.
    const QDateTime later = now.addSecs(120);
    for (CellState &each : cells)
        each.dataTime = later;
    model.setCells(cells);
    QCOMPARE(changed.count(), 0);
    QVERIFY(model.index(0, 2).data(Qt::ToolTipRole).toString().contains(shortLocalTime(later)));
    QVERIFY(model.index(gcp, 0).data(Qt::ToolTipRole).toString().contains(shortLocalTime(later)));
}

void TestHealthGridModel::updateProviderRefusesAChangedShape()
{
    HealthGridModel model;
    model.setCells(grid());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QList<CellState> fewer = grid();
    fewer.removeLast();
    QVERIFY(!model.updateProvider(QStringLiteral("aws"), fewer)); // a service left a region
    QList<CellState> other = grid();
    other.last().key.region = QStringLiteral("eu-west-1"); // s3 moved: same count, new cell
    QVERIFY(!model.updateProvider(QStringLiteral("aws"), other));
    QList<CellState> renamed = grid();
    renamed[1].serviceName = QStringLiteral("Elastic Compute Cloud");
    renamed[2].serviceName = QStringLiteral("Elastic Compute Cloud");
    QVERIFY(!model.updateProvider(QStringLiteral("aws"), renamed));
    QVERIFY(!model.updateProvider(QStringLiteral("gcp"),
                                  {cell("gcp", QString(), "global", Status::Operational)}));
    QCOMPARE(changed.count(), 0);
}

void TestHealthGridModel::newServiceResetsTheModel()
{
    HealthGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCells(grid());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(reset.isValid());
    QList<CellState> cells = grid();
    cells.append(cell("aws", "rds", "ap-south-1", Status::Degraded));
    model.setCells(cells);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 4);
}

void TestHealthGridModel::missingCellsAreBlankNotGreen()
{
    HealthGridModel model;
    model.setCells(grid());
    const QModelIndex s3InEurope = model.index(3, 1);
    QVERIFY(!s3InEurope.data(HealthGridModel::HasCellRole).toBool());
    QVERIFY(!s3InEurope.data(HealthGridModel::StatusRole).isValid());
    QVERIFY(s3InEurope.data(Qt::DisplayRole).toString().isEmpty());
    // It still speaks, so a screen reader does not skip it in silence.
    QCOMPARE(s3InEurope.data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("AWS s3 eu-west-1: not offered there"));
    QVERIFY(model.index(3, 2).data(HealthGridModel::HasCellRole).toBool());
}

void TestHealthGridModel::unknownCellsSayWhy()
{
    HealthGridModel model;
    CellState failing = cell("hub", QString(), "global", Status::Unknown);
    failing.sourceHealth = SourceHealth::Failing;
    failing.sourceError = QStringLiteral("unreachable: Host hub.test not found");
    failing.lastKnown = Status::Degraded;
    failing.dataTime = QDateTime::currentDateTimeUtc().addSecs(-600);
    model.setCells({failing});
    const QModelIndex index = model.index(0, 0);
    QCOMPARE(Status(index.data(HealthGridModel::StatusRole).toInt()), Status::Unknown);
    QCOMPARE(Status(index.data(HealthGridModel::LastKnownStatusRole).toInt()), Status::Degraded);
    QVERIFY(index.data(Qt::DisplayRole).toString().contains(QStringLiteral("unreachable")));
    const QString toolTip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(QStringLiteral("Host hub.test not found")), qPrintable(toolTip));
    QVERIFY2(toolTip.contains(QStringLiteral("Last known: Degraded")), qPrintable(toolTip));
}

void TestHealthGridModel::accessibleText()
{
    HealthGridModel model;
    CellState outage = cell("aws", "EC2", "us-east-1", Status::MajorOutage);
    outage.providerName = QStringLiteral("AWS");
    outage.since = QDateTime::currentDateTimeUtc();
    model.setCells({outage});
    const QString text = model.index(1, 0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(text.startsWith(QStringLiteral("AWS EC2 us-east-1: Major outage since ")), qPrintable(text));
}

void TestHealthGridModel::feedTextInTooltipsStaysText()
{
    // QToolTip guesses rich text, so a provider's words must arrive escaped in a rich text tooltip.
    HealthGridModel model;
    CellState hostile = cell("hub", "api", "<img src=/dev/zero>", Status::Operational);
    hostile.group = QStringLiteral("<b>group</b>");
    hostile.regionName = QStringLiteral("<img src=/dev/zero>");
    model.setCells({hostile});
    const QString row = model.headerData(1, Qt::Vertical, Qt::ToolTipRole).toString();
    QVERIFY2(row.contains(QStringLiteral("&lt;b&gt;group&lt;/b&gt;")) && !row.contains(QStringLiteral("<b>")),
             qPrintable(row));
    const QString column = model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(!column.contains(QStringLiteral("<img")), qPrintable(column));
    const QString cellTip = model.index(1, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(!cellTip.contains(QStringLiteral("<img")), qPrintable(cellTip));
}

QTEST_GUILESS_MAIN(TestHealthGridModel)
#include "tst_healthgridmodel.moc"
