#include "search/synonyms.h"

#include "common/datafile.h"

#include "codes/codeentry.h"
#include "codes/codetable.h"
#include "common/languages.h"
#include "common/textfolding.h"
#include "search/searchquery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kFormat = u"bouncelens-synonyms"_s;
constexpr int kVersion = 1;

bool readStrings(const QJsonValue &value, QStringList *out)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return false;
        out->append(item.toString());
    }
    return true;
}

bool isWordChar(QChar c)
{
    return !TextFolding::isWide(c) && c.isLetterOrNumber();
}

bool readParticles(const QJsonValue &value, QString *out)
{
    QStringList list;
    if (!readStrings(value, &list))
        return false;
    for (const QString &particle : std::as_const(list)) {
        const QString folded = TextFolding::fold(particle);
        if (folded.size() != 1 || !TextFolding::isWide(folded.front()))
            return false;
        *out += folded;
    }
    return true;
}

// Where phrase (parts separated by '*') ends when it starts exactly at `at` in text, or -1.
// The parts of a Chinese phrase stand in one run of Chinese text, at most Synonyms::kGap
// characters apart. Anchored: a long pasted text costs a few comparisons per place, not a scan.
qsizetype matchAt(const QString &text, QStringView phrase, qsizetype at)
{
    const qsizetype gap = phrase.indexOf(u'*');
    const QStringView first = gap < 0 ? phrase : phrase.left(gap);
    if (QStringView(text).mid(at, first.size()) != first)
        return -1;
    const qsizetype end = at + first.size();
    if (gap < 0)
        return end;
    const qsizetype limit = std::min(text.size(), end + Synonyms::kGap);
    for (qsizetype next = end; next <= limit; ++next) {
        if (const qsizetype stop = matchAt(text, phrase.mid(gap + 1), next); stop >= 0)
            return stop;
        if (next < text.size() && !TextFolding::isWide(text.at(next)))
            break;
    }
    return -1;
}

// Where phrase occurs in text from `from` on: [start, end), or start -1.
std::pair<qsizetype, qsizetype> findPhrase(const QString &text, const QString &phrase,
                                           qsizetype from)
{
    const qsizetype gap = phrase.indexOf(u'*');
    const QStringView first = gap < 0 ? QStringView(phrase) : QStringView(phrase).left(gap);
    for (qsizetype at = text.indexOf(first, from); at >= 0; at = text.indexOf(first, at + 1)) {
        if (const qsizetype end = matchAt(text, phrase, at); end >= 0)
            return {at, end};
    }
    return {-1, -1};
}

// "spam" in "antispam" is no match, nor "ip" in "zip"; "password" in "passwords" is.
bool standsAlone(const QString &text, const QString &phrase, qsizetype at, qsizetype end)
{
    if (isWordChar(phrase.front()) && at > 0 && isWordChar(text.at(at - 1)))
        return false;
    return !(phrase.size() < 4 && isWordChar(phrase.back()) && end < text.size()
             && isWordChar(text.at(end)));
}

} // namespace

std::optional<Synonyms::Problem> Synonyms::readPhrases(const QJsonObject &o, Concept *c) const
{
    const QJsonValue phrases = o.value(u"phrases"_s);
    if (!phrases.isObject())
        return Problem{u"phrases"_s, tr("expected an object of phrase lists by language")};
    const QJsonObject byLanguage = phrases.toObject();
    for (const QString &language : Languages::codes()) {
        QStringList list;
        if (!readStrings(byLanguage.value(language), &list) || list.isEmpty())
            return Problem{u"phrases."_s + language,
                           tr("expected a non-empty array of non-empty strings")};
        c->languages << language;
        c->original << list;
        for (const QString &phrase : std::as_const(list)) {
            const QString folded = withoutParticles(TextFolding::fold(phrase));
            if (folded.split(u'*').contains(QString()))
                return Problem{u"phrases."_s + language,
                               tr("\"%1\": a gap (*) needs words on both sides").arg(phrase)};
            if (!c->phrases.contains(folded))
                c->phrases << folded;
        }
    }
    for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it) {
        if (!Languages::isSupported(it.key()))
            return Problem{u"phrases"_s, tr("unknown language \"%1\"").arg(it.key())};
    }
    return std::nullopt;
}

