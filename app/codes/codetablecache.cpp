// The code table's build-time cache: the table as loaded and validated from resources/codes/*.json,
// written by the tool bouncelens_codecache (app/codes/codecachetool.cpp) when the program is
// built, and read back at start-up instead of parsing about 1 MB of JSON (README, Benchmarks).
// The JSON stays the source of truth; a broken data file fails the build with the loader's own
// message. Hash-ordered fields are written in key order, so the cache is the same every build.
#include "codes/codetable.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>

namespace BounceLens {

namespace {

constexpr quint32 kMagic = 0x424c4354; // "BLCT"
// Raise when the layout below or CodeEntry's fields change.
constexpr quint32 kCacheVersion = 1;

// A field added to these structs must be written and read below too (and kCacheVersion raised):
// otherwise the program, which reads the cache, would lose it while the tests, which parse the
// JSON, still see it. These sizes are the x86-64 (LP64) ones the fields were counted at.
static_assert(sizeof(void *) != 8 || sizeof(CodeEntry) == 560,
              "CodeEntry changed: update the cache");
static_assert(sizeof(void *) != 8 || sizeof(ProviderInfo) == 96,
              "ProviderInfo changed: update the cache");
static_assert(sizeof(void *) != 8 || sizeof(Variant) == 32, "Variant changed: update the cache");
static_assert(sizeof(void *) != 8 || sizeof(LocalizedText) == 8,
              "LocalizedText changed: update the cache");

void write(QDataStream &out, const LocalizedText &text)
{
    QStringList keys = text.languages();
    std::sort(keys.begin(), keys.end());
    out << quint32(keys.size());
    for (const QString &key : std::as_const(keys))
        out << key << text.all().value(key);
}

void read(QDataStream &in, LocalizedText *text)
{
    quint32 count = 0;
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString key;
        QString value;
        in >> key >> value;
        text->set(key, value);
    }
}

void write(QDataStream &out, const ProviderInfo &p)
{
    out << p.key;
    write(out, p.name);
    write(out, p.description);
    out << p.hosts << p.links << qint32(p.order);
}

void read(QDataStream &in, ProviderInfo *p)
{
    qint32 order = 0;
    in >> p->key;
    read(in, &p->name);
    read(in, &p->description);
    in >> p->hosts >> p->links >> order;
    p->order = order;
}

qint8 fromOptional(const std::optional<bool> &value)
{
    return value ? qint8(*value ? 1 : 0) : qint8(-1);
}

std::optional<bool> toOptional(qint8 value)
{
    return value < 0 ? std::nullopt : std::optional<bool>(value == 1);
}

void writeTexts(QDataStream &out, const CodeEntry &e)
{
    for (const LocalizedText *t :
         {&e.text, &e.description, &e.advice, &e.note, &e.sourceNote, &e.providerName})
        write(out, *t);
    out << quint32(e.variants.size());
    for (const Variant &v : e.variants) {
        out << v.text;
        write(out, v.note);
    }
}

void readTexts(QDataStream &in, CodeEntry *e)
{
    for (LocalizedText *t :
         {&e->text, &e->description, &e->advice, &e->note, &e->sourceNote, &e->providerName})
        read(in, t);
    quint32 count = 0;
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Variant v;
        in >> v.text;
        read(in, &v.note);
        e->variants.append(v);
    }
}

void write(QDataStream &out, const CodeEntry &e)
{
    out << e.id << qint32(e.source) << e.sourceKey << qint32(e.replyCode) << e.status;
    writeTexts(out, e);
    out << e.actionBy << e.retry << fromOptional(e.temporary) << e.reason << e.addressAction
        << e.stage << e.helpUrl << e.slug << e.altSlugs << e.onPage << e.seed << e.seedText
        << e.altStatus << e.onPageHistory << e.altReplyCodes << e.replacedBy << e.formerly
        << e.tokens << e.sourceDate;
}

void read(QDataStream &in, CodeEntry *e)
{
    qint32 source = 0;
    qint32 replyCode = 0;
    qint8 temporary = -1;
    in >> e->id >> source >> e->sourceKey >> replyCode >> e->status;
    e->source = CodeEntry::Source(source);
    e->replyCode = replyCode;
    readTexts(in, e);
    in >> e->actionBy >> e->retry >> temporary >> e->reason >> e->addressAction >> e->stage
        >> e->helpUrl >> e->slug >> e->altSlugs >> e->onPage >> e->seed >> e->seedText
        >> e->altStatus >> e->onPageHistory >> e->altReplyCodes >> e->replacedBy >> e->formerly
        >> e->tokens >> e->sourceDate;
    e->temporary = toOptional(temporary);
}

} // namespace

QByteArray CodeTable::toCache() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kCacheVersion << quint32(m_entries.size());
    for (const CodeEntry &e : m_entries)
        write(out, e);
    QStringList noteKeys = m_notes.keys();
    std::sort(noteKeys.begin(), noteKeys.end());
    out << quint32(noteKeys.size());
    for (const QString &key : std::as_const(noteKeys)) {
        out << key;
        write(out, m_notes.value(key));
    }
    out << quint32(m_providers.size());
    for (const ProviderInfo &p : m_providers)
        write(out, p);
    return data;
}

std::optional<CodeTable> CodeTable::fromCache(const QByteArray &data)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    quint32 count = 0;
    in >> magic >> version >> count;
    if (magic != kMagic || version != kCacheVersion || count > quint32(data.size()))
        return std::nullopt;
    CodeTable table;
    table.m_entries.resize(count);
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        read(in, &table.m_entries[i]);
        table.m_index.insert(table.m_entries[i].id, int(i));
    }
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString key;
        LocalizedText text;
        in >> key;
        read(in, &text);
        table.m_notes.insert(key, text);
    }
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        ProviderInfo p;
        read(in, &p);
        table.m_providers.append(p);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd() || table.m_entries.isEmpty())
        return std::nullopt;
    return table;
}

} // namespace BounceLens
