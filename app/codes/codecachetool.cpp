// bouncelens_codecache OUTPUT: loads and validates the code table from resources/codes/*.json
// (compiled into this tool) and writes its cache (codetablecache.cpp) to OUTPUT. Run by the build;
// a broken data file stops the build with the loader's message.
#include "codes/codetable.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

using namespace BounceLens;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bouncelens_codecache OUTPUT\n");
        return 64;
    }
    QString error;
    const std::optional<CodeTable> table = CodeTable::loadBuiltInJson(&error);
    if (!table) {
        std::fprintf(stderr, "bouncelens_codecache: %s\n", qPrintable(error));
        return 1;
    }
    QSaveFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly) || out.write(table->toCache()) < 0 || !out.commit()) {
        std::fprintf(stderr, "bouncelens_codecache: %s: %s\n", argv[1],
                     qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
