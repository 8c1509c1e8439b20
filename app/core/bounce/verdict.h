#pragma once

#include "decoderesult.h"

#include <QCoreApplication>
#include <QString>

namespace BounceLens {

class CodeTable;

// The one place that decides what happened to a recipient (its Outcome) and says it in one line
// ("Permanent failure: the address does not exist"). The cards, the mailbox table, the console's
// text report and the explanations all ask here, so that they never disagree.
class Verdict
{
    Q_DECLARE_TR_FUNCTIONS(Verdict)

public:
    // Delivered for a delivery report (Action delivered, relayed or expanded, or a 2xx reply);
    // Temporary for a 4xx or a delay; Permanent for a 5xx or a failure; Unknown otherwise.
    static Outcome outcome(const RecipientResult &result);
    // The reason the verdict names: the matched Gmail entry's (it knows its own reply best), else
    // what the decoder concluded.
    static Reason reason(const CodeTable &table, const RecipientResult &result);
    // The verdict line, in the interface language.
    static QString text(const CodeTable &table, const RecipientResult &result);
    // A reason in plain words, in the interface language ("the address does not exist");
    // empty for None.
    static QString reasonText(Reason reason);
};

inline Outcome outcomeOf(const RecipientResult &result)
{
    return Verdict::outcome(result);
}

inline QString verdictText(const CodeTable &table, const RecipientResult &result)
{
    return Verdict::text(table, result);
}

} // namespace BounceLens
