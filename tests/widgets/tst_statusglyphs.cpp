// SPDX-License-Identifier: GPL-3.0-or-later
// Status never by colour alone: every status, drawn by the status painter, the grid's delegate and
// the tray, still differs from every other once the colour is gone (in grey, and even in black and
// white: by its shape, glyph or pattern). And on the dark and high-contrast palettes the grid's
// tints stay apart. (tst_traycontroller checks the tray's colours and outlines in colour.)
#include "healthgriddelegate.h"
#include "statuspainter.h"

#include "theme.h"
#include <QApplication>

#include "item/healthgridmodel.h"
#include "item/statustext.h"

#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>
#include <array>

using namespace radar;

Q_DECLARE_METATYPE(radar::Theme)

namespace {

/// What a person without colour vision sees: the image over white, in shades of grey.
QImage grey(const QImage &image)
{
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat.convertToFormat(QImage::Format_Grayscale8);
}

/// Only the shapes: white pixels (glyphs, marks, the background) against everything else. How
/// light is white: enough that a glyph's antialiased edge over a light fill does not pass for one
/// over a dark fill, low enough for the tray's hairline glyphs at 16 pixels.
QImage blackAndWhite(const QImage &greyImage, int white = 230)
{
    QImage shapes = greyImage;
    for (int y = 0; y < shapes.height(); ++y) {
        uchar *line = shapes.scanLine(y);
        for (int x = 0; x < shapes.width(); ++x)
            line[x] = line[x] > white ? 255 : 0;
    }
    return shapes;
}

/// What a grey grid cell shows over its tint, in two layers: whatever stands out from the tint
/// (the symbol's outline and fill, a pattern) in mid grey, and the white glyph in white. Two statuses
/// whose tints merely differ in lightness give the same layers.
QImage overTheTint(const QImage &greyCell)
{
    // The tint: the most common grey of the cell's right end, where there is no symbol.
    std::array<int, 256> counts {};
    for (int y = 0; y < greyCell.height(); ++y) {
        for (int x = greyCell.width() - 10; x < greyCell.width() - 2; ++x)
            ++counts[greyCell.constScanLine(y)[x]];
    }
    const int tint = int(std::max_element(counts.cbegin(), counts.cend()) - counts.cbegin());
    QImage layers(greyCell.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < greyCell.height(); ++y) {
        const uchar *in = greyCell.constScanLine(y);
        uchar *out = layers.scanLine(y);
        for (int x = 0; x < greyCell.width(); ++x) {
            const int value = in[x];
            out[x] = value > 230 && value > tint + 20 ? 255 : (qAbs(value - tint) > 40 ? 128 : 0);
        }
    }
    return layers;
}

/// Pixels whose grey differs by more than `tolerance` between two images of one size.
int differing(const QImage &a, const QImage &b, int tolerance = 24)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *first = a.constScanLine(y);
        const uchar *second = b.constScanLine(y);
        for (int x = 0; x < a.width(); ++x)
            count += qAbs(int(first[x]) - int(second[x])) > tolerance ? 1 : 0;
    }
    return count;
}

QImage symbol(Status status, int side = 32)
{
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paintStatusSymbol(painter, QRectF(0, 0, side, side), status);
    painter.end();
    return image;
}

/// A grid cell of this status as the delegate paints it, without its word: what must tell the
/// status is the symbol, the tint and the pattern.
QImage cell(Status status, const QPalette &palette, const QSize &size = QSize(44, 28),
            const QString &word = {})
{
    QStandardItemModel model(1, 1);
    QStandardItem *item = model.item(0, 0) ? model.item(0, 0) : new QStandardItem;
    model.setItem(0, 0, item);
    item->setData(true, HealthGridModel::HasCellRole);
    item->setData(int(status), HealthGridModel::StatusRole);
    item->setData(word, Qt::DisplayRole);
    HealthGridDelegate delegate;
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), size);
    option.palette = palette;
    option.state = QStyle::State_Enabled;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();
    return image;
}

