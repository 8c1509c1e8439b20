#include "searchindex.h"

#include "chinesevariants.h"
#include "codetable.h"
#include "searchquery.h"
#include "synonyms.h"
#include "textfolding.h"

#include <QStringMatcher>

#include <algorithm>
#include <limits>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kInterfaceText = 100;
constexpr int kOtherLanguageText = 90;
constexpr int kVariant = 85;
constexpr int kSynonym = 80;
constexpr int kRelatedSynonym = 65; // the concept names the entry's reason only
constexpr int kDescription = 70;
constexpr int kTogether = 30;
// A word found in the text of an entry that a concept in the query names: the concept says what
// the entry is about, where the word may stand in a sentence every entry shares.
constexpr int kConceptBoost = 15;
constexpr int kRelatedConceptBoost = 5;
// A word found inside a longer one counts less: "no" in "not", "user" in "username".
constexpr int kPrefixPenalty = 10;
constexpr int kInsidePenalty = 40;
constexpr int kNowhere = std::numeric_limits<int>::max();

bool isWordChar(QChar c)
{
    return !TextFolding::isWide(c) && c.isLetterOrNumber();
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
    ChineseVariants::builtIn(&error);
    m_error = error;
    const Synonyms &synonyms = Synonyms::builtIn(&error);
    if (m_error.isEmpty())
        m_error = error;
    build(table, synonyms);
}

SearchIndex::SearchIndex(const CodeTable &table, const Synonyms &synonyms)
{
    build(table, synonyms);
}

void SearchIndex::foldTexts() const
{
    // Only a query with words needs the texts: `bouncelens lookup 550 5.1.1` does not fold them.
    if (!m_fields.isEmpty())
        return;
    QStringList languages{u"en"_s};
    for (const CodeEntry &e : m_table->entries()) {
        for (const QString &language : e.text.languages()) {
            if (!languages.contains(language))
                languages << language;
        }
    }
    for (const QString &language : std::as_const(languages)) {
        QStringList texts;
        for (const CodeEntry &e : m_table->entries())
            texts << TextFolding::fold(e.text.all().value(language));
        addField(language, kInterfaceText, texts);
    }
    QStringList variants;
    QStringList other;
    for (const CodeEntry &e : m_table->entries()) {
        QStringList lines;
        for (const Variant &v : e.variants)
            lines << TextFolding::fold(v.text);
        variants << lines.join(u'\n');
        lines.clear();
        for (const QString &text : e.description.all())
            lines << TextFolding::fold(text);
        lines << TextFolding::fold(e.slug);
        other << lines.join(u'\n');
    }
    addField(QString(), kVariant, variants);
    addField(QString(), kDescription, other);
    // A provider's own codes ("DT:SPM", "TSS04") and its name: typing them asks for its entries.
    QStringList tokens;
    for (const CodeEntry &e : m_table->entries()) {
        QStringList lines;
        for (const QString &token : e.tokens) {
            // Codes only: a wording ("Invalid User") is in the entry's text and variants.
            if (!token.contains(u' '))
                lines << TextFolding::fold(token);
        }
        if (e.isProvider())
            lines << e.sourceKey;
        for (const QString &name : e.providerName.all())
            lines << TextFolding::fold(name);
        tokens << lines.join(u'\n');
    }
    m_tokenField = int(m_fields.size());
    addField(QString(), kVariant, tokens);
}

void SearchIndex::addField(const QString &language, int weight, const QStringList &texts) const
{
    Field field;
    field.language = language;
    field.weight = weight;
    for (const QString &text : texts) {
        field.starts << int(field.text.size());
        field.text += text;
        field.text += u'\n';
    }
    field.starts << int(field.text.size());
    m_fields << field;
}

void SearchIndex::build(const CodeTable &table, const Synonyms &synonyms)
{
    m_table = &table;
    m_synonyms = &synonyms;

    m_concepts = QList<QList<Membership>>(table.size());
    QString error;
    if (const auto concepts = synonyms.resolve(table, &error)) {
        for (int c = 0; c < concepts->size(); ++c) {
            for (const Synonyms::Target &target : concepts->at(c))
                m_concepts[target.entry] << Membership{c, target.primary};
        }
    } else if (m_error.isEmpty()) {
        m_error = error;
    }
}

