#pragma once

#include "decoder/decoderesult.h"
#include "report/addressaction.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace BounceLens {

class CodeTable;

// The colour a view gives an outcome, as a role, never a colour: the window maps each role to a
// palette colour (light and dark themes), so that the card, the table and the charts agree.
enum class ColourRole {
    Failure, // Outcome::Permanent
    Warning, // Outcome::Temporary
    Success, // Outcome::Delivered
    Neutral, // Outcome::Unknown: the bounce does not say; neither red nor counted as permanent
};

// The one place that decides what happened to a recipient (its Outcome) and says it in one line
// ("Permanent failure: the address does not exist"). The cards, the Decode view's summary, the
// mailbox table and charts, the console's text report, the CSV and the JSON all ask here, so that
// they never disagree (a DSN saying "Action: delayed" with "Status: 5.1.1" is temporary in all).
class Verdict
{
    Q_DECLARE_TR_FUNCTIONS(Verdict)

public:
    // Delivered for a delivery report (Action delivered, relayed or expanded, or a 2xx reply);
    // Temporary for a 4xx or a delay; Permanent for a 5xx or a failure; Unknown otherwise.
    static Outcome outcome(const RecipientResult &result);
    // Whether the failure is temporary, as the outcome says: true (Temporary), false
    // (Permanent), or nothing (Delivered, Unknown). The text report's and JSON's "temporary".
    static std::optional<bool> temporary(const RecipientResult &result);
    static ColourRole colourRole(Outcome outcome);
    // The reason the verdict names: the matched Gmail entry's (it knows its own reply best), else
    // what the decoder concluded.
    static Reason reason(const CodeTable &table, const RecipientResult &result);
    // The verdict line, in the interface language.
    static QString text(const CodeTable &table, const RecipientResult &result);
    // A reason in plain words, in the interface language ("the address does not exist");
    // empty for None.
    static QString reasonText(Reason reason);

    // What to do with the address (issue 20), decided with the outcome and the reason:
    // the matched entry's "address_action" when it has one, else the reason's action in
    // resources/address-actions.json for a permanent or a temporary failure. `suppress` needs a
    // permanent failure (temporary: retry; unknown: review). A reply and a status of different
    // classes (550 with 4.x.x) need review. Delivered: None.
    struct AddressDecision
    {
        AddressAction action = AddressAction::None;
        ReviewWhy why = ReviewWhy::None; // set for Review
    };
    static AddressDecision addressAction(const CodeTable &table, const RecipientResult &result);
    // For a fix-sending recipient: the cause to fix ("dmarc", "spf", ...) from the data's causes;
    // empty for other actions or when no cause fits.
    static QString sendingCause(const CodeTable &table, const RecipientResult &result);
    // A few words for a table cell ("Stop mailing"), in the interface language; empty for None.
    static QString addressActionName(AddressAction action);
    // "Stop mailing this address", in the interface language; empty for None.
    static QString addressActionText(AddressAction action);
    // Why an address needs review, in the interface language.
    static QString reviewWhyText(ReviewWhy why);
    // A cause in a few words ("DMARC", "the PTR record of the sending IP").
    static QString causeText(const QString &cause);
    // The card's plain advice with the reason: "Stop mailing this address: the address does
    // not exist", "Fix your sending first (DMARC for example.com), then resend".
    static QString plainAdvice(const CodeTable &table, const RecipientResult &result,
                               const SendingIdentity &sender);
    // The domain a cause is about: the From domain for DMARC, the Return-Path domain for SPF,
    // DKIM's d= for DKIM, the IP for PTR; empty when the bounce does not tell.
    static QString causeSubject(const QString &cause, const SendingIdentity &sender);
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
