#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

#include "common/pattern.h"

namespace BounceLens {

// The decoder's data: lead-ins before a quoted SMTP reply, lines where the copy of the original
// message begins, words that say "delayed" or "failed", who wrote the bounce,
// reason keywords, in English and Chinese. Loaded like CodeTable (an optional plus an error) from
// resources/bounce-patterns.json (":/"), which keeps non-ASCII text out of the C++ sources and
// lets the vocabulary grow without code, and passed to the stages that use it (no global).
// Immutable once loaded: one instance may serve several threads.
class BouncePatterns
{
public:
    struct Named
    {
        QString name;
        Pattern pattern; // the alternatives of the entry
    };
    struct Provider
    {
        QString name;
        Pattern from, reportingMta, body, headers;
    };
    struct Origin
    {
        QString name;
        Pattern hosts, text;
    };

    // The built-in resource (":/bounce-patterns.json", with the code data's x.y.z reasons from
    // ":/codes/rfc3463.json"); nothing and *error set when it cannot be read.
    static std::optional<BouncePatterns> loadBuiltIn(QString *error);
    // From the bytes of a bounce-patterns.json and of the rfc3463 code file.
    static std::optional<BouncePatterns> load(const QByteArray &patternsJson,
                                              const QByteArray &rfc3463Json, QString *error);

    Pattern leadIn;         // any lead-in; the reply follows the match
    Pattern originalMarker; // a line (trimmed) that starts the original message
    Pattern delayed, failed;
    Pattern gaveUp;  // a delay notice's heading for the addresses it gave up on
    Pattern heading; // "** Address not found **": group1
    QList<Provider> providers;
    QList<Origin> origins;
    QList<Named> reasons;                  // reason -> keywords, in order of precedence
    QHash<QString, QString> statusReasons; // "x.1.1" -> "userunknown", from codes/rfc3463.json

private:
    BouncePatterns() = default;
};

} // namespace BounceLens
