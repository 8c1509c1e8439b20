#include "decoder/replylayouts.h"

#include <QHash>

#include <array>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

using Kind = ReplyLayout::Kind;

ReplyLayout row(const QString &name, const QString &mta, const QString &documentedIn, Kind kind,
                const QStringList &literals, const QString &pattern = QString(),
                bool caseInsensitive = false)
{
    ReplyLayout r;
    r.name = name;
    r.mta = mta;
    r.documentedIn = documentedIn;
    r.kind = kind;
    r.literals = literals;
    if (!pattern.isEmpty()) {
        r.pattern = QRegularExpression(pattern, caseInsensitive
                                                    ? QRegularExpression::CaseInsensitiveOption
                                                    : QRegularExpression::NoPatternOption);
        Q_ASSERT_X(r.pattern.isValid(), "ReplyLayouts", qPrintable(name));
    }
    return r;
}

// The table. Wording only: how the scanner uses a kind is in replyextractor.cpp.
QList<ReplyLayout> makeTable()
{
    QList<ReplyLayout> t;
    // Text rewritten before the lines are read.
    t << row(u"escaped-line-breaks"_s, u"Exim (main log), Python smtplib, web views"_s,
             u"Exim specification, chapter 'Log files' (a multi-line reply is logged on one line "
             "with \\n escapes); Python docs, smtplib.SMTPResponseException (smtp_error holds the "
             "reply's lines joined by \\n)"_s,
             Kind::OwnLine, {u"\\n"_s}, uR"((?:\\r)?\\n(?=\s*(?:[245][0-5]\d[ -]|[245]\.\d)))"_s);
    t << row(
        u"zoho-error-code"_s, u"Zoho Mail"_s,
        u"Zoho Mail bounce notices ('This message was created automatically by mail "
        "delivery software', labelled codes 'ERROR_CODE :550, ERROR_CODE :5.1.1'); layout "
        "described by Sisimai::Lhost::Zoho (lib/sisimai/lhost/zoho.rb); reply words: "
        "smtp.codes/zoho"_s,
        Kind::OwnLine, {u"ERROR_CODE"_s},
        uR"(ERROR_CODE\s*:\s*([2-5]\d\d)\s*,\s*ERROR_CODE\s*:\s*(?:([245]\.\d{1,3}\.\d{1,3})\s*)?,?[ \t]*)"_s);
    // The reply's own tokens.
    t << row(u"yahoo-colon"_s, u"Yahoo Mail"_s,
             u"Yahoo Mail bounce notices ('Sorry, we were unable to deliver your message', "
             "replies as '550: 5.2.2 ...' or '554: : ...'); layout described by "
             "Sisimai::Lhost::Yahoo; codes: senders.yahooinc.com/smtp-error-codes"_s,
             Kind::CodeSeparator, {}, uR"(:\s+(?=[245]\.\d|:))"_s);
    t << row(u"qmail-qsbmf"_s, u"qmail, netqmail, vpopmail/chkuser"_s,
             u"D. J. Bernstein, The qmail-send Bounce Message Format, "
             "https://cr.yp.to/proto/qsbmf.txt, section 3: a recipient paragraph may end with an "
             "RFC 1893 status in '(#x.y.z)' notation"_s,
             Kind::StatusNotation, {u"#"_s}, uR"([(\[]#([245]\.\d{1,3}\.\d{1,3})(?=[)\]\s]))"_s);
    t << row(u"python-smtplib-tuple"_s, u"Python smtplib"_s,
             u"Python documentation, smtplib.SMTPResponseException: the exception prints as the "
             "tuple (smtp_code, b'smtp_error')"_s,
             Kind::Tuple, {u"("_s}, uR"(\(([245][0-5]\d),\s*b?['"](?=\s*[245]\.\d))"_s);
    t << row(u"python-smtplib-close"_s, u"Python smtplib"_s,
             u"as python-smtplib-tuple: the bytes literal's quote and the tuple's parenthesis"_s,
             Kind::TupleClose, {u")"_s}, uR"(['"]\)\s*$)"_s);
    t << row(u"amazon-ses-nested"_s, u"Amazon SES, Amazon WorkMail"_s,
             u"Amazon SES Developer Guide, bounce notifications: SES's own reply quotes the "
             "remote MTA's reply in angle brackets ('554 4.4.7 Message expired: ... <421 4.4.2 "
             "...>')"_s,
             Kind::NestedReply, {u"<"_s},
             uR"(<\s*([2-5]\d\d[ -][245]\.\d{1,3}\.\d{1,3}(?![\d.])[^<>]{0,600})>)"_s);
    t << row(u"x6-error-message-brackets"_s,
             u"unnamed MTA ('We had trouble delivering your message')"_s,
             u"layout described by Sisimai::Lhost::X6 (lib/sisimai/lhost/x6.rb): 'Reason: SMTP "
             "Server <192.0.2.1> refused to accept your message (RCPT), with the following error "
             "message: [550 5.1.1 ...]'"_s,
             Kind::NestedReply, {u"error message:"_s},
             uR"(\bwith the following error message:\s*\[\s*([2-5]\d\d[ -][^\[\]]{0,600}?)\s*\])"_s,
             true);
    // Where a reply ends.
    t << row(u"google-suffix"_s, u"Gmail, Google Workspace"_s,
             u"Google Workspace Admin Help, 'SMTP error reference' "
             "(support.google.com/a/answer/3726730): replies end with the session id and "
             "'- gsmtp' ('- gcdp' for a domain's policy)"_s,
             Kind::ReplyEnd, {u"gsmtp"_s, u"gcdp"_s}, uR"(-\s+(?:gsmtp|gcdp)\b(?!.*\([^)]*$).*$)"_s,
             true);
    t << row(u"postfix-in-reply-to"_s, u"Postfix"_s,
             u"Postfix smtp(8) / bounce(5): 'host X[ip] said: <reply> (in reply to RCPT TO "
             "command)' (src/smtp/smtp_proto.c, smtp_rcpt_fail)"_s,
             Kind::ReplyEnd, {u"command)"_s}, uR"(\(in reply to [^)]*command\)\)?\s*$)"_s, true);
    t << row(u"exchange-hashes"_s, u"Microsoft Exchange 2007-2013, Office 365"_s,
             u"Microsoft Learn, 'Email non-delivery reports and SMTP errors in Exchange Online': "
             "under 'Diagnostic information for administrators' each recipient's reply is "
             "written '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##'"_s,
             Kind::ReplyEnd, {u"##"_s}, uR"(##\s*$)"_s);
    // The reply's wrapper.
    t << row(u"postfix-stage-note"_s, u"Postfix"_s,
             u"Postfix smtp(8): the stage after the reply, '(in reply to end of DATA command)'"_s,
             Kind::StageNote, {u"in reply to"_s}, uR"(\(in reply to ([^)]{1,60}?) command\)\)?)"_s,
             true);
    t << row(
        u"exim-after-command"_s, u"Exim, Postfix"_s,
        u"Exim specification, smtp transport and bounce messages: 'SMTP error from remote "
        "mail server after RCPT TO:<a@b>:'; Postfix: 'in reply to RCPT TO command'"_s,
        Kind::StageContext, {u"after"_s, u"in reply to"_s},
        uR"(\b(?:after|in reply to)\s+((?:pipelined\s+)?(?:end of data|DATA|RCPT(?: TO)?|MAIL(?: FROM)?|HELO|EHLO|LHLO|STARTTLS|AUTH|initial connection|greeting)))"_s,
        true);
    t << row(
        u"dma-did-not-like"_s, u"DragonFly Mail Agent (dma)"_s,
        u"dma source, net.c (deliver_remote): 'mx.example.com [192.0.2.1] did not like our "
        "RCPT TO:' and the reply on the next line"_s,
        Kind::StageContext, {u"did not like our"_s},
        uR"(\bdid not like our\s+((?:RCPT(?: TO)?|MAIL(?: FROM)?|DATA|HELO|EHLO|STARTTLS|AUTH)))"_s,
        true);
    t << row(u"x6-refused-to-accept"_s, u"unnamed MTA ('We had trouble delivering your message')"_s,
             u"as x6-error-message-brackets: the stage in parentheses, 'refused to accept your "
             "message (DATA)'"_s,
             Kind::StageContext, {u"refused to accept"_s},
             uR"(\brefused to accept your message \((RCPT|MAIL|DATA|HELO|EHLO|STARTTLS|AUTH)\))"_s,
             true);
    t << row(u"x3-smtp-stage-host"_s, u"unnamed MTA ('Technical details:')"_s,
             u"layout described by Sisimai::Lhost::X3 (lib/sisimai/lhost/x3.rb): one line per "
             "recipient, 'SMTP:RCPT host 192.0.2.1: 553 5.3.0 ...', under 'Technical details:'; "
             "the stage is the one on the reply's own line"_s,
             Kind::StageContext, {u"SMTP:"_s},
             uR"(\bSMTP:(RCPT|MAIL|DATA|HELO|EHLO)\s+host\b(?![\s\S]*\bSMTP:[A-Z]))"_s);
    t << row(
        u"postfix-host-said"_s, u"Postfix, Exim"_s,
        u"Postfix bounce(5) / smtp(8): 'host mx.example.com[192.0.2.1] said:'; Exim: 'host "
        "mx.example.com [192.0.2.1]:'"_s,
        Kind::HostPrefix, {u"["_s},
        uR"(^\(?(?:host\s+)?([A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,})\.?\s*\[([^\]]{1,60})\]\s*(?:said|:)\s*:?\s*)"_s,
        true);
    t << row(u"recipient-colon"_s, u"Postfix, qmail"_s,
             u"Postfix bounce(5) ('<a@b>: host ... said: ...', '<a@b>: 550 ...'); QSBMF "
             "section 3 (a recipient paragraph starts with '<a@b>:')"_s,
             Kind::RecipientLeadIn, {u"@"_s},
             uR"(^["<]?[^\s<>"@]{1,64}@[^\s<>"]{1,255}[">]?:\s+(?=#?[2-5]\d\d[ -:]|[245]\.\d))"_s);
    t << row(u"exchange-hash-marks"_s, u"Microsoft Exchange 2007-2013, Office 365"_s,
             u"as exchange-hashes: the '#' before the code and the '##' after the reply"_s,
             Kind::Marks, {u"#"_s, u"##"_s});
    t << row(u"exchange-remote-server-returned"_s, u"Microsoft Exchange 2010-2019"_s,
             u"Microsoft Exchange NDRs, 'Diagnostic information for administrators': 'Remote "
             "Server returned '550 5.1.1 ...'' (the quotes are Exchange's)"_s,
             Kind::Quotes, {u"'"_s, u"\""_s});
    t << row(u"exchange2003-brackets"_s, u"Microsoft Exchange 2000/2003"_s,
             u"Exchange 2003 NDRs quote the remote reply inside the recipient's brackets: "
             "'<mx.example.com #5.1.1 smtp;550 5.1.1 User unknown>'; described by "
             "Sisimai::Lhost::Exchange2003"_s,
             Kind::UnbalancedClose, {u">"_s, u"<"_s});
    t << row(u"sendmail-reason-parenthesis"_s, u"Sendmail 8"_s,
             u"Sendmail source: savemail.c (errbody): under 'The following addresses had "
             "permanent fatal errors' each recipient's last reply is written '    (reason: 550 "
             "5.1.1 ... )'"_s,
             Kind::UnbalancedClose, {u")"_s, u"("_s});
    ReplyLayout labels = row(
        u"messagingserver-labels"_s, u"Oracle Communications (Sun) Messaging Server"_s,
        u"Messaging Server notices list each recipient as labelled lines ('Recipient "
        "address:', 'Reason:', 'Diagnostic code: smtp;550 ...', 'Remote system:'); layout "
        "described by Sisimai::Lhost::MessagingServer"_s,
        Kind::LabelLine,
        {u"Original address"_s, u"Recipient address"_s, u"Reason"_s, u"Diagnostic code"_s,
         u"Remote system"_s, u"Reporting MTA"_s},
        uR"(^(?:Original address|Recipient address|Reason|Diagnostic code|Remote system|Reporting MTA)\s*:)"_s,
        true);
    labels.literalsAtStart = true;
    t << labels;
    ReplyLayout x3lines = row(
        u"x3-lines"_s, u"unnamed MTA ('Technical details:')"_s,
        u"as x3-smtp-stage-host: each recipient's 'SMTP:<stage> host' line starts a reply of "
        "its own, a rule of '=' ends the block"_s,
        Kind::LabelLine, {u"SMTP:"_s, u"====="_s}, uR"(^(?:SMTP:[A-Z]{4,8}\s+host\s|={5,}\s*$))"_s);
    x3lines.literalsAtStart = true;
    t << x3lines;
    // Sendmail's session transcript.
    t << row(u"sendmail-transcript-server"_s, u"Sendmail 8, Sendmail 5, Courier"_s,
             u"Sendmail source: savemail.c ('----- Transcript of session follows -----'), "
             "usersmtp.c (each reply of the remote server echoed to the transcript as '<<< '); "
             "Courier's esmtp module writes the same transcript into its DSNs"_s,
             Kind::TranscriptServer, {u"<<<"_s});
    t << row(u"sendmail-transcript-client"_s, u"Sendmail 8, Sendmail 5, Courier"_s,
             u"Sendmail source: usersmtp.c smtpmessage() (each command sent echoed as '>>> ')"_s,
             Kind::TranscriptClient, {u">>>"_s});
    t << row(u"sendmail-while-talking-to"_s, u"Sendmail 8"_s,
             u"Sendmail source: deliver.c / usersmtp.c ('... while talking to mx.example.com.:' "
             "before the host's part of the transcript)"_s,
             Kind::TranscriptHost, {u"while talking to"_s});
    // Line breaks added by someone else.
    ReplyLayout wrap = row(u"hard-wrap"_s, u"any (clients and gateways that cut long lines)"_s,
                           u"RFC 5322 section 2.1.1 (line length limits): gateways and clients "
                           "cut longer lines at a fixed width, inside words"_s,
                           Kind::HardWrap, {});
    wrap.width = 40;
    t << wrap;
    return t;
}

