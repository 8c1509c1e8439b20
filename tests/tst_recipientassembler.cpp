// RecipientAssembler on its own: the inputs a decoder hands it (a message's report and headers,
// the notice's text and the replies found in it) and the recipients it puts together. Covers
// the derived action, temporary flag and outcome, which reply goes to which recipient, the
// per-recipient blocks of a text notice, and the addresses a text names as recipients.
#include "codes/codetable.h"
#include "decoder/bouncepatterns.h"
#include "decoder/entrymatcher.h"
#include "decoder/recipientassembler.h"
#include "decoder/replyextractor.h"
#include "report/verdict.h"

#include <QtTest>

#include <memory>
#include <optional>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_RecipientAssembler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decisions_data();
    void decisions();
    void replyAssignment_data();
    void replyAssignment();
    void blocks_data();
    void blocks();
    void textRecipientsLeaveOutSendersAndIds();
    void textRecipientsPastTheLimit();
    void longLineOfAddressesIsExaminedOnce();

private:
    struct Given
    {
        QString report;           // one recipient's report fields (for a@example.org)
        QString failedRecipients; // X-Failed-Recipients
        QString text;
        bool delayedWords = false;
        bool gaveUp = false; // the text says the MTA gave up on its replies
    };
    QList<RecipientResult> assemble(const Given &given) const;
    static QString describe(const QList<RecipientResult> &results);

    std::optional<CodeTable> m_table;
    std::unique_ptr<EntryMatcher> m_matcher;
    std::optional<BouncePatterns> m_patterns;
};

void tst_RecipientAssembler::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
    m_matcher = std::make_unique<EntryMatcher>(*m_table);
    m_patterns = BouncePatterns::loadBuiltIn(&error);
    QVERIFY2(m_patterns, qPrintable(error));
}

QList<RecipientResult> tst_RecipientAssembler::assemble(const Given &given) const
{
    MessageReader::Message message;
    message.mime = true;
    message.headers << qMakePair(u"from"_s, u"MAILER-DAEMON@mx.example.net"_s)
                    << qMakePair(u"to"_s, u"sender@example.com"_s);
    if (!given.failedRecipients.isEmpty())
        message.headers << qMakePair(u"x-failed-recipients"_s, given.failedRecipients);
    if (!given.report.isEmpty())
        message.deliveryStatus = u"Reporting-MTA: dns; mx.example.net\n\n"
                                 "Final-Recipient: rfc822; a@example.org\n"_s
                                 + given.report + u"\n"_s;
    RecipientAssembler::Input in;
    in.message = &message;
    in.text = given.text;
    in.replies = ReplyExtractor::find(given.text, *m_patterns);
    for (SmtpReply &reply : in.replies)
        reply.gaveUp = given.gaveUp;
    in.delayedWords = given.delayedWords;
    in.bounceLike = true;
    return RecipientAssembler(*m_matcher, *m_patterns).assemble(in);
}

// "a@example.org=550" per recipient, in order.
QString tst_RecipientAssembler::describe(const QList<RecipientResult> &results)
{
    QStringList parts;
    for (const RecipientResult &r : results)
        parts << r.recipient + u'=' + QString::number(r.replyCode);
    return parts.join(u' ');
}

