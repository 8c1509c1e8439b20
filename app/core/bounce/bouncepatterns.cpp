#include "bouncepatterns.h"

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

const BouncePatterns &BouncePatterns::instance()
{
    static const BouncePatterns patterns;
    return patterns;
}

BouncePatterns::BouncePatterns()
{
    QFile file(u":/bounce-patterns.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        loadError = u"bounce-patterns.json is missing from this build"_s;
        return;
    }
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        loadError = parseError.errorString();
        return;
    }
    leadIn = alternatives(o.value(u"lead_ins"_s));
    originalMarker = alternatives(o.value(u"original_markers"_s));
    delayed = alternatives(o.value(u"delayed_markers"_s), true);
    failed = alternatives(o.value(u"failed_markers"_s), true);
    gaveUp = alternatives(o.value(u"gave_up_markers"_s), true);
    heading = alternatives(o.value(u"headings"_s), true);
    for (const QJsonValue &v : o.value(u"providers"_s).toArray()) {
        const QJsonObject p = v.toObject();
        providers.append({p.value(u"name"_s).toString(), alternatives(p.value(u"from"_s)),
                          alternatives(p.value(u"reporting_mta"_s)),
                          alternatives(p.value(u"body"_s), true),
                          alternatives(p.value(u"headers"_s))});
    }
    for (const QJsonValue &v : o.value(u"origins"_s).toArray()) {
        const QJsonObject p = v.toObject();
        origins.append({p.value(u"name"_s).toString(), alternatives(p.value(u"hosts"_s)),
                        alternatives(p.value(u"text"_s))});
    }
    for (const QJsonValue &v : o.value(u"reasons"_s).toArray()) {
        const QJsonObject r = v.toObject();
        reasons.append({r.value(u"reason"_s).toString(), alternatives(r.value(u"patterns"_s))});
    }
    // One code-to-reason table: the reasons of the generic entries in the code data.
    QFile codes(u":/codes/rfc3463.json"_s);
    if (!codes.open(QIODevice::ReadOnly)) {
        loadError = u"codes/rfc3463.json is missing from this build"_s;
        return;
    }
    const QJsonArray entries
        = QJsonDocument::fromJson(codes.readAll()).object().value(u"entries"_s).toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const QString reason = e.value(u"reason"_s).toString();
        if (!reason.isEmpty())
            statusReasons.insert(e.value(u"status"_s).toString(), reason);
    }
}

} // namespace BounceLens
