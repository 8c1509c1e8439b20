#include "searchquery.h"

#include "codeentry.h"

#include <QRegularExpression>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// "5.7.1" vs an entry's status, which may use "x" for any part ("x.7.1", "5.x.x").
bool statusPartsMatch(const QStringList &query, const QString &entryStatus, bool *exact)
{
    const QStringList entry = entryStatus.split(u'.');
    if (entry.size() != 3)
        return false;
    bool wildcard = false;
    for (int i = 0; i < query.size(); ++i) {
        if (entry.at(i) == u"x"_s) {
            wildcard = true;
            continue;
        }
        if (entry.at(i).toInt() != query.at(i).toInt())
            return false;
    }
    *exact = !wildcard && query.size() == 3;
    return true;
}

} // namespace

SearchQuery SearchQuery::parse(const QString &text)
{
    static const QRegularExpression reply(u"^([2-5]\\d\\d)$"_s);
    static const QRegularExpression classToken(u"^([245])xx$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression status(u"^([245])\\.(\\d{1,3})\\.(\\d{1,3})$"_s);
    static const QRegularExpression prefix(u"^([245])\\.(\\d{1,3})(?:\\.[*xX])?$"_s);
    static const QRegularExpression pasted(u"^([2-5]\\d\\d)[- ]([245]\\.\\d{1,3}\\.\\d{1,3})$"_s);
    static const QRegularExpression separators(u"[\\s,;\\x{FF0C}\\x{FF1B}]+"_s);
    static const QRegularExpression wrapping(u"^[(\\[\"'<]+|[)\\]\"'>:.]+$"_s);

    SearchQuery q;
    const QStringList tokens = text.split(separators, Qt::SkipEmptyParts);
    for (QString token : tokens) {
        // Codes copied from a reply often carry punctuation around them: "(550)", "5.1.1:".
        const QString bare = token;
        token.remove(wrapping);
        QRegularExpressionMatch m;
        if (!q.m_replyCode && (m = reply.match(token)).hasMatch()) {
            q.m_replyCode = m.captured(1).toInt();
        } else if (!q.m_class && (m = classToken.match(token)).hasMatch()) {
            q.m_class = m.captured(1).toInt();
        } else if (q.m_status.isEmpty() && (m = status.match(token)).hasMatch()) {
            q.m_status = token;
        } else if (q.m_status.isEmpty() && (m = prefix.match(token)).hasMatch()) {
            q.m_status = m.captured(1) + u'.' + m.captured(2);
            q.m_statusPrefix = true;
        } else if (!q.m_replyCode && q.m_status.isEmpty() && (m = pasted.match(token)).hasMatch()) {
            q.m_replyCode = m.captured(1).toInt();
            q.m_status = m.captured(2);
        } else {
            q.m_keywords << bare.toLower();
        }
    }
    return q;
}

bool SearchQuery::isEmpty() const
{
    return !hasCodes() && m_keywords.isEmpty();
}

bool SearchQuery::matchesReplyCode(const CodeEntry &e) const
{
    return e.replyCode == m_replyCode || e.altReplyCodes.contains(m_replyCode);
}

bool SearchQuery::matchesStatus(const CodeEntry &e, bool *exact) const
{
    const QStringList parts = m_status.split(u'.');
    *exact = false;
    if (!e.status.isEmpty() && statusPartsMatch(parts, e.status, exact))
        return true;
    for (const QString &alt : e.altStatus) {
        if (statusPartsMatch(parts, alt, exact))
            return true;
    }
    return false;
}

bool SearchQuery::matchesKeywords(const CodeEntry &e) const
{
    for (const QString &word : m_keywords) {
        bool found = false;
        for (const LocalizedText *text : {&e.text, &e.description}) {
            for (const QString &value : text->all()) {
                if (value.contains(word, Qt::CaseInsensitive)) {
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
        for (int i = 0; !found && i < e.variants.size(); ++i)
            found = e.variants.at(i).text.contains(word, Qt::CaseInsensitive);
        if (!found)
            found = e.slug.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

bool SearchQuery::matches(const CodeEntry &e) const
{
    if (m_class && e.codeClass() != m_class)
        return false;
    if (m_replyCode) {
        // A generic enhanced-code entry has no reply code; it still explains "550 5.7.1".
        const bool genericStatusEntry = e.replyCode == 0 && !m_status.isEmpty();
        if (!genericStatusEntry && !matchesReplyCode(e))
            return false;
    }
    if (!m_status.isEmpty()) {
        bool exact = false;
        // A basic-code entry has no enhanced code; it still explains "550 5.7.1".
        const bool genericReplyEntry = e.status.isEmpty() && m_replyCode;
        if (!genericReplyEntry && !matchesStatus(e, &exact))
            return false;
    }
    return matchesKeywords(e);
}

int SearchQuery::rank(const CodeEntry &e) const
{
    bool exactStatus = false;
    const bool status = !m_status.isEmpty() && matchesStatus(e, &exactStatus);
    const bool reply = m_replyCode && matchesReplyCode(e);
    if (!m_status.isEmpty() && m_replyCode)
        return (status && exactStatus && reply) ? 3 : (status && exactStatus) || reply ? 2 : 1;
    if (!m_status.isEmpty())
        return exactStatus ? 2 : 1;
    if (m_replyCode)
        return reply ? 2 : 1;
    return m_class ? 1 : 0;
}

} // namespace BounceLens
