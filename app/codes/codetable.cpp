#include "codes/codetable.h"

#include "common/datafile.h"

#include "common/pattern.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QResource>

#include <algorithm>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kFormat = u"bouncelens-codes"_s;
constexpr int kVersion = 1;

// The optional "address_action" field (the words of AddressAction, addressaction.h).
bool readAddressAction(const QJsonObject &object, CodeEntry *entry)
{
    const QJsonValue v = object.value(u"address_action"_s);
    if (v.isUndefined() || v.isNull())
        return true;
    static const QStringList words{u"suppress"_s, u"retry"_s, u"fix-sending"_s, u"review"_s};
    if (!v.isString() || !words.contains(v.toString()))
        return false;
    entry->addressAction = v.toString();
    return true;
}

bool readLocalized(const QJsonValue &value, LocalizedText *out, QString *problem)
{
    if (!value.isObject()) {
        *problem = CodeTable::tr("expected an object of texts by language");
        return false;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            *problem = CodeTable::tr("the text for language \"%1\" is not a string").arg(it.key());
            return false;
        }
        out->set(it.key(), it.value().toString());
    }
    if (out->english().trimmed().isEmpty()) {
        *problem = CodeTable::tr("the English text (\"en\") is missing or empty");
        return false;
    }
    return true;
}

bool readStringList(const QJsonValue &value, QStringList *out)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return false;
        out->append(item.toString());
    }
    return true;
}

// A provider's entry: "token" (its code in the reply) and "tokens" (more of them), where the
// facts come from ("source_note", required) and when they were checked ("source_date").
bool readProviderFields(const QJsonObject &o, CodeEntry *e, const char **field, QString *problem)
{
    *field = "token";
    const QJsonValue token = o.value(u"token"_s);
    if (token.isString() && !token.toString().trimmed().isEmpty()) {
        e->tokens << token.toString().trimmed();
    } else if (!token.isUndefined() && !token.isNull()) {
        *problem = CodeTable::tr("must be a non-empty string");
        return false;
    }
    *field = "tokens";
    const QJsonValue more = o.value(u"tokens"_s);
    if (!more.isUndefined() && !readStringList(more, &e->tokens)) {
        *problem = CodeTable::tr("must be an array of strings");
        return false;
    }
    e->tokens.removeDuplicates();
    e->tokens.removeAll(QString());
    *field = "source_note";
    if (!readLocalized(o.value(u"source_note"_s), &e->sourceNote, problem))
        return false;
    *field = "source_date";
    static const Pattern date(u"^\\d{4}-\\d{2}(-\\d{2})?$"_s);
    e->sourceDate = o.value(u"source_date"_s).toString();
    if (!date.matches(e->sourceDate)) {
        *problem = CodeTable::tr("missing, or not a date like 2026-06-15");
        return false;
    }
    return true;
}

// The steps of CodeTable::parseEntry: each reads some fields of an entry; on a wrong one it
// names the field and the problem and returns false.

// Reports a wrong field (for the steps below).
bool wrong(const char **field, QString *problem, const char *name, const QString &what)
{
    *field = name;
    *problem = what;
    return false;
}

const Pattern &exactStatusPattern()
{
    static const Pattern exactStatus(u"^[245]\\.\\d{1,3}\\.\\d{1,3}$"_s);
    return exactStatus;
}

// "id" and "source".
bool readIdentity(const QJsonObject &o, CodeEntry *e, const char **field, QString *problem)
{
    static const Pattern idPattern(u"^[a-z0-9][a-z0-9.-]*$"_s);
    e->id = o.value(u"id"_s).toString();
    if (!idPattern.matches(e->id))
        return wrong(field, problem, "id",
                     CodeTable::tr("missing, or not made of a-z, 0-9, '.' and '-'"));
    const auto source = CodeEntry::sourceFromName(o.value(u"source"_s).toString());
    if (!source)
        return wrong(
            field, problem, "source",
            CodeTable::tr("must be \"gmail\", \"rfc3463\", \"rfc5321\" or a provider key"));
    e->source = *source;
    e->sourceKey = o.value(u"source"_s).toString();
    return true;
}