void tst_RecipientAssembler::decisions_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("delayedWords");
    QTest::addColumn<bool>("gaveUp");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("temporary"); // "true", "false" or "unset"
    QTest::addColumn<QString>("outcome");

    const QString none;
    // The report states the action: it is kept.
    QTest::newRow("report failed, 5.1.1")
        << u"Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown"_s << none
        << false << false << u"failed"_s << u"false"_s << u"permanent"_s;
    QTest::newRow("report delayed, 4.4.1")
        << u"Action: delayed\nStatus: 4.4.1\nDiagnostic-Code: smtp; 451 4.4.1 No answer"_s << none
        << false << false << u"delayed"_s << u"true"_s << u"temporary"_s;
    // Issue 19: "delayed" with a class-5 status is a delay in every view (Verdict), though the
    // status's class says no further tries of that reply.
    QTest::newRow("report delayed, 5.1.1") << u"Action: delayed\nStatus: 5.1.1"_s << none << false
                                           << false << u"delayed"_s << u"false"_s << u"temporary"_s;
    // An action outside RFC 3464's five words is derived from the reply.
    QTest::newRow("report action not a DSN word")
        << u"Action: bounced\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 Rejected"_s << none
        << false << false << u"failed"_s << u"false"_s << u"permanent"_s;
    // A 4xx the report gave up on (SES's "Status: 5.4.7"-style expiry): no more tries.
    QTest::newRow("report failed over a 4xx")
        << u"Action: failed\nStatus: 4.4.7\nDiagnostic-Code: smtp; 421 4.4.7 Message expired"_s
        << none << false << false << u"failed"_s << u"false"_s << u"permanent"_s;
    // No report: the reply's class and the text's words of delay decide.
    QTest::newRow("text 550")
        << none << u"550 5.1.1 <a@example.org>: Recipient address rejected: User unknown\n"_s
        << false << false << u"failed"_s << u"false"_s << u"permanent"_s;
    QTest::newRow("text 451 with words of delay")
        << none << u"451 4.7.1 <a@example.org>: Greylisted, please try again later\n"_s << true
        << false << u"delayed"_s << u"true"_s << u"temporary"_s;
    QTest::newRow("text 451 the MTA gave up on")
        << none << u"451 4.7.1 <a@example.org>: Greylisted, please try again later\n"_s << true
        << true << u"failed"_s << u"false"_s << u"permanent"_s;
    QTest::newRow("text 451 without words of delay")
        << none << u"451 4.7.1 <a@example.org>: Greylisted, please try again later\n"_s << false
        << false << u"failed"_s << u"true"_s << u"temporary"_s;
    QTest::newRow("text 552 with words of delay")
        << none << u"552 5.2.2 <a@example.org>: Mailbox full\n"_s << true << false << u"failed"_s
        << u"false"_s << u"permanent"_s;
    QTest::newRow("text 250") << none
                              << u"250 2.0.0 <a@example.org>: Message accepted for delivery\n"_s
                              << false << false << u"delivered"_s << u"unset"_s << u"delivered"_s;
}

void tst_RecipientAssembler::decisions()
{
    QFETCH(QString, report);
    QFETCH(QString, text);
    QFETCH(bool, delayedWords);
    QFETCH(bool, gaveUp);
    QFETCH(QString, action);
    QFETCH(QString, temporary);
    QFETCH(QString, outcome);

    Given given;
    given.report = report;
    given.failedRecipients = report.isEmpty() ? u"a@example.org"_s : QString();
    given.text = text;
    given.delayedWords = delayedWords;
    given.gaveUp = gaveUp;
    const QList<RecipientResult> results = assemble(given);
    QCOMPARE(results.size(), 1);
    const RecipientResult &r = results.first();
    QCOMPARE(r.recipient, u"a@example.org"_s);
    QCOMPARE(toWord(r.action), action);
    QCOMPARE(r.temporary ? (*r.temporary ? u"true"_s : u"false"_s) : u"unset"_s, temporary);
    QCOMPARE(toWord(Verdict::outcome(r)), outcome);
}

void tst_RecipientAssembler::replyAssignment_data()
{
    QTest::addColumn<QString>("failedRecipients");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("the recipient the reply names")
        << u"a@example.org, b@example.org"_s
        << u"Delivery failed.\n550 5.1.1 <b@example.org>: Recipient address rejected\n"_s
        << u"a@example.org=0 b@example.org=550"_s;
    QTest::newRow("the recipient named last before the reply")
        << u"a@example.org, b@example.org"_s
        << u"a@example.org:\n    550 5.1.1 User unknown\n\nb@example.org:\n    552 5.2.2 Mailbox "
           "full\n"_s
        << u"a@example.org=550 b@example.org=552"_s;
    QTest::newRow("the only recipient")
        << u"a@example.org"_s << u"Delivery failed.\n550 5.7.1 Message rejected as spam\n"_s
        << u"a@example.org=550"_s;
    QTest::newRow("a reply no one takes goes to those without one")
        << u"a@example.org, b@example.org"_s << u"Delivery failed.\n550 5.1.1 User unknown\n"_s
        << u"a@example.org=550 b@example.org=550"_s;
    // A guessed address named in prose (a contact) never takes the reply from the address
    // heading the block it stands in; without a reply of its own it is no recipient.
    QTest::newRow("prose address inside a block")
        << QString()
        << u"The following address failed:\n\n  a@example.org\n    write to help@example.net "
           "for help\n    550 5.1.1 User unknown\n"_s
        << u"a@example.org=550"_s;
}

void tst_RecipientAssembler::replyAssignment()
{
    QFETCH(QString, failedRecipients);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Given given;
    given.failedRecipients = failedRecipients;
    given.text = text;
    QCOMPARE(describe(assemble(given)), expected);
}