std::optional<Synonyms::Problem> Synonyms::readTargets(const QJsonObject &o, Concept *c)
{
    const QJsonValue weak = o.value(u"weak"_s);
    if (!weak.isUndefined() && !weak.isBool())
        return Problem{u"weak"_s, tr("must be true or false")};
    c->weak = weak.toBool();
    const std::pair<QString, QStringList *> targets[]
        = {{u"reasons"_s, &c->reasons}, {u"codes"_s, &c->codes}, {u"ids"_s, &c->ids}};
    for (const auto &[field, target] : targets) {
        if (!readStrings(o.value(field), target))
            return Problem{field, tr("must be an array of non-empty strings")};
    }
    if (c->reasons.isEmpty() && c->codes.isEmpty() && c->ids.isEmpty())
        return Problem{u"reasons"_s, tr("a concept needs \"reasons\", \"codes\" or \"ids\"")};
    for (const QString &code : std::as_const(c->codes)) {
        const SearchQuery q = SearchQuery::parse(code);
        if (!q.hasCodes() || !q.keywords().isEmpty())
            return Problem{u"codes"_s,
                           tr("\"%1\" is not a code like 550, 5.1.1 or \"550 5.1.1\"").arg(code)};
    }
    return std::nullopt;
}

std::optional<Synonyms> Synonyms::load(const QByteArray &data, const QString &name, QString *error)
{
    const std::optional<QJsonObject> opened
        = DataFile::open(data, name, kFormat, kVersion, tr("synonyms file"), error);
    if (!opened)
        return std::nullopt;
    const QJsonObject &root = *opened;
    if (!root.value(u"concepts"_s).isArray()) {
        *error = tr("%1: \"concepts\" must be an array").arg(name);
        return std::nullopt;
    }
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]*$"_s);
    Synonyms synonyms;
    if (!readParticles(root.value(u"particles"_s), &synonyms.m_particles)) {
        *error = tr("%1: \"particles\" must be an array of single Chinese characters").arg(name);
        return std::nullopt;
    }
    QSet<QString> ids;
    const QJsonArray concepts = root.value(u"concepts"_s).toArray();
    for (int i = 0; i < concepts.size(); ++i) {
        const QJsonObject o = concepts.at(i).toObject();
        Concept c;
        c.id = o.value(u"id"_s).toString();
        const QString where = c.id.isEmpty()
                                  ? tr("%1: concept %2").arg(name).arg(i + 1)
                                  : tr("%1: concept %2 (\"%3\")").arg(name).arg(i + 1).arg(c.id);
        auto fail = [&](const QString &field, const QString &problem) {
            *error = tr("%1: field \"%2\": %3").arg(where, field, problem);
            return std::nullopt;
        };
        if (!concepts.at(i).isObject()) {
            *error = tr("%1: not an object").arg(where);
            return std::nullopt;
        }
        if (!idPattern.match(c.id).hasMatch())
            return fail(u"id"_s, tr("missing, or not made of a-z, 0-9 and '-'"));
        if (ids.contains(c.id))
            return fail(u"id"_s, tr("\"%1\" is used by another concept too").arg(c.id));
        ids.insert(c.id);

        if (const auto problem = synonyms.readPhrases(o, &c))
            return fail(problem->first, problem->second);
        if (const auto problem = readTargets(o, &c))
            return fail(problem->first, problem->second);
        synonyms.m_concepts << c;
    }
    return synonyms;
}

const Synonyms &Synonyms::builtIn(QString *error)
{
    static QString loadError;
    static const Synonyms synonyms = [] {
        const QString path = u":/synonyms.json"_s;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            loadError = tr("%1: cannot read the file: %2").arg(path, file.errorString());
            return Synonyms();
        }
        return load(file.readAll(), u"synonyms.json"_s, &loadError).value_or(Synonyms());
    }();
    if (error)
        *error = loadError;
    return synonyms;
}

namespace {

// A concept's entries, each once; primary when any of its sources makes it so.
class TargetList
{
public:
    void add(const QList<int> &indexes, bool primary)
    {
        for (int index : indexes)
            addOne(index, primary);
    }
    // In entry order.
    QList<Synonyms::Target> sorted() const
    {
        QList<Synonyms::Target> entries = m_entries;
        std::sort(
            entries.begin(), entries.end(),
            [](const Synonyms::Target &a, const Synonyms::Target &b) { return a.entry < b.entry; });
        return entries;
    }

private:
    void addOne(int index, bool primary)
    {
        for (Synonyms::Target &t : m_entries) {
            if (t.entry == index) {
                t.primary = t.primary || primary;
                return;
            }
        }
        m_entries << Synonyms::Target{index, primary};
    }

