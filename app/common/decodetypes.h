#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace BounceLens {

// The closed sets of the decoder's results, and their JSON words (one place converts both ways).

// A DSN's Action field (RFC 3464 section 2.3.3); None when the bounce states none.
enum class Action { None, Failed, Delayed, Delivered, Relayed, Expanded };

// What happened to a recipient, as the window and the reports show it.
enum class Outcome { Permanent, Temporary, Delivered, Unknown };

// Why a message bounced, in Sisimai's vocabulary (shared/bounces/reasons.tsv). None: not decided.
enum class Reason {
    None,
    AuthFailure,
    BadReputation,
    Blocked,
    ContentError,
    Delivered,
    ExceedLimit,
    Expired,
    FailedStartTls,
    Feedback,
    Filtered,
    HasMoved,
    HostUnknown,
    MailboxFull,
    MailerError,
    MesgTooBig,
    NetworkError,
    NoRelaying,
    NotAccept,
    NotCompliantRfc,
    OnHold,
    PolicyViolation,
    Rejected,
    RequirePtr,
    SecurityError,
    SpamDetected,
    Speeding,
    Suppressed,
    Suspend,
    SyntaxError,
    SystemError,
    SystemFull,
    TooManyConn,
    Undefined,
    UserUnknown,
    Vacation,
    VirusDetected,
};

// The SMTP stage a reply answered; None when the bounce does not say.
enum class SmtpStage { None, Connection, Helo, StartTls, Auth, Mail, Rcpt, Data };

// JSON words: "failed", "permanent", "userunknown", "RCPT". None gives an empty string (JSON null).
QString toWord(Action action);
QString toWord(Outcome outcome);
QString toWord(Reason reason);
QString toWord(SmtpStage stage);

// The value of a JSON word (case-insensitive for actions and stages); nothing for an unknown word.
// The empty word is None.
std::optional<Action> actionFromWord(QStringView word);
std::optional<Outcome> outcomeFromWord(QStringView word);
std::optional<Reason> reasonFromWord(QStringView word);
std::optional<SmtpStage> stageFromWord(QStringView word);

// Every value but None, in declaration order (for data checks and tests).
const QList<Reason> &allReasons();

} // namespace BounceLens
