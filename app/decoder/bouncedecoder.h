#pragma once

#include "decoder/decoderesult.h"
#include "decoder/messagereader.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace BounceLens {

class BouncePatterns;
class CodeTable;
class EntryMatcher;
class ReadableText;

// Reads a bounce (raw RFC 5322 source, text copied from a mail client's window, or an mbox) and
// says per recipient what failed: the SMTP reply, its meaning in the code table, the reason.
// GUI-free and thread-safe: one decoder may serve several threads (it holds only const data).
class BounceDecoder
{

public:
    // With the built-in patterns (resources/bounce-patterns.json); when they cannot be loaded,
    // every decode() says so in its error.
    explicit BounceDecoder(const CodeTable &table);
    // With patterns loaded by the caller (BouncePatterns::load / loadBuiltIn).
    BounceDecoder(const CodeTable &table, std::shared_ptr<const BouncePatterns> patterns);

    static constexpr qint64 MaxInputSize = 64LL * 1024 * 1024;

    // Whether results carry the readable text of the message (DecodeResult::readable and the
    // recipients' readableSpans), which only the Decode view shows. On by default; the console
    // and the mailbox view turn it off (a fifth of an mbox's decoding time, and memory).
    void setReadableText(bool on) { m_readableText = on; }

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

    // Binary data (an image, an archive, UTF-16) is refused rather than searched for replies;
    // a stray NUL in a header is not binary (MessageReader strips it).
    static bool looksBinary(const QByteArray &input);

    // True when the bytes look like an mbox (start with a "From " separator line).
    static bool isMbox(const QByteArray &input);

private:
    // Why input cannot be decoded at all (too big, empty, binary, no patterns), or None.
    ErrorCode checkInput(const QByteArray &input) const;
    // The notice's text: the plain parts (else the HTML ones), each cut before the copy of the
    // original message; the original's headers found there when the MIME structure had none.
    static QString noticeText(const MessageReader::Message &m, const BouncePatterns &patterns,
                              ReadableText *readable, MessageReader::Headers *original,
                              DecodeNotes *notes);
    // The original message's From, To, Subject, Date and Message-ID (the first of each).
    static void copyOriginalFields(const MessageReader::Headers &original, DecodeResult &result);
    // The notes for the "nothing found" view, and the error of an unreadable message.
    static void addNotes(const MessageReader::Message &m, const QString &text, bool delayedWords,
                         qsizetype replies, const BouncePatterns &patterns, DecodeResult &result);

    std::shared_ptr<const EntryMatcher> m_matcher;    // prepared once: the entries' words
    std::shared_ptr<const BouncePatterns> m_patterns; // null when they could not be loaded
    QString m_patternsError;
    bool m_readableText = true;
};

} // namespace BounceLens
