#pragma once

#include <QString>

namespace BounceLens {

// Reduces an HTML part to plain text with libxml2's HTML parser (which recovers from the tag
// soup mailers write): block elements and <br> become line breaks, script/style/head are
// dropped, entities are resolved. Used for HTML-only bounces (Gmail, Exchange, Chinese webmail).
class HtmlText
{
public:
    static QString toPlainText(const QString &html);
};

} // namespace BounceLens
