#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace BounceLens {

class CodeTable;
struct CodeEntry;

// `bouncelens lookup [QUERY...] [--json] [--lang L]`: the search field's query on the console.
// Exit code 0 when something matched, 1 when nothing did, 2 on a usage error.
class LookupCommand
{
    Q_DECLARE_TR_FUNCTIONS(LookupCommand)

public:
    // arguments: "lookup" and what follows; language: already resolved from --lang.
    static int run(const CodeTable &table, const QStringList &arguments, const QString &language,
                   QTextStream &out, QTextStream &err);
    // The entries matching a query, best first (the GUI's ranking and default order; language:
    // the interface language, whose texts count as much as the English ones).
    // *error: what is wrong with the search data (synonyms, Chinese variants), if anything;
    // *suggestion: the query with its typos corrected ("Did you mean"), or empty.
    static QList<int> find(const CodeTable &table, const QString &query,
                           const QString &language = QStringLiteral("en"), QString *error = nullptr,
                           QString *suggestion = nullptr);
    static void printEntry(const CodeTable &table, const CodeEntry &entry, const QString &language,
                           QTextStream &out);
};

} // namespace BounceLens
