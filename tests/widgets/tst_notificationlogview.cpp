// SPDX-License-Identifier: GPL-3.0-or-later
// The notification log view over a stand-in model with NotificationLogModel's columns and roles.
#include "notificationlogview.h"

#include "item/notificationlogmodel.h"

#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace radar;

namespace {

struct Entry
{
    QString text;
    bool sent;
    QStringList incidentKeys;
};

// Newest first, as the model lists them.
const QList<Entry> sample {
    {QStringLiteral("AWS EC2 in N. Virginia: major outage"), true, {QStringLiteral("aws\narn:1")}},
    {QStringLiteral("GitHub Pages: degraded"), false, {QStringLiteral("github\nk2")}},
    {QStringLiteral("Test notification"), true, {}},
};

void fill(QStandardItemModel &model, const QList<Entry> &entries)
{
    model.clear();
    model.setColumnCount(4);
    for (const Entry &entry : entries) {
        QList<QStandardItem *> row;
        for (const QString &text :
             {QStringLiteral("12:00"), entry.text,
              entry.sent ? QStringLiteral("Sent") : QStringLiteral("Held back"), QStringLiteral("A rule")}) {
            auto *item = new QStandardItem(text);
            item->setData(entry.sent, NotificationLogModel::SentRole);
            item->setData(entry.incidentKeys, NotificationLogModel::IncidentKeysRole);
            row.append(item);
        }
        model.appendRow(row);
    }
}

QStringList shownTexts(const QTreeView *view)
{
    QStringList texts;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        texts << view->model()->index(row, NotificationLogModel::NotificationColumn).data().toString();
    return texts;
}

} // namespace

class TestNotificationLogView : public QObject
{
    Q_OBJECT
private slots:
    void filterKeepsTheChosenOutcome_data();
    void filterKeepsTheChosenOutcome();
    void enterOpensTheIncidents();
    void doubleClickOpensTheIncidents();
    void emptyStateSaysWhy();
    void outcomeReadsWithoutColour();
    void keyboardAndNames();
};

void TestNotificationLogView::filterKeepsTheChosenOutcome_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("all") << 0 << QStringList {sample[0].text, sample[1].text, sample[2].text};
    QTest::addRow("sent") << 1 << QStringList {sample[0].text, sample[2].text};
    QTest::addRow("held back") << 2 << QStringList {sample[1].text};
}

void TestNotificationLogView::filterKeepsTheChosenOutcome()
{
    QFETCH(int, choice);
    QFETCH(QStringList, expected);
    QStandardItemModel model;
    fill(model, sample);
    NotificationLogView view(&model);
    auto *box = view.findChild<QComboBox *>(QStringLiteral("notificationFilterBox"));
    QVERIFY(box);
    QCOMPARE(box->count(), 3);
    box->setCurrentIndex(choice);
    QCOMPARE(view.filter(), NotificationLogView::Filter(choice));
    QCOMPARE(shownTexts(view.view()), expected);

    // An entry that arrives later is filtered as well (at the top: newest first).
    fill(model, QList<Entry> {{QStringLiteral("Newest, held back"), false, {}}} + sample);
    if (choice != 1)
        expected.prepend(QStringLiteral("Newest, held back"));
    QCOMPARE(shownTexts(view.view()), expected);

    // The filter can be set in code too, and the box follows.
    view.setFilter(NotificationLogView::Filter::All);
    QCOMPARE(box->currentIndex(), 0);
    QCOMPARE(view.view()->model()->rowCount(), 4);
}

void TestNotificationLogView::enterOpensTheIncidents()
{
    QStandardItemModel model;
    fill(model, sample);
    NotificationLogView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy requested(&view, &NotificationLogView::incidentRequested);
    QVERIFY(requested.isValid());
    QTreeView *list = view.view();
    list->setFocus();
    list->setCurrentIndex(list->model()->index(1, 1));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toStringList(), sample[1].incidentKeys);

    // An entry without incidents (a test notification) opens nothing.
    list->setCurrentIndex(list->model()->index(2, 0));
    QTest::keyClick(list, Qt::Key_Enter);
    QCOMPARE(requested.count(), 1);

    // Through the filter, the row is still the right entry.
    view.setFilter(NotificationLogView::Filter::Sent);
    list->setCurrentIndex(list->model()->index(0, 3));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.last().first().toStringList(), sample[0].incidentKeys);
}

