#include "replyextractor.h"

#include "bouncepatterns.h"

#include <QList>
#include <QRegularExpression>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMaxReplyLines = 24;
constexpr qsizetype kMaxReplyChars = 4000;
constexpr qsizetype kMaxLineScan = 4000; // a longer line is not a reply line: scan its start
constexpr int kMaxReplies = ReplyExtractor::kMaxReplies;

// The grammar's tokens. A token must not continue a word, a number, an address or a time.
// Reply codes are 2xx, 4xx, 5xx with a second digit 0-5 (RFC 5321 section 4.2): a bare 599,
// 571 or 354 is not a final reply.
const QRegularExpression &fullToken()
{
    static const QRegularExpression re(
        uR"((?<![\w.:/@+-])#?([245][0-5]\d)[ -]['"]?#?([245]\.\d{1,3}\.\d{1,3})(?!\.?\w))"_s);
    return re;
}

// "550 ", "550-", and Yahoo's "550: 5.2.2" / "550: : text" at the start (a colon only before an
// enhanced code or Yahoo's empty status: an ordinary "500: ..." line is not a reply).
const QRegularExpression &basicToken()
{
    static const QRegularExpression re(
        uR"(^#?([245][0-5]\d)(-(?=\S)|\s+(?=\S)|:\s+(?=[245]\.\d|:)|$))"_s);
    return re;
}

const QRegularExpression &enhancedToken()
{
    static const QRegularExpression re(uR"(^#?([245]\.\d{1,3}\.\d{1,3})(?!\.?\w)(?=\s|$|[:;,]))"_s);
    return re;
}

// qmail's QSBMF status notation (RFC 1893 codes in the text): "(#5.1.1)", "(#5.1.1 - chkusr)",
// "[#4.1.9]".
const QRegularExpression &qsbmfStatus()
{
    static const QRegularExpression re(uR"([(\[]#([245]\.\d{1,3}\.\d{1,3})(?=[)\]\s]))"_s);
    return re;
}

// A complete reply nested in the local MTA's own words: "554 4.4.7 Message expired: ...
// <421 4.4.2 Connection timed out>" (Amazon SES, WorkMail).
const QRegularExpression &nestedReply()
{
    static const QRegularExpression re(
        uR"(<\s*([2-5]\d\d[ -][245]\.\d{1,3}\.\d{1,3}(?![\d.])[^<>]{0,600})>)"_s);
    return re;
}

// A "<" right before a digit: where nestedReply() can match (checked first, it is cheaper).
bool hasAngleDigit(const QString &s)
{
    for (qsizetype i = s.indexOf(u'<'); i >= 0 && i + 1 < s.size(); i = s.indexOf(u'<', i + 1)) {
        if (s.at(i + 1).isDigit()
            || (s.at(i + 1) == u' ' && i + 2 < s.size() && s.at(i + 2).isDigit()))
            return true;
    }
    return false;
}

// Python's smtplib: "(535, b'5.7.8 Username and Password not accepted...')".
const QRegularExpression &tupleToken()
{
    static const QRegularExpression re(uR"(\(([245][0-5]\d),\s*b?['"](?=\s*[245]\.\d))"_s);
    return re;
}

const QRegularExpression &addressRe()
{
    static const QRegularExpression re(
        uR"([A-Za-z0-9!#$%&'*+/?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)"_s);
    return re;
}

struct Line
{
    QString untrimmed;   // the source line as is
    QString raw;         // trimmed source line
    QString content;     // prefixes removed, unmangled
    bool server = false; // "<<< " line of a transcript
    bool client = false; // ">>> " line of a transcript
    qsizetype offset = 0;
};

QString stripPrefixes(QString s, bool *server, bool *client)
{
    s = s.trimmed();
    while (s.startsWith(u'>') && !s.startsWith(u">>>"_s)) {
        s.remove(0, 1);
        s = s.trimmed();
    }
    if (s.startsWith(u"<<<"_s)) {
        *server = true;
        s = s.mid(3).trimmed();
    } else if (s.startsWith(u">>>"_s)) {
        *client = true;
        s = s.mid(3).trimmed();
    }
    return s;
}

