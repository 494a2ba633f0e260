// SPDX-License-Identifier: GPL-3.0-or-later
// What assistive technology hears: every control a person can reach in the main window (every tab),
// the settings dialog (every page), the welcome, "add a source" and source edit dialogs has a name
// and a description, asked through QAccessible as a screen reader asks; and the cells of the grid
// and of the other tables say what they show, the grid's its status word and where.
#include "addsourcedialog.h"
#include "healthgridview.h"
#include "historyview.h"
#include "incidentpanel.h"
#include "mainwindow.h"
#include "notificationlogview.h"
#include "settingsdialog.h"
#include "sourceeditdialog.h"
#include "sourcessettingspage.h"
#include "welcomedialog.h"

#include "item/gridfiltermodel.h"
#include "item/healthgridmodel.h"
#include "item/incidenthistorymodel.h"
#include "item/incidentlistmodel.h"
#include "item/notificationlogmodel.h"
#include "item/sourcelistmodel.h"
#include "item/statustext.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace radar;

namespace {

const QDateTime now = QDateTime::currentDateTimeUtc();

/// Where a widget sits, from its window down, with its class: enough to find it in the code.
QString pathOf(const QWidget *widget)
{
    QStringList names;
    for (const QObject *at = widget; at; at = at->parent())
        names.prepend(at->objectName().isEmpty() ? QString::fromLatin1(at->metaObject()->className())
                                                 : at->objectName());
    return QStringLiteral("%1 [%2]").arg(names.join(u'/'),
                                         QString::fromLatin1(widget->metaObject()->className()));
}

/// The widgets of `window` that take the focus, shown or not (on another tab or page, in a hidden
/// banner). Left out: a widget whose focus goes to a proxy (a spin box's line edit; the proxy is
/// walked), popups (a combo box's list, a menu: windows of their own, named by their owner), and
/// labels whose text can only be selected with the mouse (static text, read by its words).
QList<QWidget *> interactiveWidgets(QWidget *window)
{
    QList<QWidget *> widgets;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || widget->window() != window || widget->focusProxy())
            continue;
        if (qobject_cast<QLabel *>(widget) && !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        widgets.append(widget);
    }
    return widgets;
}

/// One line for each interactive widget without an accessible name or description.
QStringList unnamedOrUndescribed(QWidget *window)
{
    QStringList offenders;
    for (QWidget *widget : interactiveWidgets(window)) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible) {
            offenders.append(pathOf(widget) + QStringLiteral(": no accessible interface"));
            continue;
        }
        // A tab bar has no description of its own: each of its tabs is described.
        QList<QAccessibleInterface *> parts {accessible};
        if (accessible->role() == QAccessible::PageTabList) {
            for (int index = 0; index < accessible->childCount(); ++index) {
                if (accessible->child(index)->role() == QAccessible::PageTab)
                    parts.append(accessible->child(index));
            }
        }
        for (QAccessibleInterface *part : std::as_const(parts)) {
            const QString name = part->text(QAccessible::Name).trimmed();
            const QString description = part->text(QAccessible::Description).trimmed();
            if (name.isEmpty() || (description.isEmpty() && part->role() != QAccessible::PageTabList))
                offenders.append(QStringLiteral("%1: %2 name \"%3\", description \"%4\"")
                                     .arg(pathOf(widget),
                                          part == accessible ? QString() : QStringLiteral("tab"), name,
                                          description));
        }
    }
    return offenders;
}

/// Fails when a control is unnamed or undescribed, after listing each (a failure message is cut short).
#define VERIFY_ALL_NAMED(window)                                                                             \
    do {                                                                                                     \
        const QStringList offenders = unnamedOrUndescribed(window);                                          \
        for (const QString &offender : offenders)                                                            \
            qWarning("%s", qPrintable(offender));                                                            \
        QVERIFY2(offenders.isEmpty(),                                                                        \
                 qPrintable(QStringLiteral("%1 of %2 controls, listed above")                                \
                                .arg(offenders.size())                                                       \
                                .arg(interactiveWidgets(window).size())));                                   \
    } while (false)

