// The code table's build-time cache: the table as loaded and validated from resources/codes/*.json,
// written by the tool bouncelens_codecache (app/codes/codecachetool.cpp) when the program is
// built, and read back at start-up instead of parsing about 1 MB of JSON (README, Benchmarks).
// The JSON stays the source of truth; a broken data file fails the build with the loader's own
// message. Hash-ordered fields are written in key order, so the cache is the same every build.
#include "codes/codetable.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace BounceLens {

namespace {

constexpr quint32 kMagic = 0x424c4354; // "BLCT"
// Raise when the layout below or CodeEntry's fields change.
constexpr quint32 kCacheVersion = 2;

// A field added to these structs must be written and read below too (and kCacheVersion raised):
// otherwise the program, which reads the cache, would lose it while the tests, which parse the
// JSON, still see it. These sizes are the x86-64 (LP64) ones the fields were counted at.
static_assert(sizeof(void *) != 8 || sizeof(CodeEntry) == 656,
              "CodeEntry changed: update the cache");
static_assert(sizeof(void *) != 8 || sizeof(ProviderInfo) == 128,
              "ProviderInfo changed: update the cache");
static_assert(sizeof(void *) != 8 || sizeof(Variant) == 48, "Variant changed: update the cache");
static_assert(sizeof(void *) != 8 || sizeof(LocalizedText) == 24,
              "LocalizedText changed: update the cache");

constexpr quint32 kNullString = 0xffffffff;

// The cache's bytes: little-endian 32-bit integers, strings as their length in UTF-16 units
// (kNullString for a null QString) and the units. (QDataStream read them through a QIODevice,
// a call per field: it cost as much as the rest of the load.)
class Writer
{
public:
    QByteArray bytes;

    void u32(quint32 value)
    {
        const quint32 le = qToLittleEndian(value);
        bytes.append(reinterpret_cast<const char *>(&le), sizeof le);
    }
    Writer &operator<<(const QString &s)
    {
        u32(s.isNull() ? kNullString : quint32(s.size()));
        for (const QChar c : s) {
            const quint16 unit = qToLittleEndian(c.unicode());
            bytes.append(reinterpret_cast<const char *>(&unit), sizeof unit);
        }
        return *this;
    }
    Writer &operator<<(const QStringList &list)
    {
        u32(quint32(list.size()));
        for (const QString &s : list)
            *this << s;
        return *this;
    }
    Writer &operator<<(const QList<int> &list)
    {
        u32(quint32(list.size()));
        for (int value : list)
            u32(quint32(value));
        return *this;
    }
    Writer &operator<<(bool value)
    {
        bytes.append(value ? '\1' : '\0');
        return *this;
    }
};

class Reader
{
public:
    // borrow: strings point into data (QString::fromRawData) instead of copying it.
    Reader(const QByteArray &data, bool borrow)
        : m_at(data.constData())
        , m_end(data.constData() + data.size())
        , m_borrow(borrow && Q_BYTE_ORDER == Q_LITTLE_ENDIAN)
    {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }

    quint32 u32()
    {
        quint32 value = 0;
        if (!take(sizeof value))
            return 0;
        std::memcpy(&value, m_at - sizeof value, sizeof value);
        return qFromLittleEndian(value);
    }
    // A count of items that take at least `itemSize` bytes each: 0, and not ok, past the end.
    quint32 count(qsizetype itemSize = 1)
    {
        const quint32 n = u32();
        if (qsizetype(n) > (m_end - m_at) / itemSize) {
            m_ok = false;
            return 0;
        }
        return n;
    }
    Reader &operator>>(QString &s)
    {
        const quint32 n = u32();
        if (n == kNullString) {
            s = QString();
            return *this;
        }
        if (qsizetype(n) > (m_end - m_at) / 2 || !take(qsizetype(n) * 2)) {
            m_ok = false;
            return *this;
        }
        const char *units = m_at - qsizetype(n) * 2;
        if (m_borrow && n > 0 && reinterpret_cast<quintptr>(units) % alignof(QChar) == 0) {
            s = QString::fromRawData(reinterpret_cast<const QChar *>(units), qsizetype(n));
            return *this;
        }
        s.resize(qsizetype(n));
        std::memcpy(s.data(), units, size_t(n) * 2);
        if constexpr (Q_BYTE_ORDER == Q_BIG_ENDIAN) {
            for (QChar &c : s)
                c = QChar(qFromLittleEndian(c.unicode()));
        }
        return *this;
    }
    Reader &operator>>(QStringList &list)
    {
        const quint32 n = count(4);
        list.reserve(n);
        for (quint32 i = 0; i < n && m_ok; ++i) {
            QString s;
            *this >> s;
            list.append(s);
        }
        return *this;
    }
    Reader &operator>>(QList<int> &list)
    {
        const quint32 n = count(4);
        list.reserve(n);
        for (quint32 i = 0; i < n && m_ok; ++i)
            list.append(int(u32()));
        return *this;
    }
    Reader &operator>>(bool &value)
    {
        value = take(1) && m_at[-1] != 0;
        return *this;
    }

private:
    bool take(qsizetype n)
    {
        if (!m_ok || m_end - m_at < n) {
            m_ok = false;
            return false;
        }
        m_at += n;
        return true;
    }