// "reply_code" and "status".
bool readCodes(const QJsonObject &o, CodeEntry *e, const char **field, QString *problem)
{
    static const Pattern genericStatus(u"^([245]|x)\\.(\\d{1,3}|x)\\.(\\d{1,3}|x)$"_s);
    // null: rfc3463 entries, and Gmail's own bounce texts that quote no SMTP reply.
    const QJsonValue reply = o.value(u"reply_code"_s);
    if (reply.isDouble()) {
        e->replyCode = reply.toInt();
        if (e->replyCode < 200 || e->replyCode > 599 || reply.toDouble() != e->replyCode)
            return wrong(field, problem, "reply_code",
                         CodeTable::tr("must be a whole number from 200 to 599"));
    } else if (!reply.isNull() || e->source == CodeEntry::Source::Rfc5321) {
        return wrong(field, problem, "reply_code", CodeTable::tr("missing (a number like 550)"));
    }
    const QJsonValue status = o.value(u"status"_s);
    if (status.isString()) {
        e->status = status.toString();
        const auto &pattern
            = e->source == CodeEntry::Source::Rfc3463 ? genericStatus : exactStatusPattern();
        if (!pattern.matches(e->status))
            return wrong(
                field, problem, "status",
                CodeTable::tr("\"%1\" is not an enhanced status code like 5.1.1").arg(e->status));
    } else if (!status.isNull() || (e->source != CodeEntry::Source::Rfc5321 && !e->isProvider())) {
        return wrong(field, problem, "status",
                     CodeTable::tr("missing (an enhanced status code like 5.1.1)"));
    }
    return true;
}

// "text", "description", "advice", "note", and a provider's own fields.
bool readTexts(const QJsonObject &o, CodeEntry *e, const char **field, QString *problem)
{
    *field = "text";
    if (!readLocalized(o.value(u"text"_s), &e->text, problem))
        return false;
    const std::pair<const char *, LocalizedText *> optionalTexts[]
        = {{"description", &e->description}, {"advice", &e->advice}, {"note", &e->note}};
    for (const auto &[name, target] : optionalTexts) {
        *field = name;
        const QJsonValue v = o.value(QLatin1StringView(name));
        if (!v.isUndefined() && !v.isNull() && !readLocalized(v, target, problem))
            return false;
    }
    if (e->isProviderReply() && e->advice.isEmpty())
        return wrong(field, problem, "advice",
                     CodeTable::tr("missing (every provider's entry carries advice)"));
    return !e->isProvider() || readProviderFields(o, e, field, problem);
}

// "temporary", the plain strings ("retry", "help_url", "seed_text", ...), "address_action",
// "on_page" and "seed".
bool readScalars(const QJsonObject &o, CodeEntry *e, const char **field, QString *problem)
{
    const QJsonValue temporary = o.value(u"temporary"_s);
    if (temporary.isBool())
        e->temporary = temporary.toBool();
    else if (!temporary.isNull())
        return wrong(field, problem, "temporary", CodeTable::tr("must be true, false or null"));

    const std::pair<const char *, QString *> strings[]
        = {{"retry", &e->retry},       {"reason", &e->reason}, {"stage", &e->stage},
           {"help_url", &e->helpUrl},  {"slug", &e->slug},     {"replaced_by", &e->replacedBy},
           {"seed_text", &e->seedText}};
    for (const auto &[name, target] : strings) {
        const QJsonValue v = o.value(QLatin1StringView(name));
        if (v.isString())
            *target = v.toString();
        else if (!v.isUndefined() && !v.isNull())
            return wrong(field, problem, name, CodeTable::tr("must be a string"));
    }
    if (!e->helpUrl.isEmpty() && !e->helpUrl.startsWith(u"https://"_s))
        return wrong(field, problem, "help_url", CodeTable::tr("must be an https:// address"));
    if (!readAddressAction(o, e))
        return wrong(field, problem, "address_action",
                     CodeTable::tr("must be suppress, retry, fix-sending or review"));

    const std::pair<const char *, bool *> flags[] = {{"on_page", &e->onPage}, {"seed", &e->seed}};
    for (const auto &[name, target] : flags) {
        const QJsonValue v = o.value(QLatin1StringView(name));
        if (v.isBool())
            *target = v.toBool();
        else if (!v.isUndefined())
            return wrong(field, problem, name, CodeTable::tr("must be true or false"));
    }
    if (!e->seed && !e->seedText.isEmpty())
        return wrong(field, problem, "seed_text",
                     CodeTable::tr("only seed entries (\"seed\": true) carry the 2018 wording"));
    return true;
}

