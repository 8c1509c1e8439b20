#include "search/searchindex.h"

#include "codes/codetable.h"
#include "common/chinesevariants.h"
#include "common/textfolding.h"
#include "search/searchquery.h"
#include "search/synonyms.h"

#include <QStringMatcher>

#include <algorithm>
#include <cstdlib>
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
// A word read through a correction of a typo ranks below the same word typed right.
constexpr int kTypoPenalty = 25;
// A Chinese word found only by its pairs of characters.
constexpr int kFragment = 40;
// A word that more than one in kCommonShare entries have counts kCommonDivisor times less.
constexpr int kCommonShare = 5;
constexpr int kCommonDivisor = 4;

bool isWordChar(QChar c)
{
    return !TextFolding::isWide(c) && c.isLetterOrNumber();
}

// How a word found at `at` in text stands: 3 a whole word, 2 at the start of one, 1 inside one.
int matchQuality(const QString &text, qsizetype at, const QString &word)
{
    const qsizetype end = at + word.size();
    const bool start = !isWordChar(word.front()) || at == 0 || !isWordChar(text.at(at - 1));
    const bool finish = !isWordChar(word.back()) || end == text.size() || !isWordChar(text.at(end));
    return start ? (finish ? 3 : 2) : 1;
}

bool isLatinLetter(QChar c)
{
    return c >= u'a' && c <= u'z';
}

// How many typos a word may have: none below 4 letters, 1 up to 7, 2 from 8 (Latin only).
int allowedTypos(const QString &word)
{
    if (!std::all_of(word.cbegin(), word.cend(), isLatinLetter))
        return 0;
    return word.size() >= 8 ? 2 : word.size() >= 4 ? 1 : 0;
}

// Damerau-Levenshtein distance (optimal string alignment: an adjacent swap is one edit) of a and
// b, or limit + 1 when it is larger than limit.
int editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = b.size();
    QList<int> before(n + 1);
    QList<int> previous(n + 1);
    QList<int> current(n + 1);
    for (qsizetype j = 0; j <= n; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= n; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, before[j - 2] + 1);
            current[j] = d;
            rowBest = std::min(rowBest, d);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[n], limit + 1);
}

