#include "report/senderreport.h"

#include "codes/codetable.h"
#include "decoder/decoderesult.h"
#include "report/addressaction.h"
#include "report/verdict.h"

#include <QJsonArray>

#include <algorithm>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

QString providerOf(const CodeTable &table, const DecodeResult &m, const RecipientResult &r)
{
    if (r.entryIndex >= 0 && r.entryIndex < table.size() && table.at(r.entryIndex).isGmail())
        return u"Gmail"_s;
    if (r.origin == u"gsmtp"_s || r.origin == u"gcdp"_s)
        return u"Gmail"_s;
    if (!m.provider.isEmpty())
        return m.provider;
    return r.origin;
}

QJsonObject identityJson(const SendingIdentity &s)
{
    auto orNull = [](const QString &v) {
        return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
    };
    return {{u"ip"_s, orNull(s.ip)},
            {u"helo"_s, orNull(s.helo)},
            {u"return_path_domain"_s, orNull(s.returnPathDomain)},
            {u"from_domain"_s, orNull(s.fromDomain)},
            {u"dkim_domain"_s, orNull(s.dkimDomain)},
            {u"dkim_selector"_s, orNull(s.dkimSelector)},
            {u"spf"_s, orNull(s.spf)},
            {u"dkim"_s, orNull(s.dkim)},
            {u"dmarc"_s, orNull(s.dmarc)}};
}

// Counts, the biggest first (ties: by name).
QList<std::pair<QString, int>> mostFirst(const QMap<QString, int> &counts)
{
    QList<std::pair<QString, int>> list;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        list.append({it.key(), it.value()});
    std::stable_sort(list.begin(), list.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    return list;
}

QStringList recordsOf(const QString &cause)
{
    for (const AddressActionRules::Cause &c : AddressActionRules::builtIn().causes()) {
        if (c.name == cause)
            return c.records;
    }
    return {};
}

} // namespace

QString SenderReport::key(const QString &cause, const SendingIdentity &s)
{
    return QStringList{cause, s.fromDomain, s.returnPathDomain, s.dkimDomain, s.dkimSelector,
                       s.ip,  s.helo}
        .join(u'\x1f');
}

void SenderReport::add(const CodeTable &table, const DecodeResult &message)
{
    for (int i = 0; i < message.recipients.size(); ++i)
        add(table, message, i);
}

void SenderReport::add(const CodeTable &table, const DecodeResult &message, int recipient)
{
    if (recipient < 0 || recipient >= message.recipients.size())
        return;
    const RecipientResult &r = message.recipients.at(recipient);
    if (Verdict::addressAction(table, r).action != AddressAction::FixSending)
        return;
    const QString cause = Verdict::sendingCause(table, r);
    Group &g = m_groups[key(cause, message.sender)];
    g.cause = cause;
    g.sender = message.sender;
    ++g.recipients;
    if (g.examples.size() < kExamples && !g.examples.contains(r.recipient)
        && !r.recipient.isEmpty())
        g.examples << r.recipient;
    if (r.entryIndex >= 0 && r.entryIndex < table.size())
        ++g.entries[table.at(r.entryIndex).id];
    ++m_byCause[cause];
    ++m_byProvider[providerOf(table, message, r)];
    ++m_total;
}

void SenderReport::merge(const SenderReport &other)
{
    for (auto it = other.m_groups.begin(); it != other.m_groups.end(); ++it) {
        Group &g = m_groups[it.key()];
        g.cause = it->cause;
        g.sender = it->sender;
        g.recipients += it->recipients;
        for (const QString &e : it->examples) {
            if (g.examples.size() < kExamples && !g.examples.contains(e))
                g.examples << e;
        }
        for (auto e = it->entries.begin(); e != it->entries.end(); ++e)
            g.entries[e.key()] += e.value();
    }
    for (auto it = other.m_byCause.begin(); it != other.m_byCause.end(); ++it)
        m_byCause[it.key()] += it.value();
    for (auto it = other.m_byProvider.begin(); it != other.m_byProvider.end(); ++it)
        m_byProvider[it.key()] += it.value();
    m_total += other.m_total;
}

