#include "decoder/recipientassembler.h"

#include "codes/codetable.h"
#include "decoder/bouncepatterns.h"
#include "decoder/deliverystatus.h"
#include "decoder/entrymatcher.h"
#include "decoder/reasonclassifier.h"
#include "decoder/replyextractor.h"

#include <QRegularExpression>

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMaxRecipients = 1000;
constexpr int kMaxMentions = 64;

const QRegularExpression &addressRe()
{
    static const QRegularExpression re(
        uR"((?<![\w.+/%-])(?!['.])[A-Za-z0-9!#$%&'*+/?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-]))"_s);
    return re;
}

qsizetype addressesBeyondLimit(const QString &text)
{
    qsizetype n = 0;
    for (auto it = addressRe().globalMatch(text); it.hasNext(); it.next())
        ++n;
    return std::max<qsizetype>(n - kMaxRecipients, 0);
}

QStringList addressesIn(const QString &text)
{
    QStringList result;
    QSet<QString> seen;
    for (auto it = addressRe().globalMatch(text); it.hasNext() && result.size() < kMaxRecipients;) {
        const QString a = it.next().captured(0);
        if (!seen.contains(a.toLower())) {
            seen.insert(a.toLower());
            result << a;
        }
    }
    return result;
}

bool isDaemon(const QString &address)
{
    static const QRegularExpression re(
        uR"(^(?:mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?|mail-?daemon|mdaemon)@)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(address).hasMatch();
}

QString statusIn(const QString &value)
{
    static const QRegularExpression re(uR"(\b([245]\.\d{1,3}\.\d{1,3})\b)"_s);
    const auto m = re.match(value);
    return m.hasMatch() ? m.captured(1) : QString();
}

// "smtp; 550 ..." -> "550 ..."; a value without a type stays whole.
QString diagnosticValue(const QString &value)
{
    const qsizetype semi = value.indexOf(u';');
    if (semi > 0 && semi < 24 && !value.left(semi).trimmed().contains(u' '))
        return value.mid(semi + 1).trimmed();
    return value.trimmed();
}

QString hostValue(const QString &value)
{
    QString v = DeliveryStatus::typedValue(value);
    const qsizetype paren = v.indexOf(u'(');
    if (paren > 0)
        v = v.left(paren);
    v = v.trimmed();
    while (v.endsWith(u'.'))
        v.chop(1);
    if (v.startsWith(u'[') && v.endsWith(u']'))
        v = v.mid(1, v.size() - 2);
    return v;
}

bool isGeneric(const QString &status)
{
    return status.endsWith(u".0.0"_s);
}

// Lines of quoted headers ("To: <a@b>" of a forwarded notice) name senders, not recipients.
// Addresses are looked at in text order: the line start and the line's header name are found
// once per line, not once per address (a line of 40,000 addresses was quadratic).
class HeaderLines
{
public:
    explicit HeaderLines(const QString &text)
        : m_text(text)
        , m_next(text.indexOf(u'\n'))
    {}

    // at: not before the previous call's.
    bool onHeaderLine(qsizetype at)
    {
        static const QRegularExpression header(
            uR"(^\s*(?:From|To|Cc|Sender|Reply-To|Return-Path|Delivered-To|Envelope-To|Message-ID|In-Reply-To|References|Errors-To|Disposition-Notification-To|Resent-[A-Za-z-]+|X-(?!Failed-Recipients|Actual-Recipient|Original-To)[A-Za-z0-9-]+)\s*:)"_s,
            QRegularExpression::CaseInsensitiveOption);
        bool moved = m_headerEnd == -2;
        while (m_next >= 0 && m_next < at) {
            m_start = m_next + 1;
            m_next = m_text.indexOf(u'\n', m_start);
            moved = true;
        }
        if (moved) {
            ++m_examined;
            const qsizetype end = m_next < 0 ? m_text.size() : m_next;
            const auto m = header.match(QStringView(m_text).mid(m_start, end - m_start));
            m_headerEnd = m.hasMatch() ? m_start + m.capturedEnd() : -1;
        }
        return m_headerEnd >= 0 && m_headerEnd <= at;
    }

    // The start of the line of the last `at` asked about.
    qsizetype lineStart() const { return m_start; }
    // How many lines were examined for a header name.
    qint64 examined() const { return m_examined; }

private:
    const QString &m_text;
    qsizetype m_start = 0;
    qsizetype m_next;
    qsizetype m_headerEnd = -2; // -2: not looked at yet; -1: not a header line
    qint64 m_examined = 0;
};

// The address at `at` directly follows a reply code at the start of its line ("550 <a@b>...",
// "554 5.0.0 <a@b>..."): the line is about that recipient.
// start: where the line of `at` starts (HeaderLines knows it: no search back per address).
bool subjectOfReplyLine(const QString &text, qsizetype start, qsizetype at)
{
    static const QRegularExpression lead(
        uR"(^\s*[2-5]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?\s+<?$)"_s);
    if (at - start > 24)
        return false;
    return lead.match(QStringView(text).mid(start, at - start)).hasMatch();
}

// The address at `at` heads its line at the margin, followed by ":" ("<a@b>: host mx[ip] said:
// 550 ..."): Postfix's per-recipient line, whose reply may start on that same line.
bool headsItsLine(const QString &text, qsizetype start, qsizetype at, qsizetype length)
{
    const qsizetype head = at - start;
    if (head > 1 || (head == 1 && text.at(start) != u'<'))
        return false;
    qsizetype after = at + length;
    if (after < text.size() && text.at(after) == u'>')
        ++after;
    return after < text.size() && text.at(after) == u':';
}

// The address at `at` is a message identifier written in prose: "<...@...>" right after the
// words message, ID or Message-ID ("Your message <2023...@mx> was rejected", "Original message
// ID: <...>").
bool namesAMessage(const QString &text, qsizetype lineStart, qsizetype at)
{
    if (at == 0 || text.at(at - 1) != u'<')
        return false;
    // The word before the "<" (spaces and one colon between), without a regular expression:
    // this runs for every bracketed address.
    qsizetype end = at - 1;
    while (end > lineStart && text.at(end - 1).isSpace())
        --end;
    if (end > lineStart && text.at(end - 1) == u':')
        --end;
    while (end > lineStart && text.at(end - 1).isSpace())
        --end;
    qsizetype start = end;
    while (start > lineStart && end - start < 12
           && (text.at(start - 1).isLetter() || text.at(start - 1) == u'-'))
        --start;
    if (start > lineStart && (text.at(start - 1).isLetterOrNumber() || text.at(start - 1) == u'_'))
        return false; // the word goes on
    const QStringView word = QStringView(text).mid(start, end - start);
    return word.compare(u"message", Qt::CaseInsensitive) == 0
           || word.compare(u"id", Qt::CaseInsensitive) == 0
           || word.compare(u"message-id", Qt::CaseInsensitive) == 0;
}

// Per-recipient blocks: a line that starts with an address ("  a@b", "<a@b>:", "<a@b>: host mx
// said: 550 ...", "a@b (expanded from ...)") heads a block; its text is the rest of that line
// and the lines indented deeper under it, up to the next heading or an empty line. Found in one
// pass over the text (lower-case address -> its first block).
struct Block
{
    qsizetype position = -1; // offset of the heading line
    qsizetype end = -1;      // offset after the block's last line
    QString text;            // the block's words, unfolded
    QStringList lines;       // the source lines used, trimmed
};

qsizetype leadingBlanks(QStringView line)
{
    qsizetype lead = 0;
    while (lead < line.size() && (line.at(lead) == u' ' || line.at(lead) == u'\t'))
        ++lead;
    return lead;
}

// A line that heads a block: its address (lower case) and the words after it.
struct Heading
{
    QString address;
    QStringView rest; // into the line
};

// The heading a line starts with, after `lead` blanks: an address (in "<>" or not) followed by
// the line's end, ":", a blank, or "(expanded from <x@y>)".
std::optional<Heading> headingOf(QStringView line, qsizetype lead)
{
    if (line.size() - lead >= 1000 || line.indexOf(u'@', lead) <= 0)
        return std::nullopt;
    const qsizetype at = lead + (line.at(lead) == u'<' ? 1 : 0);
    const auto m = addressRe().match(line, at, QRegularExpression::NormalMatch,
                                     QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return std::nullopt;
    qsizetype after = m.capturedEnd();
    if (after < line.size() && line.at(after) == u'>')
        ++after;
    if (after < line.size() && line.at(after) != u':' && line.at(after) != u' '
        && line.at(after) != u'\t')
        return std::nullopt;
    QStringView rest = line.mid(after).trimmed();
    if (rest.startsWith(u'(')) { // "(expanded from <x@y>)"
        const qsizetype close = rest.indexOf(u')');
        rest = close < 0 ? QStringView() : rest.mid(close + 1).trimmed();
    }
    if (rest.startsWith(u':'))
        rest = rest.mid(1).trimmed();
    return Heading{m.captured(0).toLower(), rest};
}

// Reads the text's lines in order into blocks (blocksIn).
class BlockReader
{
public:
    // lineAt: the line's offset in the text.
    void read(QStringView line, qsizetype lineAt)
    {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const qsizetype lead = leadingBlanks(line);
        if (lead == line.size()) {
            m_current.clear(); // an empty line ends a block
            return;
        }
        if (m_blocks.size() < kMaxRecipients) {
            if (const auto heading = headingOf(line, lead)) {
                open(*heading, line, lineAt, lead);
                return;
            }
        }
        if (!m_current.isEmpty())
            extend(line, lineAt, lead);
    }

    QHash<QString, Block> take() { return std::move(m_blocks); }

private:
    static constexpr int kMaxBlockLines = 8;

    void open(const Heading &heading, QStringView line, qsizetype lineAt, qsizetype lead)
    {
        m_current = heading.address;
        m_indent = lead;
        m_used = 0;
        if (m_blocks.contains(m_current)) {
            m_current.clear(); // the first block of an address is its block
            return;
        }
        Block &b = m_blocks[m_current];
        b.position = lineAt;
        b.end = lineAt + line.size();
        b.text = heading.rest.toString();
        b.lines << line.trimmed().toString();
    }

    // A line indented deeper than the heading continues its block, up to kMaxBlockLines.
    void extend(QStringView line, qsizetype lineAt, qsizetype lead)
    {
        if (lead <= m_indent || ++m_used > kMaxBlockLines) {
            m_current.clear();
            return;
        }
        Block &b = m_blocks[m_current];
        if (!b.text.isEmpty())
            b.text += u' ';
        b.text += line.trimmed();
        b.lines << line.trimmed().toString();
        b.end = lineAt + line.size();
    }

    QHash<QString, Block> m_blocks;
    QString m_current; // lower-case address of the open block, or empty
    qsizetype m_indent = 0;
    int m_used = 0;
};

QHash<QString, Block> blocksIn(const QString &text)
{
    BlockReader reader;
    qsizetype offset = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        reader.read(line, offset);
        offset += line.size() + 1;
    }
    return reader.take();
}

bool isFullAddress(const QString &a)
{
    const qsizetype at = a.indexOf(u'@');
    return at > 0 && at < a.size() - 3 && a.indexOf(u'.', at) > at;
}

struct Slot
{
    // Where a recipient without a report came from: X-Failed-Recipients (Listed), an address
    // the text names (Named), a per-recipient block the header or report left out (Block).
    enum class Guess { Report, Listed, Named, Block };
    Guess guess = Guess::Report;
    QStringList aliases; // other addresses the report gives for it (X-Actual-Recipient)
    RecipientResult result;
    SmtpReply dsnReply;
    QString dsnStatus;
    QString dsnDiagnostic; // as in the report, for highlight ranges
    QList<SmtpReply> textReplies;
};

double replyScore(const SmtpReply &r, const QString &dsnStatus, int dsnCode, bool fromReport)
{
    const auto &w = kWeights.reply;
    double s = 0;
    if (r.code > 0)
        s += w.basicCode;
    if (!r.status.isEmpty())
        s += w.enhancedStatus;
    if (r.code >= 400 || r.status.startsWith(u'4') || r.status.startsWith(u'5'))
        s += w.failureClass;
    if (!r.origin.isEmpty())
        s += w.origin;
    if (r.leadIn)
        s += w.leadIn;
    if (!dsnStatus.isEmpty() && r.status == dsnStatus && !isGeneric(dsnStatus))
        s += w.agreesWithReport;
    if (fromReport)
        s += w.fromReport;
    else if (r.remote && dsnCode > 0 && r.code == dsnCode)
        s += w.agreesWithReportCode;
    if (r.remote)
        s += w.remote;
    if (r.localSummary)
        s += w.localSummary;
    s += double(std::min(r.diagnostic.size(), w.maxLengthChars)) * w.lengthPerChar;
    return s;
}

// When the remote server's reply won: the local MTA's own words about the same failure, if they
// say something else (another code or status).
QString localSummaryOf(const SmtpReply &best, const Slot &s)
{
    if (!best.remote)
        return {};
    if (!best.localDiagnostic.isEmpty())
        return best.localDiagnostic;
    auto differs = [&](const SmtpReply &o) {
        return !o.isEmpty() && (o.code != best.code || o.status != best.status);
    };
    for (const SmtpReply &t : s.textReplies) {
        if (t.localSummary && differs(t))
            return t.diagnostic;
    }
    if (differs(s.dsnReply) && !s.dsnReply.remote)
        return s.dsnReply.diagnostic;
    return {};
}

// The RFC 3463 code a reason stated in words stands for, when one code does: "user unknown" is
// x.1.1, "mailbox full" x.2.2. Empty for reasons without one code (blocked, filtered, ...).
EnhancedStatus impliedStatusFor(Reason reason, bool temporary)
{
    const int klass = temporary ? 4 : 5;
    switch (reason) {
    case Reason::UserUnknown:
        return {klass, 1, 1};
    case Reason::HostUnknown:
        return {klass, 1, 2};
    case Reason::HasMoved:
        return {klass, 1, 6};
    case Reason::Suspend:
        return {klass, 2, 1};
    case Reason::MailboxFull:
        return {klass, 2, 2};
    case Reason::ExceedLimit:
        return {klass, 2, 3};
    case Reason::SystemFull:
        return {klass, 3, 1};
    case Reason::MesgTooBig:
        return {klass, 3, 4};
    case Reason::NetworkError:
        return {klass, 4, 1};
    case Reason::Expired:
        return {klass, 4, 7};
    case Reason::NoRelaying:
        return {klass, 7, 1};
    default:
        return {};
    }
}

void addSpan(RecipientResult &r, qsizetype start, qsizetype length)
{
    const QPair<qsizetype, qsizetype> span{start, length};
    if (!r.spans.contains(span))
        r.spans.append(span);
}

// The addresses a bounce's own and its original's headers name as senders, and the message
// identifiers (which look like addresses): never recipients. Lower case.
QSet<QString> notRecipients(const MessageReader::Message &m)
{
    QSet<QString> senders;
    auto add = [&](const QString &value) {
        for (const QString &a : addressesIn(value))
            senders.insert(a.toLower());
    };
    for (const char *h : {"from", "to", "sender", "return-path", "reply-to"})
        add(m.header(h));
    for (const char *h : {"from", "sender", "return-path", "reply-to"})
        add(m.originalHeader(h));
    // Message identifiers look like addresses: those of the bounce and of its original are
    // never recipients.
    for (const char *h : {"message-id", "in-reply-to", "references"}) {
        add(m.header(h));
        add(m.originalHeader(h));
    }
    return senders;
}

// The address at `at` stands inside a reply with a code. Replies are in text order and do not
// overlap: next (where the previous call stopped) only moves forward, one pass over them.
bool insideReply(const QList<SmtpReply> &replies, qsizetype &next, qsizetype at)
{
    while (next < replies.size() && replies.at(next).end >= 0 && replies.at(next).end <= at)
        ++next;
    for (qsizetype k = next; k < replies.size(); ++k) {
        const SmtpReply &r = replies.at(k);
        if (r.position > at)
            return false;
        if (at >= r.position && at < r.end && r.code > 0)
            return true;
    }
    return false;
}

// The addresses a text names, inside replies and outside them, each once: the first
// kMaxRecipients of each kind in text order, the others counted (lower case).
struct TextAddresses
{
    QStringList outside, inside;
    QSet<QString> seenOutside, seenInside, beyondOutside, beyondInside;
    QSet<QString> beyondReplies; // after the last reply read, when the reply limit stopped

    void add(const QString &a, const QString &lower, bool inReply)
    {
        QStringList &list = inReply ? inside : outside;
        QSet<QString> &seen = inReply ? seenInside : seenOutside;
        if (seen.contains(lower))
            return;
        if (list.size() < kMaxRecipients) {
            seen.insert(lower);
            list << a;
        } else {
            // In text order: the first 1,000 are kept, the others counted.
            (inReply ? beyondInside : beyondOutside).insert(lower);
        }
    }
    void addBeyondReplies(const QString &lower)
    {
        if (!seenInside.contains(lower) && !seenOutside.contains(lower)
            && !beyondInside.contains(lower) && !beyondOutside.contains(lower))
            beyondReplies.insert(lower);
    }
    // Addresses outside replies are the recipients when there are any.
    qsizetype leftOut() const
    {
        return (outside.isEmpty() ? beyondInside.size() : beyondOutside.size())
               + beyondReplies.size();
    }
    QStringList result() const { return outside.isEmpty() ? inside : outside; }
};

// --- the steps of RecipientAssembler::complete

// The action when the report gave none: by the reply's class, and the text's words of delay.
Action actionFor(int cls, bool delayedWords, bool gaveUp)
{
    if (cls == 2)
        return Action::Delivered;
    if (delayedWords && cls != 5 && !gaveUp)
        return Action::Delayed;
    return Action::Failed;
}

// Whether the MTA will try again (left unset when nothing says).
void setTemporary(RecipientResult &r, int cls, bool gaveUp, bool delayedWords, bool reportGaveUp)
{
    if (cls == 4 && r.action == Action::Failed && gaveUp && delayedWords)
        r.temporary = false; // a 4xx the MTA gave up on (retry time exceeded): no more tries
    else if (cls == 4 && reportGaveUp && r.action != Action::Delayed)
        r.temporary = false; // the report says the MTA gave up: the message came back
    else if (cls == 4)
        r.temporary = true;
    else if (cls == 5)
        r.temporary = false;
    else if (r.action == Action::Delayed)
        r.temporary = true;
    else if (r.action == Action::Failed)
        r.temporary = false;
}

// The origin the patterns give the remote host or the diagnostic, else empty.
QString originFromPatterns(const RecipientResult &r, const BouncePatterns &patterns)
{
    for (const auto &o : patterns.origins) {
        if ((!r.remoteMta.isEmpty() && o.hosts.matches(r.remoteMta))
            || o.text.matches(r.diagnostic))
            return o.name;
    }
    return {};
}

bool fromGoogle(const RecipientResult &r)
{
    return r.origin == u"gsmtp"_s || r.origin == u"gcdp"_s || r.origin == u"Google"_s
           || r.diagnostic.contains(u"support.google.com"_s)
           || r.diagnostic.contains(u"google.com/mail"_s);
}

// The reply's lines as they stand in the input, for highlighting.
void addLineSpans(RecipientResult &r, const SmtpReply &reply, const QByteArray &raw)
{
    qsizetype from = 0;
    for (const QString &line : reply.lines) {
        const QByteArray needle = line.toUtf8();
        if (needle.size() < 4)
            continue;
        qsizetype at = raw.indexOf(needle, from);
        if (at < 0)
            at = raw.indexOf(needle);
        if (at < 0)
            continue;
        addSpan(r, at, needle.size());
        from = at + needle.size();
    }
}

} // namespace

