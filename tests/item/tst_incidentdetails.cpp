// SPDX-License-Identifier: GPL-3.0-or-later
#include "item/incidentdetails.h"
#include "item/statustext.h"

#include <QLocale>
#include <QTest>
#include <QTextDocument>

using namespace radar;

namespace {

const QDateTime now = QDateTime(QDate(2024, 6, 3), QTime(12, 0), Qt::UTC);

// "service@region" for a cell of provider "aws"; "@region" is the provider's own cell there.
QList<CellKey> cells(const QStringList &specs)
{
    QList<CellKey> keys;
    for (const QString &spec : specs) {
        const qsizetype at = spec.indexOf(u'@');
        keys.append({QStringLiteral("aws"), spec.left(at), spec.mid(at + 1)});
    }
    return keys;
}

IncidentUpdate update(const QDateTime &at, IncidentState state, const QString &text,
                      const QStringList &affected = {})
{
    IncidentUpdate result;
    result.at = at;
    result.state = state;
    result.text = text;
    result.affected = cells(affected);
    return result;
}

Incident sampleIncident()
{
    Incident incident;
    incident.id = QStringLiteral("i-1");
    incident.provider = QStringLiteral("aws");
    incident.title = QStringLiteral("Increased error rates");
    incident.severity = Status::MajorOutage;
    incident.state = IncidentState::Monitoring;
    incident.startedAt = now.addSecs(-(2 * 3600 + 15 * 60));
    incident.affected = cells({"ec2@us-east-1", "lambda@us-east-1"});
    incident.url = QUrl(QStringLiteral("https://health.aws.example/i-1"));
    incident.updates = {
        update(incident.startedAt, IncidentState::Investigating, "first words", {"ec2@us-east-1"}),
        update(incident.startedAt.addSecs(1800), IncidentState::Identified, "second words",
               {"ec2@us-east-1", "lambda@us-east-1", "ec2@eu-west-1"}),
        update(incident.startedAt.addSecs(3600), IncidentState::Monitoring, "third words"),
    };
    return incident;
}

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

// The lines of the Affected list (they end where the provider's link begins).
QStringList affectedLines(const QString &plain)
{
    const QStringList lines = plain.split(u'\n');
    const qsizetype first = lines.indexOf(QStringLiteral("Affected:")) + 1;
    const qsizetype end = lines.indexOf(QStringLiteral("Open the provider's page for this incident"));
    return first > 0 && end >= first ? lines.mid(first, end - first) : QStringList();
}

// `count` cells "<prefix>0"@region, "<prefix>1"@region, ...
QStringList services(const QString &prefix, int count, const QString &region)
{
    QStringList specs;
    for (int index = 0; index < count; ++index)
        specs.append(prefix + QString::number(index) + u'@' + region);
    return specs;
}

QStringList numbered(const QString &prefix, int count)
{
    QStringList names;
    for (int index = 0; index < count; ++index)
        names.append(prefix + QString::number(index));
    return names;
}

} // namespace

class TestIncidentDetails : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void changes_data();
    void changes();
    void durations_data();
    void durations();
    void showsTheIncident();
    void affectedByRegion_data();
    void affectedByRegion();
    void updatesNewestFirstWithWhatChanged();
    void hostileStringsAreEscaped();
    void onlyHttpLinks_data();
    void onlyHttpLinks();
    void openIncidentMeasuredToNow();
    void noLongerListedIsShownAsEnded();
};

