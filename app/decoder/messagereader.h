#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>

#include "common/limitnote.h"

namespace BounceLens {

// Reads one message with GMime 3: the bounce's own headers, its human-readable parts (text,
// and HTML reduced to text) in their order, its message/delivery-status parts, and the headers
// of the original message (message/rfc822, text/rfc822-headers). Everything comes out as
// Unicode text (CharsetDecoder), transfer encodings and RFC 2047 words undone.
// Text that is not a message at all (copied from a mail client's window) becomes one text part.
// Bounded: MIME nesting beyond kMaxDepth and text beyond kMaxTextPart per part are not read.
class MessageReader
{

public:
    using Headers = QList<QPair<QString, QString>>; // name in lower case, value decoded

    struct TextPart
    {
        QString text;
        bool html = false;
        QString charset;
    };

    struct Message
    {
        bool mime = false; // the input was an RFC 5322 message (else pasted text)
        Headers headers;   // of the bounce itself
        QList<TextPart> texts;
        QString deliveryStatus; // all message/delivery-status parts, one after the other
        Headers original;       // headers of the original message, when included
        QString charset;        // main charset of the readable text
        DecodeNotes notes;      // what was recognised, for the "nothing found" view
        LimitNotes limits;      // what a limit left out
        int parts = 0;
        bool unreadable = false; // a text part could not be decoded (unknown charset, junk)

        QString header(const char *name) const;
        QString originalHeader(const char *name) const;
    };

    static constexpr int kMaxDepth = 32;
    static constexpr qsizetype kMaxTextPart = 8 * 1024 * 1024;
    static constexpr int kMaxParts = 2000;
    // Inputs above this size are cut after the original message's headers (see
    // withoutOriginalBody): attachments are never decoded.
    static constexpr qsizetype kTruncateAbove = 1024 * 1024;

    // input: one message, any line endings. cancel: polled between parts.
    static Message read(const QByteArray &input, const std::atomic<bool> *cancel = nullptr);
    // Parses "Name: value" lines (folded lines unfolded, RFC 2047 words decoded) up to the first
    // empty line. Used for headers quoted in text (the original message after a marker line).
    static Headers parseHeaderBlock(const QString &text);
    // True when the bytes start like an RFC 5322 message (header fields first).
    static bool looksLikeMessage(const QByteArray &input);
    // LF line endings: CRLF and lone CR become LF.
    static QByteArray normalizeLineEndings(const QByteArray &input);
    static QString decodeHeaderValue(const QByteArray &raw, const QByteArray &charsetHint = {});
    // RFC 2047 encoded words in a header value (UTF-8 otherwise) decoded, word by word.
    static QString decodeEncodedWords(const QByteArray &value);
    // A big message without the body of the included original message (its headers stay).
    static QByteArray withoutOriginalBody(const QByteArray &input);
};

} // namespace BounceLens
