#pragma once

#include "mailbox/mailboxexport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace BounceLens {

class CodeTable;

// The suppression list users import into their mailing tool (issue 20), one builder for the
// mailbox view's export and `bouncelens decode --suppression-list`, so both give the same bytes:
// - only addresses whose every bounce says `suppress` (Verdict::addressAction): an address with
//   a bounce that says retry, fix-sending or review, or a delivery, stays off the list;
// - only real mailboxes: RFC 5321 syntax (a dot-string local part, RFC 6531 UTF-8 allowed; a
//   host name of two labels or more) after decoding RFC 2047 encoded words and IDN. Pipes
//   ("|/usr/bin/x"), file paths, display-name debris, undecodable encoded words, quoted local
//   parts and address literals are left out (and counted);
// - de-duplicated by the exact local part and the lower-case domain (kijitora@Example.COM and
//   kijitora@example.com are one address; Kijitora@example.com is another);
// - one address a line (LF), UTF-8, sorted; or CSV: address, reason, entry, date, file.
// With retryDays >= 0 (< 0: off), addresses whose bounces all say suppress or retry and whose retry
// bounces span at least that many days are listed too (off by default).
class SuppressionList
{
    Q_DECLARE_TR_FUNCTIONS(SuppressionList)

public:
    void add(const CodeTable &table, const MailboxExport::Record &record);
    void add(const CodeTable &table, const QList<MailboxExport::Record> &records);
    void merge(const SuppressionList &other);

    QStringList addresses(int retryDays = -1) const;
    // One address a line, each ended by LF.
    QString text(int retryDays = -1) const;
    // Header "address,reason,entry,date,file" and one row per address (CRLF), no byte-order mark.
    QString csv(int retryDays = -1) const;
    // The list of `records` at once, as text (the window's export and the console's).
    static QString text(const CodeTable &table, const QList<MailboxExport::Record> &records,
                        int retryDays = -1);
    // Failed recipients left out because their address is not a mailbox.
    int notMailboxes() const { return m_notMailboxes; }

    // The mailbox in a recipient field ("Name <user@example.com>", "=?utf-8?q?...?=@x.org"),
    // its domain in lower case and Unicode; nothing when it is not a real mailbox.
    static std::optional<QString> mailbox(const QString &recipient);

private:
    struct Address
    {
        QString address;
        bool suppress = false, retry = false, other = false; // any of its bounces says so
        bool rowSuppress = false;                            // the row shown says suppress
        QDateTime firstRetry, lastRetry;
        // The row shown in the CSV: the latest bounce (ties: the smallest file).
        QString reason, entry, date, file;
        QDateTime when;
    };
    static bool listed(const Address &a, int retryDays);
    static void takeRow(Address *a, const Address &row);

    QMap<QString, Address> m_addresses; // key: local part + "@" + lower-case domain
    int m_notMailboxes = 0;
};

} // namespace BounceLens
