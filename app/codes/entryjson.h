#pragma once

#include <QJsonObject>

namespace BounceLens {

struct CodeEntry;

// The JSON form of an entry in `bouncelens lookup --json` and in decode results: the fields of
// the data file (resources/codes/README.md) plus the derived "formerly".
QJsonObject entryToJson(const CodeEntry &entry);

} // namespace BounceLens
