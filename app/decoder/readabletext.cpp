#include "decoder/readabletext.h"

#include "decoder/decoderesult.h"
#include "decoder/replyextractor.h"

#include <algorithm>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

ReadableText::ReadableText(const MessageReader::Message &message)
    : m_message(message)
{
    if (message.mime) {
        appendHeaders(message.headers, {"from", "to", "subject", "date"});
        if (!m_text.isEmpty())
            m_text += u'\n';
    }
}

void ReadableText::appendHeaders(const MessageReader::Headers &headers,
                                 const QList<const char *> &names)
{
    // Header names as mail programs show them ("From", "Message-ID").
    for (const char *name : names) {
        for (const auto &[key, value] : headers) {
            if (key != QLatin1String(name))
                continue;
            QString shown = QString::fromLatin1(name);
            for (qsizetype i = 0; i < shown.size(); ++i) {
                if (i == 0 || shown.at(i - 1) == u'-')
                    shown[i] = shown.at(i).toUpper();
            }
            if (shown == u"Message-Id")
                shown = u"Message-ID"_s;
            m_text += shown + u": "_s + value + u'\n';
            break;
        }
    }
}

void ReadableText::addPart(const QString &partText, qsizetype textOffset, qsizetype usedLength)
{
    if (!m_text.isEmpty() && !m_text.endsWith(u"\n\n"_s))
        m_text += m_text.endsWith(u'\n') ? u"\n"_s : u"\n\n"_s;
    m_segments.append({textOffset, m_text.size(), std::min(usedLength, partText.size())});
    m_text += partText;
}

void ReadableText::finish()
{
    const auto section = [this](const QString &title) {
        if (!m_text.isEmpty())
            m_text += m_text.endsWith(u'\n') ? u"\n"_s : u"\n\n"_s;
        m_text += u"--- "_s + title + u" ---\n"_s;
    };
    if (!m_message.deliveryStatus.trimmed().isEmpty()) {
        //: Heading in the Readable view before the message/delivery-status fields
        section(tr("Delivery status"));
        m_dsnStart = m_text.size();
        m_text += m_message.deliveryStatus.trimmed();
        m_dsnEnd = m_text.size();
        m_text += u'\n';
    }
    if (!m_message.original.isEmpty()) {
        //: Heading in the Readable view before the returned message's headers
        section(tr("Headers of the original message"));
        appendHeaders(m_message.original, {"from", "to", "cc", "subject", "date", "message-id"});
    }
}

ReadableText::Range ReadableText::map(qsizetype textStart, qsizetype textEnd) const
{
    for (const Segment &s : m_segments) {
        if (textStart >= s.textOffset && textStart < s.textOffset + s.length) {
            const qsizetype end = std::min(textEnd, s.textOffset + s.length);
            return {s.readableOffset + textStart - s.textOffset, end - textStart};
        }
    }
    return {-1, 0};
}

ReadableText::Range ReadableText::diagnosticField(const QString &recipient, qsizetype startAt) const
{
    if (m_dsnStart < 0)
        return {-1, 0};
    const Range field
        = findDiagnosticField(QStringView(m_text).mid(m_dsnStart, m_dsnEnd - m_dsnStart), recipient,
                              std::max<qsizetype>(0, startAt - m_dsnStart));
    return field.first < 0 ? field : Range{m_dsnStart + field.first, field.second};
}

ReadableText::Range ReadableText::findDiagnosticField(QStringView text, const QString &recipient,
                                                      qsizetype startAt)
{
    if (startAt > 0 && startAt < text.size()) {
        const Range later = findDiagnosticField(text.mid(startAt), recipient);
        if (later.first >= 0)
            return {startAt + later.first, later.second};
    }
    // The recipient's own block (its Final-Recipient or Original-Recipient line); another
    // recipient's field is never taken for it.
    qsizetype from = recipient.isEmpty() ? 0 : -1;
    for (qsizetype at = recipient.isEmpty() ? -1 : text.indexOf(recipient, 0, Qt::CaseInsensitive);
         at >= 0 && from < 0; at = text.indexOf(recipient, at + 1, Qt::CaseInsensitive)) {
        const qsizetype line = text.lastIndexOf(u'\n', at) + 1;
        const QStringView start = text.mid(line, at - line);
        if (start.startsWith(u"Final-Recipient:"_s, Qt::CaseInsensitive)
            || start.startsWith(u"Original-Recipient:"_s, Qt::CaseInsensitive))
            from = at;
    }
    if (from < 0)
        return {-1, 0};
    qsizetype at = text.indexOf(u"Diagnostic-Code:"_s, from, Qt::CaseInsensitive);
    while (at > 0 && text.at(at - 1) != u'\n')
        at = text.indexOf(u"Diagnostic-Code:"_s, at + 1, Qt::CaseInsensitive);
    if (at < 0)
        return {-1, 0};
    // The field and its folded continuation lines.
    qsizetype end = text.indexOf(u'\n', at);
    while (end >= 0 && end + 1 < text.size()
           && (text.at(end + 1) == u' ' || text.at(end + 1) == u'\t'))
        end = text.indexOf(u'\n', end + 1);
    if (end < 0)
        end = text.size();
    return {at, end - at};
}

void ReadableText::addSpans(QList<RecipientResult> &recipients,
                            const QList<SmtpReply> &replies) const
{
    qsizetype fieldsFrom = 0;
    for (RecipientResult &r : recipients) {
        if (r.diagnostic.isEmpty())
            continue;
        for (const SmtpReply &reply : replies) {
            if (reply.diagnostic != r.diagnostic || reply.position < 0)
                continue;
            const Range range = map(reply.position, reply.end < 0 ? reply.position : reply.end);
            if (range.first >= 0 && range.second > 0 && !r.readableSpans.contains(range))
                r.readableSpans.append(range);
        }
        const Range field = diagnosticField(r.recipient, fieldsFrom);
        if (field.first >= 0 && field.second > 0 && !r.readableSpans.contains(field))
            r.readableSpans.append(field);
        if (field.first >= 0)
            fieldsFrom = field.first + field.second;
        std::sort(r.readableSpans.begin(), r.readableSpans.end());
    }
}

} // namespace BounceLens
