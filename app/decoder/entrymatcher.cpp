#include "decoder/entrymatcher.h"

#include "decoder/scoringweights.h"

#include "codes/codemeaning.h"
#include "codes/codetable.h"
#include "decoder/replyextractor.h"

#include <QRegularExpression>

#include <algorithm>
#include <bitset>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMaxWords = 200;
constexpr int kMaxCandidates = 5;

// How well the reply's codes fit an entry: 1 exact pair, 0.9 a pair the entry says servers send
// instead, 0.6 the same enhanced code only, 0 otherwise.
double codeFit(const CodeEntry &e, int code, const QString &status)
{
    const bool codeOk = code == 0 || e.replyCode == code || e.altReplyCodes.contains(code);
    const bool statusExact = e.status == status;
    const bool statusOk = statusExact || e.altStatus.contains(status) || status.isEmpty();
    if (codeOk && statusOk)
        return (e.replyCode == code && statusExact) ? kWeights.match.fitExact
                                                    : kWeights.match.fitAlternative;
    if (statusOk && !status.isEmpty())
        return kWeights.match.fitStatusOnly;
    return 0;
}

// A provider's own code ("DT:SPM", "TSS04", "S3150", "AS(7230)"): one word with a digit or a
// separator, not an enhanced status code (which other servers send too) nor a phrase ("Invalid
// User"): only such a token says whose reply it is when the host does not.
bool isDistinctive(const QString &token)
{
    static const QRegularExpression status(uR"(^\d\.\d{1,3}\.\d{1,3}$)"_s);
    static const QRegularExpression code(uR"(^[^\s]*[\d:(.][^\s]*$)"_s);
    return code.match(token).hasMatch() && !status.match(token).hasMatch();
}

std::vector<size_t> distinctSorted(std::vector<size_t> v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

double dice(const std::vector<size_t> &a, const std::vector<size_t> &b)
{
    if (a.empty() && b.empty())
        return 0;
    size_t common = 0;
    auto i = a.begin(), j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return 2.0 * double(common) / double(a.size() + b.size());
}

bool replyCodeFits(const CodeEntry &e, int code)
{
    return code == 0 || e.replyCode == code || e.altReplyCodes.contains(code);
}

bool statusFits(const CodeEntry &e, const QString &status)
{
    return e.status.isEmpty() || status.isEmpty() || e.status == status
           || e.altStatus.contains(status);
}

// slug: the reply's help-link slug, lower case.
bool slugMatches(const CodeEntry &e, const QString &slug)
{
    return !slug.isEmpty()
           && (e.slug.toLower() == slug || e.altSlugs.contains(slug, Qt::CaseInsensitive));
}

} // namespace

QStringList EntryMatcher::words(const QString &input)
{
    static const QRegularExpression urls(uR"(<?\bhttps?://[^\s>]+>?|\{[a-z0-9-]+\})"_s);
    QString text = input.toLower();
    text.replace(urls, u" "_s);
    QStringList result;
    QString word;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        if (word == u"email"_s || word == u"e-mail"_s)
            word = u"mail"_s;
        if (result.size() < kMaxWords)
            result << word;
        word.clear();
    };
    for (const QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if ((c == u'\'' || c == u'-' || c == QChar(0x2019)) && !word.isEmpty()) {
            if (c == u'-')
                word.append(c); // "e-mail", "double-checking"
        } else {
            flush();
        }
    }
    flush();
    return result;
}

EntryMatcher::WordSets EntryMatcher::sets(const QStringList &w)
{
    WordSets s;
    std::vector<size_t> uni, bi;
    uni.reserve(size_t(w.size()));
    bi.reserve(size_t(w.size()));
    size_t previous = 0;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const size_t h = qHash(w.at(i));
        uni.push_back(h);
        if (i > 0)
            bi.push_back(previous * 1000003u ^ h);
        previous = h;
    }
    s.unigrams = distinctSorted(std::move(uni));
    s.bigrams = distinctSorted(std::move(bi));
    s.count = w.size();
    return s;
}

