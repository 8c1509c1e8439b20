// The one place that decides a recipient's outcome and verdict (issue 11, issue 12 point 4).
#include "codes/codetable.h"
#include "mailbox/mailboxexport.h"
#include "report/decodereport.h"
#include "report/verdict.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QRegularExpression>
#include <QtTest>

#include <optional>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_Verdict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outcome_data();
    void outcome();
    void everyGmailEntryNamesItsReason();
    void rateLimitingIsNotABlock();
    void unmatchedUsesTheDecodersReason();
    void words();
    void addressAction_data();
    void addressAction();
    void entryOverridesTheReason();
    void everyGmailEntryHasAnAction();
    void plainAdvice();
    void oneVerdictInEveryOutput();
    void colourRoles();

private:
    std::optional<CodeTable> m_table;
};

void tst_Verdict::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
}

void tst_Verdict::outcome_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("temporary"); // -1 unknown, 0 false, 1 true
    QTest::addColumn<int>("expected");

    QTest::newRow("failed 5xx") << int(Action::Failed) << 0 << int(Outcome::Permanent);
    QTest::newRow("failed 4xx") << int(Action::Failed) << 1 << int(Outcome::Temporary);
    QTest::newRow("delayed") << int(Action::Delayed) << -1 << int(Outcome::Temporary);
    QTest::newRow("delivered") << int(Action::Delivered) << -1 << int(Outcome::Delivered);
    QTest::newRow("relayed") << int(Action::Relayed) << -1 << int(Outcome::Delivered);
    QTest::newRow("expanded") << int(Action::Expanded) << 0 << int(Outcome::Delivered);
    QTest::newRow("no action, no class") << int(Action::None) << -1 << int(Outcome::Unknown);
    QTest::newRow("no action, 5xx") << int(Action::None) << 0 << int(Outcome::Permanent);
}

void tst_Verdict::outcome()
{
    QFETCH(int, action);
    QFETCH(int, temporary);
    QFETCH(int, expected);
    RecipientResult r;
    r.action = Action(action);
    if (temporary >= 0)
        r.temporary = temporary == 1;
    QCOMPARE(int(Verdict::outcome(r)), expected);
    QCOMPARE(int(outcomeOf(r)), expected);
}

void tst_Verdict::everyGmailEntryNamesItsReason()
{
    int checked = 0;
    for (int i = 0; i < m_table->size(); ++i) {
        const CodeEntry &e = m_table->at(i);
        if (!e.isGmail())
            continue;
        const auto reason = reasonFromWord(e.reason);
        QVERIFY2(reason && *reason != Reason::None, qPrintable(e.id + u": "_s + e.reason));
        RecipientResult r;
        r.action = e.temporary == true ? Action::Delayed : Action::Failed;
        r.temporary = e.temporary;
        r.replyCode = e.replyCode;
        r.status = EnhancedStatus::fromString(e.status);
        r.entryIndex = i;
        // The decoder concluded something else: the matched entry still decides the verdict.
        r.reason = *reason == Reason::Blocked ? Reason::UserUnknown : Reason::Blocked;
        QCOMPARE(Verdict::reason(*m_table, r), *reason);
        const QString text = Verdict::text(*m_table, r);
        if (*reason == Reason::Delivered)
            continue;
        QVERIFY2(text.contains(Verdict::reasonText(*reason)), qPrintable(e.id + u": "_s + text));
        QVERIFY2(!text.contains(Verdict::reasonText(r.reason)), qPrintable(e.id + u": "_s + text));
        if (e.temporary == true)
            QVERIFY2(text.startsWith(u"Temporary"_s), qPrintable(e.id + u": "_s + text));
        else if (e.temporary == false)
            QVERIFY2(text.startsWith(u"Permanent"_s), qPrintable(e.id + u": "_s + text));
        ++checked;
    }
    QVERIFY(checked > 100);
}

