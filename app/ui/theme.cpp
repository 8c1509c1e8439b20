#include "ui/theme.h"

#include "report/verdict.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace BounceLens::Theme {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// `from` moved a fraction t (0..1) of the way to `to`.
QColor mix(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

// The worse of the two backgrounds text is drawn on (cards sit on Window, tables on Base).
QColor worseBackground(const QColor &color, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    return contrast(color, window) < contrast(color, base) ? window : base;
}

QColor readableOnBoth(const QColor &color, const QPalette &palette)
{
    QColor c = color;
    // Two passes: adjusting for one background can only help the other when both are of the
    // same lightness side, which a sane palette has.
    for (int pass = 0; pass < 2; ++pass)
        c = readableOn(c, worseBackground(c, palette));
    return c;
}

// A tinted background: the palette's Base moved towards `tint`, with the palette's Text
// still readable on it.
QColor tintedBackground(const QColor &tint, const QPalette &palette, double amount)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    for (double t = amount; t > 0.0; t -= 0.05) {
        const QColor bg = mix(base, tint, t);
        if (contrast(text, bg) >= kMinContrast + 0.5)
            return bg;
    }
    return base;
}

} // namespace

double luminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window))
           < luminance(palette.color(QPalette::WindowText));
}

QColor readableOn(const QColor &color, const QColor &background, double minimum)
{
    if (contrast(color, background) >= minimum)
        return color;
    const QColor target = luminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 1; step <= 20; ++step) {
        const QColor c = mix(color, target, step / 20.0);
        if (contrast(c, background) >= minimum)
            return c;
    }
    return target;
}

QColor outcomeColor(Outcome outcome, const QPalette &palette)
{
    // The role is the verdict's (Verdict::colourRole); the theme only picks its colour.
    const bool dark = isDark(palette);
    QColor hue;
    switch (Verdict::colourRole(outcome)) {
    case ColourRole::Failure:
        hue = dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xc5, 0x22, 0x1f);
        break;
    case ColourRole::Warning:
        hue = dark ? QColor(0xfd, 0xd6, 0x63) : QColor(0xb0, 0x60, 0x00);
        break;
    case ColourRole::Success:
        hue = dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x18, 0x80, 0x38);
        break;
    case ColourRole::Neutral:
        return secondaryText(palette);
    }
    return readableOnBoth(hue, palette);
}

QColor secondaryText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    // Halfway to the background, then back towards the text until it reads.
    return readableOnBoth(mix(text, window, 0.45), palette);
}

QColor highlightBackground(const QPalette &palette)
{
    // Amber, as a marker pen: pale on light palettes, deep on dark ones.
    const QColor amber = isDark(palette) ? QColor(0x8a, 0x6a, 0x00) : QColor(0xfd, 0xd6, 0x63);
    return tintedBackground(amber, palette, isDark(palette) ? 0.7 : 0.8);
}

QColor highlightText(const QPalette &palette)
{
    return readableOn(palette.color(QPalette::Text), highlightBackground(palette));
}

QColor noteBackground(const QPalette &palette)
{
    const QColor cream = isDark(palette) ? QColor(0x5c, 0x4b, 0x10) : QColor(0xfe, 0xf0, 0xc0);
    return tintedBackground(cream, palette, 0.6);
}

QColor noteText(const QPalette &palette)
{
    return readableOn(palette.color(QPalette::Text), noteBackground(palette));
}

QColor accent(const QPalette &palette)
{
    return readableOnBoth(palette.color(QPalette::Link), palette);
}

QColor border(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.25);
}

QColor selectedBorder(const QPalette &palette)
{
    // Non-text: 3:1 is WCAG's bar for a focus or selection indicator.
    return readableOn(palette.color(QPalette::Highlight), palette.color(QPalette::Window), 3.0);
}

QColor seriesColor(Series series, const QPalette &palette)
{
    const bool dark = isDark(palette);
    QColor c;
    switch (series) {
    case Series::Reason:
        c = dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x73, 0xe8);
        break;
    case Series::Reply:
        c = dark ? QColor(0xd7, 0xae, 0xfb) : QColor(0x7b, 0x1f, 0xa2);
        break;
    case Series::Domain:
        c = dark ? QColor(0x80, 0xcb, 0xc4) : QColor(0x00, 0x79, 0x6b);
        break;
    }
    return readableOn(c, palette.color(QPalette::Base), 3.0);
}

} // namespace BounceLens::Theme
