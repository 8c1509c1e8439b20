#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace BounceLens {

class CodeTable;
class SearchQuery;
class Synonyms;

// The code table prepared for search (texts folded once, the concepts each entry belongs to),
// and the relevance of every entry for a query. The filter proxy, hence the Browse view and
// `bouncelens lookup`, rank with it.
//
// Relevance, most important first (compare()):
//   1. code rank: an exact code pair, then an exact code, then a prefix or generic meaning;
//   2. how many of the words are matched: all words rank before some words;
//   3. how well: per word 100 in the entry's text in the interface language or in English, 90 in
//      its text in another language, 85 in an older wording, 70 in its description or help slug
//      (10 less at the start of a longer word, 40 less inside one: "no" in "not"), 80 through a
//      synonym (a concept phrase in the query that names the entry); +30 when the words stand
//      together in the text as typed, or form one phrase of a concept of the entry;
//   4. Gmail's own replies before the generic meanings;
//   5. the earlier a word stands in the text as a whole word, the better.
// What is still equal is left to the view's sort column, then to the table order.
class SearchIndex
{
public:
    struct Score
    {
        bool matched = false;
        int codeRank = 0;
        int words = 0;  // words matched
        int points = 0; // how well
        bool gmail = false;
        int position = 0; // where the first matched word stands
    };

    explicit SearchIndex(const CodeTable &table);
    SearchIndex(const CodeTable &table, const Synonyms &synonyms);

    // Problems with the synonyms (empty when none); search then works without them.
    QString error() const { return m_error; }

    // One score per table entry.
    QList<Score> score(const SearchQuery &query, const QString &language) const;
    // < 0 when a is more relevant than b, > 0 when less, 0 when equal.
    static int compare(const Score &a, const Score &b);

private:
    struct Entry
    {
        QStringList languages; // of the texts below, "en" first
        QStringList texts;     // folded text (the reply) by language
        QString variants;      // folded older wordings, one per line
        QString other;         // folded descriptions, notes and help slug
        QList<int> concepts;
        bool gmail = false;
    };

    void build(const CodeTable &table, const Synonyms &synonyms);

    const CodeTable *m_table = nullptr;
    const Synonyms *m_synonyms = nullptr;
    QList<Entry> m_entries;
    QString m_error;
};

} // namespace BounceLens
