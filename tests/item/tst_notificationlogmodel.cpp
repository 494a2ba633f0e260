// SPDX-License-Identifier: GPL-3.0-or-later
#include "item/notificationlogmodel.h"
#include "item/notificationtext.h"
#include "item/statustext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace radar;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

/// Entry `number` of a log: its region names it, so rows can be told apart.
Notification entry(int number, bool sent = true)
{
    Notification entry;
    entry.at = t0.addSecs(number * 60);
    entry.kind = Notification::Kind::Started;
    entry.rule = sent ? NotificationRule::OtherAtLeast : NotificationRule::RolledUp;
    entry.sent = sent;
    entry.provider = QStringLiteral("aws");
    entry.providerName = QStringLiteral("AWS");
    entry.region = entry.regionName = QStringLiteral("region-%1").arg(number);
    entry.status = Status::MajorOutage;
    entry.cells = {{entry.provider, QStringLiteral("EC2"), entry.region}};
    entry.serviceNames = {QStringLiteral("EC2")};
    entry.incidentKeys = {QStringLiteral("aws\ninc-%1").arg(number)};
    return entry;
}

QList<Notification> entries(int from, int count)
{
    QList<Notification> list;
    for (int number = from; number < from + count; ++number)
        list.append(entry(number));
    return list;
}

} // namespace

class TestNotificationLogModel : public QObject
{
    Q_OBJECT

private slots:
    void newestFirstWithTextsAndRoles();
    void boundedWithoutReset();
    void clear();
};

void TestNotificationLogModel::newestFirstWithTextsAndRoles()
{
    NotificationLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(inserted.isValid());

    model.append({entry(1), entry(2, false)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted[0][1].toInt(), 0);
    QCOMPARE(inserted[0][2].toInt(), 1);

    const Notification held = entry(2, false);
    QCOMPARE(model.entry(0)->region, held.region); // the newest on top
    QCOMPARE(model.index(0, NotificationLogModel::TimeColumn).data().toString(), shortLocalTime(held.at));
    QCOMPARE(model.index(0, NotificationLogModel::NotificationColumn).data().toString(),
             QStringLiteral("AWS region-2: major outage"));
    QCOMPARE(model.index(0, NotificationLogModel::NotificationColumn).data(Qt::ToolTipRole).toString(),
             notificationTitle(held) + u'\n' + notificationBody(held));
    QCOMPARE(model.index(0, NotificationLogModel::OutcomeColumn).data().toString(),
             QStringLiteral("Held back"));
    QCOMPARE(model.index(1, NotificationLogModel::OutcomeColumn).data().toString(), QStringLiteral("Sent"));
    QVERIFY(!model.index(0, NotificationLogModel::OutcomeColumn).data(Qt::DecorationRole).isValid());
    QCOMPARE(model.index(0, NotificationLogModel::RuleColumn).data().toString(),
             QStringLiteral("Held back: part of an outage already notified"));
    QVERIFY(!model.index(0, NotificationLogModel::TimeColumn).data(Qt::ToolTipRole).toString().isEmpty());

    const QModelIndex top = model.index(0, 0);
    QCOMPARE(top.data(NotificationLogModel::SentRole).toBool(), false);
    QCOMPARE(model.index(1, 0).data(NotificationLogModel::SentRole).toBool(), true);
    QCOMPARE(top.data(NotificationLogModel::StatusRole).toInt(), int(Status::MajorOutage));
    QCOMPARE(top.data(NotificationLogModel::IncidentKeysRole).toStringList(), held.incidentKeys);

    QCOMPARE(model.headerData(NotificationLogModel::RuleColumn, Qt::Horizontal).toString(),
             QStringLiteral("Rule"));
    QCOMPARE(model.columnCount(), int(NotificationLogModel::ColumnCount));
    QVERIFY(!model.entry(2));
    QVERIFY(!model.entry(-1));

    model.append({});
    QCOMPARE(inserted.count(), 1);
}

void TestNotificationLogModel::boundedWithoutReset()
{
    const int limit = NotificationPolicy::logLimit;
    NotificationLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(reset.isValid());
    QVERIFY(removed.isValid());

    model.append(entries(0, limit));
    QCOMPARE(model.rowCount(), limit);
    QCOMPARE(removed.count(), 0);
    model.append(entries(limit, 3));
    QCOMPARE(model.rowCount(), limit);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed[0][1].toInt(), limit - 3); // the oldest three, at the bottom
    QCOMPARE(removed[0][2].toInt(), limit - 1);
    QCOMPARE(model.entry(0)->region, QStringLiteral("region-%1").arg(limit + 2));
    QCOMPARE(model.entry(limit - 1)->region, QStringLiteral("region-3"));

    // More than the limit at once: only the newest stay.
    NotificationLogModel fresh;
    fresh.append(entries(0, limit + 100));
    QCOMPARE(fresh.rowCount(), limit);
    QCOMPARE(fresh.entry(0)->region, QStringLiteral("region-%1").arg(limit + 99));
    QCOMPARE(fresh.entry(limit - 1)->region, QStringLiteral("region-100"));
    QCOMPARE(reset.count(), 0);
}

void TestNotificationLogModel::clear()
{
    NotificationLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(entries(0, 5));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.clear(); // empty: nothing to signal
    model.append(entries(5, 1));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestNotificationLogModel)
#include "tst_notificationlogmodel.moc"