void TestIncidentDetails::initTestCase()
{
    // The lists' "and" comes from the locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestIncidentDetails::changes_data()
{
    QTest::addColumn<IncidentState>("fromState");
    QTest::addColumn<IncidentState>("toState");
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<bool>("stateChanged");
    QTest::addColumn<QStringList>("regionsAdded");
    QTest::addColumn<QStringList>("regionsRemoved");
    QTest::addColumn<QStringList>("servicesAdded");
    QTest::addColumn<QStringList>("servicesRemoved");

    const IncidentState investigating = IncidentState::Investigating;
    const IncidentState identified = IncidentState::Identified;
    const IncidentState monitoring = IncidentState::Monitoring;
    const QStringList none;

    QTest::newRow("nothing") << identified << identified << none << none << false << none << none << none
                             << none;
    QTest::newRow("state only") << identified << monitoring << none << none << true << none << none << none
                                << none;
    QTest::newRow("earlier does not say")
        << investigating << investigating << none << QStringList {"ec2@us-east-1"} << false << none << none
        << none << none;
    QTest::newRow("later does not say") << investigating << identified << QStringList {"ec2@us-east-1"}
                                        << none << true << none << none << none << none;
    QTest::newRow("same cells") << identified << identified << QStringList {"ec2@us-east-1", "s3@us-east-1"}
                                << QStringList {"s3@us-east-1", "ec2@us-east-1"} << false << none << none
                                << none << none;
    QTest::newRow("region added") << identified << identified << QStringList {"ec2@us-east-1"}
                                  << QStringList {"ec2@us-east-1", "ec2@eu-west-1"} << false
                                  << QStringList {"eu-west-1"} << none << none << none;
    QTest::newRow("region removed, service added")
        << identified << monitoring << QStringList {"ec2@us-east-1", "ec2@eu-west-1"}
        << QStringList {"ec2@us-east-1", "lambda@us-east-1"} << true << none << QStringList {"eu-west-1"}
        << QStringList {"lambda"} << none;
    QTest::newRow("everything moves")
        << investigating << identified << QStringList {"ec2@us-east-1", "s3@us-east-1"}
        << QStringList {"lambda@eu-west-1", "rds@ap-south-1", "lambda@ap-south-1"} << true
        << QStringList {"eu-west-1", "ap-south-1"} << QStringList {"us-east-1"}
        << QStringList {"lambda", "rds"} << QStringList {"ec2", "s3"};
    QTest::newRow("provider's own cell is no service")
        << identified << identified << QStringList {"@global"} << QStringList {"@global", "ec2@global"}
        << false << none << none << QStringList {"ec2"} << none;
}

void TestIncidentDetails::changes()
{
    QFETCH(IncidentState, fromState);
    QFETCH(IncidentState, toState);
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    const IncidentUpdateChanges changes = changesBetween(update(now, fromState, QString(), before),
                                                         update(now.addSecs(60), toState, QString(), after));
    QTEST(changes.stateChanged, "stateChanged");
    QCOMPARE(changes.fromState, fromState);
    QCOMPARE(changes.toState, toState);
    QTEST(changes.regionsAdded, "regionsAdded");
    QTEST(changes.regionsRemoved, "regionsRemoved");
    QTEST(changes.servicesAdded, "servicesAdded");
    QTEST(changes.servicesRemoved, "servicesRemoved");
    QFETCH(bool, stateChanged);
    QCOMPARE(changes.isEmpty(),
             !stateChanged && changes.regionsAdded.isEmpty() && changes.regionsRemoved.isEmpty()
                 && changes.servicesAdded.isEmpty() && changes.servicesRemoved.isEmpty());
}

void TestIncidentDetails::durations_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");

    QTest::newRow("negative (clock skew)") << qint64(-30) << "under a minute";
    QTest::newRow("just started") << qint64(0) << "under a minute";
    QTest::newRow("seconds") << qint64(59) << "under a minute";
    QTest::newRow("a minute") << qint64(60) << "1 min";
    QTest::newRow("minutes") << qint64(45 * 60 + 59) << "45 min";
    QTest::newRow("an hour") << qint64(3600) << "1 h";
    QTest::newRow("whole hours") << qint64(3 * 3600) << "3 h";
    QTest::newRow("hours and minutes") << qint64(2 * 3600 + 15 * 60) << "2 h 15 min";
    QTest::newRow("a minute short of a day") << qint64(24 * 3600 - 60) << "23 h 59 min";
    QTest::newRow("a day, minutes dropped") << qint64(24 * 3600 + 59 * 60) << "1 d";
    QTest::newRow("days and hours") << qint64(3 * 86400 + 4 * 3600 + 20 * 60) << "3 d 4 h";
    QTest::newRow("whole days") << qint64(3 * 86400) << "3 d";
}

void TestIncidentDetails::durations()
{
    QFETCH(qint64, seconds);
    QTEST(durationText(seconds), "expected");
}

