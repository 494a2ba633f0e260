// SPDX-License-Identifier: GPL-3.0-or-later
// The tray offscreen: its icon as images (colour, shape, badge, paused mark, sizes), its tooltip
// and its menu. The offscreen platform has no tray, so the controller builds only the menu there.
#include "quietlengthmenu.h"
#include "statuspainter.h"
#include "traycontroller.h"

#include "item/statustext.h"

#include <QFile>
#include <QMenu>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace radar;

namespace {

const QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);

bool near(QRgb pixel, const QColor &colour, int tolerance = 12)
{
    return qAlpha(pixel) == 255 && qAbs(qRed(pixel) - colour.red()) < tolerance
        && qAbs(qGreen(pixel) - colour.green()) < tolerance && qAbs(qBlue(pixel) - colour.blue()) < tolerance;
}

/// How many pixels of `image` within `area` (all of it when null) are `colour`.
int pixelsOf(const QImage &image, const QColor &colour, QRect area = QRect())
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    if (area.isNull())
        area = argb.rect();
    int hits = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            hits += near(argb.pixel(x, y), colour) ? 1 : 0;
    }
    return hits;
}

/// How many pixels differ between two images of one size, within `area`.
int differingPixels(const QImage &a, const QImage &b, QRect area = QRect())
{
    const QImage first = a.convertToFormat(QImage::Format_ARGB32);
    const QImage second = b.convertToFormat(QImage::Format_ARGB32);
    if (first.size() != second.size())
        return first.width() * first.height();
    if (area.isNull())
        area = first.rect();
    int differing = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            differing += first.pixel(x, y) != second.pixel(x, y) ? 1 : 0;
    }
    return differing;
}

int opaquePixels(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int opaque = 0;
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x)
            opaque += qAlpha(argb.pixel(x, y)) > 128 ? 1 : 0;
    }
    return opaque;
}

TrayIconState symbol(Status status, int problems = 0, bool paused = false)
{
    TrayIconState state;
    state.status = status;
    state.problems = problems;
    state.paused = paused;
    return state;
}

TrayIconState kind(TrayIconState::Kind kind, int problems = 0, bool paused = false)
{
    TrayIconState state;
    state.kind = kind;
    state.problems = problems;
    state.paused = paused;
    return state;
}

CellState cell(const QString &provider, const QString &service, Status status,
               const QStringList &incidentIds = {}, const QString &region = QString(),
               const QString &regionName = QString())
{
    CellState cell;
    cell.key = {provider, service, region.isEmpty() ? globalRegion() : region};
    cell.providerName = provider.toUpper();
    cell.serviceName = service.isEmpty() ? cell.providerName : service;
    cell.regionName = regionName;
    cell.status = status;
    cell.lastKnown = status;
    cell.incidentIds = incidentIds;
    cell.sourceHealth = SourceHealth::Fresh;
    return cell;
}

SourceState source(const QString &id, SourceHealth health, qint64 secondsSinceSuccess = 30)
{
    SourceState source;
    source.config.id = id;
    source.providerName = id.toUpper();
    source.health = health;
    if (health != SourceHealth::Pending)
        source.status.lastSuccess = now.addSecs(-secondsSinceSuccess);
    return source;
}

TrayStatus trayStatus(Status overall, const QList<CellState> &problems = {})
{
    TrayStatus status;
    status.overall = overall;
    status.problems = problems;
    status.sources = {source(QStringLiteral("aws"), SourceHealth::Fresh)};
    status.now = now;
    return status;
}

/// The menu's actions, each watched: a deleted one turns null.
QList<QPointer<QAction>> watched(const QMenu *menu)
{
    QList<QPointer<QAction>> actions;
    for (QAction *action : menu->actions())
        actions << QPointer<QAction>(action);
    return actions;
}

bool allAlive(const QList<QPointer<QAction>> &actions)
{
    return std::all_of(actions.cbegin(), actions.cend(),
                       [](const QPointer<QAction> &a) { return !a.isNull(); });
}

QStringList texts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts << action->text();
    }
    return texts;
}

} // namespace

