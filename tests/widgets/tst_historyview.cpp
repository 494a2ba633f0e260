// SPDX-License-Identifier: GPL-3.0-or-later
#include "historychartview.h"
#include "historyview.h"
#include "incidentdetailsview.h"
#include "statuspainter.h"

#include "item/incidenthistorymodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QHelpEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>
#include <QValueAxis>

using namespace radar;

namespace {

constexpr qint64 hour = 3600;

QDateTime utc(int year, int month, int day, int hours = 0, int minutes = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hours, minutes), Qt::UTC);
}

// A Wednesday at noon: the 7 days are Thursday 19 to Wednesday 25 November.
const QDateTime now = utc(2026, 11, 25, 12);
constexpr int friday = 1;

HistoryIncident incident(const QString &provider, const QString &id, const QDateTime &start, Status severity,
                         const QList<CellKey> &cells, qint64 lasted = hour)
{
    HistoryIncident result;
    result.provider = provider;
    result.id = id;
    result.title = QStringLiteral("Incident ") + id;
    result.severity = severity;
    result.startedAt = start;
    result.endedAt = start.addSecs(lasted);
    result.state = IncidentState::Resolved;
    result.affected = cells;
    return result;
}

// Two majors and a degraded on Friday, a maintenance on Wednesday; AWS and GitHub.
HistoryIndex sampleIndex()
{
    const CellKey ec2 {QStringLiteral("aws"), QStringLiteral("ec2"), QStringLiteral("us-east-1")};
    const CellKey s3 {QStringLiteral("aws"), QStringLiteral("s3"), QStringLiteral("eu-west-1")};
    const CellKey actions {QStringLiteral("github"), QStringLiteral("Actions"), QStringLiteral("global")};
    HistoryIndex index;
    index.upsert(incident(QStringLiteral("aws"), QStringLiteral("a"), utc(2026, 11, 20, 9),
                          Status::MajorOutage, {ec2}, 3 * hour));
    index.upsert(incident(QStringLiteral("aws"), QStringLiteral("b"), utc(2026, 11, 20, 10),
                          Status::MajorOutage, {ec2, s3}));
    index.upsert(incident(QStringLiteral("github"), QStringLiteral("c"), utc(2026, 11, 20, 16),
                          Status::Degraded, {actions}));
    index.upsert(incident(QStringLiteral("github"), QStringLiteral("d"), utc(2026, 11, 25, 8),
                          Status::Maintenance, {actions}));
    return index;
}

HistorySummary summaryOf(const HistoryIndex &index, HistoryRange range = HistoryRange::Week,
                         const HistoryFilter &filter = {})
{
    return index.summarize(range, filter, {}, now, QTimeZone::utc());
}

/// A view over a model in UTC, shown offscreen at a size where every bar has room.
struct Fixture
{
    Fixture()
    {
        model.setTimeZone(QTimeZone::utc());
        view.resize(1200, 800);
    }

    IncidentHistoryModel model;
    HistoryView view {&model};
    HistoryChartView *chart() const { return view.chartView(); }
    QString label(const char *name) const { return view.findChild<QLabel *>(QLatin1String(name))->text(); }
};

QStringList itemTexts(const QComboBox *box)
{
    QStringList texts;
    for (int index = 0; index < box->count(); ++index)
        texts.append(box->itemText(index));
    return texts;
}

} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void chartHasOneSetPerBand();
    void valueAxisTicksAreWholeNumbers();
    void keyboardChoosesAndRequestsBars();
    void tabReachesTheChart();
    void clickingABarRequestsIt();
    void toolTipOfABar();
    void manyBarsThinTheLabels();
    void changingTheRangeEmitsQueryChanged();
    void filterCombosNarrowToTheProvider();
    void setQueryEmitsNothing();
    void figuresShowTheNumbers();
    void bucketIncidentsAreListed();
    void enterOnAnIncidentRequestsIt();
    void showIncidentShowsItsDetails();
    void exportGoesBySuffix_data();
    void exportGoesBySuffix();
    void placeholderSaysWhyThereAreNoBars();
};

