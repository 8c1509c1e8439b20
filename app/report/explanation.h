#pragma once

#include <QCoreApplication>
#include <QString>

namespace BounceLens {

class CodeTable;
struct CodeEntry;
struct RecipientResult;

// Plain sentences about one recipient of a bounce, for someone who has never heard of SMTP: what
// happened to which address, why (the matched reply's meaning, its placeholders filled from the
// real reply), what the sender should do and whether sending again helps. In the interface
// language, with the server's codes as the server sent them and no internal ids, reason names
// or entry numbers: ready to paste into a ticket or a chat ("Copy explanation").
class Explanation
{
    Q_DECLARE_TR_FUNCTIONS(Explanation)

public:
    static QString forRecipient(const CodeTable &table, const RecipientResult &result,
                                const QString &language);

    // The matched entry's text and advice in a language, placeholders filled from the reply.
    static QString entryText(const CodeEntry &entry, const RecipientResult &result,
                             const QString &language);
    static QString entryAdvice(const CodeEntry &entry, const RecipientResult &result,
                               const QString &language);
    // Whose reply the matched entry explains, in a language: "NetEase", or "NetEase (by its
    // code alone: ...)" when the remote host or link did not confirm it; empty for Gmail's
    // replies and generic meanings (Gmail's are named by their entries already).
    static QString provider(const CodeTable &table, const RecipientResult &result,
                            const QString &language);
    // "535 5.7.8": the codes as the server sent them; empty when it sent none.
    static QString serverCodes(const RecipientResult &result);
};

} // namespace BounceLens