class TestTrayController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    // the icon
    void symbolIsDrawnInTheStatusColour_data();
    void symbolIsDrawnInTheStatusColour();
    void staleAndOfflineDifferFromEveryStatus();
    void badgeShowsOnlyWithProblems();
    void badgeIsADotWhereANumberWouldNotRead();
    void pausedMarkShowsOnlyWhenPaused();
    void imagesAreDrawnAtEverySize_data();
    void imagesAreDrawnAtEverySize();
    void iconRendersAtTheAskedPixelRatio();
    // the state shown
    void iconStateFollowsTheStatus();
    // the tooltip
    void toolTipNamesTheWorstThree();
    void toolTipNamesAProviderOnlyWithoutServiceProblems();
    void toolTipTellsTheAgeOfTheData();
    void toolTipTellsAPause();
    void toolTipTellsOfflineAndStale();
    // the menu
    void menuReachesEverything();
    void problemsMenuListsProblemsWorstFirst();
    void problemsMenuShowsAtMostFifteen();
    void problemsMenuSaysWhenThereAreNone();
    void problemsMenuKeepsItsEntriesForNewerData();
    void problemsMenuWaitsUntilItCloses();
    void pauseEntriesAskForTheirLength_data();
    void pauseEntriesAskForTheirLength();
    void resumeIsOfferedOnlyWhilePaused();
    void openDashboardIsAlwaysOffered();
    // a tray that comes up late
    void trayIsLookedForAgainForThreeMinutes();
};

void TestTrayController::initTestCase()
{
    // The SVGs must be compiled in: without them the painted fallback would pass these tests too.
    for (const QString &name :
         {QStringLiteral("operational"), QStringLiteral("informational"), QStringLiteral("maintenance"),
          QStringLiteral("degraded"), QStringLiteral("partial_outage"), QStringLiteral("major_outage"),
          QStringLiteral("unknown"), QStringLiteral("stale"), QStringLiteral("offline")})
        QVERIFY2(QFile::exists(QStringLiteral(":/icons/tray/%1.svg").arg(name)), qPrintable(name));
    QVERIFY(!TrayController::available()); // offscreen: the menu only
}

void TestTrayController::symbolIsDrawnInTheStatusColour_data()
{
    QTest::addColumn<Status>("status");
    for (Status status : allStatuses)
        QTest::newRow(qPrintable(statusName(status))) << status;
}

void TestTrayController::symbolIsDrawnInTheStatusColour()
{
    QFETCH(Status, status);
    for (int size : {16, 64}) {
        const QImage image = trayIconImage(symbol(status), size);
        // The fill is the status colour: more pixels of it than of any other status's colour.
        const int own = pixelsOf(image, statusColor(status));
        QVERIFY2(own > size * size / 8, qPrintable(QStringLiteral("%1 px: %2").arg(size).arg(own)));
        for (Status other : allStatuses) {
            if (other != status)
                QVERIFY2(pixelsOf(image, statusColor(other)) < own / 4, qPrintable(statusName(other)));
        }
    }
    // Shape as well as colour: no two statuses differ by colour alone, which the colour-blind miss.
    const QImage image = trayIconImage(symbol(status), 64);
    for (Status other : allStatuses) {
        if (other == status)
            continue;
        const QImage otherImage = trayIconImage(symbol(other), 64);
        QImage alphaOnly = image.convertToFormat(QImage::Format_Alpha8);
        QImage otherAlphaOnly = otherImage.convertToFormat(QImage::Format_Alpha8);
        // Identical outlines would leave the alpha channels equal; only the two circles share one,
        // and their glyphs (check mark, "i") set them apart.
        const bool circles = (status == Status::Operational || status == Status::Informational)
            && (other == Status::Operational || other == Status::Informational);
        if (!circles)
            QVERIFY2(differingPixels(alphaOnly, otherAlphaOnly) > 100, qPrintable(statusName(other)));
        else
            QVERIFY(pixelsOf(image, Qt::white) != pixelsOf(otherImage, Qt::white));
    }
}

