#pragma once

#include "decoder/decoderesult.h"
#include "decoder/messagereader.h"
#include "decoder/replyextractor.h"
#include "decoder/scoringweights.h"

namespace BounceLens {

class BouncePatterns;
class EntryMatcher;

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

    // leftOut: set to the number of recipients beyond the first kMaxRecipients (1,000), which
    // are left out; the first ones are kept, in message order.
    QList<RecipientResult> assemble(const Input &input, qsizetype *leftOut = nullptr) const;

    // Addresses the text names as recipients, in order (senders and daemons left out), at most
    // 1,000; leftOut: how many more it names. Linear in the text's length: linesExamined, when
    // given, is set to the number of lines examined for a header name (once per line, whatever
    // the number of addresses on it).
    static QStringList textRecipients(const Input &input, qsizetype *leftOut = nullptr,
                                      qint64 *linesExamined = nullptr);
    // How many addresses X-Failed-Recipients names beyond the 1,000 read.
    static qsizetype failedRecipientsLeftOut(const MessageReader::Message &m);

private:
    void complete(RecipientResult &r, const SmtpReply &reply, bool delayedWords,
                  const QByteArray *raw) const;
    // Matches the reply (with r's code and status) to a code-table entry and sets r's entry,
    // confidence, candidates and provider; returns the entry's reason, else empty.
    QString matchEntry(RecipientResult &r, const SmtpReply &reply) const;

    const EntryMatcher &m_matcher;
    const BouncePatterns &m_patterns;
};

} // namespace BounceLens
