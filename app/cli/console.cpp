#include "cli/console.h"

#include "cli/decodecommand.h"
#include "cli/lookupcommand.h"
#include "codes/codetable.h"
#include "common/languages.h"

#include <QFileDevice>
#include <QLocale>
#include <QTextStream>

#include <cerrno>
#include <poll.h>
#include <sys/stat.h>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kCommands{u"lookup"_s, u"decode"_s, u"help"_s};
const QStringList kGlobalOptions{u"--help"_s, u"-h"_s, u"--version"_s, u"-v"_s};

} // namespace

bool Console::isConsoleCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return kCommands.contains(first) || kGlobalOptions.contains(first);
}

QString Console::defaultLanguage()
{
    return Languages::forLocale(QLocale::system());
}

QString Console::usage()
{
    return tr("Usage: bouncelens [FILE]\n"
              "       bouncelens lookup [QUERY...] [--json] [--lang en|zh_CN|zh_TW]\n"
              "       bouncelens decode [FILE|DIR|-]... [--json] [--lang en|zh_CN|zh_TW]\n"
              "\n"
              "Without a command, BounceLens opens its window (and FILE in the Decode view).\n"
              "\n"
              "Commands:\n"
              "  lookup   Find Gmail SMTP replies and generic code meanings. QUERY is what\n"
              "           the search field takes: 550, 5.7.1, 5.7, \"550 5.7.1\", 4xx, words.\n"
              "  decode   Read bounce messages (.eml, text, mbox, directories, - for standard\n"
              "           input) and say per recipient what failed and why.\n"
              "\n"
              "Options:\n"
              "  -h, --help      Show this help (\"bouncelens COMMAND --help\" for a command).\n"
              "  -v, --version   Show the version.\n"
              "\n"
              "Exit codes:\n"
              "  0   success\n"
              "  1   lookup: nothing matches the query\n"
              "  64  usage error (unknown command or option, bad value)\n"
              "  65  decode: an input held nothing decodable (empty, binary, too big, no "
              "messages)\n"
              "  66  decode: an input could not be read (missing, not a regular file, no "
              "permission)\n"
              "  70  a broken build (the code table or the window module cannot be loaded)\n"
              "  74  the output could not be written\n");
}

int Console::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    writeFailedFlag() = false;
    const int code = runCommand(arguments, out, err);
    if (writeFailedFlag())
        return code; // a command stopped on a write error, and said so
    if (const Output state = flush(out); state != Output::Written)
        return writeFailed(state, out, err);
    return code;
}

int Console::runCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // The language of messages comes first, so that even a usage error is in it.
    TranslationInstaller translations;
    QString language = defaultLanguage();
    const int langAt = arguments.indexOf(u"--lang"_s);
    if (langAt > 0 && langAt + 1 < arguments.size())
        language = arguments.at(langAt + 1);
    for (const QString &a : arguments) {
        if (a.startsWith(u"--lang="_s))
            language = a.mid(7);
    }
    if (!Languages::isSupported(language)) {
        err << tr("bouncelens: unknown language \"%1\" (use %2)")
                   .arg(language, Languages::codes().join(u", "_s))
            << Qt::endl;
        return UsageError;
    }
    translations.install(language);

    const QString first = arguments.value(1);
    if (first == u"--version"_s || first == u"-v"_s) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return Success;
    }
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        out << usage();
        return Success;
    }

    QString error;
    const auto table = CodeTable::loadBuiltIn(&error);
    if (!table) {
        err << tr("bouncelens: the code table is broken: %1").arg(error) << Qt::endl;
        return Software;
    }
    const QStringList rest = arguments.mid(1);
    if (first == u"lookup"_s)
        return LookupCommand::run(*table, rest, language, out, err);
    if (first == u"decode"_s)
        return DecodeCommand::run(*table, rest, language, out, err);
    err << tr("bouncelens: unknown command \"%1\"").arg(first) << Qt::endl << usage();
    return UsageError;
}

} // namespace BounceLens