void TestTrayController::staleAndOfflineDifferFromEveryStatus()
{
    const QImage stale = trayIconImage(kind(TrayIconState::Stale), 32);
    const QImage offline = trayIconImage(kind(TrayIconState::Offline), 32);
    QVERIFY(differingPixels(stale, offline) > 60);
    for (Status status : allStatuses) {
        const QImage image = trayIconImage(symbol(status), 32);
        QVERIFY2(differingPixels(stale, image) > 60, qPrintable(statusName(status)));
        QVERIFY2(differingPixels(offline, image) > 60, qPrintable(statusName(status)));
    }
    // No data is no colour: neither uses any colour of a reported status.
    for (Status status : allStatuses) {
        if (status == Status::Unknown)
            continue;
        QCOMPARE(pixelsOf(stale, statusColor(status)), 0);
        QCOMPARE(pixelsOf(offline, statusColor(status)), 0);
    }
}

void TestTrayController::badgeShowsOnlyWithProblems()
{
    const QImage none = trayIconImage(symbol(Status::MajorOutage), 64);
    const QImage three = trayIconImage(symbol(Status::MajorOutage, 3), 64);
    const QImage many = trayIconImage(symbol(Status::MajorOutage, 12), 64);
    const QRect topRight(32, 0, 32, 32);
    const QRect bottomLeft(0, 32, 32, 32);
    QVERIFY(differingPixels(none, three, topRight) > 150);
    QCOMPARE(differingPixels(none, three, bottomLeft), 0);
    // The badge is white with a number on it: "3" and "9+" differ.
    QVERIFY(pixelsOf(three, Qt::white, topRight) > pixelsOf(none, Qt::white, topRight) + 100);
    QVERIFY(differingPixels(three, many, topRight) > 20);
    QCOMPARE(trayIconImage(symbol(Status::MajorOutage, 12), 64),
             trayIconImage(symbol(Status::MajorOutage, 40), 64));
    // The stale and offline states have no badge: their problems are not current.
    QCOMPARE(trayIconImage(kind(TrayIconState::Stale, 3), 64), trayIconImage(kind(TrayIconState::Stale), 64));
    QCOMPARE(trayIconImage(kind(TrayIconState::Offline, 3), 64),
             trayIconImage(kind(TrayIconState::Offline), 64));
}

void TestTrayController::badgeIsADotWhereANumberWouldNotRead()
{
    // At 16 pixels the badge is a dot, the same for any count; at 32 the number shows.
    const QImage none = trayIconImage(symbol(Status::Degraded), 16);
    const QImage three = trayIconImage(symbol(Status::Degraded, 3), 16);
    QVERIFY(differingPixels(none, three, QRect(8, 0, 8, 8)) > 10);
    QCOMPARE(three, trayIconImage(symbol(Status::Degraded, 7), 16));
    QVERIFY(differingPixels(trayIconImage(symbol(Status::Degraded, 3), 32),
                            trayIconImage(symbol(Status::Degraded, 7), 32))
            > 5);
    // The same 16-pixel icon on a 2x screen has the pixels for the number.
    QVERIFY(trayIconImage(symbol(Status::Degraded, 3), 16, 2)
            != trayIconImage(symbol(Status::Degraded, 7), 16, 2));
}

void TestTrayController::pausedMarkShowsOnlyWhenPaused()
{
    for (const TrayIconState &state :
         {symbol(Status::Operational), kind(TrayIconState::Stale), kind(TrayIconState::Offline)}) {
        TrayIconState paused = state;
        paused.paused = true;
        const QImage running = trayIconImage(state, 64);
        const QImage image = trayIconImage(paused, 64);
        QVERIFY(differingPixels(running, image, QRect(32, 32, 32, 32)) > 150);
        QCOMPARE(differingPixels(running, image, QRect(0, 0, 32, 32)), 0);
        QVERIFY(pixelsOf(image, QColor(0x1A, 0x1A, 0x1A)) > 150); // the dark disc behind the bars
    }
}

void TestTrayController::imagesAreDrawnAtEverySize_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<qreal>("ratio");
    for (int size : {16, 22, 24, 32, 48, 64}) {
        for (qreal ratio : {1.0, 2.0})
            QTest::addRow("%d px at %gx", size, ratio) << size << ratio;
    }
}

