#pragma once

#include <QCoreApplication>
#include <QString>

namespace BounceLens {

// Why an input gave no result. The engine (reading, walking, decoding) returns these codes; the
// console and the window turn them into words (errorMessage, in the interface language) and JSON
// carries the machine word (errorWord), which does not change with --lang.
enum class ErrorCode {
    None,
    NotFound,       // "not-found": no such file or directory
    NotRegularFile, // "not-regular-file": a FIFO, socket or device (never opened to wait)
    DanglingLink,   // "dangling-link": a symbolic link whose target does not exist
    TooDeep,        // "too-deep": below the directory depth limit
    OpenFailed,     // "open-failed": permission denied and the like (detail: the system's words)
    ReadFailed,     // "read-failed": an I/O error while reading (detail: the system's words)
    TooBig,         // "too-big": above BounceDecoder::MaxInputSize
    NoMessages,     // "no-messages": a directory without a message
    EmptyInput,     // "empty-input": nothing but blank space
    BinaryInput,    // "binary-input": an image, an archive, UTF-16 ...
    Undecodable,    // "undecodable": damaged or unknown MIME content (NoteText names the cause from
                    // the notes)
    Cancelled,      // "cancelled"
    PatternsMissing, // "patterns-missing": the decoder's data could not be loaded (detail)
};

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // The machine word ("empty-input"); empty for None.
    static QString word(ErrorCode code);
    // One sentence in the interface language; detail (the system's words, a file name) appended
    // where the code has one.
    static QString message(ErrorCode code, const QString &detail = {});
};

} // namespace BounceLens
