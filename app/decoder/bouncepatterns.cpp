#include "decoder/bouncepatterns.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

Pattern alternatives(const QJsonValue &value, bool multiline = false)
{
    QStringList parts;
    for (const QJsonValue &v : value.toArray())
        parts << u"(?:"_s + v.toString() + u')';
    if (parts.isEmpty())
        return Pattern(); // matches nothing
    return Pattern(parts.join(u'|'),
                   Pattern::CaseInsensitive | (multiline ? Pattern::Multiline : Pattern::NoOption));
}

} // namespace

std::optional<BouncePatterns> BouncePatterns::loadBuiltIn(QString *error)
{
    QFile file(u":/bounce-patterns.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"bounce-patterns.json is missing from this build"_s;
        return std::nullopt;
    }
    QFile codes(u":/codes/rfc3463.json"_s);
    if (!codes.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"codes/rfc3463.json is missing from this build"_s;
        return std::nullopt;
    }
    return load(file.readAll(), codes.readAll(), error);
}

std::optional<BouncePatterns> BouncePatterns::load(const QByteArray &patternsJson,
                                                   const QByteArray &rfc3463Json, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(patternsJson, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = u"bounce-patterns.json: "_s + parseError.errorString();
        return std::nullopt;
    }
    BouncePatterns p;
    p.leadIn = alternatives(o.value(u"lead_ins"_s));
    p.originalMarker = alternatives(o.value(u"original_markers"_s));
    p.delayed = alternatives(o.value(u"delayed_markers"_s), true);
    p.failed = alternatives(o.value(u"failed_markers"_s), true);
    p.gaveUp = alternatives(o.value(u"gave_up_markers"_s), true);
    p.heading = alternatives(o.value(u"headings"_s), true);
    for (const QJsonValue &v : o.value(u"providers"_s).toArray()) {
        const QJsonObject x = v.toObject();
        p.providers.append({x.value(u"name"_s).toString(), alternatives(x.value(u"from"_s)),
                            alternatives(x.value(u"reporting_mta"_s)),
                            alternatives(x.value(u"body"_s), true),
                            alternatives(x.value(u"headers"_s))});
    }
    for (const QJsonValue &v : o.value(u"origins"_s).toArray()) {
        const QJsonObject x = v.toObject();
        p.origins.append({x.value(u"name"_s).toString(), alternatives(x.value(u"hosts"_s)),
                          alternatives(x.value(u"text"_s))});
    }
    for (const QJsonValue &v : o.value(u"reasons"_s).toArray()) {
        const QJsonObject r = v.toObject();
        p.reasons.append({r.value(u"reason"_s).toString(), alternatives(r.value(u"patterns"_s))});
    }
    // One code-to-reason table: the reasons of the generic entries in the code data.
    const QJsonDocument codes = QJsonDocument::fromJson(rfc3463Json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = u"codes/rfc3463.json: "_s + parseError.errorString();
        return std::nullopt;
    }
    for (const QJsonValue &v : codes.object().value(u"entries"_s).toArray()) {
        const QJsonObject e = v.toObject();
        const QString reason = e.value(u"reason"_s).toString();
        if (!reason.isEmpty())
            p.statusReasons.insert(e.value(u"status"_s).toString(), reason);
    }
    return p;
}

} // namespace BounceLens