double EntryMatcher::similarity(const WordSets &a, const WordSets &b)
{
    if (a.count == 0 || b.count == 0)
        return 0;
    const double uni = dice(a.unigrams, b.unigrams);
    if (a.count < 2 || b.count < 2)
        return uni;
    return kWeights.match.unigrams * uni + kWeights.match.bigrams * dice(a.bigrams, b.bigrams);
}

double EntryMatcher::similarity(const QStringList &a, const QStringList &b)
{
    return similarity(sets(a), sets(b));
}

EntryMatcher::EntryMatcher(const CodeTable &table)
    : m_table(table)
{
    for (int i = 0; i < table.size(); ++i) {
        if (!table.at(i).isProviderReply())
            continue;
        auto &list = table.at(i).isGmail() ? m_gmail : m_providers;
        list.push_back(std::make_unique<Prepared>());
        Prepared &p = *list.back();
        p.index = i;
        if (table.at(i).isGmail())
            continue;
        const CodeEntry &e = table.at(i);
        if (!e.helpUrl.isEmpty()) {
            QString bare = e.helpUrl.mid(e.helpUrl.indexOf(u"//"_s) + 2);
            if (bare.endsWith(u'/'))
                bare.chop(1);
            if (bare.count(u'/') >= 2)
                p.link = foldedToken(bare);
        }
        for (const QString &token : e.tokens)
            p.tokens.push_back(foldedToken(token));
    }
    for (const ProviderInfo &provider : table.providers()) {
        std::vector<Prepared::Token> links;
        for (const QString &link : provider.links)
            links.push_back(foldedToken(link));
        m_links.push_back(std::move(links));
    }
}

// A reply's diagnostic for the provider tokens' search: case folded once (Qt's case-insensitive
// search compares the same simple case foldings, unit by unit, so the folded text has the same
// matches at the same places), and which pairs of adjacent characters it holds, so that a token
// whose first two characters never stand together in it is not searched for at all.
struct EntryMatcher::Haystack
{
    static unsigned pairKey(QChar a, QChar b) { return (a.unicode() * 31u + b.unicode()) & 4095u; }

    explicit Haystack(const QString &diagnostic)
        : text(diagnostic)
        , folded(diagnostic.toCaseFolded())
        , same(folded.size() == text.size())
    {
        for (qsizetype i = 1; same && i < folded.size(); ++i)
            pairs.set(pairKey(folded.at(i - 1), folded.at(i)));
    }

    const QString &text;
    const QString folded;
    const bool same;
    std::bitset<4096> pairs;
};

EntryMatcher::Prepared::Token EntryMatcher::foldedToken(const QString &token)
{
    Prepared::Token t;
    t.text = token.toCaseFolded();
    t.folded = t.text.size() == token.size();
    if (!t.folded)
        t.text = token;
    else if (t.text.size() >= 2)
        t.pair = Haystack::pairKey(t.text.at(0), t.text.at(1));
    t.distinctive = isDistinctive(token);
    t.wordStart = !token.isEmpty() && token.front().isLetterOrNumber();
    t.wordEnd = !token.isEmpty() && token.back().isLetterOrNumber();
    return t;
}

// The token stands in the text as a whole ("S843" not inside "S8430"), any case.
bool EntryMatcher::containsToken(const Haystack &h, const Prepared::Token &token)
{
    const bool fast = h.same && token.folded;
    if (fast && token.text.size() >= 2 && !h.pairs.test(token.pair))
        return false;
    const QString &haystack = fast ? h.folded : h.text;
    const Qt::CaseSensitivity cs = fast ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const QString &text = h.text;
    for (qsizetype at = haystack.indexOf(token.text, 0, cs); at >= 0;
         at = haystack.indexOf(token.text, at + 1, cs)) {
        const qsizetype end = at + token.text.size();
        const bool before = !token.wordStart || at == 0 || !text.at(at - 1).isLetterOrNumber();
        const bool after = !token.wordEnd || end == text.size() || !text.at(end).isLetterOrNumber();
        if (before && after)
            return true;
    }
    return false;
}

