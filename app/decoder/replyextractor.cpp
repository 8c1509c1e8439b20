#include "decoder/replyextractor.h"

#include "decoder/bouncepatterns.h"
#include "decoder/replylayouts.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

using Kind = ReplyLayout::Kind;

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

// "550 ", "550-" at the start, and the separators of the layouts table (Yahoo's "550: 5.2.2").
const QRegularExpression &basicToken()
{
    static const QRegularExpression re = [] {
        QString separators = uR"(-(?=\S)|\s+(?=\S))"_s;
        for (const ReplyLayout *row : ReplyLayouts::ofKind(Kind::CodeSeparator))
            separators += u'|' + row->pattern.pattern();
        return QRegularExpression(uR"(^#?([245][0-5]\d)()"_s + separators + u"|$)"_s);
    }();
    return re;
}

const QRegularExpression &enhancedToken()
{
    static const QRegularExpression re(uR"(^#?([245]\.\d{1,3}\.\d{1,3})(?!\.?\w)(?=\s|$|[:;,]))"_s);
    return re;
}

const QRegularExpression &addressRe()
{
    static const QRegularExpression re(
        uR"([A-Za-z0-9!#$%&'*+/?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)"_s);
    return re;
}

// A status in a layout's notation ("(#5.1.1)"), or empty.
QString notatedStatus(QStringView s)
{
    const QRegularExpressionMatch m = ReplyLayouts::firstMatch(Kind::StatusNotation, s);
    return m.hasMatch() ? m.captured(1) : QString();
}

// A "<" right before a digit: where a nested reply can start (checked first, it is cheaper).
bool hasAngleDigit(const QString &s)
{
    for (qsizetype i = s.indexOf(u'<'); i >= 0 && i + 1 < s.size(); i = s.indexOf(u'<', i + 1)) {
        if (s.at(i + 1).isDigit()
            || (s.at(i + 1) == u' ' && i + 2 < s.size() && s.at(i + 2).isDigit()))
            return true;
    }
    return false;
}

struct Line
{
    QString untrimmed;   // the source line as is
    QString raw;         // trimmed source line
    QString content;     // prefixes removed, unmangled
    bool server = false; // the remote server's line of a transcript ("<<< ")
    bool client = false; // the local MTA's command in a transcript (">>> ")
    qsizetype offset = 0;
};

// Removes quoting ("> ") and a transcript's prefix, noting which one it was.
QString stripPrefixes(QString s, bool *server, bool *client)
{
    s = s.trimmed();
    while (s.startsWith(u'>') && ReplyLayouts::prefixOf(Kind::TranscriptClient, s).isEmpty()) {
        s.remove(0, 1);
        s = s.trimmed();
    }
    if (const QStringView p = ReplyLayouts::prefixOf(Kind::TranscriptServer, s); !p.isEmpty()) {
        *server = true;
        s = s.mid(p.size()).trimmed();
    } else if (const QStringView c = ReplyLayouts::prefixOf(Kind::TranscriptClient, s);
               !c.isEmpty()) {
        *client = true;
        s = s.mid(c.size()).trimmed();
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
    return ReplyLayouts::firstMatch(Kind::ReplyEnd, s).hasMatch();
}

bool startsReplyToken(QStringView rest)
{
    return basicToken().match(rest).hasMatch() || enhancedToken().match(rest).hasMatch();
}

// "host mx.example.jp [192.0.2.20]: 550 ..." : a code right after a colon (after a lead-in).
qsizetype codeAfterColon(QStringView view, qsizetype from)
{
    static const QRegularExpression afterColon(uR"(:\s+(?=#?[245][0-5]\d[ -]|#?[245]\.\d))"_s);
    const auto m = afterColon.match(view, from);
    if (!m.hasMatch())
        return -1;
    const qsizetype at = m.capturedEnd();
    return startsReplyToken(view.mid(at)) ? at : -1;
}

// Every reply token (full, basic, enhanced, after a colon) holds a 2, 4 or 5: a line without one
// is not searched with their expressions.
bool hasReplyDigit(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c == u'2' || c == u'4' || c == u'5'; });
}