TrayIconState trayState(Status status, TrayIconState::Kind kind = TrayIconState::StatusKind)
{
    TrayIconState state;
    state.kind = kind;
    state.status = status;
    return state;
}

QString pairName(const QString &a, const QString &b)
{
    return QStringLiteral("%1 / %2").arg(a, b);
}

} // namespace

class TestStatusGlyphs : public QObject
{
    Q_OBJECT
private slots:
    void symbolsDifferInGreyAndInShape_data();
    void symbolsDifferInGreyAndInShape();
    void gridCellsDifferInGreyAndInShape_data();
    void gridCellsDifferInGreyAndInShape();
    void gridTintsStayApartOnDarkPalettes_data();
    void gridTintsStayApartOnDarkPalettes();
    void trayIconsDifferInGreyAndInShape();
    void wordsShowWholeOrNotAtAll();
    void iconsAreDrawnAtTheSizeAsked();
};

void TestStatusGlyphs::symbolsDifferInGreyAndInShape_data()
{
    QTest::addColumn<int>("side");
    // The grid's and the menus' size, and the status bar's.
    QTest::addRow("16 px") << 16;
    QTest::addRow("18 px") << 18;
    QTest::addRow("32 px") << 32;
}

void TestStatusGlyphs::symbolsDifferInGreyAndInShape()
{
    QFETCH(int, side);
    // At least a tenth of a 16-pixel symbol: a glyph, not a stray pixel of antialiasing.
    const int enough = side * side / 10;
    for (const Status first : allStatuses) {
        for (const Status second : allStatuses) {
            if (first >= second)
                continue;
            const QImage a = grey(symbol(first, side));
            const QImage b = grey(symbol(second, side));
            const QString pair = pairName(statusName(first), statusName(second));
            QVERIFY2(differing(a, b) >= enough, qPrintable(pair));
            QVERIFY2(differing(blackAndWhite(a), blackAndWhite(b)) >= enough / 2, qPrintable(pair));
        }
    }
}

void TestStatusGlyphs::gridCellsDifferInGreyAndInShape_data()
{
    QTest::addColumn<Theme>("theme");
    for (const Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast})
        QTest::addRow("%s", qPrintable(themeName(theme))) << theme;
}

void TestStatusGlyphs::gridCellsDifferInGreyAndInShape()
{
    QFETCH(Theme, theme);
    const QPalette palette = themePalette(theme);
    for (const Status first : allStatuses) {
        for (const Status second : allStatuses) {
            if (first >= second)
                continue;
            const QImage a = grey(cell(first, palette));
            const QImage b = grey(cell(second, palette));
            const QString pair = pairName(statusName(first), statusName(second));
            QVERIFY2(differing(a, b) >= 30, qPrintable(pair));
            QVERIFY2(differing(overTheTint(a), overTheTint(b)) >= 15, qPrintable(pair));
        }
    }
}

void TestStatusGlyphs::gridTintsStayApartOnDarkPalettes_data()
{
    // On Light the quiet tints are pale by design: on white they read as tints, on black as black.
    QTest::addColumn<Theme>("theme");
    for (const Theme theme : {Theme::Dark, Theme::HighContrast})
        QTest::addRow("%s", qPrintable(themeName(theme))) << theme;
}

void TestStatusGlyphs::gridTintsStayApartOnDarkPalettes()
{
    QFETCH(Theme, theme);
    const QPalette palette = themePalette(theme);
    // The tint where no symbol is: the cell's right end.
    QList<QColor> tints;
    for (const Status status : allStatuses) {
        const QImage image = cell(status, palette, QSize(80, 28));
        tints.append(image.pixelColor(image.width() - 6, 5));
    }
    for (int first = 0; first < tints.size(); ++first) {
        for (int second = first + 1; second < tints.size(); ++second) {
            const QColor a = tints[first];
            const QColor b = tints[second];
            const int distance =
                qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue());
            QVERIFY2(
                distance >= 40,
                qPrintable(QStringLiteral("%1: %2 apart")
                               .arg(pairName(statusName(allStatuses[first]), statusName(allStatuses[second])))
                               .arg(distance)));
        }
        // And none is the bare base, as an empty cell is.
        QVERIFY(tints[first] != palette.color(QPalette::Base));
    }
}

