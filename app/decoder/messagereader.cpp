// GMime (glib) comes first: glib names a struct member "signals", which Qt defines as a keyword.
#include <gmime/gmime.h>

#include "decoder/libhandles.h"

#include "decoder/messagereader.h"

#include "decoder/charsetdecoder.h"
#include "decoder/htmltext.h"
#include "decoder/mimeprescan.h"

#include <QByteArrayMatcher>
#include <QList>

#include <algorithm>
#include <cstring>
#include <optional>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

void initGMime()
{
    CharsetDecoder::initGMime();
}

GMimeParserOptions *parserOptions()
{
    static GMimeParserOptions *options = [] {
        initGMime();
        GMimeParserOptions *o = g_mime_parser_options_new();
        g_mime_parser_options_set_rfc2047_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_address_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_parameter_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        static const char *fallback[] = {"UTF-8", "GB18030", "windows-1252", nullptr};
        g_mime_parser_options_set_fallback_charsets(o, fallback);
        return o;
    }();
    return options;
}

// Folded lines joined: each line break (CRLF or LF) and the blanks after it become one space.
// One pass over raw chars (it appended char by char: a tenth of reading a message's headers).
QByteArray unfold(const QByteArray &raw)
{
    QByteArray out(raw.size(), Qt::Uninitialized); // never longer than the input
    char *const begin = out.data();
    char *o = begin;
    const char *p = raw.constData();
    const char *const end = p + raw.size();
    while (p < end) {
        char c = *p++;
        if (c == '\r' && p < end && *p == '\n')
            c = *p++; // CRLF as LF
        if (c == '\n') {
            if (o == begin || o[-1] != ' ')
                *o++ = ' ';
            while (p < end && (*p == ' ' || *p == '\t'))
                ++p;
            continue;
        }
        *o++ = c == '\t' ? ' ' : c;
    }
    out.truncate(o - begin);
    return out.trimmed();
}

bool isFieldNameChar(char c)
{
    return c > 32 && c < 127 && c != ':';
}

// The bytes of a part with its transfer encoding undone; at most `limit` bytes. total: the
// decoded size, when given.
QByteArray partContent(GMimePart *part, qsizetype limit, qsizetype *total = nullptr)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
    if (!wrapper)
        return {};
    const GObjectPtr<GMimeStream> mem(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(wrapper, mem.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.get()));
    if (total)
        *total = qsizetype(bytes->len);
    return QByteArray(reinterpret_cast<const char *>(bytes->data),
                      qsizetype(qMin<guint>(bytes->len, guint(limit))));
}

QString megabytes(qsizetype bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}

// The note for a text longer than kMaxTextPart (issue 25: said, not dropped in silence).
LimitNote textCutNote(qsizetype total)
{
    return {u"text-part-cut"_s,
            {megabytes(total), megabytes(MessageReader::kMaxTextPart),
             megabytes(total - MessageReader::kMaxTextPart)}};
}

DecodeNote nulNote()
{
    return {u"nul-removed"_s, {}};
}

// The decoder reads only these headers; decoding the others is wasted work. Received-SPF, DKIM
// and Authentication-Results name the sending identity (SendingIdentity, issue 20).
bool isUsedHeader(const QByteArray &name)
{
    static const char *const used[] = {"from",
                                       "to",
                                       "cc",
                                       "subject",
                                       "date",
                                       "message-id",
                                       "x-failed-recipients",
                                       "sender",
                                       "return-path",
                                       "reply-to",
                                       "auto-submitted",
                                       "x-mailer",
                                       "received",
                                       "received-spf",
                                       "dkim-signature",
                                       "authentication-results",
                                       "arc-authentication-results"};
    for (const char *u : used) {
        if (name == u)
            return true;
    }
    return name.startsWith("x-ms-exchange") || name.startsWith("x-postfix");
}