void TestNotificationLogView::doubleClickOpensTheIncidents()
{
    QStandardItemModel model;
    fill(model, sample);
    NotificationLogView view(&model);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy requested(&view, &NotificationLogView::incidentRequested);
    QTreeView *list = view.view();
    const QPoint at = list->visualRect(list->model()->index(0, 1)).center();
    // What a mouse sends: a click, then the double-click (QTest's double-click is only the latter).
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(requested.count(), 0); // one click only selects
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toStringList(), sample[0].incidentKeys);
}

void TestNotificationLogView::emptyStateSaysWhy()
{
    QStandardItemModel model;
    fill(model, {});
    NotificationLogView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.emptyLabel()->isVisible());
    QVERIFY(!view.view()->isVisible());
    QVERIFY2(view.emptyLabel()->text().startsWith(QStringLiteral("No notifications yet")),
             qPrintable(view.emptyLabel()->text()));

    // The first entry replaces the text with the list.
    fill(model, {sample[1]});
    QVERIFY(view.view()->isVisible());
    QVERIFY(!view.emptyLabel()->isVisible());

    // A filter that keeps nothing says so, and the list is back with the filter that keeps it.
    view.setFilter(NotificationLogView::Filter::Sent);
    QVERIFY(view.emptyLabel()->isVisible());
    QVERIFY2(view.emptyLabel()->text().contains(QStringLiteral("held back")),
             qPrintable(view.emptyLabel()->text()));
    view.setFilter(NotificationLogView::Filter::HeldBack);
    QVERIFY(view.view()->isVisible());

    // Without a model at all, the log is simply empty.
    NotificationLogView none(nullptr);
    none.show();
    QVERIFY(QTest::qWaitForWindowExposed(&none));
    QVERIFY(none.emptyLabel()->isVisible());
}

void TestNotificationLogView::outcomeReadsWithoutColour()
{
    QStandardItemModel model;
    fill(model, sample);
    NotificationLogView view(&model);
    const QAbstractItemModel *shown = view.view()->model();
    const QModelIndex sent = shown->index(0, NotificationLogModel::OutcomeColumn);
    const QModelIndex heldBack = shown->index(1, NotificationLogModel::OutcomeColumn);
    QCOMPARE(heldBack.data().toString(), QStringLiteral("Held back")); // the word itself is kept
    QVERIFY(heldBack.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!sent.data(Qt::FontRole).value<QFont>().italic());
    const QIcon heldBackIcon = heldBack.data(Qt::DecorationRole).value<QIcon>();
    const QIcon sentIcon = sent.data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!heldBackIcon.isNull());
    QVERIFY(!sentIcon.isNull());
    QVERIFY(heldBackIcon.pixmap(16, 16).toImage() != sentIcon.pixmap(16, 16).toImage());
    QVERIFY(heldBack.data(Qt::ForegroundRole).isValid());
    // Other columns are left as the model has them.
    QVERIFY(!shown->index(1, NotificationLogModel::NotificationColumn).data(Qt::FontRole).isValid());
}

void TestNotificationLogView::keyboardAndNames()
{
    QStandardItemModel model;
    fill(model, sample);
    NotificationLogView view(&model);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QVERIFY(!view.view()->accessibleName().isEmpty());
    QVERIFY(!view.filterBox()->accessibleName().isEmpty());
    QCOMPARE(view.view()->focusPolicy(), Qt::StrongFocus);
    // Focus on the page lands in the list; Tab goes round between the filter and the list.
    view.setFocus();
    QVERIFY(view.view()->hasFocus());
    view.filterBox()->setFocus();
    QTest::keyClick(view.filterBox(), Qt::Key_Tab);
    QVERIFY(view.view()->hasFocus());
    // Alt+W reaches the filter from anywhere on the page.
    QTest::keyClick(&view, Qt::Key_W, Qt::AltModifier);
    QVERIFY(view.filterBox()->hasFocus());
    const QString explanation =
        view.findChild<QLabel *>(QStringLiteral("notificationLogExplanation"))->text();
    QVERIFY(explanation.contains(QStringLiteral("held back")));
}

QTEST_MAIN(TestNotificationLogView)
#include "tst_notificationlogview.moc"
