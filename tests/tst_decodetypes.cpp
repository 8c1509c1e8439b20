// The decoder's closed sets and their JSON words: every value has one word and back.
#include "codes/codemeaning.h"
#include "common/decodetypes.h"

#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_DecodeTypes : public QObject
{
    Q_OBJECT

private slots:
    void actions();
    void outcomes();
    void reasons();
    void stages();
};

void tst_DecodeTypes::actions()
{
    for (Action a :
         {Action::Failed, Action::Delayed, Action::Delivered, Action::Relayed, Action::Expanded}) {
        QVERIFY(!toWord(a).isEmpty());
        QCOMPARE(actionFromWord(toWord(a)), a);
        QCOMPARE(actionFromWord(toWord(a).toUpper()), a); // DSN fields are case-insensitive
    }
    QCOMPARE(toWord(Action::None), QString());
    QCOMPARE(actionFromWord(u""), Action::None);
    QCOMPARE(actionFromWord(u"failed"), Action::Failed);
    QVERIFY(!actionFromWord(u"bounced").has_value());
}

void tst_DecodeTypes::outcomes()
{
    QCOMPARE(toWord(Outcome::Permanent), u"permanent"_s);
    QCOMPARE(toWord(Outcome::Temporary), u"temporary"_s);
    QCOMPARE(toWord(Outcome::Delivered), u"delivered"_s);
    QCOMPARE(toWord(Outcome::Unknown), u"unknown"_s);
    for (Outcome o : {Outcome::Permanent, Outcome::Temporary, Outcome::Delivered, Outcome::Unknown})
        QCOMPARE(outcomeFromWord(toWord(o)), o);
    QVERIFY(!outcomeFromWord(u"").has_value());
    QVERIFY(!outcomeFromWord(u"soft").has_value());
}

void tst_DecodeTypes::reasons()
{
    // Sisimai's vocabulary: 36 reasons, each with a word and a phrase in plain words.
    QCOMPARE(allReasons().size(), 36);
    QSet<QString> words;
    for (Reason r : allReasons()) {
        const QString word = toWord(r);
        QVERIFY(!word.isEmpty());
        QCOMPARE(word, word.toLower());
        QCOMPARE(reasonFromWord(word), r);
        QVERIFY2(!CodeMeaning::reason(word).isEmpty(), qPrintable(word));
        words.insert(word);
    }
    QCOMPARE(words.size(), allReasons().size());
    QCOMPARE(reasonFromWord(u""), Reason::None);
    QCOMPARE(toWord(Reason::None), QString());
    QVERIFY(!reasonFromWord(u"UserUnknown").has_value());
    QVERIFY(!reasonFromWord(u"nosuchreason").has_value());
}

void tst_DecodeTypes::stages()
{
    QCOMPARE(toWord(SmtpStage::Rcpt), u"RCPT"_s);
    QCOMPARE(toWord(SmtpStage::Connection), u"connection"_s);
    QCOMPARE(stageFromWord(u"rcpt"), SmtpStage::Rcpt);
    QCOMPARE(stageFromWord(u"STARTTLS"), SmtpStage::StartTls);
    QCOMPARE(stageFromWord(u""), SmtpStage::None);
    QVERIFY(!stageFromWord(u"QUIT").has_value());
}

QTEST_GUILESS_MAIN(tst_DecodeTypes)
#include "tst_decodetypes.moc"
