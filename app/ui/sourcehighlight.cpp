#include "ui/sourcehighlight.h"

#include "decoder/decoderesult.h"
#include "decoder/readabletext.h"
#include "ui/theme.h"

#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextCursor>

#include <algorithm>

namespace BounceLens::SourceHighlight {

using namespace Qt::Literals::StringLiterals;

namespace {

// The reply's beginning, long enough to be its own, short enough to stay on few lines.
constexpr qsizetype kReplyPrefix = 60;

// A pattern for `words` as a quoted-printable body holds them: a soft line break may stand
// between any two characters, a space may be written =20, and "=" itself is =3D.
QString qpPattern(const QString &words)
{
    const QString soft = u"(?:=\\n)?"_s;
    QString pattern;
    for (const QChar c : words) {
        if (!pattern.isEmpty())
            pattern += soft;
        if (c.isSpace())
            pattern += u"(?:[ \\t]|=20)+"_s;
        else if (c == u'=')
            pattern += u"=3D"_s;
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    return pattern;
}

bool overlaps(const QList<QPair<qsizetype, qsizetype>> &ranges, QPair<qsizetype, qsizetype> r)
{
    return std::any_of(ranges.begin(), ranges.end(), [&](const auto &x) {
        return x.first < r.first + r.second && r.first < x.first + x.second;
    });
}

} // namespace

QList<QPair<qsizetype, qsizetype>> replyRanges(const QString &text, const RecipientResult &r)
{
    QList<QPair<qsizetype, qsizetype>> ranges;
    const auto field = ReadableText::findDiagnosticField(text, r.recipient);
    if (field.first >= 0)
        ranges.append({field.first, field.second});
    const QString reply = r.diagnostic.simplified().left(kReplyPrefix).trimmed();
    // Only where the reply is cut by soft line breaks: whole lines are found by the decoder.
    if (reply.size() < 12 || !text.contains(u"=\n"_s))
        return ranges;
    const QRegularExpression pattern(qpPattern(reply));
    if (!pattern.isValid())
        return ranges;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // To the end of the reply's paragraph: the line where the match ends.
        qsizetype end = text.indexOf(u'\n', m.capturedEnd());
        while (end > 0 && text.at(end - 1) == u'=') // a soft break: the line goes on
            end = text.indexOf(u'\n', end + 1);
        if (end < 0)
            end = text.size();
        const QPair<qsizetype, qsizetype> range{m.capturedStart(), end - m.capturedStart()};
        if (!overlaps(ranges, range))
            ranges.append(range);
    }
    return ranges;
}

QList<QPair<qsizetype, qsizetype>> withReplyRanges(QList<QPair<qsizetype, qsizetype>> ranges,
                                                   const QString &text, const RecipientResult &r)
{
    for (const auto &range : replyRanges(text, r)) {
        if (!overlaps(ranges, range))
            ranges.append(range);
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

void show(QPlainTextEdit *box, const QList<QPair<qsizetype, qsizetype>> &ranges, bool scroll)
{
    QTextCharFormat format;
    format.setBackground(Theme::highlightBackground(box->palette()));
    format.setForeground(Theme::highlightText(box->palette()));
    QList<QTextEdit::ExtraSelection> selections;
    const int length = box->document()->characterCount();
    for (const auto &[start, size] : ranges) {
        if (start < 0 || size <= 0 || start + size >= length)
            continue;
        QTextCursor cursor(box->document());
        cursor.setPosition(int(start));
        cursor.setPosition(int(start + size), QTextCursor::KeepAnchor);
        selections.append({cursor, format});
    }
    box->setExtraSelections(selections);
    if (scroll && !selections.isEmpty()) {
        QTextCursor at = selections.first().cursor;
        at.clearSelection();
        box->setTextCursor(at);
        box->centerCursor();
    }
}

} // namespace BounceLens::SourceHighlight