bool isFieldLine(const QString &s)
{
    static const QRegularExpression re(
        uR"(^(?:[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9-]*|Action|Status|Subject|From|To|Date|Received)\s*:\s)"_s);
    return re.match(s).hasMatch();
}

bool isAddressLine(const QString &s)
{
    static const QRegularExpression re(uR"(^["<]?[^\s<>"@]+@[^\s<>"]+[">]?:?(?:\s|$))"_s);
    return re.match(s).hasMatch() && !s.contains(u" said:"_s);
}

bool endsReply(const QString &s)
{
    static const QRegularExpression re(
        uR"((?:-\s+(?:gsmtp|gcdp)\b(?!.*\(in reply to(?!.*command\))).*$)|(?:\(in reply to [^)]*command\)\)?\s*$)|(?:##\s*$))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(s).hasMatch();
}

// Where a reply starts in `s` (from `from`), with the lead-in rules: a full token anywhere; a
// basic or enhanced code only at the start or after a colon (when `afterLeadIn`).
qsizetype tokenStart(const QString &s, qsizetype from, bool afterLeadIn, bool atStartOnly)
{
    const QStringView view = QStringView(s).left(kMaxLineScan);
    if (from >= view.size())
        return -1;
    const QRegularExpressionMatch full = fullToken().match(view, from);
    qsizetype best = full.hasMatch() ? full.capturedStart() : -1;
    const QRegularExpressionMatch tuple = tupleToken().match(view, from);
    if (tuple.hasMatch() && (best < 0 || tuple.capturedStart() < best))
        best = tuple.capturedStart();
    if (atStartOnly && best != from)
        best = -1;
    qsizetype start = from;
    while (start < view.size() && view.at(start).isSpace())
        ++start;
    const QStringView rest = view.mid(start);
    const bool startOk = start == 0 || afterLeadIn;
    if (startOk && (basicToken().match(rest).hasMatch() || enhancedToken().match(rest).hasMatch()))
        return start;
    if (afterLeadIn && best < 0) {
        // "host mx.example.jp [192.0.2.20]: 550 ..." : a code right after a colon.
        static const QRegularExpression afterColon(uR"(:\s+(?=#?[245][0-5]\d[ -]|#?[245]\.\d))"_s);
        const auto m = afterColon.match(view, from);
        if (m.hasMatch()) {
            const qsizetype at = m.capturedEnd();
            const QStringView r = view.mid(at);
            if (basicToken().match(r).hasMatch() || enhancedToken().match(r).hasMatch())
                return at;
        }
    }
    return best;
}

// Sendmail's transcript names the next host: "... while talking to mx.example.com.:".
bool isTalkingTo(const QString &s)
{
    QStringView v(s);
    if (v.startsWith(u"..."))
        v = v.mid(3).trimmed();
    return v.startsWith(u"while talking to", Qt::CaseInsensitive);
}

// "<a@example.com>: 550 unknown user": the reply follows the address and its colon.
const QRegularExpression &addressColonCode()
{
    static const QRegularExpression re(
        uR"(^["<]?[^\s<>"@]{1,64}@[^\s<>"]{1,255}[">]?:\s+(?=#?[2-5]\d\d[ -:]|[245]\.\d))"_s);
    return re;
}

// The qmail (QSBMF) paragraph around lines.at(i): from after the recipient's "<a@b>:" line (or
// the paragraph's start) to the next empty line or address line. Appends the reply it makes
// and returns the index of the first line after the paragraph.
qsizetype qsbmfParagraph(const QList<Line> &lines, qsizetype i, QList<SmtpReply> &replies)
{
    qsizetype first = i;
    while (first > 0 && i - first < 4 && !lines.at(first - 1).content.isEmpty()
           && !isAddressLine(lines.at(first - 1).content) && !lines.at(first - 1).server
           && !lines.at(first - 1).client)
        --first;
    qsizetype end = i + 1;
    while (end < lines.size() && end - first < 8 && !lines.at(end).content.isEmpty()
           && !isAddressLine(lines.at(end).content) && !isFieldLine(lines.at(end).content))
        ++end;
    QString joined;
    QStringList used;
    for (qsizetype k = first; k < end; ++k) {
        joined += lines.at(k).content + u' ';
        used << lines.at(k).raw;
    }
    SmtpReply r = ReplyExtractor::parse(joined);
    if (!r.status.isEmpty()) {
        r.leadIn = true;
        r.position = lines.at(first).offset;
        r.end = end < lines.size() ? lines.at(end).offset : lines.last().offset;
        r.lines = used;
        replies << r;
    }
    return end;
}

} // namespace

