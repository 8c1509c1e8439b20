#pragma once

#include "common/errorcode.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace BounceLens {

// The one read policy of BounceLens, used by the console (`decode`), the Decode view and the
// Mailbox view alike, so that they accept and refuse the same inputs with the same words:
// - a file is read by its name's bytes (names that are not valid UTF-8 included), never mapped:
//   what is decoded is the file as it was when read;
// - FIFOs, sockets and devices are refused without waiting: they are opened with O_NONBLOCK and
//   refused after fstat, so that no open or read can block;
// - inputs above BounceDecoder::MaxInputSize (64 MB; an mbox too) are refused, by their size
//   before reading when it is known;
// - "-" is standard input.
class MessageFiles
{
public:
    struct Status
    {
        ErrorCode code = ErrorCode::None;
        QString detail; // the system's words for OpenFailed and ReadFailed
        bool ok() const { return code == ErrorCode::None; }
        QString message() const { return ErrorText::message(code, detail); }
    };

    // Called first thing in main(): when standard input is closed, /dev/null takes descriptor 0
    // (else the next descriptor opened, an event loop's eventfd, would be read as "-") and
    // reading "-" says that standard input is closed (issue 25).
    static void guardStandardInput();
    static bool standardInputClosed();

    // What read() would refuse at once, from the file's metadata only (no open: safe on the GUI
    // thread): missing, a dangling link, not a regular file, too big.
    static Status check(const QByteArray &nativePath);
    // Reads one whole input. Thread-safe.
    static Status read(const QByteArray &nativePath, QByteArray *bytes);
    // The first `size` bytes of a regular file, under the same policy (empty on any refusal).
    static QByteArray readHead(const QByteArray &nativePath, qsizetype size);
    // Whether a file found in a directory is a message or an mbox: by its name (*.eml, *.txt,
    // *.mbox, *.mbx: read whatever they hold, so that a damaged one gives an error) or else by
    // what its first 16 KB hold (Maildir files are named "1732790000.M1P2.host:2,S").
    static bool isMessageFile(const QByteArray &nativePath);

    // Reads an open descriptor to its end, under the same size limit. `sizeHint` is the size
    // fstat gave when it was checked: only a guess of the buffer to reserve, since another
    // program may have truncated or extended the file since (what is read is what is there).
    static Status readOpened(int fd, qint64 sizeHint, QByteArray *bytes);
};

// One input of a batch: a file named or found in a walk, or a record of why one could not be.
struct InputFile
{
    QByteArray native; // the name's bytes ("-": standard input)
    QString path;      // as shown and reported: as given for a named input, else decoded
    ErrorCode error = ErrorCode::None; // set: this entry is an error record, nothing to read
    QString detail;
    int input = 0; // index of the named input this came from
};

// The one directory walk. Walks the named inputs in order and yields, one at a time, the files
// to decode and the error records, so that a caller can decode the first files while the rest of
// the tree is still unread (`decode DIR` prints its first results at once).
// - A named input that is not a directory is yielded as it is (reading it applies the policy).
// - A directory is walked recursively, each directory's entries in byte order of their names
//   (a subdirectory sorts as its name + "/", so the order is that of the full paths).
// - Files are taken by MessageFiles::isMessageFile; hidden files (".name") are left out.
// - A Maildir (a directory holding cur/, new/ and tmp/) is read from cur/ and new/ only: tmp/
//   holds deliveries in progress. The console and the window read the same files.
// - Symbolic links to files are read; links to directories are not followed (no loops).
// - Never silent: a FIFO, socket or device, a dangling link, a directory that cannot be opened
//   or one deeper than MaxDepth below the named one is an error record; a named directory in
//   which no message is found gives a NoMessages record.
class MessageWalk
{
public:
    static constexpr int MaxDepth = 64;

    explicit MessageWalk(QList<QByteArray> nativeInputs, QStringList shownInputs = {});
    // The next file or error record; false at the end.
    bool next(InputFile *file);

    // Every entry at once (the window lists the files before decoding).
    static QList<InputFile> list(const QList<QByteArray> &nativeInputs,
                                 const QStringList &shownInputs = {});

private:
    struct Entry
    {
        QByteArray name;
        bool dir = false;
    };
    struct Frame
    {
        QByteArray path;
        int depth = 0;
        QList<Entry> entries;
        qsizetype next = 0;
    };
    bool nextInput(InputFile *file);
    bool nextInTree(InputFile *file);
    bool enter(const QByteArray &dir, int depth, InputFile *error);
    InputFile record(const QByteArray &native, ErrorCode code, const QString &detail = {}) const;

    QList<QByteArray> m_inputs;
    QStringList m_shown;
    qsizetype m_nextInput = 0;
    QList<Frame> m_stack;
    bool m_foundInInput = false; // a file was yielded for the current named directory
};

} // namespace BounceLens
