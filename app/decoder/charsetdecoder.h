#pragma once

#include <QByteArray>
#include <QString>

namespace BounceLens {

// Turns bytes in some charset into text, through GMime's iconv wrappers (which know the
// charset aliases mail uses: gb2312, x-gbk, big5, iso-2022-jp, windows-125x, ...).
// Declared charsets are widened to their supersets (GB2312 and GBK to GB18030, Big5 to
// Big5-HKSCS, ISO-8859-1 to Windows-1252) because mail clients label text with the narrow name
// and use the wide one. Undeclared 8-bit text is UTF-8 when it is valid UTF-8, else what
// uchardet detects. Invalid bytes become U+FFFD: text is never dropped and nothing throws.
class CharsetDecoder
{
public:
    struct Result
    {
        QString text;
        QString charset;       // the charset used, lower case ("utf-8", "gb18030")
        bool fallback = false; // the declared charset was unknown or wrong: detected instead
        bool unknown = false;  // the declared charset is unknown (and the bytes are not ASCII)
    };

    // declared: the charset parameter (may be empty). Thread-safe.
    static Result decode(const QByteArray &bytes, const QByteArray &declared = {});
    // uchardet's guess for 8-bit bytes ("GB18030", "BIG5", ...); empty when it has none.
    static QByteArray detect(const QByteArray &bytes);
    static bool isAscii(const QByteArray &bytes);
    // True when iconv (through GMime's aliases) knows the charset.
    static bool isKnown(const QByteArray &charset);
    static bool isValidUtf8(const QByteArray &bytes);
    // GMime must be initialised once before its converters or parser are used (thread-safe).
    static void initGMime();

private:
    static bool convert(const QByteArray &bytes, const QByteArray &charset, QString *out,
                        bool *unknown = nullptr);
};

} // namespace BounceLens
