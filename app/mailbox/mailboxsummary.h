#pragma once

#include <QList>
#include <QString>

#include <array>

namespace BounceLens {

class MailboxModel;

// The counts above the recipients table: by outcome, by reason, by matched Gmail entry, by
// recipient domain and by code, most frequent first (ties in key order, so that the bars do
// not jump around between refreshes). Counts every bounce of the model (not grouped).
struct MailboxSummary
{
    struct Count
    {
        QString key; // reason key, entry id, domain, "550 5.1.1"
        int count = 0;
        bool operator==(const Count &o) const { return key == o.key && count == o.count; }
    };

    int messages = 0;
    int recipients = 0;            // rows with a recipient
    int withoutRecipient = 0;      // messages in which none was found (or that could not be read)
    std::array<int, 4> outcomes{}; // indexed by Outcome
    QList<Count> reasons, entries, domains, codes;

    // top: how many of each list to keep (0: all).
    static MailboxSummary of(const MailboxModel &model, int top = 10);
};

} // namespace BounceLens
