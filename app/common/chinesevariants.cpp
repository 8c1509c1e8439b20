#include "common/chinesevariants.h"

#include "common/datafile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kFormat = u"bouncelens-chinese-variants"_s;
constexpr int kVersion = 1;

bool isHan(char16_t c)
{
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
           || (c >= 0xF900 && c <= 0xFAFF);
}

} // namespace

std::optional<ChineseVariants> ChineseVariants::load(const QByteArray &data, const QString &name,
                                                     QString *error)
{
    const std::optional<QJsonObject> opened
        = DataFile::open(data, name, kFormat, kVersion, tr("Chinese variants file"), error);
    if (!opened)
        return std::nullopt;
    const QJsonObject &root = *opened;
    const QJsonValue pairs = root.value(u"traditional_to_simplified"_s);
    if (!pairs.isObject()) {
        *error = tr("%1: \"traditional_to_simplified\" must be an object").arg(name);
        return std::nullopt;
    }
    ChineseVariants table;
    const QJsonObject object = pairs.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString from = it.key();
        const QString to = it.value().toString();
        if (from.size() != 1 || !isHan(from.at(0).unicode()) || to.size() != 1
            || !isHan(to.at(0).unicode()) || from == to) {
            *error = tr("%1: \"%2\": every pair must map one Traditional Chinese character to "
                        "a different Simplified one")
                         .arg(name, from);
            return std::nullopt;
        }
        table.m_map.insert(from.at(0).unicode(), to.at(0).unicode());
    }
    // A chain (A -> B -> C) would make folding depend on how often it is applied.
    for (auto it = table.m_map.cbegin(); it != table.m_map.cend(); ++it) {
        if (table.m_map.contains(it.value())) {
            *error = tr("%1: \"%2\" maps to \"%3\", which is mapped again")
                         .arg(name, QString(QChar(it.key())), QString(QChar(it.value())));
            return std::nullopt;
        }
    }
    return table;
}

const ChineseVariants &ChineseVariants::builtIn(QString *error)
{
    static QString loadError;
    static const ChineseVariants table = [] {
        const QString path = u":/chinese-variants.json"_s;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            loadError = tr("%1: cannot read the file: %2").arg(path, file.errorString());
            return ChineseVariants();
        }
        return load(file.readAll(), u"chinese-variants.json"_s, &loadError)
            .value_or(ChineseVariants());
    }();
    if (error)
        *error = loadError;
    return table;
}

QString ChineseVariants::toSimplified(const QString &text) const
{
    QString result = text;
    for (QChar &c : result)
        c = QChar(toSimplified(c.unicode()));
    return result;
}

} // namespace BounceLens
