#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QPlainTextEdit;

namespace BounceLens {

struct RecipientResult;

// Where a recipient's reply stands in a message's source text when the decoder's byte ranges
// do not say it: the Diagnostic-Code field, and the reply inside a quoted-printable body, whose
// soft line breaks ("=" at a line's end) cut it in pieces. Ranges are [start, length) of the
// text ("\n" line ends, as the boxes show it).
namespace SourceHighlight {

QList<QPair<qsizetype, qsizetype>> replyRanges(const QString &text, const RecipientResult &r);
// Marks `ranges` of `box` in the theme's highlight colours (ranges outside its text are
// skipped) and, with `scroll`, centres the first one. The Decode and Mailbox views' one way.
void show(QPlainTextEdit *box, const QList<QPair<qsizetype, qsizetype>> &ranges, bool scroll);
// `ranges` with what replyRanges() finds beyond them added, sorted.
QList<QPair<qsizetype, qsizetype>> withReplyRanges(QList<QPair<qsizetype, qsizetype>> ranges,
                                                   const QString &text, const RecipientResult &r);

} // namespace SourceHighlight

} // namespace BounceLens