MessageReader::Headers readHeaders(GMimeObject *object)
{
    MessageReader::Headers result;
    GMimeHeaderList *list = g_mime_object_get_header_list(object);
    const int count = list ? g_mime_header_list_get_count(list) : 0;
    // Raw 8-bit header text in an undeclared charset: detect it once for the whole block.
    QByteArray eightBit;
    QList<QPair<QByteArray, QByteArray>> raw;
    for (int i = 0; i < count && i < 1000; ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(list, i);
        const QByteArray name = QByteArray(g_mime_header_get_name(h)).toLower();
        if (!isUsedHeader(name)
            || (name == "received" && !raw.isEmpty() && raw.last().first == name))
            continue;
        const QByteArray value = g_mime_header_get_raw_value(h);
        raw.append({name, value});
        if (!CharsetDecoder::isAscii(value))
            eightBit.append(value);
    }
    QByteArray hint;
    if (!eightBit.isEmpty() && !CharsetDecoder::isValidUtf8(eightBit))
        hint = CharsetDecoder::detect(eightBit);
    for (const auto &[name, value] : raw)
        result.append({QString::fromLatin1(name), MessageReader::decodeHeaderValue(value, hint)});
    return result;
}

QString find(const MessageReader::Headers &headers, const char *name)
{
    const QLatin1StringView n(name);
    for (const auto &h : headers) {
        if (h.first == n)
            return h.second;
    }
    return {};
}

// Text that is mostly control characters or replacement marks was not text (bad base64).
bool isJunk(const QString &text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), 4096);
    qsizetype bad = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 32 && c != u'\n' && c != u'\r' && c != u'\t') || c == 0xFFFD
            || (c >= 0x7F && c < 0xA0))
            ++bad;
    }
    return n >= 16 && bad * 5 > n;
}

DecodeNote htmlTooDeepNote()
{
    return {u"html-depth-cut"_s, {}};
}

// GLib's type checks (macros with branches of their own), one named function each.
bool isMultipart(GMimeObject *object)
{
    return GMIME_IS_MULTIPART(object);
}

bool isMessagePart(GMimeObject *object)
{
    return GMIME_IS_MESSAGE_PART(object);
}

bool isLeafPart(GMimeObject *object)
{
    return GMIME_IS_PART(object);
}

// The part's MIME type in lower case ("text/plain" when it declares none).
QByteArray mimeTypeOf(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (!type)
        return "text/plain";
    char *name = g_mime_content_type_get_mime_type(type); // allocated
    QByteArray mime = QByteArray(name).toLower();
    g_free(name);
    return mime;
}

// A part that holds the original message's headers (or the whole original, read for them).
bool isHeadersType(const QByteArray &mime)
{
    return mime == "text/rfc822-headers" || mime == "text/rfc822-header" || mime == "message/rfc822"
           || mime == "message/global-headers" || mime == "message/global";
}

class Walker
{
public:
    Walker(MessageReader::Message &m, const std::atomic<bool> *cancel)
        : m_m(m)
        , m_cancel(cancel)
    {}

    void walk(GMimeObject *object, int depth)
    {
        if (!object || (m_cancel && m_cancel->load()))
            return;
        if (depth > MessageReader::kMaxDepth) {
            ++m_tooDeep; // said once the walk is done (finish())
            return;
        }
        if (++m_m.parts > MessageReader::kMaxParts)
            return; // counted, said in finish()
        if (isMultipart(object)) {
            walkMultipart(GMIME_MULTIPART(object), depth);
            return;
        }
        const QByteArray mime = mimeTypeOf(object);
        if (isMessagePart(object))
            readMessagePart(GMIME_MESSAGE_PART(object));
        else if (isLeafPart(object))
            readPart(GMIME_PART(object), mime);
    }

    // The limits the walk reached, with how much they left out (issue 25).
    void finish()
    {
        if (m_tooDeep > 0) {
            m_m.limits.append(
                {u"mime-depth-cut"_s,
                 {QString::number(MessageReader::kMaxDepth), QString::number(m_tooDeep)}});
        }
        if (m_m.parts > MessageReader::kMaxParts) {
            m_m.limits.append({u"mime-parts-cut"_s,
                               {QString::number(MessageReader::kMaxParts),
                                QString::number(m_m.parts - MessageReader::kMaxParts)}});
            m_m.parts = MessageReader::kMaxParts;
        }
        if (m_htmlTooDeep)
            m_m.limits.append(htmlTooDeepNote());
    }

    void htmlTooDeep() { m_htmlTooDeep = true; }

private:
    void note(const QString &code, const QStringList &args = {})
    {
        const DecodeNote n{code, args};
        if (!m_m.notes.contains(n))
            m_m.notes.append(n);
    }

    void walkMultipart(GMimeMultipart *multipart, int depth)
    {
        const int n = g_mime_multipart_get_count(multipart);
        if (n == 0) {
            readPrologue(multipart);
            return;
        }
        for (int i = 0; i < n; ++i)
            walk(g_mime_multipart_get_part(multipart, i), depth + 1);
    }

