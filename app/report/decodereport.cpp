#include "report/decodereport.h"

#include "codes/codemeaning.h"
#include "codes/codetable.h"
#include "report/explanation.h"
#include "report/notetext.h"
#include "report/senderreport.h"
#include "report/verdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue entryId(const CodeTable &table, int index)
{
    return index >= 0 && index < table.size() ? QJsonValue(table.at(index).id)
                                              : QJsonValue(QJsonValue::Null);
}

QJsonObject senderJson(const SendingIdentity &s)
{
    return {{u"ip"_s, stringOrNull(s.ip)},
            {u"helo"_s, stringOrNull(s.helo)},
            {u"return_path_domain"_s, stringOrNull(s.returnPathDomain)},
            {u"from_domain"_s, stringOrNull(s.fromDomain)},
            {u"dkim_domain"_s, stringOrNull(s.dkimDomain)},
            {u"dkim_selector"_s, stringOrNull(s.dkimSelector)},
            {u"spf"_s, stringOrNull(s.spf)},
            {u"dkim"_s, stringOrNull(s.dkim)},
            {u"dmarc"_s, stringOrNull(s.dmarc)}};
}

double rounded(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

// Compact JSON written member by member, as QJsonDocument writes it. The callers give the keys of
// each object in sorted order (QJsonObject keeps its keys sorted); tst_decodereport compares the
// bytes with Qt's on every fixture.
class JsonLine
{
public:
    QByteArray out;

    void open(char bracket)
    {
        comma();
        out += bracket;
        m_first = true;
    }
    void close(char bracket)
    {
        out += bracket;
        m_first = false;
    }
    // An object member's key: the value follows.
    void key(const char *name)
    {
        comma();
        out += '"';
        out += name;
        out += "\":";
        m_first = true; // no comma before the value
    }
    void null()
    {
        comma();
        out += "null";
    }
    void boolean(bool b)
    {
        comma();
        out += b ? "true" : "false";
    }
    void integer(int n)
    {
        comma();
        out += QByteArray::number(n);
    }
    void number(double d)
    {
        comma();
        if (std::isfinite(d))
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        else
            out += "null";
    }
    void string(const QString &s)
    {
        comma();
        for (const QChar c : s) {
            const char16_t u = c.unicode();
            if (u < 0x20 || u == u'"' || u == u'\\' || c.isSurrogate()) {
                // Escapes, and unpaired surrogates: Qt's own writer, for the same bytes.
                const QByteArray qt
                    = QJsonDocument(QJsonArray{QJsonValue(s)}).toJson(QJsonDocument::Compact);
                out += QByteArrayView(qt).sliced(1, qt.size() - 2);
                return;
            }
        }
        out += '"';
        out += s.toUtf8();
        out += '"';
    }
    void stringOrNull(const QString &s) { s.isEmpty() ? null() : string(s); }
    void strings(const QStringList &list)
    {
        open('[');
        for (const QString &s : list)
            string(s);
        close(']');
    }

private:
    void comma()
    {
        if (!m_first)
            out += ',';
        m_first = false;
    }
    bool m_first = true;
};

void writeEntryId(JsonLine &j, const CodeTable &table, int index)
{
    if (index >= 0 && index < table.size())
        j.string(table.at(index).id);
    else
        j.null();
}

void writeSender(JsonLine &j, const SendingIdentity &s)
{
    j.open('{');
    const std::pair<const char *, const QString *> members[]
        = {{"dkim", &s.dkim},
           {"dkim_domain", &s.dkimDomain},
           {"dkim_selector", &s.dkimSelector},
           {"dmarc", &s.dmarc},
           {"from_domain", &s.fromDomain},
           {"helo", &s.helo},
           {"ip", &s.ip},
           {"return_path_domain", &s.returnPathDomain},
           {"spf", &s.spf}};
    for (const auto &[name, value] : members) {
        j.key(name);
        j.stringOrNull(*value);
    }
    j.close('}');
}

void writeRecipient(JsonLine &j, const RecipientResult &x, const CodeTable &table)
{
    const Verdict::AddressDecision decision = Verdict::addressAction(table, x);
    const std::optional<bool> temporary = Verdict::temporary(x);
    j.open('{');
    j.key("action");
    j.stringOrNull(toWord(x.action));
    j.key("address_action");
    j.stringOrNull(toWord(decision.action));
    j.key("address_action_why");
    j.stringOrNull(toWord(decision.why));
    j.key("arrival_date");
    j.stringOrNull(x.arrivalDate);
    j.key("candidates");
    j.open('[');
    for (const MatchCandidate &c : x.candidates) {
        j.open('{');
        j.key("entry_id");
        writeEntryId(j, table, c.entryIndex);
        j.key("score");
        j.number(rounded(c.score));
        j.close('}');
    }
    j.close(']');
    j.key("command");
    j.stringOrNull(toWord(x.command));
    j.key("confidence");
    j.number(rounded(x.confidence));
    j.key("diagnostic");
    j.stringOrNull(x.diagnostic);
    j.key("entry_id");
    writeEntryId(j, table, x.entryIndex);
    j.key("implied_status");
    j.stringOrNull(x.impliedStatus.toString());
    j.key("last_attempt_date");
    j.stringOrNull(x.lastAttemptDate);
    j.key("local_diagnostic");
    j.stringOrNull(x.localDiagnostic);
    j.key("origin");
    j.stringOrNull(x.origin);
    j.key("original_recipient");
    j.stringOrNull(x.originalRecipient);
    j.key("outcome");
    j.string(toWord(Verdict::outcome(x)));
    j.key("provider");
    j.stringOrNull(x.provider);
    j.key("provider_confirmed");
    j.boolean(x.providerConfirmed);
    j.key("reason");
    j.stringOrNull(toWord(x.reason));
    j.key("recipient");
    j.string(x.recipient);
    j.key("remote_mta");
    j.stringOrNull(x.remoteMta);
    j.key("reply_code");
    x.replyCode > 0 ? j.integer(x.replyCode) : j.null();
    j.key("report_status");
    j.stringOrNull(x.reportStatus.toString());
    j.key("reporting_mta");
    j.stringOrNull(x.reportingMta);
    j.key("sending_cause");
    j.stringOrNull(Verdict::sendingCause(table, x));
    j.key("spans");
    j.open('[');
    for (const auto &span : x.spans) {
        j.open('[');
        j.number(double(span.first));
        j.number(double(span.second));
        j.close(']');
    }
    j.close(']');
    j.key("status");
    j.stringOrNull(x.status.toString());
    j.key("temporary");
    temporary ? j.boolean(*temporary) : j.null();
    j.key("will_retry_until");
    j.stringOrNull(x.willRetryUntil);
    j.close('}');
}

} // namespace

