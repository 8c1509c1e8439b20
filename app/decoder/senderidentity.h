#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace BounceLens {

// Who sent the message that bounced, as far as the bounce itself tells, offline (no DNS): found
// in the returned original's headers (Return-Path, From, DKIM-Signature, Received,
// Received-SPF, Authentication-Results, ARC-Authentication-Results) and in the replies' text.
// Every value is checked (a host name, an IP address); what does not look like one is left out.
struct SendingIdentity
{
    QString ip;                       // the sending IP address
    QString helo;                     // the HELO/EHLO name
    QString returnPathDomain;         // envelope sender (Return-Path, smtp.mailfrom) domain
    QString fromDomain;               // header From domain
    QString dkimDomain, dkimSelector; // d= and s= of the first DKIM-Signature
    QString spf, dkim, dmarc;         // results in Authentication-Results: "pass", "fail", ...
    QString authResults;              // the first Authentication-Results, unfolded

    bool isEmpty() const
    {
        return ip.isEmpty() && helo.isEmpty() && returnPathDomain.isEmpty() && fromDomain.isEmpty()
               && dkimDomain.isEmpty() && spf.isEmpty() && dkim.isEmpty() && dmarc.isEmpty();
    }
    // The alignments (RFC 7489, relaxed) that fail between the From domain and the DKIM d= or
    // the Return-Path domain: "dkim", "spf". Organizational domains are taken as the last two
    // labels (three under a two-letter country code's "co", "com", "ne", "or", "ac", ...),
    // without the Public Suffix List: a guess, said as one.
    QStringList misaligned() const;

    // From the original's headers (name in lower case, value decoded) and the recipients'
    // replies (their diagnostics, in recipient order).
    static SendingIdentity find(const QList<QPair<QString, QString>> &original,
                                const QStringList &replies);

    // A host name a shell command may name ("mail.example.com"): letters, digits, '-', '_' and
    // dots only; IDNs in ASCII form. Empty when the text is not one.
    static QString hostName(const QString &text);
    // An IPv4 or IPv6 address in its canonical form; empty when the text is not one.
    static QString ipAddress(const QString &text);
    static QString organizationalDomain(const QString &domain);
    // The domain of "Name <user@example.com>" or "user@example.com": "example.com".
    static QString addressDomain(const QString &address);
};

} // namespace BounceLens