    // A boundary that never occurs (broken or anonymised messages): everything is in the
    // prologue. Read it as text rather than lose the notice.
    void readPrologue(GMimeMultipart *multipart)
    {
        const char *prologue = g_mime_multipart_get_prologue(multipart);
        if (!prologue || !*prologue)
            return;
        const auto decoded
            = CharsetDecoder::decode(QByteArray(prologue).left(MessageReader::kMaxTextPart));
        m_m.texts.append({decoded.text, false, decoded.charset});
        if (m_m.charset.isEmpty())
            m_m.charset = decoded.charset;
        note(u"boundary-missing"_s);
    }

    void readMessagePart(GMimeMessagePart *part)
    {
        GMimeMessage *inner = g_mime_message_part_get_message(part);
        if (inner && m_m.original.isEmpty()) {
            m_m.original = readHeaders(GMIME_OBJECT(inner));
            note(u"original-included"_s);
        }
    }

    void readPart(GMimePart *part, const QByteArray &mime)
    {
        const QByteArray declared
            = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
        if (mime == "message/delivery-status" || mime == "message/global-delivery-status")
            readDeliveryStatus(part, declared);
        else if (isHeadersType(mime))
            readHeadersPart(part, declared);
        else if (mime.startsWith("text/"))
            readText(part, mime, declared);
    }

    // A text part's bytes, up to kMaxTextPart; a longer part is said in the limits.
    QByteArray readContent(GMimePart *part)
    {
        qsizetype total = 0;
        QByteArray bytes = partContent(part, MessageReader::kMaxTextPart, &total);
        if (total > MessageReader::kMaxTextPart && !m_m.limits.contains(textCutNote(total)))
            m_m.limits.append(textCutNote(total));
        return bytes;
    }

    void readDeliveryStatus(GMimePart *part, const QByteArray &declared)
    {
        const auto decoded = CharsetDecoder::decode(readContent(part), declared);
        m_m.deliveryStatus.append(decoded.text);
        m_m.deliveryStatus.append(u"\n\n"_s);
        note(u"dsn-included"_s);
    }

    void readHeadersPart(GMimePart *part, const QByteArray &declared)
    {
        if (!m_m.original.isEmpty())
            return;
        const auto decoded = CharsetDecoder::decode(partContent(part, 1024 * 1024), declared);
        m_m.original = MessageReader::parseHeaderBlock(decoded.text);
        note(u"original-headers-included"_s);
    }

    // A non-empty plain text has been read (the plain alternative of multipart/alternative).
    bool hasPlainText() const
    {
        return std::any_of(m_m.texts.cbegin(), m_m.texts.cend(),
                           [](const auto &t) { return !t.html && !t.text.trimmed().isEmpty(); });
    }

    // False when the text could not be read (unknown charset, damaged data): said in the notes.
    bool readable(const CharsetDecoder::Result &decoded, GMimePart *part,
                  const QByteArray &declared)
    {
        if (decoded.unknown) {
            note(u"charset-unreadable"_s, {QString::fromLatin1(declared)});
            m_m.unreadable = true;
            if (m_m.charset.isEmpty())
                m_m.charset = decoded.charset;
            return false;
        }
        if (isJunk(decoded.text)) {
            note(u"part-damaged"_s, {QString::fromLatin1(g_mime_content_encoding_to_string(
                                        g_mime_part_get_content_encoding(part)))});
            m_m.unreadable = true;
            return false;
        }
        return true;
    }

    // A declared charset that is unknown or wrong is said in the notes.
    void noteCharset(const CharsetDecoder::Result &decoded, const QByteArray &declared)
    {
        if (!declared.isEmpty() && !CharsetDecoder::isKnown(declared)) {
            note(u"charset-read-as-ascii"_s, {QString::fromLatin1(declared)});
        } else if (decoded.fallback && !declared.isEmpty()) {
            note(u"charset-wrong"_s, {QString::fromLatin1(declared), decoded.charset});
        }
    }