QStringList RecipientAssembler::textRecipients(const Input &input, qsizetype *leftOut,
                                               qint64 *linesExamined)
{
    const QSet<QString> senders = notRecipients(*input.message);
    // When the reply limit stopped ReplyExtractor::find, the addresses after its last reply
    // would all look "outside a reply": they are counted as left out instead (issue 25: 501
    // recipients of a text notice gave 1).
    const bool repliesCut = input.replies.size() >= ReplyExtractor::kMaxReplies;
    const qsizetype scanEnd
        = repliesCut ? std::max(input.replies.last().end, input.replies.last().position)
                     : input.text.size();
    TextAddresses found;
    HeaderLines lines(input.text);
    qsizetype reply = 0; // replies are in text order and do not overlap
    for (auto it = addressRe().globalMatch(input.text); it.hasNext();) {
        const auto match = it.next();
        const QString a = match.captured(0);
        const QString lower = a.toLower();
        if (senders.contains(lower) || isDaemon(a))
            continue;
        const qsizetype at = match.capturedStart();
        if (at >= scanEnd) {
            found.addBeyondReplies(lower);
            continue;
        }
        if (lines.onHeaderLine(at) || namesAMessage(input.text, lines.lineStart(), at))
            continue;
        // An address inside a reply is usually the sender or a host's contact, unless the
        // reply is about it: Sendmail's per-recipient line "550 <a@b>... User unknown".
        const bool inReply = insideReply(input.replies, reply, at)
                             && !subjectOfReplyLine(input.text, lines.lineStart(), at)
                             && !headsItsLine(input.text, lines.lineStart(), at, a.size());
        found.add(a, lower, inReply);
    }
    if (leftOut)
        *leftOut = found.leftOut();
    if (linesExamined)
        *linesExamined = lines.examined();
    return found.result();
}

