#pragma once

#include <QString>
#include <QStringList>

namespace BounceLens {

struct CodeEntry;

// The one query syntax of the search field and of `bouncelens lookup`.
//
//   SearchQuery::parse("550")          reply code 550
//   SearchQuery::parse("5.7.1")        enhanced code 5.7.1 (and the generic x.7.1)
//   SearchQuery::parse("5.7")          enhanced prefix: 5.7.*  ("5.7.*" and "5.7.x" too)
//   SearchQuery::parse("550 5.7.1")    both must match
//   SearchQuery::parse("550-5.7.1")    as pasted from a reply: same as "550 5.7.1"
//   SearchQuery::parse("4xx")          class: every temporary code ("5xx": permanent)
//   SearchQuery::parse("quota daily")  keywords: every word must occur, case-insensitively,
//                                      in the English or Chinese text of the entry
//
// Keywords need no word segmentation: they are substrings, so a Chinese phrase matches
// wherever it occurs. Matching is exact on codes, so entries that match a code rank first.
class SearchQuery
{
public:
    static SearchQuery parse(const QString &text);

    bool isEmpty() const;
    int replyCode() const { return m_replyCode; } // 0: none
    int replyClass() const { return m_class; }    // 0: none; 2, 4 or 5 from "4xx"
    QString status() const { return m_status; }   // "5.7.1" or a prefix "5.7"
    bool statusIsPrefix() const { return m_statusPrefix; }
    QStringList keywords() const { return m_keywords; } // lower-cased
    bool hasCodes() const { return m_replyCode || m_class || !m_status.isEmpty(); }

    bool matches(const CodeEntry &entry) const;
    // Higher ranks first: 3 exact code pair, 2 exact enhanced or reply code, 1 prefix or
    // generic match, 0 keywords only. Only meaningful for entries that match().
    int rank(const CodeEntry &entry) const;

private:
    bool matchesReplyCode(const CodeEntry &entry) const;
    bool matchesStatus(const CodeEntry &entry, bool *exact) const;
    bool matchesKeywords(const CodeEntry &entry) const;

    int m_replyCode = 0;
    int m_class = 0;
    QString m_status;
    bool m_statusPrefix = false;
    QStringList m_keywords;
};

} // namespace BounceLens
