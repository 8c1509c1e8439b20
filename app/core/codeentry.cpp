#include "codeentry.h"

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

QString LocalizedText::value(const QString &language) const
{
    const QString text = m_texts.value(language);
    return text.isEmpty() ? english() : text;
}

int CodeEntry::codeClass() const
{
    if (replyCode > 0)
        return replyCode / 100;
    if (!status.isEmpty() && status.at(0).isDigit())
        return status.at(0).digitValue();
    return 0;
}

int CodeEntry::statusSubject() const
{
    const QStringList parts = status.split(u'.');
    if (parts.size() != 3)
        return -1;
    bool ok = false;
    const int subject = parts.at(1).toInt(&ok);
    return ok ? subject : -1;
}

QString CodeEntry::codeLabel() const
{
    QStringList parts;
    if (replyCode > 0)
        parts << QString::number(replyCode);
    if (!status.isEmpty())
        parts << status;
    return parts.join(u' ');
}

QString CodeEntry::sourceName(Source source)
{
    switch (source) {
    case Source::Gmail:
        return u"gmail"_s;
    case Source::Rfc3463:
        return u"rfc3463"_s;
    case Source::Rfc5321:
        return u"rfc5321"_s;
    }
    return {};
}

std::optional<CodeEntry::Source> CodeEntry::sourceFromName(const QString &name)
{
    for (const Source s : {Source::Gmail, Source::Rfc3463, Source::Rfc5321}) {
        if (sourceName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace BounceLens
