#pragma once

#include <QString>

namespace BounceLens {

// The one normal form in which search compares text, applied alike to what the user types and to
// the entries' texts:
//   - Unicode NFKC: full-width digits, letters and punctuation from a Chinese input method become
//     ASCII ("U+FF15 U+FF0E U+FF17 ..." -> "5.7.1", U+FF0C -> ",");
//   - the Chinese punctuation NFKC keeps: U+3002 -> ".", U+3001 -> ",", quotes and brackets to
//   ASCII;
//   - case folding;
//   - Traditional Chinese characters to Simplified (ChineseVariants);
//   - whitespace collapsed to one space; with Spacing::Compact also removed next to Chinese
//     characters, which are not separated by spaces ("Google <han>" -> "google<han>"), so that
//     a phrase is found however the spaces were typed; with Spacing::Words a space is put
//     between Chinese and other characters instead, so that "DKIM<han>" is two words.
class TextFolding
{
public:
    enum class Spacing { Compact, Words };
    static QString fold(const QString &text, Spacing spacing = Spacing::Compact);
    // Chinese (or other wide) characters, between which no spaces are written.
    static bool isWide(QChar c) { return c.unicode() >= 0x2E80; }
};

} // namespace BounceLens
