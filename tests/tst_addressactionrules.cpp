// The reason -> address action mapping of resources/address-actions.json (issue 20): every
// reason word is tested, and a broken file is refused with a message.
#include "report/addressaction.h"

#include <QFile>
#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_AddressActionRules : public QObject
{
    Q_OBJECT

private slots:
    void builtInLoads();
    void everyReason_data();
    void everyReason();
    void everyReasonIsListed();
    void words();
    void badFiles_data();
    void badFiles();
    void causes_data();
    void causes();
};

void tst_AddressActionRules::builtInLoads()
{
    QFile f(u":/address-actions.json"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString error;
    QVERIFY2(AddressActionRules::load(f.readAll(), u"address-actions.json"_s, &error),
             qPrintable(error));
    QVERIFY(!AddressActionRules::builtIn().causes().isEmpty());
}

void tst_AddressActionRules::everyReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("permanent");
    QTest::addColumn<QString>("temporary");
    QTest::addColumn<QString>("why");
    const QList<QStringList> rows{
        {u"userunknown"_s, u"suppress"_s, u"retry"_s, {}},
        {u"hostunknown"_s, u"suppress"_s, u"retry"_s, {}},
        {u"notaccept"_s, u"suppress"_s, u"retry"_s, {}},
        {u"suspend"_s, u"suppress"_s, u"retry"_s, {}},
        {u"hasmoved"_s, u"suppress"_s, u"retry"_s, {}},
        {u"suppressed"_s, u"suppress"_s, u"retry"_s, {}},
        {u"mailboxfull"_s, u"retry"_s, u"retry"_s, {}},
        {u"systemfull"_s, u"retry"_s, u"retry"_s, {}},
        {u"expired"_s, u"retry"_s, u"retry"_s, {}},
        {u"networkerror"_s, u"retry"_s, u"retry"_s, {}},
        {u"toomanyconn"_s, u"retry"_s, u"retry"_s, {}},
        {u"speeding"_s, u"retry"_s, u"retry"_s, {}},
        {u"systemerror"_s, u"review"_s, u"retry"_s, u"either-side"_s},
        {u"authfailure"_s, u"fix-sending"_s, u"fix-sending"_s, {}},
        {u"badreputation"_s, u"fix-sending"_s, u"fix-sending"_s, {}},
        {u"blocked"_s, u"fix-sending"_s, u"fix-sending"_s, {}},
        {u"contenterror"_s, u"fix-sending"_s, u"fix-sending"_s, {}},
        {u"spamdetected"_s, u"fix-sending"_s, u"fix-sending"_s, {}},
        {u"virusdetected"_s, u"fix-sending"_s, u"fix-sending"_s, {}},
        {u"policyviolation"_s, u"fix-sending"_s, u"fix-sending"_s, {}},
        {u"rejected"_s, u"fix-sending"_s, u"fix-sending"_s, {}},
        {u"norelaying"_s, u"fix-sending"_s, u"fix-sending"_s, {}},
        {u"notcompliantrfc"_s, u"fix-sending"_s, u"fix-sending"_s, {}},
        {u"requireptr"_s, u"fix-sending"_s, u"fix-sending"_s, {}},
        {u"securityerror"_s, u"fix-sending"_s, u"fix-sending"_s, {}},
        {u"failedstarttls"_s, u"fix-sending"_s, u"fix-sending"_s, {}},
        {u"mesgtoobig"_s, u"fix-sending"_s, u"fix-sending"_s, {}},
        {u"exceedlimit"_s, u"fix-sending"_s, u"fix-sending"_s, {}},
        {u"syntaxerror"_s, u"fix-sending"_s, u"fix-sending"_s, {}},
        {u"filtered"_s, u"review"_s, u"retry"_s, u"either-side"_s},
        {u"mailererror"_s, u"review"_s, u"retry"_s, u"either-side"_s},
        {u"feedback"_s, u"review"_s, u"review"_s, u"not-a-failure"_s},
        {u"vacation"_s, u"review"_s, u"review"_s, u"not-a-failure"_s},
        {u"onhold"_s, u"review"_s, u"retry"_s, u"unknown-cause"_s},
        {u"undefined"_s, u"review"_s, u"retry"_s, u"unknown-cause"_s},
    };
    for (const QStringList &row : rows)
        QTest::newRow(qPrintable(row.at(0))) << row.at(0) << row.at(1) << row.at(2) << row.at(3);
}