// A reply written as a tuple ("(550, b'5.1.1 ...')") starting at or after `from`, else -1; at
// `from` only when atStartOnly.
qsizetype tupleStart(QStringView view, qsizetype from, bool atStartOnly)
{
    const QRegularExpressionMatch tuple = ReplyLayouts::firstMatch(Kind::Tuple, view, from);
    const qsizetype at = tuple.hasMatch() ? tuple.capturedStart() : -1;
    return atStartOnly && at != from ? -1 : at;
}

// Where a reply starts in `s` (from `from`), with the lead-in rules: a full token anywhere; a
// basic or enhanced code only at the start or after a colon (when `afterLeadIn`).
qsizetype tokenStart(const QString &s, qsizetype from, bool afterLeadIn, bool atStartOnly)
{
    const QStringView view = QStringView(s).left(kMaxLineScan);
    if (from >= view.size())
        return -1;
    if (!hasReplyDigit(view.sliced(from)))
        return tupleStart(view, from, atStartOnly); // most lines: no code can start here
    const QRegularExpressionMatch full = fullToken().match(view, from);
    qsizetype best = full.hasMatch() ? full.capturedStart() : -1;
    const QRegularExpressionMatch tuple = ReplyLayouts::firstMatch(Kind::Tuple, view, from);
    if (tuple.hasMatch() && (best < 0 || tuple.capturedStart() < best))
        best = tuple.capturedStart();
    if (atStartOnly && best != from)
        best = -1;
    qsizetype start = from;
    while (start < view.size() && view.at(start).isSpace())
        ++start;
    if ((start == 0 || afterLeadIn) && startsReplyToken(view.mid(start)))
        return start;
    if (afterLeadIn && best < 0)
        return codeAfterColon(view, from);
    return best;
}

// The line that names the next host of a transcript ("... while talking to mx.example.com.:").
bool isTalkingTo(const QString &s)
{
    QStringView v(s);
    if (v.startsWith(u"..."))
        v = v.mid(3).trimmed();
    return !ReplyLayouts::prefixOf(Kind::TranscriptHost, v).isEmpty();
}

bool startsWithCode(const QString &content, const QString &code)
{
    return content.startsWith(code + u'-') || content.startsWith(code + u' ');
}

// Step 1: the text as the grammar reads it: the matches of the OwnLine layouts (escaped line
// breaks, Zoho's labelled codes) put on a line of their own. The length stays, so offsets stay.
QString moveToOwnLines(QString text, const ReplyLayout &row)
{
    if (!row.hintPresent(text))
        return text;
    QList<QRegularExpressionMatch> found;
    for (auto it = row.pattern.globalMatch(text); it.hasNext() && found.size() < kMaxReplies;)
        found << it.next();
    for (qsizetype k = found.size() - 1; k >= 0; --k) {
        const QRegularExpressionMatch &m = found.at(k);
        QString reply;
        for (int g = 1; g <= m.lastCapturedIndex(); ++g) {
            if (!m.captured(g).isEmpty())
                reply += m.captured(g) + u' ';
        }
        const qsizetype pad = m.capturedLength() - reply.size() - 1;
        if (pad >= 0)
            text.replace(m.capturedStart(), m.capturedLength(), QString(pad, u' ') + u'\n' + reply);
    }
    return text;
}