    QList<Synonyms::Target> m_entries;
};

QList<int> entriesWithReason(const CodeTable &table, const QString &reason)
{
    QList<int> found;
    for (int i = 0; i < table.size(); ++i) {
        if (table.at(i).reason == reason)
            found << i;
    }
    return found;
}

// Exact hits only: "5.7.26" means Gmail's 5.7.26 replies and x.7.26, not 5.x.x.
QList<int> entriesWithCode(const CodeTable &table, const QString &code)
{
    const SearchQuery q = SearchQuery::parse(code);
    QList<int> found;
    for (int i = 0; i < table.size(); ++i) {
        if (q.matchesCodes(table.at(i)) && q.codeRank(table.at(i)) >= 2)
            found << i;
    }
    return found;
}

} // namespace

std::optional<QList<QList<Synonyms::Target>>> Synonyms::resolve(const CodeTable &table,
                                                                QString *error) const
{
    QList<QList<Target>> result;
    for (const Concept &c : m_concepts) {
        TargetList entries;
        for (const QString &reason : c.reasons) {
            const QList<int> found = entriesWithReason(table, reason);
            if (found.isEmpty()) {
                *error = tr("synonyms.json: concept \"%1\": field \"reasons\": no entry has the "
                            "reason \"%2\"")
                             .arg(c.id, reason);
                return std::nullopt;
            }
            entries.add(found, false);
        }
        for (const QString &code : c.codes) {
            const QList<int> found = entriesWithCode(table, code);
            if (found.isEmpty()) {
                *error = tr("synonyms.json: concept \"%1\": field \"codes\": no entry has the "
                            "code \"%2\"")
                             .arg(c.id, code);
                return std::nullopt;
            }
            entries.add(found, true);
        }
        for (const QString &id : c.ids) {
            const int index = table.indexOf(id);
            if (index < 0) {
                *error = tr("synonyms.json: concept \"%1\": field \"ids\": no entry has the id "
                            "\"%2\"")
                             .arg(c.id, id);
                return std::nullopt;
            }
            entries.add(QList<int>{index}, true);
        }
        result << entries.sorted();
    }
    return result;
}

QString Synonyms::withoutParticles(const QString &text) const
{
    if (m_particles.isEmpty())
        return text;
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!m_particles.contains(c))
            result += c;
    }
    return result;
}

QList<quint64> Synonyms::match(const SearchQuery &query) const
{
    QList<quint64> masks(m_concepts.size(), 0);
    // The query's phrase text without particles, and for each of its characters the word it
    // belongs to.
    QString text;
    QList<int> wordAt;
    const QString phraseText = query.phraseText();
    for (int i = 0; i < phraseText.size(); ++i) {
        if (m_particles.contains(phraseText.at(i)))
            continue;
        text += phraseText.at(i);
        wordAt << query.wordAt(i);
    }
    if (text.isEmpty())
        return masks;
    // Every place a phrase of a concept stands, then the words of those not inside a longer
    // one of another concept: "bei feng hao" (account banned) is not also "bei feng" (blocked).
    struct Found
    {
        int concept;
        qsizetype at;
        qsizetype end;
    };
    QList<Found> found;
    for (int c = 0; c < m_concepts.size(); ++c) {
        for (const QString &phrase : m_concepts.at(c).phrases) {
            for (auto [at, end] = findPhrase(text, phrase, 0); at >= 0;
                 std::tie(at, end) = findPhrase(text, phrase, at + 1)) {
                if (standsAlone(text, phrase, at, end))
                    found.append({c, at, end});
            }
        }
    }
    for (const Found &f : std::as_const(found)) {
        const bool inside = std::any_of(found.cbegin(), found.cend(), [&f](const Found &g) {
            return g.concept != f.concept && g.at <= f.at && g.end >= f.end
                   && g.end - g.at > f.end - f.at;
        });
        if (inside)
            continue;
        for (qsizetype i = f.at; i < f.end; ++i) {
            const int word = wordAt.at(i);
            if (word >= 0 && word < 64)
                masks[f.concept] |= quint64(1) << word;
        }
    }
    return masks;
}

} // namespace BounceLens