CellState cell(const QString &service, Status status, SourceHealth health = SourceHealth::Fresh,
               const QString &provider = QStringLiteral("ExampleHub"))
{
    CellState state;
    state.key = {provider.toLower(), service, QStringLiteral("eu-west-1")};
    state.providerName = provider;
    state.serviceName = service;
    state.regionName = QStringLiteral("Ireland");
    state.status = status;
    state.lastKnown = health == SourceHealth::Fresh ? status : Status::Degraded;
    state.sourceHealth = health;
    if (health != SourceHealth::Fresh)
        state.status = Status::Unknown;
    return state;
}

Incident incident(const QString &id, const QString &title, Status severity)
{
    Incident incident;
    incident.id = id;
    incident.provider = QStringLiteral("hub");
    incident.title = title;
    incident.severity = severity;
    incident.state = IncidentState::Identified;
    incident.startedAt = now.addSecs(-3600);
    incident.affected = {{QStringLiteral("hub"), QStringLiteral("Actions"), QStringLiteral("eu-west-1")}};
    incident.updates = {{incident.startedAt, IncidentState::Investigating, title, {}}};
    return incident;
}

SourceState source(const QString &name, SourceHealth health)
{
    SourceState source;
    source.config.id = name.toLower();
    source.config.name = name;
    source.config.url = QUrl(QStringLiteral("https://status.example.com/%1").arg(name.toLower()));
    source.providerName = name;
    source.health = health;
    source.status.lastSuccess = now.addSecs(-60);
    if (health == SourceHealth::Failing)
        source.status.lastError = QStringLiteral("unreachable: connection refused");
    return source;
}

Notification notification(bool sent)
{
    Notification notification;
    notification.at = now.addSecs(-120);
    notification.sent = sent;
    notification.provider = QStringLiteral("hub");
    notification.providerName = QStringLiteral("ExampleHub");
    notification.region = QStringLiteral("eu-west-1");
    notification.regionName = QStringLiteral("Ireland");
    notification.status = Status::MajorOutage;
    notification.cells = {{QStringLiteral("hub"), QStringLiteral("Actions"), QStringLiteral("eu-west-1")}};
    notification.serviceNames = {QStringLiteral("Actions")};
    notification.incidentKeys = {QStringLiteral("hub\ninc1")};
    return notification;
}

/// The models a window shows, as the composition root fills them: a provider with a service in
/// each status, two incidents, two sources and a notification.
struct Models
{
    HealthGridModel grid;
    GridFilterModel filter {&grid};
    IncidentListModel incidents;
    SourceListModel sources;
    IncidentHistoryModel history;
    NotificationLogModel notifications;

    Models()
    {
        QList<CellState> cells {cell(QString(), Status::MajorOutage)};
        for (const Status status : allStatuses)
            cells.append(cell(statusName(status), status));
        // Another source, whose data is not up to date.
        cells.append(cell(QString(), Status::Degraded, SourceHealth::Stale, QStringLiteral("StaleHub")));
        cells.append(
            cell(QStringLiteral("Stale"), Status::Degraded, SourceHealth::Stale, QStringLiteral("StaleHub")));
        cells[0].incidentIds = cells[1].incidentIds = {QStringLiteral("inc1")};
        grid.setCells(cells);
        incidents.setEntries(
            {{incident(QStringLiteral("inc1"), QStringLiteral("Actions are failing"), Status::MajorOutage),
              false, now, now},
             {incident(QStringLiteral("inc2"), QStringLiteral("Pages are slow"), Status::Degraded), false,
              now, now}},
            now);
        sources.setSources({source(QStringLiteral("ExampleHub"), SourceHealth::Fresh),
                            source(QStringLiteral("Elsewhere"), SourceHealth::Failing)});
        notifications.append({notification(true), notification(false)});
    }

    MainWindowModels forWindow() { return {&filter, &incidents, &sources, &history, &notifications}; }
};

