#include "plaintext.h"

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

} // namespace BounceLens::PlainText