QString normalizeText(const QString &input)
{
    QString text = input;
    for (const ReplyLayout *row : ReplyLayouts::ofKind(Kind::OwnLine))
        text = moveToOwnLines(std::move(text), *row);
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

// The remote host named in the lines just before a reply ("host mx.example.com[192.0.2.1]
// said:", "host mx.example.com [192.0.2.1]:").
QString hostBefore(const QList<Line> &lines, qsizetype i, qsizetype at)
{
    static const QRegularExpression host(
        uR"(([A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,})\.?\s*\[[0-9A-Fa-f:.]{3,60}\])"_s);
    QString before = lines.at(i).content.left(at);
    if (i > 0)
        before.prepend(lines.at(i - 1).content + u' ');
    if (!before.contains(u'['))
        return {};
    QRegularExpressionMatch last;
    for (auto it = host.globalMatch(before); it.hasNext();)
        last = it.next();
    return last.hasMatch() ? last.captured(1) : QString();
}

// The last step for a reply found at (i, at): the remote host and the SMTP stage named in the
// lines just before it ("host mx[ip] said:", "after RCPT TO:<a@b>:"), else the transcript's
// last client command.
void replyContext(SmtpReply &r, const QList<Line> &lines, qsizetype i, qsizetype at,
                  const QString &lastClientCommand)
{
    if (r.remoteHost.isEmpty())
        r.remoteHost = hostBefore(lines, i, at);
    if (!r.command.isEmpty())
        return;
    QString context;
    for (qsizetype k = qMax<qsizetype>(0, i - 2); k <= i; ++k)
        context += lines.at(k).content + u'\n';
    if (const auto m = ReplyLayouts::firstMatch(Kind::StageContext, context); m.hasMatch())
        r.command = ReplyExtractor::commandName(m.captured(1));
    else if (!lastClientCommand.isEmpty())
        r.command = lastClientCommand;
}

// Step 3: the scanner. It reads the lines in order; the cross-line state (a transcript seen, a
// lead-in waiting for its reply, the transcript's last command) lives in its members, and each
// kind of line has a step of its own.
class ReplyScanner
{
public:
    ReplyScanner(const QString &text, const QList<Line> &lines, const BouncePatterns &patterns)
        : m_text(text)
        , m_lines(lines)
        , m_patterns(patterns)
    {}

    QList<SmtpReply> run()
    {
        for (qsizetype i = 0; i < m_lines.size() && m_replies.size() < kMaxReplies;)
            i = step(i);
        return m_replies;
    }

private:
    // Where a reply may start on a line: after a lead-in, or anywhere.
    struct Start
    {
        qsizetype from = 0;
        bool leadIn = false;      // this line has a lead-in
        bool afterLeadIn = false; // this line or one of the lines before has one
    };
    // A reply with a code while its lines are collected.
    struct Collected
    {
        QString segment;
        QStringList used;
        QString code;        // basic code of the first line, empty when none
        QString firstStatus; // enhanced code of the first line, empty when none
        bool server = false; // a transcript's "<<<" line
        bool multi = false;  // "550-..." lines up to "550 ..."
        bool hardWrap = false;
        qsizetype width = 0; // of the first line, untrimmed
        bool done = false;
    };

    qsizetype step(qsizetype i);
    Start leadInAt(const Line &line) const;
    qsizetype lineWithoutCode(qsizetype i, const Start &start);
    qsizetype wordsAfterLeadIn(qsizetype i, const Start &start);
    qsizetype replyWithoutCode(qsizetype i);
    qsizetype statusParagraph(qsizetype i);
    qsizetype codedReply(qsizetype i, const Start &start, qsizetype at);
    Collected firstLine(qsizetype i, const Start &start, qsizetype at) const;
    bool multiLineNext(Collected &c, qsizetype j) const;
    bool paragraphNext(Collected &c, qsizetype j) const;
    bool endsParagraph(const Collected &c, const Line &next) const;
    qsizetype endOffset(qsizetype j) const
    {
        return j < m_lines.size() ? m_lines.at(j).offset : m_text.size();
    }
    bool sameBlock(const Collected &c, const Line &next) const
    {
        return !next.content.isEmpty() && !next.client && next.server == c.server;
    }

    const QString &m_text;
    const QList<Line> &m_lines;
    const BouncePatterns &m_patterns;
    QList<SmtpReply> m_replies;
    bool m_inTranscript = false; // a "<<< " server line was seen
    int m_pendingLeadIn = 0;     // lines left in which a reply may follow a lead-in
    QString m_lastClientCommand; // ">>> RCPT TO:<...>" of a transcript
};

// One line (or the reply that starts on it): returns the index of the next line to read.
qsizetype ReplyScanner::step(qsizetype i)
{
    const Line &line = m_lines.at(i);
    if (line.content.isEmpty())
        return i + 1;
    if (line.client) {
        m_lastClientCommand = ReplyExtractor::commandName(line.content.section(u' ', 0, 1));
        return i + 1;
    }
    Start start = leadInAt(line);
    qsizetype at = tokenStart(line.content, start.from, start.afterLeadIn, false);
    if (at < 0 && start.leadIn) {
        // A lead-in's word inside the reply ("554 5.7.1 - ERROR: Mail refused"): no code
        // follows it, the reply is the one before it.
        const QString before = line.content.left(start.from);
        if (const auto full = fullToken().match(before); full.hasMatch()) {
            start = Start{0, false, m_pendingLeadIn > 0};
            at = full.capturedStart();
        }
    }
    return at < 0 ? lineWithoutCode(i, start) : codedReply(i, start, at);
}

// A lead-in on this line? A recipient's address followed by a colon is one too
// ("<a@example.com>: 550 unknown user").
ReplyScanner::Start ReplyScanner::leadInAt(const Line &line) const
{
    Start s;
    const auto lm = m_patterns.leadIn.match(QStringView(line.content).left(kMaxLineScan));
    if (lm.hasMatch()) {
        s.from = lm.end;
        s.leadIn = true;
    } else if (const auto am = ReplyLayouts::firstMatch(Kind::RecipientLeadIn, line.content);
               am.hasMatch()) {
        s.from = am.capturedEnd();
        s.leadIn = true;
    }
    s.afterLeadIn = s.leadIn || m_pendingLeadIn > 0;
    return s;
}

qsizetype ReplyScanner::lineWithoutCode(qsizetype i, const Start &start)
{
    if (start.leadIn)
        return wordsAfterLeadIn(i, start);
    if (m_pendingLeadIn == 0 && !notatedStatus(m_lines.at(i).content).isEmpty())
        return statusParagraph(i);
    if (m_pendingLeadIn > 0)
        return replyWithoutCode(i);
    return i + 1;
}

// The words after a lead-in, when no code follows ("DNS Error: ...").
qsizetype ReplyScanner::wordsAfterLeadIn(qsizetype i, const Start &start)
{
    const Line &line = m_lines.at(i);
    m_pendingLeadIn = 3;
    const QString rest = line.content.mid(start.from).trimmed();
    if (rest.size() > 8 && !isFieldLine(line.content)) {
        SmtpReply r = ReplyExtractor::parse(rest);
        r.leadIn = true;
        r.position = line.offset;
        r.end = line.offset + line.untrimmed.size();
        r.lines << line.raw;
        m_replies << r;
    }
    return i + 1;
}

// A reply without a code on the lines after a lead-in, up to a line that has a code (that one
// is a reply of its own) or an empty line.
qsizetype ReplyScanner::replyWithoutCode(qsizetype i)
{
    --m_pendingLeadIn;
    const Line &line = m_lines.at(i);
    if (isFieldLine(line.content) || isAddressLine(line.content))
        return i + 1;
    QString joined = line.content;
    QStringList used{line.raw};
    qsizetype j = i + 1;
    for (; j < m_lines.size() && j - i < 3; ++j) {
        const QString &next = m_lines.at(j).content;
        if (next.isEmpty() || isFieldLine(next) || tokenStart(next, 0, true, false) >= 0)
            break;
        joined += u' ' + next;
        used << m_lines.at(j).raw;
    }
    SmtpReply r = ReplyExtractor::parse(joined);
    r.leadIn = true;
    r.position = line.offset;
    r.end = endOffset(j);
    r.lines = used;
    m_replies << r;
    m_pendingLeadIn = std::max(0, m_pendingLeadIn - int(j - i - 1));
    return j;
}

// A paragraph for a recipient with a status in a layout's notation and no code (qmail's
// "(#5.1.2)"): from after the recipient's "<a@b>:" line (or the paragraph's start) to the next
// empty line or address line.
qsizetype ReplyScanner::statusParagraph(qsizetype i)
{
    const auto opens = [this](qsizetype k) {
        const Line &l = m_lines.at(k);
        return l.content.isEmpty() || isAddressLine(l.content) || l.server || l.client;
    };
    qsizetype first = i;
    while (first > 0 && i - first < 4 && !opens(first - 1))
        --first;
    qsizetype end = i + 1;
    for (; end < m_lines.size() && end - first < 8; ++end) {
        const QString &c = m_lines.at(end).content;
        if (c.isEmpty() || isAddressLine(c) || isFieldLine(c))
            break;
    }
    QString joined;
    QStringList used;
    for (qsizetype k = first; k < end; ++k) {
        joined += m_lines.at(k).content + u' ';
        used << m_lines.at(k).raw;
    }
    SmtpReply r = ReplyExtractor::parse(joined);
    if (!r.status.isEmpty()) {
        r.leadIn = true;
        r.position = m_lines.at(first).offset;
        r.end = end < m_lines.size() ? m_lines.at(end).offset : m_lines.last().offset;
        r.lines = used;
        m_replies << r;
    }
    return end;
}

// A reply with a code starts at (i, at): its first line, then the lines that continue it.
qsizetype ReplyScanner::codedReply(qsizetype i, const Start &start, qsizetype at)
{
    Collected c = firstLine(i, start, at);
    qsizetype j = i + 1;
    for (; j < m_lines.size() && !c.done && c.used.size() < kMaxReplyLines
           && c.segment.size() < kMaxReplyChars;
         ++j) {
        if (!(c.multi ? multiLineNext(c, j) : paragraphNext(c, j)))
            break;
    }
    m_pendingLeadIn = 0;
    SmtpReply r = ReplyExtractor::parse(c.segment);
    if (r.isEmpty() || (r.code == 0 && r.status.isEmpty()))
        return j;
    const Line &line = m_lines.at(i);
    r.leadIn = start.afterLeadIn;
    // In a transcript the "<<<" lines are the remote server's; a line with a code of its own
    // after them is the local MTA's summary.
    if (line.server) {
        r.remote = true;
        m_inTranscript = true;
    } else if (m_inTranscript && at == 0 && !start.afterLeadIn) {
        r.localSummary = true;
    }
    r.position = line.offset;
    r.lines = c.used;
    r.end = endOffset(j);
    replyContext(r, m_lines, i, at, line.server ? m_lastClientCommand : QString());
    m_replies << r;
    return j;
}

ReplyScanner::Collected ReplyScanner::firstLine(qsizetype i, const Start &start, qsizetype at) const
{
    const Line &line = m_lines.at(i);
    Collected c;
    // The words between a lead-in and the code are kept ("5.1.0 - Unknown address error
    // 550-'5.7.1 ...") unless they only name the stage or host ("after end of data:", "after
    // RCPT TO:<a@b>:").
    static const QRegularExpression wrapper(uR"(^[^:]{0,160}(?::<[^<>]{0,256}>)?:\s*$)"_s);
    const bool wrapped
        = wrapper.match(QStringView(line.content).mid(start.from, at - start.from)).hasMatch();
    c.segment = line.content.mid(start.leadIn && start.from <= at && !wrapped ? start.from : at);
    c.used = QStringList{line.raw};
    c.server = line.server;
    c.code = line.content.mid(at, 4);
    const bool dash = c.code.size() == 4 && c.code.endsWith(u'-') && c.code.at(0).isDigit();
    c.code.chop(1);
    if (c.code.size() != 3 || !c.code.at(0).isDigit() || !c.code.at(2).isDigit())
        c.code.clear();
    // The enhanced code, which some clients repeat on each line without the basic code.
    static const QRegularExpression status(uR"(^.{0,12}?([245]\.\d{1,3}\.\d{1,3})\s)"_s);
    if (const auto m = status.match(QStringView(line.content).mid(at, 40)); m.hasMatch())
        c.firstStatus = m.captured(1);
    // Multi-line when the next line continues with the same code (else a wrapped paragraph in
    // which Postfix left the continuation tokens).
    c.multi = dash && i + 1 < m_lines.size() && startsWithCode(m_lines.at(i + 1).content, c.code);
    // Lines cut at a fixed width (hard wrap): joined without adding a space.
    c.width = line.untrimmed.size();
    const auto &wrap = ReplyLayouts::ofKind(Kind::HardWrap);
    c.hardWrap = !wrap.isEmpty() && c.width >= wrap.first()->width && i + 2 < m_lines.size()
                 && m_lines.at(i + 1).untrimmed.size() == c.width;
    c.done = !c.multi && endsReply(line.content);
    return c;
}

// The next line of a multi-line reply ("550-..." up to "550 ..."): false when it is not one.
bool ReplyScanner::multiLineNext(Collected &c, qsizetype j) const
{
    const Line &next = m_lines.at(j);
    if (!sameBlock(c, next))
        return false;
    const bool cont = next.content.startsWith(c.code + u'-');
    const bool last = next.content.startsWith(c.code + u' ') || next.content == c.code;
    const bool resumes
        = j + 1 < m_lines.size() && startsWithCode(m_lines.at(j + 1).content, c.code);
    // A broken line inside a multi-line reply is kept when the next is a continuation again.
    if (!cont && !last && (!resumes || tokenStart(next.content, 0, false, true) >= 0))
        return false;
    c.segment += u' ' + next.content;
    c.used << next.raw;
    if (last && !(j + 1 < m_lines.size() && m_lines.at(j + 1).content.startsWith(c.code + u' ')))
        c.done = true;
    return true;
}

// The next line of a reply written as a paragraph: false when it is not part of it.
bool ReplyScanner::paragraphNext(Collected &c, qsizetype j) const
{
    const Line &next = m_lines.at(j);
    if (!sameBlock(c, next) || endsParagraph(c, next))
        return false;
    if (c.hardWrap && m_lines.at(j - 1).untrimmed.size() == c.width) {
        c.segment += next.untrimmed; // the cut may fall inside a word
    } else {
        c.hardWrap = false;
        c.segment += u' ' + next.content;
    }
    c.used << next.raw;
    c.done = endsReply(next.content);
    return true;
}

bool ReplyScanner::endsParagraph(const Collected &c, const Line &next) const
{
    const QString &s = next.content;
    // Postfix rewraps a joined multi-line reply: a line may start with its continuation token
    // ("550 5.1.1 https://...") and still belong to it; clients repeat the enhanced code on each
    // line ("5.7.8  https://..."); "said: 554" may have its enhanced code on the next line.
    const bool hasCode = !c.code.isEmpty();
    const bool continues
        = (hasCode && c.segment.contains(c.code + u'-') && startsWithCode(s, c.code))
          || (!c.firstStatus.isEmpty() && s.startsWith(c.firstStatus + u' '))
          || (hasCode && c.segment.trimmed() == c.code && enhancedToken().match(s).hasMatch());
    if (!continues && tokenStart(s, 0, false, true) == 0)
        return true;
    // A folded line (indented, as Postfix folds a reply at 4 spaces) that starts with the
    // recipient's address is the reply's own echo ("550 5.1.1\n    <a@b>: Recipient address
    // rejected ..."), not the next recipient: those start at the margin.
    // (Exim indents its recipient lines, bare "a@b": those still end the reply.)
    const bool folded = (next.untrimmed.startsWith(u' ') || next.untrimmed.startsWith(u'\t'))
                        && s.startsWith(u'<') && s.contains(u">:"_s);
    return isFieldLine(s) || (isAddressLine(s) && !folded) || s.startsWith(u"--"_s)
           || isTalkingTo(s) || ReplyLayouts::firstMatch(Kind::LabelLine, s).hasMatch()
           || m_patterns.leadIn.match(s).start == 0
           || m_patterns.gaveUp.matches(s); // the MTA's own "Giving up on ..."
}

// The pieces of parse().

// The first NestedReply row that matches; the rows that nest the reply in angle brackets only
// when a "<" before a digit is there (checked first, it is cheaper).
QRegularExpressionMatch nestedReply(const QString &s)
{
    const bool angleDigit = hasAngleDigit(s);
    for (const ReplyLayout *row : ReplyLayouts::ofKind(Kind::NestedReply)) {
        if (!angleDigit && row->literals.contains(u"<"_s))
            continue;
        if (QRegularExpressionMatch m = row->match(s); m.hasMatch())
            return m;
    }
    return {};
}

// The wrappers around the reply, removed: a tuple, the stage note, the host prefix, marks and
// quotes; a reply nested in the local MTA's words becomes the reply (its words are kept).
QString unwrap(SmtpReply &r, QString s)
{
    if (const auto t = ReplyLayouts::firstMatch(Kind::Tuple, s); t.hasMatch()) {
        // "(535, b'5.7.8 text')" reads as "535 5.7.8 text".
        QString rest = s.mid(t.capturedEnd());
        for (const ReplyLayout *close : ReplyLayouts::ofKind(Kind::TupleClose))
            rest.remove(close->pattern);
        s = s.left(t.capturedStart()) + t.captured(1) + u' ' + rest.trimmed();
    }
    if (const auto m = ReplyLayouts::firstMatch(Kind::StageNote, s); m.hasMatch()) {
        r.command = ReplyExtractor::commandName(m.captured(1));
        s.remove(m.capturedStart(), m.capturedLength());
    }
    if (const auto m = ReplyLayouts::firstMatch(Kind::HostPrefix, s); m.hasMatch()) {
        r.remoteHost = m.captured(1);
        s.remove(0, m.capturedLength());
    }
    s = s.trimmed();
    for (const ReplyLayout *marks : ReplyLayouts::ofKind(Kind::Marks)) {
        if (s.endsWith(marks->literals.at(1)))
            s.chop(marks->literals.at(1).size());
        if (s.startsWith(marks->literals.at(0)))
            s.remove(0, marks->literals.at(0).size());
        s = s.trimmed();
    }
    for (const ReplyLayout *quotes : ReplyLayouts::ofKind(Kind::Quotes)) {
        if (s.size() > 2 && s.back() == s.front() && quotes->literals.contains(QString(s.front())))
            s = s.mid(1, s.size() - 2).trimmed();
    }
    if (const auto n = nestedReply(s); n.hasMatch() && n.capturedStart() > 0) {
        r.localDiagnostic = s.simplified();
        r.remote = true;
        s = n.captured(1).trimmed();
    }
    return s;
}

struct CodeSpan
{
    qsizetype start = -1, end = -1;
};

// The code: basic + enhanced anywhere ("5.1.0 - Unknown address error 550-'5.7.1 ..."), else a
// basic or enhanced code at the start.
CodeSpan readCodes(SmtpReply &r, const QString &s)
{
    const auto full = fullToken().match(s);
    const auto basic = basicToken().match(s);
    if (full.hasMatch() && !(basic.hasMatch() && basic.captured(1) != full.captured(1))) {
        r.code = full.captured(1).toInt();
        r.status = full.captured(2);
        return {full.capturedStart(), full.capturedEnd()};
    }
    if (basic.hasMatch()) {
        r.code = basic.captured(1).toInt();
        const QStringView after = QStringView(s).mid(basic.capturedEnd());
        if (const auto e = enhancedToken().match(after); e.hasMatch()) {
            r.status = e.captured(1);
            return {0, basic.capturedEnd() + e.capturedEnd()};
        }
        return {0, basic.capturedEnd(1)};
    }
    if (const auto enhanced = enhancedToken().match(s); enhanced.hasMatch()) {
        r.status = enhanced.captured(1);
        return {0, enhanced.capturedEnd()};
    }
    return {};
}

// What a token after the code is: a repeat of the code ("550-", "550-5.1.1", "5.1.1") or words.
enum class Repeat { None, Token, CodeAndStatus, Glued };

Repeat repeatOf(const SmtpReply &r, const QString &code, QStringView t, QStringView following)
{
    if (t.startsWith(u'#'))
        t = t.mid(1);
    const bool hasCode = !code.isEmpty();
    const bool codeOnly = hasCode && (t == code || t == QString(code + u'-'));
    if (codeOnly && !following.isNull() && following == r.status)
        return Repeat::CodeAndStatus; // "550 5.1.1"
    if (codeOnly && t.endsWith(u'-'))
        return Repeat::Token;
    if (hasCode && t.startsWith(QString(code + u'-')) && t.mid(4) == r.status)
        return Repeat::Token;
    // A joined multi-line reply without an enhanced code: "... 553-fail. Refer to ...".
    if (hasCode && t.size() > 4 && t.startsWith(QString(code + u'-')) && !t.at(4).isDigit())
        return Repeat::Glued;
    return !r.status.isEmpty() && t == r.status ? Repeat::Token : Repeat::None;
}

// Continuation tokens that repeat the first code ("... Please try 550-5.1.1 double-checking")
// and lines that repeat only the enhanced code ("5.7.8  https://...") are dropped.
QString dropRepeatedTokens(const SmtpReply &r, const QString &s, const CodeSpan &span)
{
    const QString code = r.code > 0 ? QString::number(r.code) : QString();
    const QStringList tokens = s.mid(span.end).split(u' ', Qt::SkipEmptyParts);
    QString tail;
    tail.reserve(s.size() - span.end);
    bool glued = false; // continuation marks seen: the last line's bare code is one too
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const QStringView following
            = k + 1 < tokens.size() ? QStringView(tokens.at(k + 1)) : QStringView();
        const Repeat repeat = repeatOf(r, code, tokens.at(k), following);
        k += repeat == Repeat::CodeAndStatus ? 1 : 0;
        glued = glued || repeat == Repeat::Glued;
        if ((repeat != Repeat::None && repeat != Repeat::Glued) || (glued && tokens.at(k) == code))
            continue;
        QStringView token = tokens.at(k);
        if (repeat == Repeat::Glued)
            token = token.mid(token.indexOf(u'-') + 1);
        // "553-SPF ..." (the first line's continuation mark) reads as "553 SPF ...".
        else if (k == 0 && token.size() > 1 && token.front() == u'-' && span.end < s.size()
                 && s.at(span.end) == u'-')
            token = token.mid(1);
        tail += u' ';
        tail += token;
    }
    QString out = s.left(span.end) + tail;
    // "550-5.1.1 The ..." reads as one reply: "550 5.1.1 The ...".
    if (r.code > 0 && !r.status.isEmpty() && out.mid(span.start, 4) == code + u'-')
        out[span.start + 3] = u' ';
    return out;
}

