#pragma once

#include "decoderesult.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <vector>

namespace BounceLens {

class CodeTable;
struct SmtpReply;

// Finds the code-table entry that explains a reply. For a Google reply: the exact variant among
// the siblings that share a code pair (550 5.7.1 has about twenty), by help-link slug, code pair
// and word similarity to the entry's text and older wordings, so that old and mangled texts still
// match; placeholders ({ip-address}) match any words. For other servers: the generic RFC 3463
// detail (or subject, class) or RFC 5321 meaning.
// Similarity is Dice over word unigrams and bigrams after normalising (case, "e-mail"/"email" ->
// "mail", URLs, punctuation): linear in the text, order-aware enough to tell siblings apart.
class EntryMatcher
{
public:
    struct Match
    {
        int entryIndex = -1;
        double confidence = 0;
        QList<MatchCandidate> candidates; // runners-up, best first
        bool gmail = false;
    };

    explicit EntryMatcher(const CodeTable &table);

    // google: the reply came from Google (- gsmtp / - gcdp, a Google host or help link).
    Match match(const SmtpReply &reply, bool google) const;
    // The generic meaning of a code pair (used when no Gmail entry fits).
    Match generic(int replyCode, const QString &status) const;

    const CodeTable &table() const { return m_table; }
    static QStringList words(const QString &text);
    static double similarity(const QStringList &a, const QStringList &b);

private:
    // Words as sorted, distinct hashes: Dice is then a merge of two short arrays.
    struct WordSets
    {
        std::vector<size_t> unigrams, bigrams;
        qsizetype count = 0;
    };
    // A Gmail entry's text and older wordings as word sets, prepared on first use: a run
    // meets only the few code pairs its replies carry, and start-up stays short.
    struct Prepared
    {
        int index = -1;
        mutable std::once_flag once;
        mutable QList<WordSets> texts;
    };
    const QList<WordSets> &textsOf(const Prepared &p) const;
    static WordSets sets(const QStringList &words);
    static double similarity(const WordSets &a, const WordSets &b);

    const CodeTable &m_table;
    std::vector<std::unique_ptr<Prepared>> m_gmail; // once_flag does not move
};

} // namespace BounceLens
