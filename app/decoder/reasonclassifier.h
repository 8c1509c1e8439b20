#pragma once

#include <QString>

namespace BounceLens {

class BouncePatterns;

// Names why a message bounced in Sisimai's vocabulary (shared/bounces/reasons.tsv:
// userunknown, mailboxfull, authfailure, ...). A specific enhanced code decides first (x.1.1 is
// userunknown whatever the words); for generic codes (x.0.0, x.7.0, x.7.1, x.y.0) the reply's
// words decide, from the keyword lists in resources/bounce-patterns.json.
class ReasonClassifier
{
public:
    explicit ReasonClassifier(const BouncePatterns &patterns)
        : m_patterns(patterns)
    {}

    // entryReason: the matched Gmail entry's reason, when one matched (it knows best).
    QString classify(int replyCode, const QString &status, const QString &diagnostic,
                     const QString &action, const QString &entryReason = {}) const;
    QString fromStatus(const QString &status) const;
    QString fromWords(const QString &diagnostic) const;

private:
    const BouncePatterns &m_patterns;
};

} // namespace BounceLens
