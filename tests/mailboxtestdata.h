// Synthetic bounces and mailboxes for the mailbox tests (the project's own layout: a Postfix
// notice quoting the remote server's reply, as RFC 3464's human-readable part does).
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace MailboxTestData {

// One bounce for `recipient`: the remote reply is `reply` ("550 5.1.1 ...").
inline QByteArray bounce(const QString &recipient, const QString &reply,
                         const QString &date = QStringLiteral("Mon, 30 Nov 2026 10:00:00 +0000"))
{
    return QStringLiteral("From: MAILER-DAEMON@mx.example.org\nTo: sender@example.org\n"
                          "Date: %3\nSubject: Undelivered Mail Returned to Sender\n\n"
                          "This is the mail system at host mx.example.org.\n\n"
                          "<%1>: host gmail-smtp-in.l.google.com[192.0.2.1] said: %2 (in reply "
                          "to RCPT TO command)\n")
        .arg(recipient, reply, date)
        .toUtf8();
}

inline const char *permanentReply()
{
    return "550-5.1.1 The email account that you tried to reach does not exist. - gsmtp";
}

inline const char *temporaryReply()
{
    return "452-4.2.2 The recipient's inbox is out of storage space. - gsmtp";
}

// An mbox ("From " separator lines, mboxrd quoting) holding the messages.
inline QByteArray mbox(const QList<QByteArray> &messages)
{
    QByteArray box;
    for (QByteArray m : messages) {
        box += "From MAILER-DAEMON Mon Nov 30 10:00:00 2026\n";
        m.replace("\nFrom ", "\n>From ");
        box += m;
        if (!box.endsWith('\n'))
            box += '\n';
        box += '\n';
    }
    return box;
}

// n bounces: every third temporary, the others permanent; recipient i is user<i % distinct>.
inline QByteArray syntheticMbox(int n, int distinct)
{
    QList<QByteArray> messages;
    for (int i = 0; i < n; ++i) {
        messages << bounce(QStringLiteral("user%1@example.com").arg(i % distinct),
                           QString::fromLatin1(i % 3 == 2 ? temporaryReply() : permanentReply()));
    }
    return mbox(messages);
}

inline bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace MailboxTestData