    void readText(GMimePart *part, const QByteArray &mime, const QByteArray &declared)
    {
        // The plain alternative came first (multipart/alternative): the HTML says the same.
        if (mime == "text/html" && hasPlainText())
            return;
        QByteArray bytes = readContent(part);
        if (bytes.contains('\0')) {
            // Encoded NULs (quoted-printable =00, base64): removed, as raw ones are.
            bytes.replace('\0', QByteArrayView());
            note(nulNote().code);
        }
        const auto decoded = CharsetDecoder::decode(bytes, declared);
        if (!readable(decoded, part, declared))
            return;
        noteCharset(decoded, declared);
        MessageReader::TextPart text;
        text.charset = decoded.charset;
        text.html = mime == "text/html";
        bool tooDeep = false;
        text.text = text.html ? HtmlText::toPlainText(decoded.text, &tooDeep) : decoded.text;
        if (text.html)
            note(u"html-as-text"_s);
        if (tooDeep)
            htmlTooDeep();
        if (m_m.charset.isEmpty() || (m_m.charset == u"us-ascii" && !decoded.charset.isEmpty()))
            m_m.charset = decoded.charset;
        m_m.texts.append(text);
    }

    MessageReader::Message &m_m;
    const std::atomic<bool> *m_cancel;
    int m_tooDeep = 0;
    bool m_htmlTooDeep = false;
};

} // namespace

QString MessageReader::Message::header(const char *name) const
{
    return find(headers, name);
}

QString MessageReader::Message::originalHeader(const char *name) const
{
    return find(original, name);
}

namespace {

// value.contains("=?"), with memchr: most header values have no '=' at all.
bool hasEncodedWordStart(const QByteArray &value)
{
    const char *p = value.constData();
    const char *const end = p + value.size();
    while (p < end) {
        const void *eq = std::memchr(p, '=', size_t(end - p));
        if (!eq)
            return false;
        p = static_cast<const char *>(eq) + 1;
        if (p < end && *p == '?')
            return true;
    }
    return false;
}

} // namespace

QString MessageReader::decodeHeaderValue(const QByteArray &raw, const QByteArray &charsetHint)
{
    initGMime();
    QByteArray value = unfold(raw);
    if (!CharsetDecoder::isAscii(value) && !CharsetDecoder::isValidUtf8(value))
        value = CharsetDecoder::decode(value, charsetHint).text.toUtf8();
    if (!hasEncodedWordStart(value))
        return QString::fromUtf8(value);
    return decodeEncodedWords(value).simplified();
}

namespace {

// One RFC 2047 encoded word, "=?charset?B|Q?text?=", its bytes decoded.
struct EncodedWord
{
    qsizetype end = 0;  // after its "?="
    QByteArray charset; // lower case, without an RFC 2231 language
    QByteArray bytes;
};

// Q encoding: "_" is a space, "=XX" a byte.
QByteArray decodeQ(QByteArrayView payload)
{
    QByteArray bytes;
    bytes.reserve(payload.size());
    for (qsizetype i = 0; i < payload.size(); ++i) {
        const char c = payload.at(i);
        if (c == '_') {
            bytes += ' ';
        } else if (c == '=' && i + 2 < payload.size() && isxdigit(uchar(payload.at(i + 1)))
                   && isxdigit(uchar(payload.at(i + 2)))) {
            bytes += char(QByteArray::fromHex(payload.sliced(i + 1, 2).toByteArray()).at(0));
            i += 2;
        } else {
            bytes += c;
        }
    }
    return bytes;
}

// The encoded word starting at `start` (where "=?" stands), without whitespace inside (the
// charset ends at the next '?'); nothing when the "=?" does not start one.
std::optional<EncodedWord> encodedWordAt(const QByteArray &value, qsizetype start)
{
    const qsizetype q1 = value.indexOf('?', start + 2);
    if (q1 <= start + 2 || q1 + 2 >= value.size() || value.at(q1 + 2) != '?'
        || !QByteArrayView("BbQq").contains(value.at(q1 + 1)))
        return std::nullopt;
    const qsizetype q2 = q1 + 2;
    const qsizetype end = value.indexOf("?=", q2 + 1);
    if (end < 0)
        return std::nullopt;
    for (qsizetype i = start + 2; i < end; ++i) {
        if (uchar(value.at(i)) <= ' ')
            return std::nullopt;
    }
    EncodedWord word;
    word.end = end + 2;
    word.charset = value.mid(start + 2, q1 - start - 2).toLower();
    if (const qsizetype star = word.charset.indexOf('*'); star >= 0)
        word.charset.truncate(star);
    const QByteArrayView payload(value.constData() + q2 + 1, end - q2 - 1);
    if (char(value.at(q1 + 1) | 0x20) == 'b')
        word.bytes = QByteArray::fromBase64(payload.toByteArray());
    else
        word.bytes = decodeQ(payload);
    return word;
}

// Joins decoded words and the text between them: the bytes of adjacent words in one charset
// are converted together (mail clients split a multi-byte character across two words).
class WordJoiner
{
public:
    void addText(QByteArrayView text)
    {
        flush();
        m_out += QString::fromUtf8(text);
    }
    // between: the text since the previous word (dropped when the words are adjacent).
    void addWord(const EncodedWord &word, QByteArrayView between, bool adjacent)
    {
        if (!adjacent || word.charset != m_charset) {
            flush();
            if (!adjacent)
                m_out += QString::fromUtf8(between);
        }
        m_charset = word.charset;
        m_pending += word.bytes;
    }
    QString take() { return std::move(m_out); }

private:
    void flush()
    {
        if (!m_pending.isEmpty())
            m_out += CharsetDecoder::decode(m_pending, m_charset).text;
        m_pending.clear();
    }

