// The suppression list users import (issue 20): only `suppress` addresses, only real mailboxes,
// de-duplicated by exact local part and lower-case domain; the console and the window give the
// same bytes; on the shared real bounces no fix-sending or retry address gets in.
#include "cli/decodecommand.h"
#include "codes/codetable.h"
#include "decoder/bouncedecoder.h"
#include "mailbox/mailboxexport.h"
#include "mailbox/suppressionlist.h"
#include "mailboxtestdata.h"
#include "report/verdict.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

namespace {

RecipientResult failed(const QString &address, int code, const QString &status, Reason reason,
                       const QString &date = {})
{
    RecipientResult r;
    r.recipient = address;
    r.replyCode = code;
    r.status = EnhancedStatus::fromString(status);
    r.temporary = code / 100 == 4;
    r.action = code / 100 == 4 ? Action::Delayed : Action::Failed;
    r.reason = reason;
    r.lastAttemptDate = date;
    return r;
}

} // namespace

class tst_SuppressionList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mailbox_data();
    void mailbox();
    void onlySuppressAndRealMailboxes();
    void deduplication();
    void retryPastDays();
    void csv();
    void consoleAndWindowGiveTheSameBytes();
    void ownMixedMailbox();
    void sharedBounces();

private:
    QList<MailboxExport::Record> records(const QList<DecodeResult> &results) const;
    std::optional<CodeTable> m_table;
};

void tst_SuppressionList::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
}

QList<MailboxExport::Record> tst_SuppressionList::records(const QList<DecodeResult> &results) const
{
    QList<MailboxExport::Record> list;
    for (const DecodeResult &r : results)
        list += MailboxExport::records(r);
    return list;
}

void tst_SuppressionList::mailbox_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("expected"); // empty: not a mailbox
    QTest::newRow("plain") << u"kijitora@example.com"_s << u"kijitora@example.com"_s;
    QTest::newRow("domain case") << u"Kijitora@EXAMPLE.Com"_s << u"Kijitora@example.com"_s;
    QTest::newRow("angle brackets") << u"<neko@example.org>"_s << u"neko@example.org"_s;
    QTest::newRow("display name") << u"\"Neko, Kiji\" <neko@example.org>"_s
                                  << u"neko@example.org"_s;
    QTest::newRow("pipe command")
        << u"|/usr/local/nyaan/bin/neko kijitora@example.com /home/nyaan/.neko"_s << QString();
    QTest::newRow("pipe, no space") << u"|/usr/bin/procmail@example.com"_s << QString();
    QTest::newRow("file path") << u"/var/mail/neko@example.com"_s << QString();
    QTest::newRow("lower-cased encoded word")
        << u"=?utf-8?b?8j+qipcfkig=?=@example.org"_s << QString();
    QTest::newRow("encoded word") << u"=?utf-8?B?8J+QiPCfkIg=?=@example.org"_s
                                  << u"\U0001F408\U0001F408@example.org"_s;
    QTest::newRow("q encoded word")
        << u"=?us-ascii?Q?neko?=@example.org"_s << u"neko@example.org"_s;
    QTest::newRow("unknown charset") << u"=?x-nosuch?B?bmVrbw==?=@example.org"_s << QString();
    QTest::newRow("IDN") << u"neko@B\u00fccher.example"_s << u"neko@b\u00fccher.example"_s;
    QTest::newRow("IDN in ASCII") << u"neko@xn--bcher-kva.example"_s
                                  << u"neko@b\u00fccher.example"_s;
    QTest::newRow("UTF-8 local part")
        << u"\u5f20\u4f1f@example.cn"_s << u"\u5f20\u4f1f@example.cn"_s;
    QTest::newRow("debris") << u"kijitora@example.com (user unknown)"_s << QString();
    QTest::newRow("two ats") << u"a@b@example.com"_s << QString();
    QTest::newRow("single label") << u"root@localhost"_s << QString();
    QTest::newRow("address literal") << u"neko@[192.0.2.1]"_s << QString();
    QTest::newRow("numeric tld") << u"neko@192.0.2.1"_s << QString();
    QTest::newRow("double dot") << u"ki..jitora@example.com"_s << QString();
    QTest::newRow("quoted local part") << u"\"ki jitora\"@example.com"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("long local part") << QString(65, u'a') + u"@example.com"_s << QString();
}

void tst_SuppressionList::mailbox()
{
    QFETCH(QString, recipient);
    QFETCH(QString, expected);
    const std::optional<QString> m = SuppressionList::mailbox(recipient);
    QCOMPARE(m.value_or(QString()), expected);
}