bool EntryMatcher::namesEntry(const Haystack &h, const Prepared &p, bool known)
{
    // The entry's help page named in the reply ("service.mail.qq.com/detail/122/171").
    bool hit = !p.link.text.isEmpty() && containsToken(h, p.link);
    for (const Prepared::Token &t : p.tokens) {
        if (known || t.distinctive)
            hit = hit || containsToken(h, t);
    }
    return hit;
}

const QList<EntryMatcher::WordSets> &EntryMatcher::textsOf(const Prepared &p) const
{
    std::call_once(p.once, [&] {
        const CodeEntry &e = m_table.at(p.index);
        p.texts << sets(words(e.text.english()));
        for (const Variant &v : e.variants)
            p.texts << sets(words(v.text));
    });
    return p.texts;
}

EntryMatcher::Match EntryMatcher::generic(int replyCode, const QString &status) const
{
    Match m;
    const QList<int> all = CodeMeaning::genericEntries(m_table, replyCode, status);
    // Most specific first: the detail, the subject, then the reply code, the class.
    QList<int> order;
    QList<double> scores;
    auto add = [&](const QString &id, double score) {
        const int index = m_table.indexOf(id);
        if (index >= 0 && all.contains(index) && !order.contains(index)) {
            order << index;
            scores << score;
        }
    };
    const QStringList parts = status.split(u'.');
    if (parts.size() == 3) {
        add(u"rfc3463-x."_s + parts.at(1) + u'.' + parts.at(2), kWeights.match.genericDetail);
        add(u"rfc3463-x."_s + parts.at(1) + u".x"_s, kWeights.match.genericSubject);
        if (replyCode > 0)
            add(u"rfc5321-"_s + QString::number(replyCode), kWeights.match.genericReply);
        add(u"rfc3463-"_s + parts.at(0) + u".x.x"_s, kWeights.match.genericClass);
    } else if (replyCode > 0) {
        add(u"rfc5321-"_s + QString::number(replyCode), kWeights.match.genericReplyOnly);
    }
    if (order.isEmpty())
        return m;
    m.entryIndex = order.first();
    m.confidence = scores.first();
    for (int i = 1; i < order.size(); ++i)
        m.candidates.append({order.at(i), scores.at(i)});
    return m;
}

// ProviderInfo::matchesLink on the case-folded text (one folding for every provider's links,
// a case-sensitive search instead of Qt's case-insensitive one, character by character).
bool EntryMatcher::namesLink(const std::vector<Prepared::Token> &links, const QString &text,
                             const QString &folded)
{
    const bool same = folded.size() == text.size();
    return std::any_of(links.cbegin(), links.cend(), [&](const Prepared::Token &link) {
        return same && link.folded ? folded.contains(link.text)
                                   : text.contains(link.text, Qt::CaseInsensitive);
    });
}

QString EntryMatcher::providerOf(const QString &host, const QString &text) const
{
    const QList<ProviderInfo> &providers = m_table.providers();
    for (const ProviderInfo &p : providers) {
        if (p.matchesHost(host))
            return p.key;
    }
    const QString folded = text.toCaseFolded();
    for (qsizetype i = 0; i < providers.size(); ++i) {
        if (namesLink(m_links.at(size_t(i)), text, folded))
            return providers.at(i).key;
    }
    return {};
}

void EntryMatcher::sortByScore(QList<Scored> &scored)
{
    std::stable_sort(scored.begin(), scored.end(),
                     [](const Scored &a, const Scored &b) { return a.score > b.score; });
}

// The best Gmail entry is good enough: any fit for a Google reply, a close text otherwise.
bool EntryMatcher::gmailFits(const QList<Scored> &scored, bool google)
{
    if (scored.isEmpty())
        return false;
    const auto &w = kWeights.match;
    const Scored &best = scored.first();
    return google ? best.score >= w.googleFloor
                  : best.text >= w.otherFloor && best.score >= w.otherFloor;
}

