#include "report/placeholders.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(uR"(\{([a-z][a-z0-9-]*)\})"_s);
    return re;
}

// What a value of each placeholder looks like in a reply; brackets and angle brackets around it
// are matched but not captured ("SPF [relay.example.com] with ip: [192.0.2.22]").
QString valuePattern(const QString &name)
{
    if (name == u"ip-address")
        return uR"(\[?([0-9A-Fa-f]*[.:][0-9A-Fa-f.:]+(?:/\d{1,3})?)(?:\s+\d+)?\]?)"_s;
    if (name == u"domain-name")
        return uR"(\[?([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+)(?:\s+\d+)?\]?)"_s;
    if (name == u"address")
        return uR"(<?([^\s<>@]+@[A-Za-z0-9.-]+|<>)>?)"_s;
    if (name == u"limit" || name == u"size" || name == u"num-attachments")
        return uR"((\d[\d,]*))"_s;
    return uR"(([^\s()\[\]<>]+))"_s;
}

// Literal template text as a pattern: escaped, any run of white space matching any other.
QString literalPattern(QStringView literal)
{
    QString out;
    bool space = false;
    for (const QChar c : literal) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space) {
            out += uR"(\s+)"_s;
            space = false;
        }
        out += QRegularExpression::escape(QString(c));
    }
    if (space)
        out += uR"(\s+)"_s;
    return out;
}

// The last (or first) `words` words of a literal, with what separates them.
QStringView tailWords(QStringView literal, int words)
{
    qsizetype i = literal.size();
    while (i > 0 && literal.at(i - 1).isSpace())
        --i;
    for (int w = 0; w < words && i > 0; ++w) {
        while (i > 0 && !literal.at(i - 1).isSpace())
            --i;
        if (w + 1 < words) {
            while (i > 0 && literal.at(i - 1).isSpace())
                --i;
        }
    }
    return literal.mid(i);
}

QStringView headWords(QStringView literal, int words)
{
    qsizetype i = 0;
    while (i < literal.size() && literal.at(i).isSpace())
        ++i;
    for (int w = 0; w < words && i < literal.size(); ++w) {
        while (i < literal.size() && !literal.at(i).isSpace())
            ++i;
        if (w + 1 < words) {
            while (i < literal.size() && literal.at(i).isSpace())
                ++i;
        }
    }
    return literal.left(i);
}

} // namespace

bool Placeholders::hasPlaceholder(const QString &text)
{
    return text.contains(u'{') && placeholderPattern().match(text).hasMatch();
}

Placeholders::Values Placeholders::find(const QString &templateText, const QString &reply)
{
    Values values;
    if (reply.isEmpty() || !hasPlaceholder(templateText))
        return values;
    // Placeholders and the literal text between them.
    struct Slot
    {
        QString name;
        qsizetype start, end;
    };
    QList<Slot> holes;
    for (auto it = placeholderPattern().globalMatch(templateText); it.hasNext();) {
        const auto m = it.next();
        holes.append({m.captured(1), m.capturedStart(), m.capturedEnd()});
    }
    const QStringView text(templateText);
    qsizetype searchFrom = 0;
    for (qsizetype i = 0; i < holes.size(); ++i) {
        const Slot &s = holes.at(i);
        const qsizetype before = i == 0 ? 0 : holes.at(i - 1).end;
        const qsizetype after = i + 1 < holes.size() ? holes.at(i + 1).start : text.size();
        const QString prefix = literalPattern(tailWords(text.mid(before, s.start - before), 3));
        const QString suffix = literalPattern(headWords(text.mid(s.end, after - s.end), 2));
        const QString value = valuePattern(s.name);
        // Both neighbours first; then either one alone (the reply may word the other
        // differently).
        QStringList tries;
        if (!prefix.isEmpty() && !suffix.isEmpty())
            tries << prefix + value + suffix;
        if (!prefix.isEmpty())
            tries << prefix + value;
        if (!suffix.isEmpty())
            tries << value + suffix;
        for (const QString &pattern : std::as_const(tries)) {
            const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
            auto m = re.match(reply, searchFrom);
            if (!m.hasMatch())
                m = re.match(reply);
            if (m.hasMatch()) {
                values.append({s.name, m.captured(1)});
                searchFrom = m.capturedEnd(1);
                break;
            }
        }
    }
    return values;
}

QString Placeholders::fill(const QString &text, const Values &values)
{
    if (values.isEmpty() || !hasPlaceholder(text))
        return text;
    QHash<QString, int> used;
    QString out;
    qsizetype last = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1);
        QStringList found;
        for (const auto &[n, v] : values) {
            if (n == name)
                found << v;
        }
        out += QStringView(text).mid(last, m.capturedStart() - last);
        if (found.isEmpty()) {
            out += m.captured(0);
        } else {
            const int n = used.value(name);
            out += found.at(std::min<qsizetype>(n, found.size() - 1));
            used[name] = n + 1;
        }
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString Placeholders::fill(const QString &text, const QString &templateText, const QString &reply)
{
    if (!hasPlaceholder(text))
        return text;
    return fill(text, find(templateText, reply));
}

} // namespace BounceLens
