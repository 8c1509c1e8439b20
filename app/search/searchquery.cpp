#include "search/searchquery.h"

#include "codes/codeentry.h"
#include "common/textfolding.h"

#include <QRegularExpression>

#include <array>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// The dot-separated parts of a status code as views, without allocating (this runs for every
// entry of the table per synonym concept at start-up); returns how many parts there are, as
// QString::split(u'.') would, keeping at most the first three.
struct StatusParts
{
    std::array<QStringView, 3> part;
    int count = 0;
};

StatusParts splitStatus(QStringView status)
{
    StatusParts out;
    qsizetype from = 0;
    for (;;) {
        const qsizetype dot = status.indexOf(u'.', from);
        const QStringView piece = status.mid(from, dot < 0 ? status.size() - from : dot - from);
        if (out.count < 3)
            out.part[size_t(out.count)] = piece;
        ++out.count;
        if (dot < 0)
            return out;
        from = dot + 1;
    }
}

// QString::toInt of a part (0 when it is not a number), with the usual one to three digits read
// directly: toInt converts the text to Latin-1 first.
int statusNumber(QStringView part)
{
    if (part.isEmpty() || part.size() > 3)
        return part.toInt();
    int value = 0;
    for (const QChar c : part) {
        if (c < u'0' || c > u'9')
            return part.toInt();
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// "5.7.1" vs an entry's status, which may use "x" for any part ("x.7.1", "5.x.x").
bool statusPartsMatch(const StatusParts &query, QStringView entryStatus, bool *exact)
{
    const StatusParts entry = splitStatus(entryStatus);
    if (entry.count != 3)
        return false;
    bool wildcard = false;
    for (int i = 0; i < query.count && i < 3; ++i) {
        const QStringView part = entry.part[size_t(i)];
        if (part == u"x") {
            wildcard = true;
            continue;
        }
        if (statusNumber(part) != statusNumber(query.part[size_t(i)]))
            return false;
    }
    *exact = !wildcard && query.count == 3;
    return true;
}

// Replaces each match of `pattern` in *text whose captures equal `first` (by default the first
// match's) by a space, and returns those captures (empty when there is no match).
QStringList takeCodes(const QRegularExpression &pattern, QString *text, QStringList first = {})
{
    QString rest;
    qsizetype from = 0;
    for (auto it = pattern.globalMatch(*text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringList captured = m.capturedTexts().mid(1);
        if (first.isEmpty())
            first = captured;
        if (captured != first)
            continue;
        rest += QStringView(*text).mid(from, m.capturedStart() - from);
        rest += u' ';
        from = m.capturedEnd();
    }
    if (from > 0) {
        rest += QStringView(*text).mid(from);
        *text = rest;
    }
    return first;
}

} // namespace

SearchQuery SearchQuery::parse(const QString &input)
{
    // A code stands alone: not inside a longer number, a word or a dotted address.
    static const QRegularExpression pair(
        u"(?<![0-9a-z.])([2-5][0-9][0-9])[ -]+#?([245]\\.[0-9]{1,3}\\.[0-9]{1,3})(?![0-9a-z]|\\.[0-9])"_s);
    static const QRegularExpression status(
        u"(?<![0-9a-z.])([245]\\.[0-9]{1,3}\\.[0-9]{1,3})(?![0-9a-z]|\\.[0-9])"_s);
    static const QRegularExpression reply(
        u"(?<![0-9a-z.])([2-5][0-9][0-9])(?![0-9a-z]|\\.[0-9])"_s);
    static const QRegularExpression classToken(u"^([245])xx$"_s);
    static const QRegularExpression prefix(u"^([245])\\.([0-9]{1,3})(?:\\.[*x])?$"_s);
    static const QRegularExpression separators(u"[\\s,;:!?()\\[\\]<>\"=|/\\\\{}]+"_s);
    static const QRegularExpression wrapping(u"^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$"_s);

    SearchQuery q;
    QString text = TextFolding::fold(input, TextFolding::Spacing::Words);
    if (const QStringList codes = takeCodes(pair, &text); !codes.isEmpty()) {
        q.m_replyCode = codes.at(0).toInt();
        q.m_status = codes.at(1);
    }
    // The same codes again (a log line repeats them: "dsn=5.1.1 ... said: 550-5.1.1") are not
    // words either.
    const QStringList statusCodes
        = takeCodes(status, &text, q.m_status.isEmpty() ? QStringList() : QStringList{q.m_status});
    if (q.m_status.isEmpty() && !statusCodes.isEmpty())
        q.m_status = statusCodes.at(0);
    const QStringList replyCodes = takeCodes(
        reply, &text, q.m_replyCode ? QStringList{QString::number(q.m_replyCode)} : QStringList());
    if (!q.m_replyCode && !replyCodes.isEmpty())
        q.m_replyCode = replyCodes.at(0).toInt();

    const QStringList tokens = text.split(separators, Qt::SkipEmptyParts);
    for (QString token : tokens) {
        token.remove(wrapping);
        if (token.isEmpty())
            continue;
        QRegularExpressionMatch m;
        if (!q.m_class && (m = classToken.match(token)).hasMatch()) {
            q.m_class = m.captured(1).toInt();
        } else if (q.m_status.isEmpty() && (m = prefix.match(token)).hasMatch()) {
            q.m_status = m.captured(1) + u'.' + m.captured(2);
            q.m_statusPrefix = true;
        } else if (!q.m_keywords.contains(token) && q.m_keywords.size() < MaxKeywords) {
            q.m_keywords << token;
        }
    }

    // The phrase text: words joined by one space, none next to a Chinese character (the
    // synonyms' phrases are folded the same way).
    for (int i = 0; i < q.m_keywords.size(); ++i) {
        const QString &word = q.m_keywords.at(i);
        if (!q.m_phraseText.isEmpty() && !TextFolding::isWide(q.m_phraseText.back())
            && !TextFolding::isWide(word.front())) {
            q.m_phraseText += u' ';
            q.m_wordAt << -1;
        }
        q.m_phraseText += word;
        for (int j = 0; j < word.size(); ++j)
            q.m_wordAt << i;
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
    const StatusParts parts = splitStatus(m_status);
    *exact = false;
    if (!e.status.isEmpty() && statusPartsMatch(parts, e.status, exact))
        return true;
    for (const QString &alt : e.altStatus) {
        if (statusPartsMatch(parts, alt, exact))
            return true;
    }
    return false;
}

bool SearchQuery::matchesCodes(const CodeEntry &e) const
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
    return true;
}

int SearchQuery::codeRank(const CodeEntry &e) const
{
    bool exactStatus = false;
    const bool status = !m_status.isEmpty() && matchesStatus(e, &exactStatus);
    const bool reply = m_replyCode && matchesReplyCode(e);
    if (!m_status.isEmpty() && m_replyCode)
        return (status && exactStatus && reply) ? 3 : (status && exactStatus) || reply ? 2 : 1;
    if (!m_status.isEmpty())
        return exactStatus ? 2 : 1;
    // "550" alone: the entries sent as 550 before those also sent as 550 (421 5.7.32 lists 550
    // as another reply code it comes with): a 550 query does not open on a 421 entry.
    if (m_replyCode)
        return e.replyCode == m_replyCode ? 2 : 1;
    return m_class ? 1 : 0;
}

} // namespace BounceLens
