#include "decoder/reasonclassifier.h"

#include "decoder/bouncepatterns.h"

#include <QStringList>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

QString ReasonClassifier::fromStatus(const QString &status) const
{
    const QStringList parts = status.split(u'.');
    if (parts.size() != 3)
        return {};
    const auto &map = m_patterns.statusReasons;
    if (parts.at(0) == u"2"_s)
        return map.value(u"2.x.x"_s);
    return map.value(u"x."_s + parts.at(1) + u'.' + parts.at(2));
}

QString ReasonClassifier::fromWords(const QString &diagnostic) const
{
    if (diagnostic.isEmpty())
        return {};
    for (const auto &r : m_patterns.reasons) {
        if (r.pattern.matches(diagnostic))
            return r.name;
    }
    return {};
}

QString ReasonClassifier::classify(int replyCode, const QString &status, const QString &diagnostic,
                                   const QString &action, const QString &entryReason) const
{
    if (action == u"delivered"_s || action == u"relayed"_s || action == u"expanded"_s
        || (replyCode >= 200 && replyCode < 300) || status.startsWith(u"2."_s))
        return u"delivered"_s;
    const QStringList parts = status.split(u'.');
    // Codes whose meaning leaves no doubt (RFC 3463) decide even over the matched entry.
    if (parts.size() == 3) {
        const QString detail = parts.at(1) + u'.' + parts.at(2);
        if (detail == u"1.1"_s || detail == u"1.2"_s || detail == u"2.2"_s || detail == u"3.4"_s)
            return fromStatus(status);
    }
    if (!entryReason.isEmpty())
        return entryReason;
    const bool generic = parts.size() != 3 || parts.at(2) == u"0"_s
                         || (parts.at(1) == u"7"_s && parts.at(2) == u"1"_s);
    if (!generic) {
        const QString r = fromStatus(status);
        if (!r.isEmpty())
            return r;
    }
    const QString words = fromWords(diagnostic);
    if (!words.isEmpty())
        return words;
    const QString r = fromStatus(status);
    if (!r.isEmpty())
        return r;
    if (action == u"delayed"_s)
        return u"expired"_s;
    if (replyCode == 0 && status.isEmpty() && diagnostic.isEmpty())
        return u"undefined"_s;
    return u"onhold"_s;
}

} // namespace BounceLens