void TestTrayController::imagesAreDrawnAtEverySize()
{
    QFETCH(int, size);
    QFETCH(qreal, ratio);
    const int pixels = qRound(size * ratio);
    for (const TrayIconState &state :
         {symbol(Status::Operational), symbol(Status::Degraded, 4, true), kind(TrayIconState::Stale, 0, true),
          kind(TrayIconState::Offline), symbol(Status::Unknown, 20)}) {
        const QImage image = trayIconImage(state, size, ratio);
        QCOMPARE(image.size(), QSize(pixels, pixels));
        QCOMPARE(image.devicePixelRatio(), ratio);
        // Not blank: the symbol covers a good part of the square, and the corners stay clear.
        QVERIFY2(opaquePixels(image) > pixels * pixels / 5, qPrintable(QString::number(opaquePixels(image))));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    }
    // The symbol scales: the share of status colour hardly depends on the size.
    const QImage image = trayIconImage(symbol(Status::PartialOutage), size, ratio);
    const double share = double(pixelsOf(image, statusColor(Status::PartialOutage))) / (pixels * pixels);
    QVERIFY2(share > 0.2 && share < 0.6, qPrintable(QString::number(share)));
}

void TestTrayController::iconRendersAtTheAskedPixelRatio()
{
    const QIcon icon = trayIcon(symbol(Status::MajorOutage, 2, true));
    QVERIFY(!icon.isNull());
    QVERIFY(icon.availableSizes().contains(QSize(22, 22)));
    for (qreal ratio : {1.0, 2.0}) {
        for (int size : {16, 22, 30}) {
            const QPixmap pixmap = icon.pixmap(QSize(size, size), ratio);
            QCOMPARE(pixmap.size(), QSize(size, size) * ratio);
            QCOMPARE(pixmap.devicePixelRatio(), ratio);
            // Drawn for that size, not scaled from another.
            QCOMPARE(pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied),
                     trayIconImage(symbol(Status::MajorOutage, 2, true), size, ratio)
                         .convertToFormat(QImage::Format_ARGB32_Premultiplied));
        }
    }
}

void TestTrayController::iconStateFollowsTheStatus()
{
    TrayController tray;
    QCOMPARE(tray.iconState(), symbol(Status::Unknown));

    TrayStatus status = trayStatus(Status::MajorOutage,
                                   {cell(QStringLiteral("aws"), QStringLiteral("EC2"), Status::MajorOutage),
                                    cell(QStringLiteral("aws"), QString(), Status::MajorOutage),
                                    cell(QStringLiteral("gcp"), QStringLiteral("GKE"), Status::Degraded)});
    tray.update(status);
    // The AWS summary row names nothing its EC2 row does not: two problems.
    QCOMPARE(tray.iconState(), symbol(Status::MajorOutage, 2));
    QCOMPARE(tray.shownStatus(), Status::MajorOutage);
    QVERIFY(!tray.showsOffline());

    status.pausedUntil = now.addSecs(3600);
    tray.update(status);
    QCOMPARE(tray.iconState(), symbol(Status::MajorOutage, 2, true));
    status.pausedUntil = now.addSecs(-1); // a pause that ended is no pause
    tray.update(status);
    QVERIFY(!tray.iconState().paused);

    // No source fresh, none pending: stale, whatever the last overall status was.
    status.sources = {source(QStringLiteral("aws"), SourceHealth::Stale, 600),
                      source(QStringLiteral("gcp"), SourceHealth::Failing, 900)};
    tray.update(status);
    QCOMPARE(tray.iconState().kind, TrayIconState::Stale);
    QCOMPARE(tray.iconState().problems, 0); // no badge: the problems are not current
    // One pending source is still coming: not stale yet.
    status.sources << source(QStringLiteral("azure"), SourceHealth::Pending);
    tray.update(status);
    QCOMPARE(tray.iconState().kind, TrayIconState::StatusKind);

    status.offlineReason = QStringLiteral("No network connection");
    tray.update(status);
    QCOMPARE(tray.iconState().kind, TrayIconState::Offline);
    QCOMPARE(tray.iconState().problems, 0);
    QVERIFY(tray.showsOffline());
}