// "alt_reply_codes": other reply codes servers send for the entry.
bool readAltReplyCodes(const QJsonObject &o, CodeEntry *e, const char **field, QString *problem)
{
    const QJsonValue altReplies = o.value(u"alt_reply_codes"_s);
    if (altReplies.isUndefined())
        return true;
    if (!altReplies.isArray())
        return wrong(field, problem, "alt_reply_codes",
                     CodeTable::tr("must be an array of numbers"));
    for (const QJsonValue &v : altReplies.toArray()) {
        const int code = v.toInt();
        if (!v.isDouble() || code < 200 || code > 599)
            return wrong(field, problem, "alt_reply_codes",
                         CodeTable::tr("must be an array of numbers from 200 to 599"));
        e->altReplyCodes.append(code);
    }
    return true;
}

// The arrays: "action_by", "alt_status", "on_page_history", "alt_slugs", "alt_reply_codes".
bool readLists(const QJsonObject &o, CodeEntry *e, const char **field, QString *problem)
{
    const std::pair<const char *, QStringList *> lists[] = {{"action_by", &e->actionBy},
                                                            {"alt_status", &e->altStatus},
                                                            {"on_page_history", &e->onPageHistory},
                                                            {"alt_slugs", &e->altSlugs}};
    for (const auto &[name, target] : lists) {
        const QJsonValue v = o.value(QLatin1StringView(name));
        if (!v.isUndefined() && !readStringList(v, target))
            return wrong(field, problem, name, CodeTable::tr("must be an array of strings"));
    }
    for (const QString &alt : std::as_const(e->altStatus)) {
        if (!exactStatusPattern().matches(alt))
            return wrong(field, problem, "alt_status",
                         CodeTable::tr("\"%1\" is not an enhanced status code").arg(alt));
    }
    return readAltReplyCodes(o, e, field, problem);
}

// "variants": older wordings, each with an optional note.
bool readVariants(const QJsonObject &o, CodeEntry *e, const char **field, QString *problem)
{
    const QJsonValue variants = o.value(u"variants"_s);
    if (variants.isUndefined())
        return true;
    if (!variants.isArray())
        return wrong(field, problem, "variants", CodeTable::tr("must be an array"));
    for (const QJsonValue &v : variants.toArray()) {
        const QJsonObject variant = v.toObject();
        const QString text = variant.value(u"text"_s).toString();
        if (text.trimmed().isEmpty())
            return wrong(field, problem, "variants",
                         CodeTable::tr("every variant needs a non-empty \"text\""));
        Variant parsed{text, {}};
        const QJsonValue note = variant.value(u"note"_s);
        QString noteProblem;
        if (!note.isUndefined() && !readLocalized(note, &parsed.note, &noteProblem))
            return wrong(field, problem, "variants",
                         CodeTable::tr("\"note\": %1").arg(noteProblem));
        e->variants.append(parsed);
    }
    return true;
}

} // namespace