namespace {

// Step 1: the text as the grammar reads it: escaped line breaks ("\\n") made real, Zoho's
// labelled codes put on a reply line of their own.
QString normalizeText(const QString &input)
{
    // Exim logs, smtplib and some web views write the line breaks of a reply as "\n".
    QString text = input;
    if (text.contains(u"\\n"_s)) {
        static const QRegularExpression escaped(
            uR"((?:\\r)?\\n(?=\s*(?:[245][0-5]\d[ -]|[245]\.\d)))"_s);
        text.replace(escaped, u"\n"_s);
    }

    // Zoho's "addr Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <addr>... User Unknown":
    // the labelled codes start a reply line of their own. Same length, so offsets stay.
    if (text.contains(u"ERROR_CODE"_s)) {
        static const QRegularExpression labelled(
            uR"(ERROR_CODE\s*:\s*([2-5]\d\d)\s*,\s*ERROR_CODE\s*:\s*(?:([245]\.\d{1,3}\.\d{1,3})\s*)?,?[ \t]*)"_s);
        QList<QRegularExpressionMatch> found;
        for (auto it = labelled.globalMatch(text); it.hasNext() && found.size() < kMaxReplies;)
            found << it.next();
        for (qsizetype k = found.size() - 1; k >= 0; --k) {
            const auto &m = found.at(k);
            QString reply = m.captured(1) + u' ';
            if (m.hasCaptured(2) && !m.captured(2).isEmpty())
                reply += m.captured(2) + u' ';
            const qsizetype pad = m.capturedLength() - reply.size() - 1;
            if (pad >= 0)
                text.replace(m.capturedStart(), m.capturedLength(),
                             QString(pad, u' ') + u'\n' + reply);
        }
    }

    return text;
}

// Step 2: the lines up to the copy of the original message, with transcript prefixes
// ("<<< ", ">>> ", "> ") noted and removed.
QList<Line> splitLines(const QString &text, const BouncePatterns &patterns)
{
    QList<Line> lines;
    qsizetype offset = 0;
    for (QStringView l : QStringView(text).split(u'\n')) {
        Line line;
        line.untrimmed = l.toString();
        line.raw = l.trimmed().toString();
        line.content
            = ReplyExtractor::unmangle(stripPrefixes(line.raw, &line.server, &line.client));
        line.offset = offset;
        offset += l.size() + 1;
        if (!line.raw.isEmpty() && line.raw.size() < 200
            && patterns.originalMarker.matches(line.raw))
            break;
        lines.append(line);
    }
    return lines;
}

// The last step for a reply found at (i, at): the remote host and the SMTP stage named in the
// lines just before it ("host mx[ip] said:", "after RCPT TO:<a@b>:"), else the transcript's
// last client command.
void replyContext(SmtpReply &r, const QList<Line> &lines, qsizetype i, qsizetype at,
                  const QString &lastClientCommand)
{
    if (r.remoteHost.isEmpty()) {
        // "host mx.example.com[192.0.2.1] said:", "host mx.example.com [192.0.2.1]:"
        static const QRegularExpression host(
            uR"(([A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,})\.?\s*\[[0-9A-Fa-f:.]{3,60}\])"_s);
        QString before = lines.at(i).content.left(at);
        if (i > 0)
            before.prepend(lines.at(i - 1).content + u' ');
        QRegularExpressionMatch last;
        for (auto it = host.globalMatch(before); it.hasNext();)
            last = it.next();
        if (last.hasMatch())
            r.remoteHost = last.captured(1);
    }
    if (r.command.isEmpty()) {
        // The stage in the lines just before ("... after RCPT TO:<a@b>:", ">>> DATA").
        QString context;
        for (qsizetype k = qMax<qsizetype>(0, i - 2); k <= i; ++k)
            context += lines.at(k).content + u'\n';
        static const QRegularExpression stage(
            uR"(\b(?:after|in reply to)\s+((?:pipelined\s+)?(?:end of data|DATA|RCPT(?: TO)?|MAIL(?: FROM)?|HELO|EHLO|LHLO|STARTTLS|AUTH|initial connection|greeting)))"_s,
            QRegularExpression::CaseInsensitiveOption);
        if (const auto m = stage.match(context); m.hasMatch())
            r.command = ReplyExtractor::commandName(m.captured(1));
        else if (!lastClientCommand.isEmpty())
            r.command = lastClientCommand;
    }
}

} // namespace

