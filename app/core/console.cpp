#include "console.h"

#include "codetable.h"
#include "decodecommand.h"
#include "languages.h"
#include "lookupcommand.h"
#include "safefile.h"

#include <QFileDevice>
#include <QLocale>
#include <QTextStream>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// Set when a command stopped on a write error (reported once).
bool &outputFailed()
{
    static thread_local bool failed = false;
    return failed;
}

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

namespace {
bool g_stdinClosed = false;
int g_writeErrno = 0; // the cause of the last failed flush()
} // namespace

void Console::guardStandardInput()
{
    if (::fcntl(STDIN_FILENO, F_GETFD) >= 0 || errno != EBADF)
        return;
    g_stdinClosed = true;
    const int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (fd >= 0 && fd != STDIN_FILENO)
        ::close(fd); // descriptor 0 was taken meanwhile: leave it
}

bool Console::standardInputClosed()
{
    return g_stdinClosed;
}

QString Console::terminalSafe(const QString &text)
{
    auto unsafe = [](char16_t c) {
        return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7F && c < 0xA0);
    };
    qsizetype first = 0;
    while (first < text.size() && !unsafe(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text;
    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (unsafe(c)) {
            out += u"\\x"_s;
            out += QString::number(c, 16).rightJustified(2, u'0');
        } else {
            out += QChar(c);
        }
    }
    return out;
}

QByteArray Console::jsonSafe(QByteArray json)
{
    // In UTF-8, C1 controls are C2 80..C2 9F: those two bytes never occur otherwise.
    qsizetype i = json.indexOf('\x7f');
    qsizetype c1 = json.indexOf('\xc2');
    if (i < 0 && c1 < 0)
        return json;
    QByteArray out;
    out.reserve(json.size() + 32);
    for (i = 0; i < json.size(); ++i) {
        const uchar c = uchar(json.at(i));
        if (c == 0x7F) {
            out += "\\u007f";
        } else if (c == 0xC2 && i + 1 < json.size() && uchar(json.at(i + 1)) >= 0x80
                   && uchar(json.at(i + 1)) < 0xA0) {
            out += "\\u00";
            out += QByteArray::number(uchar(json.at(i + 1)), 16);
            ++i;
        } else {
            out += char(c);
        }
    }
    return out;
}

Console::Output Console::flush(QTextStream &out)
{
    errno = 0;
    out.flush();
    bool ok = out.status() == QTextStream::Ok;
    auto *file = qobject_cast<QFileDevice *>(out.device());
    // QTextStream writes into the file's buffer only: the error shows when that is flushed.
    if (file)
        ok = file->flush() && file->error() == QFileDevice::NoError && ok;
    if (ok)
        return Output::Written;
    const int error = errno;
    g_writeErrno = error;
    if (error == EPIPE)
        return Output::ReaderGone;
    // A pipe or socket whose reading end is closed reports POLLERR for writing.
    const int fd = file ? file->handle() : -1;
    struct stat st
    {};
    if (fd >= 0 && ::fstat(fd, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))) {
        pollfd p{fd, POLLOUT, 0};
        if (::poll(&p, 1, 0) == 1 && (p.revents & POLLERR))
            return Output::ReaderGone;
    }
    return Output::Failed;
}

int Console::writeFailed(Output state, QTextStream &out, QTextStream &err)
{
    if (state == Output::Failed) {
        auto *file = qobject_cast<QFileDevice *>(out.device());
        // The cause in the interface language when it is known (errno), else Qt's words.
        const QString reason = g_writeErrno != 0 ? SafeFile::errorText(g_writeErrno)
                               : file && !file->errorString().isEmpty() ? file->errorString()
                                                                        : tr("write error");
        err << tr("bouncelens: the output could not be written: %1").arg(reason) << Qt::endl;
    }
    outputFailed() = true;
    return WriteError;
}

int Console::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    outputFailed() = false;
    const int code = runCommand(arguments, out, err);
    if (outputFailed())
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
