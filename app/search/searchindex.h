#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace BounceLens {

class CodeTable;
class SearchQuery;
class Synonyms;

// The code table prepared for search (texts folded once, the concepts each entry belongs to),
// and the relevance of every entry for a query. The filter proxy, hence the Browse view and
// `bouncelens lookup`, rank with it.
//
// Without a code in the query, an entry matches when it matches at least half of the words
// (literally or through a synonym); with one, the codes decide and the words only rank.
//
// Relevance, most important first (compare()):
//   1. code rank: an exact code pair, then an exact code, then a prefix or generic meaning;
//   2. how many of the words are matched: all words rank before some words;
//   3. how well: per word 100 in the entry's text in the interface language or in English, 90 in
//      its text in another language, 85 in an older wording, 70 in its description or help slug
//      (10 less at the start of a longer word, 40 less inside one: "no" in "not"); 80 through a
//      synonym (a concept phrase in the query that names the entry by its codes or id; 65 when
//      it names only the entry's reason), or 15 (5) more when the word is in the text too; +30
//      when the words stand together in the text as typed, or form one phrase of a concept;
//   4. Gmail's own replies before the generic meanings;
//   (between 2 and 3: another provider's entry whose code or name the query names ("DT:SPM",
//   "netease") first; one it does not name after Gmail's and the generic entries)
//   5. the earlier a word stands in the text as a whole word, the better.
// What is still equal is left to the view's sort column, then to the table order.
//
// How people type (issue 26):
//   - Chinese without spaces: a Chinese word is looked for without the synonyms' particles
//     ("le", "ma"); when no entry has it as a whole and no concept names it, by its pairs of
//     characters: an entry that has pairs covering at least half of the word counts it, 40
//     less and in proportion;
//   - typos: a Latin word of 4 letters or more that no text has (not even as the start of a
//     word) is read as the words of the texts and synonyms within a Damerau-Levenshtein distance
//     of 1 (2 from 8 letters), 25 less than the same hit typed right (corrections());
//   - a cause word (one a concept in the query covers) counts no more than a synonym in an
//     entry that is not Gmail's own (a generic meaning, another provider's reply) that the
//     concept names: Gmail's own replies for the cause come first;
//   - every word contributes, but without a code a word more than a fifth of the entries have
//     ("gmail") counts a quarter, and the words of weak concepts ("bounced") are left out beside
//     a cause: "gmail returned spam" ranks on "spam".
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
        int provider = 0; // another provider's entry: 1 its code or name typed, else -1
        int position = 0; // where the first matched word stands
        int typos = 0;    // of the words matched, how many only through a correction
    };

    explicit SearchIndex(const CodeTable &table);
    SearchIndex(const CodeTable &table, const Synonyms &synonyms);

    // Problems with the synonyms (empty when none); search then works without them.
    QString error() const { return m_error; }

    // One score per table entry.
    QList<Score> score(const SearchQuery &query, const QString &language) const;
    // < 0 when a is more relevant than b, > 0 when less, 0 when equal.
    static int compare(const Score &a, const Score &b);
    // score() remembers where each word occurs (typing changes only the last word); this
    // forgets it (for benchmarks).
    void clearCache() const;

    // The typos of a query of at most kMaxCorrectedWords words: each word no entry or synonym
    // has, with the closest word that they have ({"mailbx", "mailbox"}). Empty: nothing to
    // correct.
    static constexpr int kMaxCorrectedWords = 8;
    QList<std::pair<QString, QString>> corrections(const SearchQuery &query) const;

private:
    struct Pass; // the state of one score() call

    Pass prepare(const SearchQuery &query, const QString &language) const;
    void weighWeakWords(Pass &pass) const;
    void selectCandidates(Pass &pass) const;
    int fieldBase(int field, const QString &language) const;
    void lookFor(Pass &pass, const QString &term) const;
    void lookForPairs(Pass &pass, const QString &term) const;
    void weighWord(Pass &pass, int word) const;
    int conceptWeight(const Pass &pass, int entry, quint64 bit) const;
    void creditWord(Pass &pass, int word) const;
    bool standTogether(const Pass &pass, int entry) const;
    void finish(Pass &pass) const;

    const QStringList &correctionsOf(const QString &word) const;
    bool isKnown(const QString &word) const;
    void buildVocabulary() const;
    // One kind of text of every entry, folded, in one string: entry i is text[starts[i] ..
    // starts[i + 1] - 1) (a line break between entries). A word is looked for once per field,
    // not once per entry: a keystroke stays well under a millisecond on the whole table.
    struct Field
    {
        QString language; // empty: not a text in one language
        int weight = 0;
        QString text;
        QList<int> starts;
    };
    struct Membership
    {
        int concept = 0;
        bool primary = false; // named by the concept's codes or ids, not only by its reasons
    };

    // Where a word occurs in one field: each entry once, with the best occurrence.
    struct Hit
    {
        int entry = 0;
        int quality = 0; // 3 whole word, 2 start of a word, 1 inside one
        int wholeAt = -1;
    };
    const QList<Hit> &wordHits(const QString &word, int field) const;
    void found(Pass &pass, int field, int base, const Hit &hit) const;
    void lookInCandidates(Pass &pass, int field, int base, const QString &term) const;
    // Where each Chinese character stands in a field (built at the first pair looked for).
    const QHash<char16_t, QList<int>> &wideCharacterIndex(int field) const;

    void build(const CodeTable &table, const Synonyms &synonyms);
    void foldTexts() const;
    void addField(const QString &language, int weight, const QStringList &texts) const;

    const CodeTable *m_table = nullptr;
    const Synonyms *m_synonyms = nullptr;
    mutable QList<Field> m_fields;                       // folded when a query first has words
    QList<QList<Membership>> m_concepts;                 // by entry
    mutable QHash<QString, QList<QList<Hit>>> m_hits;    // by word, by field
    mutable QList<QHash<char16_t, QList<int>>> m_wideAt; // by field
    // The Latin words of the texts and synonyms (folded, 3 letters or more), sorted, and how
    // often each occurs: what a typo is corrected to. Built at the first word to correct.
    mutable QStringList m_vocabulary;
    mutable QHash<QString, int> m_frequency;
    mutable QHash<QString, QStringList> m_corrections; // by word typed
    mutable int m_tokenField = -1;                     // the field of providers' codes and names
    QString m_error;
};

} // namespace BounceLens