// One hit per entry: the best quality, the first whole word.
template<typename Hit>
void addHit(QList<Hit> *hits, const Hit &hit)
{
    if (hits->isEmpty() || hits->back().entry != hit.entry) {
        hits->append(hit);
        return;
    }
    Hit &last = hits->back();
    last.quality = std::max(last.quality, hit.quality);
    if (last.wholeAt < 0)
        last.wholeAt = hit.wholeAt;
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

// English first, then every other language an entry's text has, in the order met.
QStringList textLanguages(const CodeTable &table)
{
    QStringList languages{u"en"_s};
    for (const CodeEntry &e : table.entries()) {
        for (const QString &language : e.text.languages()) {
            if (!languages.contains(language))
                languages << language;
        }
    }
    return languages;
}

// An entry's older wordings, folded, one a line.
QString variantLines(const CodeEntry &e)
{
    QStringList lines;
    for (const Variant &v : e.variants)
        lines << TextFolding::fold(v.text);
    // The 2018 list's wording is an older wording too: searching its words finds the entry.
    if (!e.seedText.isEmpty())
        lines << TextFolding::fold(e.seedText);
    return lines.join(u'\n');
}

// An entry's description in every language and its help-link slug, folded, one a line.
QString descriptionLines(const CodeEntry &e)
{
    QStringList lines;
    for (const QString &text : e.description.all())
        lines << TextFolding::fold(text);
    lines << TextFolding::fold(e.slug);
    return lines.join(u'\n');
}

// A provider's own codes ("DT:SPM", "TSS04") and its name: typing them asks for its entries.
QString tokenLines(const CodeEntry &e)
{
    QStringList lines;
    for (const QString &token : e.tokens) {
        // Codes only: a wording ("Invalid User") is in the entry's text and variants.
        if (!token.contains(u' '))
            lines << TextFolding::fold(token);
    }
    // The source by name ("gmail", "netease"): every entry of a source has it, so that such
    // a word counts as common (a quarter) and the cause words of the query decide.
    if (e.isGmail() || e.isProvider())
        lines << e.sourceKey;
    if (e.isProvider()) {
        for (const QString &name : e.providerName.all())
            lines << TextFolding::fold(name);
    }
    return lines.join(u'\n');
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
    for (const QString &language : textLanguages(*m_table)) {
        QStringList texts;
        for (const CodeEntry &e : m_table->entries())
            texts << TextFolding::fold(e.text.text(language));
        addField(language, kInterfaceText, texts);
    }
    QStringList variants;
    QStringList other;
    QStringList tokens;
    for (const CodeEntry &e : m_table->entries()) {
        variants << variantLines(e);
        other << descriptionLines(e);
        tokens << tokenLines(e);
    }
    addField(QString(), kVariant, variants);
    addField(QString(), kDescription, other);
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

struct SearchIndex::Pass
{
    const SearchQuery *query = nullptr;
    QString language;
    QStringList words;              // as typed (folded)
    QStringList terms;              // what is looked for: the words without particles
    QList<QStringList> corrections; // by word: what a typo is read as
    QList<bool> typo;               // by word: found only through its corrections
    QList<bool> ignored;            // by word: a weak word beside a cause (weighWeakWords)
    int counted = 0;                // the words not ignored
    QList<quint64> concepts;        // by concept: the words it covers
    QString together;               // the words as one phrase (two words or more)
    bool hasCodes = false;
    QList<Score> scores;
    QList<int> candidates; // the entries the codes leave (all without codes)
    bool sparse = false;   // few candidates: their texts are searched one by one
    QList<int> best;       // by entry: the best weight of the current word
    QList<int> wordsFound;
    QList<int> points;
    QList<bool> tokenHit; // by entry: a provider's own code or name typed whole
};

SearchIndex::Pass SearchIndex::prepare(const SearchQuery &query, const QString &language) const
{
    Pass pass;
    pass.query = &query;
    pass.language = language;
    pass.words = query.keywords();
    pass.hasCodes = query.hasCodes();
    pass.together = pass.words.size() > 1 ? query.phraseText() : QString();
    if (!pass.words.isEmpty())
        foldTexts();
    const bool synonyms = m_error.isEmpty();
    for (const QString &word : std::as_const(pass.words)) {
        const QString term = synonyms ? m_synonyms->withoutParticles(word) : word;
        pass.terms << (term.isEmpty() ? word : term);
        pass.corrections << QStringList();
    }
    pass.typo = QList<bool>(pass.words.size(), false);
    pass.concepts = synonyms ? m_synonyms->match(query) : QList<quint64>();
    // The synonyms the corrected words name: "mailbx full" is the concept "mailbox full".
    const auto typos = corrections(query);
    if (typos.isEmpty())
        return pass;
    QStringList corrected = pass.words;
    for (const auto &[word, correction] : typos) {
        const int w = int(pass.words.indexOf(word));
        pass.corrections[w] = correctionsOf(word);
        corrected[w] = correction;
    }
    const SearchQuery again = SearchQuery::parse(corrected.join(u' '));
    if (synonyms && again.keywords().size() == pass.words.size()) {
        const QList<quint64> more = m_synonyms->match(again);
        for (int c = 0; c < pass.concepts.size(); ++c)
            pass.concepts[c] |= more.at(c);
    }
    return pass;
}

void SearchIndex::weighWeakWords(Pass &pass) const
{
    // "TLS rejected, returned": "rejected" and "returned" say it bounced, which every entry is
    // about; the cause is TLS. Weak concepts give way to the others on the words both cover,
    // and a word only weak concepts cover is left out when another word is not.
    pass.ignored = QList<bool>(pass.words.size(), false);
    pass.counted = int(pass.words.size());
    if (!m_error.isEmpty() || pass.words.size() > 64)
        return;
    quint64 strong = 0;
    quint64 weak = 0;
    const QList<Synonyms::Concept> &concepts = m_synonyms->concepts();
    for (int c = 0; c < concepts.size(); ++c)
        (concepts.at(c).weak ? weak : strong) |= pass.concepts.at(c);
    for (int c = 0; c < concepts.size(); ++c) {
        if (concepts.at(c).weak)
            pass.concepts[c] &= ~strong;
    }
    const quint64 all
        = pass.words.size() == 64 ? ~quint64(0) : (quint64(1) << pass.words.size()) - 1;
    const quint64 weakOnly = weak & ~strong;
    if ((all & ~weakOnly) == 0)
        return; // nothing but weak words: they are the query
    for (int w = 0; w < pass.words.size(); ++w) {
        if (weakOnly & (quint64(1) << w)) {
            pass.ignored[w] = true;
            --pass.counted;
        }
    }
}

void SearchIndex::selectCandidates(Pass &pass) const
{
    const int count = m_table->size();
    pass.scores = QList<Score>(count);
    pass.best = QList<int>(count, 0);
    pass.wordsFound = QList<int>(count, 0);
    pass.points = QList<int>(count, 0);
    pass.tokenHit = QList<bool>(count, false);
    for (int i = 0; i < count; ++i) {
        Score &s = pass.scores[i];
        s.gmail = m_table->at(i).isGmail();
        s.position = kNowhere;
        const CodeEntry &e = m_table->at(i);
        s.matched = !pass.hasCodes || pass.query->matchesCodes(e);
        if (s.matched && pass.hasCodes)
            s.codeRank = pass.query->codeRank(e);
        if (s.matched)
            pass.candidates << i;
    }
    pass.sparse = pass.candidates.size() * 4 < count;
}

int SearchIndex::fieldBase(int field, const QString &language) const
{
    const Field &f = m_fields.at(field);
    if (f.language.isEmpty())
        return f.weight;
    return f.language == u"en"_s || f.language == language ? kInterfaceText : kOtherLanguageText;
}

// One occurrence of a looked-for word in field f: the entry's best weight, a provider's code
// typed whole, where the first whole word stands in a text.
void SearchIndex::found(Pass &pass, int f, int base, const Hit &hit) const
{
    pass.best[hit.entry] = std::max(pass.best.at(hit.entry), weigh(base, hit.quality));
    if (f == m_tokenField && hit.quality == 3)
        pass.tokenHit[hit.entry] = true;
    if (!m_fields.at(f).language.isEmpty() && hit.wholeAt >= 0)
        pass.scores[hit.entry].position = std::min(pass.scores.at(hit.entry).position, hit.wholeAt);
}

// A code left few entries: look in their texts only.
void SearchIndex::lookInCandidates(Pass &pass, int f, int base, const QString &term) const
{
    const Field &field = m_fields.at(f);
    for (int entry : std::as_const(pass.candidates)) {
        const qsizetype from = field.starts.at(entry);
        const QStringView segment
            = QStringView(field.text).mid(from, field.starts.at(entry + 1) - from);
        for (qsizetype at = segment.indexOf(term); at >= 0; at = segment.indexOf(term, at + 1)) {
            const int quality = matchQuality(field.text, from + at, term);
            found(pass, f, base, Hit{entry, quality, quality == 3 ? int(at) : -1});
        }
    }
}

void SearchIndex::lookFor(Pass &pass, const QString &term) const
{
    for (int f = 0; f < m_fields.size(); ++f) {
        const int base = fieldBase(f, pass.language);
        if (pass.sparse) {
            lookInCandidates(pass, f, base, term);
            continue;
        }
        for (const Hit &hit : wordHits(term, f)) {
            if (pass.scores.at(hit.entry).matched)
                found(pass, f, base, hit);
        }
    }
}

void SearchIndex::lookForPairs(Pass &pass, const QString &term) const
{
    // A Chinese word no entry has as a whole ("fa you jian tai pin fan"): the entries that have
    // its pairs of characters, by how much of the word the pairs they have cover.
    if (term.size() < 3 || term.size() > 64)
        return;
    const int count = m_table->size();
    QList<quint64> covered(count, 0);
    QList<int> weight(count, 0);
    for (int k = 0; k + 1 < term.size(); ++k) {
        if (!TextFolding::isWide(term.at(k)) || !TextFolding::isWide(term.at(k + 1)))
            continue;
        pass.best.fill(0);
        lookFor(pass, term.mid(k, 2));
        for (int i : std::as_const(pass.candidates)) {
            if (pass.best.at(i) == 0)
                continue;
            covered[i] |= quint64(3) << k;
            weight[i] = std::max(weight.at(i), pass.best.at(i));
        }
    }
    pass.best.fill(0);
    for (int i : std::as_const(pass.candidates)) {
        const int share = qPopulationCount(covered.at(i));
        if (share * 2 >= term.size())
            pass.best[i] = std::max(0, weight.at(i) * share / int(term.size()) - kFragment);
    }
}

void SearchIndex::weighWord(Pass &pass, int word) const
{
    const QString &term = pass.terms.at(word);
    pass.best.fill(0);
    lookFor(pass, term);
    const auto anyFound = [&] {
        return std::any_of(pass.candidates.cbegin(), pass.candidates.cend(),
                           [&](int i) { return pass.best.at(i) > 0; });
    };
    if (anyFound())
        return;
    if (TextFolding::isWide(term.front())) {
        // A concept that covers the word says what it means; its pairs would only add noise.
        const quint64 bit = word < 64 ? quint64(1) << word : 0;
        if (std::none_of(pass.concepts.cbegin(), pass.concepts.cend(),
                         [bit](quint64 mask) { return (mask & bit) != 0; }))
            lookForPairs(pass, term);
        return;
    }
    // A corrected word never names a provider's code: only the code typed as it is does.
    const QList<bool> tokenHit = pass.tokenHit;
    for (const QString &correction : pass.corrections.at(word))
        lookFor(pass, correction);
    pass.tokenHit = tokenHit;
    pass.typo[word] = !pass.corrections.at(word).isEmpty();
}

int SearchIndex::conceptWeight(const Pass &pass, int entry, quint64 bit) const
{
    const int literal = pass.best.at(entry);
    int weight = literal;
    bool cause = false;
    for (const Membership &m : m_concepts.at(entry)) {
        if (!(pass.concepts.value(m.concept) & bit))
            continue;
        cause = true;
        const int boost = m.primary ? kConceptBoost : kRelatedConceptBoost;
        const int synonym = m.primary ? kSynonym : kRelatedSynonym;
        weight = std::max({weight, synonym, literal > 0 ? literal + boost : 0});
    }
    // A cause word counts as a synonym in an entry that is not Gmail's own (a generic meaning,
    // another provider's reply): Gmail's replies for the cause ("mailbox full": 452 4.2.2,
    // 552 5.2.2) come before the RFC's "Mailbox full" (x.2.2), which says it word for word.
    if (cause && !m_table->at(entry).isGmail())
        weight = std::min(weight, kSynonym);
    return weight;
}

void SearchIndex::creditWord(Pass &pass, int word) const
{
    if (pass.ignored.at(word))
        return;
    const quint64 bit = word < 64 ? quint64(1) << word : 0;
    const bool typo = pass.typo.at(word);
    QList<int> &weights = pass.best; // the literal weights are read before they are replaced
    for (int i : std::as_const(pass.candidates))
        weights[i] = conceptWeight(pass, i, bit);
    // A word that most entries have ("gmail", "the") tells them apart less than one a few
    // have: without a code, it counts a quarter when more than a fifth of the entries have it.
    int having = 0;
    for (int i : std::as_const(pass.candidates))
        having += weights.at(i) > 0 ? 1 : 0;
    const bool common = !pass.hasCodes && having * kCommonShare > int(pass.candidates.size());
    for (int i : std::as_const(pass.candidates)) {
        int weight = weights.at(i);
        if (weight > 0 && common)
            weight = std::max(1, weight / kCommonDivisor);
        if (weight > 0 && typo) {
            weight = std::max(1, weight - kTypoPenalty);
            ++pass.scores[i].typos;
        }
        if (weight > 0) {
            ++pass.wordsFound[i];
            pass.points[i] += weight;
        }
    }
}

bool SearchIndex::standTogether(const Pass &pass, int entry) const
{
    // One phrase of one concept of the entry covers several words...
    for (const Membership &m : m_concepts.at(entry)) {
        const quint64 mask = pass.concepts.value(m.concept);
        if ((mask & (mask - 1)) != 0)
            return true;
    }
    // ... or the words stand together in its text as typed.
    for (const Field &field : m_fields) {
        if (field.language.isEmpty())
            continue;
        const qsizetype from = field.starts.at(entry);
        if (QStringView(field.text)
                .mid(from, field.starts.at(entry + 1) - from)
                .contains(pass.together))
            return true;
    }
    return false;
}

void SearchIndex::finish(Pass &pass) const
{
    const int words = pass.counted;
    for (int i : std::as_const(pass.candidates)) {
        Score &s = pass.scores[i];
        s.words = pass.wordsFound.at(i);
        if (m_table->at(i).isProvider())
            s.provider = pass.tokenHit.at(i) ? 1 : -1;
        s.points = pass.points.at(i);
        if (!pass.together.isEmpty() && s.words == words && standTogether(pass, i))
            s.points += kTogether;
        // A code in the query decides what matches; words then only rank. Without one, at least
        // half of the words must match: a stray "a" or "p" of a pasted line does not list all.
        s.matched = pass.hasCodes || s.words * 2 >= words;
    }
}

QList<SearchIndex::Score> SearchIndex::score(const SearchQuery &query,
                                             const QString &language) const
{
    Pass pass = prepare(query, language);
    weighWeakWords(pass);
    selectCandidates(pass);
    for (int w = 0; w < pass.words.size(); ++w) {
        weighWord(pass, w);
        creditWord(pass, w);
    }
    finish(pass);
    return pass.scores;
}

QList<std::pair<QString, QString>> SearchIndex::corrections(const SearchQuery &query) const
{
    QList<std::pair<QString, QString>> result;
    const QStringList words = query.keywords();
    if (words.size() > kMaxCorrectedWords || words.isEmpty())
        return result;
    foldTexts();
    for (const QString &word : words) {
        const QStringList &found = correctionsOf(word);
        if (!found.isEmpty())
            result.append({word, found.first()});
    }
    return result;
}

bool SearchIndex::isKnown(const QString &word) const
{
    // A word being typed ("mailb") is the start of a known one; "ount" stands inside one.
    const auto it = std::lower_bound(m_vocabulary.cbegin(), m_vocabulary.cend(), word);
    if (it != m_vocabulary.cend() && it->startsWith(word))
        return true;
    return std::any_of(m_fields.cbegin(), m_fields.cend(),
                       [&](const Field &f) { return f.text.contains(word); });
}

const QStringList &SearchIndex::correctionsOf(const QString &word) const
{
    const auto cached = m_corrections.constFind(word);
    if (cached != m_corrections.cend())
        return *cached;
    if (m_corrections.size() > 512)
        m_corrections.clear();
    QStringList &result = m_corrections[word];
    const int limit = allowedTypos(word);
    if (limit == 0)
        return result;
    buildVocabulary();
    if (isKnown(word))
        return result;
    int bestDistance = limit + 1;
    for (const QString &candidate : std::as_const(m_vocabulary)) {
        if (std::abs(candidate.size() - word.size()) > limit)
            continue;
        const int d = editDistance(word, candidate, limit);
        if (d > limit)
            continue;
        if (d < bestDistance) {
            bestDistance = d;
            result.clear();
        }
        if (d == bestDistance)
            result << candidate;
    }
    // The most frequent first, then alphabetically: the same answer every time.
    std::stable_sort(result.begin(), result.end(), [this](const QString &a, const QString &b) {
        return m_frequency.value(a) > m_frequency.value(b);
    });
    if (result.size() > 3)
        result.resize(3);
    return result;
}

void SearchIndex::buildVocabulary() const
{
    if (!m_vocabulary.isEmpty())
        return;
    const auto add = [this](const QString &text) {
        qsizetype start = -1;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool letter = i < text.size() && isLatinLetter(text.at(i));
            if (letter && start < 0)
                start = i;
            if (!letter && start >= 0) {
                if (i - start >= 3)
                    ++m_frequency[text.mid(start, i - start)];
                start = -1;
            }
        }
    };
    // Not the providers' codes ("SPM" of DT:SPM): a code is typed as it is, never corrected to.
    for (int f = 0; f < m_fields.size(); ++f) {
        if (f != m_tokenField)
            add(m_fields.at(f).text);
    }
    if (m_error.isEmpty()) {
        for (const Synonyms::Concept &c : m_synonyms->concepts()) {
            for (const QString &phrase : c.phrases)
                add(phrase);
        }
    }
    m_vocabulary = m_frequency.keys();
    std::sort(m_vocabulary.begin(), m_vocabulary.end());
}

const QList<SearchIndex::Hit> &SearchIndex::wordHits(const QString &word, int field) const
{
    // Typing changes the last word only: the others are looked up again from here.
    if (m_hits.size() > 512)
        m_hits.clear();
    QList<QList<Hit>> &byField = m_hits[word];
    if (!byField.isEmpty())
        return byField.at(field);
    byField.resize(m_fields.size());
    const bool pair
        = word.size() == 2 && TextFolding::isWide(word.at(0)) && TextFolding::isWide(word.at(1));
    const QStringMatcher matcher(word);
    for (int f = 0; f < m_fields.size(); ++f) {
        const Field &fd = m_fields.at(f);
        QList<Hit> &hits = byField[f];
        int entry = 0;
        const auto add = [&](qsizetype at) {
            while (fd.starts.at(entry + 1) <= at)
                ++entry;
            const int quality = matchQuality(fd.text, at, word);
            addHit(&hits, Hit{entry, quality, quality == 3 ? int(at - fd.starts.at(entry)) : -1});
        };
        if (pair) {
            // Two Chinese characters (a word's pairs, lookForPairs): where the first stands.
            for (int at : wideCharacterIndex(f).value(word.at(0).unicode())) {
                if (at + 1 < fd.text.size() && fd.text.at(at + 1) == word.at(1))
                    add(at);
            }
            continue;
        }
        // Boyer-Moore pays from a few characters on; a short word is found at once anyway.
        const auto find = [&](qsizetype from) {
            return word.size() > 3 ? matcher.indexIn(fd.text, from) : fd.text.indexOf(word, from);
        };
        for (qsizetype at = find(0); at >= 0; at = find(at + 1))
            add(at);
    }
    return byField.at(field);
}

const QHash<char16_t, QList<int>> &SearchIndex::wideCharacterIndex(int field) const
{
    if (m_wideAt.size() != m_fields.size()) {
        m_wideAt = QList<QHash<char16_t, QList<int>>>(m_fields.size());
        for (int f = 0; f < m_fields.size(); ++f) {
            const QString &text = m_fields.at(f).text;
            for (int i = 0; i < text.size(); ++i) {
                if (TextFolding::isWide(text.at(i)))
                    m_wideAt[f][text.at(i).unicode()] << i;
            }
        }
    }
    return m_wideAt.at(field);
}

void SearchIndex::clearCache() const
{
    m_hits.clear();
    m_corrections.clear();
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
