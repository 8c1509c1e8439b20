#include "codes/entryjson.h"

#include "codes/codeentry.h"

#include <QJsonArray>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue localized(const LocalizedText &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    QJsonObject o;
    for (const QString &language : text.languages())
        o.insert(language, text.text(language));
    return o;
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject entryToJson(const CodeEntry &e)
{
    QJsonObject o;
    o.insert(u"id"_s, e.id);
    o.insert(u"source"_s, e.sourceKey.isEmpty() ? CodeEntry::sourceName(e.source) : e.sourceKey);
    o.insert(u"reply_code"_s, e.replyCode ? QJsonValue(e.replyCode) : QJsonValue(QJsonValue::Null));
    o.insert(u"status"_s, stringOrNull(e.status));
    o.insert(u"text"_s, localized(e.text));
    o.insert(u"advice"_s, localized(e.advice));
    if (!e.description.isEmpty())
        o.insert(u"description"_s, localized(e.description));
    if (!e.note.isEmpty())
        o.insert(u"note"_s, localized(e.note));
    o.insert(u"temporary"_s, e.temporary ? QJsonValue(*e.temporary) : QJsonValue(QJsonValue::Null));
    o.insert(u"reason"_s, stringOrNull(e.reason));
    o.insert(u"stage"_s, stringOrNull(e.stage));
    o.insert(u"help_url"_s, stringOrNull(e.helpUrl));
    o.insert(u"slug"_s, stringOrNull(e.slug));
    if (e.isGmail()) {
        o.insert(u"on_page"_s, e.onPage);
        o.insert(u"seed"_s, e.seed);
        if (e.seed)
            o.insert(u"seed_text"_s, e.seedText);
    }
    if (e.isProviderReply()) {
        o.insert(u"retry"_s, stringOrNull(e.retry));
        o.insert(u"action_by"_s, QJsonArray::fromStringList(e.actionBy));
    }
    if (e.isProvider()) {
        o.insert(u"tokens"_s, QJsonArray::fromStringList(e.tokens));
        o.insert(u"source_note"_s, localized(e.sourceNote));
        o.insert(u"source_date"_s, e.sourceDate);
    }
    if (!e.variants.isEmpty()) {
        QJsonArray variants;
        for (const Variant &v : e.variants)
            variants.append(QJsonObject{{u"text"_s, v.text}, {u"note"_s, localized(v.note)}});
        o.insert(u"variants"_s, variants);
    }
    if (!e.altSlugs.isEmpty())
        o.insert(u"alt_slugs"_s, QJsonArray::fromStringList(e.altSlugs));
    if (!e.onPageHistory.isEmpty())
        o.insert(u"on_page_history"_s, QJsonArray::fromStringList(e.onPageHistory));
    if (!e.altStatus.isEmpty())
        o.insert(u"alt_status"_s, QJsonArray::fromStringList(e.altStatus));
    if (!e.altReplyCodes.isEmpty()) {
        QJsonArray codes;
        for (int c : e.altReplyCodes)
            codes.append(c);
        o.insert(u"alt_reply_codes"_s, codes);
    }
    if (!e.replacedBy.isEmpty())
        o.insert(u"replaced_by"_s, e.replacedBy);
    if (!e.formerly.isEmpty())
        o.insert(u"formerly"_s, QJsonArray::fromStringList(e.formerly));
    return o;
}

} // namespace BounceLens
