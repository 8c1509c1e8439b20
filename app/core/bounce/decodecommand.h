#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QTextStream;

namespace BounceLens {

class CodeTable;

// `bouncelens decode [FILE|DIR|-]... [--json] [--lang L] [--jobs N]`: decodes files (.eml,
// text, mbox), directories (recursively: every message or mbox, Maildirs included, see expand)
// or standard input ("-", or nothing when input is piped). Every input named or found gives
// at least one record (a result, or an error); a directory without messages is an error. Human
// output is a short report per message; --json prints JSON Lines, one object per message
// (DecodeReport::toJson). Files, and the messages of an mbox, are decoded on one thread per core;
// the output keeps the order of the inputs whatever the number of threads.
// --format csv|jsonl|text and --suppression-list print the mailbox view's exports
// (MailboxExport): CSV rows per recipient after a UTF-8 byte-order mark, or the distinct
// addresses that failed permanently.
// Exit code 0 when every input was read, 1 when some could not be, 2 on a usage error.
class DecodeCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecodeCommand)

public:
    // arguments: "decode" and what follows; language: already resolved from --lang.
    static int run(const CodeTable &table, const QStringList &arguments, const QString &language,
                   QTextStream &out, QTextStream &err);
    // The files an argument names: itself, or the messages under a directory (recursively,
    // by content: files that start with header lines or an mbox "From " line, and *.eml,
    // *.txt, *.mbox), sorted. expandNative works on the names' bytes (names that are not valid
    // UTF-8 included); expand is the same for valid names.
    static QStringList expand(const QString &path);
    static QList<QByteArray> expandNative(const QByteArray &path);
    // Reads one input: a regular file by its name's bytes, or standard input for "-". Files are
    // read, not mapped, so that a file changed meanwhile gives its content as of the read.
    // FIFOs, sockets and devices are refused (opening or reading them could wait forever).
    // Returns an error, or empty with *bytes set. Thread-safe.
    static QString readInput(const QByteArray &nativePath, QByteArray *bytes);
    // For tests: called with the name's bytes after a file's size was taken and before it is
    // read (to truncate or extend the file in between). Not thread-safe: set it before a run.
    static void setBeforeReadHook(std::function<void(const QByteArray &)> hook);
};

} // namespace BounceLens
