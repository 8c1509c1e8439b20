#include "decoder/deliverystatus.h"

#include <algorithm>
#include <optional>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// A group has at most a few dozen fields; anything beyond is not a DSN.
constexpr int kMaxRecipients = 10000;

bool isRecipientGroup(const DeliveryStatus::Group &g)
{
    return g.has("final-recipient") || g.has("original-recipient") || g.has("x-actual-recipient");
}

} // namespace

QString DeliveryStatus::Group::value(const char *name) const
{
    const QLatin1StringView n(name);
    for (const auto &f : fields) {
        if (f.first == n)
            return f.second;
    }
    return {};
}

bool DeliveryStatus::Group::has(const char *name) const
{
    const QLatin1StringView n(name);
    for (const auto &f : fields) {
        if (f.first == n)
            return true;
    }
    return false;
}

QString DeliveryStatus::typedValue(const QString &value)
{
    const qsizetype semi = value.indexOf(u';');
    QString v = (semi >= 0 ? value.mid(semi + 1) : value).trimmed();
    return v;
}

QString DeliveryStatus::Group::address(const char *name) const
{
    QString v = typedValue(value(name));
    if (v.startsWith(u'<') && v.endsWith(u'>'))
        v = v.mid(1, v.size() - 2);
    // Some MTAs append a comment after the address.
    const qsizetype space = v.indexOf(u' ');
    if (space > 0 && v.left(space).contains(u'@'))
        v = v.left(space);
    if (v.startsWith(u'<') && v.endsWith(u'>'))
        v = v.mid(1, v.size() - 2);
    return v;
}

namespace {

// A field name: ASCII letters, digits, "-" and "_".
bool isFieldName(QStringView name)
{
    if (name.isEmpty())
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return c.unicode() <= 127 && (c.isLetterOrNumber() || c == u'-' || c == u'_');
    });
}

// "Name: value" -> (lower-case name, value); nothing when the line is not a field.
std::optional<QPair<QString, QString>> fieldOf(QStringView line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    const QStringView name = line.left(colon).trimmed();
    if (!isFieldName(name))
        return std::nullopt;
    return QPair<QString, QString>{name.toString().toLower(),
                                   line.mid(colon + 1).trimmed().toString()};
}

// A report that runs its recipients' groups together without the blank line between them: a
// second Final-Recipient (or Original-Recipient) starts the next recipient.
bool startsNextGroup(const DeliveryStatus::Group &current, const QString &name)
{
    return (name == u"final-recipient"_s && current.has("final-recipient"))
           || (name == u"original-recipient"_s && current.has("original-recipient"));
}

} // namespace

void DeliveryStatus::add(const Group &group, bool first)
{
    if (isRecipientGroup(group)) {
        ++m_groups;
        if (m_recipients.size() < kMaxRecipients)
            m_recipients.append(group);
    } else if (first) {
        m_message = group;
    } else {
        // Per-message fields after a recipient: keep what the first group lacks.
        m_message.fields.append(group.fields);
    }
}

DeliveryStatus DeliveryStatus::parse(const QString &text)
{
    DeliveryStatus ds;
    Group current;
    bool first = true;
    auto flush = [&] {
        if (current.fields.isEmpty())
            return;
        ds.add(current, first);
        first = false;
        current = Group();
    };
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if ((line.front() == u' ' || line.front() == u'\t') && !current.fields.isEmpty()) {
            QString &v = current.fields.last().second; // a folded line
            v.append(u' ');
            v.append(line.trimmed());
            continue;
        }
        auto field = fieldOf(line);
        if (!field)
            continue;
        if (startsNextGroup(current, field->first))
            flush();
        current.fields.append(std::move(*field));
    }
    flush();
    return ds;
}

} // namespace BounceLens