QList<SenderReport::Group> SenderReport::groups() const
{
    QList<Group> list = m_groups.values();
    std::stable_sort(list.begin(), list.end(),
                     [](const Group &a, const Group &b) { return a.recipients > b.recipients; });
    return list;
}

QList<SenderReport::Command> SenderReport::commands(const Group &g)
{
    const SendingIdentity &s = g.sender;
    QList<Command> list;
    for (const QString &record : recordsOf(g.cause)) {
        if (record == u"dmarc"_s && !s.fromDomain.isEmpty()) {
            list.append({record, tr("DMARC policy of %1").arg(s.fromDomain),
                         u"dig +short TXT _dmarc."_s + s.fromDomain});
        } else if (record == u"spf"_s && !(s.returnPathDomain + s.fromDomain).isEmpty()) {
            const QString domain = s.returnPathDomain.isEmpty() ? s.fromDomain : s.returnPathDomain;
            list.append({record, tr("SPF record of %1 (the line with v=spf1)").arg(domain),
                         u"dig +short TXT "_s + domain});
        } else if (record == u"dkim"_s && !s.dkimDomain.isEmpty() && !s.dkimSelector.isEmpty()) {
            list.append({record,
                         tr("DKIM key of selector %1 at %2").arg(s.dkimSelector, s.dkimDomain),
                         u"dig +short TXT %1._domainkey.%2"_s.arg(s.dkimSelector, s.dkimDomain)});
        } else if (record == u"ptr"_s && !s.ip.isEmpty()) {
            list.append(
                {record, tr("Reverse DNS (PTR) of %1").arg(s.ip), u"dig +short -x "_s + s.ip});
            if (!s.helo.isEmpty())
                list.append({u"helo"_s,
                             tr("Address of the HELO name %1 (should give %2)").arg(s.helo, s.ip),
                             u"dig +short A "_s + s.helo});
        }
    }
    return list;
}

QJsonObject SenderReport::toJson(const CodeTable &table) const
{
    QJsonArray groupsJson;
    for (const Group &g : groups()) {
        QJsonArray entries;
        for (auto it = g.entries.begin(); it != g.entries.end(); ++it) {
            const int index = table.indexOf(it.key());
            entries.append(
                QJsonObject{{u"entry_id"_s, it.key()},
                            {u"codes"_s, index >= 0 ? table.at(index).codeLabel() : QString()},
                            {u"recipients"_s, it.value()}});
        }
        QJsonArray commandsJson;
        for (const Command &c : commands(g))
            commandsJson.append(QJsonObject{{u"record"_s, c.record}, {u"command"_s, c.command}});
        groupsJson.append(QJsonObject{
            {u"cause"_s, g.cause.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g.cause)},
            {u"recipients"_s, g.recipients},
            {u"examples"_s, QJsonArray::fromStringList(g.examples)},
            {u"sender"_s, identityJson(g.sender)},
            {u"misaligned"_s, QJsonArray::fromStringList(g.sender.misaligned())},
            {u"entries"_s, entries},
            {u"commands"_s, commandsJson}});
    }
    QJsonObject causes, providers;
    for (auto it = m_byCause.begin(); it != m_byCause.end(); ++it)
        causes.insert(it.key().isEmpty() ? u"unknown"_s : it.key(), it.value());
    for (auto it = m_byProvider.begin(); it != m_byProvider.end(); ++it)
        providers.insert(it.key().isEmpty() ? u"unknown"_s : it.key(), it.value());
    return {{u"fix_sending_recipients"_s, m_total},
            {u"by_cause"_s, causes},
            {u"by_provider"_s, providers},
            {u"groups"_s, groupsJson}};
}

