// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/incident.h"
#include "domain/status.h"

#include <QTest>

using namespace radar;

class TestStatus : public QObject
{
    Q_OBJECT
private slots:
    void names_data();
    void names();
    void worst_data();
    void worst();
    void unknownNeverHidesBehindGreenNorMasksOutages();
    void outages();
    void incidentStates();
    void incidentLists();
};

void TestStatus::names_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("name");
    QTest::newRow("operational") << Status::Operational << "operational";
    QTest::newRow("informational") << Status::Informational << "informational";
    QTest::newRow("maintenance") << Status::Maintenance << "maintenance";
    QTest::newRow("degraded") << Status::Degraded << "degraded";
    QTest::newRow("partial_outage") << Status::PartialOutage << "partial_outage";
    QTest::newRow("major_outage") << Status::MajorOutage << "major_outage";
    QTest::newRow("unknown") << Status::Unknown << "unknown";
}

void TestStatus::names()
{
    QFETCH(Status, status);
    QFETCH(QString, name);
    QCOMPARE(statusName(status), name);
    QCOMPARE(statusFromName(name), std::optional<Status>(status));
    QCOMPARE(statusFromName(name.toUpper()), std::nullopt);
}

void TestStatus::worst_data()
{
    QTest::addColumn<Status>("a");
    QTest::addColumn<Status>("b");
    QTest::addColumn<Status>("expected");
    QTest::newRow("same") << Status::Degraded << Status::Degraded << Status::Degraded;
    QTest::newRow("order of the vocabulary")
        << Status::Informational << Status::Maintenance << Status::Maintenance;
    QTest::newRow("degraded over maintenance") << Status::Degraded << Status::Maintenance << Status::Degraded;
    QTest::newRow("major wins") << Status::MajorOutage << Status::PartialOutage << Status::MajorOutage;
    QTest::newRow("commutes") << Status::PartialOutage << Status::MajorOutage << Status::MajorOutage;
}

void TestStatus::worst()
{
    QFETCH(Status, a);
    QFETCH(Status, b);
    QFETCH(Status, expected);
    QCOMPARE(radar::worst(a, b), expected);
}

void TestStatus::unknownNeverHidesBehindGreenNorMasksOutages()
{
    QCOMPARE(radar::worst(Status::Operational, Status::Unknown), Status::Unknown);
    QCOMPARE(radar::worst(Status::Maintenance, Status::Unknown), Status::Unknown);
    QCOMPARE(radar::worst(Status::Unknown, Status::Degraded), Status::Degraded);
    QCOMPARE(radar::worst(Status::MajorOutage, Status::Unknown), Status::MajorOutage);
}

void TestStatus::outages()
{
    QVERIFY(isOutage(Status::PartialOutage));
    QVERIFY(isOutage(Status::MajorOutage));
    QVERIFY(!isOutage(Status::Degraded));
    QVERIFY(!isOutage(Status::Unknown));
}

void TestStatus::incidentStates()
{
    for (const char *name :
         {"investigating", "identified", "monitoring", "resolved", "scheduled", "in_progress", "completed"}) {
        const std::optional<IncidentState> state = incidentStateFromName(QString::fromLatin1(name));
        QVERIFY2(state, name);
        QCOMPARE(incidentStateName(*state), QLatin1StringView(name));
    }
    QVERIFY(isClosed(IncidentState::Resolved));
    QVERIFY(isClosed(IncidentState::Completed));
    QVERIFY(!isClosed(IncidentState::Monitoring));
    QVERIFY(!isClosed(IncidentState::Scheduled));
}

void TestStatus::incidentLists()
{
    Incident incident;
    incident.affected = {
        {"aws", "ec2", "us-east-1"}, {"aws", "lambda", "us-east-1"}, {"aws", "ec2", "eu-west-1"}};
    QCOMPARE(incident.services(), (QStringList {"ec2", "lambda"}));
    QCOMPARE(incident.regions(), (QStringList {"us-east-1", "eu-west-1"}));
    QVERIFY(incident.isOpen());
}

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
