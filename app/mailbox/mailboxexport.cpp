#include "mailbox/mailboxexport.h"

#include "codes/codemeaning.h"
#include "codes/codetable.h"
#include "decoder/addresses.h"
#include "decoder/bouncedecoder.h"
#include "mailbox/mailboxmessage.h"
#include "report/decodereport.h"
#include "report/explanation.h"
#include "report/notetext.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// "path/bounces.mbox#12" -> the file and 12, as `decode` names an mbox's messages.
std::pair<QString, int> splitSource(const QString &source)
{
    static const QRegularExpression numbered(uR"(^(.*)#(\d+)$)"_s);
    const QRegularExpressionMatch m = numbered.match(source);
    if (m.hasMatch())
        return {m.captured(1), m.captured(2).toInt()};
    return {source, 0};
}

} // namespace

QList<MailboxExport::Record> MailboxExport::records(const DecodeResult &message)
{
    const auto [file, number] = splitSource(message.source);
    QList<Record> list;
    if (message.recipients.isEmpty())
        list.append({&message, -1, file, number, 1, {}});
    for (int i = 0; i < message.recipients.size(); ++i)
        list.append({&message, i, file, number, 1, {}});
    return list;
}

namespace {
// The provider whose entry the reply matched; "?" after it when only its code matched, from a
// host that is not the provider's.
QString providerCell(const RecipientResult &r)
{
    return r.provider.isEmpty() || r.providerConfirmed ? r.provider : r.provider + u'?';
}
} // namespace

QStringList MailboxExport::csvColumns(bool withCount)
{
    QStringList columns{u"outcome"_s, u"recipient"_s,   u"domain"_s,   u"reply_code"_s, u"status"_s,
                        u"reason"_s,  u"reason_text"_s, u"entry_id"_s, u"entry_text"_s, u"origin"_s,
                        u"date"_s,    u"file"_s,        u"message"_s,  u"diagnostic"_s, u"error"_s};
    columns << u"address_action"_s << u"notes"_s << u"provider"_s;
    if (withCount)
        columns << u"count"_s;
    return columns;
}

QString MailboxExport::csvLine(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += csvCell(fields.at(i));
    }
    return line + u"\r\n"_s;
}

QString MailboxExport::csvCell(const QString &field)
{
    // A cell a spreadsheet would read as a formula (=, +, -, @, or a TAB or CR before one) gets
    // a leading apostrophe (OWASP, CSV injection): "=HYPERLINK(...)" from a diagnostic stays
    // text. Then RFC 4180 quoting.
    QString f = field;
    if (!f.isEmpty() && u"=+-@\t\r"_s.contains(f.front()))
        f.prepend(u'\'');
    if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')) {
        f.replace(u"\""_s, u"\"\""_s);
        return u'"' + f + u'"';
    }
    return f;
}

QString MailboxExport::csvHeader(bool withCount)
{
    return csvLine(csvColumns(withCount));
}

QStringList MailboxExport::csvFields(const CodeTable &table, const QString &language,
                                     const Record &record, bool withCount)
{
    const DecodeResult &m = *record.message;
    const QString file = record.file.isEmpty() ? splitSource(m.source).first : record.file;
    const QString number = record.number > 0 ? QString::number(record.number) : QString();
    QStringList fields;
    if (record.recipient < 0 || record.recipient >= m.recipients.size()) {
        fields << toWord(Outcome::Unknown) << QString() << QString() << QString() << QString()
               << QString() << QString() << QString() << QString() << QString() << QString() << file
               << number << QString()
               << (m.errorCode == ErrorCode::None
                       ? tr("No failed recipient was found in this message")
                       : NoteText::error(m))
               << QString();
    } else {
        const RecipientResult &r = m.recipients.at(record.recipient);
        const QString reason = MailboxFacts::reasonKey(table, r);
        const QDateTime date = MailboxFacts::parseDate(MailboxFacts::dateText(m, r, record.date));
        const bool entry = r.entryIndex >= 0 && r.entryIndex < table.size();
        fields << toWord(outcomeOf(r)) << r.recipient << MailboxFacts::domainOf(r.recipient)
               << (r.replyCode > 0 ? QString::number(r.replyCode) : QString())
               << r.status.toString() << reason << MailboxFacts::reasonText(reason)
               << (entry ? table.at(r.entryIndex).id : QString())
               << (entry ? Explanation::entryText(table.at(r.entryIndex), r, language) : QString())
               << MailboxFacts::originKey(r.origin)
               << (date.isValid() ? date.toString(Qt::ISODate)
                                  : MailboxFacts::dateText(m, r, record.date))
               << file << number << r.diagnostic << NoteText::error(m)
               << addressActionWord(table, r);
    }
    // What a limit left out of the message (issue 25), on each of its rows.
    QStringList notes;
    fields << NoteText::messages(m.notes).join(u"; "_s);
    fields << (record.recipient < 0 || record.recipient >= m.recipients.size()
                   ? QString()
                   : providerCell(m.recipients.at(record.recipient)));
    if (withCount)
        fields << QString::number(record.count);
    return fields;
}

QString MailboxExport::csv(const CodeTable &table, const QString &language,
                           const QList<Record> &records, bool withCount)
{
    QString out = csvHeader(withCount);
    for (const Record &r : records)
        out += csvLine(csvFields(table, language, r, withCount));
    return out;
}

QString MailboxExport::jsonLine(const CodeTable &table, const DecodeResult &message)
{
    return QString::fromUtf8(DecodeReport::toJsonBytes(message, table)) + u'\n';
}

QString MailboxExport::jsonLines(const CodeTable &table, const QList<Record> &records)
{
    // The messages in the order their first record comes, each with its listed recipients.
    QList<const DecodeResult *> order;
    QHash<const DecodeResult *, QList<int>> chosen;
    for (const Record &r : records) {
        auto it = chosen.find(r.message);
        if (it == chosen.end()) {
            order << r.message;
            it = chosen.insert(r.message, {});
        }
        if (r.recipient >= 0)
            it->append(r.recipient);
    }
    QString out;
    for (const DecodeResult *m : std::as_const(order)) {
        const QList<int> &recipients = chosen.value(m);
        if (recipients.size() == m->recipients.size()) {
            out += jsonLine(table, *m);
            continue;
        }
        DecodeResult part = *m;
        part.recipients.clear();
        for (int i : recipients)
            part.recipients << m->recipients.at(i);
        out += jsonLine(table, part);
    }
    return out;
}

QString MailboxExport::addressActionWord(const CodeTable &table, const RecipientResult &r)
{
    return toWord(Verdict::addressAction(table, r).action);
}

} // namespace BounceLens
