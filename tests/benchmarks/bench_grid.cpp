// SPDX-License-Identifier: GPL-3.0-or-later
// The health grid at scale: 10 providers x 25 services x 40 regions (10,000 cells, plus one
// summary cell per provider in "global"), held by the real model behind the real filter proxy and
// shown by the real view in an offscreen 1400x900 window. Measures applying a snapshot that
// changes one cell (updateProvider), one that changes every cell (setCells), and painting the
// viewport (render() into an image), each against a QStandardItemModel of 250 x 40 items (text and
// background) under a plain QTableView in the same process. The all-items baseline is measured
// twice: item by item, a dataChanged each (2), and with signals blocked and one dataChanged for
// the lot (2b). Steps compared with each other take turns round by round, so load from elsewhere
// weighs on both alike. Not a test: it asserts nothing and prints medians of nsecsElapsed().
//
// Usage: bench_grid [REPEATS=200]
#include "benchtiming.h"
#include "healthgridview.h"

#include "item/gridfiltermodel.h"
#include "item/healthgridmodel.h"
#include "item/statustext.h"
#include "policy/healthstate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QPaintEvent>
#include <QStandardItemModel>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iterator>

using namespace radar;

namespace {

constexpr int providerCount = 10;
constexpr int servicesPerProvider = 25;
constexpr int warmUpRounds = 5;

// Real region ids of all three clouds, so geography mode merges some of them into one place
// (Virginia, Frankfurt, London, Sydney ...) the way it does with real feeds.
const char *const regionIds[] = {
    "us-east-1",      "us-east-2",          "us-west-2",       "eu-west-1",       "eu-west-2",
    "eu-central-1",   "eu-west-3",          "eu-north-1",      "ap-northeast-1",  "ap-southeast-1",
    "ap-southeast-2", "ap-south-1",         "sa-east-1",       "ca-central-1",    "us-central1",
    "us-east4",       "us-west1",           "europe-west1",    "europe-west2",    "europe-west3",
    "europe-west4",   "europe-west9",       "asia-northeast1", "asia-southeast1", "australia-southeast1",
    "asia-south1",    "southamerica-east1", "eastus",          "eastus2",         "centralus",
    "westus2",        "westeurope",         "northeurope",     "uksouth",         "germanywestcentral",
    "francecentral",  "japaneast",          "southeastasia",   "australiaeast",   "brazilsouth",
};
constexpr int regionCount = int(std::size(regionIds));
static_assert(providerCount * servicesPerProvider * regionCount == 10000);

// The one-cell change happens where both column modes show it on screen (Sydney sorts early by
// id and by place), in a region where the provider's other services are all green, so its group
// row turns too: the common case of a region going bad.
constexpr int changedProvider = 0;
constexpr int changedService = 12;
constexpr int standardColumn = 3; // where the baseline's one-item change happens, on screen too
constexpr int changedRegion = 10; // ap-southeast-2
constexpr int calmRegions[] = {10, 24, 38}; // Sydney: ap-southeast-2, australia-southeast1, australiaeast

bool isCalm(int provider, int service, int region)
{
    return provider == changedProvider
        && (service == changedService
            || std::count(std::begin(calmRegions), std::end(calmRegions), region) > 0);
}

// Mostly green, as real grids are, with every other status present; deterministic, so every run
// measures the same grid.
Status statusFor(int provider, int service, int region)
{
    static constexpr int cumulativePercent[] = {84, 88, 91, 96, 99, 100}; // allStatuses' order
    const int mix = (provider * 7919 + service * 104729 + region * 1299709) % 100;
    int status = 0;
    while (mix >= cumulativePercent[status])
        ++status;
    return allStatuses[status];
}

/// Which of the two full grids: in the flipped one every cell's status differs from the base one.
enum class Variant : quint8 { Base, Flipped };

/// Rounds alternate between the variants, so every round really changes what it applies.
Variant variantOf(int round)
{
    return round % 2 == 0 ? Variant::Flipped : Variant::Base;
}

Status statusIn(Variant variant, Status status)
{
    const Status other = status == Status::Operational ? Status::Degraded : Status::Operational;
    return variant == Variant::Base ? status : other;
}

CellState makeCell(const QString &provider, const QString &service, const QString &region, Status status)
{
    static const QDateTime since = QDateTime(QDate(2024, 5, 1), QTime(8, 30), Qt::UTC);
    static const QDateTime fetched = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    CellState cell;
    cell.key = {provider, service, region};
    cell.providerName = QStringLiteral("Provider ") + provider.right(2);
    cell.serviceName = service.isEmpty() ? QString() : QStringLiteral("Service ") + service.right(2);
    cell.group = service.isEmpty() ? QString() : QStringLiteral("Group %1").arg(service.right(2).toInt() % 5);
    cell.regionName = region;
    cell.status = status;
    cell.lastKnown = status;
    cell.sourceHealth = SourceHealth::Fresh;
    cell.dataTime = fetched;
    cell.source = QStringLiteral("https://status.%1.invalid/api/v2/summary.json").arg(provider);
    if (status != Status::Operational) {
        cell.since = since;
        cell.incidentIds = {provider + QStringLiteral("-incident-") + service};
        cell.incidentTitles = {QStringLiteral("Elevated error rates for %1").arg(cell.serviceName)};
    }
    return cell;
}

/// One provider's cells, its summary cell first, in the order HealthState::cellsOf() gives them.
QList<CellState> providerCells(int provider, Variant variant)
{
    const QString id = QStringLiteral("provider%1").arg(provider, 2, 10, QLatin1Char('0'));
    QList<CellState> cells;
    cells.reserve(1 + servicesPerProvider * regionCount);
    cells << makeCell(id, QString(), globalRegion(), statusIn(variant, Status::Operational));
    for (int service = 0; service < servicesPerProvider; ++service) {
        const QString serviceId = QStringLiteral("service%1").arg(service, 2, 10, QLatin1Char('0'));
        for (int region = 0; region < regionCount; ++region) {
            const Status status = isCalm(provider, service, region) ? Status::Operational
                                                                    : statusFor(provider, service, region);
            cells << makeCell(id, serviceId, QLatin1String(regionIds[region]), statusIn(variant, status));
        }
    }
    return cells;
}

QList<CellState> allCells(Variant variant)
{
    QList<CellState> cells;
    for (int provider = 0; provider < providerCount; ++provider)
        cells << providerCells(provider, variant);
    return cells;
}

/// The same provider with exactly one cell's status changed.
QList<CellState> withOneCellChanged(QList<CellState> cells)
{
    // The summary cell comes first, then each service's regions in the order of regionIds.
    CellState &cell = cells[1 + changedService * regionCount + changedRegion];
    cell = makeCell(cell.key.provider, cell.key.service, cell.key.region, Status::Degraded);
    return cells;
}

void settle()
{
    // Layouts and repaints are posted; a few turns let every one of them run.
    for (int turn = 0; turn < 3; ++turn)
        QCoreApplication::processEvents();
}

using benchtiming::Step;

QList<qint64> mediansOf(int repeats, const QList<Step> &steps)
{
    return benchtiming::mediansOf(repeats, warmUpRounds, steps, settle);
}

/// The step and the event-loop turn that repaints what it changed: what the GUI thread spends
/// before the change is on screen.
Step withRepaint(const Step &step)
{
    return [step](int round) {
        step(round);
        QCoreApplication::processEvents();
    };
}

using benchtiming::duration;
using benchtiming::printRow;

/// Counts a model's dataChanged signals and remembers the span of the last one.
class SignalCounter
{
public:
    SignalCounter(const char *name, QAbstractItemModel *model)
        : m_name(name)
    {
        QObject::connect(
            model, &QAbstractItemModel::dataChanged, model,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                ++m_count;
                m_span = {bottomRight.column() - topLeft.column() + 1, bottomRight.row() - topLeft.row() + 1};
            });
    }
    void reset()
    {
        m_count = 0;
        m_span = QSize();
    }
    QString describe() const
    {
        return QString::asprintf("%s %d dataChanged (last %dx%d)", m_name, m_count, m_span.height(),
                                 m_span.width());
    }

private:
    const char *m_name;
    int m_count = 0;
    QSize m_span;
};