    const char *m_at;
    const char *m_end;
    bool m_borrow = false;
    bool m_ok = true;
};

void write(Writer &out, const LocalizedText &text)
{
    const QStringList keys = text.languages(); // in code order
    out.u32(quint32(keys.size()));
    for (const QString &key : keys)
        out << key << text.text(key);
}

void read(Reader &in, LocalizedText *text)
{
    const quint32 count = in.count(8);
    for (quint32 i = 0; i < count && in.ok(); ++i) {
        QString key;
        QString value;
        in >> key >> value;
        text->set(key, value);
    }
}

void write(Writer &out, const ProviderInfo &p)
{
    out << p.key;
    write(out, p.name);
    write(out, p.description);
    out << p.hosts << p.links;
    out.u32(quint32(p.order));
}

void read(Reader &in, ProviderInfo *p)
{
    in >> p->key;
    read(in, &p->name);
    read(in, &p->description);
    in >> p->hosts >> p->links;
    p->order = int(in.u32());
}

void writeTexts(Writer &out, const CodeEntry &e)
{
    for (const LocalizedText *t :
         {&e.text, &e.description, &e.advice, &e.note, &e.sourceNote, &e.providerName})
        write(out, *t);
    out.u32(quint32(e.variants.size()));
    for (const Variant &v : e.variants) {
        out << v.text;
        write(out, v.note);
    }
}

void readTexts(Reader &in, CodeEntry *e)
{
    for (LocalizedText *t :
         {&e->text, &e->description, &e->advice, &e->note, &e->sourceNote, &e->providerName})
        read(in, t);
    const quint32 count = in.count(8);
    for (quint32 i = 0; i < count && in.ok(); ++i) {
        Variant v;
        in >> v.text;
        read(in, &v.note);
        e->variants.append(v);
    }
}

void write(Writer &out, const CodeEntry &e)
{
    out << e.id;
    out.u32(quint32(e.source));
    out << e.sourceKey;
    out.u32(quint32(e.replyCode));
    out << e.status;
    writeTexts(out, e);
    out.u32(e.temporary ? quint32(*e.temporary ? 1 : 0) : 2);
    out << e.actionBy << e.retry << e.reason << e.addressAction << e.stage << e.helpUrl << e.slug
        << e.altSlugs << e.onPage << e.seed << e.seedText << e.altStatus << e.onPageHistory
        << e.altReplyCodes << e.replacedBy << e.formerly << e.tokens << e.sourceDate;
}

void read(Reader &in, CodeEntry *e)
{
    in >> e->id;
    e->source = CodeEntry::Source(in.u32());
    in >> e->sourceKey;
    e->replyCode = int(in.u32());
    in >> e->status;
    readTexts(in, e);
    const quint32 temporary = in.u32();
    e->temporary = temporary > 1 ? std::nullopt : std::optional<bool>(temporary == 1);
    in >> e->actionBy >> e->retry >> e->reason >> e->addressAction >> e->stage >> e->helpUrl
        >> e->slug >> e->altSlugs >> e->onPage >> e->seed >> e->seedText >> e->altStatus
        >> e->onPageHistory >> e->altReplyCodes >> e->replacedBy >> e->formerly >> e->tokens
        >> e->sourceDate;
}

} // namespace

QByteArray CodeTable::toCache() const
{
    Writer out;
    out.u32(kMagic);
    out.u32(kCacheVersion);
    out.u32(quint32(m_entries.size()));
    for (const CodeEntry &e : m_entries)
        write(out, e);
    QStringList noteKeys = m_notes.keys();
    std::sort(noteKeys.begin(), noteKeys.end());
    out.u32(quint32(noteKeys.size()));
    for (const QString &key : std::as_const(noteKeys)) {
        out << key;
        write(out, m_notes.value(key));
    }
    out.u32(quint32(m_providers.size()));
    for (const ProviderInfo &p : m_providers)
        write(out, p);
    return out.bytes;
}

std::optional<CodeTable> CodeTable::fromCache(const QByteArray &data, CacheStrings strings)
{
    Reader in(data, strings == CacheStrings::Borrow);
    if (in.u32() != kMagic || in.u32() != kCacheVersion)
        return std::nullopt;
    CodeTable table;
    const quint32 entries = in.count(64);
    table.m_entries.resize(entries);
    table.m_index.reserve(entries);
    for (quint32 i = 0; i < entries && in.ok(); ++i) {
        read(in, &table.m_entries[i]);
        table.m_index.insert(table.m_entries[i].id, int(i));
    }
    const quint32 notes = in.count(8);
    for (quint32 i = 0; i < notes && in.ok(); ++i) {
        QString key;
        LocalizedText text;
        in >> key;
        read(in, &text);
        table.m_notes.insert(key, text);
    }
    const quint32 providers = in.count(16);
    for (quint32 i = 0; i < providers && in.ok(); ++i) {
        ProviderInfo p;
        read(in, &p);
        table.m_providers.append(p);
    }
    if (!in.ok() || !in.atEnd() || table.m_entries.isEmpty())
        return std::nullopt;
    return table;
}

} // namespace BounceLens
