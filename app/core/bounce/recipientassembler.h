#pragma once

#include "decoderesult.h"
#include "messagereader.h"
#include "replyextractor.h"

namespace BounceLens {

class BouncePatterns;
class EntryMatcher;

// How a recipient's replies are weighed against each other (the report's Diagnostic-Code and the
// replies quoted in the text): the one with the highest sum wins. One place for the weights, so
// that "which reply wins" reads as a list of preferences.
struct ReplyWeights
{
    double basicCode = 4;          // has a basic reply code (550)
    double enhancedStatus = 2;     // has an enhanced status (5.1.1)
    double failureClass = 3;       // says 4xx/5xx (a failure), not 2xx
    double origin = 1;             // ends with a known origin ("- gsmtp")
    double leadIn = 0.5;           // introduced by a lead-in ("said:")
    double agreesWithReport = 1.5; // its status is the report's own (non-generic) Status
    double fromReport = 0.25;      // the report's Diagnostic-Code, on a tie
    // A quoted reply with the basic code of the report's Diagnostic-Code: of a transcript's
    // several replies, the one the report names as the failure.
    double agreesWithReportCode = 2;
    // The remote server's own reply (a transcript's "<<<" line, a reply nested in a local
    // summary) over the local MTA's summary of it ("554 5.0.0 Service unavailable"), which must
    // not win however complete its codes are.
    double remote = 6;
    double localSummary = -8;
    double lengthPerChar = 1.0 / 1200; // a longer quote says more, up to maxLengthChars
    qsizetype maxLengthChars = 600;
};
inline constexpr ReplyWeights kReplyWeights{};

// Puts one message's findings together per recipient: the recipients (delivery-status report,
// X-Failed-Recipients, addresses the text names, the original's To), the replies found for each
// (the report's Diagnostic-Code and the replies quoted in the text, whichever says more), and
// what follows from them: status, action, stage, origin, temporary, reason, matched entry and
// the byte ranges of the input to highlight.
class RecipientAssembler
{
public:
    struct Input
    {
        const MessageReader::Message *message = nullptr;
        QString text;              // the human-readable text, original message cut off
        QList<SmtpReply> replies;  // found in `text`
        bool delayedWords = false; // the text says the delivery is delayed
        bool bounceLike = false;   // a notice of failure (else no recipient is guessed from text)
        const QByteArray *raw = nullptr; // the input, for highlight ranges
    };

    RecipientAssembler(const EntryMatcher &matcher, const BouncePatterns &patterns)
        : m_matcher(matcher)
        , m_patterns(patterns)
    {}

    QList<RecipientResult> assemble(const Input &input) const;

    // Addresses the text names as recipients, in order (senders and daemons left out).
    static QStringList textRecipients(const Input &input);

private:
    void complete(RecipientResult &r, const SmtpReply &reply, bool delayedWords,
                  const QByteArray *raw) const;

    const EntryMatcher &m_matcher;
    const BouncePatterns &m_patterns;
};

} // namespace BounceLens
