#include "verdict.h"

#include "codemeaning.h"
#include "codetable.h"

namespace BounceLens {

Outcome Verdict::outcome(const RecipientResult &r)
{
    if (r.action == Action::Delivered || r.action == Action::Relayed || r.action == Action::Expanded
        || r.reason == Reason::Delivered)
        return Outcome::Delivered;
    if (r.temporary == true || r.action == Action::Delayed)
        return Outcome::Temporary;
    return r.temporary == false ? Outcome::Permanent : Outcome::Unknown;
}

std::optional<bool> Verdict::temporary(const RecipientResult &r)
{
    switch (outcome(r)) {
    case Outcome::Temporary:
        return true;
    case Outcome::Permanent:
        return false;
    case Outcome::Delivered:
    case Outcome::Unknown:
        break;
    }
    return std::nullopt;
}

ColourRole Verdict::colourRole(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Permanent:
        return ColourRole::Failure;
    case Outcome::Temporary:
        return ColourRole::Warning;
    case Outcome::Delivered:
        return ColourRole::Success;
    case Outcome::Unknown:
        break;
    }
    return ColourRole::Neutral;
}

Reason Verdict::reason(const CodeTable &table, const RecipientResult &r)
{
    if (r.entryIndex >= 0 && r.entryIndex < table.size()) {
        const CodeEntry &entry = table.at(r.entryIndex);
        if (entry.isGmail()) {
            if (const auto fromEntry = reasonFromWord(entry.reason);
                fromEntry && *fromEntry != Reason::None)
                return *fromEntry;
        }
    }
    return r.reason;
}

QString Verdict::reasonText(Reason reason)
{
    return CodeMeaning::reason(toWord(reason));
}

QString Verdict::text(const CodeTable &table, const RecipientResult &r)
{
    const Outcome result = outcome(r);
    const QString why = result == Outcome::Delivered ? QString() : reasonText(reason(table, r));
    switch (result) {
    case Outcome::Delivered:
        return tr("Delivered");
    case Outcome::Temporary:
        return why.isEmpty() ? tr("Temporary failure - retry later")
                             : tr("Temporary: %1 - retry later").arg(why);
    case Outcome::Permanent:
        return why.isEmpty() ? tr("Permanent failure") : tr("Permanent failure: %1").arg(why);
    case Outcome::Unknown:
        break;
    }
    return why.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(why);
}

} // namespace BounceLens