void TestHistoryView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestHistoryView::chartHasOneSetPerBand()
{
    Fixture fixture;
    fixture.model.setSummary(summaryOf(sampleIndex()));
    const QList<QBarSet *> sets = fixture.chart()->series()->barSets();
    QCOMPARE(sets.size(), 5);
    const QStringList names {"Major outage", "Partial outage", "Degraded", "Maintenance", "Informational"};
    for (int band = 0; band < sets.size(); ++band) {
        QCOMPARE(sets[band]->label(), names[band]);
        QCOMPARE(sets[band]->count(), 7);
        QCOMPARE(sets[band]->color(), statusColor(bandStatus(SeverityBand(band))));
    }
    // The worst comes first: the bottom of each stack.
    QCOMPARE(sets[0]->at(friday), 2.0);
    QCOMPARE(sets[2]->at(friday), 1.0);
    QCOMPARE(sets[1]->at(friday), 0.0);
    QCOMPARE(sets[3]->at(6), 1.0);
    QCOMPARE(fixture.chart()->categoryAxis()->count(), 7);
    QCOMPARE(fixture.chart()->categoryAxis()->at(friday), QStringLiteral("Fri 20"));

    // A new count reaches the bar without a rebuild.
    HistoryIndex index = sampleIndex();
    index.upsert(incident(QStringLiteral("aws"), QStringLiteral("e"), utc(2026, 11, 20, 20),
                          Status::PartialOutage, {}));
    fixture.model.setSummary(summaryOf(index));
    QCOMPARE(fixture.chart()->series()->barSets().constFirst(), sets.constFirst());
    QCOMPARE(sets[1]->at(friday), 1.0);
}

void TestHistoryView::valueAxisTicksAreWholeNumbers()
{
    Fixture fixture;
    fixture.model.setSummary(summaryOf(sampleIndex()));
    QValueAxis *axis = fixture.chart()->valueAxis();
    QCOMPARE(axis->min(), 0.0);
    QCOMPARE(axis->max(), 3.0);
    QCOMPARE(axis->tickInterval(), 1.0);
    QCOMPARE(axis->labelFormat(), QStringLiteral("%d"));

    HistoryIndex busy;
    for (int i = 0; i < 37; ++i)
        busy.upsert(incident(QStringLiteral("p"), QString::number(i), utc(2026, 11, 24, 1).addSecs(i * 60),
                             Status::Degraded, {}));
    fixture.model.setSummary(summaryOf(busy));
    QCOMPARE(axis->tickInterval(), 10.0);
    QCOMPARE(axis->max(), 40.0);
}

void TestHistoryView::keyboardChoosesAndRequestsBars()
{
    Fixture fixture;
    const HistorySummary summary = summaryOf(sampleIndex());
    fixture.model.setSummary(summary);
    fixture.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fixture.view));
    HistoryChartView *chart = fixture.chart();
    chart->setFocus();
    QTRY_VERIFY(chart->hasFocus());
    QSignalSpy requested(&fixture.view, &HistoryView::bucketRequested);
    QVERIFY(requested.isValid());

    QCOMPARE(chart->currentBar(), -1);
    QTest::keyClick(chart, Qt::Key_Right); // from nothing: the newest bar
    QCOMPARE(chart->currentBar(), 6);
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->currentBar(), 6);
    QTest::keyClick(chart, Qt::Key_Left);
    QCOMPARE(chart->currentBar(), 5);
    QVERIFY(requested.isEmpty());
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(chart, Qt::Key_Left);
    QCOMPARE(chart->currentBar(), friday);
    // The chosen bar is selected in every band's set, and said in words under the chart.
    QCOMPARE(chart->series()->barSets().constFirst()->selectedBars(), QList<int>({friday}));
    QVERIFY(fixture.label("historyBarCaption").contains(QStringLiteral("Friday, 20 November 2026")));
    QVERIFY(chart->accessibleDescription().contains(QStringLiteral("Friday, 20 November 2026")));

    QTest::keyClick(chart, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toDateTime(), utc(2026, 11, 20));
    QCOMPARE(requested.at(0).at(1).toDateTime(), utc(2026, 11, 21));

    QTest::keyClick(chart, Qt::Key_Home);
    QCOMPARE(chart->currentBar(), 0);
    QTest::keyClick(chart, Qt::Key_End);
    QTest::keyClick(chart, Qt::Key_Space);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).toDateTime(), utc(2026, 11, 25));
    QCOMPARE(requested.at(1).at(1).toDateTime(), utc(2026, 11, 26));

    // Another range is other bars: nothing stays chosen.
    fixture.model.setSummary(summaryOf(sampleIndex(), HistoryRange::Month));
    QCOMPARE(chart->currentBar(), -1);
}

