// SPDX-License-Identifier: GPL-3.0-or-later
// applyTheme() on a real QApplication: the palettes it installs, their contrast, the high-contrast
// style's edges and focus, and the way back to the system's. The functions run in order: the first
// applyTheme() call remembers the look System restores.
#include "highcontraststyle.h"
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QToolTip>

#include <cmath>

using namespace radar;

Q_DECLARE_METATYPE(radar::Theme)

namespace {

/// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double lighter = std::max(luminance(a), luminance(b));
    const double darker = std::min(luminance(a), luminance(b));
    return (lighter + 0.05) / (darker + 0.05);
}

constexpr QPalette::ColorGroup groups[] = {QPalette::Active, QPalette::Inactive, QPalette::Disabled};

/// Every role but NoRole, as the Qt this runs against has them.
QList<QPalette::ColorRole> roles()
{
    QList<QPalette::ColorRole> all;
    for (int role = 0; role < QPalette::NColorRoles; ++role) {
        if (role != QPalette::NoRole)
            all.append(QPalette::ColorRole(role));
    }
    return all;
}

bool sameColours(const QPalette &a, const QPalette &b)
{
    for (const QPalette::ColorGroup group : groups) {
        for (const QPalette::ColorRole role : roles()) {
            if (a.color(group, role) != b.color(group, role))
                return false;
        }
    }
    return true;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void names_data();
    void names();
    void palettesAreComplete_data();
    void palettesAreComplete();
    void textIsReadable_data();
    void textIsReadable();
    void highContrastIsWhiteAndYellowOnBlack();
    void darkThenLightThenSystem();
    void highContrastDrawsEdgesAndFocus();

private:
    QString m_originalStyle;
    QPalette m_originalPalette;
    QPalette m_originalToolTipPalette;
};

void TestTheme::initTestCase()
{
    // Start from a style that is not Fusion, so that going back to System visibly changes it.
    if (QStyleFactory::keys().contains(QStringLiteral("Windows"), Qt::CaseInsensitive))
        QApplication::setStyle(QStringLiteral("Windows"));
    m_originalStyle = QApplication::style()->name();
    QVERIFY(m_originalStyle.compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0);
    m_originalPalette = QApplication::palette();
    m_originalToolTipPalette = QToolTip::palette();
}

void TestTheme::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Theme>("theme");
    QTest::addColumn<bool>("canonical"); // themeName(theme) gives name back
    QTest::addRow("system") << QStringLiteral("system") << Theme::System << true;
    QTest::addRow("light") << QStringLiteral("light") << Theme::Light << true;
    QTest::addRow("dark") << QStringLiteral("dark") << Theme::Dark << true;
    QTest::addRow("high-contrast") << QStringLiteral("high-contrast") << Theme::HighContrast << true;
    QTest::addRow("high contrast, any case")
        << QStringLiteral("High-Contrast") << Theme::HighContrast << false;
    QTest::addRow("any case") << QStringLiteral("Dark") << Theme::Dark << false;
    QTest::addRow("spaces") << QStringLiteral(" light ") << Theme::Light << false;
    QTest::addRow("empty") << QString() << Theme::System << false;
    QTest::addRow("unknown") << QStringLiteral("solarized") << Theme::System << false;
}

void TestTheme::names()
{
    QFETCH(QString, name);
    QFETCH(Theme, theme);
    QFETCH(bool, canonical);
    QCOMPARE(themeFromName(name), theme);
    QCOMPARE(themeName(theme) == name, canonical);
    QCOMPARE(themeFromName(themeName(theme)), theme);
}

void TestTheme::palettesAreComplete_data()
{
    QTest::addColumn<Theme>("theme");
    QTest::addRow("light") << Theme::Light;
    QTest::addRow("dark") << Theme::Dark;
    QTest::addRow("high-contrast") << Theme::HighContrast;
}

void TestTheme::palettesAreComplete()
{
    QFETCH(Theme, theme);
    const QPalette palette = themePalette(theme);
    // Every role of every group is the theme's own: nothing left for a desktop palette to fill in.
    for (const QPalette::ColorGroup group : groups) {
        for (const QPalette::ColorRole role : roles())
            QVERIFY2(palette.isBrushSet(group, role),
                     qPrintable(QStringLiteral("%1/%2").arg(group).arg(role)));
    }
    // Disabled controls look disabled.
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        QVERIFY(palette.color(QPalette::Disabled, role) != palette.color(QPalette::Active, role));
        QVERIFY(contrast(palette.color(QPalette::Disabled, role), palette.color(QPalette::Window))
                < contrast(palette.color(QPalette::Active, role), palette.color(QPalette::Window)));
    }
}