    QString m_out;
    QByteArray m_pending; // bytes of adjacent words in m_charset
    QByteArray m_charset;
};

} // namespace

QString MessageReader::decodeEncodedWords(const QByteArray &value)
{
    // RFC 2047 encoded words, each decoded on its own. (GMime 3.2.13's
    // g_mime_utils_header_decode_text stops after a padded base64 word followed by another:
    // "=?UTF-8?B?UmU6IOWFsw==?= =?UTF-8?B?5LqO...?=" gave "Re: " and the first character only.)
    // Whitespace between two adjacent words is dropped (RFC 2047 section 6.2); the bytes of
    // adjacent words in one charset are joined before conversion (WordJoiner). The charset
    // conversion is GMime's (through CharsetDecoder). Linear in the value's length.
    WordJoiner joined;
    qsizetype pos = 0;
    qsizetype lastWordEnd = -1; // end of the previous encoded word, when only words so far
    while (pos < value.size()) {
        const qsizetype start = value.indexOf("=?", pos);
        if (start < 0)
            break;
        const std::optional<EncodedWord> word = encodedWordAt(value, start);
        if (!word) {
            // Not an encoded word: the "=?" is text.
            joined.addText(QByteArrayView(value.constData() + pos, start + 2 - pos));
            pos = start + 2;
            lastWordEnd = -1;
            continue;
        }
        // The text between the previous word and this one: dropped when only whitespace.
        const QByteArrayView between(value.constData() + pos, start - pos);
        joined.addWord(*word, between, lastWordEnd == pos && between.trimmed().isEmpty());
        pos = word->end;
        lastWordEnd = pos;
    }
    joined.addText(QByteArrayView(value.constData() + pos, value.size() - pos));
    return joined.take();
}

QByteArray MessageReader::normalizeLineEndings(const QByteArray &input)
{
    if (!input.contains('\r'))
        return input;
    QByteArray out(input.size(), Qt::Uninitialized); // never longer than the input
    char *const begin = out.data();
    char *o = begin;
    const char *p = input.constData();
    const char *const end = p + input.size();
    while (p < end) {
        // Up to the next CR in one copy, then the CR (with its LF) as one LF.
        const void *cr = std::memchr(p, '\r', size_t(end - p));
        const char *stop = cr ? static_cast<const char *>(cr) : end;
        std::memcpy(o, p, size_t(stop - p));
        o += stop - p;
        p = stop;
        if (p < end) {
            *o++ = '\n';
            p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
        }
    }
    out.truncate(o - begin);
    return out;
}

namespace {

bool isKnownField(QByteArrayView name)
{
    static const char *const known[] = {"from",
                                        "to",
                                        "subject",
                                        "date",
                                        "received",
                                        "return-path",
                                        "message-id",
                                        "mime-version",
                                        "content-type",
                                        "delivered-to",
                                        "reply-to",
                                        "sender",
                                        "x-failed-recipients",
                                        "auto-submitted",
                                        "dkim-signature",
                                        "arc-seal",
                                        "authentication-results",
                                        "x-original-to"};
    const QByteArray lower = name.toByteArray().toLower();
    return std::any_of(std::begin(known), std::end(known),
                       [&](const char *k) { return lower == k; });
}

// The length of the field name of a "Name: value" line, else -1.
qsizetype fieldNameLength(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && isFieldNameChar(line.at(i)))
        ++i;
    if (i == 0 || i >= line.size() || line.at(i) != ':')
        return -1;
    return i;
}

