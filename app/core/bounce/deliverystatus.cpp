#include "deliverystatus.h"

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

DeliveryStatus DeliveryStatus::parse(const QString &text)
{
    DeliveryStatus ds;
    Group current;
    bool first = true;
    auto flush = [&] {
        if (current.fields.isEmpty())
            return;
        if (isRecipientGroup(current)) {
            ++ds.m_groups;
            if (ds.m_recipients.size() < kMaxRecipients)
                ds.m_recipients.append(current);
        } else if (first) {
            ds.m_message = current;
        } else {
            // Per-message fields after a recipient: keep what the first group lacks.
            for (const auto &f : current.fields)
                ds.m_message.fields.append(f);
        }
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
            QString &v = current.fields.last().second;
            v.append(u' ');
            v.append(line.trimmed());
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            continue;
        }
        const QStringView name = line.left(colon).trimmed();
        bool fieldName = !name.isEmpty();
        for (QChar c : name) {
            if (!(c.isLetterOrNumber() || c == u'-' || c == u'_') || c.unicode() > 127) {
                fieldName = false;
                break;
            }
        }
        if (!fieldName)
            continue;
        // A report that runs its recipients' groups together without the blank line between
        // them: a second Final-Recipient (or Original-Recipient) starts the next recipient.
        const QString lower = name.toString().toLower();
        if ((lower == u"final-recipient"_s && current.has("final-recipient"))
            || (lower == u"original-recipient"_s && current.has("original-recipient")))
            flush();
        current.fields.append({lower, line.mid(colon + 1).trimmed().toString()});
    }
    flush();
    return ds;
}

} // namespace BounceLens
