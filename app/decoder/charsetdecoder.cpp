// GMime (glib) comes first: glib names a struct member "signals", which Qt defines as a keyword.
#include <gmime/gmime.h>

#include "decoder/charsetdecoder.h"

#include <uchardet/uchardet.h>

#include "decoder/libhandles.h"

#include <QHash>
#include <QMutex>

#include <cerrno>
#include <cstring>
#include <mutex>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// uchardet only needs a sample to decide; more costs time and changes nothing.
constexpr qsizetype kDetectSample = 64 * 1024;

QByteArray widen(const QByteArray &charset)
{
    const QByteArray c = charset.trimmed().toLower();
    if (c == "gb2312" || c == "gbk" || c == "x-gbk" || c == "cp936" || c == "euc-cn"
        || c == "x-euc-cn" || c == "csgb2312" || c == "gb_2312-80" || c == "hz-gb-2312")
        return c == "hz-gb-2312" ? c : QByteArray("gb18030");
    if (c == "big5" || c == "x-big5" || c == "cn-big5" || c == "big-5" || c == "cp950")
        return "big5-hkscs";
    if (c == "iso-8859-1" || c == "latin1" || c == "iso_8859-1" || c == "us-ascii" || c == "ascii")
        return "windows-1252";
    if (c == "ks_c_5601-1987" || c == "euc-kr")
        return "cp949";
    if (c == "shift_jis" || c == "x-sjis" || c == "sjis")
        return "cp932";
    return c;
}

} // namespace

void CharsetDecoder::initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

bool CharsetDecoder::isAscii(const QByteArray &bytes)
{
    // Eight bytes at a time: any top bit set is a byte of 0x80 or more.
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
    for (; end - p >= 8; p += 8) {
        quint64 v;
        std::memcpy(&v, p, sizeof v);
        if (v & 0x8080808080808080ULL)
            return false;
    }
    for (; p < end; ++p) {
        if (uchar(*p) >= 0x80)
            return false;
    }
    return true;
}

bool CharsetDecoder::isKnown(const QByteArray &charset)
{
    const QByteArray c = charset.trimmed().toLower();
    if (c.isEmpty() || c == "us-ascii" || c == "utf-8" || c == "utf8")
        return true;
    static QMutex mutex;
    static QHash<QByteArray, bool> known;
    const QMutexLocker lock(&mutex);
    if (const auto it = known.constFind(c); it != known.constEnd())
        return *it;
    initGMime();
    iconv_t cd = g_mime_iconv_open("UTF-8", g_mime_charset_iconv_name(widen(c).constData()));
    const bool ok = cd != iconv_t(-1);
    if (ok)
        g_mime_iconv_close(cd);
    if (known.size() < 256) // names come from the input: keep the cache small
        known.insert(c, ok);
    return ok;
}

bool CharsetDecoder::isValidUtf8(const QByteArray &bytes)
{
    return g_utf8_validate(bytes.constData(), bytes.size(), nullptr);
}

QByteArray CharsetDecoder::detect(const QByteArray &bytes)
{
    const UchardetPtr detector(uchardet_new());
    if (!detector)
        return {};
    const QByteArray sample = bytes.left(kDetectSample);
    QByteArray result;
    if (uchardet_handle_data(detector.get(), sample.constData(), size_t(sample.size())) == 0) {
        uchardet_data_end(detector.get());
        result = uchardet_get_charset(detector.get());
    }
    return result;
}

bool CharsetDecoder::convert(const QByteArray &bytes, const QByteArray &charset, QString *out,
                             bool *unknown)
{
    initGMime();
    const char *name = g_mime_charset_iconv_name(charset.constData());
    iconv_t cd = g_mime_iconv_open("UTF-8", name);
    if (cd == iconv_t(-1)) {
        if (unknown)
            *unknown = true;
        return false;
    }
    QByteArray utf8;
    utf8.reserve(bytes.size() + bytes.size() / 2 + 16);
    char buffer[16384];
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    int invalid = 0;
    while (inLeft > 0) {
        char *o = buffer;
        size_t outLeft = sizeof buffer;
        const size_t rc = iconv(cd, &in, &inLeft, &o, &outLeft);
        utf8.append(buffer, qsizetype(o - buffer));
        if (rc == size_t(-1)) {
            if (errno == E2BIG)
                continue;
            // Invalid or truncated input: mark it and go on with the next byte.
            utf8.append("\xEF\xBF\xBD");
            ++in;
            --inLeft;
            ++invalid;
            iconv(cd, nullptr, nullptr, nullptr, nullptr);
        }
    }
    char *o = buffer;
    size_t outLeft = sizeof buffer;
    iconv(cd, nullptr, nullptr, &o, &outLeft); // flush shift states (ISO-2022-JP)
    utf8.append(buffer, qsizetype(o - buffer));
    g_mime_iconv_close(cd);
    // A wrong label shows as many invalid bytes: let the caller detect instead.
    if (invalid > 8 && invalid * 20 > bytes.size())
        return false;
    *out = QString::fromUtf8(utf8);
    return true;
}

CharsetDecoder::Result CharsetDecoder::decode(const QByteArray &bytes, const QByteArray &declared)
{
    Result r;
    const QByteArray d = declared.trimmed().toLower();
    const bool ascii = isAscii(bytes);
    if (ascii && !d.startsWith("iso-2022") && !d.startsWith("utf-7") && !d.startsWith("hz")) {
        r.text = QString::fromLatin1(bytes);
        r.charset = d.isEmpty() ? u"us-ascii"_s : QString::fromLatin1(d);
        return r;
    }
    if (d == "utf-8" || d == "utf8") {
        r.text = QString::fromUtf8(bytes);
        r.charset = u"utf-8"_s;
        if (isValidUtf8(bytes))
            return r;
        r.fallback = true; // labelled UTF-8 but is not: detect below
    } else if (!d.isEmpty() && d != "us-ascii" && d != "ascii" && d != "unknown-8bit"
               && d != "x-unknown") {
        if (convert(bytes, widen(d), &r.text, &r.unknown)) {
            r.charset = QString::fromLatin1(widen(d));
            return r;
        }
        r.fallback = true;
        if (r.unknown) {
            // Unknown to iconv: only an ASCII-compatible reading is safe; other bytes would be
            // guesses (EBCDIC and UTF-16 have no digits or letters in common with ASCII).
            r.text = QString::fromLatin1(bytes);
            r.charset = QString::fromLatin1(d);
            return r;
        }
    }
    if (isValidUtf8(bytes)) {
        r.text = QString::fromUtf8(bytes);
        r.charset = u"utf-8"_s;
        return r;
    }
    const QByteArray guess = detect(bytes).toLower();
    if (!guess.isEmpty() && guess != "ascii" && convert(bytes, widen(guess), &r.text)) {
        r.charset = QString::fromLatin1(widen(guess));
        return r;
    }
    // Last resort: every byte is a character, nothing is lost.
    r.text = QString::fromLatin1(bytes);
    r.charset = u"windows-1252"_s;
    r.fallback = true;
    return r;
}

} // namespace BounceLens
