#include "mailboxsummary.h"

#include "codetable.h"
#include "mailboxmodel.h"

#include <QHash>

#include <algorithm>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

QList<MailboxSummary::Count> sorted(const QHash<QString, int> &counts, int top)
{
    QList<MailboxSummary::Count> list;
    list.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    if (top > 0 && list.size() > top)
        list.resize(top);
    return list;
}

} // namespace

MailboxSummary MailboxSummary::of(const MailboxModel &model, int top)
{
    MailboxSummary s;
    s.messages = int(model.messages().size());
    QHash<QString, int> reasons, entries, domains, codes;
    const CodeTable &table = model.table();
    for (int i = 0; i < model.rows().size(); ++i) {
        const MailboxModel::Row &row = model.rows().at(i);
        const RecipientResult *r = model.recipientOf(i);
        if (!r) {
            ++s.withoutRecipient;
            continue;
        }
        ++s.recipients;
        ++s.outcomes[size_t(row.outcome)];
        const QString reason = MailboxFacts::reasonKey(table, *r);
        if (!reason.isEmpty())
            ++reasons[reason];
        if (r->entryIndex >= 0)
            ++entries[table.at(r->entryIndex).id];
        const QString domain = MailboxFacts::domainOf(row.address);
        if (!domain.isEmpty())
            ++domains[domain];
        QStringList code;
        if (r->replyCode > 0)
            code << QString::number(r->replyCode);
        if (!r->status.isEmpty())
            code << r->status.toString();
        if (!code.isEmpty())
            ++codes[code.join(u' ')];
    }
    s.reasons = sorted(reasons, top);
    s.entries = sorted(entries, top);
    s.domains = sorted(domains, top);
    s.codes = sorted(codes, top);
    return s;
}

} // namespace BounceLens
