#pragma once

#include "common/decodetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace BounceLens {

// What to do with a recipient's address after its bounce (issue 20):
// suppress - stop mailing it (permanent, and the recipient's side: no such user, no domain);
// retry - the server retries, or retrying later is right (temporary);
// fix-sending - the sender must change something first (authentication, reputation, content);
// review - check by hand (the cause is unknown or contradictory; ReviewWhy says which).
// None: nothing to do (delivered).
enum class AddressAction { None, Suppress, Retry, FixSending, Review };

// Why an address needs review.
enum class ReviewWhy { None, UnknownCause, UnknownOutcome, EitherSide, NotAFailure, Contradictory };

// JSON words: "suppress", "retry", "fix-sending", "review"; None gives an empty string.
QString toWord(AddressAction action);
std::optional<AddressAction> addressActionFromWord(QStringView word);
QString toWord(ReviewWhy why);
std::optional<ReviewWhy> reviewWhyFromWord(QStringView word);

// The reason -> action mapping and the sender report's causes, read from
// resources/address-actions.json (data, not code: see the file's comment).
class AddressActionRules
{
    Q_DECLARE_TR_FUNCTIONS(AddressActionRules)

public:
    struct Rule
    {
        AddressAction permanent = AddressAction::Review;
        AddressAction temporary = AddressAction::Review;
        ReviewWhy why = ReviewWhy::UnknownCause;
    };
    struct Cause
    {
        QString name;          // "dmarc", "spf", ...
        QList<Reason> reasons; // empty: any
        QStringList status;    // "x.7.26": any class
        QRegularExpression words;
        QStringList records; // "dmarc", "spf", "dkim", "ptr"
    };

    static std::optional<AddressActionRules> load(const QByteArray &json, const QString &name,
                                                  QString *error);
    // The rules compiled in (":/address-actions.json"); loaded once. A build whose file does not
    // load is broken: tests check it; here every reason then needs review.
    static const AddressActionRules &builtIn();

    // The rule for a reason; None, Delivered and reasons the file does not list: review.
    Rule rule(Reason reason) const;
    bool hasRule(Reason reason) const { return m_rules.contains(reason); }
    // The first cause that fits a fix-sending recipient; nullptr when none does.
    const Cause *cause(Reason reason, const QString &status, const QString &diagnostic) const;
    const QList<Cause> &causes() const { return m_causes; }

private:
    bool parseReasons(const QJsonObject &reasons, QString *error);
    bool parseCauses(const QJsonArray &causes, QString *error);

    QHash<Reason, Rule> m_rules;
    QList<Cause> m_causes;
};

} // namespace BounceLens
