#pragma once

#include "common/decodetypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace BounceLens {

class CodeTable;
struct DecodeResult;
struct RecipientResult;

// The reports of a decoded message, shared by `bouncelens decode` and the GUI's Copy report /
// Save report: a JSON object (one line of --json output) and a short human report in the
// current translation.
class DecodeReport
{
    Q_DECLARE_TR_FUNCTIONS(DecodeReport)

public:
    static QJsonObject toJson(const DecodeResult &r, const CodeTable &table);
    // The same object as compact JSON, byte for byte what QJsonDocument(toJson(r)).toJson(
    // QJsonDocument::Compact) writes (keys sorted, the same escapes and numbers), written
    // directly: building the QJsonObject and serialising it was a tenth of a `decode --json` run.
    static QByteArray toJsonBytes(const DecodeResult &r, const CodeTable &table);
    static QString toText(const DecodeResult &r, const CodeTable &table, const QString &language);
    static QString actionName(Action action);
    // "en" -> "English", in the interface language; lists joined for a reader.
    static QString languageName(const QString &code);
    static QString languageNames(const QStringList &codes);

private:
    // toText's parts: who sent the bounce and about what; per recipient, the verdict line and
    // codes, the facts the bounce states, and the matched entry's meaning and the reason.
    static QString headerText(const DecodeResult &r);
    static QString recipientHeading(const RecipientResult &x);
    static QString recipientFacts(const RecipientResult &x);
    static QString recipientMeaning(const RecipientResult &x, const CodeTable &table,
                                    const QString &language);
};

// The `bouncelens decode --json` line object.
QJsonObject decodeResultToJson(const DecodeResult &r, const CodeTable &table);
// The human report, in the current translation.
QString decodeResultToText(const DecodeResult &r, const CodeTable &table, const QString &language);

} // namespace BounceLens