QString SenderReport::groupText(const CodeTable &table, const QString &language,
                                const Group &g) const
{
    const SendingIdentity &s = g.sender;
    QString out;
    auto line = [&out](const QString &text) {
        out += u"    "_s + text + u'\n';
    };
    if (!s.fromDomain.isEmpty())
        line(tr("From domain: %1").arg(s.fromDomain));
    if (!s.returnPathDomain.isEmpty())
        line(tr("Return-Path domain: %1").arg(s.returnPathDomain));
    if (!s.dkimDomain.isEmpty())
        line(tr("DKIM signature: d=%1 s=%2").arg(s.dkimDomain, s.dkimSelector));
    if (!s.ip.isEmpty())
        line(s.helo.isEmpty() ? tr("Sending IP: %1").arg(s.ip)
                              : tr("Sending IP: %1 (HELO %2)").arg(s.ip, s.helo));
    if (!(s.spf + s.dkim + s.dmarc).isEmpty())
        line(tr("Authentication results: SPF %1, DKIM %2, DMARC %3")
                 .arg(s.spf.isEmpty() ? u"-"_s : s.spf, s.dkim.isEmpty() ? u"-"_s : s.dkim,
                      s.dmarc.isEmpty() ? u"-"_s : s.dmarc));
    const QStringList misaligned = s.misaligned();
    if (misaligned.contains(u"dkim"_s))
        line(tr("Not aligned: DKIM d=%1 is not the From domain %2 (DMARC needs one of SPF or "
                "DKIM aligned)")
                 .arg(s.dkimDomain, s.fromDomain));
    if (misaligned.contains(u"spf"_s))
        line(tr("Not aligned: the Return-Path domain %1 is not the From domain %2")
                 .arg(s.returnPathDomain, s.fromDomain));
    if (s.isEmpty())
        line(tr("The bounces do not show the sending identity (no copy of the original's "
                "headers): check the records of your From domain."));
    for (auto it = g.entries.begin(); it != g.entries.end(); ++it) {
        const int index = table.indexOf(it.key());
        if (index < 0)
            continue;
        const CodeEntry &e = table.at(index);
        //: %1: entry's codes, %2: entry id
        line(tr("Reply %1 (%2): %n recipient(s)", "", it.value()).arg(e.codeLabel(), e.id));
        if (!e.advice.isEmpty())
            line(u"  "_s + tr("What to do: %1").arg(e.advice.value(language).simplified()));
    }
    const QList<Command> list = commands(g);
    if (!list.isEmpty())
        line(tr("Check these records:"));
    for (const Command &c : list)
        out += u"      "_s + c.label + u'\n' + u"        "_s + c.command + u'\n';
    return out;
}

QString SenderReport::causesSummary() const
{
    QStringList causes;
    for (const auto &[cause, count] : mostFirst(m_byCause))
        causes << u"%1 %2"_s.arg(Verdict::causeText(cause)).arg(count);
    //: Separator between the items of a list
    return causes.join(tr(", "));
}

QString SenderReport::providersSummary() const
{
    QStringList providers;
    for (const auto &[provider, count] : mostFirst(m_byProvider))
        providers << u"%1 %2"_s.arg(provider.isEmpty() ? tr("unknown") : provider).arg(count);
    return providers.join(tr(", "));
}

QString SenderReport::toText(const CodeTable &table, const QString &language) const
{
    QString out = tr("What to fix") + u'\n';
    if (m_total == 0)
        return out + u"  "_s + tr("No recipient failed because of the sending side.") + u'\n';
    out += u"  "_s
           + tr("%n recipient(s) could not be reached because of the sending side: fix the "
                "causes below, then resend to them.",
                "", m_total)
           + u'\n';
    out += u"  "_s + tr("By cause: %1").arg(causesSummary()) + u'\n';
    out += u"  "_s + tr("By provider: %1").arg(providersSummary()) + u'\n';
    int n = 0;
    for (const Group &g : groups()) {
        out += u'\n';
        //: %1: group number, %2: the cause ("DMARC")
        out += u"  "_s
               + tr("%1. %2: %n recipient(s)", "", g.recipients)
                     .arg(++n)
                     .arg(Verdict::causeText(g.cause))
               + u" ("_s + g.examples.join(u", "_s)
               + (g.recipients > g.examples.size() ? u", ...)"_s : u")"_s) + u'\n';
        out += groupText(table, language, g);
    }
    return out;
}

} // namespace BounceLens
