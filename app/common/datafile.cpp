#include "common/datafile.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QVariant>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

std::optional<QJsonObject> DataFile::open(const QByteArray &data, const QString &name,
                                          const QString &format, int version, const QString &kind,
                                          QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1: not valid JSON at byte %2: %3")
                     .arg(name)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(u"format"_s).toString() != format) {
        //: %2 is the kind of file: "code file", "synonyms file"...
        *error = tr("%1: not a BounceLens %2 (\"format\" must be \"%3\")").arg(name, kind, format);
        return std::nullopt;
    }
    if (root.value(u"version"_s).toInt() != version) {
        *error = tr("%1: unsupported version %2 (this build reads version %3)")
                     .arg(name, root.value(u"version"_s).toVariant().toString())
                     .arg(version);
        return std::nullopt;
    }
    return root;
}

} // namespace BounceLens