void TestHistoryView::tabReachesTheChart()
{
    Fixture fixture;
    fixture.model.setSummary(summaryOf(sampleIndex()));
    fixture.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fixture.view));
    QVERIFY(!fixture.chart()->accessibleName().isEmpty());
    QVERIFY(fixture.chart()->accessibleDescription().contains(QStringLiteral("per day")));
    const QList<QWidget *> order {
        fixture.view.rangeBox(),  fixture.view.providerBox(),    fixture.view.serviceBox(),
        fixture.view.regionBox(), fixture.view.watchedOnlyBox(), fixture.view.exportButton(),
        fixture.chart(),          fixture.view.incidentList()};
    order.constFirst()->setFocus();
    QTRY_VERIFY(order.constFirst()->hasFocus());
    for (qsizetype next = 1; next < order.size(); ++next) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), order[next]);
    }
    // The view hands its focus to its first control, where Tab into it starts too.
    fixture.view.setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), fixture.view.rangeBox());
}

void TestHistoryView::clickingABarRequestsIt()
{
    Fixture fixture;
    fixture.model.setSummary(summaryOf(sampleIndex()));
    fixture.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fixture.view));
    HistoryChartView *chart = fixture.chart();
    QSignalSpy requested(&fixture.view, &HistoryView::bucketRequested);
    QVERIFY(requested.isValid());

    // Anywhere in the bar's column: high above Friday's short stack too.
    const int top = chart->mapFromScene(chart->chart()->plotArea().topLeft()).y() + 5;
    QPoint above;
    for (int x = 0; x < chart->viewport()->width() && above.isNull(); ++x) {
        if (chart->barAt({x, top}) == friday)
            above = {x + 10, top};
    }
    QVERIFY(!above.isNull());
    QCOMPARE(chart->barAt(above), friday);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, above);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toDateTime(), utc(2026, 11, 20));
    QCOMPARE(chart->currentBar(), friday);
    // Outside the plot: no bar.
    QCOMPARE(chart->barAt({2, 2}), -1);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, {2, 2});
    QCOMPARE(requested.count(), 1);
}

void TestHistoryView::toolTipOfABar()
{
    Fixture fixture;
    fixture.model.setSummary(summaryOf(sampleIndex()));
    HistoryChartView *chart = fixture.chart();
    QCOMPARE(chart->toolTipText(friday),
             QStringLiteral("Friday, 20 November 2026\n3 incident(s)\nMajor outage: 2\nDegraded: 1"));
    QCOMPARE(chart->toolTipText(0), QStringLiteral("Thursday, 19 November 2026\nNo incidents"));
    QCOMPARE(chart->toolTipText(7), QString());

    // Hovering shows it.
    fixture.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fixture.view));
    const int middle = chart->viewport()->height() / 2;
    QPoint overFriday;
    for (int x = 0; x < chart->viewport()->width() && overFriday.isNull(); ++x) {
        if (chart->barAt({x, middle}) == friday)
            overFriday = {x + 5, middle};
    }
    QVERIFY(!overFriday.isNull());
    QHelpEvent help(QEvent::ToolTip, overFriday, chart->viewport()->mapToGlobal(overFriday));
    QApplication::sendEvent(chart->viewport(), &help);
    QTRY_COMPARE(QToolTip::text(), chart->toolTipText(friday));
    QToolTip::hideText();
}

void TestHistoryView::manyBarsThinTheLabels()
{
    Fixture fixture;
    fixture.view.resize(700, 600);
    fixture.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fixture.view));
    fixture.model.setSummary(summaryOf(sampleIndex(), HistoryRange::Year));
    QBarCategoryAxis *axis = fixture.chart()->categoryAxis();
    // Every bar keeps a category; only some show their label, the newest always.
    QTRY_COMPARE(axis->count(), 53);
    QStringList shown;
    for (const QString &category : axis->categories()) {
        const QString visible = QString(category).remove(QChar(0x200B));
        if (!visible.isEmpty())
            shown.append(visible);
    }
    QVERIFY2(shown.size() < 53 && shown.size() >= 4, qPrintable(shown.join(QLatin1Char(','))));
    // A label wider than its bar would be hidden at either end: the ends stay blank, and the count
    // starts from the newest bar but one.
    QCOMPARE(shown.constLast(), QStringLiteral("16 Nov"));
    QCOMPARE(QString(axis->categories().constLast()).remove(QChar(0x200B)), QString());
    QCOMPARE(QString(axis->categories().at(51)).remove(QChar(0x200B)), QStringLiteral("16 Nov"));

    // A day in hours, wide: every hour has room for its label, the newest too.
    fixture.view.resize(1600, 600);
    fixture.model.setSummary(summaryOf(sampleIndex(), HistoryRange::Day));
    QTRY_COMPARE(QString(axis->categories().constLast()).remove(QChar(0x200B)), QStringLiteral("12:00"));
}