void TestIncidentDetails::showsTheIncident()
{
    IncidentDetailsInput input;
    input.incident = sampleIncident();
    input.cellNames = [](const CellKey &key) {
        return CellNames {key.service.toUpper(),
                          key.region == u"us-east-1" ? QStringLiteral("Virginia") : QString()};
    };
    const QString html = incidentDetailsHtml(input, now);
    const QString plain = plainText(html);
    QVERIFY2(plain.contains(QStringLiteral("Increased error rates")), qPrintable(plain));
    QVERIFY(plain.contains(QStringLiteral("Major outage")));
    QVERIFY(plain.contains(QStringLiteral("Monitoring")));
    QCOMPARE(affectedLines(plain), QStringList {"Virginia (us-east-1): EC2 and LAMBDA"});
    QVERIFY(plain.contains(QStringLiteral("Still ongoing")));
    const QString link = QString::fromUtf8(R"html(<a href="https://health.aws.example/i-1">)html");
    QVERIFY(html.contains(link));
    QVERIFY(plain.contains(QStringLiteral("first words")));
}

void TestIncidentDetails::affectedByRegion_data()
{
    QTest::addColumn<QStringList>("affected");
    QTest::addColumn<QStringList>("expected");

    // A real AWS incident: 150 services in two regions, and the same cell listed twice.
    QTest::newRow("150 services in 2 regions")
        << services("a", 100, "me-south-1") + services("b", 50, "us-east-1") + QStringList {"a3@me-south-1"}
        << QStringList {"Bahrain (me-south-1): " + numbered("a", 8).join(", ") + " and 92 more",
                        "N. Virginia (us-east-1): " + numbered("b", 8).join(", ") + " and 42 more"};
    QTest::newRow("regions in order of first appearance")
        << QStringList {"ec2@eu-west-1", "s3@us-east-1", "rds@eu-west-1"}
        << QStringList {"Ireland (eu-west-1): ec2 and rds", "N. Virginia (us-east-1): s3"};
    QTest::newRow("exactly as many as are listed")
        << services("c", 8, "us-east-1")
        << QStringList {"N. Virginia (us-east-1): c0, c1, c2, c3, c4, c5, c6, and c7"};
    QTest::newRow("the provider's own cell is the provider")
        << QStringList {"@global", "@us-east-1", "ec2@us-east-1"}
        << QStringList {"Global: Amazon Web Services",
                        "N. Virginia (us-east-1): Amazon Web Services and ec2"};
    QTest::newRow("unknown region shows its id")
        << QStringList {"ec2@mars-north-1"} << QStringList {"mars-north-1: ec2"};
    QTest::newRow("the caller's names first")
        << QStringList {"ec2@ap-test-1"} << QStringList {"Testville (ap-test-1): EC2"};

    QStringList fourteenRegions;
    QStringList twelveLines;
    for (int region = 1; region <= 14; ++region) {
        const QString id = QStringLiteral("r%1").arg(region, 2, 10, QLatin1Char('0'));
        fourteenRegions << "ec2@" + id << "s3@" + id;
        if (region <= 12)
            twelveLines << id + ": ec2 and s3";
    }
    QTest::newRow("14 regions") << fourteenRegions << twelveLines + QStringList {"and 2 more region(s)"};
}

void TestIncidentDetails::affectedByRegion()
{
    QFETCH(QStringList, affected);
    IncidentDetailsInput input;
    input.incident = sampleIncident();
    input.incident.affected = cells(affected);
    input.cellNames = [](const CellKey &key) {
        if (key.isProviderSummary())
            return CellNames {QStringLiteral("Amazon Web Services"), QString()};
        if (key.region == u"ap-test-1")
            return CellNames {key.service.toUpper(), QStringLiteral("Testville")};
        return CellNames(); // the rest falls back to ids and the region catalog
    };
    const QString plain = plainText(incidentDetailsHtml(input, now));
    QTEST(affectedLines(plain), "expected");
}

void TestIncidentDetails::updatesNewestFirstWithWhatChanged()
{
    IncidentDetailsInput input;
    input.incident = sampleIncident();
    const QString plain = plainText(incidentDetailsHtml(input, now));
    const qsizetype third = plain.indexOf(QStringLiteral("third words"));
    const qsizetype second = plain.indexOf(QStringLiteral("second words"));
    const qsizetype first = plain.indexOf(QStringLiteral("first words"));
    QVERIFY2(third >= 0 && second > third && first > second, qPrintable(plain));
    // Each update's changes come between its heading and its text. The second update changed the
    // state and the cells (regions named by the region catalog); the third does not name cells.
    const qsizetype identified = plain.indexOf(QStringLiteral("Investigating → Identified"));
    QVERIFY2(identified > third && identified < second, qPrintable(plain));
    const qsizetype monitoring = plain.indexOf(QStringLiteral("Identified → Monitoring"));
    QVERIFY(monitoring >= 0 && monitoring < third);
    const qsizetype regions = plain.indexOf(QStringLiteral("Regions added: Ireland"));
    QVERIFY2(regions > third && regions < second, qPrintable(plain));
    QVERIFY(plain.contains(QStringLiteral("Services added: lambda")));
    QCOMPARE(plain.count(QStringLiteral("Regions added")), 1);
}

void TestIncidentDetails::hostileStringsAreEscaped()
{
    IncidentDetailsInput input;
    input.incident = sampleIncident();
    input.incident.title = QStringLiteral("<script>alert(1)</script>Outage");
    input.incident.provider = QStringLiteral("<b>prov</b>");
    input.incident.affected.append(
        {QStringLiteral("<b>prov</b>"), QString(), QStringLiteral("<i>global</i>")});
    input.incident.updates[1].text =
        QString::fromUtf8(R"html(<img src="https://evil.example/x.png"><script>x()</script>Fixed %1 %2)html");
    input.cellNames = [](const CellKey &key) {
        return key.service == u"ec2"
            ? CellNames {QStringLiteral("<img src=x onerror=alert(1)>"), QStringLiteral("\"><a href=x>")}
            : CellNames();
    };
    const QString html = incidentDetailsHtml(input, now);
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;Outage")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;prov&lt;/b&gt;")));
    QVERIFY(html.contains(QStringLiteral("&quot;&gt;&lt;a href=x&gt;")));
    for (const char *forbidden : {"<script", "<img", "<b>prov", "<i>global", "<a href=x", "evil.example"})
        QVERIFY2(!html.contains(forbidden), qPrintable(forbidden));
    QVERIFY(plainText(html).contains(QStringLiteral("Fixed %1 %2")));
}