QList<SearchIndex::Score> SearchIndex::score(const SearchQuery &query,
                                             const QString &language) const
{
    const int count = m_table->size();
    QList<Score> scores(count);
    const QStringList words = query.keywords();
    const QList<quint64> concepts = m_error.isEmpty() ? m_synonyms->match(query) : QList<quint64>();
    const QString together = words.size() > 1 ? query.phraseText() : QString();
    if (!words.isEmpty())
        foldTexts();

    for (int i = 0; i < count; ++i) {
        Score &s = scores[i];
        s.gmail = m_table->at(i).isGmail();
        s.position = kNowhere;
        s.matched = !query.hasCodes() || query.matchesCodes(m_table->at(i));
        if (s.matched && query.hasCodes())
            s.codeRank = query.codeRank(m_table->at(i));
    }

    QList<int> candidates;
    for (int i = 0; i < count; ++i) {
        if (scores.at(i).matched)
            candidates << i;
    }
    const bool sparse = candidates.size() * 4 < count;

    // Per word, the best weight each entry has for it, field by field.
    QList<int> best(count);
    QList<int> wordsFound(count, 0);
    QList<bool> tokenHit(count, false);
    QList<int> points(count, 0);
    for (int w = 0; w < words.size(); ++w) {
        const QString &word = words.at(w);
        best.fill(0);
        for (int f = 0; f < m_fields.size(); ++f) {
            const Field &field = m_fields.at(f);
            const int base = field.language.isEmpty() ? field.weight
                             : field.language == u"en"_s || field.language == language
                                 ? kInterfaceText
                                 : kOtherLanguageText;
            const bool text = !field.language.isEmpty();
            const auto found = [&](qsizetype at, int entry) {
                const qsizetype end = at + word.size();
                const bool start
                    = !isWordChar(word.front()) || at == 0 || !isWordChar(field.text.at(at - 1));
                const bool finish = !isWordChar(word.back()) || end == field.text.size()
                                    || !isWordChar(field.text.at(end));
                const int quality = start ? (finish ? 3 : 2) : 1;
                best[entry] = std::max(best.at(entry), weigh(base, quality));
                tokenHit[entry] = tokenHit.at(entry) || (f == m_tokenField && quality == 3);
                if (text && quality == 3)
                    scores[entry].position
                        = std::min(scores.at(entry).position, int(at - field.starts.at(entry)));
            };
            if (sparse) {
                // A code left few entries: look in their texts only.
                for (int entry : std::as_const(candidates)) {
                    const qsizetype from = field.starts.at(entry);
                    const QStringView segment
                        = QStringView(field.text).mid(from, field.starts.at(entry + 1) - from);
                    for (qsizetype at = segment.indexOf(word); at >= 0;
                         at = segment.indexOf(word, at + 1))
                        found(from + at, entry);
                }
                continue;
            }
            const QList<Hit> &hits = wordHits(word, f);
            for (const Hit &hit : hits) {
                if (!scores.at(hit.entry).matched)
                    continue;
                best[hit.entry] = std::max(best.at(hit.entry), weigh(base, hit.quality));
                tokenHit[hit.entry]
                    = tokenHit.at(hit.entry) || (f == m_tokenField && hit.quality == 3);
                if (text && hit.wholeAt >= 0)
                    scores[hit.entry].position
                        = std::min(scores.at(hit.entry).position, hit.wholeAt);
            }
        }
        const quint64 bit = w < 64 ? quint64(1) << w : 0;
        for (int i = 0; i < count; ++i) {
            if (!scores.at(i).matched)
                continue;
            int weight = best.at(i);
            for (const Membership &m : m_concepts.at(i)) {
                if (!(concepts.value(m.concept) & bit))
                    continue;
                const int boost = m.primary ? kConceptBoost : kRelatedConceptBoost;
                const int synonym = m.primary ? kSynonym : kRelatedSynonym;
                weight = std::max({weight, synonym, best.at(i) > 0 ? best.at(i) + boost : 0});
            }
            if (weight > 0) {
                ++wordsFound[i];
                points[i] += weight;
            }
        }
    }

    for (int i = 0; i < count; ++i) {
        Score &s = scores[i];
        if (!s.matched)
            continue;
        s.words = wordsFound.at(i);
        s.points = points.at(i);
        if (m_table->at(i).isProvider())
            s.provider = tokenHit.at(i) ? 1 : -1;
        if (!together.isEmpty() && s.words == words.size()) {
            bool found = false;
            // One phrase of one concept of the entry covers several words...
            for (const Membership &m : m_concepts.at(i)) {
                const quint64 mask = concepts.value(m.concept);
                found = found || (mask & (mask - 1)) != 0;
            }
            // ... or the words stand together in its text as typed.
            for (int f = 0; !found && f < m_fields.size(); ++f) {
                const Field &field = m_fields.at(f);
                if (field.language.isEmpty())
                    continue;
                const QStringView text
                    = QStringView(field.text)
                          .mid(field.starts.at(i), field.starts.at(i + 1) - field.starts.at(i));
                found = text.contains(together);
            }
            if (found)
                s.points += kTogether;
        }
        // A code in the query decides what matches; words then only rank. Without one, at least
        // half of the words must match: a stray "a" or "p" of a pasted line does not list all.
        s.matched = query.hasCodes() || s.words * 2 >= words.size();
    }
    return scores;
}

