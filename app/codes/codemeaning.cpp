#include "codes/codemeaning.h"

#include <QLocale>

#include "codes/codetable.h"

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

QString CodeMeaning::replyClass(int replyCode)
{
    switch (replyCode / 100) {
    case 2:
        return tr("2yz: positive completion - the server accepted the command.");
    case 3:
        return tr("3yz: positive intermediate - the server waits for more (DATA, AUTH).");
    case 4:
        return tr("4yz: transient negative completion - the command failed this time; the same "
                  "command may succeed later.");
    case 5:
        return tr("5yz: permanent negative completion - the command failed and will fail again "
                  "unless something changes.");
    }
    return {};
}

QString CodeMeaning::replyCategory(int replyCode)
{
    switch ((replyCode / 10) % 10) {
    case 0:
        return tr("x0z: syntax - the command or its arguments.");
    case 1:
        return tr("x1z: information - replies to requests for information.");
    case 2:
        return tr("x2z: connections - the transmission channel.");
    case 3:
        return tr("x3z: not assigned by RFC 5321; used for the AUTH replies of RFC 4954.");
    case 5:
        return tr("x5z: mail system - the state of the receiving mail system.");
    }
    return {};
}

QList<int> CodeMeaning::genericEntries(const CodeTable &table, int replyCode, const QString &status)
{
    QList<int> result;
    const QStringList parts = status.split(u'.');
    if (parts.size() == 3) {
        for (const QString &id :
             {u"rfc3463-"_s + parts.at(0) + u".x.x"_s, u"rfc3463-x."_s + parts.at(1) + u".x"_s,
              u"rfc3463-x."_s + parts.at(1) + u'.' + parts.at(2)}) {
            const int index = table.indexOf(id);
            if (index >= 0)
                result << index;
        }
    }
    if (replyCode > 0) {
        const int index = table.indexOf(u"rfc5321-"_s + QString::number(replyCode));
        if (index >= 0)
            result << index;
    }
    return result;
}

QString CodeMeaning::severity(const CodeEntry &entry)
{
    switch (entry.codeClass()) {
    case 2:
        return tr("Success");
    case 3:
        return tr("Intermediate");
    case 4:
        return tr("Temporary failure");
    case 5:
        return tr("Permanent failure");
    }
    return tr("Temporary or permanent");
}

QString CodeMeaning::actor(const QString &actionBy)
{
    if (actionBy == u"sender")
        return tr("the sender");
    if (actionBy == u"sender_admin")
        return tr("the sender's mail admin");
    if (actionBy == u"recipient")
        return tr("the recipient");
    if (actionBy == u"recipient_admin")
        return tr("the recipient's admin");
    return actionBy;
}

QString CodeMeaning::retry(const QString &retry)
{
    if (retry == u"later")
        return tr("Retrying later can succeed.");
    if (retry == u"after_fix")
        return tr("Retry only after fixing the cause.");
    if (retry == u"no")
        return tr("Retrying will not help.");
    return {};
}

QString CodeMeaning::stage(const QString &stage)
{
    if (stage == u"connection")
        return tr("connection");
    if (stage == u"HELO")
        return tr("HELO/EHLO");
    if (stage == u"STARTTLS")
        return tr("STARTTLS");
    if (stage == u"AUTH")
        return tr("AUTH (login)");
    if (stage == u"MAIL")
        return tr("MAIL FROM");
    if (stage == u"RCPT")
        return tr("RCPT TO");
    if (stage == u"DATA")
        return tr("DATA (after the message)");
    return stage;
}

