#include "decoder/bouncedecoder.h"

#include "codes/codetable.h"
#include "common/parallel.h"
#include "common/plaintext.h"
#include "decoder/addresses.h"
#include "decoder/bouncepatterns.h"
#include "decoder/entrymatcher.h"
#include "decoder/messagereader.h"
#include "decoder/readabletext.h"
#include "decoder/recipientassembler.h"
#include "decoder/replyextractor.h"

#include <QRegularExpression>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <vector>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// Recipients that are not mailboxes (markup, spaces, control characters in Final-Recipient):
// kept as written, said in one note with the first few, escaped (issue 25).
LimitNote notAddressesNote(const QList<RecipientResult> &recipients)
{
    constexpr int kShown = 5;
    constexpr qsizetype kShownLength = 80;
    QStringList shown;
    qsizetype count = 0;
    for (const RecipientResult &r : recipients) {
        if (r.recipient.isEmpty() || isMailbox(r.recipient))
            continue;
        if (++count <= kShown) {
            QString text = r.recipient.left(kShownLength);
            if (text.size() < r.recipient.size())
                text += u"..."_s;
            shown << u'"' + PlainText::terminalSafe(text) + u'"';
        }
    }
    if (count == 0)
        return {};
    return {u"not-an-address"_s,
            {shown.join(u", "_s) + (count > kShown ? u", ..."_s : QString())},
            int(count)};
}

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// No byte of the eight at p is below 32 (SWAR: a borrow out of a byte's top bit marks one).
bool noneBelow32(const uchar *p)
{
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    quint64 v;
    std::memcpy(&v, p, sizeof v);
    return ((v - kOnes * 32) & ~v & (kOnes * 0x80)) == 0;
}

} // namespace

bool BounceDecoder::looksBinary(const QByteArray &input)
{
    const qsizetype n = std::min<qsizetype>(input.size(), 64 * 1024);
    qsizetype control = 0, nul = 0;
    const uchar *p = reinterpret_cast<const uchar *>(input.constData());
    for (qsizetype i = 0; i < n; ++i) {
        while (n - i >= 8 && noneBelow32(p + i)) // most text: eight bytes at a time
            i += 8;
        if (i >= n)
            break;
        const uchar c = p[i];
        if (c == 0)
            ++nul;
        else if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
            ++control;
    }
    // A stray NUL in a header is not binary (MessageReader strips it); UTF-16 and images have
    // NULs all along.
    return nul * 100 > n || nul > 64 || (control + nul) * 20 > n;
}

namespace {

QStringList languagesOf(const QString &text)
{
    qsizetype han = 0, kana = 0, hangul = 0, latinWords = 0;
    bool inWord = false;
    const qsizetype n = std::min<qsizetype>(text.size(), 256 * 1024);
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        const bool latin = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (latin && !inWord)
            ++latinWords;
        inWord = latin;
        if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF))
            ++han;
        else if (c >= 0x3040 && c <= 0x30FF)
            ++kana;
        else if (c >= 0xAC00 && c <= 0xD7AF)
            ++hangul;
    }
    QStringList result;
    if (kana >= 2)
        result << u"ja"_s;
    else if (han >= 2)
        result << u"zh"_s;
    if (hangul >= 2)
        result << u"ko"_s;
    if (latinWords >= 3)
        result << u"en"_s;
    return result;
}

QString providerOf(const MessageReader::Message &m, const QString &reportingMta,
                   const QString &text, const BouncePatterns &patterns)
{
    QString xHeaders;
    for (const auto &h : m.headers) {
        if (h.first.startsWith(u"x-"_s))
            xHeaders += h.first + u": "_s + h.second + u'\n';
    }
    const QString from = m.header("from");
    const QStringView body = QStringView(text).left(16 * 1024);
    // Who signed the bounce first, then what its text says.
    for (const auto &p : patterns.providers) {
        if (p.from.matches(from)
            || (!reportingMta.isEmpty() && p.reportingMta.matches(reportingMta))
            || p.headers.matches(xHeaders))
            return p.name;
    }
    for (const auto &p : patterns.providers) {
        if (p.body.matches(body))
            return p.name;
    }
    return {};
}

// The host that wrote the bounce when no report names it: "by X" of the newest Received.
QString receivedBy(const MessageReader::Message &m)
{
    static const QRegularExpression by(uR"(\bby\s+([A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,}))"_s);
    for (const auto &h : m.headers) {
        if (h.first == u"received"_s) {
            const auto match = by.match(h.second);
            return match.hasMatch() ? match.captured(1) : QString();
        }
    }
    return {};
}

} // namespace

BounceDecoder::BounceDecoder(const CodeTable &table)
    : m_matcher(std::make_shared<const EntryMatcher>(table))
{
    if (auto patterns = BouncePatterns::loadBuiltIn(&m_patternsError))
        m_patterns = std::make_shared<const BouncePatterns>(std::move(*patterns));
}