QJsonObject decodeResultToJson(const DecodeResult &r, const CodeTable &table)
{
    return DecodeReport::toJson(r, table);
}

QString decodeResultToText(const DecodeResult &r, const CodeTable &table, const QString &language)
{
    return DecodeReport::toText(r, table, language);
}

QString DecodeReport::actionName(Action action)
{
    switch (action) {
    case Action::Failed:
        return tr("failed");
    case Action::Delayed:
        return tr("delayed");
    case Action::Delivered:
        return tr("delivered");
    case Action::Relayed:
        return tr("relayed");
    case Action::Expanded:
        return tr("expanded");
    case Action::None:
        break;
    }
    return {};
}

QString DecodeReport::languageName(const QString &code)
{
    if (code == u"en")
        return tr("English");
    if (code == u"zh")
        return tr("Chinese");
    if (code == u"ja")
        return tr("Japanese");
    if (code == u"ko")
        return tr("Korean");
    return code;
}

QString DecodeReport::languageNames(const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes)
        names << languageName(code);
    //: Separator between the names of languages in a list
    return names.join(tr(", "));
}

namespace {

QJsonArray notesJson(const DecodeNotes &notes)
{
    QJsonArray out;
    for (const DecodeNote &note : notes)
        out.append(QJsonObject{{u"code"_s, note.code}, {u"text"_s, NoteText::message(note)}});
    return out;
}

} // namespace

