#include "common/enhancedstatus.h"

namespace BounceLens {

namespace {

// Reads 1 to 3 digits at text[pos]; -1 when there are none or more than three.
int readNumber(QStringView text, qsizetype &pos)
{
    int value = 0;
    int digits = 0;
    while (pos < text.size() && text.at(pos) >= u'0' && text.at(pos) <= u'9') {
        if (++digits > 3)
            return -1;
        value = value * 10 + (text.at(pos).unicode() - u'0');
        ++pos;
    }
    return digits == 0 ? -1 : value;
}

} // namespace

std::optional<EnhancedStatus> EnhancedStatus::parse(QStringView text)
{
    text = text.trimmed();
    qsizetype pos = 0;
    const int klass = readNumber(text, pos);
    if (klass != 2 && klass != 4 && klass != 5)
        return std::nullopt;
    if (pos >= text.size() || text.at(pos) != u'.')
        return std::nullopt;
    ++pos;
    const int subject = readNumber(text, pos);
    if (subject < 0 || pos >= text.size() || text.at(pos) != u'.')
        return std::nullopt;
    ++pos;
    const int detail = readNumber(text, pos);
    if (detail < 0 || pos != text.size())
        return std::nullopt;
    return EnhancedStatus(klass, subject, detail);
}

EnhancedStatus EnhancedStatus::fromString(QStringView text)
{
    return parse(text).value_or(EnhancedStatus());
}

QString EnhancedStatus::toString() const
{
    if (isEmpty())
        return {};
    return QString::number(m_class) + u'.' + QString::number(m_subject) + u'.'
           + QString::number(m_detail);
}

} // namespace BounceLens
