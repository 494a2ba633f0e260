// SPDX-License-Identifier: GPL-3.0-or-later
// The Data page: the retention, the export's file dialog and the clearing's confirmation, driven
// through the real dialogs the page opens.
#include "datasettingspage.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace radar;

namespace {

/// Runs `act` on the modal dialog of type T once it is up (the page's button click blocks in the
/// dialog's event loop meanwhile). Gives up after five seconds, closing whatever is modal, so that
/// a dialog that never came does not hang the test; `found` says whether it came.
template<typename T>
void whenModal(const std::function<void(T *)> &act, bool *found)
{
    *found = false;
    auto *timer = new QTimer;
    timer->setInterval(10);
    auto *attempts = new int(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, attempts, act, found] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            delete attempts;
            *found = true;
            act(dialog);
        } else if (++*attempts > 500) {
            timer->stop();
            timer->deleteLater();
            delete attempts;
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        }
    });
    timer->start();
}

} // namespace

class TestDataSettingsPage : public QObject
{
    Q_OBJECT
private slots:
    void retentionRoundTrip_data();
    void retentionRoundTrip();
    void retentionTypedIn();
    void exportToEmits_data();
    void exportToEmits();
    void exportButtonAsksForAFile_data();
    void exportButtonAsksForAFile();
    void clearAsksFirst_data();
    void clearAsksFirst();
    void busyThenResult();
    void buttonsAndNames();
};

void TestDataSettingsPage::retentionRoundTrip_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("kept");
    QTest::addRow("one day") << 1 << 1;
    QTest::addRow("a month") << 30 << 30;
    QTest::addRow("a year") << 365 << 365;
    QTest::addRow("ten years") << 3650 << 3650;
    QTest::addRow("zero") << 0 << 1;
    QTest::addRow("negative") << -7 << 1;
    QTest::addRow("too long") << 5000 << 3650;
}

void TestDataSettingsPage::retentionRoundTrip()
{
    QFETCH(int, days);
    QFETCH(int, kept);
    DataSettingsPage page;
    QSignalSpy changed(&page, &DataSettingsPage::changed);
    QVERIFY(changed.isValid());
    page.setRetentionDays(days);
    QCOMPARE(changed.count(), 0); // setRetentionDays is not the user
    QCOMPARE(page.retentionDays(), kept);
    // Readable: the number with a word for the unit, not a bare number.
    const QString text = page.retentionBox()->text();
    QVERIFY2(text.contains(QString::number(kept)) && text.contains(QStringLiteral("day")), qPrintable(text));
}

void TestDataSettingsPage::retentionTypedIn()
{
    DataSettingsPage page;
    page.setRetentionDays(365);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QSignalSpy changed(&page, &DataSettingsPage::changed);
    QSpinBox *box = page.retentionBox();
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("90"));
    QTest::keyClick(box, Qt::Key_Tab);
    QCOMPARE(page.retentionDays(), 90);
    QVERIFY(changed.count() >= 1);
    QVERIFY2(box->text().contains(QStringLiteral("90 day")), qPrintable(box->text()));
    // The arrows step by a day; more than 3650 cannot be typed.
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Up);
    QCOMPARE(page.retentionDays(), 91);
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("99999"));
    QTest::keyClick(box, Qt::Key_Tab);
    QVERIFY(page.retentionDays() <= DataSettingsPage::maximumRetentionDays);
}

void TestDataSettingsPage::exportToEmits_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("json");
    QTest::addRow("csv") << QStringLiteral("/tmp/history.csv") << false;
    QTest::addRow("json") << QStringLiteral("/tmp/history.json") << true;
}

void TestDataSettingsPage::exportToEmits()
{
    QFETCH(QString, path);
    QFETCH(bool, json);
    DataSettingsPage page;
    QSignalSpy requested(&page, &DataSettingsPage::exportRequested);
    QVERIFY(requested.isValid());
    page.exportTo(path, json);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), path);
    QCOMPARE(requested.at(0).at(1).toBool(), json);
}

void TestDataSettingsPage::exportButtonAsksForAFile_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("jsonFilter");
    QTest::addColumn<QString>("expected"); // the file name emitted
    QTest::addColumn<bool>("json");
    QTest::addRow("csv filter, no suffix")
        << QStringLiteral("report") << false << QStringLiteral("report.csv") << false;
    QTest::addRow("json filter, no suffix")
        << QStringLiteral("report") << true << QStringLiteral("report.json") << true;
    QTest::addRow("json suffix wins")
        << QStringLiteral("report.JSON") << false << QStringLiteral("report.JSON") << true;
    QTest::addRow("csv suffix wins") << QStringLiteral("report.csv") << true << QStringLiteral("report.csv")
                                     << false;
}

void TestDataSettingsPage::exportButtonAsksForAFile()
{
    QFETCH(QString, typed);
    QFETCH(bool, jsonFilter);
    QFETCH(QString, expected);
    QFETCH(bool, json);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    DataSettingsPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy requested(&page, &DataSettingsPage::exportRequested);

    QStringList filters;
    bool found = false;
    whenModal<QFileDialog>(
        [&](QFileDialog *dialog) {
            filters = dialog->nameFilters();
            for (const QString &filter : filters) {
                if (filter.contains(QStringLiteral("*.json")) == jsonFilter)
                    dialog->selectNameFilter(filter);
            }
            dialog->selectFile(QDir(directory.path()).filePath(typed));
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        },
        &found);
    QTest::mouseClick(page.exportButton(), Qt::LeftButton);
    QVERIFY(found);
    QCOMPARE(filters.size(), 2);
    QVERIFY(filters.at(0).contains(QStringLiteral("*.csv")));
    QVERIFY(filters.at(1).contains(QStringLiteral("*.json")));
    QCOMPARE(requested.count(), 1);
    const QFileInfo emitted(requested.at(0).at(0).toString());
    QCOMPARE(emitted.fileName(), expected);
    QCOMPARE(QFileInfo(emitted.absolutePath()).canonicalFilePath(),
             QFileInfo(directory.path()).canonicalFilePath());
    QCOMPARE(requested.at(0).at(1).toBool(), json);

    // Cancelling the file dialog exports nothing.
    whenModal<QFileDialog>([](QFileDialog *dialog) { dialog->reject(); }, &found);
    QTest::mouseClick(page.exportButton(), Qt::LeftButton);
    QVERIFY(found);
    QCOMPARE(requested.count(), 1);
}