BounceDecoder::BounceDecoder(const CodeTable &table, std::shared_ptr<const BouncePatterns> patterns)
    : m_matcher(std::make_shared<const EntryMatcher>(table))
    , m_patterns(std::move(patterns))
{
    if (!m_patterns)
        m_patternsError = u"no patterns were given"_s;
}

bool BounceDecoder::isMbox(const QByteArray &input)
{
    if (!input.startsWith("From "))
        return false;
    const QByteArrayView head(input.constData(), std::min<qsizetype>(input.size(), 1000));
    qsizetype eol = 0;
    while (eol < head.size() && head.at(eol) != '\n' && head.at(eol) != '\r')
        ++eol;
    const QByteArrayView first = head.first(eol);
    // "From sender@example.com Sat Nov 28 15:12:56 2026": an address or word, then a date with
    // a time and a year ("From - Sat, 28 Nov 2026 15:12:56 +0000" too). A body line such as
    // "From here on, ..." is not a separator.
    if (first.size() <= 10 || first.contains(": "))
        return false;
    qsizetype i = 5;
    while (i < first.size() && first.at(i) != ' ' && first.at(i) != '\t')
        ++i;
    if (i == 5 || i == first.size())
        return false;
    bool time = false, year = false;
    while (i < first.size()) {
        if (!std::isdigit(uchar(first.at(i)))) {
            ++i;
            continue;
        }
        qsizetype run = i;
        while (run < first.size() && std::isdigit(uchar(first.at(run))))
            ++run;
        const qsizetype digits = run - i;
        if (digits <= 2 && run + 1 < first.size() && first.at(run) == ':'
            && std::isdigit(uchar(first.at(run + 1))))
            time = true;
        else if (digits == 4 && (run == first.size() || first.at(run) != ':'))
            year = true;
        i = run;
    }
    return time && year;
}

ErrorCode BounceDecoder::checkInput(const QByteArray &input) const
{
    if (input.size() > MaxInputSize)
        return ErrorCode::TooBig;
    if (std::all_of(input.begin(), input.end(), [](char c) { return std::isspace(uchar(c)); }))
        return ErrorCode::EmptyInput;
    if (looksBinary(input))
        return ErrorCode::BinaryInput;
    return m_patterns ? ErrorCode::None : ErrorCode::PatternsMissing;
}

QString BounceDecoder::noticeText(const MessageReader::Message &m, const BouncePatterns &patterns,
                                  ReadableText *readable, MessageReader::Headers *original,
                                  DecodeNotes *notes)
{
    bool plain = false;
    for (const auto &t : m.texts)
        plain = plain || (!t.html && !t.text.trimmed().isEmpty());
    QString text;
    for (const auto &t : m.texts) {
        if (plain && t.html)
            continue;
        QString part = t.text;
        const qsizetype cut = ReplyExtractor::originalStart(part, patterns);
        if (cut >= 0) {
            const qsizetype eol = original->isEmpty() ? part.indexOf(u'\n', cut) : -1;
            if (eol >= 0)
                *original = MessageReader::parseHeaderBlock(part.mid(eol + 1, 256 * 1024));
            part.truncate(cut);
            *notes << DecodeNote{u"original-follows"_s, {}};
        }
        if (readable)
            readable->addPart(t.text, text.size(), part.size());
        text += part;
        text += u'\n';
    }
    return text;
}

void BounceDecoder::copyOriginalFields(const MessageReader::Headers &original, DecodeResult &result)
{
    // The first of each: a header repeated later (a quoted copy) does not override it.
    const std::pair<const char16_t *, QString *> fields[] = {
        {u"from", &result.originalFrom},
        {u"to", &result.originalTo},
        {u"subject", &result.originalSubject},
        {u"date", &result.originalDate},
        {u"message-id", &result.originalMessageId},
    };
    for (const auto &h : original) {
        for (const auto &[name, field] : fields) {
            if (h.first == QStringView(name) && field->isEmpty())
                *field = h.second;
        }
    }
}

void BounceDecoder::addNotes(const MessageReader::Message &m, const QString &text,
                             bool delayedWords, qsizetype replies, const BouncePatterns &patterns,
                             DecodeResult &result)
{
    // Notes for the "nothing found" view.
    const QStringView head = QStringView(text).left(16 * 1024);
    for (auto h = patterns.heading.match(head); h.hasMatch();
         h = patterns.heading.match(head, std::max(h.end, h.start + 1)))
        result.recognised << DecodeNote{u"heading"_s, {h.group1.toString()}};
    if (delayedWords)
        result.recognised << DecodeNote{u"delayed-words"_s, {}};
    if (replies > 0)
        result.recognised << DecodeNote{u"replies-quoted"_s, {QString::number(replies)}};
    bool anyCode = false;
    for (const auto &r : std::as_const(result.recipients))
        anyCode = anyCode || r.replyCode > 0 || r.status.isValid();
    if (result.recipients.isEmpty())
        result.recognised << DecodeNote{u"no-recipient"_s, {}};
    if (result.recipients.isEmpty() && m.unreadable)
        result.errorCode = ErrorCode::Undecodable; // NoteText::error names the cause from the notes
    if (!anyCode)
        result.recognised << DecodeNote{u"no-reply-code"_s, {}};
}