/// The bounding box of what a viewport repaints, so the notes can say how much a change redraws.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget *viewport)
        : QObject(viewport)
    {
        viewport->installEventFilter(this);
    }
    void reset() { m_painted = QRect(); }
    QString describe() const
    {
        return QStringLiteral("repaints %1x%2 px").arg(m_painted.width()).arg(m_painted.height());
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted |= static_cast<QPaintEvent *>(event)->region().boundingRect();
        return QObject::eventFilter(watched, event);
    }

private:
    QRect m_painted;
};

/// The baseline's item: the status word and a background, as a plain model would hold a cell.
QMap<int, QVariant> standardItem(int row, int column, Variant variant)
{
    const Status status =
        statusIn(variant, statusFor(row / servicesPerProvider, row % servicesPerProvider, column));
    const QColor color = status == Status::Operational ? QColor(0x00, 0x9E, 0x73) : QColor(0xE6, 0x9F, 0x00);
    return {{Qt::DisplayRole, statusText(status)}, {Qt::BackgroundRole, QBrush(color)}};
}

/// Sets every item, one setItemData (so one dataChanged) each.
void setStandardItems(QStandardItemModel &model, Variant variant)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.setItemData(model.index(row, column), standardItem(row, column, variant));
    }
}

/// Alternates a provider of `model` between its base cells and `changed`, as snapshots would.
Step updating(HealthGridModel &model, const QList<CellState> &base, const QList<CellState> &changed)
{
    return [&model, &base, &changed](int round) {
        if (!model.updateProvider(base.first().key.provider,
                                  variantOf(round) == Variant::Flipped ? changed : base))
            qFatal("updateProvider refused the snapshot: the figure would not be about updating");
    };
}

