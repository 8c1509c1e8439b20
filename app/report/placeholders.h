#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace BounceLens {

// Gmail's reply texts in the code table hold placeholders ({domain-name}, {ip-address},
// {address}, {limit}, ...) where the real reply names the domain, address or number. This fills
// them from the reply a bounce quotes: each placeholder is looked for between the words that
// surround it in the entry's English text, so that a reply reworded elsewhere (another help
// link, brackets around an address) still gives its values. Placeholders the reply does not
// fill stay as they are.
class Placeholders
{
public:
    // Placeholder name (without braces) and the value the reply gives, in the order of the
    // placeholders in the template. Names may repeat ({limit} twice).
    using Values = QList<QPair<QString, QString>>;

    // templateText: the entry's English text; reply: the reply as the server sent it.
    static Values find(const QString &templateText, const QString &reply);
    // text with its placeholders replaced: the n-th {name} takes the n-th value found for name
    // (or the last one when the reply gave fewer).
    static QString fill(const QString &text, const Values &values);
    // Both at once: text (any language) filled from what the reply gives for templateText.
    static QString fill(const QString &text, const QString &templateText, const QString &reply);
    // True when text still holds a {placeholder}.
    static bool hasPlaceholder(const QString &text);
};

} // namespace BounceLens