void TestHistoryView::changingTheRangeEmitsQueryChanged()
{
    Fixture fixture;
    QCOMPARE(fixture.view.range(), HistoryRange::Month);
    QCOMPARE(fixture.view.rangeBox()->currentText(), QStringLiteral("30 days"));
    QCOMPARE(fixture.view.rangeBox()->count(), 5);
    QSignalSpy changed(&fixture.view, &HistoryView::queryChanged);
    QVERIFY(changed.isValid());

    fixture.view.rangeBox()->setCurrentIndex(0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<HistoryRange>(), HistoryRange::Day);
    QCOMPARE(changed.at(0).at(1).value<HistoryFilter>(), HistoryFilter());
    QCOMPARE(fixture.view.range(), HistoryRange::Day);

    fixture.view.watchedOnlyBox()->setChecked(true);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(1).value<HistoryFilter>().watchedOnly, true);
    QVERIFY(fixture.view.filter().watchedOnly);
}

void TestHistoryView::filterCombosNarrowToTheProvider()
{
    Fixture fixture;
    fixture.view.setProviderNames({{QStringLiteral("aws"), QStringLiteral("AWS")}});
    fixture.view.setCellNamer([](const CellKey &key) {
        return key.service == QLatin1String("ec2") ? CellNames {QStringLiteral("Amazon EC2"), {}}
                                                   : CellNames {};
    });
    fixture.model.setSummary(summaryOf(sampleIndex()));
    QSignalSpy changed(&fixture.view, &HistoryView::queryChanged);
    QVERIFY(changed.isValid());

    QComboBox *providers = fixture.view.providerBox();
    QComboBox *services = fixture.view.serviceBox();
    QComboBox *regions = fixture.view.regionBox();
    QCOMPARE(itemTexts(providers), QStringList({"All providers", "AWS", "github"}));
    QCOMPARE(itemTexts(services),
             QStringList({"All services", "Actions (github)", "Amazon EC2 (AWS)", "s3 (AWS)"}));
    // AWS's regions by the region catalog's names.
    QCOMPARE(itemTexts(regions),
             QStringList({"All regions", "Global (github)", "Ireland (AWS)", "N. Virginia (AWS)"}));

    providers->setCurrentIndex(1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(fixture.view.filter().provider, QStringLiteral("aws"));
    QCOMPARE(itemTexts(services), QStringList({"All services", "Amazon EC2", "s3"}));
    QCOMPARE(itemTexts(regions), QStringList({"All regions", "Ireland", "N. Virginia"}));

    // Choosing another provider's service, with every provider shown, chooses its provider too.
    providers->setCurrentIndex(0);
    QCOMPARE(fixture.view.filter(), HistoryFilter());
    services->setCurrentIndex(services->findText(QStringLiteral("Actions (github)")));
    QCOMPARE(changed.count(), 3);
    const HistoryFilter expected {QStringLiteral("github"), QStringLiteral("Actions"), {}, false};
    QCOMPARE(changed.constLast().at(1).value<HistoryFilter>(), expected);
    QCOMPARE(providers->currentText(), QStringLiteral("github"));
    QCOMPARE(services->currentText(), QStringLiteral("Actions"));
}

void TestHistoryView::setQueryEmitsNothing()
{
    Fixture fixture;
    QSignalSpy changed(&fixture.view, &HistoryView::queryChanged);
    QVERIFY(changed.isValid());
    const HistoryFilter saved {QStringLiteral("aws"), QStringLiteral("ec2"), {}, true};
    fixture.view.setQuery(HistoryRange::Year, saved);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(fixture.view.range(), HistoryRange::Year);
    QCOMPARE(fixture.view.filter(), saved);
    QCOMPARE(fixture.view.rangeBox()->currentText(), QStringLiteral("1 year"));
    QVERIFY(fixture.view.watchedOnlyBox()->isChecked());
    // Before the history says what there is, the saved choices are there all the same.
    QCOMPARE(fixture.view.providerBox()->currentText(), QStringLiteral("aws"));
    QCOMPARE(fixture.view.serviceBox()->currentText(), QStringLiteral("ec2"));
    fixture.model.setSummary(summaryOf(sampleIndex(), HistoryRange::Year, saved));
    QCOMPARE(fixture.view.serviceBox()->currentText(), QStringLiteral("ec2"));
    QCOMPARE(changed.count(), 0);
}

void TestHistoryView::figuresShowTheNumbers()
{
    Fixture fixture;
    QCOMPARE(fixture.label("figureHeading"), QStringLiteral("Loading history…"));
    fixture.view.setProviderNames({{QStringLiteral("aws"), QStringLiteral("AWS")}});
    fixture.model.setSummary(summaryOf(sampleIndex()));
    QCOMPARE(fixture.label("figureHeading"), QStringLiteral("In the last 7 days"));
    QCOMPARE(fixture.label("figureTotal"), QStringLiteral("4"));
    QCOMPARE(fixture.label("figureBand0"), QStringLiteral("2"));
    QCOMPARE(fixture.label("figureBand1"), QStringLiteral("0"));
    QCOMPARE(fixture.label("figureBand2"), QStringLiteral("1"));
    QCOMPARE(fixture.label("figureBand3"), QStringLiteral("1"));
    // 09:00-12:00 and 10:00-11:00 overlap: 3 h, then two hours apart.
    QCOMPARE(fixture.label("figureImpact"), QStringLiteral("5 h"));
    QCOMPARE(fixture.label("figureResolve"), QStringLiteral("1 h 30 min (4 resolved)"));
    QCOMPARE(fixture.label("figureLongest"), QStringLiteral("Incident a\nAWS, 3 h"));
    QCOMPARE(fixture.label("figureTopServices"),
             QStringLiteral("ec2 (AWS): 2\nActions (github): 2\ns3 (AWS): 1"));
    QCOMPARE(fixture.label("figureTopRegions"), QStringLiteral("N. Virginia (AWS): 2\nIreland (AWS): 1"));

    // Nothing in the range.
    fixture.model.setSummary(summaryOf(HistoryIndex()));
    QCOMPARE(fixture.label("figureTotal"), QStringLiteral("0"));
    QCOMPARE(fixture.label("figureImpact"), QStringLiteral("None"));
    QCOMPARE(fixture.label("figureResolve"), QStringLiteral("No incident has ended"));
    QCOMPARE(fixture.label("figureLongest"), QStringLiteral("None"));
}

void TestHistoryView::bucketIncidentsAreListed()
{
    Fixture fixture;
    fixture.model.setSummary(summaryOf(sampleIndex()));
    HistoryIncident hostile =
        incident(QStringLiteral("aws"), QStringLiteral("x"), utc(2026, 11, 20, 10), Status::MajorOutage, {});
    hostile.title = QStringLiteral("<b>Bold</b> & <img src=x>");
    const QList<HistoryIncident> listed = QList<HistoryIncident> {hostile}
        + sampleIndex().startedIn({}, {}, utc(2026, 11, 20, 9), utc(2026, 11, 20, 10));
    fixture.view.setBucketIncidents(utc(2026, 11, 20), utc(2026, 11, 21), listed);
    QTreeWidget *list = fixture.view.incidentList();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), hostile.title); // plain text, as the feed wrote it
    QCOMPARE(list->topLevelItem(0)->toolTip(0),
             QStringLiteral("<qt>&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;img src=x&gt;</qt>"));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Major outage"));
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Incident a"));
    QCOMPARE(list->topLevelItem(1)->text(4), QStringLiteral("3 h"));
    QCOMPARE(fixture.label("historyListHeading"),
             QStringLiteral("&Incidents of Friday, 20 November 2026: 2"));
    QCOMPARE(list->headerItem()->text(0), QStringLiteral("Incident"));

    // Another range: the list belonged to the old bars.
    fixture.view.rangeBox()->setCurrentIndex(int(HistoryRange::Quarter));
    QCOMPARE(list->topLevelItemCount(), 0);
}