void tst_AddressActionRules::everyReason()
{
    QFETCH(QString, reason);
    QFETCH(QString, permanent);
    QFETCH(QString, temporary);
    QFETCH(QString, why);
    const auto r = reasonFromWord(reason);
    QVERIFY(r);
    const AddressActionRules &rules = AddressActionRules::builtIn();
    QVERIFY(rules.hasRule(*r));
    QCOMPARE(toWord(rules.rule(*r).permanent), permanent);
    QCOMPARE(toWord(rules.rule(*r).temporary), temporary);
    QCOMPARE(toWord(rules.rule(*r).why), why);
}

void tst_AddressActionRules::everyReasonIsListed()
{
    // Every reason the decoder can name has its row above and in the file; "delivered" is no
    // failure (Verdict gives no action) and is left out.
    const AddressActionRules &rules = AddressActionRules::builtIn();
    for (const Reason r : allReasons()) {
        if (r == Reason::Delivered)
            QVERIFY(!rules.hasRule(r));
        else
            QVERIFY2(rules.hasRule(r), qPrintable(toWord(r)));
    }
    QCOMPARE(rules.rule(Reason::None).permanent, AddressAction::Review);
    QCOMPARE(rules.rule(Reason::None).why, ReviewWhy::UnknownCause);
}

void tst_AddressActionRules::words()
{
    for (const AddressAction a : {AddressAction::Suppress, AddressAction::Retry,
                                  AddressAction::FixSending, AddressAction::Review})
        QCOMPARE(addressActionFromWord(toWord(a)), a);
    QCOMPARE(toWord(AddressAction::FixSending), u"fix-sending"_s);
    QCOMPARE(addressActionFromWord(u""), AddressAction::None);
    QVERIFY(!addressActionFromWord(u"Suppress"));
    QVERIFY(!addressActionFromWord(u"delete"));
}

void tst_AddressActionRules::badFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"({"format": "bouncelens-address-actions", "version": 1, )";
    QTest::newRow("unknown reason")
        << head + R"("reasons": {"nosuchreason": "retry"}})" << u"nosuchreason"_s;
    QTest::newRow("unknown action")
        << head + R"("reasons": {"userunknown": "delete"}})" << u"userunknown"_s;
    QTest::newRow("review without why")
        << head + R"("reasons": {"undefined": "review"}})" << u"why"_s;
    QTest::newRow("bad words")
        << head + R"("reasons": {}, "causes": [{"cause": "x", "words": "(("}]})" << u"x"_s;
    QTest::newRow("other format") << QByteArray(R"({"format": "x", "version": 1})") << u"format"_s;
}

void tst_AddressActionRules::badFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!AddressActionRules::load(json, u"test.json"_s, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_AddressActionRules::causes_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("cause");
    QTest::newRow("DMARC words") << u"authfailure"_s << u"5.7.26"_s
                                 << u"Unauthenticated email from example.com is not accepted due "
                                    "to domain's DMARC policy"_s
                                 << u"dmarc"_s;
    QTest::newRow("SPF code") << u"authfailure"_s << u"5.7.27"_s << u"blocked"_s << u"spf"_s;
    QTest::newRow("DKIM code") << u"authfailure"_s << u"5.7.30"_s << QString() << u"dkim"_s;
    QTest::newRow("neither") << u"authfailure"_s << u"5.7.26"_s
                             << u"the sender is unauthenticated. SPF or DKIM"_s
                             << u"authentication"_s;
    QTest::newRow("SPF hard fail") << u"authfailure"_s << u"5.7.26"_s
                                   << u"fails to pass SPF checks for an SPF record with a hard "
                                      "fail policy"_s
                                   << u"spf"_s;
    QTest::newRow("ptr") << u"requireptr"_s << u"5.7.25"_s << QString() << u"ptr"_s;
    QTest::newRow("helo") << u"blocked"_s << u"5.5.4"_s << u"HELO/EHLO argument"_s << u"helo"_s;
    QTest::newRow("reputation") << u"badreputation"_s << u"5.7.1"_s << QString() << u"reputation"_s;
    QTest::newRow("spam") << u"spamdetected"_s << u"5.7.1"_s << QString() << u"content"_s;
    QTest::newRow("size") << u"mesgtoobig"_s << u"5.3.4"_s << QString() << u"size"_s;
    QTest::newRow("anything else")
        << u"policyviolation"_s << u"5.7.1"_s << QString() << u"policy"_s;
}

void tst_AddressActionRules::causes()
{
    QFETCH(QString, reason);
    QFETCH(QString, status);
    QFETCH(QString, words);
    QFETCH(QString, cause);
    const AddressActionRules::Cause *c
        = AddressActionRules::builtIn().cause(*reasonFromWord(reason), status, words);
    QVERIFY(c);
    QCOMPARE(c->name, cause);
}

QTEST_GUILESS_MAIN(tst_AddressActionRules)
#include "tst_addressactionrules.moc"
