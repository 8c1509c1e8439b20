#include "codes/codeentry.h"

#include <QRegularExpression>

#include <algorithm>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

QString LocalizedText::value(const QString &language) const
{
    const QString found = text(language);
    return found.isEmpty() ? english() : found;
}

QString LocalizedText::text(const QString &language) const
{
    for (const auto &[code, text] : m_texts) {
        if (code == language)
            return text;
    }
    return QString();
}

QStringList LocalizedText::languages() const
{
    QStringList codes;
    codes.reserve(m_texts.size());
    for (const auto &entry : m_texts)
        codes << entry.first;
    return codes;
}

void LocalizedText::set(const QString &language, const QString &text)
{
    auto it = std::lower_bound(m_texts.begin(), m_texts.end(), language,
                               [](const std::pair<QString, QString> &entry, const QString &code) {
                                   return entry.first < code;
                               });
    if (it != m_texts.end() && it->first == language)
        it->second = text;
    else
        m_texts.insert(it, {language, text});
}

QHash<QString, QString> LocalizedText::all() const
{
    QHash<QString, QString> texts;
    for (const auto &[code, text] : m_texts)
        texts.insert(code, text);
    return texts;
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
    case Source::Provider:
        break;
    }
    return {};
}

std::optional<CodeEntry::Source> CodeEntry::sourceFromName(const QString &name)
{
    for (const Source s : {Source::Gmail, Source::Rfc3463, Source::Rfc5321}) {
        if (sourceName(s) == name)
            return s;
    }
    static const QRegularExpression key(u"^[a-z][a-z0-9]*$"_s);
    if (key.match(name).hasMatch())
        return Source::Provider;
    return std::nullopt;
}

namespace {

// "*.mxmail.netease.com", "mx*.qq.com": '*' stands for any run of host characters.
bool wildcardMatch(QStringView pattern, QStringView text)
{
    const qsizetype star = pattern.indexOf(u'*');
    if (star < 0)
        return pattern == text;
    const QStringView head = pattern.left(star);
    const QStringView tail = pattern.mid(star + 1);
    if (!text.startsWith(head) || text.size() < head.size() + tail.size())
        return false;
    if (tail.contains(u'*')) {
        for (qsizetype i = head.size(); i <= text.size(); ++i) {
            if (wildcardMatch(tail, text.mid(i)))
                return true;
        }
        return false;
    }
    return text.endsWith(tail);
}

} // namespace

bool ProviderInfo::matchesHost(const QString &host) const
{
    QString h = host.trimmed().toLower();
    while (h.endsWith(u'.'))
        h.chop(1);
    if (h.isEmpty())
        return false;
    for (const QString &pattern : hosts) {
        if (wildcardMatch(pattern, h))
            return true;
    }
    return false;
}

bool ProviderInfo::matchesLink(const QString &text) const
{
    for (const QString &link : links) {
        if (text.contains(link, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace BounceLens