DecodeResult BounceDecoder::decode(const QByteArray &input, const std::atomic<bool> *cancel) const
{
    DecodeResult result;
    if (const ErrorCode refused = checkInput(input); refused != ErrorCode::None) {
        result.errorCode = refused;
        result.errorDetail = m_patternsError;
        return result;
    }
    const BouncePatterns &patterns = *m_patterns;

    const MessageReader::Message m = MessageReader::read(input, cancel);
    if (cancelled(cancel)) {
        result.errorCode = ErrorCode::Cancelled;
        return result;
    }
    result.charset = m.charset;
    result.recognised = m.notes;
    result.notes = m.limits;
    result.date = m.header("date").trimmed();

    // The readable text: plain parts, or the HTML parts when there is no plain text. The copy
    // of the original message that many MTAs append is cut off (its headers are kept).
    MessageReader::Headers original = m.original;
    std::optional<ReadableText> readable;
    if (m_readableText)
        readable.emplace(m);
    const QString text
        = noticeText(m, patterns, readable ? &*readable : nullptr, &original, &result.recognised);
    if (cancelled(cancel)) {
        result.errorCode = ErrorCode::Cancelled;
        return result;
    }

    RecipientAssembler::Input in;
    MessageReader::Message withOriginal = m;
    withOriginal.original = original;
    in.message = &withOriginal;
    in.text = text;
    in.replies = ReplyExtractor::find(text, patterns);
    in.delayedWords = patterns.delayed.matches(QStringView(text).left(16 * 1024))
                      || patterns.delayed.matches(m.header("subject"));
    if (in.delayedWords)
        ReplyExtractor::markGaveUp(text, in.replies, patterns);
    in.raw = &input;
    // Only asked when no reply was found (it scans up to 16 KB: 5% of a whole run when asked
    // for every message).
    const auto failedWords = [&] {
        return patterns.failed.matches(QStringView(text).left(16 * 1024))
               || patterns.failed.matches(m.header("subject"));
    };
    static const QRegularExpression daemon(
        uR"(\b(?:mailer-daemon|postmaster|mail delivery (?:system|subsystem))\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    in.bounceLike = !in.replies.isEmpty() || failedWords() || in.delayedWords
                    || !m.deliveryStatus.isEmpty() || !m.header("x-failed-recipients").isEmpty()
                    || daemon.match(m.header("from")).hasMatch();

    const RecipientAssembler assembler(*m_matcher, patterns);
    qsizetype leftOut = 0;
    result.recipients = assembler.assemble(in, &leftOut);
    if (leftOut > 0) {
        result.notes.append({u"recipients-cut"_s, {u"1000"_s, QString::number(leftOut)}});
    }
    if (const qsizetype beyond = RecipientAssembler::failedRecipientsLeftOut(m); beyond > 0) {
        result.notes.append(
            {u"failed-recipients-header-cut"_s, {u"1000"_s, QString::number(beyond)}});
    }
    if (LimitNote note = notAddressesNote(result.recipients); !note.code.isEmpty())
        result.notes.append(note);
    if (readable) {
        readable->finish();
        readable->addSpans(result.recipients, in.replies);
        result.readable = readable->text();
    }

    copyOriginalFields(original, result);
    QStringList replies;
    for (const RecipientResult &r : std::as_const(result.recipients))
        replies << r.diagnostic;
    result.sender = SendingIdentity::find(original, replies);
    result.reportingMta
        = result.recipients.isEmpty() ? QString() : result.recipients.first().reportingMta;
    if (result.reportingMta.isEmpty())
        result.reportingMta = receivedBy(m);
    result.provider = providerOf(m, result.reportingMta, text, patterns);
    result.languages = languagesOf(text);

    addNotes(m, text, in.delayedWords, in.replies.size(), patterns, result);
    DecodeNotes unique;
    for (const DecodeNote &note : std::as_const(result.recognised)) {
        if (!unique.contains(note))
            unique << note;
    }
    result.recognised = unique;
    return result;
}

namespace {

// The next separator at or after `from`: "\nFrom " at a line start, followed by what a
// separator holds; -1 when there is none.
qsizetype nextMboxSeparator(const QByteArray &input, qsizetype from)
{
    qsizetype next = input.indexOf("\nFrom ", from);
    while (next >= 0 && next + 1 < input.size()
           && !BounceDecoder::isMbox(QByteArray::fromRawData(
               input.constData() + next + 1, std::min<qsizetype>(1000, input.size() - next - 1))))
        next = input.indexOf("\nFrom ", next + 1);
    return next;
}

// The number of ">" a ">From " line starts with (0 for other lines).
qsizetype fromQuotes(QByteArrayView line)
{
    qsizetype quotes = 0;
    while (quotes < line.size() && line.at(quotes) == '>')
        ++quotes;
    return quotes > 0 && line.sliced(quotes).startsWith("From ") ? quotes : 0;
}

// mboxrd: a ">From " line lost one ">" when it was stored; remember where, so that the
// positions of what is found (spans) still point into the mbox.
void unquoteMboxrd(const QByteArray &raw, BounceDecoder::MboxMessage &m)
{
    m.bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size();) {
        const qsizetype eol = raw.indexOf('\n', i);
        const qsizetype lineEnd = eol < 0 ? raw.size() : eol + 1;
        const bool quoted = fromQuotes(QByteArrayView(raw.constData() + i, lineEnd - i)) > 0;
        if (quoted)
            m.unquoted.append(m.bytes.size());
        m.bytes.append(raw.constData() + i + (quoted ? 1 : 0), lineEnd - i - (quoted ? 1 : 0));
        i = lineEnd;
    }
}

bool isBlank(const QByteArray &bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return std::isspace(uchar(c)); });
}

} // namespace

