// libFuzzer entry point: any bytes through the whole decoder (mbox splitting, GMime, charsets,
// HTML, reply grammar, matching) and both reports. Finds crashes, hangs and sanitizer errors.
#include "bouncedecoder.h"
#include "codetable.h"

#include <QByteArray>
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
        (void)decodeResultToJson(r, *table);
        (void)decodeResultToText(r, *table, QStringLiteral("en"));
    }
    return 0;
}
