#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace BounceLens {

class CodeTable;
class SearchQuery;

// Everyday phrases for the causes of a bounce, read from resources/synonyms.json (format: README,
// "Search"): each concept ("mailbox-full") has phrases in every interface
// language ("mailbox full", "inbox is full", ...) and says which entries it means, by their
// reason, their codes or their id. Adding a phrase is a data edit. A file that fails validation
// is refused whole, with a message that names the file, the concept and the field.
//
// Chinese as people type it (issue 26): the file's "particles" (la, le, ma, ne ...) are left out of
// Chinese text on both sides before phrases are compared, and a phrase may have gaps, written
// "*": "youxiang*bao" (mailbox ... burst) is the first part, then the next at most kGap characters
// further in the same run of Chinese text. A paraphrase is then one more phrase of a concept.
class Synonyms
{
    Q_DECLARE_TR_FUNCTIONS(Synonyms)

public:
    struct Concept
    {
        QString id;
        QStringList phrases;         // folded (TextFolding), every language together
        QList<QStringList> original; // as written, by language: for tests and messages
        QStringList languages;
        QStringList reasons;
        QStringList codes; // in query syntax: "5.1.1", "550 5.1.1"
        QStringList ids;
        // Words about any bounce ("bounced", "returned"): they name the usual entries when alone
        // in a query and are left out when it names a cause too (SearchIndex).
        bool weak = false;
    };

    static std::optional<Synonyms> load(const QByteArray &data, const QString &name,
                                        QString *error);
    // The file compiled into the binary; empty (and *error set) when it is broken.
    static const Synonyms &builtIn(QString *error = nullptr);

    // At most this many characters between the parts of a phrase with gaps.
    static constexpr int kGap = 4;

    const QList<Concept> &concepts() const { return m_concepts; }
    // The particles (folded, one character each) that Chinese text is compared without.
    const QString &particles() const { return m_particles; }
    // text without the particles that stand next to Chinese characters.
    QString withoutParticles(const QString &text) const;
    bool isEmpty() const { return m_concepts.isEmpty(); }

    struct Target
    {
        int entry = 0;        // index into the table
        bool primary = false; // named by codes or ids; false: only by reason (related)
    };
    // The entries each concept means, in concept order. Fails when a reason, code or id
    // matches no entry of the table: a typo in the data, not a smaller set.
    std::optional<QList<QList<Target>>> resolve(const CodeTable &table, QString *error) const;

    // For each concept, the bit mask of the query's words that one of its phrases covers (0: the
    // concept is not in the query). Latin phrases match at word boundaries; Chinese ones anywhere.
    QList<quint64> match(const SearchQuery &query) const;

private:
    using Problem = std::pair<QString, QString>; // field, what is wrong
    std::optional<Problem> readPhrases(const QJsonObject &o, Concept *c) const;
    static std::optional<Problem> readTargets(const QJsonObject &o, Concept *c);

    QList<Concept> m_concepts;
    QString m_particles;
};

} // namespace BounceLens