// A basic code quoted after the local words: Amazon SES's "5.3.0 - Other mail system problem
// 550-'Unknown user ...'", Postfix's "... refused to talk to me: 421 Service not available".
// Only in a reply's layout (a quoted reply, or right after "said:"), never a number of the text
// ("quota exceeded: 300 messages", "size: 250 KB"): the code's class is the enhanced status's
// and no unit follows it.
int quotedCode(const SmtpReply &r, const QString &s, qsizetype from)
{
    static const QRegularExpression quoted(
        uR"((?<![\w.:/@+-])([2-5]\d\d)(?:-|\s)['"]|\b(?:said|replied|refused to talk to me)\s*:\s+([2-5]\d\d)\s+(?=[A-Za-z])(?!(?:[KMG]i?B|[KMG]bytes|bytes?|octets?|messages?|mails?|recipients?|minutes?|mins?|hours?|seconds?|secs?|days?)\b))"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = quoted.globalMatch(s, std::max<qsizetype>(0, from)); it.hasNext();) {
        const auto q = it.next();
        const QString code = q.hasCaptured(1) ? q.captured(1) : q.captured(2);
        if (r.status.isEmpty() || code.at(0) == r.status.at(0))
            return code.toInt();
    }
    return 0;
}

// A reply quoted inside brackets by its wrapper (Exchange 2003's "<mx.example #5.1.1
// smtp;550 5.1.1 User unknown>"): the wrapper's closing bracket is not the reply's.
QString dropWrapperClose(QString s, qsizetype tokenAt)
{
    if (tokenAt < 0)
        return s;
    for (const ReplyLayout *row : ReplyLayouts::ofKind(Kind::UnbalancedClose)) {
        const QString &close = row->literals.at(0), &open = row->literals.at(1);
        if (!s.endsWith(close))
            continue;
        const QStringView reply = QStringView(s).mid(tokenAt);
        if (reply.count(open) < reply.count(close))
            s.chop(close.size());
    }
    return s;
}