// "No match" without allocating one each time (a default-constructed match allocates): the
// scanner asks on every line.
const QRegularExpressionMatch &noMatch()
{
    static const QRegularExpressionMatch none;
    return none;
}

// `literal` in `text`, ignoring case. Qt's case-insensitive search folds every character; the
// scanner asks this on every line, so the first character is found case-sensitively in both
// cases (a vectorized scan) and only those places are compared.
bool containsIgnoringCase(QStringView text, QStringView literal)
{
    if (literal.isEmpty())
        return true;
    const QChar lower = literal.front().toLower(), upper = literal.front().toUpper();
    for (const QChar first : {lower, upper}) {
        for (qsizetype at = text.indexOf(first); at >= 0 && at + literal.size() <= text.size();
             at = text.indexOf(first, at + 1)) {
            if (text.mid(at, literal.size()).compare(literal, Qt::CaseInsensitive) == 0)
                return true;
        }
        if (lower == upper)
            break;
    }
    return false;
}

} // namespace

bool ReplyLayout::hintPresent(QStringView text) const
{
    if (literals.isEmpty())
        return true;
    const bool ignoreCase
        = pattern.patternOptions().testFlag(QRegularExpression::CaseInsensitiveOption);
    for (const QString &l : literals) {
        if (literalsAtStart) {
            if (text.startsWith(l, ignoreCase ? Qt::CaseInsensitive : Qt::CaseSensitive))
                return true;
        } else if (ignoreCase ? containsIgnoringCase(text, l) : text.contains(l)) {
            return true;
        }
    }
    return false;
}