QJsonObject DecodeReport::toJson(const DecodeResult &r, const CodeTable &table)
{
    QJsonObject o;
    o.insert(u"file"_s, r.source);
    QJsonArray recipients;
    for (const RecipientResult &x : r.recipients) {
        QJsonObject j;
        j.insert(u"recipient"_s, x.recipient);
        j.insert(u"original_recipient"_s, stringOrNull(x.originalRecipient));
        j.insert(u"action"_s, stringOrNull(toWord(x.action)));
        j.insert(u"outcome"_s, toWord(Verdict::outcome(x)));
        j.insert(u"reply_code"_s, x.replyCode > 0 ? QJsonValue(x.replyCode) : QJsonValue());
        j.insert(u"status"_s, stringOrNull(x.status.toString()));
        j.insert(u"implied_status"_s, stringOrNull(x.impliedStatus.toString()));
        j.insert(u"diagnostic"_s, stringOrNull(x.diagnostic));
        j.insert(u"local_diagnostic"_s, stringOrNull(x.localDiagnostic));
        j.insert(u"report_status"_s, stringOrNull(x.reportStatus.toString()));
        j.insert(u"remote_mta"_s, stringOrNull(x.remoteMta));
        j.insert(u"reporting_mta"_s, stringOrNull(x.reportingMta));
        j.insert(u"arrival_date"_s, stringOrNull(x.arrivalDate));
        j.insert(u"last_attempt_date"_s, stringOrNull(x.lastAttemptDate));
        j.insert(u"will_retry_until"_s, stringOrNull(x.willRetryUntil));
        j.insert(u"command"_s, stringOrNull(toWord(x.command)));
        j.insert(u"origin"_s, stringOrNull(x.origin));
        j.insert(u"provider"_s, stringOrNull(x.provider));
        j.insert(u"provider_confirmed"_s, x.providerConfirmed);
        const std::optional<bool> temporary = Verdict::temporary(x);
        j.insert(u"temporary"_s, temporary ? QJsonValue(*temporary) : QJsonValue());
        j.insert(u"reason"_s, stringOrNull(toWord(x.reason)));
        const Verdict::AddressDecision decision = Verdict::addressAction(table, x);
        j.insert(u"address_action"_s, stringOrNull(toWord(decision.action)));
        j.insert(u"address_action_why"_s, stringOrNull(toWord(decision.why)));
        j.insert(u"sending_cause"_s, stringOrNull(Verdict::sendingCause(table, x)));
        j.insert(u"entry_id"_s, entryId(table, x.entryIndex));
        j.insert(u"confidence"_s, rounded(x.confidence));
        QJsonArray candidates;
        for (const MatchCandidate &c : x.candidates) {
            candidates.append(QJsonObject{{u"entry_id"_s, entryId(table, c.entryIndex)},
                                          {u"score"_s, rounded(c.score)}});
        }
        j.insert(u"candidates"_s, candidates);
        QJsonArray spans;
        for (const auto &s : x.spans)
            spans.append(QJsonArray{double(s.first), double(s.second)});
        j.insert(u"spans"_s, spans);
        recipients.append(j);
    }
    o.insert(u"recipients"_s, recipients);
    o.insert(u"provider"_s, stringOrNull(r.provider));
    o.insert(u"reporting_mta"_s, stringOrNull(r.reportingMta));
    o.insert(u"original"_s, QJsonObject{{u"from"_s, stringOrNull(r.originalFrom)},
                                        {u"to"_s, stringOrNull(r.originalTo)},
                                        {u"subject"_s, stringOrNull(r.originalSubject)},
                                        {u"date"_s, stringOrNull(r.originalDate)},
                                        {u"message_id"_s, stringOrNull(r.originalMessageId)}});
    o.insert(u"sender"_s, senderJson(r.sender));
    o.insert(u"languages"_s, QJsonArray::fromStringList(r.languages));
    o.insert(u"charset"_s, stringOrNull(r.charset));
    // What was recognised and what a limit left out: a stable code and a sentence each.
    o.insert(u"recognised"_s, notesJson(r.recognised));
    o.insert(u"notes"_s, notesJson(r.notes));
    // The code is a machine word that does not change with --lang; the message is for people.
    if (r.errorCode != ErrorCode::None) {
        o.insert(u"error"_s, QJsonObject{{u"code"_s, ErrorText::word(r.errorCode)},
                                         {u"message"_s, NoteText::error(r)}});
    }
    return o;
}

