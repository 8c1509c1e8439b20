#include "report/verdict.h"

#include "codes/codemeaning.h"
#include "codes/codetable.h"

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

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// 550 with 4.x.x, or 451 with 5.x.x: the server said two things.
bool classesDisagree(const RecipientResult &r)
{
    const int replyClass = r.replyCode / 100;
    const QString status = r.status.toString();
    const int statusClass = status.isEmpty() ? 0 : status.at(0).digitValue();
    return (replyClass == 4 || replyClass == 5) && (statusClass == 4 || statusClass == 5)
           && replyClass != statusClass;
}

} // namespace

Verdict::AddressDecision Verdict::addressAction(const CodeTable &table, const RecipientResult &r)
{
    const Outcome result = outcome(r);
    if (result == Outcome::Delivered)
        return {};
    if (classesDisagree(r))
        return {AddressAction::Review, ReviewWhy::Contradictory};
    const Reason why = reason(table, r);
    const AddressActionRules::Rule rule = AddressActionRules::builtIn().rule(why);
    AddressDecision d{result == Outcome::Temporary ? rule.temporary : rule.permanent, rule.why};
    if (r.entryIndex >= 0 && r.entryIndex < table.size()) {
        const auto entry = addressActionFromWord(table.at(r.entryIndex).addressAction);
        if (entry && *entry != AddressAction::None)
            d = {*entry, *entry == AddressAction::Review ? ReviewWhy::EitherSide : ReviewWhy::None};
    }
    if (d.action == AddressAction::Suppress && result == Outcome::Temporary)
        d.action = AddressAction::Retry;
    else if (d.action == AddressAction::Suppress && result == Outcome::Unknown)
        d = {AddressAction::Review, ReviewWhy::UnknownOutcome};
    if (d.action != AddressAction::Review)
        d.why = ReviewWhy::None;
    return d;
}

QString Verdict::sendingCause(const CodeTable &table, const RecipientResult &r)
{
    if (addressAction(table, r).action != AddressAction::FixSending)
        return {};
    const EnhancedStatus &status = r.status.isValid() ? r.status : r.impliedStatus;
    const AddressActionRules::Cause *cause
        = AddressActionRules::builtIn().cause(reason(table, r), status.toString(), r.diagnostic);
    return cause ? cause->name : QString();
}

QString Verdict::addressActionText(AddressAction action)
{
    switch (action) {
    case AddressAction::Suppress:
        return tr("Stop mailing this address");
    case AddressAction::Retry:
        return tr("Your server will retry");
    case AddressAction::FixSending:
        return tr("Fix your sending first, then resend");
    case AddressAction::Review:
        return tr("Check by hand");
    case AddressAction::None:
        break;
    }
    return {};
}

QString Verdict::addressActionName(AddressAction action)
{
    switch (action) {
    case AddressAction::Suppress:
        //: Address action in the mailbox table: suppress the address
        return tr("Stop mailing");
    case AddressAction::Retry:
        //: Address action in the mailbox table: the server retries
        return tr("Retry");
    case AddressAction::FixSending:
        //: Address action in the mailbox table: the sender must fix something first
        return tr("Fix sending");
    case AddressAction::Review:
        //: Address action in the mailbox table: check by hand
        return tr("Check by hand");
    case AddressAction::None:
        break;
    }
    return {};
}

QString Verdict::reviewWhyText(ReviewWhy why)
{
    switch (why) {
    case ReviewWhy::UnknownCause:
        return tr("the bounce does not say why the delivery failed");
    case ReviewWhy::UnknownOutcome:
        return tr("the bounce does not say whether the failure is permanent");
    case ReviewWhy::EitherSide:
        return tr("the cause can lie with the recipient or with the sender");
    case ReviewWhy::NotAFailure:
        return tr("this is a report or an automatic reply, not a failed delivery");
    case ReviewWhy::Contradictory:
        return tr("the reply code and the enhanced status code disagree");
    case ReviewWhy::None:
        break;
    }
    return {};
}

QString Verdict::causeText(const QString &cause)
{
    static const std::pair<const char *, const char *> names[] = {
        {"dmarc", QT_TR_NOOP("DMARC")},
        {"spf", QT_TR_NOOP("SPF")},
        {"dkim", QT_TR_NOOP("DKIM")},
        {"authentication", QT_TR_NOOP("authentication (SPF and DKIM)")},
        {"ptr", QT_TR_NOOP("reverse DNS (PTR) of the sending IP")},
        {"helo", QT_TR_NOOP("HELO name")},
        {"reputation", QT_TR_NOOP("IP or domain reputation")},
        {"content", QT_TR_NOOP("message content")},
        {"tls", QT_TR_NOOP("TLS")},
        {"account", QT_TR_NOOP("sending account or relay settings")},
        {"size", QT_TR_NOOP("message size")},
        {"limits", QT_TR_NOOP("sending limits")},
        {"format", QT_TR_NOOP("message format")},
        {"policy", QT_TR_NOOP("the receiver's policy")},
    };
    for (const auto &[key, text] : names) {
        if (cause == QLatin1StringView(key))
            return tr(text);
    }
    return cause.isEmpty() ? tr("the sending setup") : cause;
}

QString Verdict::causeSubject(const QString &cause, const SendingIdentity &s)
{
    if (cause == u"spf"_s)
        return s.returnPathDomain.isEmpty() ? s.fromDomain : s.returnPathDomain;
    if (cause == u"dkim"_s)
        return s.dkimDomain.isEmpty() ? s.fromDomain : s.dkimDomain;
    if (cause == u"ptr"_s || cause == u"reputation"_s)
        return s.ip;
    if (cause == u"helo"_s)
        return s.helo;
    if (cause == u"dmarc"_s || cause == u"authentication"_s)
        return s.fromDomain;
    return {};
}

QString Verdict::plainAdvice(const CodeTable &table, const RecipientResult &r,
                             const SendingIdentity &sender)
{
    const AddressDecision d = addressAction(table, r);
    const QString why = reasonText(reason(table, r));
    switch (d.action) {
    case AddressAction::Suppress:
        return why.isEmpty() ? tr("Stop mailing this address")
                             : tr("Stop mailing this address: %1").arg(why);
    case AddressAction::Retry:
        // A server that gave up (a 5xx rate limit, a full mailbox past its retries) will not try
        // again by itself: the sender sends again later.
        if (outcome(r) == Outcome::Permanent)
            return why.isEmpty() ? tr("Send again later") : tr("Send again later: %1").arg(why);
        return why.isEmpty() ? tr("Your server will retry")
                             : tr("Your server will retry: %1").arg(why);
    case AddressAction::FixSending: {
        const QString cause = sendingCause(table, r);
        const QString subject = causeSubject(cause, sender);
        //: %1: what to fix ("DMARC"), %2: the domain or IP address it is about
        const QString what
            = subject.isEmpty() ? causeText(cause) : tr("%1 for %2").arg(causeText(cause), subject);
        return tr("Fix your sending first (%1), then resend").arg(what);
    }
    case AddressAction::Review:
        return tr("Check by hand: %1").arg(reviewWhyText(d.why));
    case AddressAction::None:
        break;
    }
    return {};
}

} // namespace BounceLens