void TestStatusGlyphs::trayIconsDifferInGreyAndInShape()
{
    QList<QPair<QString, TrayIconState>> states;
    for (const Status status : allStatuses)
        states.append({statusName(status), trayState(status)});
    states.append({QStringLiteral("stale"), trayState(Status::Unknown, TrayIconState::Stale)});
    states.append({QStringLiteral("offline"), trayState(Status::Unknown, TrayIconState::Offline)});
    for (int side : {16, 32}) {
        const int enough = side * side / 10;
        for (qsizetype first = 0; first < states.size(); ++first) {
            for (qsizetype second = first + 1; second < states.size(); ++second) {
                const QImage a = grey(trayIconImage(states[first].second, side));
                const QImage b = grey(trayIconImage(states[second].second, side));
                const QString pair = pairName(states[first].first, states[second].first);
                QVERIFY2(differing(a, b) >= enough, qPrintable(pair));
                QVERIFY2(differing(blackAndWhite(a, 200), blackAndWhite(b, 200)) >= enough / 2,
                         qPrintable(pair));
            }
        }
    }
}

void TestStatusGlyphs::wordsShowWholeOrNotAtAll()
{
    // Beside the symbol the cell says the word when it fits, however short: Japanese says
    // "operational" in two characters, which once fell under the "too short to say anything" cut.
    const QPalette palette = QApplication::palette();
    const QImage none = cell(Status::Operational, palette, QSize(170, 28));
    QVERIFY(differing(cell(Status::Operational, palette, QSize(170, 28), QStringLiteral("正常")), none) > 20);
    QVERIFY(differing(cell(Status::Operational, palette, QSize(170, 28), QStringLiteral("OK")), none) > 20);
    // Shortened to a letter and an ellipsis, a word says nothing: the symbol alone is shown.
    const QImage narrow = cell(Status::MajorOutage, palette, QSize(52, 28));
    QCOMPARE(
        differing(cell(Status::MajorOutage, palette, QSize(52, 28), QStringLiteral("Major outage")), narrow),
        0);
}

void TestStatusGlyphs::iconsAreDrawnAtTheSizeAsked()
{
    // Drawn when asked, at any size: the list's 16 px, the status bar's 18 px, a large 40 px.
    for (const int side : {16, 18, 40}) {
        QList<QImage> drawn;
        for (const Status status : allStatuses) {
            const QImage image = statusIcon(status).pixmap(side, side).toImage();
            QCOMPARE(image.size(), QSize(side, side));
            QVERIFY2(!drawn.contains(image), qPrintable(statusText(status)));
            drawn << image;
        }
        const QImage offline = offlineIcon().pixmap(side, side).toImage();
        QCOMPARE(offline.size(), QSize(side, side));
        QVERIFY(!drawn.contains(offline));
    }
    // Asked again, the same pixels; and greyed when disabled, as the style does for other icons.
    const QIcon icon = statusIcon(Status::MajorOutage);
    QCOMPARE(icon.pixmap(24, 24).toImage(), icon.pixmap(24, 24).toImage());
    const QImage disabled = icon.pixmap(24, 24, QIcon::Disabled).toImage();
    QCOMPARE(disabled.size(), QSize(24, 24));
    QVERIFY(disabled != icon.pixmap(24, 24).toImage());
    QVERIFY(!icon.availableSizes().isEmpty());
}

QTEST_MAIN(TestStatusGlyphs)
#include "tst_statusglyphs.moc"