// The winner of a ranking (sorted, not empty), its confidence and the runners-up.
void EntryMatcher::takeRanking(Match &m, const QList<Scored> &scored)
{
    const auto &w = kWeights.match;
    m.entryIndex = scored.first().index;
    const double best = scored.first().score;
    const double second = scored.size() > 1 ? scored.at(1).score : 0;
    // A clear winner is more certain than a near tie between siblings.
    const double margin = std::min(1.0, (best - second) / w.marginSpan);
    m.confidence = std::clamp(best * (1.0 - w.marginShare + w.marginShare * margin), 0.0, 1.0);
    for (int i = 1; i < scored.size() && m.candidates.size() < kMaxCandidates; ++i)
        m.candidates.append({scored.at(i).index, std::clamp(scored.at(i).score, 0.0, 1.0)});
}

EntryMatcher::Match EntryMatcher::matchProvider(const SmtpReply &reply, const WordSets &replyWords,
                                                const QString &provider) const
{
    const auto &w = kWeights.match;
    QList<Scored> scored;
    const Haystack haystack(reply.diagnostic);
    for (const auto &prepared : m_providers) {
        const CodeEntry &e = m_table.at(prepared->index);
        const bool known = !provider.isEmpty() && e.sourceKey == provider;
        const bool hit = namesEntry(haystack, *prepared, known);
        const bool codeOk = replyCodeFits(e, reply.code);
        if (!hit && !(known && codeOk))
            continue;
        const double text = bestText(*prepared, replyWords);
        if (!hit && text < w.providerTextFloor)
            continue;
        const double fit = (codeOk ? 0.5 : 0.0) + (statusFits(e, reply.status) ? 0.5 : 0.0);
        double score
            = w.providerHit * (hit ? 1.0 : 0.0) + w.providerText * text + w.providerFit * fit;
        score = known ? score + w.providerKnown : score * w.tokenOnlyShare;
        scored.append({prepared->index, score, text});
    }
    sortByScore(scored);
    Match m;
    if (scored.isEmpty() || scored.first().score < w.providerFloor * w.tokenOnlyShare)
        return m;
    const CodeEntry &best = m_table.at(scored.first().index);
    m.provider = best.sourceKey;
    m.providerConfirmed = !provider.isEmpty() && best.sourceKey == provider;
    takeRanking(m, scored);
    return m;
}

double EntryMatcher::bestText(const Prepared &p, const WordSets &replyWords) const
{
    double text = 0;
    for (const WordSets &t : textsOf(p))
        text = std::max(text, similarity(replyWords, t));
    return text;
}

QList<EntryMatcher::Scored> EntryMatcher::scoreGmail(const SmtpReply &reply,
                                                     const WordSets &replyWords) const
{
    const auto &w = kWeights.match;
    QList<Scored> scored;
    const QString slug = reply.slug.toLower();
    for (const auto &prepared : m_gmail) {
        const Prepared &p = *prepared;
        const CodeEntry &e = m_table.at(p.index);
        const double fit = codeFit(e, reply.code, reply.status);
        const bool slugMatch = slugMatches(e, slug);
        if (fit == 0 && !slugMatch)
            continue;
        const double text = bestText(p, replyWords);
        double score;
        if (!slug.isEmpty()) {
            const bool noSlug = e.slug.isEmpty() && e.altSlugs.isEmpty();
            const double s = slugMatch ? 1.0 : (noSlug ? w.slugOfEntryWithoutSlug : 0.0);
            score = w.slugWithSlug * s + w.textWithSlug * text + w.fitWithSlug * fit;
        } else {
            score = w.textWithoutSlug * text + w.fitWithoutSlug * fit;
        }
        scored.append({p.index, score, text});
    }
    sortByScore(scored);
    return scored;
}

EntryMatcher::Match EntryMatcher::match(const SmtpReply &reply, bool google,
                                        const QString &provider) const
{
    const WordSets replyWords = sets(words(reply.text));
    if (!google) {
        // Another provider's own reply explains more than a Gmail look-alike or the RFC.
        Match m = matchProvider(reply, replyWords, provider);
        if (m.entryIndex >= 0)
            return m;
    }
    const QList<Scored> scored = scoreGmail(reply, replyWords);
    if (!gmailFits(scored, google))
        return generic(reply.code, reply.status);
    Match m;
    m.gmail = true;
    takeRanking(m, scored);
    return m;
}

} // namespace BounceLens