void TestTrayController::toolTipNamesTheWorstThree()
{
    TrayController tray;
    tray.update(trayStatus(Status::MajorOutage,
                           {cell(QStringLiteral("gcp"), QStringLiteral("GKE"), Status::Degraded),
                            cell(QStringLiteral("aws"), QStringLiteral("EC2"), Status::MajorOutage, {},
                                 QStringLiteral("us-east-1"), QStringLiteral("N. Virginia")),
                            cell(QStringLiteral("github"), QStringLiteral("Actions"), Status::PartialOutage),
                            cell(QStringLiteral("slack"), QStringLiteral("Calls"), Status::Degraded),
                            cell(QStringLiteral("azure"), QStringLiteral("DNS"), Status::Degraded)}));
    const QStringList lines = tray.toolTip().split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("Outage Radar: Major outage"));
    QCOMPARE(lines.value(1), QStringLiteral("AWS EC2 (N. Virginia): major outage"));
    QCOMPARE(lines.value(2), QStringLiteral("GITHUB Actions: partial outage"));
    QCOMPARE(lines.value(3), QStringLiteral("AZURE DNS: degraded")); // by name among equals
    QCOMPARE(lines.value(4), QStringLiteral("and 2 more problem(s)"));
    QCOMPARE(lines.value(5), QStringLiteral("Updated just now"));
    QCOMPARE(lines.size(), 6);
}

void TestTrayController::toolTipNamesAProviderOnlyWithoutServiceProblems()
{
    TrayController tray;
    tray.update(trayStatus(Status::Degraded,
                           {cell(QStringLiteral("aws"), QString(), Status::Degraded),
                            cell(QStringLiteral("aws"), QStringLiteral("S3"), Status::Degraded),
                            cell(QStringLiteral("slack"), QString(), Status::Degraded)}));
    const QStringList lines = tray.toolTip().split(QLatin1Char('\n'));
    QCOMPARE(lines.mid(1, 2),
             (QStringList {QStringLiteral("AWS S3: degraded"), QStringLiteral("SLACK: degraded")}));
    QCOMPARE(tray.problems().size(), 2);
}

void TestTrayController::toolTipTellsTheAgeOfTheData()
{
    TrayController tray;
    TrayStatus status = trayStatus(Status::Operational);
    status.sources = {source(QStringLiteral("aws"), SourceHealth::Fresh, 150),
                      source(QStringLiteral("gcp"), SourceHealth::Fresh, 400)};
    tray.update(status);
    // The newest fresh data counts.
    QCOMPARE(tray.toolTip(), QStringLiteral("Outage Radar: Operational\nUpdated 2 min ago"));

    status.sources << source(QStringLiteral("azure"), SourceHealth::Stale, 30);
    tray.update(status);
    // The stale source's newer success does not make the shown data newer.
    QCOMPARE(tray.toolTip(),
             QStringLiteral("Outage Radar: Operational\nUpdated 2 min ago, 1 source(s) of 3 not up to date"));

    status.sources = {source(QStringLiteral("aws"), SourceHealth::Pending)};
    tray.update(status);
    QCOMPARE(tray.toolTip(), QStringLiteral("Outage Radar: Operational\nWaiting for the first data"));
}

void TestTrayController::toolTipTellsAPause()
{
    TrayController tray;
    TrayStatus status = trayStatus(Status::Operational);
    status.pausedUntil = now.addSecs(2 * 3600);
    tray.update(status);
    const QString until = shortLocalTime(status.pausedUntil, now);
    QVERIFY(!until.isEmpty());
    QCOMPARE(tray.toolTip().split(QLatin1Char('\n')).constLast(),
             QStringLiteral("Notifications paused until %1").arg(until));

    status.pausedUntil = QDateTime();
    tray.update(status);
    QVERIFY(!tray.toolTip().contains(QStringLiteral("paused")));
}

void TestTrayController::toolTipTellsOfflineAndStale()
{
    TrayController tray;
    TrayStatus status = trayStatus(Status::MajorOutage,
                                   {cell(QStringLiteral("aws"), QStringLiteral("EC2"), Status::MajorOutage)});
    status.sources = {source(QStringLiteral("aws"), SourceHealth::Failing, 20 * 60)};
    status.offlineReason = QStringLiteral("No network connection");
    tray.update(status);
    QCOMPARE(tray.toolTip(),
             QStringLiteral("Outage Radar: offline\nNo network connection\n"
                            "Updated 20 min ago, 1 source(s) of 1 not up to date"));

    status.offlineReason.clear();
    tray.update(status);
    QCOMPARE(tray.toolTip(),
             QStringLiteral("Outage Radar: data not up to date\n"
                            "Updated 20 min ago, 1 source(s) of 1 not up to date"));
}