void TestHistoryView::enterOnAnIncidentRequestsIt()
{
    Fixture fixture;
    const HistoryIndex index = sampleIndex();
    fixture.model.setSummary(summaryOf(index));
    fixture.view.setBucketIncidents(utc(2026, 11, 20), utc(2026, 11, 21),
                                    index.startedIn({}, {}, utc(2026, 11, 20), utc(2026, 11, 21)));
    fixture.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fixture.view));
    QTreeWidget *list = fixture.view.incidentList();
    QCOMPARE(list->topLevelItemCount(), 3);
    QSignalSpy requested(&fixture.view, &HistoryView::incidentRequested);
    QVERIFY(requested.isValid());
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());

    // Coming in, the list chooses its first (newest) incident, and choosing one shows it.
    QTRY_COMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0), QVariantList({QStringLiteral("github"), QStringLiteral("c")}));
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1), QVariantList({QStringLiteral("aws"), QStringLiteral("b")}));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(requested.count(), 3);
    QCOMPARE(requested.at(2), QVariantList({QStringLiteral("aws"), QStringLiteral("b")}));
}

void TestHistoryView::showIncidentShowsItsDetails()
{
    Fixture fixture;
    Incident shown;
    shown.provider = QStringLiteral("aws");
    shown.id = QStringLiteral("b");
    shown.title = QStringLiteral("EC2 <errors> in N. Virginia");
    shown.severity = Status::MajorOutage;
    shown.state = IncidentState::Resolved;
    shown.startedAt = utc(2026, 11, 20, 10);
    shown.resolvedAt = utc(2026, 11, 20, 11);
    shown.affected = {{QStringLiteral("aws"), QStringLiteral("ec2"), QStringLiteral("us-east-1")}};
    fixture.view.setCellNamer([](const CellKey &) { return CellNames {QStringLiteral("Amazon EC2"), {}}; });
    fixture.view.showIncident(shown);
    const QString text = fixture.view.detailsView()->toPlainText();
    QVERIFY2(text.contains(shown.title), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Amazon EC2")), qPrintable(text));
}

void TestHistoryView::exportGoesBySuffix_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("json");

    QTest::newRow("json") << "/tmp/history.json" << true;
    QTest::newRow("JSON") << "/tmp/HISTORY.JSON" << true;
    QTest::newRow("csv") << "/tmp/history.csv" << false;
    QTest::newRow("no suffix") << "/tmp/history" << false;
    QTest::newRow("json in the folder only") << "/tmp/json/history.txt" << false;
}

