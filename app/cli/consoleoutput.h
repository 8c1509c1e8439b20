#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "common/exitcode.h"

class QTextStream;

namespace BounceLens {

// What every console command shares: exit codes (ProcessExit), text made safe for a terminal or
// JSON, and writing that notices a full disk or a closed pipe. Below the commands and the
// dispatcher (Console), so that they include it and not each other.
class ConsoleOutput : public ProcessExit
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOutput)

public:
    // Text from a bounce made safe for a terminal: C0 and C1 control characters other than tab
    // and newline (ESC, BEL, CSI, DEL ...) become visible escapes ("\x1b", "\x9b"), so that a
    // bounce cannot retitle, clear or reprogram the terminal it is printed on.
    static QString terminalSafe(const QString &text);
    // Compact JSON with DEL and C1 controls escaped too (QJsonDocument escapes only C0).
    static QByteArray jsonSafe(QByteArray json);

    // Called first thing in main(): MessageFiles::guardStandardInput().
    static void guardStandardInput();

    enum class Output { Written, Failed, ReaderGone };
    // Flushes `out` down to the file descriptor and says whether everything was written.
    // ReaderGone: a pipe whose reader has exited (EPIPE), after which a run stops quietly.
    static Output flush(QTextStream &out);
    // After a write failure: says so on `err` (unless the reader is gone) and returns the exit
    // code, WriteError.
    static int writeFailed(Output state, QTextStream &out, QTextStream &err);

    // Set once a command has reported a write failure (writeFailed), so that it is said once.
    static bool &writeFailedFlag();
};

} // namespace BounceLens