void TestTheme::textIsReadable_data()
{
    QTest::addColumn<Theme>("theme");
    QTest::addColumn<QPalette::ColorGroup>("group");
    QTest::addColumn<QPalette::ColorRole>("foreground");
    QTest::addColumn<QPalette::ColorRole>("background");
    QTest::addColumn<double>("minimum"); // WCAG contrast ratio: 4.5 is AA, 7 is AAA
    for (const Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
        const QString name = themeName(theme);
        const double minimum = theme == Theme::HighContrast ? 7 : 4.5;
        const auto row = [&](const char *what, QPalette::ColorRole foreground, QPalette::ColorRole background,
                             QPalette::ColorGroup group = QPalette::Active) {
            QTest::addRow("%s %s", qPrintable(name), what) << theme << group << foreground << background
                                                           << (group == QPalette::Disabled ? 4.5 : minimum);
        };
        row("window text", QPalette::WindowText, QPalette::Window);
        row("text", QPalette::Text, QPalette::Base);
        row("alternate rows", QPalette::Text, QPalette::AlternateBase);
        row("buttons", QPalette::ButtonText, QPalette::Button);
        row("selection", QPalette::HighlightedText, QPalette::Highlight);
        row("inactive selection", QPalette::HighlightedText, QPalette::Highlight, QPalette::Inactive);
        row("links", QPalette::Link, QPalette::Base);
        row("links on the window", QPalette::Link, QPalette::Window);
        row("visited links", QPalette::LinkVisited, QPalette::Base);
        row("tooltips", QPalette::ToolTipText, QPalette::ToolTipBase);
        row("placeholders", QPalette::PlaceholderText, QPalette::Base);
        row("notes", QPalette::PlaceholderText, QPalette::Window);
        // WCAG asks nothing of disabled controls; high contrast keeps them readable all the same.
        if (theme == Theme::HighContrast) {
            row("disabled text", QPalette::Text, QPalette::Base, QPalette::Disabled);
            row("disabled window text", QPalette::WindowText, QPalette::Window, QPalette::Disabled);
            row("disabled buttons", QPalette::ButtonText, QPalette::Button, QPalette::Disabled);
            row("disabled selection", QPalette::HighlightedText, QPalette::Highlight, QPalette::Disabled);
        }
    }
}

void TestTheme::textIsReadable()
{
    QFETCH(Theme, theme);
    QFETCH(QPalette::ColorGroup, group);
    QFETCH(QPalette::ColorRole, foreground);
    QFETCH(QPalette::ColorRole, background);
    QFETCH(double, minimum);
    const QPalette palette = themePalette(theme);
    const double ratio = contrast(palette.color(group, foreground), palette.color(group, background));
    QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1 < %2").arg(ratio).arg(minimum)));
}

void TestTheme::highContrastIsWhiteAndYellowOnBlack()
{
    const QPalette palette = themePalette(Theme::HighContrast);
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button})
        QCOMPARE(palette.color(role), QColor(Qt::black));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        QCOMPARE(palette.color(role), QColor(Qt::white));
    QCOMPARE(palette.color(QPalette::Highlight), QColor(Qt::yellow));
    QCOMPARE(palette.color(QPalette::HighlightedText), QColor(Qt::black));
    QCOMPARE(palette.color(QPalette::Link), QColor(Qt::cyan));
    // The edges of fields (Mid) stand out from the black they are drawn on.
    QVERIFY(contrast(palette.color(QPalette::Mid), palette.color(QPalette::Window)) >= 3);
    // Disabled is told apart from enabled, and still readable (textIsReadable).
    QVERIFY(contrast(palette.color(QPalette::Disabled, QPalette::Text), palette.color(QPalette::Base))
            < contrast(palette.color(QPalette::Active, QPalette::Text), palette.color(QPalette::Base)) / 2);
}

