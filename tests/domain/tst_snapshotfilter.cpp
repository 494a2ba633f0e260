// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/snapshotfilter.h"

#include <QTest>

using namespace radar;

namespace {

CellReport cell(const QString &service, const QString &region)
{
    CellReport report;
    report.key = {QStringLiteral("aws"), service, region};
    report.serviceName = service.toUpper();
    report.status = Status::Operational;
    return report;
}

Incident incident(const QString &id, const QList<CellKey> &affected)
{
    Incident item;
    item.id = id;
    item.provider = QStringLiteral("aws");
    item.title = id;
    item.affected = affected;
    return item;
}

CellKey key(const QString &service, const QString &region)
{
    return {QStringLiteral("aws"), service, region};
}

/// A feed with a summary cell, services in several regions, an incident that names a cell the feed
/// does not list, one that names no cell and one on the summary.
Snapshot feed()
{
    Snapshot snapshot;
    snapshot.kind = FeedKind::AwsHealth;
    snapshot.providerName = QStringLiteral("AWS");
    snapshot.cells = {cell(QString(), QStringLiteral("global")),
                      cell(QStringLiteral("ec2"), QStringLiteral("us-east-1")),
                      cell(QStringLiteral("ec2"), QStringLiteral("eu-west-1")),
                      cell(QStringLiteral("s3"), QStringLiteral("us-east-1")),
                      cell(QStringLiteral("iam"), QStringLiteral("global"))};
    snapshot.incidents = {
        incident(QStringLiteral("ec2-east"), {key(QStringLiteral("ec2"), QStringLiteral("us-east-1"))}),
        incident(QStringLiteral("s3-both"),
                 {key(QStringLiteral("s3"), QStringLiteral("us-east-1")),
                  key(QStringLiteral("s3"), QStringLiteral("eu-west-1"))}),
        incident(QStringLiteral("unplaced"), {}),
        incident(QStringLiteral("summary"), {key(QString(), QStringLiteral("global"))}),
    };
    snapshot.warnings = {QStringLiteral("unknown status \"purple\" mapped to unknown")};
    return snapshot;
}

/// "service@region" of each cell, in order; "@global" for the summary.
QStringList cellNames(const Snapshot &snapshot)
{
    QStringList names;
    for (const CellReport &report : snapshot.cells)
        names.append(report.key.service + u'@' + report.key.region);
    return names;
}

QStringList incidentIds(const Snapshot &snapshot)
{
    QStringList ids;
    for (const Incident &item : snapshot.incidents)
        ids.append(item.id);
    return ids;
}

} // namespace

class TestSnapshotFilter : public QObject
{
    Q_OBJECT
private slots:
    void filters_data();
    void filters();
    void keepsWhatIsAboutTheFeed();
};

void TestSnapshotFilter::filters_data()
{
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QStringList>("incidents");

    const QStringList everyCell {"@global", "ec2@us-east-1", "ec2@eu-west-1", "s3@us-east-1", "iam@global"};
    const QStringList everyIncident {"ec2-east", "s3-both", "unplaced", "summary"};
    QTest::newRow("no filter") << QStringList() << QStringList() << everyCell << everyIncident;
    QTest::newRow("one service, every region")
        << QStringList {"ec2"} << QStringList() << QStringList {"ec2@us-east-1", "ec2@eu-west-1"}
        << QStringList {"ec2-east"};
    QTest::newRow("two services") << QStringList {"ec2", "s3"} << QStringList()
                                  << QStringList {"ec2@us-east-1", "ec2@eu-west-1", "s3@us-east-1"}
                                  << QStringList {"ec2-east", "s3-both"};
    // A region filter alone keeps the incident that names no cell: nothing says it is elsewhere.
    QTest::newRow("one region, every service")
        << QStringList() << QStringList {"us-east-1"} << QStringList {"ec2@us-east-1", "s3@us-east-1"}
        << QStringList {"ec2-east", "s3-both", "unplaced"};
    QTest::newRow("service and region") << QStringList {"ec2"} << QStringList {"us-east-1"}
                                        << QStringList {"ec2@us-east-1"} << QStringList {"ec2-east"};
    // The incident stays for a cell it affects that the feed does not list.
    QTest::newRow("an affected cell the feed does not list")
        << QStringList {"s3"} << QStringList {"eu-west-1"} << QStringList() << QStringList {"s3-both"};
    QTest::newRow("global region") << QStringList() << QStringList {"global"}
                                   << QStringList {"@global", "iam@global"}
                                   << QStringList {"unplaced", "summary"};
    QTest::newRow("unknown service") << QStringList {"lambda"} << QStringList() << QStringList()
                                     << QStringList();
    QTest::newRow("unknown region") << QStringList() << QStringList {"ap-south-2"} << QStringList()
                                    << QStringList {"unplaced"};
}

void TestSnapshotFilter::filters()
{
    QFETCH(QStringList, services);
    QFETCH(QStringList, regions);
    QFETCH(QStringList, cells);
    QFETCH(QStringList, incidents);
    const Snapshot filtered = filterSnapshot(feed(), services, regions);
    QCOMPARE(cellNames(filtered), cells);
    QCOMPARE(incidentIds(filtered), incidents);
}

void TestSnapshotFilter::keepsWhatIsAboutTheFeed()
{
    const Snapshot original = feed();
    const Snapshot filtered = filterSnapshot(original, {QStringLiteral("s3")}, {QStringLiteral("us-east-1")});
    QCOMPARE(filtered.kind, original.kind);
    QCOMPARE(filtered.providerName, original.providerName);
    QCOMPARE(filtered.warnings, original.warnings);
    // A kept incident is the provider's account, whole: its other region is not cut away.
    QCOMPARE(filtered.incidents.size(), 1);
    QCOMPARE(filtered.incidents.constFirst(), original.incidents.at(1));
    // The cells that stay are unchanged.
    QCOMPARE(filtered.cells.size(), 1);
    QCOMPARE(filtered.cells.constFirst(), original.cells.at(3));
}

QTEST_APPLESS_MAIN(TestSnapshotFilter)
#include "tst_snapshotfilter.moc"
