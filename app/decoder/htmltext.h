#pragma once

#include <QString>

namespace BounceLens {

// Reduces an HTML part to plain text with libxml2's HTML parser (which recovers from the tag
// soup mailers write): block elements and <br> become line breaks, script/style/head are
// dropped, entities are resolved. Used for HTML-only bounces (Gmail, Exchange, Chinese webmail).
class HtmlText
{
public:
    // tooDeep: set when elements nested too deeply (past depth 256) were left out, with their
    // text (and, when libxml2 stopped there, the rest of the document).
    static QString toPlainText(const QString &html, bool *tooDeep = nullptr);
};

} // namespace BounceLens