QList<BounceDecoder::MboxMessage> BounceDecoder::splitMbox(const QByteArray &rawInput)
{
    // An mbox with CR line ends: its separators are "\rFrom " (read as LF).
    const QByteArray input = !rawInput.contains('\n') && rawInput.contains('\r')
                                 ? MessageReader::normalizeLineEndings(rawInput)
                                 : rawInput;
    QList<MboxMessage> messages;
    qsizetype start = 0;
    while (start < input.size()) {
        const qsizetype next = nextMboxSeparator(input, start);
        const qsizetype end = next < 0 ? input.size() : next + 1;
        const qsizetype body = input.indexOf('\n', start); // after the separator line
        start = end;
        if (body < 0 || body >= end)
            continue;
        MboxMessage m;
        m.offset = body + 1;
        const QByteArray raw
            = QByteArray::fromRawData(input.constData() + m.offset, end - m.offset);
        if (raw.contains(">From "))
            unquoteMboxrd(raw, m);
        else
            m.bytes = QByteArray(raw.constData(), raw.size());
        // Two separator lines in a row leave nothing between them: not a message.
        if (isBlank(m.bytes))
            continue;
        m.source = u"#"_s + QString::number(messages.size() + 1);
        messages.append(m);
    }
    return messages;
}

qsizetype BounceDecoder::MboxMessage::inputPosition(qsizetype position) const
{
    return offset + position
           + (std::upper_bound(unquoted.begin(), unquoted.end(), position) - unquoted.begin());
}

DecodeResult BounceDecoder::decode(const MboxMessage &message,
                                   const std::atomic<bool> *cancel) const
{
    DecodeResult r = decode(message.bytes, cancel);
    r.source = message.source;
    for (RecipientResult &recipient : r.recipients) {
        for (auto &[start, length] : recipient.spans) {
            if (length <= 0)
                continue;
            const qsizetype from = message.inputPosition(start);
            length = message.inputPosition(start + length - 1) + 1 - from;
            start = from;
        }
    }
    return r;
}

QList<DecodeResult> BounceDecoder::decodeAll(const QByteArray &input,
                                             const std::atomic<bool> *cancel, int threads) const
{
    if (!isMbox(input) || input.size() > MaxInputSize)
        return {decode(input, cancel)};
    const QList<MboxMessage> messages = splitMbox(input);
    if (messages.isEmpty())
        return {decode(QByteArray(), cancel)}; // separator lines only: "the input is empty"
    QList<DecodeResult> results(messages.size());
    std::vector<char> stopped(size_t(messages.size()), 0); // not decoded, or cut short, by cancel
    parallelFor(
        messages.size(),
        [&](qsizetype i) {
            if (cancelled(cancel)) {
                stopped[size_t(i)] = 1;
                return;
            }
            results[i] = decode(messages.at(i), cancel);
            stopped[size_t(i)] = cancelled(cancel) && results.at(i).errorCode != ErrorCode::None;
        },
        threads);
    // The messages decoded before a cancel stay; then one result says the rest were not.
    const auto first = std::find(stopped.begin(), stopped.end(), 1);
    if (first != stopped.end()) {
        results.resize(first - stopped.begin());
        DecodeResult stop;
        stop.errorCode = ErrorCode::Cancelled;
        results << stop;
    }
    return results;
}

} // namespace BounceLens
