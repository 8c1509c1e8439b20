#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace BounceLens {

class CodeTable;
struct DecodeResult;

// The reports of a decoded message, shared by `bouncelens decode` and the GUI's Copy report /
// Save report: a JSON object (one line of --json output) and a short human report in the
// current translation. decodeResultToJson/decodeResultToText (bouncedecoder.h) call these.
class DecodeReport
{
    Q_DECLARE_TR_FUNCTIONS(DecodeReport)

public:
    static QJsonObject toJson(const DecodeResult &r, const CodeTable &table);
    static QString toText(const DecodeResult &r, const CodeTable &table, const QString &language);
    static QString actionName(const QString &action);
};

} // namespace BounceLens
