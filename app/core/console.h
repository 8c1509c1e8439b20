#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace BounceLens {

class CodeTable;

// The console side: `bouncelens lookup ...`, `bouncelens decode ...`, --help, --version.
// Runs on a QCoreApplication: no display is needed and no QApplication is ever created.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)

public:
    // sysexits.h values, documented in --help, the man page and the README.
    enum ExitCode {
        Success = 0,
        NoMatch = 1,     // lookup: nothing matches the query
        UsageError = 64, // EX_USAGE
        DataError = 65,  // EX_DATAERR: an input held nothing decodable
        InputError = 66, // EX_NOINPUT: an input could not be read
        Software = 70,   // EX_SOFTWARE: a broken build (code table, search data, window module)
        WriteError = 74, // EX_IOERR: the output could not be written
    };

    // True when the command line asks for a console command rather than the window.
    static bool isConsoleCommand(const QStringList &arguments);
    // arguments: as QCoreApplication::arguments() (program name first).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static QString usage();
    // The language of console output: --lang when given, else the environment's locale.
    static QString defaultLanguage();

    // Text from a bounce made safe for a terminal: C0 and C1 control characters other than tab
    // and newline (ESC, BEL, CSI, DEL ...) become visible escapes ("\x1b", "\x9b"), so that a
    // bounce cannot retitle, clear or reprogram the terminal it is printed on.
    static QString terminalSafe(const QString &text);
    // Compact JSON with DEL and C1 controls escaped too (QJsonDocument escapes only C0).
    static QByteArray jsonSafe(QByteArray json);

    // Called first thing in main(): when standard input is closed, /dev/null takes descriptor 0
    // (else the next descriptor opened, an event loop's eventfd, would be read as "-") and
    // standardInputClosed() says so (issue 25).
    static void guardStandardInput();
    static bool standardInputClosed();

    enum class Output { Written, Failed, ReaderGone };
    // Flushes `out` down to the file descriptor and says whether everything was written.
    // ReaderGone: a pipe whose reader has exited (EPIPE), after which a run stops quietly.
    static Output flush(QTextStream &out);
    // After a write failure: says so on `err` (unless the reader is gone) and returns the exit
    // code, WriteError.
    static int writeFailed(Output state, QTextStream &out, QTextStream &err);

private:
    static int runCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace BounceLens