// The line at `pos` without its line ending; pos moves to the next line.
QByteArrayView lineAt(const QByteArray &input, qsizetype &pos)
{
    qsizetype end = input.indexOf('\n', pos);
    if (end < 0)
        end = input.size();
    QByteArrayView line(input.constData() + pos, end - pos);
    if (line.endsWith('\r'))
        line.chop(1);
    pos = end + 1;
    return line;
}

} // namespace

bool MessageReader::looksLikeMessage(const QByteArray &input)
{
    int fields = 0;
    bool knownField = false;
    qsizetype pos = 0;
    // Skip an mbox separator line.
    if (input.startsWith("From ")) {
        pos = input.indexOf('\n');
        if (pos < 0)
            return false;
        ++pos;
    }
    // The first 40 fields, however many folded lines they have (issue 25: a block opening with
    // a field of 40 folded lines is still headers), within the header limit. When that limit
    // is reached inside well-formed fields, the input is a message.
    const qsizetype scanEnd = std::min(input.size(), pos + MimePrescan::kMaxHeaderBytes);
    while (fields < 40 && pos < input.size()) {
        if (pos >= scanEnd)
            return fields >= 1;
        const QByteArrayView l = lineAt(input, pos);
        if (l.isEmpty())
            break;
        if (l.front() == ' ' || l.front() == '\t') {
            if (fields == 0)
                return false;
            continue;
        }
        const qsizetype nameLength = fieldNameLength(l);
        if (nameLength < 0)
            return false;
        ++fields;
        knownField = knownField || isKnownField(l.first(nameLength));
    }
    return knownField && fields >= 1;
}

namespace {

// "Name:" with a printable ASCII name before the colon at `colon`.
bool isFieldLine(QStringView line, qsizetype colon)
{
    if (colon <= 0)
        return false;
    const QStringView name = line.first(colon);
    return std::all_of(name.begin(), name.end(),
                       [](QChar c) { return c.unicode() > 32 && c.unicode() < 127; });
}

// Reads the lines of a header block one by one (MessageReader::parseHeaderBlock).
class HeaderBlockReader
{
public:
    enum class Step { More, End, NotHeaders };

    Step read(QStringView line)
    {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const bool nothingYet = m_name.isEmpty() && m_result.isEmpty();
        if (line.trimmed().isEmpty())
            return nothingYet ? Step::More : Step::End; // empty lines before the block are skipped
        if ((line.front() == u' ' || line.front() == u'\t') && !m_name.isEmpty()) {
            m_raw.append(' ');
            m_raw.append(line.trimmed().toUtf8());
            return Step::More;
        }
        const qsizetype colon = line.indexOf(u':');
        if (!isFieldLine(line, colon))
            return nothingYet ? Step::NotHeaders : Step::End;
        flush();
        m_name = line.left(colon).toLatin1().toLower();
        m_raw = line.mid(colon + 1).trimmed().toUtf8();
        if (!isUsedHeader(m_name))
            m_name = "-"; // kept as a placeholder: continuation lines still belong to it
        return Step::More;
    }

    MessageReader::Headers finish()
    {
        flush();
        return std::move(m_result);
    }

private:
    void flush()
    {
        if (!m_name.isEmpty() && m_name != "-")
            m_result.append({QString::fromLatin1(m_name), MessageReader::decodeHeaderValue(m_raw)});
        m_name.clear();
        m_raw.clear();
    }

    MessageReader::Headers m_result;
    QByteArray m_raw;
    QByteArray m_name;
};

} // namespace

MessageReader::Headers MessageReader::parseHeaderBlock(const QString &text)
{
    HeaderBlockReader reader;
    int lines = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (++lines > 2000)
            break;
        const HeaderBlockReader::Step step = reader.read(line);
        if (step == HeaderBlockReader::Step::NotHeaders)
            return {}; // not a header block
        if (step == HeaderBlockReader::Step::End)
            break;
    }
    return reader.finish();
}