QList<CatalogEntry> catalog()
{
    QList<CatalogEntry> entries;
    const auto add = [&entries](const char *id, const char *name, FeedKind kind, bool enabled) {
        CatalogEntry entry;
        entry.source.id = QString::fromLatin1(id);
        entry.source.name = QString::fromLatin1(name);
        entry.source.url = QUrl(QStringLiteral("https://status.example.com/%1").arg(entry.source.id));
        entry.source.kind = kind;
        entry.enabledByDefault = enabled;
        entries.append(entry);
    };
    add("aws", "AWS", FeedKind::AwsHealth, true);
    add("github", "GitHub", FeedKind::Statuspage, true);
    add("slack", "Slack", FeedKind::Slack, false);
    return entries;
}

/// The accessible text of a table's cell, as a screen reader asks for it.
QString cellText(QAbstractItemView *view, int row, int column)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(view);
    if (!accessible || !accessible->tableInterface())
        return QStringLiteral("(no table interface)");
    QAccessibleInterface *cell = accessible->tableInterface()->cellAt(row, column);
    if (!cell)
        return QStringLiteral("(no cell %1, %2)").arg(row).arg(column);
    return cell->text(QAccessible::Name);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void mainWindowControlsAreNamedAndDescribed();
    void settingsDialogControlsAreNamedAndDescribed();
    void welcomeDialogControlsAreNamedAndDescribed();
    void addSourceDialogControlsAreNamedAndDescribed();
    void sourceEditDialogControlsAreNamedAndDescribed();
    void gridCellsSpeakTheirStatus_data();
    void gridCellsSpeakTheirStatus();
    void listsAndTablesSpeakTheirRows();
};

void TestAccessibility::mainWindowControlsAreNamedAndDescribed()
{
    Models models;
    MainWindow window(models.forWindow());
    // The banners' controls count too, hidden or not.
    window.setOffline(QStringLiteral("No route to the status pages."), now.addSecs(60));
    window.setTrayUnavailable(QStringLiteral("No system tray."));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int tab = 0; tab < window.tabs()->count(); ++tab) {
        window.tabs()->setCurrentIndex(tab);
        VERIFY_ALL_NAMED(&window);
    }
    // Not vacuous: the walk finds the panes a person works in, on every tab.
    const QList<QWidget *> walked = interactiveWidgets(&window);
    for (QWidget *expected : std::initializer_list<QWidget *> {
             window.gridView(), window.tabs()->tabBar(), window.sourcesView(),
             window.incidentPanel()->listView(),
             window.historyView()->findChild<QWidget *>(QStringLiteral("historyChart")),
             window.historyView()->incidentList(), window.notificationLogView()->view()})
        QVERIFY2(walked.contains(expected), qPrintable(pathOf(expected)));
}

void TestAccessibility::settingsDialogControlsAreNamedAndDescribed()
{
    SettingsDialog dialog;
    dialog.setSources(catalog(), {catalog().first().source});
    dialog.setProviders({{QStringLiteral("aws"), QStringLiteral("AWS")}});
    NotificationRules rules;
    rules.mutedCells.toggle(WatchList::service(QStringLiteral("aws"), QStringLiteral("ec2")));
    dialog.setRules(rules);
    dialog.generalPage()->setStartAtLoginNote(QStringLiteral("Registered in ~/.config/autostart."));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (const SettingsDialog::Page page :
         {SettingsDialog::Page::General, SettingsDialog::Page::Sources, SettingsDialog::Page::Notifications,
          SettingsDialog::Page::Network, SettingsDialog::Page::Data}) {
        dialog.showPage(page);
        VERIFY_ALL_NAMED(&dialog);
    }
    const QList<QWidget *> walked = interactiveWidgets(&dialog);
    QVERIFY(walked.contains(dialog.pageList()));
    QVERIFY(walked.contains(dialog.buttons()->button(QDialogButtonBox::Ok)));
    QVERIFY(walked.contains(dialog.buttons()->button(QDialogButtonBox::Cancel)));
    QVERIFY(walked.contains(dialog.sourcesPage()->findChild<QTableView *>()));
    QVERIFY(walked.size() > 40);
}