void TestTheme::darkThenLightThenSystem()
{
    applyTheme(Theme::Dark);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QPalette palette = QApplication::palette();
    QVERIFY(palette.color(QPalette::Window).lightness() < 80);
    QVERIFY(palette.color(QPalette::Base).lightness() < 80);
    QVERIFY(palette.color(QPalette::WindowText).lightness() > 200);
    QVERIFY(palette.color(QPalette::Text).lightness() > 200);
    QVERIFY(sameColours(palette, themePalette(Theme::Dark)));
    QCOMPARE(QToolTip::palette().color(QPalette::ToolTipBase), palette.color(QPalette::ToolTipBase));
    // A widget made now, and one made before, both take it.
    QLineEdit edit;
    QCOMPARE(edit.palette().color(QPalette::Base), palette.color(QPalette::Base));

    applyTheme(Theme::Light);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    palette = QApplication::palette();
    QVERIFY(palette.color(QPalette::Window).lightness() > 200);
    QVERIFY(palette.color(QPalette::WindowText).lightness() < 60);
    // Widgets that exist hear of it by a posted event.
    QTRY_COMPARE(edit.palette().color(QPalette::Base), palette.color(QPalette::Base));
    QCOMPARE(edit.palette().color(QPalette::Text), palette.color(QPalette::Text));

    applyTheme(Theme::System);
    QCOMPARE(QApplication::style()->name(), m_originalStyle);
    QVERIFY(sameColours(QApplication::palette(), m_originalPalette));
    QVERIFY(sameColours(themePalette(Theme::System), m_originalPalette));
    QVERIFY(sameColours(QToolTip::palette(), m_originalToolTipPalette));
    QTRY_VERIFY(sameColours(edit.palette(), m_originalPalette));
    // Twice is harmless.
    applyTheme(Theme::System);
    QCOMPARE(QApplication::style()->name(), m_originalStyle);

    // And dark once more after System: the remembered look is not overwritten by the dark one.
    applyTheme(Theme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    applyTheme(Theme::System);
    QVERIFY(sameColours(QApplication::palette(), m_originalPalette));
}

namespace {

/// How many pixels of `image` are within 40 of `colour` on each channel.
int pixelsNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            count += qAbs(pixel.red() - colour.red()) < 40 && qAbs(pixel.green() - colour.green()) < 40
                    && qAbs(pixel.blue() - colour.blue()) < 40
                ? 1
                : 0;
        }
    }
    return count;
}

} // namespace

void TestTheme::highContrastDrawsEdgesAndFocus()
{
    applyTheme(Theme::HighContrast);
    QVERIFY(qobject_cast<HighContrastStyle *>(QApplication::style()));
    const auto *style = static_cast<HighContrastStyle *>(QApplication::style());
    QCOMPARE(style->baseStyle()->name().toLower(), QStringLiteral("fusion"));
    const QPalette palette = QApplication::palette();
    QCOMPARE(palette.color(QPalette::Window), QColor(Qt::black));

    // A field's edge shows on black: Fusion alone draws it black.
    QWidget window;
    window.resize(300, 100);
    auto *edit = new QLineEdit(&window);
    edit->setGeometry(10, 10, 200, 30);
    auto *other = new QLineEdit(&window);
    other->setGeometry(10, 50, 200, 30);
    auto *box = new QCheckBox(&window);
    box->setGeometry(220, 10, 30, 30);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    const QColor mid = palette.color(QPalette::Mid);
    const QColor yellow = palette.color(QPalette::Highlight);
    QImage field = edit->grab().toImage();
    QVERIFY2(pixelsNear(field, mid) >= 2 * (field.width() + field.height()) - 8,
             qPrintable(QString::number(pixelsNear(field, mid))));
    QCOMPARE(pixelsNear(field, yellow), 0);
    const QImage check = box->grab().toImage();
    QVERIFY(pixelsNear(check, mid) > 20);

    // The focus is two pixels of yellow all round.
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    field = edit->grab().toImage();
    QVERIFY2(pixelsNear(field, yellow) >= 2 * 2 * (field.width() + field.height()) - 32,
             qPrintable(QString::number(pixelsNear(field, yellow))));

    // Light takes plain Fusion back; System the original style.
    applyTheme(Theme::Light);
    QVERIFY(!qobject_cast<HighContrastStyle *>(QApplication::style()));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    applyTheme(Theme::HighContrast);
    QVERIFY(qobject_cast<HighContrastStyle *>(QApplication::style()));
    applyTheme(Theme::System);
    QCOMPARE(QApplication::style()->name(), m_originalStyle);
    QVERIFY(sameColours(QApplication::palette(), m_originalPalette));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
