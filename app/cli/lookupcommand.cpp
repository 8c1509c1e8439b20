#include "cli/lookupcommand.h"

#include "cli/consoleoutput.h"
#include "codes/codemeaning.h"
#include "codes/codetable.h"
#include "codes/entryjson.h"
#include "search/codefilterproxy.h"
#include "search/codetablemodel.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

QList<int> LookupCommand::find(const CodeTable &table, const QString &queryText,
                               const QString &language, QString *error, QString *suggestion)
{
    // The window's model and proxy, so that the console lists what the window shows, in the
    // same order (relevance: exact code hits, then the words and synonyms; Gmail before generic;
    // then by reply code).
    CodeTableModel model(&table);
    CodeFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setLanguage(language);
    proxy.setQueryText(queryText);
    if (error)
        *error = proxy.searchDataError();
    if (suggestion)
        *suggestion = proxy.suggestion();
    proxy.sort(CodeTableModel::ReplyCodeColumn, Qt::AscendingOrder);
    QList<int> result;
    result.reserve(proxy.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row)
        result << proxy.index(row, 0).data(CodeTableModel::EntryIndexRole).toInt();
    return result;
}

void LookupCommand::printEntry(const CodeTable &table, const CodeEntry &e, const QString &language,
                               QTextStream &out)
{
    out << e.codeLabel() << u"  ["_s << e.id << u"] "_s << CodeMeaning::source(e) << u" - "_s
        << CodeMeaning::severity(e) << '\n';
    out << u"  "_s << e.text.value(language) << '\n';
    if (language != u"en"_s && e.text.has(language))
        out << u"  "_s << e.text.english() << '\n';
    if (!e.description.isEmpty())
        out << u"  "_s << e.description.value(language) << '\n';
    if (!e.advice.isEmpty())
        out << u"  "_s << tr("What to do: %1").arg(e.advice.value(language)) << '\n';
    if (!e.note.isEmpty())
        out << u"  "_s << tr("Note: %1").arg(e.note.value(language)) << '\n';
    if (!e.altStatus.isEmpty())
        out << u"  "_s << tr("Servers also send: %1").arg(e.altStatus.join(u", "_s)) << '\n';
    if (!e.replacedBy.isEmpty()) {
        const int now = table.indexOf(e.replacedBy);
        out << u"  "_s << tr("Now sent as: %1").arg(table.at(now).codeLabel()) << u" ["_s
            << e.replacedBy << u"]\n"_s;
    }
    for (const QString &id : e.formerly) {
        const int before = table.indexOf(id);
        out << u"  "_s << tr("Formerly: %1").arg(table.at(before).codeLabel()) << u" ["_s << id
            << u"]\n"_s;
    }
    if (!e.helpUrl.isEmpty())
        out << u"  "_s << tr("Help: %1").arg(e.helpUrl) << '\n';
    out << '\n';
}

int LookupCommand::run(const CodeTable &table, const QStringList &arguments,
                       const QString &language, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Find Gmail SMTP replies and generic code meanings."));
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, tr("Print a JSON array of entries."));
    const QCommandLineOption lang(u"lang"_s, tr("Language of the output: en, zh_CN or zh_TW."),
                                  tr("language"));
    parser.addOptions({json, lang});
    parser.addPositionalArgument(u"query"_s,
                                 tr("550, 5.7.1, 5.7, \"550 5.7.1\", 4xx, 5xx or words. "
                                    "No query lists every entry."),
                                 tr("[QUERY...]"));
    if (!parser.parse(arguments)) {
        err << u"bouncelens lookup: "_s << ConsoleOutput::terminalSafe(parser.errorText()) << '\n'
            << parser.helpText();
        return ConsoleOutput::UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }

    const QString query = parser.positionalArguments().join(u' ');
    QString dataError;
    QString suggestion;
    const QList<int> found = find(table, query, language, &dataError, &suggestion);
    if (!dataError.isEmpty()) {
        // Like a broken code table: the data is compiled in, so this is a broken build.
        err << tr("bouncelens lookup: the search data is broken: %1").arg(dataError) << '\n';
        return ConsoleOutput::Software;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (int i : found)
            array.append(entryToJson(table.at(i)));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (int i : found)
            printEntry(table, table.at(i), language, out);
        out << tr("Codes found: %1").arg(found.size()) << '\n';
        // Typos: the words as typed found nothing, their corrections did (on stderr, like the
        // hint below: stdout stays the list).
        if (!suggestion.isEmpty())
            err << tr("Did you mean: %1").arg(suggestion) << '\n';
        if (found.isEmpty() && !query.trimmed().isEmpty())
            err << tr("Nothing matches \"%1\". Try a code (550, 5.7.1, 5.7), fewer words, or "
                      "other words for the cause (mailbox full, password, spam).")
                       .arg(ConsoleOutput::terminalSafe(
                           query.size() > 80 ? query.left(80) + QChar(0x2026) : query))
                << '\n';
    }
    out.flush();
    return found.isEmpty() ? ConsoleOutput::NoMatch : ConsoleOutput::Success;
}

} // namespace BounceLens