// The facts in the diagnostic: Google's origin suffix, the help link's slug, the addresses.
void readFacts(SmtpReply &r)
{
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
}

// The words only: no code, [ip NN] prefix, session id and suffix, URLs.
QString wordsOnly(const QString &s, qsizetype tokenEnd)
{
    QString t = tokenEnd >= 0 ? s.mid(tokenEnd) : s;
    static const QRegularExpression ipPrefix(uR"(^\s*['"]?\[[^\]]{0,80}\d\]\s*)"_s);
    t.remove(ipPrefix);
    static const QRegularExpression gsmtpTail(uR"(\s+\S+\s+-\s+(?:gsmtp|gcdp)\b.*$)"_s);
    t.remove(gsmtpTail);
    static const QRegularExpression urls(uR"(<?\bhttps?://[^\s>]+>?)"_s);
    t.replace(urls, u" "_s);
    return t.simplified();
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
    s = unwrap(r, s);
    const CodeSpan span = readCodes(r, s);
    if (r.code > 0 || !r.status.isEmpty())
        s = dropRepeatedTokens(r, s, span);
    if (r.code == 0)
        r.code = quotedCode(r, s, span.end);
    if (r.status.isEmpty() && s.contains(u'#'))
        r.status = notatedStatus(s);
    s = dropWrapperClose(s, span.start);
    r.diagnostic = s.simplified();
    readFacts(r);
    r.text = wordsOnly(s, span.end);
    return r;
}

QList<SmtpReply> ReplyExtractor::find(const QString &input, const BouncePatterns &patterns)
{
    const QString text = normalizeText(input);
    const QList<Line> lines = splitLines(text, patterns);
    return ReplyScanner(text, lines, patterns).run();
}

} // namespace BounceLens