void TestDataSettingsPage::clearAsksFirst_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("cleared");
    QTest::addRow("yes") << QStringLiteral("yes") << 1;
    QTest::addRow("cancel") << QStringLiteral("cancel") << 0;
    QTest::addRow("escape") << QStringLiteral("escape") << 0;
    QTest::addRow("enter takes the default") << QStringLiteral("enter") << 0;
    QTest::addRow("alt+y") << QStringLiteral("alt+y") << 1;
}

void TestDataSettingsPage::clearAsksFirst()
{
    QFETCH(QString, answer);
    QFETCH(int, cleared);
    DataSettingsPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy requested(&page, &DataSettingsPage::clearRequested);
    QVERIFY(requested.isValid());

    QString text;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    bool cancelIsDefault = false;
    bool found = false;
    whenModal<QMessageBox>(
        [&](QMessageBox *box) {
            text = box->text();
            icon = box->icon();
            cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
            if (answer == u"yes")
                box->button(QMessageBox::Yes)->click();
            else if (answer == u"cancel")
                box->button(QMessageBox::Cancel)->click();
            else if (answer == u"escape")
                QTest::keyClick(box, Qt::Key_Escape);
            else if (answer == u"enter")
                QTest::keyClick(box, Qt::Key_Return);
            else
                QTest::keyClick(box, Qt::Key_Y, Qt::AltModifier);
            // Whatever went wrong, do not hang (a mnemonic clicks a moment later).
            if (!QTest::qWaitFor([box] { return !box->isVisible(); }, 2000))
                box->done(QMessageBox::Cancel);
        },
        &found);
    QTest::mouseClick(page.clearButton(), Qt::LeftButton);
    QVERIFY(found);
    QCOMPARE(requested.count(), cleared);
    QVERIFY2(text.contains(QStringLiteral("cannot be undone")), qPrintable(text));
    QCOMPARE(icon, QMessageBox::Warning);
    QVERIFY(cancelIsDefault);
}

void TestDataSettingsPage::busyThenResult()
{
    DataSettingsPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.progressBar()->isVisible());

    page.setBusy(QStringLiteral("Exporting the history…"));
    QVERIFY(!page.exportButton()->isEnabled());
    QVERIFY(!page.clearButton()->isEnabled());
    QVERIFY(page.progressBar()->isVisible());
    QCOMPARE(page.progressBar()->maximum(), 0); // no percentage is known: it just runs
    QCOMPARE(page.statusLabel()->text(), QStringLiteral("Exporting the history…"));
    QVERIFY(page.retentionBox()->isEnabled()); // the retention is a setting, not the job

    const QString failure = QStringLiteral("Could not write /readonly/history.csv: Permission denied. "
                                           "Choose another folder.");
    page.setResult(failure, false);
    QVERIFY(page.exportButton()->isEnabled());
    QVERIFY(page.clearButton()->isEnabled());
    QVERIFY(!page.progressBar()->isVisible());
    QCOMPARE(page.statusLabel()->text(), failure);
    // Not by colour alone: an icon and bold text, and assistive technology hears "Error".
    QVERIFY(page.statusIcon()->isVisible());
    QVERIFY(!page.statusIcon()->pixmap().isNull());
    QVERIFY(page.statusLabel()->font().bold());
    QVERIFY(page.statusLabel()->accessibleName().startsWith(QStringLiteral("Error")));
    const QImage errorIcon = page.statusIcon()->pixmap().toImage();

    page.setBusy(QStringLiteral("Clearing the history…"));
    QVERIFY(!page.statusIcon()->isVisible());
    QVERIFY(!page.statusLabel()->font().bold());
    page.setResult(QStringLiteral("The history was cleared."), true);
    QVERIFY(page.statusIcon()->isVisible());
    QVERIFY(page.statusIcon()->pixmap().toImage() != errorIcon);
    QVERIFY(!page.statusLabel()->font().bold());
    QCOMPARE(page.statusLabel()->accessibleName(), QStringLiteral("The history was cleared."));
}

void TestDataSettingsPage::buttonsAndNames()
{
    DataSettingsPage page;
    for (QPushButton *button : {page.exportButton(), page.clearButton()}) {
        QVERIFY2(button->text().contains(u'&') && button->text().endsWith(QStringLiteral("…")),
                 qPrintable(button->text()));
        QVERIFY(!button->objectName().isEmpty());
        QVERIFY(!button->toolTip().isEmpty());
    }
    QCOMPARE(page.retentionBox()->objectName(), QStringLiteral("retentionBox"));
    QVERIFY(!page.retentionBox()->accessibleName().isEmpty());
    QCOMPARE(page.retentionBox()->minimum(), 1);
    QCOMPARE(page.retentionBox()->maximum(), 3650);
    bool labelled = false;
    for (const QLabel *label : page.findChildren<QLabel *>())
        labelled = labelled || (label->buddy() == page.retentionBox() && label->text().contains(u'&'));
    QVERIFY(labelled);
}

QTEST_MAIN(TestDataSettingsPage)
#include "tst_datasettingspage.moc"