// The steps of assemble(), in order. Each takes what the previous ones found.
namespace {

// Step 1: the delivery-status report, from its own MIME part or quoted in the text.
DeliveryStatus reportOf(const RecipientAssembler::Input &input)
{
    DeliveryStatus ds = DeliveryStatus::parse(input.message->deliveryStatus);
    if (ds.isEmpty()) {
        // Report fields quoted in text (a pasted report, a text/plain DSN).
        DeliveryStatus quoted = DeliveryStatus::parse(input.text);
        bool useful = false;
        for (const auto &g : quoted.recipients())
            useful = useful || g.has("status") || g.has("diagnostic-code") || g.has("action");
        if (useful)
            ds = quoted;
    }
    return ds;
}

// Step 2: one slot per recipient group of the report.
QList<Slot> reportSlots(const DeliveryStatus &ds, const QString &reportingMta)
{
    QList<Slot> found;
    for (const auto &g : ds.recipients()) {
        if (found.size() >= kMaxRecipients)
            break;
        Slot s;
        RecipientResult &r = s.result;
        r.recipient = g.address("final-recipient");
        r.originalRecipient = g.address("original-recipient");
        if (r.recipient.isEmpty())
            r.recipient = r.originalRecipient.isEmpty() ? g.address("x-actual-recipient")
                                                        : r.originalRecipient;
        if (const QString actual = g.address("x-actual-recipient"); !actual.isEmpty())
            s.aliases << actual;
        // An action outside RFC 3464's five words is left unstated, not guessed.
        r.action = actionFromWord(DeliveryStatus::typedValue(g.value("action")).section(u' ', 0, 0))
                       .value_or(Action::None);
        s.dsnStatus = statusIn(g.value("status"));
        r.status = EnhancedStatus::fromString(s.dsnStatus);
        r.remoteMta = hostValue(g.value("remote-mta"));
        r.reportingMta = reportingMta;
        r.arrivalDate = g.value("arrival-date");
        if (r.arrivalDate.isEmpty())
            r.arrivalDate = ds.message().value("arrival-date");
        r.lastAttemptDate = g.value("last-attempt-date");
        r.willRetryUntil = g.value("will-retry-until");
        s.dsnDiagnostic = diagnosticValue(g.value("diagnostic-code"));
        s.dsnReply = ReplyExtractor::parse(s.dsnDiagnostic);
        if (g.value("diagnostic-code").startsWith(u"x-unix"_s, Qt::CaseInsensitive))
            s.dsnReply.code = 0; // a local delivery program's words, not SMTP
        found.append(s);
    }
    return found;
}

// Step 3: a report that lost the recipient's local part ("rfc822; @mx.example.org"): the text
// names it.
void completeLocalParts(QList<Slot> &found, const RecipientAssembler::Input &input)
{
    QStringList named;
    QSet<QString> taken; // lower case, the recipients so far (a set: 1,000 x 1,000 x 1,000)
    for (const Slot &s : std::as_const(found))
        taken.insert(s.result.recipient.toLower());
    for (Slot &s : found) {
        if (isFullAddress(s.result.recipient))
            continue;
        if (named.isEmpty())
            named = RecipientAssembler::textRecipients(input);
        for (const QString &a : std::as_const(named)) {
            if (!taken.contains(a.toLower())
                && (s.result.recipient.isEmpty()
                    || a.endsWith(s.result.recipient.mid(s.result.recipient.indexOf(u'@')),
                                  Qt::CaseInsensitive)
                    || found.size() == 1)) {
                s.result.recipient = a;
                taken.insert(a.toLower());
                break;
            }
        }
    }
}

// Step 4, without a report: X-Failed-Recipients, else the addresses the text names, else the
// original's first To.
QList<Slot> headerOrTextSlots(const RecipientAssembler::Input &input, const QString &reportingMta,
                              qsizetype *leftOut)
{
    const MessageReader::Message &m = *input.message;
    QList<Slot> found;
    bool fromText = false;
    QStringList addresses = addressesIn(m.header("x-failed-recipients"));
    if (addresses.isEmpty() && input.bounceLike) {
        addresses = RecipientAssembler::textRecipients(input, leftOut);
        fromText = true;
    }
    if (addresses.isEmpty()) {
        const QStringList to = addressesIn(m.originalHeader("to"));
        if (!to.isEmpty() && input.bounceLike
            && (!input.replies.isEmpty() || !m.original.isEmpty()))
            addresses << to.first();
    }
    for (const QString &a : std::as_const(addresses)) {
        Slot s;
        s.result.recipient = a;
        s.result.reportingMta = reportingMta;
        s.guess = fromText ? Slot::Guess::Named : Slot::Guess::Listed;
        found.append(s);
    }
    if (found.isEmpty() && !input.replies.isEmpty())
        found.append(Slot());
    return found;
}

// Step 5: recipients that the report or X-Failed-Recipients left out: when the text has more
// per-recipient blocks ("  a@b" or "<a@b>:" heading the text about it) than the report or
// header lists recipients, the addresses heading the other blocks are recipients too, with or
// without a reply code. (With as many blocks as listed recipients, a block naming another
// address is an alias of a listed one.)
void addBlockRecipients(QList<Slot> &found, const RecipientAssembler::Input &input,
                        const QHash<QString, Block> &blocks)
{
    if (found.isEmpty() || !input.bounceLike || blocks.size() <= found.size())
        return;
    QStringList heads; // text recipients (no sender, daemon or message id) heading a block
    for (const QString &a : RecipientAssembler::textRecipients(input)) {
        if (blocks.contains(a.toLower()))
            heads << a;
    }
    if (heads.size() <= found.size())
        return;
    for (const QString &a : std::as_const(heads)) {
        if (found.size() >= kMaxRecipients)
            break;
        const bool known = std::any_of(found.begin(), found.end(), [&](const Slot &o) {
            return o.result.recipient.compare(a, Qt::CaseInsensitive) == 0
                   || o.result.originalRecipient.compare(a, Qt::CaseInsensitive) == 0
                   || o.aliases.contains(a, Qt::CaseInsensitive);
        });
        if (known)
            continue;
        Slot s;
        s.result.recipient = a;
        s.result.reportingMta = found.first().result.reportingMta;
        s.guess = Slot::Guess::Block;
        found.append(s);
    }
}

// Where the text names each recipient (at most kMaxMentions offsets each): one pass over the
// text's addresses for those that are plain addresses (1,000 recipients each searched through
// the whole text was 1,000 passes), a search of their own for the others.
class Mentions
{
public:
    Mentions(const QList<Slot> &found, const QString &text)
        : m_at(found.size())
    {
        QHash<QString, QList<qsizetype>> plain; // lower-case address -> recipients
        for (qsizetype i = 0; i < found.size(); ++i) {
            const QString &a = found.at(i).result.recipient;
            if (a.isEmpty())
                continue;
            if (isPlainAddress(a))
                plain[a.toLower()].append(i);
            else
                searchFor(i, a, text);
        }
        if (!plain.isEmpty())
            addPlain(plain, text);
    }