void TestTrayController::menuReachesEverything()
{
    TrayController tray;
    QVERIFY(tray.menu());
    // Top level: each entry with its own mnemonic, Quit last.
    QStringList mnemonics;
    for (const QAction *each : tray.menu()->actions()) {
        if (each->isSeparator())
            continue;
        const qsizetype amp = each->text().indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0, qPrintable(each->text()));
        mnemonics << each->text().mid(amp + 1, 1).toLower();
    }
    QCOMPARE(mnemonics.size(), 6);
    QCOMPARE(QSet<QString>(mnemonics.cbegin(), mnemonics.cend()).size(), mnemonics.size());
    QCOMPARE(tray.menu()->actions().constLast()->objectName(), QStringLiteral("quit"));

    const auto expect = [&tray](const QString &name, auto signal) {
        auto *entry = tray.menu()->findChild<QAction *>(name);
        QVERIFY2(entry, qPrintable(name));
        QSignalSpy spy(&tray, signal);
        QVERIFY(spy.isValid());
        entry->trigger();
        QVERIFY2(spy.size() == 1, qPrintable(name));
    };
    expect(QStringLiteral("openDashboard"), &TrayController::showWindowRequested);
    expect(QStringLiteral("refreshNow"), &TrayController::refreshRequested);
    expect(QStringLiteral("settings"), &TrayController::settingsRequested);
    expect(QStringLiteral("quit"), &TrayController::quitRequested);
}

void TestTrayController::problemsMenuListsProblemsWorstFirst()
{
    TrayController tray;
    tray.update(trayStatus(Status::MajorOutage,
                           {cell(QStringLiteral("att"), QStringLiteral("Voice"), Status::Degraded),
                            cell(QStringLiteral("aws"), QStringLiteral("EC2"), Status::MajorOutage,
                                 {QStringLiteral("arn1"), QStringLiteral("arn2")},
                                 QStringLiteral("us-east-1"), QStringLiteral("N. Virginia"))}));
    auto *problems = tray.menu()->findChild<QMenu *>(QStringLiteral("problemsMenu"));
    QVERIFY(problems);
    QCOMPARE(problems->title(), QStringLiteral("&Problems (2)"));
    QCOMPARE(texts(problems),
             (QStringList {QStringLiteral("AWS EC2 (N. Virginia): major outage"),
                           QStringLiteral("ATT Voice: degraded")}));
    QVERIFY(!problems->actions().constFirst()->icon().isNull());

    QSignalSpy spy(&tray, &TrayController::problemRequested);
    QVERIFY(spy.isValid());
    problems->actions().constFirst()->trigger();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<CellKey>(),
             (CellKey {QStringLiteral("aws"), QStringLiteral("EC2"), QStringLiteral("us-east-1")}));
    QCOMPARE(spy.at(0).at(1).toStringList(),
             (QStringList {QStringLiteral("aws\narn1"), QStringLiteral("aws\narn2")}));

    // A name with an ampersand keeps it rather than turning it into a mnemonic.
    CellState att = cell(QStringLiteral("att"), QStringLiteral("Voice"), Status::Degraded);
    att.providerName = QStringLiteral("AT&T");
    tray.update(trayStatus(Status::Degraded, {att}));
    QCOMPARE(texts(problems), QStringList {QStringLiteral("AT&&T Voice: degraded")});
}

