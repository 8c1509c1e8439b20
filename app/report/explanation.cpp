#include "report/explanation.h"

#include "codes/codetable.h"
#include "decoder/decoderesult.h"
#include "report/placeholders.h"
#include "report/verdict.h"

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

QString sentence(QString s)
{
    s = s.trimmed();
    if (s.isEmpty())
        return s;
    const QChar last = s.back();
    // Chinese text ends with its own full stop.
    if (last != u'.' && last != u'!' && last != u'?' && last != u'\x3002' && last != u'\xff01'
        && last != u'\xff1f')
        s += u'.';
    return s;
}

} // namespace

QString Explanation::provider(const CodeTable &table, const RecipientResult &r,
                              const QString &language)
{
    const ProviderInfo *p = r.provider.isEmpty() ? nullptr : table.providerInfo(r.provider);
    if (!p)
        return {};
    const QString name = p->name.value(language);
    if (r.providerConfirmed)
        return name;
    //: %1: a mail provider's name; its code was found in a reply from a server not known to be its
    return tr("%1 (by its code alone: the server is not known to be %1's, and other servers reuse "
              "some codes)")
        .arg(name);
}

QString Explanation::serverCodes(const RecipientResult &r)
{
    QStringList parts;
    if (r.replyCode > 0)
        parts << QString::number(r.replyCode);
    if (r.status.isValid())
        parts << r.status.toString();
    return parts.join(u' ');
}

QString Explanation::entryText(const CodeEntry &e, const RecipientResult &r,
                               const QString &language)
{
    return Placeholders::fill(e.text.value(language), e.text.english(), r.diagnostic);
}

QString Explanation::entryAdvice(const CodeEntry &e, const RecipientResult &r,
                                 const QString &language)
{
    return Placeholders::fill(e.advice.value(language), e.text.english(), r.diagnostic);
}

QString Explanation::forRecipient(const CodeTable &table, const RecipientResult &r,
                                  const QString &language)
{
    QStringList out;
    const bool named = !r.recipient.isEmpty();
    switch (Verdict::outcome(r)) {
    case Outcome::Delivered:
        out << (named ? tr("The message to %1 was delivered.").arg(r.recipient)
                      : tr("The message was delivered."));
        break;
    case Outcome::Temporary:
        out << (named ? tr("The message to %1 has not been delivered yet: the receiving server "
                           "turned it away for now.")
                            .arg(r.recipient)
                      : tr("The message has not been delivered yet: the receiving server turned "
                           "it away for now."));
        break;
    case Outcome::Permanent:
        out << (named ? tr("The message to %1 was not delivered: the receiving server refused "
                           "it.")
                            .arg(r.recipient)
                      : tr("The message was not delivered: the receiving server refused it."));
        break;
    case Outcome::Unknown:
        out << (named ? tr("The message to %1 was not delivered.").arg(r.recipient)
                      : tr("The message was not delivered."));
        break;
    }

    const CodeEntry *entry
        = r.entryIndex >= 0 && r.entryIndex < table.size() ? &table.at(r.entryIndex) : nullptr;
    const QString codes = serverCodes(r);
    const QString reason = Verdict::reasonText(Verdict::reason(table, r));
    if (entry) {
        const QString meaning = sentence(entryText(*entry, r, language));
        out << (codes.isEmpty()
                    ? tr("Why: %1").arg(meaning)
                    : tr("Why: the server answered %1, which means: %2").arg(codes, meaning));
    } else if (!r.diagnostic.isEmpty()) {
        out << tr("Why: the server answered \"%1\".").arg(r.diagnostic);
    } else if (!codes.isEmpty()) {
        out << tr("Why: the server answered %1.").arg(codes);
    }
    if (!reason.isEmpty() && Verdict::outcome(r) != Outcome::Delivered)
        out << tr("In short: %1.").arg(reason);

    if (entry && !entry->advice.isEmpty())
        out << tr("What to do: %1").arg(sentence(entryAdvice(*entry, r, language)));

    switch (Verdict::outcome(r)) {
    case Outcome::Temporary:
        out << (r.willRetryUntil.isEmpty()
                    ? tr("Retry: yes. The sending server usually keeps trying by itself for a "
                         "while; if it gives up, send the message again later.")
                    : tr("Retry: yes. The sending server keeps trying until %1; if it gives up, "
                         "send the message again later.")
                          .arg(r.willRetryUntil));
        break;
    case Outcome::Permanent:
        out << tr("Retry: sending the same message again will fail in the same way until the "
                  "cause is fixed.");
        break;
    case Outcome::Delivered:
    case Outcome::Unknown:
        break;
    }
    return out.join(u'\n');
}

} // namespace BounceLens
