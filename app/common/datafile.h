#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

class QByteArray;

namespace BounceLens {

// The envelope every data file of resources/ shares: one JSON object whose "format" names the
// kind of file and whose "version" is the one this build reads. The code table, the synonyms
// and the Chinese variants all open their files here, so a broken file is reported alike.
class DataFile
{
    Q_DECLARE_TR_FUNCTIONS(DataFile)

public:
    // The root object, or nothing with *error naming the file: not JSON (and where), not an
    // object of `format` (`kind` says what was expected, in words: "code file"), another version.
    static std::optional<QJsonObject> open(const QByteArray &data, const QString &name,
                                           const QString &format, int version, const QString &kind,
                                           QString *error);
};

} // namespace BounceLens
