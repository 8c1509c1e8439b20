// libFuzzer entry point: any bytes through the whole decoder (mbox splitting, GMime, charsets,
// HTML, reply grammar, matching), both reports and what the console makes of them (control
// characters escaped), and the RFC 2047 word decoder on its own. Finds crashes, hangs and
// sanitizer errors. Inputs up to 1 MB (-max_len=1048576), with bounce.dict (README, Limits
// and robustness).
#include "bouncedecoder.h"
#include "decodereport.h"
#include "codetable.h"
#include "console.h"
#include "messagereader.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace BounceLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const CodeTable *table = [] {
        QString error;
        static std::optional<CodeTable> loaded = CodeTable::loadBuiltIn(&error);
        if (!loaded)
            std::abort();
        return &*loaded;
    }();
    static const BounceDecoder decoder(*table);
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const DecodeResult &r : decoder.decodeAll(input)) {
        const QByteArray json = Console::jsonSafe(
            QJsonDocument(decodeResultToJson(r, *table)).toJson(QJsonDocument::Compact));
        const QString text
            = Console::terminalSafe(decodeResultToText(r, *table, QStringLiteral("en")));
        for (const QChar c : text) {
            if (c.unicode() == 0x1b || c.unicode() == 0x9b)
                std::abort(); // a control character reached the terminal text
        }
        for (const char c : json) {
            if (uchar(c) < 0x20 || c == 0x7f)
                std::abort(); // JSON Lines: one line, no raw controls
        }
    }
    // Header values: the first line, as a Subject would be.
    const qsizetype eol = input.indexOf('\n');
    (void)MessageReader::decodeHeaderValue(eol < 0 ? input.left(4096)
                                                   : input.left(std::min<qsizetype>(eol, 4096)));
    return 0;
}