std::optional<CodeTable> CodeTable::loadBuiltIn(QString *error)
{
    // Uncompressed resource: its bytes are read in place, not copied.
    const QResource cache(u":/codecache/codetable.bin"_s);
    if (cache.isValid() && cache.compressionAlgorithm() == QResource::NoCompression) {
        const QByteArray bytes = QByteArray::fromRawData(
            reinterpret_cast<const char *>(cache.data()), qsizetype(cache.size()));
        // The resource stays mapped until the process ends: the strings need not be copied.
        if (std::optional<CodeTable> table = fromCache(bytes, CacheStrings::Borrow))
            return table;
    }
    return loadBuiltInJson(error);
}

std::optional<CodeTable> CodeTable::loadBuiltInJson(QString *error)
{
    const QDir dir(u":/codes"_s);
    QStringList paths;
    QStringList names = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    // The executable and the window module both register the resources: list each file once.
    names.removeDuplicates();
    for (const QString &name : names)
        paths << dir.filePath(name);
    if (paths.isEmpty()) {
        *error = tr("The code table is missing from this build (no :/codes/*.json).");
        return std::nullopt;
    }
    return loadFiles(paths, error);
}

std::optional<CodeTable> CodeTable::loadFiles(const QStringList &paths, QString *error)
{
    QList<File> files;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read the file: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        files.append({QFileInfo(path).fileName(), file.readAll()});
    }
    return load(files, error);
}

std::optional<CodeTable> CodeTable::load(const QList<File> &files, QString *error)
{
    CodeTable table;
    for (const File &file : files) {
        if (!table.parseFile(file, error))
            return std::nullopt;
    }
    if (!table.finish(error))
        return std::nullopt;
    return table;
}

bool CodeTable::parseProviders(const QJsonObject &root, const QString &file, QStringList *keys,
                               QString *error)
{
    QJsonArray list = root.value(u"providers"_s).toArray();
    if (root.value(u"provider"_s).isObject())
        list.prepend(root.value(u"provider"_s));
    static const Pattern keyPattern(u"^[a-z][a-z0-9]*$"_s);
    for (const QJsonValue &value : std::as_const(list)) {
        const QJsonObject o = value.toObject();
        ProviderInfo p;
        p.key = o.value(u"key"_s).toString();
        const QString where = tr("%1: provider \"%2\"").arg(file, p.key);
        if (!keyPattern.matches(p.key)
            || CodeEntry::sourceFromName(p.key) != CodeEntry::Source::Provider) {
            *error = tr("%1: field \"key\": missing, or not a lower-case word that names no "
                        "other source")
                         .arg(where);
            return false;
        }
        if (providerInfo(p.key)) {
            *error = tr("%1: declared by another file too").arg(where);
            return false;
        }
        QString problem;
        if (!readLocalized(o.value(u"name"_s), &p.name, &problem)) {
            *error = tr("%1: field \"name\": %2").arg(where, problem);
            return false;
        }
        if (o.contains(u"description"_s)
            && !readLocalized(o.value(u"description"_s), &p.description, &problem)) {
            *error = tr("%1: field \"description\": %2").arg(where, problem);
            return false;
        }
        if (!readStringList(o.value(u"hosts"_s), &p.hosts)
            || !readStringList(o.value(u"links"_s), &p.links)) {
            *error = tr("%1: \"hosts\" and \"links\" must be arrays of strings").arg(where);
            return false;
        }
        for (QString &host : p.hosts)
            host = host.trimmed().toLower();
        p.order = o.value(u"order"_s).toInt(100);
        keys->append(p.key);
        m_providers.append(p);
    }
    return true;
}

