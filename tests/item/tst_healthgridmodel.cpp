// SPDX-License-Identifier: GPL-3.0-or-later
#include "item/healthgridmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace radar;

namespace {

CellState cell(const QString &provider, const QString &service, const QString &region, Status status)
{
    CellState state;
    state.key = {provider, service, region};
    state.providerName = provider.toUpper();
    state.serviceName = service;
    state.regionName = region;
    state.status = status;
    state.lastKnown = status;
    state.sourceHealth = SourceHealth::Fresh;
    return state;
}

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
    void mostCellsChangedEmitsOneRangeWideSignal();
    void newServiceResetsTheModel();
    void updateOneProviderInPlace();
    void updateProviderRefusesAChangedShape();
    void missingCellsAreBlankNotGreen();
    void unknownCellsSayWhy();
    void accessibleText();
};

void TestHealthGridModel::layout()
{
    HealthGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCells(grid());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("global"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("eu-west-1"));
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("AWS"));
    QVERIFY(model.headerData(0, Qt::Vertical, HealthGridModel::IsSummaryRowRole).toBool());
    QVERIFY(model.headerData(1, Qt::Vertical).toString().contains(QStringLiteral("ec2")));
}

void TestHealthGridModel::oneChangedCellEmitsOneDataChanged()
{
    HealthGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCells(grid());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(changed.isValid());
    QVERIFY(reset.isValid());

    QList<CellState> cells = grid();
    cells[3].status = Status::MajorOutage; // lambda, us-east-1
    model.setCells(cells);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed[0][0].toModelIndex();
    const QModelIndex bottomRight = changed[0][1].toModelIndex();
    QCOMPARE(topLeft, bottomRight);
    QCOMPARE(topLeft.row(), 2);
    QCOMPARE(model.headerData(topLeft.column(), Qt::Horizontal).toString(), QStringLiteral("us-east-1"));
    QCOMPARE(Status(topLeft.data(HealthGridModel::StatusRole).toInt()), Status::MajorOutage);

    model.setCells(cells); // nothing changed: no signal
    QCOMPARE(changed.count(), 1);
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
    // One signal spanning the provider's changed cells: rows lambda..s3, column us-east-1.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 2);
    QCOMPARE(changed[0][1].toModelIndex().row(), 3);
    QCOMPARE(changed[0][0].toModelIndex().column(), changed[0][1].toModelIndex().column());
    QCOMPARE(
        Status(
            model.index(3, changed[0][0].toModelIndex().column()).data(HealthGridModel::StatusRole).toInt()),
        Status::Degraded);
    // The same again: nothing to say.
    QVERIFY(model.updateProvider(QStringLiteral("aws"), aws));
    QCOMPARE(changed.count(), 1);
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
    const QString text = model.index(0, 0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(text.startsWith(QStringLiteral("AWS EC2 us-east-1: major outage since ")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestHealthGridModel)
#include "tst_healthgridmodel.moc"
