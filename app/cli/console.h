#pragma once

#include "cli/consoleoutput.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace BounceLens {

class CodeTable;

// The console side: `bouncelens lookup ...`, `bouncelens decode ...`, --help, --version: the
// dispatcher. The commands write through ConsoleOutput (they never include this header, which
// includes them).
// Runs on a QCoreApplication: no display is needed and no QApplication is ever created.
class Console : public ConsoleOutput
{
    Q_DECLARE_TR_FUNCTIONS(Console)

public:
    // True when the command line asks for a console command rather than the window.
    static bool isConsoleCommand(const QStringList &arguments);
    // arguments: as QCoreApplication::arguments() (program name first).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static QString usage();
    // The language of console output: --lang when given, else the environment's locale.
    static QString defaultLanguage();

private:
    static int runCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace BounceLens
