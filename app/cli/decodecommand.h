#pragma once

#include <QCoreApplication>
#include <QStringList>

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
// Exit codes (sysexits): 0 all read and decoded, 64 usage, 65 nothing decodable in an input,
// 66 an input unreadable, 74 output failure (exitCodesHelp). Files and folders are walked and read
// by MessageWalk and MessageFiles, decoded by DecodeBatch: the same path as the window's.
class DecodeCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecodeCommand)

public:
    // arguments: "decode" and what follows; language: already resolved from --lang.
    static int run(const CodeTable &table, const QStringList &arguments, const QString &language,
                   QTextStream &out, QTextStream &err);
    // The "Exit codes" section of --help (also in the man page and the README).
    static QString exitCodesHelp();
};

} // namespace BounceLens