    // The recipient (among those `eligible` takes) named last at or before `position`, else -1.
    // Of two named at the same offset, the first.
    template<typename Eligible>
    qsizetype lastBefore(qsizetype position, Eligible eligible) const
    {
        qsizetype nearest = -1;
        qsizetype owner = -1;
        for (qsizetype i = 0; i < m_at.size(); ++i) {
            if (!eligible(i))
                continue;
            for (qsizetype at : m_at.at(i)) {
                if (at <= position && at > nearest) {
                    nearest = at;
                    owner = i;
                }
            }
        }
        return owner;
    }

private:
    static bool isPlainAddress(const QString &a)
    {
        const auto whole = addressRe().match(a);
        return whole.hasMatch() && whole.capturedStart() == 0 && whole.capturedLength() == a.size();
    }

    void searchFor(qsizetype i, const QString &a, const QString &text)
    {
        QList<qsizetype> &at = m_at[i];
        for (qsizetype from = text.indexOf(a, 0, Qt::CaseInsensitive);
             from >= 0 && at.size() < kMaxMentions;
             from = text.indexOf(a, from + a.size(), Qt::CaseInsensitive))
            at.append(from);
    }

    void addPlain(const QHash<QString, QList<qsizetype>> &plain, const QString &text)
    {
        for (auto it = addressRe().globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const auto p = plain.constFind(match.captured(0).toLower());
            if (p == plain.cend())
                continue;
            for (qsizetype i : *p) {
                if (m_at[i].size() < kMaxMentions)
                    m_at[i].append(match.capturedStart());
            }
        }
    }

