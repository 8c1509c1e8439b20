#include "mailbox/mailboxmessage.h"

#include "codes/codetable.h"
#include "decoder/messagereader.h"

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

QString MailboxFacts::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Permanent:
        //: Outcome of a recipient: the failure is permanent (do not retry)
        return tr("Permanent");
    case Outcome::Temporary:
        //: Outcome of a recipient: the failure is temporary (retried later)
        return tr("Temporary");
    case Outcome::Delivered:
        return tr("Delivered");
    case Outcome::Unknown:
        break;
    }
    //: Outcome of a recipient: the bounce does not say whether it is permanent
    return tr("Unknown");
}

QString MailboxFacts::domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.mid(at + 1).trimmed().toLower();
}

QString MailboxFacts::originKey(const QString &origin)
{
    if (origin.isEmpty())
        return {};
    const QString o = origin.toLower();
    return o == u"gsmtp"_s || o == u"gcdp"_s ? o : u"other"_s;
}

QString MailboxFacts::dateText(const DecodeResult &m, const RecipientResult &r,
                               const QString &bounceDate)
{
    if (!r.lastAttemptDate.isEmpty())
        return r.lastAttemptDate;
    if (!r.arrivalDate.isEmpty())
        return r.arrivalDate;
    if (!bounceDate.isEmpty())
        return bounceDate;
    // The bounce's own date as the decoder read it: the console and the window give the same.
    return m.date.isEmpty() ? m.originalDate : m.date;
}

QString MailboxFacts::dateHeader(const QByteArray &message)
{
    // The header block only: up to the first empty line, at most 64 KB.
    const QByteArrayView head(message.constData(), std::min<qsizetype>(message.size(), 64 * 1024));
    qsizetype end = head.indexOf("\n\n");
    const qsizetype crlf = head.indexOf("\r\n\r\n");
    if (end < 0 || (crlf >= 0 && crlf < end))
        end = crlf;
    if (end < 0)
        return {};
    for (const auto &[name, value] :
         MessageReader::parseHeaderBlock(QString::fromLatin1(head.first(end).toByteArray()))) {
        if (name == u"date"_s)
            return value.trimmed();
    }
    return {};
}

QDateTime MailboxFacts::parseDate(const QString &text)
{
    if (text.isEmpty())
        return {};
    // "Sat, 28 Nov 2026 15:12:56 +0000 (UTC)": Qt reads the date without the comment.
    QString s = text.trimmed();
    const qsizetype comment = s.indexOf(u'(');
    if (comment > 0)
        s.truncate(comment);
    s = s.simplified();
    QDateTime d = QDateTime::fromString(s, Qt::RFC2822Date);
    if (!d.isValid())
        d = QDateTime::fromString(s, Qt::ISODate);
    return d;
}

QString MailboxFacts::reasonKey(const CodeTable &table, const RecipientResult &r)
{
    return toWord(Verdict::reason(table, r));
}

QString MailboxFacts::reasonText(const QString &reasonKey)
{
    const std::optional<Reason> reason = reasonFromWord(reasonKey);
    return reason ? Verdict::reasonText(*reason) : reasonKey;
}

} // namespace BounceLens