void ReplyExtractor::markGaveUp(const QString &text, QList<SmtpReply> &replies,
                                const BouncePatterns &patterns)
{
    bool failed = false;
    qsizetype next = 0, offset = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        while (next < replies.size() && replies.at(next).position <= offset)
            replies[next++].gaveUp = failed;
        if (next >= replies.size())
            return;
        offset += line.size() + 1;
        line = line.trimmed();
        if (line.isEmpty() || line.size() > 300)
            continue;
        // A line that says both ("could not be delivered for 4 hours, it will be retried") is
        // a delay: only a gave-up marker beats a delayed one.
        if (patterns.gaveUp.matches(line))
            failed = true;
        else if (patterns.delayed.matches(line))
            failed = false;
        else if (patterns.failed.matches(line))
            failed = true;
    }
    while (next < replies.size())
        replies[next++].gaveUp = failed;
}

QString ReplyExtractor::unmangle(const QString &line)
{
    const qsizetype underscores = line.count(u'_');
    if (underscores < 3 || underscores <= line.count(u' ') * 2)
        return line;
    QString s = line;
    s.replace(u'_', u' ');
    return s;
}

QString ReplyExtractor::commandName(const QString &phrase)
{
    const QString p = phrase.toUpper();
    if (p.contains(u"DATA"_s) || p.contains(u"BDAT"_s))
        return u"DATA"_s;
    if (p.contains(u"RCPT"_s))
        return u"RCPT"_s;
    if (p.contains(u"MAIL"_s))
        return u"MAIL"_s;
    if (p.contains(u"HELO"_s) || p.contains(u"EHLO"_s) || p.contains(u"LHLO"_s))
        return u"HELO"_s;
    if (p.contains(u"STARTTLS"_s))
        return u"STARTTLS"_s;
    if (p.contains(u"AUTH"_s))
        return u"AUTH"_s;
    if (p.contains(u"CONNECT"_s) || p.contains(u"GREETING"_s) || p.contains(u"BANNER"_s))
        return u"connection"_s;
    return {};
}

qsizetype ReplyExtractor::originalStart(const QString &text, const BouncePatterns &patterns)
{
    qsizetype offset = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        const QStringView t = line.trimmed();
        if (!t.isEmpty() && t.size() < 200 && patterns.originalMarker.matches(t))
            return offset;
        offset += line.size() + 1;
    }
    return -1;
}

