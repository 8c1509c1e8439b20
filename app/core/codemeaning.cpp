#include "codemeaning.h"

#include "codetable.h"

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

QString CodeMeaning::replyClass(int replyCode) {
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

QString CodeMeaning::replyCategory(int replyCode) {
    switch ((replyCode / 10) % 10) {
    case 0:
        return tr("x0z: syntax - the command or its arguments.");
    case 1:
        return tr("x1z: information - replies to requests for information.");
    case 2:
        return tr("x2z: connections - the transmission channel.");
    case 3:
        return tr("x3z: authentication and accounting.");
    case 5:
        return tr("x5z: mail system - the state of the receiving mail system.");
    }
    return {};
}

QList<int> CodeMeaning::genericEntries(const CodeTable &table, int replyCode,
                                       const QString &status) {
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

QString CodeMeaning::severity(const CodeEntry &entry) {
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

QString CodeMeaning::actor(const QString &actionBy) {
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

QString CodeMeaning::retry(const QString &retry) {
    if (retry == u"later")
        return tr("Retrying later can succeed.");
    if (retry == u"after_fix")
        return tr("Retry only after fixing the cause.");
    if (retry == u"no")
        return tr("Retrying will not help.");
    return {};
}

QString CodeMeaning::stage(const QString &stage) {
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

QString CodeMeaning::source(const CodeEntry &entry) {
    switch (entry.source) {
    case CodeEntry::Source::Gmail:
        return entry.onPage ? tr("Gmail, on Google's page")
                            : tr("Gmail, no longer on Google's page");
    case CodeEntry::Source::Rfc3463:
        return tr("Generic meaning (RFC 3463)");
    case CodeEntry::Source::Rfc5321:
        return tr("Generic meaning (RFC 5321)");
    }
    return {};
}

} // namespace BounceLens