namespace {

// The notes as toJson writes them (notesJson): a code and its sentence each.
void writeNotes(JsonLine &j, const DecodeNotes &notes)
{
    j.open('[');
    for (const DecodeNote &note : notes) {
        j.open('{');
        j.key("code");
        j.string(note.code);
        j.key("text");
        j.string(NoteText::message(note));
        j.close('}');
    }
    j.close(']');
}

} // namespace

QByteArray DecodeReport::toJsonBytes(const DecodeResult &r, const CodeTable &table)
{
    JsonLine j;
    j.out.reserve(1024 + 1024 * r.recipients.size());
    j.open('{');
    j.key("charset");
    j.stringOrNull(r.charset);
    if (r.errorCode != ErrorCode::None) {
        j.key("error");
        j.open('{');
        j.key("code");
        j.string(ErrorText::word(r.errorCode));
        j.key("message");
        j.string(NoteText::error(r));
        j.close('}');
    }
    j.key("file");
    j.string(r.source);
    j.key("languages");
    j.strings(r.languages);
    j.key("notes");
    writeNotes(j, r.notes);
    j.key("original");
    j.open('{');
    const std::pair<const char *, const QString *> original[]
        = {{"date", &r.originalDate},
           {"from", &r.originalFrom},
           {"message_id", &r.originalMessageId},
           {"subject", &r.originalSubject},
           {"to", &r.originalTo}};
    for (const auto &[name, value] : original) {
        j.key(name);
        j.stringOrNull(*value);
    }
    j.close('}');
    j.key("provider");
    j.stringOrNull(r.provider);
    j.key("recipients");
    j.open('[');
    for (const RecipientResult &x : r.recipients)
        writeRecipient(j, x, table);
    j.close(']');
    j.key("recognised");
    writeNotes(j, r.recognised);
    j.key("reporting_mta");
    j.stringOrNull(r.reportingMta);
    j.key("sender");
    writeSender(j, r.sender);
    j.close('}');
    return std::move(j.out);
}

QString DecodeReport::headerText(const DecodeResult &r)
{
    QString out;
    if (!r.provider.isEmpty() || !r.reportingMta.isEmpty()) {
        const QString who = r.provider.isEmpty() ? r.reportingMta
                            : r.reportingMta.isEmpty()
                                ? r.provider
                                : u"%1 (%2)"_s.arg(r.provider, r.reportingMta);
        out += tr("Bounce from: %1").arg(who) + u'\n';
    }
    if (!r.originalSubject.isEmpty() || !r.originalDate.isEmpty()) {
        out += tr("Original message: \"%1\", sent %2")
                   .arg(r.originalSubject,
                        r.originalDate.isEmpty() ? tr("(date unknown)") : r.originalDate)
               + u'\n';
    }
    if (!r.languages.isEmpty())
        out += tr("Language of the bounce: %1").arg(languageNames(r.languages)) + u'\n';
    for (const LimitNote &note : r.notes)
        out += tr("Left out: %1").arg(NoteText::message(note)) + u'\n';
    return out;
}

QString DecodeReport::recipientHeading(const RecipientResult &x)
{
    const QString who = x.recipient.isEmpty() ? tr("(recipient not named)") : x.recipient;
    // The verdict's, as in the CSV and JSON ("delayed" with a 5.1.1 is temporary).
    QString severity;
    if (const std::optional<bool> temporary = Verdict::temporary(x))
        severity = *temporary ? tr("temporary") : tr("permanent");
    const QString action = actionName(x.action);
    QString out = severity.isEmpty() ? tr("Recipient: %1 - %2").arg(who, action)
                                     : tr("Recipient: %1 - %2, %3").arg(who, action, severity);
    out += u'\n';
    QString codes = x.replyCode > 0 ? QString::number(x.replyCode) : QString();
    if (x.status.isValid())
        codes += (codes.isEmpty() ? QString() : u" "_s) + x.status.toString();
    if (codes.isEmpty())
        out += u"  "_s + tr("No SMTP reply code was found.") + u'\n';
    else
        out += u"  "_s + tr("Reply: %1").arg(codes) + u'\n';
    return out;
}