void TestHistoryView::exportGoesBySuffix()
{
    QFETCH(QString, path);
    QFETCH(bool, json);

    Fixture fixture;
    QSignalSpy requested(&fixture.view, &HistoryView::exportRequested);
    QVERIFY(requested.isValid());
    fixture.view.exportTo(path);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0), QVariantList({path, json}));

    QVERIFY(fixture.view.exportStatus()->isHidden());
    fixture.view.setExportResult(QStringLiteral("Exported 12 incidents to <b>history.csv</b>"));
    QVERIFY(!fixture.view.exportStatus()->isHidden());
    QCOMPARE(fixture.view.exportStatus()->text(),
             QStringLiteral("Exported 12 incidents to <b>history.csv</b>"));
    QCOMPARE(fixture.view.exportStatus()->textFormat(), Qt::PlainText);
    QVERIFY(fixture.view.exportButton()->text().contains(QLatin1Char('&')));
}

void TestHistoryView::placeholderSaysWhyThereAreNoBars()
{
    Fixture fixture;
    HistoryChartView *chart = fixture.chart();
    QLabel *placeholder = chart->findChild<QLabel *>(QStringLiteral("historyChartPlaceholder"));
    QVERIFY(placeholder);
    QCOMPARE(chart->placeholderText(), QStringLiteral("Loading history…"));
    QCOMPARE(placeholder->text(), QStringLiteral("Loading history…"));

    fixture.model.setSummary(summaryOf(HistoryIndex(), HistoryRange::Month));
    QCOMPARE(chart->placeholderText(), QStringLiteral("No incidents recorded in the last 30 days"));
    QCOMPARE(placeholder->text(), chart->placeholderText());
    QVERIFY(!placeholder->isHidden());

    fixture.model.setSummary(
        summaryOf(sampleIndex(), HistoryRange::Day, {QStringLiteral("azure"), {}, {}, false}));
    QCOMPARE(chart->placeholderText(), QStringLiteral("No incidents match the filter in the last 24 hours"));

    fixture.model.setSummary(summaryOf(sampleIndex(), HistoryRange::Year));
    QCOMPARE(chart->placeholderText(), QString());
    QVERIFY(placeholder->isHidden());
}

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
