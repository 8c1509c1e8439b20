#pragma once

#include "common/decodetypes.h"

#include <QColor>

class QPalette;

namespace BounceLens {

// Every colour of the window, derived from the palette it is shown with (light, dark, high
// contrast): no widget holds a colour of its own. Text colours are chosen so that they keep a
// WCAG AA contrast (at least 4.5:1) against the background they are drawn on, in light and
// dark palettes alike.
namespace Theme {

// The WCAG AA contrast for normal text.
constexpr double kMinContrast = 4.5;

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
double luminance(const QColor &color);
double contrast(const QColor &a, const QColor &b);
// The palette's windows are dark (light text on a dark background).
bool isDark(const QPalette &palette);
// `color` darkened (on a light background) or lightened (on a dark one) just enough to reach
// `minimum` contrast against `background`; its hue stays.
QColor readableOn(const QColor &color, const QColor &background, double minimum = kMinContrast);

// Outcome colours: the verdict on cards, the outcome column, the outcome chart. The only
// place an outcome is mapped to a colour (the verdict's colour role plugs in here).
QColor outcomeColor(Outcome outcome, const QPalette &palette);
// Secondary text (the English original, facts, headers): dimmer than Text, still readable
// on Window and Base.
QColor secondaryText(const QPalette &palette);
// Reply lines highlighted in a message box: background and the text drawn on it.
QColor highlightBackground(const QPalette &palette);
QColor highlightText(const QPalette &palette);
// The "Note:" box in the details pane.
QColor noteBackground(const QPalette &palette);
QColor noteText(const QPalette &palette);
// Placeholders and links in rich text.
QColor accent(const QPalette &palette);
// Card borders: plain and selected.
QColor border(const QPalette &palette);
QColor selectedBorder(const QPalette &palette);
// Chart bars of the reason, reply and domain charts.
enum class Series { Reason, Reply, Domain };
QColor seriesColor(Series series, const QPalette &palette);

} // namespace Theme

} // namespace BounceLens