const QList<SearchIndex::Hit> &SearchIndex::wordHits(const QString &word, int field) const
{
    // Typing changes the last word only: the others are looked up again from here.
    if (m_hits.size() > 512)
        m_hits.clear();
    QList<QList<Hit>> &byField = m_hits[word];
    if (byField.isEmpty()) {
        byField.resize(m_fields.size());
        const QStringMatcher matcher(word);
        for (int f = 0; f < m_fields.size(); ++f) {
            const Field &fd = m_fields.at(f);
            // Boyer-Moore pays from a few characters on; a short word is found at once anyway.
            const auto find = [&](qsizetype from) {
                return word.size() > 3 ? matcher.indexIn(fd.text, from)
                                       : fd.text.indexOf(word, from);
            };
            QList<Hit> &hits = byField[f];
            int entry = 0;
            for (qsizetype at = find(0); at >= 0; at = find(at + 1)) {
                while (fd.starts.at(entry + 1) <= at)
                    ++entry;
                const qsizetype end = at + word.size();
                const bool start
                    = !isWordChar(word.front()) || at == 0 || !isWordChar(fd.text.at(at - 1));
                const bool finish = !isWordChar(word.back()) || end == fd.text.size()
                                    || !isWordChar(fd.text.at(end));
                const int quality = start ? (finish ? 3 : 2) : 1;
                const int wholeAt = quality == 3 ? int(at - fd.starts.at(entry)) : -1;
                if (!hits.isEmpty() && hits.back().entry == entry) {
                    Hit &last = hits.back();
                    last.quality = std::max(last.quality, quality);
                    if (last.wholeAt < 0)
                        last.wholeAt = wholeAt;
                } else {
                    hits << Hit{entry, quality, wholeAt};
                }
            }
        }
    }
    return byField.at(field);
}

void SearchIndex::clearCache() const
{
    m_hits.clear();
}

int SearchIndex::compare(const Score &a, const Score &b)
{
    if (a.codeRank != b.codeRank)
        return a.codeRank > b.codeRank ? -1 : 1;
    if (a.words != b.words)
        return a.words > b.words ? -1 : 1;
    if (a.provider != b.provider)
        return a.provider > b.provider ? -1 : 1;
    if (a.points != b.points)
        return a.points > b.points ? -1 : 1;
    if (a.gmail != b.gmail)
        return a.gmail ? -1 : 1;
    if (a.position != b.position)
        return a.position < b.position ? -1 : 1;
    return 0;
}

} // namespace BounceLens
