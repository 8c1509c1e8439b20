#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace BounceLens {

class BouncePatterns;

// One SMTP reply as a bounce quotes it.
struct SmtpReply
{
    int code = 0;       // basic reply code, 0 when the text has none
    QString status;     // enhanced status code, empty when none
    QString diagnostic; // as quoted, unfolded into one paragraph, continuation codes removed
    QString text;    // the words only (for matching): no codes, [ip NN], URLs, session id, suffix
    QString slug;    // the ?p=Slug of a Google help link
    QString origin;  // "gsmtp" or "gcdp" when the reply ends so
    QString command; // SMTP stage the wrapper names (RCPT, DATA, ...)
    QString remoteHost;      // "host X[ip] said:"
    QStringList addresses;   // mail addresses quoted in the reply
    QStringList lines;       // the source lines used, trimmed (for highlighting)
    qsizetype position = -1; // offset in the searched text where the reply starts
    qsizetype end = -1;      // offset in the searched text after its last line
    bool leadIn = false;     // introduced by a lead-in ("said:", "The response was:", ...)
    // Whose words these are. remote: the remote server's own reply (a transcript's "<<<" line,
    // a reply nested in the local MTA's summary). localSummary: the reporting MTA's own summary
    // line (Sendmail's "554 5.0.0 Service unavailable" after a transcript).
    bool remote = false;
    bool localSummary = false;
    QString localDiagnostic; // the local MTA's words around a nested remote reply
    // The notice's nearest heading before the reply says the MTA gave up on it ("has been given
    // up on", "permanent error"), in a notice that may otherwise be a delay warning.
    bool gaveUp = false;

    bool isEmpty() const { return diagnostic.isEmpty(); }
};

// Finds SMTP replies in text: a general reply grammar (basic code 2xx-5xx with an optional
// enhanced code, multi-line continuation "550-5.1.1 ..." up to "550 5.1.1 ...", Postfix's joined
// continuation tokens inside a sentence, "[ip NN]" prefixes, the session id and "- gsmtp"/"- gcdp"
// suffix, "?p=Slug" links, underscores for spaces) plus the per-MTA layouts of the table in
// replylayouts.h, each row naming its MTA and where the layout is documented: Sendmail's
// transcript ("<<< ", ">>> ", "while talking to"), Exchange's "#550 5.1.1 ...##", quotes and
// 2003 brackets, qmail's "(#5.1.1)", Zoho's "ERROR_CODE :550,", Yahoo's "550: 5.2.2", smtplib's
// "(535, b'...')", Amazon SES's nested "<421 4.4.2 ...>", Postfix's "(in reply to X command)",
// escaped "\n" line breaks and lines hard-wrapped at a fixed width. Lead-ins
// (resources/bounce-patterns.json, English and Chinese) mark where a quoted reply starts, so
// that replies without a code ("DNS Error: ...") are found too.
class ReplyExtractor
{
public:
    // find() stops after this many replies: room for 1,000 recipients (the DSN limit) with two
    // reply lines each (Exim). RecipientAssembler says when text beyond the last one is left out.
    static constexpr int kMaxReplies = 2500;
    // One reply as quoted in a single place (a Diagnostic-Code value, one paragraph).
    static SmtpReply parse(const QString &quoted);
    // Every reply in human-readable text, in order. Stops at the copy of the original message.
    static QList<SmtpReply> find(const QString &text, const BouncePatterns &patterns);
    // For a notice that may list delayed recipients and then those it gave up on: marks each
    // reply (found in `text`) whose nearest "failed" or "delayed" line before it is a failed
    // one ("has been given up on", "permanent error").
    static void markGaveUp(const QString &text, QList<SmtpReply> &replies,
                           const BouncePatterns &patterns);
    // Offset where the copy of the original message starts in the text, or -1.
    static qsizetype originalStart(const QString &text, const BouncePatterns &patterns);
    // "RCPT TO", "end of DATA", "MAIL FROM:<a@b>" -> "RCPT", "DATA", "MAIL"; empty if unknown.
    static QString commandName(const QString &phrase);
    // Undoes underscores written for spaces on a mangled line.
    static QString unmangle(const QString &line);
};

} // namespace BounceLens