    QList<QList<qsizetype>> m_at; // per recipient, in text order
};

// The recipient a reply is about: one it names, else the one named last before it, else the
// only one; -1 when none.
// blocks: the text's per-recipient blocks, when some recipient is only a guess (else null).
qsizetype ownerOf(const SmtpReply &reply, const QList<Slot> &found, const Mentions &mentions,
                  const QHash<QString, Block> *blocks)
{
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (reply.addresses.contains(found.at(i).result.recipient, Qt::CaseInsensitive))
            return i;
    }
    // Else the recipient named last before the reply (every recipient's mentions count).
    qsizetype owner = mentions.lastBefore(reply.position, [](qsizetype) { return true; });
    auto headsBlock = [&](qsizetype i) {
        return blocks->contains(found.at(i).result.recipient.toLower());
    };
    // A guessed address named in prose (a contact, "write to help@...") never takes the reply
    // from an address heading a block before it.
    if (owner >= 0 && blocks && found.at(owner).guess == Slot::Guess::Named && !headsBlock(owner)) {
        const qsizetype heading = mentions.lastBefore(
            reply.position, [&](qsizetype i) { return i != owner && headsBlock(i); });
        if (heading >= 0)
            owner = heading;
    }
    if (owner < 0 && found.size() == 1)
        owner = 0;
    return owner;
}