void tst_RecipientAssembler::blocks_data()
{
    QTest::addColumn<QString>("failedRecipients");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("diagnostic"); // of the first recipient

    const QString intro
        = u"This message was created automatically by mail delivery software.\n\n"_s;
    QTest::newRow("a block's words are its reply")
        << u"bob@example.org"_s << intro + u"  bob@example.org\n    Unrouteable address\n"_s
        << u"bob@example.org=0"_s << u"Unrouteable address"_s;
    QTest::newRow("words after the heading's colon")
        << u"bob@example.org"_s << intro + u"<bob@example.org>: Host or domain name not found\n"_s
        << u"bob@example.org=0"_s << u"Host or domain name not found"_s;
    QTest::newRow("expanded from")
        << u"bob@example.org"_s
        << intro
               + u"  bob@example.org (expanded from <list@example.org>): Host or domain name "
                 "not found\n"_s
        << u"bob@example.org=0"_s << u"Host or domain name not found"_s;
    QTest::newRow("an empty line ends a block")
        << u"bob@example.org"_s << intro + u"  bob@example.org\n\n    Unrouteable address\n"_s
        << u"bob@example.org=0"_s << QString();
    QTest::newRow("a line no deeper than the heading ends a block")
        << u"bob@example.org"_s << intro + u"  bob@example.org\n  Unrouteable address\n"_s
        << u"bob@example.org=0"_s << QString();
    // More blocks than listed recipients: the other headings are recipients too.
    QTest::newRow("blocks name recipients the header left out")
        << u"a@example.org"_s
        << intro
               + u"  a@example.org\n    550 5.1.1 User unknown\n\n  b@example.org\n    552 5.2.2 "
                 "Mailbox full\n"_s
        << u"a@example.org=550 b@example.org=552"_s << u"550 5.1.1 User unknown"_s;
}

void tst_RecipientAssembler::blocks()
{
    QFETCH(QString, failedRecipients);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, diagnostic);
    Given given;
    given.failedRecipients = failedRecipients;
    given.text = text;
    const QList<RecipientResult> results = assemble(given);
    QCOMPARE(describe(results), expected);
    QCOMPARE(results.first().diagnostic, diagnostic);
}

void tst_RecipientAssembler::textRecipientsLeaveOutSendersAndIds()
{
    MessageReader::Message message;
    message.headers << qMakePair(u"from"_s, u"MAILER-DAEMON@mx.example.net"_s)
                    << qMakePair(u"to"_s, u"sender@example.com"_s)
                    << qMakePair(u"message-id"_s, u"<id1@mx.example.net>"_s);
    RecipientAssembler::Input in;
    in.message = &message;
    in.text = u"Reply-To: helpdesk@example.com\n"
              "sender@example.com wrote to postmaster@example.org:\n"
              "Your message <20240101.abc@mx.example.net> to c@example.org could not be "
              "delivered (see <id1@mx.example.net>).\n"
              "d@example.org, D@example.org\n"_s;
    qsizetype leftOut = -1;
    QCOMPARE(RecipientAssembler::textRecipients(in, &leftOut),
             (QStringList{u"c@example.org"_s, u"d@example.org"_s}));
    QCOMPARE(leftOut, 0);
}

void tst_RecipientAssembler::textRecipientsPastTheLimit()
{
    MessageReader::Message message;
    RecipientAssembler::Input in;
    in.message = &message;
    for (int i = 0; i < 1200; ++i)
        in.text += u"u%1@example.org\n"_s.arg(i);
    qsizetype leftOut = -1;
    const QStringList found = RecipientAssembler::textRecipients(in, &leftOut);
    QCOMPARE(found.size(), 1000);
    QCOMPARE(found.first(), u"u0@example.org"_s);
    QCOMPARE(found.last(), u"u999@example.org"_s);
    QCOMPARE(leftOut, 200);
}

void tst_RecipientAssembler::longLineOfAddressesIsExaminedOnce()
{
    // One line naming 20,000 addresses: each address looked up its line's start and matched the
    // header pattern from there (7-11 s for 40,000). Each line is examined once, whatever the
    // number of addresses on it (bench_scaling times it).
    MessageReader::Message message;
    RecipientAssembler::Input in;
    in.message = &message;
    in.text = u"Delivery failed.\nThe following recipients failed: "_s;
    for (int i = 0; i < 20000; ++i)
        in.text += u"user%1@example.net "_s.arg(i);
    in.text += u"\nEnd of the notice.\n"_s;
    qsizetype leftOut = 0;
    qint64 examined = 0;
    const QStringList found = RecipientAssembler::textRecipients(in, &leftOut, &examined);
    QCOMPARE(found.size(), 1000);
    QCOMPARE(leftOut, 19000);
    QVERIFY2(examined >= 1 && examined <= in.text.count(u'\n') + 1,
             qPrintable(QString::number(examined)));
}

QTEST_GUILESS_MAIN(tst_RecipientAssembler)
#include "tst_recipientassembler.moc"
