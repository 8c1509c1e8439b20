#pragma once

#include "decoder/decoderesult.h"
#include "report/verdict.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace BounceLens {

// One decoded message of a mailbox and where it is in its file. The mailbox view keeps these
// (results and byte ranges), never the messages' text: a message is read again from its file
// when its row is selected (MailboxJob::readMessage).
struct MailboxMessage
{
    DecodeResult result; // source: the file, + "#N" in an mbox (as `bouncelens decode` says)
    int file = -1;       // index in the job's list of files
    int number = 0;      // 1-based message number in an mbox; 0 when the file is one message
    qint64 offset = 0;   // where the message starts in the file (after an mbox "From " line)
    qint64 length = 0;   // its bytes in the file
    QString date;        // the bounce's own Date header
};

class CodeTable;

class MailboxFacts
{
    Q_DECLARE_TR_FUNCTIONS(MailboxFacts)

public:
    // The outcome in the interface language (its CSV and JSON word: toWord(Outcome)).
    static QString outcomeName(Outcome outcome);
    // The part of an address after its last "@", lower case.
    static QString domainOf(const QString &address);
    // "gsmtp", "gcdp" or "other" (empty when the bounce does not say).
    static QString originKey(const QString &origin);
    // The recipient's date: last attempt, else arrival, else the bounce's date (bounceDate, or
    // the one the decoder read: DecodeResult::date), else the original message's date.
    static QString dateText(const DecodeResult &m, const RecipientResult &r,
                            const QString &bounceDate = {});
    // The Date header of a message's own header block, or empty.
    static QString dateHeader(const QByteArray &message);
    static QDateTime parseDate(const QString &text);
    // The reason the verdict names, as its JSON word ("userunknown"); empty for none.
    static QString reasonKey(const CodeTable &table, const RecipientResult &r);
    // A reason's JSON word in plain words, in the interface language.
    static QString reasonText(const QString &reasonKey);
};

} // namespace BounceLens
