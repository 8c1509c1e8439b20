#pragma once

#include "common/decodetypes.h"
#include "common/enhancedstatus.h"
#include "common/errorcode.h"
#include "common/limitnote.h"
#include "decoder/senderidentity.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace BounceLens {

// The decoder's results: what every stage fills in and every view and report reads. Kept apart
// from BounceDecoder so that the stages do not include the class that calls them.

// A runner-up when matching a reply to the code table.
struct MatchCandidate
{
    int entryIndex = -1;
    double score = 0;
};

// What the bounce says about one recipient.
struct RecipientResult
{
    QString recipient, originalRecipient;
    Action action = Action::None;
    int replyCode = 0;     // 0 = none found
    EnhancedStatus status; // as the server sent it; empty = none (never made up from words)
    // When `status` is empty but the words state the cause ("user unknown", "mailbox full"):
    // the RFC 3463 code for that reason (x.1.1, x.2.2, ...), class from the outcome. Marked as
    // implied wherever shown; never copied into `status`.
    EnhancedStatus impliedStatus;
    QString diagnostic; // the full reply unfolded into one paragraph
    // The reporting MTA's own summary or rewritten Diagnostic-Code when it differs from the
    // remote server's reply in `diagnostic` ("554 5.0.0 Service unavailable"), else empty.
    QString localDiagnostic;
    // The delivery-status report's own Status when the reply's status says something else
    // (SES: "Status: 5.4.7" over a nested "421 4.4.2"), else empty.
    EnhancedStatus reportStatus;
    QString remoteMta, reportingMta;
    QString arrivalDate, lastAttemptDate, willRetryUntil;
    SmtpStage command = SmtpStage::None; // the SMTP stage, when stated
    QString origin; // "gsmtp", "gcdp", or the other provider/MTA name when known, else empty
    std::optional<bool> temporary;
    Reason reason = Reason::None;
    int entryIndex = -1; // matched CodeTable entry (Gmail variant or generic meaning)
    // Whose reply the matched entry explains: "gmail" or another provider's key ("netease");
    // empty for a generic meaning. providerConfirmed: the remote host, help link or Google's
    // suffix says so too; false when only the provider's code token did (a lower confidence:
    // other hosts reuse some providers' codes).
    QString provider;
    bool providerConfirmed = false;
    double confidence = 0;            // 0..1
    QList<MatchCandidate> candidates; // runners-up, best first
    // [start, length) byte ranges of the input where the reply lines used occur literally (for
    // highlighting in the paste box); empty when only found after decoding.
    QList<QPair<qsizetype, qsizetype>> spans;
    // [start, length) ranges of DecodeResult::readable with the reply lines used.
    QList<QPair<qsizetype, qsizetype>> readableSpans;
};

// What the decoder found in one message.
struct DecodeResult
{
    QString source; // file path as given (+ "#N" for mbox message N, 1-based), or empty
    QList<RecipientResult> recipients;
    QString reportingMta, provider; // who sent the bounce ("Gmail", "Postfix", "Exim", ...)
    QString originalFrom, originalTo, originalSubject, originalDate, originalMessageId;
    // Who sent the message that bounced, from the returned original and the replies (issue 20).
    SendingIdentity sender;
    QString date; // the bounce's own Date header (the CSV's date when no attempt date is given)
    QStringList languages;  // "en", "zh" ... languages of the bounce text
    QString charset;        // main charset detected/declared
    DecodeNotes recognised; // what was recognised, for the "nothing found" view (NoteText)
    // What a limit left out, and how much (issue 25): JSON "notes", the text report, CSV, the
    // window.
    LimitNotes notes;
    // Set when the input could not be read or decoded: the code, and a detail that is not
    // translated (a file name, the system's words). NoteText::error says it in words.
    ErrorCode errorCode = ErrorCode::None;
    QString errorDetail;
    // The message as a person reads it (ReadableText): decoded headers, text parts in Unicode,
    // delivery-status fields, the original's headers.
    QString readable;
};

} // namespace BounceLens