QString DecodeReport::recipientFacts(const RecipientResult &x)
{
    QString out;
    if (x.impliedStatus.isValid())
        out += u"  "_s
               + tr("Implied status: %1 (from the words; the server sent no enhanced code)")
                     .arg(x.impliedStatus.toString())
               + u'\n';
    if (x.command != SmtpStage::None)
        out += u"  "_s + tr("Stage: %1").arg(CodeMeaning::stage(toWord(x.command))) + u'\n';
    if (!x.remoteMta.isEmpty())
        out += u"  "_s + tr("Remote server: %1").arg(x.remoteMta) + u'\n';
    if (!x.origin.isEmpty())
        out += u"  "_s + tr("Origin: %1").arg(x.origin) + u'\n';
    if (!x.diagnostic.isEmpty())
        out += u"  "_s + tr("Server said: %1").arg(x.diagnostic) + u'\n';
    if (!x.localDiagnostic.isEmpty())
        out += u"  "_s + tr("Local mail server's summary: %1").arg(x.localDiagnostic) + u'\n';
    return out;
}

QString DecodeReport::recipientMeaning(const RecipientResult &x, const CodeTable &table,
                                       const QString &language)
{
    QString out;
    if (x.entryIndex >= 0 && x.entryIndex < table.size()) {
        const CodeEntry &e = table.at(x.entryIndex);
        //: %1: the matched entry's codes, %2 its text, %3 how sure the match is
        out += u"  "_s
               + tr("Meaning (%1, %3% sure): %2")
                     .arg(e.codeLabel(), Explanation::entryText(e, x, language))
                     .arg(qRound(x.confidence * 100))
               + u'\n';
        if (!e.advice.isEmpty())
            out += u"  "_s + tr("What to do: %1").arg(Explanation::entryAdvice(e, x, language))
                   + u'\n';
    }
    // The reason in plain words only: its internal name means nothing to a reader.
    // The same reason as the verdict (Verdict decides it).
    if (const Reason reason = Verdict::reason(table, x); reason != Reason::None)
        out += u"  "_s + tr("Reason: %1").arg(Verdict::reasonText(reason)) + u'\n';
    return out;
}

QString DecodeReport::toText(const DecodeResult &r, const CodeTable &table, const QString &language)
{
    QString out;
    if (!r.source.isEmpty())
        out += u"== "_s + r.source + u" ==\n"_s;
    if (r.errorCode != ErrorCode::None) {
        out += tr("Could not read: %1").arg(NoteText::error(r)) + u'\n';
        return out;
    }
    out += headerText(r);
    for (const RecipientResult &x : r.recipients) {
        out += u'\n';
        out += recipientHeading(x);
        out += recipientFacts(x);
        if (const QString p = Explanation::provider(table, x, language); !p.isEmpty())
            out += u"  "_s + tr("Provider: %1").arg(p) + u'\n';
        out += recipientMeaning(x, table, language);
        if (const QString advice = Verdict::plainAdvice(table, x, r.sender); !advice.isEmpty())
            out += u"  "_s + tr("Address: %1").arg(advice) + u'\n';
    }
    SenderReport fix;
    fix.add(table, r);
    if (!fix.isEmpty())
        out += u'\n' + fix.toText(table, language);
    if (r.recipients.isEmpty()
        || std::none_of(r.recipients.begin(), r.recipients.end(), [](const RecipientResult &x) {
               return x.replyCode > 0 || x.status.isValid();
           })) {
        out += u'\n' + tr("No SMTP reply code was found. Recognised:") + u'\n';
        for (const DecodeNote &note : r.recognised)
            out += u"  - "_s + NoteText::message(note) + u'\n';
    }
    return out;
}

} // namespace BounceLens