// Step 6: which recipient each reply in the text is about (ownerOf). Returns the replies no
// recipient took.
// blocks: the text's per-recipient blocks, when some recipient is only a guess (else null).
QList<SmtpReply> assignReplies(QList<Slot> &found, const RecipientAssembler::Input &input,
                               const QHash<QString, Block> *blocks)
{
    const Mentions mentions(found, input.text);
    QList<SmtpReply> unassigned;
    for (const SmtpReply &reply : input.replies) {
        const qsizetype owner = ownerOf(reply, found, mentions, blocks);
        if (owner >= 0)
            found[owner].textReplies.append(reply);
        else
            unassigned.append(reply);
    }
    return unassigned;
}

// Step 7: a recipient without any reply whose block states the failure in words ("  bob@b\n
//    Unrouteable address", "<a@b>: Host or domain name not found"): the block's text is its
// reply.
void blockTextReplies(QList<Slot> &found, const QHash<QString, Block> &blocks)
{
    for (Slot &s : found) {
        if (!s.textReplies.isEmpty() || !s.dsnReply.isEmpty())
            continue;
        const auto b = blocks.constFind(s.result.recipient.toLower());
        if (b == blocks.cend() || b->text.trimmed().isEmpty())
            continue;
        SmtpReply r = ReplyExtractor::parse(b->text);
        if (r.isEmpty())
            continue;
        r.position = b->position;
        r.end = b->end;
        r.lines = b->lines;
        s.textReplies.append(r);
    }
}

