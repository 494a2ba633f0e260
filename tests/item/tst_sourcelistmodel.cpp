// SPDX-License-Identifier: GPL-3.0-or-later
#include "item/sourcelistmodel.h"

#include <QAbstractItemModelTester>
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

QTEST_GUILESS_MAIN(TestSourceListModel)
#include "tst_sourcelistmodel.moc"
