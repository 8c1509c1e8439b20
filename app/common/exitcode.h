#pragma once

namespace BounceLens {

// The process's exit codes: the sysexits.h values, documented in --help, the man page and the
// README. Here, below every layer, so that the console (ConsoleOutput derives from it) and the
// window module (guimain.cpp) return the same numbers without including each other.
struct ProcessExit
{
    enum ExitCode {
        Success = 0,
        NoMatch = 1,     // lookup: nothing matches the query
        UsageError = 64, // EX_USAGE
        DataError = 65,  // EX_DATAERR: an input held nothing decodable
        InputError = 66, // EX_NOINPUT: an input could not be read
        Software = 70,   // EX_SOFTWARE: a broken build (code table, search data, window module)
        WriteError = 74, // EX_IOERR: the output could not be written
    };
};

} // namespace BounceLens
