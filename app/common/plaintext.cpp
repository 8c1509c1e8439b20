#include "common/plaintext.h"

namespace BounceLens::PlainText {

using namespace Qt::Literals::StringLiterals;

QString toolTip(const QString &text)
{
    if (!text.contains(u'<') && !text.contains(u'&'))
        return text;
    return u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}

QString forHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString terminalSafe(const QString &text)
{
    auto unsafe = [](char16_t c) {
        return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7F && c < 0xA0);
    };
    qsizetype first = 0;
    while (first < text.size() && !unsafe(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text;
    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (unsafe(c)) {
            out += u"\\x"_s;
            out += QString::number(c, 16).rightJustified(2, u'0');
        } else {
            out += QChar(c);
        }
    }
    return out;
}

} // namespace BounceLens::PlainText