void TestIncidentDetails::onlyHttpLinks_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("linked");

    QTest::newRow("https") << QUrl("https://status.example.com/i/1") << true;
    QTest::newRow("http") << QUrl("http://status.example.com/i/1") << true;
    QTest::newRow("javascript") << QUrl("javascript:alert(1)") << false;
    QTest::newRow("data") << QUrl("data:text/html,<script>alert(1)</script>") << false;
    QTest::newRow("file") << QUrl("file:///etc/passwd") << false;
    QTest::newRow("relative") << QUrl("/incidents/1") << false;
    QTest::newRow("none") << QUrl() << false;
}

void TestIncidentDetails::onlyHttpLinks()
{
    QFETCH(QUrl, url);
    QFETCH(bool, linked);
    IncidentDetailsInput input;
    input.incident = sampleIncident();
    input.incident.url = url;
    const QString html = incidentDetailsHtml(input, now);
    QCOMPARE(html.contains(QStringLiteral("href")), linked);
    QVERIFY(!html.contains(QStringLiteral("javascript"), Qt::CaseInsensitive));
}

void TestIncidentDetails::openIncidentMeasuredToNow()
{
    IncidentDetailsInput input;
    input.incident = sampleIncident();
    QVERIFY(plainText(incidentDetailsHtml(input, now)).contains(QStringLiteral("2 h 15 min so far")));

    input.incident.state = IncidentState::Resolved;
    input.incident.resolvedAt = input.incident.startedAt.addSecs(45 * 60);
    const QString resolved = plainText(incidentDetailsHtml(input, now));
    QVERIFY2(resolved.contains(QStringLiteral("Duration: 45 min")), qPrintable(resolved));
    QVERIFY(!resolved.contains(QStringLiteral("so far")));
    QVERIFY(!resolved.contains(QStringLiteral("Still ongoing")));
}

void TestIncidentDetails::noLongerListedIsShownAsEnded()
{
    IncidentDetailsInput input;
    input.incident = sampleIncident();
    input.incident.resolvedAt = input.incident.startedAt.addSecs(90 * 60); // when it vanished
    input.noLongerListed = true;
    const QString plain = plainText(incidentDetailsHtml(input, now));
    QVERIFY2(plain.contains(QStringLiteral("Ended (no longer listed)")), qPrintable(plain));
    QVERIFY(plain.contains(QStringLiteral("stopped listing this incident")));
    QVERIFY(plain.contains(QStringLiteral("Duration: 1 h 30 min")));
    QVERIFY(!plain.contains(QStringLiteral("Still ongoing")));
    QVERIFY(!plain.contains(QStringLiteral("so far")));
}

QTEST_MAIN(TestIncidentDetails)
#include "tst_incidentdetails.moc"