// Step 8: guessed recipients without a reply of their own, next to recipients with one, were
// mentioned for another reason (a contact, a list address).
void dropGuessesWithoutReply(QList<Slot> &found)
{
    found.removeIf(
        [](const Slot &s) { return s.guess == Slot::Guess::Block && s.textReplies.isEmpty(); });
    const bool anyReply = std::any_of(found.begin(), found.end(),
                                      [](const Slot &s) { return !s.textReplies.isEmpty(); });
    if (anyReply)
        found.removeIf(
            [](const Slot &s) { return s.guess == Slot::Guess::Named && s.textReplies.isEmpty(); });
}

// Step 9: the reply that wins for a slot (highest score by ScoringWeights::reply).
SmtpReply chooseReply(Slot &s, const QList<SmtpReply> &unassigned)
{
    if (s.textReplies.isEmpty() && s.dsnReply.isEmpty())
        s.textReplies = unassigned;
    SmtpReply best = s.dsnReply;
    double bestScore = best.isEmpty() ? -1 : replyScore(best, s.dsnStatus, s.dsnReply.code, true);
    for (const SmtpReply &t : std::as_const(s.textReplies)) {
        const double score = replyScore(t, s.dsnStatus, s.dsnReply.code, false);
        if (score > bestScore) {
            best = t;
            bestScore = score;
        }
    }
    return best;
}

// The Diagnostic-Code field as it stands in the input, folded lines included.
// from: where the previous recipient's field ended (the report's groups are in order: each
// search starts there, not at the top of the input; 1,000 groups searched the whole input each).
void addReportSpan(RecipientResult &r, const QString &dsnDiagnostic, const QByteArray &raw,
                   qsizetype &from)
{
    const QByteArray first = dsnDiagnostic.left(40).toUtf8();
    qsizetype at = raw.indexOf(first, from);
    if (at < 0 && from > 0)
        at = raw.indexOf(first);
    if (at < 0)
        return;
    qsizetype end = raw.indexOf('\n', at);
    while (end >= 0 && end + 1 < raw.size() && (raw.at(end + 1) == ' ' || raw.at(end + 1) == '\t'))
        end = raw.indexOf('\n', end + 1);
    if (end < 0)
        end = raw.size();
    if (end > at && raw.at(end - 1) == '\r')
        --end;
    addSpan(r, at, end - at);
    from = end;
}

} // namespace

qsizetype RecipientAssembler::failedRecipientsLeftOut(const MessageReader::Message &m)
{
    return addressesBeyondLimit(m.header("x-failed-recipients"));
}