SmtpReply ReplyExtractor::parse(const QString &quoted)
{
    SmtpReply r;
    QString s = unmangle(quoted.left(kMaxReplyChars)).simplified();
    if (s.isEmpty())
        return r;
    if (const auto t = tupleToken().match(s); t.hasMatch()) {
        // "(535, b'5.7.8 text')" reads as "535 5.7.8 text".
        QString rest = s.mid(t.capturedEnd());
        static const QRegularExpression close(uR"(['"]\)\s*$)"_s);
        rest.remove(close);
        s = s.left(t.capturedStart()) + t.captured(1) + u' ' + rest.trimmed();
    }

    static const QRegularExpression inReplyTo(uR"(\(in reply to ([^)]{1,60}?) command\)\)?)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    if (const auto m = inReplyTo.match(s); m.hasMatch()) {
        r.command = commandName(m.captured(1));
        s.remove(m.capturedStart(), m.capturedLength());
    }
    static const QRegularExpression host(
        uR"(^\(?(?:host\s+)?([A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,})\.?\s*\[([^\]]{1,60})\]\s*(?:said|:)\s*:?\s*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = host.match(s); m.hasMatch()) {
        r.remoteHost = m.captured(1);
        s.remove(0, m.capturedLength());
    }
    s = s.trimmed();
    if (s.endsWith(u"##"_s))
        s.chop(2);
    if (s.startsWith(u'#'))
        s.remove(0, 1);
    s = s.trimmed();
    // "Remote Server returned '550 5.1.1 ...'": the quotes are the wrapper's.
    if (s.size() > 2 && (s.front() == u'\'' || s.front() == u'"') && s.back() == s.front())
        s = s.mid(1, s.size() - 2).trimmed();

    // The remote server's reply nested in a local summary is the reply; the summary is kept.
    if (const auto n = hasAngleDigit(s) ? nestedReply().match(s) : QRegularExpressionMatch();
        n.hasMatch() && n.capturedStart() > 0) {
        r.localDiagnostic = s.simplified();
        r.remote = true;
        s = n.captured(1).trimmed();
    }

    // The code: basic + enhanced anywhere ("5.1.0 - Unknown address error 550-'5.7.1 ..."), else
    // a basic or enhanced code at the start.
    qsizetype tokenAt = -1, tokenEnd = -1;
    const auto full = fullToken().match(s);
    const auto basic = basicToken().match(s);
    const auto enhanced = enhancedToken().match(s);
    if (full.hasMatch() && !(basic.hasMatch() && basic.captured(1) != full.captured(1))) {
        r.code = full.captured(1).toInt();
        r.status = full.captured(2);
        tokenAt = full.capturedStart();
        tokenEnd = full.capturedEnd();
    } else if (basic.hasMatch()) {
        r.code = basic.captured(1).toInt();
        tokenAt = 0;
        tokenEnd = basic.capturedEnd(1);
        const QStringView after = QStringView(s).mid(basic.capturedEnd());
        if (const auto e = enhancedToken().match(after); e.hasMatch()) {
            r.status = e.captured(1);
            tokenEnd = basic.capturedEnd() + e.capturedEnd();
        }
    } else if (enhanced.hasMatch()) {
        r.status = enhanced.captured(1);
        tokenAt = 0;
        tokenEnd = enhanced.capturedEnd();
    }

    // Continuation tokens that repeat the first code ("... Please try 550-5.1.1 double-checking")
    // and lines that repeat only the enhanced code ("5.7.8  https://...") are dropped.
    if (r.code > 0 || !r.status.isEmpty()) {
        const QString code = r.code > 0 ? QString::number(r.code) : QString();
        const QStringList tokens = s.mid(tokenEnd).split(u' ', Qt::SkipEmptyParts);
        QString tail;
        tail.reserve(s.size() - tokenEnd);
        for (qsizetype k = 0; k < tokens.size(); ++k) {
            QStringView t = tokens.at(k);
            if (t.startsWith(u'#'))
                t = t.mid(1);
            const bool codeOnly = !code.isEmpty() && (t == code || t == QString(code + u'-'));
            const bool codeDash
                = !code.isEmpty() && t.startsWith(QString(code + u'-')) && t.mid(4) == r.status;
            const bool statusOnly = !r.status.isEmpty() && t == r.status;
            if (codeOnly && k + 1 < tokens.size() && tokens.at(k + 1) == r.status) {
                ++k; // "550 5.1.1"
                continue;
            }
            if ((codeOnly && t.endsWith(u'-')) || codeDash || statusOnly)
                continue;
            tail += u' ';
            tail += tokens.at(k);
        }
        s = s.left(tokenEnd) + tail;
        // "550-5.1.1 The ..." reads as one reply: "550 5.1.1 The ...".
        if (r.code > 0 && !r.status.isEmpty() && s.mid(tokenAt, 4) == code + u'-')
            s[tokenAt + 3] = u' ';
    }
    if (r.code == 0) {
        // A basic code quoted after the local words: Amazon SES's "5.3.0 - Other mail system
        // problem 550-'Unknown user ...'", Postfix's "... refused to talk to me: 421 Service
        // not available".
        // Only in a reply's layout (a quoted reply, or right after "said:"), never a number of
        // the text ("quota exceeded: 300 messages", "size: 250 KB"): the code's class is the
        // enhanced status's and no unit follows it.
        static const QRegularExpression quotedCode(
            uR"((?<![\w.:/@+-])([2-5]\d\d)(?:-|\s)['"]|\b(?:said|replied|refused to talk to me)\s*:\s+([2-5]\d\d)\s+(?=[A-Za-z])(?!(?:[KMG]i?B|[KMG]bytes|bytes?|octets?|messages?|mails?|recipients?|minutes?|mins?|hours?|seconds?|secs?|days?)\b))"_s,
            QRegularExpression::CaseInsensitiveOption);
        for (auto it = quotedCode.globalMatch(s, std::max<qsizetype>(0, tokenEnd)); it.hasNext();) {
            const auto q = it.next();
            const QString code = q.hasCaptured(1) ? q.captured(1) : q.captured(2);
            if (!r.status.isEmpty() && code.at(0) != r.status.at(0))
                continue;
            r.code = code.toInt();
            break;
        }
    }
    if (r.status.isEmpty() && s.contains(u'#')) {
        if (const auto q = qsbmfStatus().match(s); q.hasMatch())
            r.status = q.captured(1);
    }

    // A reply quoted inside brackets by its wrapper (Exchange 2003's "<mx.example #5.1.1
    // smtp;550 5.1.1 User unknown>"): the wrapper's closing ">" is not the reply's.
    if (s.endsWith(u'>') && tokenAt >= 0) {
        const QStringView reply = QStringView(s).mid(tokenAt);
        if (reply.count(u'<') < reply.count(u'>'))
            s.chop(1);
    }
    r.diagnostic = s.simplified();

    static const QRegularExpression suffix(uR"(\s-\s(gcdp|gsmtp)\b)"_s);
    for (auto it = suffix.globalMatch(r.diagnostic); it.hasNext();) {
        const auto m = it.next();
        if (r.origin.isEmpty() || m.captured(1) == u"gcdp"_s)
            r.origin = m.captured(1);
    }
    static const QRegularExpression slug(uR"([?&]p=([A-Za-z0-9_-]{2,60}))"_s);
    if (const auto m = slug.match(r.diagnostic); m.hasMatch())
        r.slug = m.captured(1);
    for (auto it = addressRe().globalMatch(r.diagnostic); it.hasNext();) {
        const QString a = it.next().captured(0);
        if (!r.addresses.contains(a, Qt::CaseInsensitive))
            r.addresses << a;
    }

    // The words only.
    QString t = tokenEnd >= 0 ? s.mid(tokenEnd) : s;
    static const QRegularExpression ipPrefix(uR"(^\s*['"]?\[[^\]]{0,80}\d\]\s*)"_s);
    t.remove(ipPrefix);
    static const QRegularExpression gsmtpTail(uR"(\s+\S+\s+-\s+(?:gsmtp|gcdp)\b.*$)"_s);
    t.remove(gsmtpTail);
    static const QRegularExpression urls(uR"(<?\bhttps?://[^\s>]+>?)"_s);
    t.replace(urls, u" "_s);
    r.text = t.simplified();
    return r;
}

