#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace BounceLens {

class CodeTable;
struct CodeEntry;

// What the parts of a code mean, in the interface language: the reply-code class and
// category (RFC 5321 section 4.2.1), the generic entries that explain an enhanced code's class,
// subject and detail, and the names of the data's enumerations (who acts, retry, stage).
class CodeMeaning
{
    Q_DECLARE_TR_FUNCTIONS(CodeMeaning)

public:
    static QString replyClass(int replyCode);
    static QString replyCategory(int replyCode);
    // Indexes of the rfc3463 entries for the class ("5.x.x"), subject ("x.7.x") and detail
    // ("x.7.1") of an enhanced code, and of the rfc5321 entry of the reply code, in that order.
    static QList<int> genericEntries(const CodeTable &table, int replyCode, const QString &status);
    static QString severity(const CodeEntry &entry);
    static QString actor(const QString &actionBy);
    static QString retry(const QString &retry);
    static QString stage(const QString &stage);
    // Where the entry comes from: "Gmail, on Google's page", "NetEase reply" (the provider's
    // name in language, by default the interface's), "Generic meaning (RFC 3463)".
    static QString source(const CodeEntry &entry, const QString &language = QString());
    // A bounce reason (Sisimai's vocabulary) in plain words: "the address does not exist".
    static QString reason(const QString &reason);
};

} // namespace BounceLens