const ProviderInfo *CodeTable::providerInfo(const QString &key) const
{
    for (const ProviderInfo &p : m_providers) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

bool CodeTable::parseFile(const File &file, QString *error)
{
    const std::optional<QJsonObject> opened
        = DataFile::open(file.data, file.name, kFormat, kVersion, tr("code file"), error);
    if (!opened)
        return false;
    const QJsonObject &root = *opened;
    QStringList keys; // the providers this file declares: its entries may use only these
    if (!parseProviders(root, file.name, &keys, error))
        return false;
    const QJsonObject notes = root.value(u"notes"_s).toObject();
    for (auto it = notes.begin(); it != notes.end(); ++it) {
        LocalizedText text;
        QString problem;
        if (!readLocalized(it.value(), &text, &problem)) {
            *error = tr("%1: note \"%2\": %3").arg(file.name, it.key(), problem);
            return false;
        }
        m_notes.insert(it.key(), text);
    }
    if (!root.value(u"entries"_s).isArray()) {
        *error = tr("%1: \"entries\" must be an array").arg(file.name);
        return false;
    }
    const QJsonArray entries = root.value(u"entries"_s).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject object = entries.at(i).toObject();
        const QString id = object.value(u"id"_s).toString();
        const QString where = id.isEmpty()
                                  ? tr("%1: entry %2").arg(file.name).arg(i + 1)
                                  : tr("%1: entry %2 (\"%3\")").arg(file.name).arg(i + 1).arg(id);
        if (!entries.at(i).isObject()) {
            *error = tr("%1: not an object").arg(where);
            return false;
        }
        const QString source = object.value(u"source"_s).toString();
        if (CodeEntry::sourceFromName(source) == CodeEntry::Source::Provider
            && !keys.contains(source)) {
            *error = tr("%1: field \"source\": \"%2\" is neither \"gmail\", \"rfc3463\", "
                        "\"rfc5321\" nor a provider this file declares")
                         .arg(where, source);
            return false;
        }
        CodeEntry entry;
        if (!parseEntry(object, where, &entry, error))
            return false;
        if (entry.isProvider() && !entry.id.startsWith(entry.sourceKey + u'-')) {
            *error = tr("%1: field \"id\": must start with \"%2-\"").arg(where, entry.sourceKey);
            return false;
        }
        if (m_index.contains(entry.id)) {
            *error
                = tr("%1: field \"id\": \"%2\" is used by another entry too").arg(where, entry.id);
            return false;
        }
        m_index.insert(entry.id, int(m_entries.size()));
        m_entries.append(entry);
    }
    return true;
}

bool CodeTable::parseEntry(const QJsonObject &o, const QString &where, CodeEntry *e,
                           QString *error) const
{
    // In this order: the first field that is wrong is the one reported.
    using Step = bool (*)(const QJsonObject &, CodeEntry *, const char **, QString *);
    static constexpr Step steps[]
        = {readIdentity, readCodes, readTexts, readScalars, readLists, readVariants};
    const char *field = "";
    QString problem;
    for (const Step step : steps) {
        if (!step(o, e, &field, &problem)) {
            *error = tr("%1: field \"%2\": %3").arg(where, QLatin1StringView(field), problem);
            return false;
        }
    }
    return true;
}

bool CodeTable::finish(QString *error)
{
    if (m_entries.isEmpty()) {
        *error = tr("The code table has no entries.");
        return false;
    }
    std::stable_sort(
        m_providers.begin(), m_providers.end(),
        [](const ProviderInfo &a, const ProviderInfo &b) { return a.order < b.order; });
    for (CodeEntry &entry : m_entries) {
        if (const ProviderInfo *p = entry.isProvider() ? providerInfo(entry.sourceKey) : nullptr)
            entry.providerName = p->name;
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        const CodeEntry &entry = m_entries.at(i);
        if (entry.replacedBy.isEmpty())
            continue;
        const int target = indexOf(entry.replacedBy);
        if (target < 0 || target == i) {
            *error = tr("entry \"%1\": field \"replaced_by\": no other entry has the id \"%2\"")
                         .arg(entry.id, entry.replacedBy);
            return false;
        }
        m_entries[target].formerly.append(entry.id);
    }
    return true;
}

QList<int> CodeTable::siblings(int replyCode, const QString &status, const QString &source) const
{
    QList<int> result;
    for (int i = 0; i < m_entries.size(); ++i) {
        const CodeEntry &e = m_entries.at(i);
        if (e.replyCode == replyCode && e.status == status && e.sourceKey == source)
            result.append(i);
    }
    return result;
}

} // namespace BounceLens
