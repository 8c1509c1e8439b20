// Theme: every colour of the window derived from the palette, with text readable (WCAG AA,
// 4.5:1) on its background in Fusion's light palette and in a dark palette; no colour left
// in the widgets' sources.
#include "ui/theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

namespace {

QPalette fusionLight()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

// A dark palette as dark desktop themes (Adwaita dark, Breeze dark) set it.
QPalette dark()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x15, 0x53, 0x9e));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x73, 0xe8)); // too dark for a dark window as is
    return p;
}

} // namespace

class tst_Theme : public QObject
{
    Q_OBJECT

private slots:
    void contrastFormula();
    void readableOnReachesTheMinimum();
    void textKeepsAaContrast_data();
    void textKeepsAaContrast();
    void darkPaletteGetsDarkBackgrounds();
    void noColourLeftInTheWidgets();
};

void tst_Theme::contrastFormula()
{
    // WCAG's own extremes and a known pair.
    QCOMPARE(qRound(Theme::contrast(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(Theme::contrast(Qt::white, Qt::white), 1.0);
    QCOMPARE(qRound(Theme::contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
}

void tst_Theme::readableOnReachesTheMinimum()
{
    // The old fixed highlight's pale yellow under light text: unreadable, made readable.
    const QColor pale(0xfd, 0xe2, 0x93);
    QVERIFY(Theme::contrast(QColor(0xee, 0xee, 0xee), pale) < 1.5);
    const QColor fixed = Theme::readableOn(QColor(0xee, 0xee, 0xee), pale);
    QVERIFY(Theme::contrast(fixed, pale) >= Theme::kMinContrast);
    // Already readable: unchanged.
    QCOMPARE(Theme::readableOn(Qt::black, Qt::white), QColor(Qt::black));
}

void tst_Theme::textKeepsAaContrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("Fusion light") << fusionLight();
    QTest::newRow("dark") << dark();
}

void tst_Theme::textKeepsAaContrast()
{
    QFETCH(QPalette, palette);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const auto check = [](const QColor &text, const QColor &background, const char *what) {
        const double ratio = Theme::contrast(text, background);
        QVERIFY2(ratio >= Theme::kMinContrast,
                 qPrintable(u"%1: %2 on %3 is %4:1"_s
                                .arg(QLatin1String(what), text.name(), background.name())
                                .arg(ratio, 0, 'f', 2)));
    };
    for (Outcome o :
         {Outcome::Permanent, Outcome::Temporary, Outcome::Delivered, Outcome::Unknown}) {
        check(Theme::outcomeColor(o, palette), window, "outcome on Window");
        check(Theme::outcomeColor(o, palette), base, "outcome on Base");
    }
    check(Theme::secondaryText(palette), window, "secondary on Window");
    check(Theme::secondaryText(palette), base, "secondary on Base");
    check(Theme::highlightText(palette), Theme::highlightBackground(palette), "highlighted reply");
    check(Theme::noteText(palette), Theme::noteBackground(palette), "note");
    check(Theme::accent(palette), base, "placeholder and link");
    // The highlight and the note stand out from the text's background.
    QVERIFY(Theme::highlightBackground(palette) != base);
    QVERIFY(Theme::noteBackground(palette) != base);
    // Chart bars and the selected card's border: WCAG's 3:1 for graphics.
    for (auto s : {Theme::Series::Reason, Theme::Series::Reply, Theme::Series::Domain})
        QVERIFY(Theme::contrast(Theme::seriesColor(s, palette), base) >= 3.0);
    QVERIFY(Theme::contrast(Theme::selectedBorder(palette), window) >= 3.0);
}

void tst_Theme::darkPaletteGetsDarkBackgrounds()
{
    QVERIFY(Theme::isDark(dark()));
    QVERIFY(!Theme::isDark(fusionLight()));
    // A marker on a dark page is dark, so that the palette's light text stays on it.
    QVERIFY(Theme::luminance(Theme::highlightBackground(dark())) < 0.2);
    QCOMPARE(Theme::highlightText(dark()), dark().color(QPalette::Text));
    QVERIFY(Theme::luminance(Theme::highlightBackground(fusionLight())) > 0.5);
}

void tst_Theme::noColourLeftInTheWidgets()
{
    // Colours live in theme.cpp only: a hex colour or QColor(r, g, b) elsewhere in the window's
    // sources would ignore the palette.
    const QString dir = QFileInfo(QFINDTESTDATA("../app/ui/theme.cpp")).absolutePath();
    QVERIFY(!dir.isEmpty());
    static const QRegularExpression colour(
        u"#[0-9a-fA-F]{6}\\b|QColor\\(0x|Qt::(white|black)\\b"_s);
    int files = 0;
    for (const QString &name : QDir(dir).entryList({u"*.cpp"_s, u"*.h"_s}, QDir::Files)) {
        if (name.startsWith(u"theme."_s) || name == u"appicon.cpp"_s)
            continue;
        QFile file(QDir(dir).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QRegularExpressionMatch m = colour.match(text);
        QVERIFY2(!m.hasMatch(), qPrintable(name + u": "_s + m.captured()));
        ++files;
    }
    QVERIFY(files > 10);
}

QTEST_MAIN(tst_Theme)
#include "tst_theme.moc"
