#include "common/textfolding.h"

#include "common/chinesevariants.h"

namespace BounceLens {

namespace {

// The punctuation of Chinese text that NFKC leaves as it is.
char16_t asciiPunctuation(char16_t c)
{
    switch (c) {
    case 0x3002: // ideographic full stop: "5\u30022\u30022" is 5.2.2
    case 0xFF61:
        return u'.';
    case 0x3001: // ideographic comma
        return u',';
    case 0x300C: // corner brackets, curly quotes
    case 0x300D:
    case 0x300E:
    case 0x300F:
    case 0x201C:
    case 0x201D:
        return u'"';
    case 0x2018:
    case 0x2019:
        return u'\'';
    case 0x3010: // lenticular and tortoise shell brackets
    case 0x3014:
    case 0x3016:
        return u'[';
    case 0x3011:
    case 0x3015:
    case 0x3017:
        return u']';
    case 0x300A: // angle brackets
    case 0x3008:
        return u'<';
    case 0x300B:
    case 0x3009:
        return u'>';
    case 0x2010: // hyphen
    case 0x2011:
    case 0x2012:
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2015:
    case 0x2212: // minus
        return u'-';
    case 0x00B7: // middle dot
    case 0x30FB: // katakana middle dot
        return u' ';
    default:
        return c;
    }
}

} // namespace

QString TextFolding::fold(const QString &text, Spacing spacing)
{
    const ChineseVariants &variants = ChineseVariants::builtIn();
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString result;
    result.reserve(folded.size());
    bool pendingSpace = false;
    for (const QChar ch : folded) {
        if (ch.isSpace()) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        const QChar c(variants.toSimplified(asciiPunctuation(ch.unicode())));
        if (c == u' ') {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (!result.isEmpty() && spacing == Spacing::Words) {
            if (pendingSpace || isWide(c) != isWide(result.back()))
                result += u' ';
        } else if (pendingSpace && !isWide(c) && !isWide(result.back())) {
            result += u' ';
        }
        pendingSpace = false;
        result += c;
    }
    return result;
}

} // namespace BounceLens
