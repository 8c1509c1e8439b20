#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QJsonObject;
class QTextStream;

namespace BounceLens {

class CodeTable;
class EntryMatcher;

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
    QString action;     // failed, delayed, delivered, relayed, expanded
    int replyCode = 0;  // 0 = none found
    QString status;     // enhanced status "5.1.1", empty = none
    QString diagnostic; // the full reply unfolded into one paragraph
    QString remoteMta, reportingMta;
    QString arrivalDate, lastAttemptDate, willRetryUntil;
    QString command; // SMTP stage when stated: connection, HELO, MAIL, RCPT, DATA, AUTH, STARTTLS
    QString origin;  // "gsmtp", "gcdp", or the other provider/MTA name when known, else empty
    std::optional<bool> temporary;
    QString reason;                   // Sisimai vocabulary
    int entryIndex = -1;              // matched CodeTable entry (Gmail variant or generic meaning)
    double confidence = 0;            // 0..1
    QList<MatchCandidate> candidates; // runners-up, best first
    // [start, length) byte ranges of the input where the reply lines used occur literally (for
    // highlighting in the paste box); empty when only found after decoding.
    QList<QPair<qsizetype, qsizetype>> spans;
};

// What the decoder found in one message.
struct DecodeResult
{
    QString source; // file path as given (+ "#N" for mbox message N, 1-based), or empty
    QList<RecipientResult> recipients;
    QString reportingMta, provider; // who sent the bounce ("Gmail", "Postfix", "Exim", ...)
    QString originalFrom, originalTo, originalSubject, originalDate, originalMessageId;
    QStringList languages;  // "en", "zh" ... languages of the bounce text
    QString charset;        // main charset detected/declared
    QStringList recognised; // short notes on what was recognised, for the "nothing found" view
    QString error;          // set when the input could not be read (too big, binary, empty)
};

// Reads a bounce (raw RFC 5322 source, text copied from a mail client's window, or an mbox) and
// says per recipient what failed: the SMTP reply, its meaning in the code table, the reason.
// GUI-free and thread-safe: one decoder may serve several threads (it holds only const data).
class BounceDecoder
{
    Q_DECLARE_TR_FUNCTIONS(BounceDecoder)

public:
    explicit BounceDecoder(const CodeTable &table);

    static constexpr qint64 MaxInputSize = 64LL * 1024 * 1024;

    // One message. cancel: polled; when it becomes true decode returns early with error set.
    DecodeResult decode(const QByteArray &input, const std::atomic<bool> *cancel = nullptr) const;
    // A file's bytes: an mbox ("From " separator lines) gives several results, in order,
    // decoded on up to `threads` threads (0: one per core); anything else one.
    QList<DecodeResult> decodeAll(const QByteArray &input,
                                  const std::atomic<bool> *cancel = nullptr, int threads = 0) const;

    // The messages of an mbox, in order, with their "#N" (1-based) and separator lines removed.
    struct MboxMessage
    {
        QString source;
        QByteArray bytes;
        qsizetype offset = 0;      // where the message starts in the mbox
        QList<qsizetype> unquoted; // where in bytes a ">" of ">From " was removed (mboxrd)
        // The mbox position of a position in bytes.
        qsizetype inputPosition(qsizetype position) const;
    };
    static QList<MboxMessage> splitMbox(const QByteArray &input);
    // One message of an mbox: its source is "#N" and its spans point into the mbox.
    DecodeResult decode(const MboxMessage &message,
                        const std::atomic<bool> *cancel = nullptr) const;

    // True when the bytes look like an mbox (start with a "From " separator line).
    static bool isMbox(const QByteArray &input);

private:
    std::shared_ptr<const EntryMatcher> m_matcher; // prepared once: the entries' words
};

// Reports shared by the console and the GUI's Copy report / Save report.
// The `bouncelens decode --json` line object.
QJsonObject decodeResultToJson(const DecodeResult &r, const CodeTable &table);
// The human report, in the current translation.
QString decodeResultToText(const DecodeResult &r, const CodeTable &table, const QString &language);

} // namespace BounceLens
