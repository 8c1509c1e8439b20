#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace BounceLens {

class CodeTable;
struct DecodeResult;
struct RecipientResult;

// The exports of decoded bounces, shared by the mailbox view and `bouncelens decode
// --format csv|jsonl --suppression-list`:
// - CSV (RFC 4180: fields with a comma, quote or line break quoted, quotes doubled, CRLF line
//   ends), English column keys, to be written after a UTF-8 byte-order mark so that Excel
//   reads Chinese text right;
// - JSON Lines: one object per message, as `bouncelens decode --json` prints it;
// - a suppression list (suppressionlist.h): the addresses to stop mailing, one a line.
class MailboxExport
{
    Q_DECLARE_TR_FUNCTIONS(MailboxExport)

public:
    // One row: a recipient of a message (recipient -1: a message in which none was found).
    struct Record
    {
        const DecodeResult *message = nullptr;
        int recipient = -1;
        QString file;   // the file; empty: taken from the message's source
        int number = 0; // message number in an mbox, 0: none
        int count = 1;  // grouped by recipient: bounces of the address
        QString date;   // the bounce's own date, when known (MailboxMessage::date)
    };

    static constexpr char ByteOrderMark[] = "\xEF\xBB\xBF";

    // The records of a message: one per recipient, or one when it has none.
    static QList<Record> records(const DecodeResult &message);

    static QStringList csvColumns(bool withCount = false);
    // One CSV line (with its CRLF): the cells of csvFields, through csvCell.
    static QString csvLine(const QStringList &fields);
    // One cell as written, the one place a cell's text is made safe (the window's export and
    // `decode --format csv` both write through it): a leading =, +, -, @, TAB or CR prefixed
    // with ' (no formula), then quoted when it holds a comma, a quote or a line break (RFC 4180).
    static QString csvCell(const QString &field);
    static QString csvHeader(bool withCount = false);
    // The cells of a record's row, in csvColumns' order; texts (reason, matched reply) in
    // `language`. The one row builder of the window's export and `decode --format csv`.
    static QStringList csvFields(const CodeTable &table, const QString &language,
                                 const Record &record, bool withCount = false);
    // Header and records, without the byte-order mark.
    static QString csv(const CodeTable &table, const QString &language,
                       const QList<Record> &records, bool withCount = false);

    // One line of `decode --json`.
    static QString jsonLine(const CodeTable &table, const DecodeResult &message);
    // One line per message, holding only the recipients among the records (in the records'
    // order; a message's records need not be next to each other).
    static QString jsonLines(const CodeTable &table, const QList<Record> &records);

    // The recipient's address action as its CSV/JSON word ("suppress"; empty when delivered).
    static QString addressActionWord(const CodeTable &table, const RecipientResult &r);
};

} // namespace BounceLens