/// Alternates `model` between two full grids.
Step replacing(HealthGridModel &model, const QList<CellState> &base, const QList<CellState> &flipped)
{
    return [&model, &base, &flipped](int round) {
        model.setCells(variantOf(round) == Variant::Flipped ? flipped : base);
    };
}

Step settingOneItem(QStandardItemModel &model)
{
    return [&model](int round) {
        model.setItemData(model.index(changedService, standardColumn),
                          standardItem(changedService, standardColumn, variantOf(round)));
    };
}

Step settingAllItems(QStandardItemModel &model)
{
    return [&model](int round) {
        setStandardItems(model, variantOf(round));
    };
}

QString visibleCells(const QTableView &view, const QSize &area)
{
    const int rows = view.rowAt(area.height() - 1) - view.rowAt(0) + 1;
    const int columns = view.columnAt(area.width() - 1) - view.columnAt(0) + 1;
    return QStringLiteral("%1x%2 cells visible").arg(rows).arg(columns);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const int repeats = std::max(1, QCoreApplication::arguments().value(1, QStringLiteral("200")).toInt());
    // Painting is the slow figure; a quarter of the rounds still gives a steady median.
    const int paintRepeats = std::max(10, repeats / 4);

    const QList<CellState> baseCells = allCells(Variant::Base);
    const QList<CellState> flippedCells = allCells(Variant::Flipped);
    const QList<CellState> baseProvider = providerCells(changedProvider, Variant::Base);
    const QList<CellState> oneCellChanged = withOneCellChanged(baseProvider);
    // What a routine refresh brings: the same statuses, fetched a minute later.
    QList<CellState> refetchedProvider = baseProvider;
    for (CellState &cell : refetchedProvider)
        cell.dataTime = cell.dataTime.addSecs(60);

    // Ours, wired as in the app: model -> filter proxy -> view.
    HealthGridModel grid;
    GridFilterModel filter(&grid);
    grid.setCells(baseCells);
    HealthGridView view(&filter);
    view.resize(1400, 900);
    view.show();
    SignalCounter gridSignals("model", &grid);
    SignalCounter filterSignals("proxy", &filter);
    PaintWatcher gridPaints(view.viewport());

    // The baseline: what Qt does with no model of ours, same number of cells, same section sizes
    // so the same number of cells are on screen (its headers, outside the viewport, say numbers).
    QStandardItemModel standard(servicesPerProvider * providerCount, regionCount);
    setStandardItems(standard, Variant::Base);
    QTableView table;
    table.setModel(&standard);
    table.verticalHeader()->setDefaultSectionSize(view.verticalHeader()->defaultSectionSize());
    table.horizontalHeader()->setDefaultSectionSize(view.horizontalHeader()->defaultSectionSize());
    table.resize(view.size());
    table.show();
    settle();
    SignalCounter standardSignals("model", &standard);
    PaintWatcher standardPaints(table.viewport());

    // Both models again with nothing attached, to tell the model's own cost from what the proxy
    // and the view add.
    HealthGridModel bareGrid;
    bareGrid.setCells(baseCells);
    QStandardItemModel bareStandard(servicesPerProvider * providerCount, regionCount);
    setStandardItems(bareStandard, Variant::Base);

    const Step applyOneCell = updating(grid, baseProvider, oneCellChanged);
    const Step applyRefetched = updating(grid, baseProvider, refetchedProvider);
    const Step applyAllCells = replacing(grid, baseCells, flippedCells);
    const Step setOneItem = settingOneItem(standard);
    const Step setAllItems = settingAllItems(standard);
    const Step setAllItemsQuietly = [&](int round) {
        // What a model does when it knows it is changing everything: one signal for the lot.
        standard.blockSignals(true);
        setAllItems(round);
        standard.blockSignals(false);
        emit standard.dataChanged(standard.index(0, 0),
                                  standard.index(standard.rowCount() - 1, standard.columnCount() - 1));
    };
    // One round of a step, alone, for what the notes say about signals and repaints; a second
    // round puts the first variant back (the warm-up rounds of a measurement absorb the rest).
    const auto observe = [&](const QList<SignalCounter *> &counters, PaintWatcher &paints, const Step &step) {
        settle();
        for (SignalCounter *counter : counters)
            counter->reset();
        paints.reset();
        step(0);
        QStringList observed;
        for (const SignalCounter *counter : counters)
            observed << counter->describe();
        settle();
        observed << paints.describe();
        step(1);
        settle();
        return observed.join(QStringLiteral(", "));
    };

    const QString oneCellSeen = observe({&gridSignals, &filterSignals}, gridPaints, applyOneCell);
    const QString oneItemSeen = observe({&standardSignals}, standardPaints, setOneItem);
    const QList<qint64> one =
        mediansOf(repeats,
                  {applyOneCell, setOneItem, updating(bareGrid, baseProvider, oneCellChanged),
                   settingOneItem(bareStandard)});
    const QList<qint64> onePainted = mediansOf(repeats, {withRepaint(applyOneCell), withRepaint(setOneItem)});
    const QString refetchedSeen = observe({&gridSignals, &filterSignals}, gridPaints, applyRefetched);
    const qint64 refetched = mediansOf(repeats, {applyRefetched}).value(0);

    const QString allCellsSeen = observe({&gridSignals, &filterSignals}, gridPaints, applyAllCells);
    const QString allItemsSeen = observe({&standardSignals}, standardPaints, setAllItems);
    const QString allItemsQuietlySeen = observe({&standardSignals}, standardPaints, setAllItemsQuietly);
    const QList<qint64> all =
        mediansOf(repeats,
                  {applyAllCells, setAllItems, replacing(bareGrid, baseCells, flippedCells),
                   settingAllItems(bareStandard)});
    const QList<qint64> allQuietly = mediansOf(repeats, {applyAllCells, setAllItemsQuietly});

    // Both painted into the same image, the size of our viewport.
    const QSize area = view.viewport()->size();
    QImage image(area, QImage::Format_ARGB32_Premultiplied);
    const QRegion everything(QRect(QPoint(), area));
    const Step paintGrid = [&](int) {
        view.viewport()->render(&image, QPoint(), everything);
    };
    const Step paintTable = [&](int) {
        table.viewport()->render(&image, QPoint(), everything);
    };
    const QList<qint64> paint = mediansOf(paintRepeats, {paintGrid, paintTable});

    grid.setColumnMode(HealthGridModel::ColumnMode::Geography);
    settle();
    const int geographyColumns = grid.columnCount();
    const QString geographySeen = observe({&gridSignals, &filterSignals}, gridPaints, applyOneCell);
    const QList<qint64> oneGeography = mediansOf(repeats, {applyOneCell, setOneItem});
    const QList<qint64> paintGeography = mediansOf(paintRepeats, {paintGrid, paintTable});

    std::fprintf(stderr,
                 "grid: %lld cells in %d rows x %d columns (%d columns in geography mode); "
                 "baseline: %d x %d items\n",
                 qint64(baseCells.size()), grid.rowCount(), regionCount + 1, geographyColumns,
                 standard.rowCount(), standard.columnCount());
    std::fprintf(
        stderr,
        "medians of %d rounds (painting: %d), %d untimed first; viewport %dx%d: ours %s, baseline %s\n\n",
        repeats, paintRepeats, warmUpRounds, area.width(), area.height(),
        qPrintable(visibleCells(view, area)), qPrintable(visibleCells(table, area)));
    printRow("1. apply snapshot, 1 cell changed", one[0], one[1],
             QStringLiteral("updateProvider(%1 cells) vs setItemData, model + proxy + view")
                 .arg(baseProvider.size()));
    printRow("1b. ... and repaint", onePainted[0], onePainted[1],
             QStringLiteral("the call plus the event-loop turn that repaints it"));
    printRow("1c. ... model alone", one[2], one[3], QStringLiteral("no proxy, no view"));
    printRow("1d. ... in geography mode", oneGeography[0], oneGeography[1],
             QStringLiteral("%1 places").arg(geographyColumns));
    printRow("1e. ... data time changed, no status", refetched, -1,
             QStringLiteral("a routine refresh: all %1 cells differ in dataTime only; no baseline")
                 .arg(baseProvider.size()));
    printRow(
        "2. apply snapshot, all cells changed", all[0], all[1],
        QStringLiteral("setCells(%1) vs setItemData per item (a dataChanged each)").arg(baseCells.size()));
    printRow("2b. ... baseline with one signal", allQuietly[0], allQuietly[1],
             QStringLiteral("baseline: blockSignals, setItemData per item, one dataChanged"));
    printRow("2c. ... model alone", all[2], all[3], QStringLiteral("no proxy, no view; per item"));
    printRow("3. paint the viewport", paint[0], paint[1],
             QStringLiteral("render() into %1x%2; HealthGridDelegate via the proxy vs QTableView's default")
                 .arg(area.width())
                 .arg(area.height()));
    printRow("3b. ... in geography mode", paintGeography[0], paintGeography[1], QStringLiteral("same image"));

    // What one round did, from the signal and paint events rather than the clock.
    std::fprintf(stderr, "\nobserved in one round:\n");
    std::fprintf(stderr, "  1 ours:      %s\n", qPrintable(oneCellSeen));
    std::fprintf(stderr, "  1 baseline:  %s\n", qPrintable(oneItemSeen));
    std::fprintf(stderr, "  1d ours:     %s\n", qPrintable(geographySeen));
    std::fprintf(stderr, "  1e ours:     %s\n", qPrintable(refetchedSeen));
    std::fprintf(stderr, "  2 ours:      %s\n", qPrintable(allCellsSeen));
    std::fprintf(stderr, "  2 baseline:  %s\n", qPrintable(allItemsSeen));
    std::fprintf(stderr, "  2b baseline: %s\n", qPrintable(allItemsQuietlySeen));
    return 0;
}
