#include "decoder/addresses.h"

#include <QStringView>
#include <QUrl>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype kMaxAddress = 254;
constexpr qsizetype kMaxLocalPart = 64;
constexpr qsizetype kMaxLabel = 63;

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c < 0xA0);
}

// RFC 5322 atext, and any non-ASCII character that is not a space or a control (RFC 6531).
bool isAtext(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x80)
        return !isControl(u) && !c.isSpace() && c.category() != QChar::Other_Format;
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
        return true;
    return u"!#$%&'*+-/=?^_`{|}~"_s.contains(c);
}

bool isDotAtom(QStringView text)
{
    if (text.isEmpty() || text.front() == u'.' || text.back() == u'.')
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'.') {
            if (text.at(i - 1) == u'.')
                return false;
        } else if (!isAtext(c)) {
            return false;
        }
    }
    return true;
}

bool isQuotedString(QStringView text)
{
    if (text.size() < 2 || text.front() != u'"' || text.back() != u'"')
        return false;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (isControl(c))
            return false;
        if (c == u'"')
            return false; // an unescaped quote ends the string early
        if (c == u'\\' && ++i + 1 >= text.size())
            return false; // a backslash escapes the next character
    }
    return true;
}

bool isLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > kMaxLabel || label.front() == u'-'
        || label.back() == u'-')
        return false;
    for (const QChar c : label) {
        const char16_t u = c.unicode();
        const bool ascii = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
                           || (u >= '0' && u <= '9') || u == '-';
        if (!ascii && (u < 0x80 || !(c.isLetterOrNumber() || c.isMark())))
            return false;
    }
    return true;
}

bool isDomain(QStringView domain)
{
    if (domain.size() >= 2 && domain.front() == u'[' && domain.back() == u']') {
        for (const QChar c : domain.sliced(1, domain.size() - 2)) {
            const char16_t u = c.unicode();
            if (u <= 0x20 || u >= 0x7F || u == '[' || u == ']' || u == '\\')
                return false;
        }
        return domain.size() > 2;
    }
    QStringView rest = domain;
    if (rest.endsWith(u'.'))
        rest.chop(1); // a fully qualified name
    if (rest.isEmpty())
        return false;
    bool ascii = true;
    for (const QStringView label : rest.split(u'.')) {
        if (!isLabel(label))
            return false;
        for (const QChar c : label)
            ascii = ascii && c.unicode() < 0x80;
    }
    // An IDN must have an ASCII form (IDNA).
    return ascii || !QUrl::toAce(rest.toString()).isEmpty();
}

} // namespace

bool isMailbox(const QString &address)
{
    if (address.isEmpty() || address.size() > kMaxAddress)
        return false;
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at + 1 >= address.size())
        return false;
    const QStringView local = QStringView(address).first(at);
    const QStringView domain = QStringView(address).sliced(at + 1);
    if (local.size() > kMaxLocalPart)
        return false;
    return (isDotAtom(local) || isQuotedString(local)) && isDomain(domain);
}

} // namespace BounceLens
