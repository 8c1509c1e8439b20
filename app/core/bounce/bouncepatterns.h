#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "pattern.h"

namespace BounceLens {

// The decoder's data: lead-ins before a quoted SMTP reply, lines where the copy of the original
// message begins, words that say "delayed" or "failed", who wrote the bounce,
// reason keywords, in English and Chinese. Read once from resources/bounce-patterns.json (":/"),
// which keeps non-ASCII text out of the C++ sources and lets the vocabulary grow without code.
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

    static const BouncePatterns &instance();

    Pattern leadIn;         // any lead-in; the reply follows the match
    Pattern originalMarker; // a line (trimmed) that starts the original message
    Pattern delayed, failed;
    Pattern gaveUp;  // a delay notice's heading for the addresses it gave up on
    Pattern heading; // "** Address not found **": group1
    QList<Provider> providers;
    QList<Origin> origins;
    QList<Named> reasons;                  // reason -> keywords, in order of precedence
    QHash<QString, QString> statusReasons; // "x.1.1" -> "userunknown", from codes/rfc3463.json
    QString loadError;                     // empty when the resource loaded

private:
    BouncePatterns();
};

} // namespace BounceLens