void tst_Verdict::rateLimitingIsNotABlock()
{
    // A temporary "unusual rate ... rate limited" reply is rate limiting: the card must not say
    // "blocked" while the advice says "lower the sending rate" (the 421 4.7.28 family). The
    // older forms that say "temporarily blocked" are blocks.
    static const QRegularExpression rate(u"unusual rate.*rate limited"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    int found = 0;
    for (int i = 0; i < m_table->size(); ++i) {
        const CodeEntry &e = m_table->at(i);
        if (!e.isGmail() || e.temporary != true || !rate.match(e.text.english()).hasMatch())
            continue;
        ++found;
        QVERIFY2(e.reason == u"speeding"_s, qPrintable(e.id + u": "_s + e.reason));
        RecipientResult r;
        r.action = Action::Delayed;
        r.temporary = true;
        r.entryIndex = i;
        r.reason = Reason::Blocked;
        QCOMPARE(Verdict::text(*m_table, r),
                 u"Temporary: the receiving server is rate-limiting the sender - retry later"_s);
    }
    QVERIFY(found >= 6);
}

void tst_Verdict::unmatchedUsesTheDecodersReason()
{
    RecipientResult r;
    r.action = Action::Failed;
    r.temporary = false;
    r.reason = Reason::UserUnknown;
    QCOMPARE(Verdict::text(*m_table, r), u"Permanent failure: the address does not exist"_s);
    r.reason = Reason::None;
    QCOMPARE(Verdict::text(*m_table, r), u"Permanent failure"_s);
    r.temporary.reset();
    r.action = Action::None;
    QCOMPARE(Verdict::text(*m_table, r), u"Failed"_s);
    r.action = Action::Delivered;
    r.reason = Reason::Delivered;
    QCOMPARE(Verdict::text(*m_table, r), u"Delivered"_s);
}

void tst_Verdict::words()
{
    for (Reason reason : allReasons())
        QVERIFY2(!Verdict::reasonText(reason).isEmpty(), qPrintable(toWord(reason)));
    QCOMPARE(Verdict::reasonText(Reason::None), QString());
}

void tst_Verdict::addressAction_data()
{
    QTest::addColumn<int>("replyCode");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("temporary"); // -1 unknown
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("why");
    QTest::newRow("user unknown") << 550 << u"5.1.1"_s << 0 << u"userunknown"_s << u"suppress"_s
                                  << QString();
    QTest::newRow("user unknown, 4xx")
        << 450 << u"4.1.1"_s << 1 << u"userunknown"_s << u"retry"_s << QString();
    QTest::newRow("user unknown, class unknown")
        << 0 << QString() << -1 << u"userunknown"_s << u"review"_s << u"unknown-outcome"_s;
    QTest::newRow("dmarc") << 550 << u"5.7.26"_s << 0 << u"authfailure"_s << u"fix-sending"_s
                           << QString();
    QTest::newRow("dmarc rate limit")
        << 421 << u"4.7.26"_s << 1 << u"authfailure"_s << u"fix-sending"_s << QString();
    QTest::newRow("mailbox full") << 552 << u"5.2.2"_s << 0 << u"mailboxfull"_s << u"retry"_s
                                  << QString();
    QTest::newRow("no cause") << 550 << QString() << 0 << QString() << u"review"_s
                              << u"unknown-cause"_s;
    QTest::newRow("550 with 4.x.x")
        << 550 << u"4.0.0"_s << 0 << u"blocked"_s << u"review"_s << u"contradictory"_s;
}

void tst_Verdict::addressAction()
{
    QFETCH(int, replyCode);
    QFETCH(QString, status);
    QFETCH(int, temporary);
    QFETCH(QString, reason);
    QFETCH(QString, action);
    QFETCH(QString, why);
    RecipientResult r;
    r.action = Action::Failed;
    r.replyCode = replyCode;
    r.status = EnhancedStatus::fromString(status);
    if (temporary >= 0)
        r.temporary = temporary == 1;
    else
        r.action = Action::None;
    r.reason = *reasonFromWord(reason);
    const Verdict::AddressDecision d = Verdict::addressAction(*m_table, r);
    QCOMPARE(toWord(d.action), action);
    QCOMPARE(toWord(d.why), why);

    RecipientResult delivered;
    delivered.action = Action::Delivered;
    QCOMPARE(Verdict::addressAction(*m_table, delivered).action, AddressAction::None);
}

void tst_Verdict::entryOverridesTheReason()
{
    // gmail-47: "out of storage space and inactive" (mailboxfull: retry) says suppress;
    // gmail-57: the sender's own daily limit (speeding: retry) says fix-sending.
    const QList<std::pair<QString, AddressAction>> rows{{u"gmail-47"_s, AddressAction::Suppress},
                                                        {u"gmail-57"_s, AddressAction::FixSending},
                                                        {u"gmail-4"_s, AddressAction::Retry}};
    for (const auto &[id, expected] : rows) {
        const int index = m_table->indexOf(id);
        QVERIFY2(index >= 0, qPrintable(id));
        const CodeEntry &e = m_table->at(index);
        RecipientResult r;
        r.action = e.temporary == true ? Action::Delayed : Action::Failed;
        r.temporary = e.temporary;
        r.replyCode = e.replyCode;
        r.status = EnhancedStatus::fromString(e.status);
        r.entryIndex = index;
        QCOMPARE(Verdict::addressAction(*m_table, r).action, expected);
    }
}

void tst_Verdict::everyGmailEntryHasAnAction()
{
    for (int i = 0; i < m_table->size(); ++i) {
        const CodeEntry &e = m_table->at(i);
        if (!e.isGmail())
            continue;
        RecipientResult r;
        r.action = e.temporary == true ? Action::Delayed : Action::Failed;
        r.temporary = e.temporary;
        r.replyCode = e.replyCode;
        r.status = EnhancedStatus::fromString(e.status);
        r.entryIndex = i;
        const AddressAction a = Verdict::addressAction(*m_table, r).action;
        QVERIFY2(a != AddressAction::None, qPrintable(e.id));
        // A temporary reply never stops mailing an address.
        if (e.temporary == true)
            QVERIFY2(a != AddressAction::Suppress, qPrintable(e.id));
        if (a == AddressAction::FixSending)
            QVERIFY2(!Verdict::sendingCause(*m_table, r).isEmpty(), qPrintable(e.id));
    }
}

void tst_Verdict::plainAdvice()
{
    RecipientResult r;
    r.action = Action::Failed;
    r.temporary = false;
    r.replyCode = 550;
    r.status = EnhancedStatus::fromString(u"5.7.26"_s);
    r.reason = Reason::AuthFailure;
    r.diagnostic = u"550 5.7.26 Unauthenticated email from example.com is not accepted due to "
                   "domain's DMARC policy"_s;
    SendingIdentity sender;
    sender.fromDomain = u"example.com"_s;
    QCOMPARE(Verdict::plainAdvice(*m_table, r, sender),
             u"Fix your sending first (DMARC for example.com), then resend"_s);
    r.status = EnhancedStatus::fromString(u"5.1.1"_s);
    r.reason = Reason::UserUnknown;
    r.diagnostic.clear();
    QVERIFY(Verdict::plainAdvice(*m_table, r, sender).startsWith(u"Stop mailing this address: "_s));
    r.temporary = true;
    r.replyCode = 452;
    r.status = EnhancedStatus::fromString(u"4.2.2"_s);
    r.reason = Reason::MailboxFull;
    QVERIFY(Verdict::plainAdvice(*m_table, r, sender).startsWith(u"Your server will retry: "_s));
    // The same cause after the server gave up: nobody retries by itself.
    r.action = Action::Failed;
    r.temporary = false;
    r.replyCode = 552;
    r.status = EnhancedStatus::fromString(u"5.2.2"_s);
    QVERIFY(Verdict::plainAdvice(*m_table, r, sender).startsWith(u"Send again later: "_s));
    r.action = Action::Failed;
    r.temporary = true;
    r.replyCode = 452;
    r.status = EnhancedStatus::fromString(u"4.2.2"_s);
    r.reason = Reason::Undefined;
    r.status = {};
    r.replyCode = 550;
    r.temporary = false;
    QCOMPARE(Verdict::plainAdvice(*m_table, r, sender),
             u"Check by hand: the bounce does not say why the delivery failed"_s);
}

void tst_Verdict::oneVerdictInEveryOutput()
{
    // Issue 19: "Action: delayed" with "Status: 5.1.1" was "delayed, permanent" in the text
    // report and "temporary" in the CSV. The verdict decides once; every output reads it.
    DecodeResult message;
    RecipientResult r;
    r.recipient = u"bob@example.com"_s;
    r.action = Action::Delayed;
    r.status = EnhancedStatus::fromString(u"5.1.1"_s);
    r.temporary = false; // what the status class alone says
    message.recipients << r;
    QCOMPARE(Verdict::outcome(r), Outcome::Temporary);
    QCOMPARE(Verdict::temporary(r), std::optional<bool>(true));
    const QString text = DecodeReport::toText(message, *m_table, u"en"_s);
    QVERIFY2(text.contains(u"delayed, temporary"_s), qPrintable(text));
    const QJsonObject json
        = DecodeReport::toJson(message, *m_table).value(u"recipients"_s).toArray().at(0).toObject();
    QCOMPARE(json.value(u"outcome"_s).toString(), u"temporary"_s);
    QCOMPARE(json.value(u"temporary"_s).toBool(), true);
    const QStringList csv
        = MailboxExport::csvFields(*m_table, u"en"_s, MailboxExport::records(message).first());
    QCOMPARE(csv.first(), u"temporary"_s);
}

void tst_Verdict::colourRoles()
{
    QCOMPARE(Verdict::colourRole(Outcome::Permanent), ColourRole::Failure);
    QCOMPARE(Verdict::colourRole(Outcome::Temporary), ColourRole::Warning);
    QCOMPARE(Verdict::colourRole(Outcome::Delivered), ColourRole::Success);
    // Unknown is neither a failure's red nor counted as permanent (card, table, summary).
    QCOMPARE(Verdict::colourRole(Outcome::Unknown), ColourRole::Neutral);
    RecipientResult r;
    r.action = Action::Failed;
    QCOMPARE(Verdict::temporary(r), std::optional<bool>());
}

QTEST_GUILESS_MAIN(tst_Verdict)
#include "tst_verdict.moc"