void TestAccessibility::welcomeDialogControlsAreNamedAndDescribed()
{
    WelcomeDialog dialog;
    dialog.setCatalog(catalog()); // AWS on: the region pane shows
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    VERIFY_ALL_NAMED(&dialog);
    const QList<QWidget *> walked = interactiveWidgets(&dialog);
    for (QWidget *expected :
         std::initializer_list<QWidget *> {dialog.providerList(), dialog.regionList(), dialog.skipButton()})
        QVERIFY2(walked.contains(expected), qPrintable(pathOf(expected)));
}

void TestAccessibility::addSourceDialogControlsAreNamedAndDescribed()
{
    AddSourceDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    VERIFY_ALL_NAMED(&dialog);

    // With what a lookup found: the component and region lists and their buttons.
    QSignalSpy lookups(&dialog, &AddSourceDialog::lookupRequested);
    QVERIFY(lookups.isValid());
    dialog.urlEdit()->setText(QStringLiteral("https://status.example.com"));
    QTest::keyClick(dialog.urlEdit(), Qt::Key_Return);
    QCOMPARE(lookups.size(), 1);
    FeedPreview preview;
    preview.pasted = lookups.first().first().toUrl();
    preview.feedUrl = QUrl(QStringLiteral("https://status.example.com/api/v2/summary.json"));
    preview.kind = FeedKind::Statuspage;
    preview.providerName = QStringLiteral("Example");
    preview.services = {{QStringLiteral("api"), QStringLiteral("API")}};
    preview.regions = {{QStringLiteral("eu"), QStringLiteral("Europe")}};
    dialog.showPreview(preview);
    QVERIFY(dialog.serviceList()->isVisible());
    VERIFY_ALL_NAMED(&dialog);
    QVERIFY(interactiveWidgets(&dialog).contains(dialog.regionList()));
}

void TestAccessibility::sourceEditDialogControlsAreNamedAndDescribed()
{
    SourceEditDialog dialog;
    SourceConfig config = catalog().constLast().source;
    config.secretHeader = QStringLiteral("Authorization");
    dialog.setSource(config, SourceOrigin::Custom);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    VERIFY_ALL_NAMED(&dialog);
    QVERIFY(interactiveWidgets(&dialog).contains(dialog.okButton()));
    // A catalog source's address is read-only: still named and described.
    dialog.setSource(catalog().constFirst().source, SourceOrigin::Catalog);
    VERIFY_ALL_NAMED(&dialog);
}

void TestAccessibility::gridCellsSpeakTheirStatus_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("service"); // the row's name; empty for the provider's own row
    QTest::addColumn<QString>("word"); // what the cell must say
    const QString hub = QStringLiteral("ExampleHub");
    QTest::addRow("provider") << hub << QString() << statusText(Status::MajorOutage);
    for (const Status status : allStatuses)
        QTest::addRow("%s", qPrintable(statusName(status)))
            << hub << statusName(status) << statusText(status);
    // Not up to date: unknown, whatever was last known.
    QTest::addRow("stale provider") << QStringLiteral("StaleHub") << QString() << statusText(Status::Unknown);
    QTest::addRow("stale") << QStringLiteral("StaleHub") << QStringLiteral("Stale")
                           << statusText(Status::Unknown);
}

