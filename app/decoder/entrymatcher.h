#pragma once

#include "decoder/decoderesult.h"

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
        // Another provider's entry: its key ("netease"), and whether the remote host or help
        // link named that provider (false: matched by its token or words alone).
        QString provider;
        bool providerConfirmed = false;
    };

    explicit EntryMatcher(const CodeTable &table);

    // google: the reply came from Google (- gsmtp / - gcdp, a Google host or help link).
    // provider: the key of the provider the remote host or help link names, else empty.
    Match match(const SmtpReply &reply, bool google, const QString &provider = QString()) const;
    // The provider (key) whose declared hosts or help links the reply's host or text names.
    QString providerOf(const QString &host, const QString &text) const;
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
        // A provider entry's help link and tokens, case folded once for the whole run (they
        // were folded, and the tokens tested for distinctiveness, for every reply).
        struct Token
        {
            QString text;        // case folded when `folded`
            bool folded = false; // false: folding changed its length, searched case-insensitively
            bool distinctive = false;
            bool wordStart = false, wordEnd = false;
            unsigned pair = 0; // Haystack::pairKey of its first two characters (when folded)
        };
        Token link; // the help link without its scheme; empty when it cannot name the entry
        std::vector<Token> tokens;
    };
    static Prepared::Token foldedToken(const QString &token);
    struct Haystack; // a reply's diagnostic, case folded, with the pairs of characters it holds
    static bool containsToken(const Haystack &h, const Prepared::Token &token);
    static bool namesLink(const std::vector<Prepared::Token> &links, const QString &text,
                          const QString &folded);
    // The reply names a provider entry: its help link, or one of its tokens (any token when the
    // provider is known, else only a distinctive one).
    static bool namesEntry(const Haystack &h, const Prepared &p, bool known);
    const QList<WordSets> &textsOf(const Prepared &p) const;
    static WordSets sets(const QStringList &words);
    static double similarity(const WordSets &a, const WordSets &b);
    // An entry's score against a reply; text: its best word similarity.
    struct Scored
    {
        int index;
        double score;
        double text;
    };
    Match matchProvider(const SmtpReply &reply, const WordSets &replyWords,
                        const QString &provider) const;
    QList<Scored> scoreGmail(const SmtpReply &reply, const WordSets &replyWords) const;
    double bestText(const Prepared &p, const WordSets &replyWords) const;
    static void sortByScore(QList<Scored> &scored);
    static bool gmailFits(const QList<Scored> &scored, bool google);
    static void takeRanking(Match &m, const QList<Scored> &scored);

    const CodeTable &m_table;
    std::vector<std::unique_ptr<Prepared>> m_gmail;     // once_flag does not move
    std::vector<std::unique_ptr<Prepared>> m_providers; // other providers' entries
    std::vector<std::vector<Prepared::Token>> m_links;  // each provider's help links, folded
};

} // namespace BounceLens