void tst_SuppressionList::onlySuppressAndRealMailboxes()
{
    DecodeResult m;
    m.source = u"box.mbox#1"_s;
    m.recipients << failed(u"gone@example.com"_s, 550, u"5.1.1"_s, Reason::UserUnknown)
                 << failed(u"full@example.com"_s, 452, u"4.2.2"_s, Reason::MailboxFull)
                 << failed(u"dmarc@gmail.com"_s, 550, u"5.7.26"_s, Reason::AuthFailure)
                 << failed(u"spam@example.com"_s, 550, u"5.7.1"_s, Reason::SpamDetected)
                 << failed(u"what@example.com"_s, 550, QString(), Reason::Undefined)
                 << failed(u"nodomain@nxdomain.example"_s, 550, u"5.1.2"_s, Reason::HostUnknown)
                 << failed(u"|/usr/local/bin/x a@b"_s, 550, u"5.1.1"_s, Reason::UserUnknown)
                 << failed(u"=?utf-8?b?8j+qipcfkig=?=@example.org"_s, 550, u"5.1.1"_s,
                           Reason::UserUnknown);
    SuppressionList list;
    list.add(*m_table, MailboxExport::records(m));
    QCOMPARE(list.text(), u"gone@example.com\nnodomain@nxdomain.example\n"_s);
    QCOMPARE(list.notMailboxes(), 2);
}

void tst_SuppressionList::deduplication()
{
    DecodeResult m;
    m.recipients << failed(u"Neko@Example.COM"_s, 550, u"5.1.1"_s, Reason::UserUnknown)
                 << failed(u"Neko@example.com"_s, 550, u"5.1.1"_s, Reason::UserUnknown)
                 << failed(u"neko@example.com"_s, 550, u"5.1.1"_s, Reason::UserUnknown)
                 // One bounce says fix-sending: the address stays off the list.
                 << failed(u"mixed@example.com"_s, 550, u"5.1.1"_s, Reason::UserUnknown)
                 << failed(u"MIXED@example.com"_s, 550, u"5.1.1"_s, Reason::UserUnknown)
                 << failed(u"mixed@EXAMPLE.com"_s, 550, u"5.7.26"_s, Reason::AuthFailure);
    SuppressionList list;
    list.add(*m_table, MailboxExport::records(m));
    QCOMPARE(list.addresses(),
             (QStringList{u"MIXED@example.com"_s, u"Neko@example.com"_s, u"neko@example.com"_s}));
}

void tst_SuppressionList::retryPastDays()
{
    DecodeResult m;
    m.recipients << failed(u"full@example.com"_s, 452, u"4.2.2"_s, Reason::MailboxFull,
                           u"Mon, 02 Nov 2026 10:00:00 +0000"_s)
                 << failed(u"full@example.com"_s, 452, u"4.2.2"_s, Reason::MailboxFull,
                           u"Mon, 30 Nov 2026 10:00:00 +0000"_s)
                 << failed(u"brief@example.com"_s, 452, u"4.2.2"_s, Reason::MailboxFull,
                           u"Mon, 30 Nov 2026 10:00:00 +0000"_s)
                 << failed(u"dmarc@example.com"_s, 421, u"4.7.26"_s, Reason::AuthFailure,
                           u"Mon, 02 Nov 2026 10:00:00 +0000"_s)
                 << failed(u"dmarc@example.com"_s, 421, u"4.7.26"_s, Reason::AuthFailure,
                           u"Mon, 30 Nov 2026 10:00:00 +0000"_s);
    SuppressionList list;
    list.add(*m_table, MailboxExport::records(m));
    QCOMPARE(list.text(), QString()); // off by default
    QCOMPARE(list.text(28), u"full@example.com\n"_s);
    QCOMPARE(list.text(29), QString());
    QCOMPARE(list.text(0), u"brief@example.com\nfull@example.com\n"_s);
}

void tst_SuppressionList::csv()
{
    DecodeResult m;
    m.source = u"/mail/box.mbox#7"_s;
    m.recipients << failed(u"gone@example.com"_s, 550, u"5.1.1"_s, Reason::UserUnknown,
                           u"Mon, 30 Nov 2026 10:00:00 +0000"_s);
    m.recipients[0].entryIndex = m_table->indexOf(u"gmail-41"_s);
    SuppressionList list;
    list.add(*m_table, MailboxExport::records(m));
    QCOMPARE(list.csv(), u"address,reason,entry,date,file\r\n"
                         "gone@example.com,userunknown,gmail-41,2026-11-30T10:00:00Z,"
                         "/mail/box.mbox#7\r\n"_s);
}

