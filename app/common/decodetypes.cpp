#include "common/decodetypes.h"

#include <QList>

#include <iterator>

namespace BounceLens {

namespace {

template<typename E>
struct Word
{
    E value;
    const char *word;
};

constexpr Word<Action> kActions[] = {
    {Action::Failed, "failed"},   {Action::Delayed, "delayed"},   {Action::Delivered, "delivered"},
    {Action::Relayed, "relayed"}, {Action::Expanded, "expanded"},
};

constexpr Word<Outcome> kOutcomes[] = {
    {Outcome::Permanent, "permanent"},
    {Outcome::Temporary, "temporary"},
    {Outcome::Delivered, "delivered"},
    {Outcome::Unknown, "unknown"},
};

constexpr Word<Reason> kReasons[] = {
    {Reason::AuthFailure, "authfailure"},
    {Reason::BadReputation, "badreputation"},
    {Reason::Blocked, "blocked"},
    {Reason::ContentError, "contenterror"},
    {Reason::Delivered, "delivered"},
    {Reason::ExceedLimit, "exceedlimit"},
    {Reason::Expired, "expired"},
    {Reason::FailedStartTls, "failedstarttls"},
    {Reason::Feedback, "feedback"},
    {Reason::Filtered, "filtered"},
    {Reason::HasMoved, "hasmoved"},
    {Reason::HostUnknown, "hostunknown"},
    {Reason::MailboxFull, "mailboxfull"},
    {Reason::MailerError, "mailererror"},
    {Reason::MesgTooBig, "mesgtoobig"},
    {Reason::NetworkError, "networkerror"},
    {Reason::NoRelaying, "norelaying"},
    {Reason::NotAccept, "notaccept"},
    {Reason::NotCompliantRfc, "notcompliantrfc"},
    {Reason::OnHold, "onhold"},
    {Reason::PolicyViolation, "policyviolation"},
    {Reason::Rejected, "rejected"},
    {Reason::RequirePtr, "requireptr"},
    {Reason::SecurityError, "securityerror"},
    {Reason::SpamDetected, "spamdetected"},
    {Reason::Speeding, "speeding"},
    {Reason::Suppressed, "suppressed"},
    {Reason::Suspend, "suspend"},
    {Reason::SyntaxError, "syntaxerror"},
    {Reason::SystemError, "systemerror"},
    {Reason::SystemFull, "systemfull"},
    {Reason::TooManyConn, "toomanyconn"},
    {Reason::Undefined, "undefined"},
    {Reason::UserUnknown, "userunknown"},
    {Reason::Vacation, "vacation"},
    {Reason::VirusDetected, "virusdetected"},
};

constexpr Word<SmtpStage> kStages[] = {
    {SmtpStage::Connection, "connection"},
    {SmtpStage::Helo, "HELO"},
    {SmtpStage::StartTls, "STARTTLS"},
    {SmtpStage::Auth, "AUTH"},
    {SmtpStage::Mail, "MAIL"},
    {SmtpStage::Rcpt, "RCPT"},
    {SmtpStage::Data, "DATA"},
};

template<typename E, std::size_t N>
QString wordOf(const Word<E> (&table)[N], E value)
{
    for (const Word<E> &w : table) {
        if (w.value == value)
            return QString::fromLatin1(w.word);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const Word<E> (&table)[N], QStringView word, E none)
{
    if (word.isEmpty())
        return none;
    for (const Word<E> &w : table) {
        if (word.compare(QLatin1StringView(w.word), Qt::CaseInsensitive) == 0)
            return w.value;
    }
    return std::nullopt;
}

} // namespace

QString toWord(Action action)
{
    return wordOf(kActions, action);
}

QString toWord(Outcome outcome)
{
    return wordOf(kOutcomes, outcome);
}

QString toWord(Reason reason)
{
    return wordOf(kReasons, reason);
}

QString toWord(SmtpStage stage)
{
    return wordOf(kStages, stage);
}

std::optional<Action> actionFromWord(QStringView word)
{
    return valueOf(kActions, word, Action::None);
}

std::optional<Outcome> outcomeFromWord(QStringView word)
{
    if (word.isEmpty())
        return std::nullopt;
    return valueOf(kOutcomes, word, Outcome::Unknown);
}

std::optional<Reason> reasonFromWord(QStringView word)
{
    // Reasons are lower-case words in the data; an upper-case one is a typo, not a reason.
    for (const Word<Reason> &w : kReasons) {
        if (word == QLatin1StringView(w.word))
            return w.value;
    }
    if (word.isEmpty())
        return Reason::None;
    return std::nullopt;
}

std::optional<SmtpStage> stageFromWord(QStringView word)
{
    return valueOf(kStages, word, SmtpStage::None);
}

const QList<Reason> &allReasons()
{
    static const QList<Reason> all = [] {
        QList<Reason> list;
        for (const Word<Reason> &w : kReasons)
            list.append(w.value);
        return list;
    }();
    return all;
}

} // namespace BounceLens
