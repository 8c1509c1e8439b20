#include "mailbox/suppressionlist.h"

#include "codes/codetable.h"
#include "decoder/addresses.h"
#include "mailbox/mailboxmessage.h"
#include "report/verdict.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

#include <tuple>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// RFC 2047 encoded words decoded; nothing when one does not decode cleanly (a lower-cased
// base64 word is corrupt: its bytes are not text in its charset).
std::optional<QString> decodeEncodedWords(const QString &text)
{
    static const QRegularExpression word(uR"(=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=)"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QByteArray data = m.captured(3).toLatin1();
        QByteArray bytes;
        if (m.captured(2).compare(u"b"_s, Qt::CaseInsensitive) == 0) {
            const auto decoded
                = QByteArray::fromBase64Encoding(data, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return std::nullopt;
            bytes = *decoded;
        } else {
            QByteArray q = data;
            q.replace('_', ' ');
            bytes = QByteArray::fromPercentEncoding(q, '=');
        }
        QStringDecoder decoder(m.captured(1).section(u'*', 0, 0).toLatin1().constData(),
                               QStringDecoder::Flag::Stateless);
        if (!decoder.isValid())
            return std::nullopt;
        const QString decodedText = decoder.decode(bytes);
        if (decoder.hasError())
            return std::nullopt;
        out += decodedText;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

// "Name <user@example.com>" -> "user@example.com"; "mailto:" and angle brackets dropped.
QString addrSpec(QString s)
{
    s = s.trimmed();
    const qsizetype open = s.lastIndexOf(u'<');
    const qsizetype close = s.lastIndexOf(u'>');
    if (open >= 0 && close > open)
        s = s.mid(open + 1, close - open - 1).trimmed();
    if (s.startsWith(u"mailto:"_s, Qt::CaseInsensitive))
        s = s.mid(7);
    return s;
}

// RFC 5321 Dot-string (RFC 6531: UTF-8 allowed), not a pipe or a file path.
bool isLocalPart(const QString &local)
{
    static const QRegularExpression dotString(
        uR"(^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~\x{80}-\x{10FFFF}]+(?:\.[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~\x{80}-\x{10FFFF}]+)*$)"_s);
    return !local.isEmpty() && local.toUtf8().size() <= 64 && dotString.match(local).hasMatch()
           && !local.startsWith(u'|') && !local.startsWith(u'/') && !local.contains(u"=?"_s);
}

// A host name of two labels or more (IDN allowed), its last label not all digits; the domain
// in lower case and Unicode, or empty.
QString mailDomain(const QString &domain)
{
    const QByteArray ace = QUrl::toAce(domain.toLower());
    static const QRegularExpression ldh(
        uR"(^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]*[a-z][a-z0-9-]*$)"_s);
    if (ace.isEmpty() || ace.size() > 253 || !ldh.match(QString::fromLatin1(ace)).hasMatch())
        return {};
    return QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist).toLower();
}

} // namespace

QString SuppressionList::text(const CodeTable &table, const QList<MailboxExport::Record> &records,
                              int retryDays)
{
    SuppressionList list;
    list.add(table, records);
    return list.text(retryDays);
}

std::optional<QString> SuppressionList::mailbox(const QString &recipient)
{
    QString s = addrSpec(recipient);
    if (s.contains(u"=?"_s)) {
        const std::optional<QString> decoded = decodeEncodedWords(s);
        if (!decoded)
            return std::nullopt;
        s = addrSpec(*decoded);
    }
    const qsizetype at = s.lastIndexOf(u'@');
    if (at <= 0)
        return std::nullopt;
    const QString local = s.left(at);
    const QString domain = mailDomain(s.mid(at + 1));
    if (!isLocalPart(local) || domain.isEmpty())
        return std::nullopt;
    const QString address = local + u'@' + domain;
    // The one address grammar (addresses.h) has the last word, as for the "not an address" note.
    if (address.toUtf8().size() > 254 || !isMailbox(address))
        return std::nullopt;
    return address;
}

void SuppressionList::add(const CodeTable &table, const QList<MailboxExport::Record> &records)
{
    for (const MailboxExport::Record &r : records)
        add(table, r);
}

void SuppressionList::add(const CodeTable &table, const MailboxExport::Record &record)
{
    if (record.recipient < 0 || record.recipient >= record.message->recipients.size())
        return;
    const DecodeResult &m = *record.message;
    const RecipientResult &r = m.recipients.at(record.recipient);
    const AddressAction action = Verdict::addressAction(table, r).action;
    const std::optional<QString> address = mailbox(r.recipient);
    if (!address) {
        if (action == AddressAction::Suppress)
            ++m_notMailboxes;
        return;
    }
    Address row;
    row.address = *address;
    row.suppress = action == AddressAction::Suppress;
    row.retry = action == AddressAction::Retry;
    row.other = !row.suppress && !row.retry;
    row.date = MailboxFacts::dateText(m, r, record.date);
    row.when = MailboxFacts::parseDate(row.date);
    if (row.when.isValid())
        row.date = row.when.toUTC().toString(Qt::ISODate);
    if (row.retry)
        row.firstRetry = row.lastRetry = row.when;
    row.reason = MailboxFacts::reasonKey(table, r);
    row.entry
        = r.entryIndex >= 0 && r.entryIndex < table.size() ? table.at(r.entryIndex).id : QString();
    const QString file = record.file.isEmpty() ? m.source.section(u'#', 0, 0) : record.file;
    row.file = record.number > 0 ? u"%1#%2"_s.arg(file).arg(record.number) : file;
    row.rowSuppress = row.suppress;
    const qsizetype at = address->lastIndexOf(u'@');
    const QString key = address->left(at) + address->mid(at).toLower();
    auto it = m_addresses.find(key);
    if (it == m_addresses.end())
        m_addresses.insert(key, row);
    else
        takeRow(&*it, row);
}

void SuppressionList::takeRow(Address *a, const Address &row)
{
    // The row shown: a suppress bounce before others, then the latest, then the smallest file
    // (so that the order in which bounces come, on any thread, changes nothing).
    const auto rank = [](const Address &x) {
        return std::tuple(x.rowSuppress ? 0 : 1,
                          x.when.isValid() ? -x.when.toSecsSinceEpoch() : qint64(1), x.file,
                          x.reason, x.entry);
    };
    if (rank(row) < rank(*a)) {
        a->rowSuppress = row.rowSuppress;
        a->reason = row.reason;
        a->entry = row.entry;
        a->date = row.date;
        a->file = row.file;
        a->when = row.when;
    }
    a->suppress = a->suppress || row.suppress;
    a->retry = a->retry || row.retry;
    a->other = a->other || row.other;
    if (row.firstRetry.isValid() && (!a->firstRetry.isValid() || row.firstRetry < a->firstRetry))
        a->firstRetry = row.firstRetry;
    if (row.lastRetry.isValid() && (!a->lastRetry.isValid() || row.lastRetry > a->lastRetry))
        a->lastRetry = row.lastRetry;
}

void SuppressionList::merge(const SuppressionList &other)
{
    for (auto it = other.m_addresses.begin(); it != other.m_addresses.end(); ++it) {
        auto mine = m_addresses.find(it.key());
        if (mine == m_addresses.end())
            m_addresses.insert(it.key(), *it);
        else
            takeRow(&*mine, *it);
    }
    m_notMailboxes += other.m_notMailboxes;
}

bool SuppressionList::listed(const Address &a, int retryDays)
{
    if (a.other)
        return false;
    if (!a.retry)
        return a.suppress;
    if (retryDays < 0 || !a.firstRetry.isValid() || !a.lastRetry.isValid())
        return false;
    return a.firstRetry.secsTo(a.lastRetry) >= qint64(retryDays) * 86400;
}

QStringList SuppressionList::addresses(int retryDays) const
{
    QStringList list;
    for (const Address &a : m_addresses) {
        if (listed(a, retryDays))
            list << a.address;
    }
    return list; // sorted: QMap's keys are the addresses
}

QString SuppressionList::text(int retryDays) const
{
    QString out;
    for (const QString &a : addresses(retryDays))
        out += a + u'\n';
    return out;
}

QString SuppressionList::csv(int retryDays) const
{
    QString out
        = MailboxExport::csvLine({u"address"_s, u"reason"_s, u"entry"_s, u"date"_s, u"file"_s});
    for (const Address &a : m_addresses) {
        if (listed(a, retryDays))
            out += MailboxExport::csvLine({a.address, a.reason, a.entry, a.date, a.file});
    }
    return out;
}

} // namespace BounceLens