QByteArray MessageReader::withoutOriginalBody(const QByteArray &input)
{
    // The notice and the report come first; the copy of the original message, with its
    // attachments, last (RFC 3464). Keep the original's headers and drop its body: nothing is
    // read there, and parsing its MIME tree is most of the work for small bounces too.
    static const QByteArrayMatcher rfc822("message/rfc822");
    const qsizetype type = rfc822.indexIn(input);
    if (type < 0 || type > kTruncateAbove)
        return input;
    if (input.size() < kTruncateAbove) {
        // A report placed after the original (out of order) must not be cut off.
        static const QByteArrayMatcher report("delivery-status");
        if (report.indexIn(input, type) >= 0)
            return input;
    }
    // The end of a header block: an empty line, whatever the line endings.
    const bool cr = QByteArrayView(input.constData(), std::min<qsizetype>(input.size(), 65536))
                        .contains('\r');
    auto blankLine = [&](qsizetype from) -> qsizetype {
        constexpr qsizetype kMaxHeaderBlock = 256 * 1024;
        const QByteArrayView window(input.constData() + from,
                                    std::min(kMaxHeaderBlock, input.size() - from));
        qsizetype best = -1;
        for (const char *blank : {"\n\n", "\r\n\r\n", "\r\r"}) {
            if (blank[0] == '\r' && !cr)
                continue;
            const qsizetype at = window.indexOf(QByteArrayView(blank));
            if (at >= 0 && (best < 0 || at < best))
                best = at + qsizetype(qstrlen(blank));
        }
        return best < 0 ? -1 : from + best;
    };
    const qsizetype partHeadersEnd = blankLine(type);
    if (partHeadersEnd < 0)
        return input;
    const qsizetype originalHeadersEnd = blankLine(partHeadersEnd);
    if (originalHeadersEnd < 0 || originalHeadersEnd > partHeadersEnd + kTruncateAbove)
        return input;
    return input.left(originalHeadersEnd);
}

MessageReader::Message MessageReader::read(const QByteArray &rawInput,
                                           const std::atomic<bool> *cancel)
{
    Message m;
    QByteArray input = normalizeLineEndings(withoutOriginalBody(rawInput));
    if (input.contains('\0')) {
        // NUL bytes (a broken client, a damaged header) would end GMime's and Qt's strings.
        input.replace('\0', QByteArrayView());
        m.notes.append(nulNote());
    }
    if (input.size() < rawInput.size() / 2 && rawInput.size() > kTruncateAbove)
        m.notes.append({u"original-body-skipped"_s, {}});
    if (!looksLikeMessage(input)) {
        if (input.size() > kMaxTextPart)
            m.limits.append(textCutNote(input.size()));
        const auto decoded = CharsetDecoder::decode(input.left(kMaxTextPart));
        m.texts.append({decoded.text, false, decoded.charset});
        m.charset = decoded.charset;
        // Pasted HTML (copied source of a web mail page) is read as HTML.
        const QString start = decoded.text.left(2048).trimmed().toLower();
        if (start.startsWith(u"<!doctype html"_s) || start.startsWith(u"<html"_s)) {
            bool tooDeep = false;
            m.texts.last().text = HtmlText::toPlainText(decoded.text, &tooDeep);
            if (tooDeep)
                m.limits.append(htmlTooDeepNote());
            m.texts.last().html = true;
        }
        m.notes.append({u"no-headers"_s, {}});
        return m;
    }
    m.mime = true;
    // Parts, header lines, parameters and address groups bounded before GMime builds its tree.
    MimePrescan::Result bounded = MimePrescan::limit(input);
    input = std::move(bounded.input);
    m.limits.append(bounded.notes);
    GMimeParserOptions *options = parserOptions();
    GObjectPtr<GMimeMessage> message;
    {
        const GObjectPtr<GMimeStream> stream(
            g_mime_stream_mem_new_with_buffer(input.constData(), size_t(input.size())));
        const GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
        g_mime_parser_set_format(parser.get(), input.startsWith("From ") ? GMIME_FORMAT_MBOX
                                                                         : GMIME_FORMAT_MESSAGE);
        message.reset(g_mime_parser_construct_message(parser.get(), options));
    }
    if (!message) {
        const auto decoded = CharsetDecoder::decode(input.left(kMaxTextPart));
        m.texts.append({decoded.text, false, decoded.charset});
        m.charset = decoded.charset;
        m.notes.append({u"structure-unparsed"_s, {}});
        return m;
    }
    m.headers = readHeaders(GMIME_OBJECT(message.get()));
    Walker walker(m, cancel);
    walker.walk(g_mime_message_get_mime_part(message.get()), 1);
    walker.finish();
    if (m.charset.isEmpty())
        m.charset = u"us-ascii"_s;
    return m;
}

} // namespace BounceLens