QString CodeMeaning::source(const CodeEntry &entry, const QString &language)
{
    switch (entry.source) {
    case CodeEntry::Source::Provider:
        return tr("%1 reply")
            .arg(entry.providerName.value(language.isEmpty() ? QLocale().name() : language));
    case CodeEntry::Source::Gmail:
        if (entry.onPage)
            return tr("Gmail, on Google's page");
        // "No longer" only where the data says when it was there.
        return entry.onPageHistory.isEmpty() ? tr("Gmail, not listed on Google's page")
                                             : tr("Gmail, no longer on Google's page");
    case CodeEntry::Source::Rfc3463:
        return tr("Generic meaning (RFC 3463)");
    case CodeEntry::Source::Rfc5321:
        return tr("Generic meaning (RFC 5321)");
    }
    return {};
}

QString CodeMeaning::reason(const QString &reason)
{
    struct Phrase
    {
        const char *reason;
        const char *text;
    };
    static const Phrase phrases[] = {
        {"authfailure", QT_TR_NOOP("the sender's domain failed SPF, DKIM or DMARC checks")},
        {"badreputation", QT_TR_NOOP("the sending IP address or domain has a poor reputation")},
        {"blocked", QT_TR_NOOP("the sending IP address or host is blocked")},
        {"contenterror", QT_TR_NOOP("the message's headers or format were rejected")},
        {"delivered", QT_TR_NOOP("the message was delivered")},
        {"exceedlimit", QT_TR_NOOP("the message exceeds a limit of the receiving server")},
        {"expired", QT_TR_NOOP("delivery gave up after retrying for too long")},
        {"failedstarttls", QT_TR_NOOP("the encrypted connection (STARTTLS) failed")},
        {"feedback", QT_TR_NOOP("the recipient reported the message as spam")},
        {"filtered", QT_TR_NOOP("the recipient's filters rejected the message")},
        {"hasmoved", QT_TR_NOOP("the recipient's address has moved")},
        {"hostunknown", QT_TR_NOOP("the recipient's domain does not exist")},
        {"mailboxfull", QT_TR_NOOP("the recipient's mailbox is full")},
        {"mailererror", QT_TR_NOOP("a mail program on the receiving side failed")},
        {"mesgtoobig", QT_TR_NOOP("the message is too big")},
        {"networkerror", QT_TR_NOOP("the receiving server could not be reached")},
        {"norelaying", QT_TR_NOOP("the server refused to relay the message")},
        {"notaccept", QT_TR_NOOP("the receiving domain accepts no email")},
        {"notcompliantrfc",
         QT_TR_NOOP("the message does not follow the email standards (RFC 5322)")},
        {"onhold", QT_TR_NOOP("the cause could not be decided")},
        {"policyviolation", QT_TR_NOOP("a policy of the recipient's domain blocked the message")},
        {"rejected", QT_TR_NOOP("the sender's address was rejected")},
        {"requireptr", QT_TR_NOOP("the sending IP address has no valid PTR (reverse DNS) record")},
        {"securityerror", QT_TR_NOOP("a security check failed (login, credentials or relay)")},
        {"spamdetected", QT_TR_NOOP("the message looks like spam")},
        {"speeding", QT_TR_NOOP("the receiving server is rate-limiting the sender")},
        {"suppressed", QT_TR_NOOP("the address is on a suppression list")},
        {"suspend", QT_TR_NOOP("the recipient's account is disabled or inactive")},
        {"syntaxerror", QT_TR_NOOP("the SMTP commands were malformed or out of order")},
        {"systemerror", QT_TR_NOOP("the receiving server had a system error")},
        {"systemfull", QT_TR_NOOP("the receiving server is out of storage")},
        {"toomanyconn", QT_TR_NOOP("too many connections or recipients at once")},
        {"undefined", QT_TR_NOOP("the cause is not known")},
        {"userunknown", QT_TR_NOOP("the address does not exist")},
        {"vacation", QT_TR_NOOP("the recipient is away (an automatic reply)")},
        {"virusdetected", QT_TR_NOOP("a virus was detected in the message")},
    };
    for (const Phrase &p : phrases) {
        if (reason == QLatin1StringView(p.reason))
            return tr(p.text);
    }
    return {};
}

} // namespace BounceLens