void tst_SuppressionList::consoleAndWindowGiveTheSameBytes()
{
    using namespace MailboxTestData;
    QTemporaryDir dir;
    const QString box = dir.filePath(u"mixed.mbox"_s);
    QVERIFY(write(box,
                  mbox({bounce(u"gone@example.com"_s, QString::fromLatin1(permanentReply())),
                        bounce(u"full@example.com"_s, QString::fromLatin1(temporaryReply())),
                        bounce(u"dmarc@gmail.com"_s,
                               u"550-5.7.26 Unauthenticated email from example.com is not accepted "
                               "due to domain's DMARC policy. - gsmtp"_s),
                        bounce(u"Gone@Example.com"_s, QString::fromLatin1(permanentReply()))})));
    QString console, err;
    QTextStream os(&console), es(&err);
    QCOMPARE(
        DecodeCommand::run(*m_table, {u"decode"_s, u"--suppression-list"_s, box}, u"en"_s, os, es),
        0);
    // The window: the mailbox's messages decoded, their records given to SuppressionList.
    QFile f(box);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<DecodeResult> results = BounceDecoder(*m_table).decodeAll(f.readAll());
    QCOMPARE(SuppressionList::text(*m_table, records(results)), console);
    QCOMPARE(console, u"Gone@example.com\ngone@example.com\n"_s);

    QString csvOut;
    QTextStream cs(&csvOut);
    QCOMPARE(DecodeCommand::run(
                 *m_table, {u"decode"_s, u"--suppression-list"_s, u"--format"_s, u"csv"_s, box},
                 u"en"_s, cs, es),
             0);
    QVERIFY(csvOut.startsWith(QChar(0xFEFF) + u"address,reason,entry,date,file\r\n"_s));
    QCOMPARE(csvOut.count(u"\r\n"_s), 3);

    QString usage;
    QTextStream us(&usage);
    QCOMPARE(DecodeCommand::run(*m_table, {u"decode"_s, u"--suppression-retry-days"_s, u"3"_s, box},
                                u"en"_s, us, es),
             64); // EX_USAGE
    QCOMPARE(DecodeCommand::run(*m_table,
                                {u"decode"_s, u"--suppression-list"_s,
                                 u"--suppression-retry-days"_s, u"-1"_s, box},
                                u"en"_s, us, es),
             64); // EX_USAGE
}

void tst_SuppressionList::ownMixedMailbox()
{
    // tests/data/actions/mixed-causes.mbox: user unknown (twice, two spellings), inactive,
    // no such domain, mailbox full (retry), DMARC, PTR, spam, SPF (fix-sending), a system error
    // (review).
    QFile f(QFINDTESTDATA("data/actions/mixed-causes.mbox"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<DecodeResult> results = BounceDecoder(*m_table).decodeAll(f.readAll());
    QCOMPARE(results.size(), 12);
    QCOMPARE(SuppressionList::text(*m_table, records(results)),
             u"Amira.Haddad@gmail.com\namira.haddad@gmail.com\n"
             "noone@nonexistent-domain.example\ntomas.novak@gmail.com\n"_s);
}

void tst_SuppressionList::sharedBounces()
{
    // The shared real bounces (68 + 287) as one mbox: every line a mailbox, none that any of
    // its bounces says retry, fix-sending or review.
    const QString shared = QStringLiteral(BOUNCELENS_SHARED_DIR) + u"/bounces"_s;
    QList<QByteArray> messages;
    for (const QString &sub : {u"/emails"_s, u"/wide/emails"_s}) {
        const QDir d(shared + sub);
        for (const QString &name : d.entryList(QDir::Files, QDir::Name)) {
            QFile f(d.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                messages << f.readAll().replace("\r\n", "\n");
        }
    }
    if (messages.size() < 300)
        QSKIP("../shared/bounces is not here");
    const QList<DecodeResult> results
        = BounceDecoder(*m_table).decodeAll(MailboxTestData::mbox(messages));
    QVERIFY(results.size() >= messages.size());
    const QStringList list
        = SuppressionList::text(*m_table, records(results)).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(list.size() > 20);
    QSet<QString> other;
    for (const DecodeResult &m : results) {
        for (const RecipientResult &r : m.recipients) {
            if (Verdict::addressAction(*m_table, r).action != AddressAction::Suppress)
                other.insert(SuppressionList::mailbox(r.recipient).value_or(r.recipient));
        }
    }
    static const QRegularExpression address(uR"(^[^\s|/"<>@]+@(?:[\w-]+\.)+[\w-]+$)"_s,
                                            QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &line : list) {
        QVERIFY2(address.match(line).hasMatch(), qPrintable(line));
        QVERIFY2(SuppressionList::mailbox(line) == line, qPrintable(line));
        QVERIFY2(!other.contains(line), qPrintable(line));
        QVERIFY2(!line.contains(u"=?"_s), qPrintable(line));
    }
    QCOMPARE(QSet<QString>(list.begin(), list.end()).size(), list.size());
}

QTEST_GUILESS_MAIN(tst_SuppressionList)
#include "tst_suppressionlist.moc"
