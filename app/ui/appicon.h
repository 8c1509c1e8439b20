#pragma once

#include <QIcon>

namespace BounceLens {

// The application icon at every size rendered from resources/icons/bouncelens.svg at build time
// (16 to 256 pixels, embedded at :/icons/hicolor/<size>/apps/bouncelens.png). PNGs, because Qt
// reads them without an image plugin; an SVG icon is empty where the Qt SVG plugin is missing.
QIcon appIcon();

} // namespace BounceLens
