#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace BounceLens {

// The decoder's data: lead-ins before a quoted SMTP reply, lines where the copy of the original
// message begins, words that say "delayed" or "failed", SMTP stage phrases, who wrote the bounce,
// reason keywords, in English and Chinese. Read once from resources/bounce-patterns.json (":/"),
// which keeps non-ASCII text out of the C++ sources and lets the vocabulary grow without code.
class BouncePatterns
{
public:
    struct Named
    {
        QString name;
        QRegularExpression pattern; // the alternatives of the entry, or one invalid regex
    };
    struct Provider
    {
        QString name;
        QRegularExpression from, reportingMta, body, headers;
    };
    struct Origin
    {
        QString name;
        QRegularExpression hosts, text;
    };

    static const BouncePatterns &instance();

    QRegularExpression leadIn;         // any lead-in; the reply follows the match
    QRegularExpression originalMarker; // a line (trimmed) that starts the original message
    QRegularExpression delayed, failed;
    QRegularExpression heading; // "** Address not found **": captured(1)
    QList<Named> commands;      // SMTP stage -> phrases, most specific first
    QList<Provider> providers;
    QList<Origin> origins;
    QList<Named> reasons;                  // reason -> keywords, in order of precedence
    QHash<QString, QString> statusReasons; // "x.1.1" -> "userunknown"
    QString loadError;                     // empty when the resource loaded

    // Matches and is valid.
    static bool matches(const QRegularExpression &re, QStringView text);

private:
    BouncePatterns();
};

} // namespace BounceLens
