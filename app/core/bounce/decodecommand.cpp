#include "decodecommand.h"

#include "bouncedecoder.h"
#include "codetable.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

bool startsAsMbox(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(5) == "From ";
}

} // namespace

QStringList DecodeCommand::expand(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {path};
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString suffix = QFileInfo(file).suffix().toLower();
        if (suffix == u"eml"_s || suffix == u"txt"_s || suffix == u"mbox"_s || suffix == u"mbx"_s
            || ((suffix.isEmpty() || suffix == u"msg"_s) && startsAsMbox(file)))
            files << file;
    }
    files.sort();
    return files;
}

int DecodeCommand::run(const CodeTable &table, const QStringList &arguments,
                       const QString &language, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Read bounce messages and say per recipient what failed and why."));
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, tr("Print JSON Lines: one object per message."));
    const QCommandLineOption lang(u"lang"_s, tr("Language of the output: en, zh_CN or zh_TW."),
                                  tr("language"));
    parser.addOptions({json, lang});
    parser.addPositionalArgument(u"input"_s,
                                 tr("Files (.eml, text, mbox), directories (searched "
                                    "recursively) or - for standard input."),
                                 tr("[FILE|DIR|-]..."));
    if (!parser.parse(arguments)) {
        err << u"bouncelens decode: "_s << parser.errorText() << u'\n' << parser.helpText();
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        if (isatty(STDIN_FILENO)) {
            err << tr("bouncelens decode: no input given (name files or directories, or - for "
                      "standard input)")
                << u'\n' << parser.helpText();
            return 2;
        }
        inputs << u"-"_s;
    }

    const BounceDecoder decoder(table);
    bool allRead = true;
    auto report = [&](DecodeResult r) {
        if (!r.error.isEmpty())
            allRead = false;
        if (parser.isSet(json))
            out << QString::fromUtf8(
                QJsonDocument(decodeResultToJson(r, table)).toJson(QJsonDocument::Compact))
                << u'\n';
        else
            out << decodeResultToText(r, table, language) << u'\n';
    };
    for (const QString &input : std::as_const(inputs)) {
        if (input != u"-"_s && !QFileInfo::exists(input)) {
            DecodeResult r;
            r.source = input;
            r.error = tr("No such file or directory.");
            err << tr("bouncelens decode: %1: no such file or directory").arg(input) << u'\n';
            report(r);
            continue;
        }
        const QStringList files = input == u"-"_s ? QStringList{input} : expand(input);
        for (const QString &path : files) {
            QFile file;
            bool opened;
            if (path == u"-"_s)
                opened = file.open(stdin, QIODevice::ReadOnly);
            else {
                file.setFileName(path);
                opened = file.open(QIODevice::ReadOnly);
            }
            DecodeResult failure;
            failure.source = path;
            if (!opened) {
                failure.error = tr("The file could not be opened: %1").arg(file.errorString());
                report(failure);
                continue;
            }
            if (path != u"-"_s && file.size() > BounceDecoder::MaxInputSize) {
                failure.error = tr("The file is too big (%1 MB): inputs above %2 MB are not read.")
                                    .arg(file.size() / (1024 * 1024))
                                    .arg(BounceDecoder::MaxInputSize / (1024 * 1024));
                report(failure);
                continue;
            }
            // Big files are mapped, not copied: the decoder reads only the parts it needs.
            uchar *mapped
                = path != u"-"_s && file.size() > 1024 * 1024 ? file.map(0, file.size()) : nullptr;
            const QByteArray bytes
                = mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped),
                                                   qsizetype(file.size()))
                         : file.read(BounceDecoder::MaxInputSize + 1);
            if (bytes.size() > BounceDecoder::MaxInputSize) {
                failure.error = tr("The input is too big: inputs above %1 MB are not read.")
                                    .arg(BounceDecoder::MaxInputSize / (1024 * 1024));
                report(failure);
                continue;
            }
            const bool mbox = BounceDecoder::isMbox(bytes);
            for (DecodeResult r : decoder.decodeAll(bytes)) {
                r.source = mbox ? path + r.source : path;
                report(r);
            }
        }
    }
    out.flush();
    return allRead ? 0 : 1;
}

} // namespace BounceLens
