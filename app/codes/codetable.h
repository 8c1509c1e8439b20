#pragma once

#include "codes/codeentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QJsonObject;
class QJsonValue;

namespace BounceLens {

// The code table: every entry of resources/codes/*.json, validated.
// A table that fails validation is never half-loaded: load() returns nothing and an error
// message that names the file, the entry and the field, so the app can refuse to start.
class CodeTable
{
    Q_DECLARE_TR_FUNCTIONS(CodeTable)

public:
    struct File
    {
        QString name; // shown in error messages
        QByteArray data;
    };

    // Loads the table compiled into the binary: from its build-time cache
    // (":/codecache/codetable.bin", in the executable and the window module) when present and
    // readable, otherwise by parsing ":/codes/*.json" (loadBuiltInJson).
    static std::optional<CodeTable> loadBuiltIn(QString *error);
    static std::optional<CodeTable> loadBuiltInJson(QString *error);
    static std::optional<CodeTable> loadFiles(const QStringList &paths, QString *error);
    static std::optional<CodeTable> load(const QList<File> &files, QString *error);

    const QList<CodeEntry> &entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    const CodeEntry &at(int index) const { return m_entries.at(index); }
    // -1 when there is no such id.
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    // Indexes of one source's entries with this exact code pair (Gmail's siblings: 550 5.7.1 has
    // many).
    QList<int> siblings(int replyCode, const QString &status,
                        const QString &source = QStringLiteral("gmail")) const;
    // A free-text note of the data ("suffixes": what gsmtp and gcdp mean).
    LocalizedText note(const QString &key) const { return m_notes.value(key); }
    // The providers the files declare ("provider" / "providers" of a file's envelope), Gmail
    // first, then by their order; providerInfo() is nullptr for an unknown key.
    const QList<ProviderInfo> &providers() const { return m_providers; }
    const ProviderInfo *providerInfo(const QString &key) const;

    // The build-time cache (codetablecache.cpp): the loaded table as bytes, and back; fromCache
    // gives nullopt for data that is not a cache of this version. Borrow: the table's strings
    // point into `data` (no copy), which must then outlive the table and every string taken
    // from it: the compiled-in resource does.
    enum class CacheStrings { Copy, Borrow };
    QByteArray toCache() const;
    static std::optional<CodeTable> fromCache(const QByteArray &data,
                                              CacheStrings strings = CacheStrings::Copy);

private:
    bool parseFile(const File &file, QString *error);
    bool parseProviders(const QJsonObject &root, const QString &file, QStringList *keys,
                        QString *error);
    bool parseEntry(const QJsonObject &object, const QString &where, CodeEntry *entry,
                    QString *error) const;
    bool finish(QString *error);

    QList<CodeEntry> m_entries;
    QHash<QString, int> m_index;
    QHash<QString, LocalizedText> m_notes;
    QList<ProviderInfo> m_providers;
};

} // namespace BounceLens
