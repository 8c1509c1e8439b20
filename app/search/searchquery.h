#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace BounceLens {

struct CodeEntry;

// The one query syntax of the search field and of `bouncelens lookup`. The text is first folded
// (TextFolding: NFKC, Chinese punctuation, case, Traditional -> Simplified), so what a Chinese
// input method types reads like ASCII; then the codes are taken out wherever they stand.
//
//   SearchQuery::parse("550")              reply code 550
//   SearchQuery::parse("5.7.1")            enhanced code 5.7.1 (and the generic x.7.1)
//   SearchQuery::parse("5.7")              enhanced prefix: 5.7.*  ("5.7.*" and "5.7.x" too)
//   SearchQuery::parse("550 5.7.1")        both must match; "5.7.1 550" too
//   SearchQuery::parse("550-5.7.26")       as pasted from a reply: 550 and 5.7.26
//   SearchQuery::parse("4xx")              class: every temporary code ("5xx": permanent)
//   SearchQuery::parse("(#5.1.1)")         codes inside punctuation: 5.1.1
//   SearchQuery::parse("smtp; 550 5.7.1")  codes inside a log or DSN line: 550 5.7.1, words
//                                          "smtp" (Status: 5.2.1, said: 550 5.1.1 alike)
//   full-width input (U+FF15 U+FF15 U+FF10 ...)   550 5.1.1
//   "5" U+3002 "2" U+3002 "2" (Chinese full stops)  5.2.2
//   SearchQuery::parse("quota daily")      words "quota", "daily" (ranked by SearchIndex)
//
// A number is a code only where it stands alone: "2024", "192.168.0.250" and "x5501" are not.
// Words are folded substrings: no word segmentation is needed for Chinese. Words only rank
// entries when the query has a code; without one, an entry must match at least one word or one
// synonym (SearchIndex).
class SearchQuery
{
public:
    // Words past this many are left out: a whole pasted bounce in the search field stays fast.
    static constexpr int MaxKeywords = 64;

    static SearchQuery parse(const QString &text);

    bool isEmpty() const;
    int replyCode() const { return m_replyCode; } // 0: none
    int replyClass() const { return m_class; }    // 0: none; 2, 4 or 5 from "4xx"
    QString status() const { return m_status; }   // "5.7.1" or a prefix "5.7"
    bool statusIsPrefix() const { return m_statusPrefix; }
    QStringList keywords() const { return m_keywords; } // folded, in the order typed
    bool hasCodes() const { return m_replyCode || m_class || !m_status.isEmpty(); }

    // The words as one folded string for phrase (synonym) matching: "no such user";
    // wordAt(i) is the index in keywords() of the word at position i, -1 between words.
    QString phraseText() const { return m_phraseText; }
    int wordAt(int position) const { return m_wordAt.value(position, -1); }

    bool matchesCodes(const CodeEntry &entry) const;
    // Higher ranks first: 3 exact code pair, 2 exact enhanced or reply code, 1 prefix or
    // generic match (or, for a reply code alone, an entry that is only also sent with it),
    // 0 no code in the query. Only meaningful for entries that matchesCodes().
    int codeRank(const CodeEntry &entry) const;

private:
    bool matchesReplyCode(const CodeEntry &entry) const;
    bool matchesStatus(const CodeEntry &entry, bool *exact) const;

    int m_replyCode = 0;
    int m_class = 0;
    QString m_status;
    bool m_statusPrefix = false;
    QStringList m_keywords;
    QString m_phraseText;
    QList<int> m_wordAt;
};

} // namespace BounceLens
