// SPDX-License-Identifier: GPL-3.0-or-later
#include "item/sourcelistmodel.h"
#include "item/statustext.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace radar;

namespace {
SourceState sourceState(const QString &id, SourceHealth health, const QString &error = QString())
{
    SourceState state;
    state.config.id = id;
    state.config.url = QUrl(QStringLiteral("https://%1.test/api/v2/summary.json").arg(id));
    state.providerName = id;
    state.health = health;
    state.status.lastError = error;
    return state;
}
} // namespace

class TestSourceListModel : public QObject
{
    Q_OBJECT
private slots:
    void showsErrorsAndUpdatesRowsInPlace();
    void repaintsOnlyWhatTheTimesShow_data();
    void repaintsOnlyWhatTheTimesShow();
};

void TestSourceListModel::showsErrorsAndUpdatesRowsInPlace()
{
    SourceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSources({sourceState("a", SourceHealth::Fresh), sourceState("b", SourceHealth::Pending)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SourceListModel::DetailColumn).data().toString(),
             QStringLiteral("https://a.test/api/v2/summary.json"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(changed.isValid());
    QVERIFY(reset.isValid());
    model.setSources(
        {sourceState("a", SourceHealth::Fresh),
         sourceState("b", SourceHealth::Failing, QStringLiteral("unreachable: Connection refused"))});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 1);
    QCOMPARE(model.index(1, SourceListModel::DetailColumn).data().toString(),
             QStringLiteral("unreachable: Connection refused"));
    QCOMPARE(model.index(1, SourceListModel::HealthColumn).data().toString(), QStringLiteral("Failing"));
}

void TestSourceListModel::repaintsOnlyWhatTheTimesShow_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("showsSeconds");
    QTest::newRow("English: minutes") << QLocale(QLocale::English, QLocale::UnitedStates) << false;
    QTest::newRow("German: minutes") << QLocale(QLocale::German, QLocale::Germany) << false;
    QTest::newRow("C: seconds") << QLocale::c() << true;
}

void TestSourceListModel::repaintsOnlyWhatTheTimesShow()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, showsSeconds);
    const QLocale previous;
    QLocale::setDefault(locale);
    const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });

    SourceListModel model;
    SourceState source = sourceState("a", SourceHealth::Fresh);
    const QDateTime minute = QDateTime::currentDateTimeUtc().addDays(-1);
    const QDateTime start(minute.date(), QTime(minute.time().hour(), minute.time().minute()), Qt::UTC);
    source.status.lastSuccess = start;
    source.status.nextAttempt = start.addSecs(15);
    model.setSources({source});
    const QString before = model.index(0, SourceListModel::UpdatedColumn).data().toString();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // A poll 15 s on, within the same minute: a repaint only where the seconds are shown.
    source.status.lastSuccess = start.addSecs(15);
    source.status.nextAttempt = start.addSecs(30);
    model.setSources({source});
    const QString after = model.index(0, SourceListModel::UpdatedColumn).data().toString();
    QCOMPARE(after, shortLocalTime(start.addSecs(15)));
    QCOMPARE(after != before, showsSeconds);
    QCOMPARE(changed.count(), showsSeconds ? 1 : 0);

    // The next poll crosses into a new minute: the text changes everywhere.
    source.status.lastSuccess = start.addSecs(30);
    source.status.nextAttempt = start.addSecs(60);
    model.setSources({source});
    QCOMPARE(changed.count(), showsSeconds ? 2 : 1);
    QCOMPARE(model.index(0, SourceListModel::NextColumn).data().toString(),
             shortLocalTime(start.addSecs(60)));
}

QTEST_GUILESS_MAIN(TestSourceListModel)
#include "tst_sourcelistmodel.moc"