void TestTrayController::problemsMenuShowsAtMostFifteen()
{
    TrayController tray;
    QList<CellState> cells;
    for (int i = 0; i < 20; ++i)
        cells << cell(QStringLiteral("p%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("S"),
                      i == 19 ? Status::MajorOutage : Status::Degraded);
    tray.update(trayStatus(Status::MajorOutage, cells));
    auto *problems = tray.menu()->findChild<QMenu *>(QStringLiteral("problemsMenu"));
    const QStringList shown = texts(problems);
    QCOMPARE(shown.size(), TrayController::problemsInMenu + 1);
    QCOMPARE(shown.constFirst(), QStringLiteral("P19 S: major outage"));
    QCOMPARE(shown.constLast(), QStringLiteral("and 5 more…"));
    QSignalSpy spy(&tray, &TrayController::showWindowRequested);
    problems->actions().constLast()->trigger();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(tray.iconState().problems, 20);
}

void TestTrayController::problemsMenuSaysWhenThereAreNone()
{
    TrayController tray;
    tray.update(trayStatus(Status::Operational));
    auto *problems = tray.menu()->findChild<QMenu *>(QStringLiteral("problemsMenu"));
    QCOMPARE(problems->title(), QStringLiteral("&Problems"));
    QCOMPARE(problems->actions().size(), 1);
    QCOMPARE(problems->actions().constFirst()->text(), QStringLiteral("No problems"));
    QVERIFY(!problems->actions().constFirst()->isEnabled());
}

void TestTrayController::problemsMenuKeepsItsEntriesForNewerData()
{
    TrayController tray;
    QList<CellState> cells {
        cell(QStringLiteral("aws"), QStringLiteral("EC2"), Status::MajorOutage, {QStringLiteral("arn1")}),
        cell(QStringLiteral("gcp"), QStringLiteral("GKE"), Status::Degraded)};
    for (CellState &each : cells)
        each.dataTime = now;
    TrayStatus status = trayStatus(Status::MajorOutage, cells);
    tray.update(status);
    auto *problems = tray.menu()->findChild<QMenu *>(QStringLiteral("problemsMenu"));
    QVERIFY(problems);
    const QList<QAction *> before = problems->actions();
    const QList<QPointer<QAction>> entries = watched(problems);
    QCOMPARE(entries.size(), 2);

    // The next poll: the same problems, fetched a minute later.
    for (CellState &each : status.problems)
        each.dataTime = now.addSecs(60);
    status.now = now.addSecs(60);
    tray.update(status);
    QVERIFY(allAlive(entries));
    QCOMPARE(problems->actions(), before);

    // What the entries show changed: new entries (the control that the check above can fail).
    status.problems[1].incidentIds = {QStringLiteral("gke1")};
    tray.update(status);
    QVERIFY(!allAlive(entries));
}

void TestTrayController::problemsMenuWaitsUntilItCloses()
{
    TrayController tray;
    tray.update(
        trayStatus(Status::Degraded, {cell(QStringLiteral("gcp"), QStringLiteral("GKE"), Status::Degraded)}));
    auto *problems = tray.menu()->findChild<QMenu *>(QStringLiteral("problemsMenu"));
    QVERIFY(problems);
    const QStringList gke {QStringLiteral("GCP GKE: degraded")};
    const QStringList both {QStringLiteral("AWS EC2: major outage"), QStringLiteral("GCP GKE: degraded")};
    const TrayStatus worse =
        trayStatus(Status::MajorOutage,
                   {cell(QStringLiteral("gcp"), QStringLiteral("GKE"), Status::Degraded),
                    cell(QStringLiteral("aws"), QStringLiteral("EC2"), Status::MajorOutage)});

    // Open on screen: the entries stay while it is; the rest of the tray follows at once.
    problems->popup(QPoint(10, 10));
    QTRY_VERIFY(problems->isVisible());
    QList<QPointer<QAction>> entries = watched(problems);
    tray.update(worse);
    QCOMPARE(texts(problems), gke);
    QVERIFY(allAlive(entries));
    QCOMPARE(tray.iconState().problems, 2);
    QVERIFY(tray.toolTip().contains(QStringLiteral("AWS EC2: major outage")));
    problems->close();
    QTRY_COMPARE(texts(problems), both);
    QCOMPARE(problems->title(), QStringLiteral("&Problems (2)"));

    // Open in a tray that draws the menu itself (D-Bus): only the signals tell.
    tray.update(
        trayStatus(Status::Degraded, {cell(QStringLiteral("gcp"), QStringLiteral("GKE"), Status::Degraded)}));
    QCOMPARE(texts(problems), gke);
    emit problems->aboutToShow();
    tray.update(worse);
    QCOMPARE(texts(problems), gke);
    emit problems->aboutToHide();
    QTRY_COMPARE(texts(problems), both);
    // Opened again with no word of a close (not every tray sends one): the opening catches up.
    emit problems->aboutToShow();
    tray.update(
        trayStatus(Status::Degraded, {cell(QStringLiteral("gcp"), QStringLiteral("GKE"), Status::Degraded)}));
    QCOMPARE(texts(problems), both);
    emit problems->aboutToShow();
    QCOMPARE(texts(problems), gke);
}

void TestTrayController::pauseEntriesAskForTheirLength_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QuietLength>("length");
    QTest::newRow("1 hour") << QStringLiteral("quietOneHour") << QuietLength::OneHour;
    QTest::newRow("4 hours") << QStringLiteral("quietFourHours") << QuietLength::FourHours;
    QTest::newRow("tomorrow") << QStringLiteral("quietUntilTomorrow") << QuietLength::UntilTomorrow;
}