QList<SmtpReply> ReplyExtractor::find(const QString &input, const BouncePatterns &patterns)
{
    QList<SmtpReply> replies;

    const QString text = normalizeText(input);
    const QList<Line> lines = splitLines(text, patterns);

    bool inTranscript = false; // a "<<< " server line was seen
    int pendingLeadIn = 0;     // lines left in which a reply may follow a lead-in
    QString lastClientCommand; // ">>> RCPT TO:<...>" of a transcript
    for (qsizetype i = 0; i < lines.size() && replies.size() < kMaxReplies; ++i) {
        const Line &line = lines.at(i);
        if (line.content.isEmpty())
            continue;
        if (line.client) {
            lastClientCommand = commandName(line.content.section(u' ', 0, 1));
            continue;
        }

        // A lead-in on this line? A recipient's address followed by a colon is one too
        // ("<a@example.com>: 550 unknown user").
        qsizetype from = 0;
        bool leadIn = false;
        const auto lm = patterns.leadIn.match(QStringView(line.content).left(kMaxLineScan));
        if (lm.hasMatch()) {
            from = lm.end;
            leadIn = true;
        } else if (const auto am = line.content.contains(u'@')
                                       ? addressColonCode().match(line.content)
                                       : QRegularExpressionMatch();
                   am.hasMatch()) {
            from = am.capturedEnd();
            leadIn = true;
        }
        const bool afterLeadIn = leadIn || pendingLeadIn > 0;
        const qsizetype at = tokenStart(line.content, from, afterLeadIn, false);
        if (at < 0) {
            if (leadIn) {
                pendingLeadIn = 3;
                // The words after a lead-in, when no code follows ("DNS Error: ...").
                const QString rest = line.content.mid(from).trimmed();
                if (rest.size() > 8 && !isFieldLine(line.content)) {
                    SmtpReply r = parse(rest);
                    r.leadIn = true;
                    r.position = line.offset;
                    r.end = line.offset + line.untrimmed.size();
                    r.lines << line.raw;
                    replies << r;
                }
                continue;
            }
            if (pendingLeadIn == 0 && line.content.contains(u'#')
                && qsbmfStatus().match(line.content).hasMatch()) {
                // qmail's paragraph for a recipient: words and a "(#5.1.2)" status, no code.
                const qsizetype j = qsbmfParagraph(lines, i, replies);
                i = j - 1;
                continue;
            }
            if (pendingLeadIn > 0) {
                --pendingLeadIn;
                if (isFieldLine(line.content) || isAddressLine(line.content))
                    continue;
                // A reply without a code on the lines after a lead-in, up to a line that has a
                // code (that one is a reply of its own) or an empty line.
                QString joined = line.content;
                QStringList used{line.raw};
                qsizetype j = i + 1;
                while (j < lines.size() && j - i < 3 && !lines.at(j).content.isEmpty()
                       && !isFieldLine(lines.at(j).content)
                       && tokenStart(lines.at(j).content, 0, true, false) < 0) {
                    joined += u' ' + lines.at(j).content;
                    used << lines.at(j).raw;
                    ++j;
                }
                SmtpReply r = parse(joined);
                r.leadIn = true;
                r.position = line.offset;
                r.end = j < lines.size() ? lines.at(j).offset : text.size();
                r.lines = used;
                replies << r;
                pendingLeadIn = std::max(0, pendingLeadIn - int(j - i - 1));
                i = j - 1;
            }
            continue;
        }

        // A reply starts at (i, at). Its first line may carry the lead-in.
        // The words between a lead-in and the code are kept ("5.1.0 - Unknown address error
        // 550-'5.7.1 ...") unless they only name the stage or host ("after end of data:").
        static const QRegularExpression wrapper(uR"(^[^:]{0,160}:\s*$)"_s);
        const bool wrapped
            = wrapper.match(QStringView(line.content).mid(from, at - from)).hasMatch();
        const qsizetype segmentStart = leadIn && from <= at && !wrapped ? from : at;
        QString segment = line.content.mid(segmentStart);
        QStringList used{line.raw};
        QString code = line.content.mid(at, 4);
        const bool dash = code.size() == 4 && code.endsWith(u'-') && code.at(0).isDigit();
        code.chop(1);
        if (code.size() != 3 || !code.at(0).isDigit() || !code.at(2).isDigit())
            code.clear();
        // The enhanced code, which some clients repeat on each line without the basic code.
        QString firstStatus;
        {
            static const QRegularExpression status(uR"(^.{0,12}?([245]\.\d{1,3}\.\d{1,3})\s)"_s);
            const auto m = status.match(QStringView(line.content).mid(at, 40));
            if (m.hasMatch())
                firstStatus = m.captured(1);
        }
        // Multi-line when the next line continues with the same code (else a wrapped paragraph
        // in which Postfix left the continuation tokens).
        const bool multi = dash && i + 1 < lines.size()
                           && (lines.at(i + 1).content.startsWith(code + u'-')
                               || lines.at(i + 1).content.startsWith(code + u' '));
        // Lines cut at a fixed width (hard wrap): joined without adding a space.
        const qsizetype width = line.untrimmed.size();
        bool hardWrap
            = width >= 40 && i + 2 < lines.size() && lines.at(i + 1).untrimmed.size() == width;
        bool done = multi ? false : endsReply(line.content);
        qsizetype j = i + 1;
        for (; j < lines.size() && !done && used.size() < kMaxReplyLines
               && segment.size() < kMaxReplyChars;
             ++j) {
            const Line &next = lines.at(j);
            if (next.content.isEmpty() || next.client)
                break;
            if (next.server != line.server)
                break;
            if (multi) {
                const bool cont = next.content.startsWith(code + u'-');
                const bool last = next.content.startsWith(code + u' ') || next.content == code;
                if (!cont && !last) {
                    // A broken line inside a multi-line reply: keep it when the next is a
                    // continuation again.
                    const bool resumes = j + 1 < lines.size()
                                         && (lines.at(j + 1).content.startsWith(code + u'-')
                                             || lines.at(j + 1).content.startsWith(code + u' '));
                    if (!resumes || tokenStart(next.content, 0, false, true) >= 0)
                        break;
                }
                segment += u' ' + next.content;
                used << next.raw;
                if (last
                    && !(j + 1 < lines.size() && lines.at(j + 1).content.startsWith(code + u' ')))
                    done = true;
                continue;
            }
            // Postfix rewraps a joined multi-line reply: a line may start with its
            // continuation token ("550 5.1.1 https://...") and still belong to it; clients
            // repeat the enhanced code on each line ("5.7.8  https://...").
            const bool continues
                = (!code.isEmpty() && segment.contains(code + u'-')
                   && (next.content.startsWith(code + u'-')
                       || next.content.startsWith(code + u' ')))
                  || (!firstStatus.isEmpty() && next.content.startsWith(firstStatus + u' '))
                  // "said: 554" with the enhanced code and text on the next line
                  || (!code.isEmpty() && segment.trimmed() == code
                      && enhancedToken().match(next.content).hasMatch());
            if ((!continues && tokenStart(next.content, 0, false, true) == 0)
                || isFieldLine(next.content) || isAddressLine(next.content)
                || next.content.startsWith(u"--"_s) || isTalkingTo(next.content)
                || patterns.leadIn.match(next.content).start == 0
                || patterns.gaveUp.matches(next.content)) // the MTA's own "Giving up on ..."
                break;
            const Line &previous = lines.at(j - 1);
            if (hardWrap && previous.untrimmed.size() == width) {
                segment += next.untrimmed; // the cut may fall inside a word
            } else {
                hardWrap = false;
                segment += u' ' + next.content;
            }
            used << next.raw;
            done = endsReply(next.content);
        }
        SmtpReply r = parse(segment);
        if (!r.isEmpty() && (r.code > 0 || !r.status.isEmpty())) {
            r.leadIn = afterLeadIn;
            // In a Sendmail transcript the "<<<" lines are the remote server's; a line with a
            // code of its own after them is the local MTA's summary.
            if (line.server) {
                r.remote = true;
                inTranscript = true;
            } else if (inTranscript && at == 0 && !afterLeadIn) {
                r.localSummary = true;
            }
            r.position = line.offset;
            r.lines = used;
            r.end = j < lines.size() ? lines.at(j).offset : text.size();
            replyContext(r, lines, i, at, line.server ? lastClientCommand : QString());
            replies << r;
        }
        pendingLeadIn = 0;
        i = j - 1;
    }
    return replies;
}

} // namespace BounceLens
