#include "report/addressaction.h"

#include "common/datafile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

struct ActionWord
{
    AddressAction value;
    const char16_t *word;
};
constexpr ActionWord kActions[] = {{AddressAction::Suppress, u"suppress"},
                                   {AddressAction::Retry, u"retry"},
                                   {AddressAction::FixSending, u"fix-sending"},
                                   {AddressAction::Review, u"review"}};

struct WhyWord
{
    ReviewWhy value;
    const char16_t *word;
};
constexpr WhyWord kWhys[] = {{ReviewWhy::UnknownCause, u"unknown-cause"},
                             {ReviewWhy::UnknownOutcome, u"unknown-outcome"},
                             {ReviewWhy::EitherSide, u"either-side"},
                             {ReviewWhy::NotAFailure, u"not-a-failure"},
                             {ReviewWhy::Contradictory, u"contradictory"}};

// "x.7.26" / "5.7.26" -> "7.26"
QString statusDetail(const QString &status)
{
    const qsizetype dot = status.indexOf(u'.');
    return dot < 0 ? QString() : status.mid(dot + 1);
}

} // namespace

QString toWord(AddressAction action)
{
    for (const ActionWord &w : kActions) {
        if (w.value == action)
            return QString::fromUtf16(w.word);
    }
    return {};
}

std::optional<AddressAction> addressActionFromWord(QStringView word)
{
    if (word.isEmpty())
        return AddressAction::None;
    for (const ActionWord &w : kActions) {
        if (word == QStringView(w.word))
            return w.value;
    }
    return std::nullopt;
}

QString toWord(ReviewWhy why)
{
    for (const WhyWord &w : kWhys) {
        if (w.value == why)
            return QString::fromUtf16(w.word);
    }
    return {};
}

std::optional<ReviewWhy> reviewWhyFromWord(QStringView word)
{
    if (word.isEmpty())
        return ReviewWhy::None;
    for (const WhyWord &w : kWhys) {
        if (word == QStringView(w.word))
            return w.value;
    }
    return std::nullopt;
}

std::optional<AddressActionRules> AddressActionRules::load(const QByteArray &json,
                                                           const QString &name, QString *error)
{
    const std::optional<QJsonObject> root = DataFile::open(
        json, name, u"bouncelens-address-actions"_s, 1, tr("address action file"), error);
    if (!root)
        return std::nullopt;
    AddressActionRules rules;
    QString problem;
    if (!rules.parseReasons(root->value(u"reasons"_s).toObject(), &problem)
        || !rules.parseCauses(root->value(u"causes"_s).toArray(), &problem)) {
        if (error)
            *error = u"%1: %2"_s.arg(name, problem);
        return std::nullopt;
    }
    return rules;
}

bool AddressActionRules::parseReasons(const QJsonObject &reasons, QString *error)
{
    for (auto it = reasons.begin(); it != reasons.end(); ++it) {
        const auto reason = reasonFromWord(it.key());
        if (!reason || *reason == Reason::None) {
            *error = tr("\"%1\" is not a reason word").arg(it.key());
            return false;
        }
        const QJsonObject o = it.value().toObject();
        const QString permanent
            = it.value().isString() ? it.value().toString() : o.value(u"permanent"_s).toString();
        const QString temporary
            = it.value().isString() ? it.value().toString() : o.value(u"temporary"_s).toString();
        const auto p = addressActionFromWord(permanent);
        const auto t = addressActionFromWord(temporary);
        const auto why = reviewWhyFromWord(o.value(u"why"_s).toString());
        if (!p || !t || *p == AddressAction::None || *t == AddressAction::None || !why) {
            *error = tr("reason \"%1\": the actions must be suppress, retry, fix-sending or "
                        "review, and \"why\" a known word")
                         .arg(it.key());
            return false;
        }
        const bool reviews = *p == AddressAction::Review || *t == AddressAction::Review;
        if (reviews != (*why != ReviewWhy::None)) {
            *error = tr("reason \"%1\": \"why\" is needed exactly when an action is review")
                         .arg(it.key());
            return false;
        }
        m_rules.insert(*reason, Rule{*p, *t, *why});
    }
    return true;
}

bool AddressActionRules::parseCauses(const QJsonArray &causes, QString *error)
{
    for (const QJsonValue &v : causes) {
        const QJsonObject o = v.toObject();
        Cause c;
        c.name = o.value(u"cause"_s).toString();
        if (c.name.isEmpty()) {
            *error = tr("every cause needs a \"cause\" name");
            return false;
        }
        for (const QJsonValue &r : o.value(u"reasons"_s).toArray()) {
            const auto reason = reasonFromWord(r.toString());
            if (!reason || *reason == Reason::None) {
                *error = tr("cause \"%1\": \"%2\" is not a reason word").arg(c.name, r.toString());
                return false;
            }
            c.reasons << *reason;
        }
        for (const QJsonValue &s : o.value(u"status"_s).toArray())
            c.status << statusDetail(s.toString());
        for (const QJsonValue &r : o.value(u"records"_s).toArray())
            c.records << r.toString();
        const QString words = o.value(u"words"_s).toString();
        if (!words.isEmpty()) {
            c.words = QRegularExpression(words, QRegularExpression::CaseInsensitiveOption);
            if (!c.words.isValid()) {
                *error = tr("cause \"%1\": bad \"words\": %2").arg(c.name, c.words.errorString());
                return false;
            }
        }
        m_causes << c;
    }
    return true;
}

const AddressActionRules &AddressActionRules::builtIn()
{
    static const AddressActionRules rules = [] {
        QFile f(u":/address-actions.json"_s);
        const QByteArray data = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        QString error;
        return load(data, u"address-actions.json"_s, &error).value_or(AddressActionRules());
    }();
    return rules;
}

AddressActionRules::Rule AddressActionRules::rule(Reason reason) const
{
    return m_rules.value(reason, Rule{});
}

const AddressActionRules::Cause *AddressActionRules::cause(Reason reason, const QString &status,
                                                           const QString &diagnostic) const
{
    const QString detail = statusDetail(status);
    for (const Cause &c : m_causes) {
        if (!c.reasons.isEmpty() && !c.reasons.contains(reason))
            continue;
        const bool byStatus = !detail.isEmpty() && c.status.contains(detail);
        const bool byWords = c.words.isValid() && !c.words.pattern().isEmpty()
                             && c.words.match(diagnostic).hasMatch();
        const bool unconditional = c.status.isEmpty() && c.words.pattern().isEmpty();
        if (byStatus || byWords || unconditional)
            return &c;
    }
    return nullptr;
}

} // namespace BounceLens
