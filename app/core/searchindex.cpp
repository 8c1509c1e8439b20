#include "searchindex.h"

#include "codetable.h"
#include "searchquery.h"
#include "synonyms.h"
#include "textfolding.h"

#include <limits>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kInterfaceText = 100;
constexpr int kOtherLanguageText = 90;
constexpr int kVariant = 85;
constexpr int kSynonym = 80;
constexpr int kDescription = 70;
constexpr int kTogether = 30;
constexpr int kNowhere = std::numeric_limits<int>::max();
// A word found inside a longer one counts less: "no" in "not", "user" in "username".
constexpr int kPrefixPenalty = 10;
constexpr int kInsidePenalty = 40;

bool isWordChar(QChar c)
{
    return !TextFolding::isWide(c) && c.isLetterOrNumber();
}

// How well `word` occurs in `text`: 3 as a whole word, 2 at the start of a word, 1 inside one,
// 0 not at all. *wholeAt: where it first occurs as a whole word.
int occurrence(const QString &text, const QString &word, qsizetype *wholeAt)
{
    int best = 0;
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        const bool start = at == 0 || !isWordChar(text.at(at - 1)) || !isWordChar(word.front());
        const bool finish
            = end == text.size() || !isWordChar(text.at(end)) || !isWordChar(word.back());
        const int quality = start ? (finish ? 3 : 2) : 1;
        if (quality == 3) {
            *wholeAt = at;
            return 3;
        }
        best = std::max(best, quality);
    }
    return best;
}

int weigh(int base, int quality)
{
    switch (quality) {
    case 3:
        return base;
    case 2:
        return base - kPrefixPenalty;
    case 1:
        return base - kInsidePenalty;
    default:
        return 0;
    }
}

} // namespace

SearchIndex::SearchIndex(const CodeTable &table)
{
    QString error;
    const Synonyms &synonyms = Synonyms::builtIn(&error);
    m_error = error;
    build(table, synonyms);
}

SearchIndex::SearchIndex(const CodeTable &table, const Synonyms &synonyms)
{
    build(table, synonyms);
}

void SearchIndex::build(const CodeTable &table, const Synonyms &synonyms)
{
    m_table = &table;
    m_synonyms = &synonyms;
    m_entries.reserve(table.size());
    for (const CodeEntry &e : table.entries()) {
        Entry entry;
        entry.gmail = e.isGmail();
        entry.languages << u"en"_s;
        entry.texts << TextFolding::fold(e.text.english());
        for (auto it = e.text.all().cbegin(); it != e.text.all().cend(); ++it) {
            if (it.key() != u"en"_s && !it.value().isEmpty()) {
                entry.languages << it.key();
                entry.texts << TextFolding::fold(it.value());
            }
        }
        QStringList variants;
        for (const Variant &v : e.variants)
            variants << TextFolding::fold(v.text);
        entry.variants = variants.join(u'\n');
        QStringList other;
        for (const QString &text : e.description.all())
            other << TextFolding::fold(text);
        other << TextFolding::fold(e.slug);
        entry.other = other.join(u'\n');
        m_entries << entry;
    }
    QString error;
    if (const auto concepts = synonyms.resolve(table, &error)) {
        for (int c = 0; c < concepts->size(); ++c) {
            for (int index : concepts->at(c))
                m_entries[index].concepts << c;
        }
    } else if (m_error.isEmpty()) {
        m_error = error;
    }
}

QList<SearchIndex::Score> SearchIndex::score(const SearchQuery &query,
                                             const QString &language) const
{
    QList<Score> scores(m_entries.size());
    const QStringList words = query.keywords();
    const QList<quint64> concepts = m_error.isEmpty() ? m_synonyms->match(query) : QList<quint64>();
    const QString together = words.size() > 1 ? query.phraseText() : QString();

    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        const CodeEntry &e = m_table->at(i);
        Score &s = scores[i];
        s.gmail = entry.gmail;
        s.position = kNowhere;
        if (query.hasCodes()) {
            if (!query.matchesCodes(e))
                continue;
            s.codeRank = query.codeRank(e);
        }
        quint64 synonymWords = 0;
        bool conceptPhrase = false; // one phrase of one concept covers several words
        for (int c : entry.concepts) {
            const quint64 mask = concepts.value(c);
            synonymWords |= mask;
            conceptPhrase = conceptPhrase || (mask & (mask - 1)) != 0;
        }

        for (int w = 0; w < words.size(); ++w) {
            const QString &word = words.at(w);
            int best = 0;
            for (int t = 0; t < entry.texts.size() && best < kInterfaceText; ++t) {
                qsizetype wholeAt = -1;
                const QString &lang = entry.languages.at(t);
                const bool main = lang == u"en"_s || lang == language;
                const int quality = occurrence(entry.texts.at(t), word, &wholeAt);
                best = std::max(best, weigh(main ? kInterfaceText : kOtherLanguageText, quality));
                if (wholeAt >= 0)
                    s.position = std::min(s.position, int(wholeAt));
            }
            qsizetype unused = -1;
            if (best < kVariant)
                best = std::max(best, weigh(kVariant, occurrence(entry.variants, word, &unused)));
            if (best < kSynonym && w < 64 && (synonymWords >> w) & 1)
                best = kSynonym;
            if (best < kDescription)
                best = std::max(best, weigh(kDescription, occurrence(entry.other, word, &unused)));
            if (best > 0) {
                ++s.words;
                s.points += best;
            }
        }
        if (!together.isEmpty() && s.words == words.size()) {
            bool found = conceptPhrase;
            for (int t = 0; !found && t < entry.texts.size(); ++t)
                found = entry.texts.at(t).contains(together);
            if (found)
                s.points += kTogether;
        }
        // A code in the query decides what matches; words then only rank.
        s.matched = query.hasCodes() || words.isEmpty() || s.words > 0;
    }
    return scores;
}

int SearchIndex::compare(const Score &a, const Score &b)
{
    if (a.codeRank != b.codeRank)
        return a.codeRank > b.codeRank ? -1 : 1;
    if (a.words != b.words)
        return a.words > b.words ? -1 : 1;
    if (a.points != b.points)
        return a.points > b.points ? -1 : 1;
    if (a.gmail != b.gmail)
        return a.gmail ? -1 : 1;
    if (a.position != b.position)
        return a.position < b.position ? -1 : 1;
    return 0;
}

} // namespace BounceLens