QList<RecipientResult> RecipientAssembler::assemble(const Input &input, qsizetype *leftOut) const
{
    if (leftOut)
        *leftOut = 0;
    const DeliveryStatus ds = reportOf(input);
    const QString reportingMta = hostValue(ds.message().value("reporting-mta"));
    QList<Slot> found = reportSlots(ds, reportingMta);
    if (leftOut && ds.recipientGroups() > kMaxRecipients)
        *leftOut = ds.recipientGroups() - kMaxRecipients;
    completeLocalParts(found, input);
    if (found.isEmpty())
        found = headerOrTextSlots(input, reportingMta, leftOut);
    // The blocks are looked for only when needed: a recipient may be missing (fewer than
    // 1,000 so far), or one has no reply yet.
    std::optional<QHash<QString, Block>> blocks;
    auto blocksOnce = [&]() -> const QHash<QString, Block> & {
        if (!blocks)
            blocks = blocksIn(input.text);
        return *blocks;
    };
    if (!found.isEmpty() && found.size() < kMaxRecipients && input.bounceLike)
        addBlockRecipients(found, input, blocksOnce());
    const bool guessed
        = found.size() > 1 && std::any_of(found.begin(), found.end(), [](const Slot &s) {
              return s.guess == Slot::Guess::Named;
          });
    const QList<SmtpReply> unassigned
        = assignReplies(found, input, guessed ? &blocksOnce() : nullptr);
    if (std::any_of(found.begin(), found.end(),
                    [](const Slot &s) { return s.textReplies.isEmpty() && s.dsnReply.isEmpty(); }))
        blockTextReplies(found, blocksOnce());
    dropGuessesWithoutReply(found);

    QList<RecipientResult> results;
    qsizetype reportFrom = 0;
    for (Slot &s : found) {
        const SmtpReply best = chooseReply(s, unassigned);
        const bool fromReport = !s.dsnReply.isEmpty() && best.position < 0;
        complete(s.result, best, input.delayedWords, input.raw);
        s.result.localDiagnostic = localSummaryOf(best, s);
        if (fromReport && input.raw && !s.dsnDiagnostic.isEmpty())
            addReportSpan(s.result, s.dsnDiagnostic, *input.raw, reportFrom);
        // The Gmail DSN's own status fits better than a generic one from the reply.
        const EnhancedStatus dsnStatus = EnhancedStatus::fromString(s.dsnStatus);
        if (dsnStatus.isValid() && s.result.status.isGeneric() && !dsnStatus.isGeneric()
            && s.result.status.klass() == dsnStatus.klass())
            s.result.status = dsnStatus;
        if (s.result.reportStatus == s.result.status)
            s.result.reportStatus = {};
        results.append(s.result);
    }
    return results;
}

void RecipientAssembler::complete(RecipientResult &r, const SmtpReply &reply, bool delayedWords,
                                  const QByteArray *raw) const
{
    // What the report says before the reply is read in: "Action: failed" or a class-5 Status
    // means the MTA will not try again, whatever class the last reply had (SES's "Status:
    // 5.4.7" over an expired message's "421 4.4.2 Connection timed out").
    const bool reportGaveUp = r.action == Action::Failed || r.status.klass() == 5;
    const EnhancedStatus reportStatus = r.status;
    r.replyCode = reply.code;
    if (const auto status = EnhancedStatus::parse(reply.status))
        r.status = *status;
    r.diagnostic = reply.diagnostic;
    r.command = stageFromWord(reply.command).value_or(SmtpStage::None);
    if (r.remoteMta.isEmpty())
        r.remoteMta = reply.remoteHost;

    const int cls = r.replyCode > 0 ? r.replyCode / 100 : r.status.klass();
    if (r.action == Action::None)
        r.action = actionFor(cls, delayedWords, reply.gaveUp);
    if (reportStatus.isValid() && r.status.isValid() && reportStatus != r.status)
        r.reportStatus = reportStatus;
    setTemporary(r, cls, reply.gaveUp, delayedWords, reportGaveUp);

    r.origin = reply.origin;
    if (r.origin.isEmpty())
        r.origin = originFromPatterns(r, m_patterns);

    const QString entryReason = matchEntry(r, reply);
    r.reason = reasonFromWord(ReasonClassifier(m_patterns)
                                  .classify(r.replyCode, r.status.toString(), r.diagnostic,
                                            toWord(r.action), entryReason))
                   .value_or(Reason::OnHold);
    if (r.status.isEmpty())
        r.impliedStatus = impliedStatusFor(r.reason, r.temporary.value_or(false));
    if (raw)
        addLineSpans(r, reply, *raw);
}

QString RecipientAssembler::matchEntry(RecipientResult &r, const SmtpReply &reply) const
{
    const bool google = fromGoogle(r);
    SmtpReply final = reply;
    final.code = r.replyCode;
    final.status = r.status.toString();
    // Words without any code still find Gmail's own bounce texts (a Google Groups notice); for a
    // sender not known to be Google only when they match closely (EntryMatcher's otherFloor).
    if (final.code == 0 && final.status.isEmpty() && final.text.isEmpty())
        return {};
    const QString provider
        = google ? QString()
                 : m_matcher.providerOf(r.remoteMta.isEmpty() ? reply.remoteHost : r.remoteMta,
                                        r.diagnostic);
    EntryMatcher::Match match = m_matcher.match(final, google, provider);
    if (final.code == 0 && final.status.isEmpty() && match.confidence < 0.5)
        match = {};
    r.entryIndex = match.entryIndex;
    r.confidence = match.confidence;
    r.candidates = match.candidates;
    r.provider = match.gmail ? u"gmail"_s : match.provider;
    r.providerConfirmed = match.gmail || match.providerConfirmed;
    if ((match.gmail || !match.provider.isEmpty()) && match.entryIndex >= 0)
        return m_matcher.table().at(match.entryIndex).reason;
    return {};
}

} // namespace BounceLens