QRegularExpressionMatch ReplyLayout::match(QStringView text, qsizetype from) const
{
    if (pattern.pattern().isEmpty() || !hintPresent(text.mid(from)))
        return noMatch();
    return pattern.match(text, from);
}

const QList<ReplyLayout> &ReplyLayouts::all()
{
    static const QList<ReplyLayout> table = makeTable();
    return table;
}

const QList<const ReplyLayout *> &ReplyLayouts::ofKind(ReplyLayout::Kind kind)
{
    static const auto byKind = [] {
        std::array<QList<const ReplyLayout *>, ReplyLayout::HardWrap + 1> k;
        for (const ReplyLayout &r : all())
            k[r.kind] << &r;
        return k;
    }();
    return byKind[kind];
}

const ReplyLayout *ReplyLayouts::byName(const QString &name)
{
    for (const ReplyLayout &r : all()) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QRegularExpressionMatch ReplyLayouts::firstMatch(ReplyLayout::Kind kind, QStringView text,
                                                 qsizetype from)
{
    for (const ReplyLayout *r : ofKind(kind)) {
        QRegularExpressionMatch m = r->match(text, from);
        if (m.hasMatch())
            return m;
    }
    return noMatch();
}

QStringView ReplyLayouts::prefixOf(ReplyLayout::Kind kind, QStringView text)
{
    for (const ReplyLayout *r : ofKind(kind)) {
        for (const QString &l : r->literals) {
            if (text.startsWith(l, Qt::CaseInsensitive))
                return text.left(l.size());
        }
    }
    return {};
}

} // namespace BounceLens
