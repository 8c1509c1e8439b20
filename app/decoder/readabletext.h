#pragma once

#include "decoder/messagereader.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace BounceLens {

struct RecipientResult;
struct SmtpReply;

// The message as a person reads it, made from what MessageReader already decoded (no second
// parse): the bounce's From, To, Subject and Date, each text part in Unicode (HTML parts as
// text), the delivery-status fields, and the headers of the returned original message. Pasted
// text that is not a message stays as it is. It remembers where each part's searched text lies,
// so that the replies the decoder found can be highlighted in it.
class ReadableText
{
    Q_DECLARE_TR_FUNCTIONS(ReadableText)

public:
    using Range = QPair<qsizetype, qsizetype>; // [start, length)

    explicit ReadableText(const MessageReader::Message &message);

    // A text part: partText is shown whole; its first usedLength characters are what the
    // decoder searched, found at textOffset in the decoder's text.
    void addPart(const QString &partText, qsizetype textOffset, qsizetype usedLength);
    // The delivery-status fields and the original's headers; call after the last part.
    void finish();

    const QString &text() const { return m_text; }
    // Where [textStart, textEnd) of the decoder's text lies in the readable text, or {-1, 0}.
    Range map(qsizetype textStart, qsizetype textEnd) const;
    // The Diagnostic-Code field of the recipient's delivery-status block, or {-1, 0}.
    // startAt: where to look first (the previous recipient's field: groups are in order).
    Range diagnosticField(const QString &recipient, qsizetype startAt = 0) const;
    // The Diagnostic-Code field (folded lines included) of the recipient's block in text ("\n"
    // line ends), searched after the recipient's address; {-1, 0} when there is none.
    static Range findDiagnosticField(QStringView text, const QString &recipient,
                                     qsizetype startAt = 0);
    // Fills each recipient's readableSpans: the replies quoted in the text with its diagnostic,
    // and its Diagnostic-Code field.
    void addSpans(QList<RecipientResult> &recipients, const QList<SmtpReply> &replies) const;

private:
    struct Segment
    {
        qsizetype textOffset, readableOffset, length;
    };
    void appendHeaders(const MessageReader::Headers &headers, const QList<const char *> &names);

    const MessageReader::Message &m_message;
    QString m_text;
    QList<Segment> m_segments;
    qsizetype m_dsnStart = -1, m_dsnEnd = -1;
};

} // namespace BounceLens