void TestAccessibility::gridCellsSpeakTheirStatus()
{
    QFETCH(QString, provider);
    QFETCH(QString, service);
    QFETCH(QString, word);
    Models models;
    MainWindow window(models.forWindow());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    HealthGridView *grid = window.gridView();
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(grid);
    QVERIFY(accessible);
    QAccessibleTableInterface *table = accessible->tableInterface();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), grid->model()->rowCount());
    QCOMPARE(table->columnCount(), 1);

    int row = -1;
    for (int at = 0; at < grid->model()->rowCount() && row < 0; ++at) {
        const QModelIndex index = grid->model()->index(at, 0);
        if (grid->model()
                ->headerData(at, Qt::Vertical)
                .toString()
                .trimmed()
                .endsWith(service.isEmpty() ? provider : service)
            && index.data(HealthGridModel::ProviderRole).toString() == provider.toLower())
            row = at;
    }
    QVERIFY(row >= 0);
    QAccessibleInterface *cell = table->cellAt(row, 0);
    QVERIFY(cell);
    QCOMPARE(cell->role(), QAccessible::Cell);
    const QString spoken = cell->text(QAccessible::Name);
    for (const QString &part : {word, provider, service, QStringLiteral("Ireland")})
        QVERIFY2(spoken.contains(part), qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(spoken, part)));
    // The row's header says which service it is, the provider's name beside it.
    QAccessibleTableCellInterface *header = cell->tableCellInterface();
    QVERIFY(header);
    const QList<QAccessibleInterface *> rowHeaders = header->rowHeaderCells();
    QVERIFY(!rowHeaders.isEmpty());
    QVERIFY2(rowHeaders.first()->text(QAccessible::Name).contains(service.isEmpty() ? provider : service),
             qPrintable(rowHeaders.first()->text(QAccessible::Name)));
    // The cell a person moves to is the one announced.
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(row, 0));
    QCOMPARE(accessible->focusChild() ? accessible->focusChild()->text(QAccessible::Name) : QString(),
             spoken);
}

void TestAccessibility::listsAndTablesSpeakTheirRows()
{
    Models models;
    MainWindow window(models.forWindow());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The incidents: every cell of a row tells the whole incident, severity word first.
    QTreeView *incidents = window.incidentPanel()->listView();
    QCOMPARE(incidents->model()->rowCount(), 2);
    for (int column = 0; column < incidents->model()->columnCount(); ++column) {
        const QString spoken = cellText(incidents, 0, column);
        QVERIFY2(spoken.startsWith(statusText(Status::MajorOutage))
                     && spoken.contains(u"Actions are failing"),
                 qPrintable(spoken));
    }
    QVERIFY(cellText(incidents, 1, 0).startsWith(statusText(Status::Degraded)));

    // The sources: the name, and the state in words.
    QTableView *sources = window.sourcesView();
    QCOMPARE(cellText(sources, 1, SourceListModel::NameColumn), QStringLiteral("Elsewhere"));
    QCOMPARE(cellText(sources, 1, SourceListModel::HealthColumn), sourceHealthText(SourceHealth::Failing));
    QVERIFY(cellText(sources, 1, SourceListModel::DetailColumn).contains(u"connection refused"));

    // The history's incidents of a bar: the title cell tells the whole incident.
    HistoryIncident past;
    past.provider = QStringLiteral("hub");
    past.id = QStringLiteral("old");
    past.title = QStringLiteral("Webhooks were delayed");
    past.severity = Status::PartialOutage;
    past.startedAt = now.addDays(-2);
    past.endedAt = past.startedAt.addSecs(5400);
    past.state = IncidentState::Resolved;
    window.historyView()->setProviderNames({{QStringLiteral("hub"), QStringLiteral("ExampleHub")}});
    window.historyView()->setBucketIncidents(now.addDays(-3), now, {past});
    window.showHistory(); // a view on a hidden tab lays out no rows
    QTreeWidget *history = window.historyView()->incidentList();
    const QString title = cellText(history, 0, 0);
    for (const QString &part : {statusText(Status::PartialOutage), past.title, QStringLiteral("ExampleHub")})
        QVERIFY2(title.contains(part), qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(title, part)));
    bool severityCell = false;
    for (int column = 1; column < history->columnCount(); ++column)
        severityCell = severityCell || cellText(history, 0, column) == statusText(Status::PartialOutage);
    QVERIFY(severityCell);

    // The notification log: what was said, and whether it was sent, in words.
    window.showNotificationLog();
    QTreeView *log = window.notificationLogView()->view();
    QCOMPARE(log->model()->rowCount(), 2);
    QVERIFY2(cellText(log, 0, NotificationLogModel::NotificationColumn).contains(u"ExampleHub"),
             qPrintable(cellText(log, 0, NotificationLogModel::NotificationColumn)));
    QVERIFY(!cellText(log, 0, NotificationLogModel::OutcomeColumn).isEmpty());
    QVERIFY(cellText(log, 0, NotificationLogModel::OutcomeColumn)
            != cellText(log, 1, NotificationLogModel::OutcomeColumn));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
