#include "mailbox/mailboxsummary.h"

#include "mailbox/mailboxmodel.h"

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
    // The model keeps the counts as rows come in: this costs the distinct keys, not the rows.
    const MailboxModel::Counts &counts = model.counts();
    MailboxSummary s;
    s.messages = int(model.messages().size());
    s.recipients = counts.recipients;
    s.withoutRecipient = counts.withoutRecipient;
    s.outcomes = counts.outcomes;
    s.reasons = sorted(counts.reasons, top);
    s.entries = sorted(counts.entries, top);
    s.domains = sorted(counts.domains, top);
    s.codes = sorted(counts.codes, top);
    return s;
}

} // namespace BounceLens