void TestTrayController::pauseEntriesAskForTheirLength()
{
    QFETCH(QString, action);
    QFETCH(QuietLength, length);
    TrayController tray;
    auto *pause = tray.menu()->findChild<QMenu *>(QStringLiteral("pauseMenu"));
    QVERIFY(pause);
    auto *entry = pause->findChild<QAction *>(action);
    QVERIFY(entry);
    QVERIFY(pause->actions().contains(entry));
    QCOMPARE(entry->objectName(), quietLengthObjectName(length));
    QVERIFY2(entry->text().contains(QLatin1Char('&')), qPrintable(entry->text())); // a mnemonic
    QSignalSpy spy(&tray, &TrayController::pauseRequested);
    QVERIFY(spy.isValid());
    entry->trigger();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<QuietLength>(), length);
}

void TestTrayController::resumeIsOfferedOnlyWhilePaused()
{
    TrayController tray;
    auto *resume = tray.menu()->findChild<QAction *>(QStringLiteral("resume"));
    auto *pausedLine = tray.menu()->findChild<QAction *>(QStringLiteral("pausedUntil"));
    QVERIFY(resume && pausedLine);
    TrayStatus status = trayStatus(Status::Operational);
    tray.update(status);
    QVERIFY(!resume->isEnabled());
    QVERIFY(!pausedLine->isVisible());

    status.pausedUntil = now.addSecs(3600);
    tray.update(status);
    QVERIFY(resume->isEnabled());
    QVERIFY(pausedLine->isVisible());
    QVERIFY(!pausedLine->isEnabled());
    QCOMPARE(pausedLine->text(),
             QStringLiteral("Paused until %1").arg(shortLocalTime(status.pausedUntil, now)));
    auto *pause = tray.menu()->findChild<QMenu *>(QStringLiteral("pauseMenu"));
    QCOMPARE(pause->actions().constFirst(), pausedLine);
    QSignalSpy spy(&tray, &TrayController::resumeRequested);
    resume->trigger();
    QCOMPARE(spy.size(), 1);

    status.pausedUntil = QDateTime();
    tray.update(status);
    QVERIFY(!resume->isEnabled());
    QVERIFY(!pausedLine->isVisible());
}

void TestTrayController::openDashboardIsAlwaysOffered()
{
    // A visible window may be hidden behind others: the entry raises it then.
    TrayController tray;
    auto *open = tray.menu()->findChild<QAction *>(QStringLiteral("openDashboard"));
    QVERIFY(open);
    QVERIFY(open->isEnabled());
    QSignalSpy spy(&tray, &TrayController::showWindowRequested);
    QVERIFY(spy.isValid());
    open->trigger();
    QCOMPARE(spy.size(), 1);
}

void TestTrayController::trayIsLookedForAgainForThreeMinutes()
{
    // Offscreen has no tray: the controller must not try an icon there, which would warn.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
    TrayController tray;
    QVERIFY(!tray.isShown());
    auto *check = tray.findChild<QTimer *>(QStringLiteral("trayCheck"));
    QVERIFY(check);
    QVERIFY(check->isActive());
    QCOMPARE(check->interval(), 5000);
    QCOMPARE(TrayController::trayChecks * check->interval(), 3 * 60 * 1000);

    // Still no tray after every check: it gives up, quietly, and shows nothing.
    QSignalSpy spy(&tray, &TrayController::trayAvailableChanged);
    QVERIFY(spy.isValid());
    check->setInterval(1);
    QTRY_VERIFY_WITH_TIMEOUT(!check->isActive(), 5000);
    QCOMPARE(spy.size(), 0);
    QVERIFY(!tray.isShown());
}

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
