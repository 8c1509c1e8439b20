// Hostile bounces (issue 25), GUI-free: memory bounded before GMime parses, every limit said
// (JSON "notes" codes), addresses checked, CSV cells that cannot run, exports that replace only
// regular files. The inputs are generated here (the shapes of tests/bench/gen_hostile.py, at
// sizes that keep this test to a few seconds and a few hundred MB).
#include "codes/codetable.h"
#include "common/safefile.h"
#include "decoder/addresses.h"
#include "decoder/bouncedecoder.h"
#include "mailbox/mailboxexport.h"
#include "mailbox/suppressionlist.h"
#include "report/notetext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kHead = "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\n"
                         "To: sender@example.com\nSubject: Undelivered Mail Returned to Sender\n";

QByteArray repeated(const QByteArray &unit, qsizetype bytes)
{
    return unit.repeated(std::max<qsizetype>(1, bytes / unit.size()));
}

QByteArray multipart(const QByteArray &filler)
{
    return kHead
           + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"B\"\n\n--B\n"
             "Content-Type: text/plain\n\n<u@example.org>: 550 5.1.1 user unknown\n"
           + filler + "--B--\n";
}

QByteArray textNotice(int n, const QByteArray &style)
{
    QByteArray text = kHead
                      + "\nThis is the mail system at host mx.example.net.\n\n"
                        "I'm sorry to have to inform you that your message could not\n"
                        "be delivered to one or more recipients.\n\n";
    for (int i = 0; i < n; ++i) {
        const QByteArray a = "u" + QByteArray::number(i) + "@example.org";
        if (style == "exim")
            text += "  " + a + "\n    SMTP error from remote mail server after RCPT TO:<" + a
                    + ">:\n    550 5.1.1 User unknown\n";
        else if (style == "qmail")
            text += "<" + a
                    + ">:\n192.0.2.1 does not like recipient.\n"
                      "Remote host said: 550 5.1.1 User unknown\n\n";
        else
            text += "<" + a
                    + ">: host mx.example.org said: 550 5.1.1 User unknown (in reply "
                      "to RCPT TO command)\n";
    }
    return text;
}

QByteArray dsn(const QByteArray &groups)
{
    return kHead
           + "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; "
             "boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\nDelivery failed.\n\n--B\n"
             "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
           + groups + "\n--B--\n";
}

QStringList noteCodes(const DecodeNotes &notes)
{
    QStringList list;
    for (const DecodeNote &note : notes)
        list << note.code;
    return list;
}

QStringList codes(const DecodeResult &r)
{
    QStringList list;
    for (const LimitNote &note : r.notes)
        list << note.code;
    return list;
}

// Peak resident memory of this process in KB (VmHWM), after resetting it.
bool resetPeak()
{
    QFile f(u"/proc/self/clear_refs"_s);
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

qint64 peakKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class tst_HostileInputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void memoryBoundedBeforeParsing_data();
    void memoryBoundedBeforeParsing();
    void textNoticeRecipientsUpToTheLimit_data();
    void textNoticeRecipientsUpToTheLimit();
    void textNoticePastTheLimitSaysHowMany();
    void reportGroupsCountedPastTheLimit();
    void failedRecipientsHeaderPastTheLimit();
    void textPartOverTheLimitIsSaid();
    void mimePartsAndDepthPastTheLimitCounted();
    void quotedPrintableNulsStripped();
    void foldedHeaderBlockIsHeaders();
    void mailboxes_data();
    void mailboxes();
    void notAnAddressKeptWithANote();
    void csvCellsNeverFormulas_data();
    void csvCellsNeverFormulas();
    void exportsReplaceOnlyRegularFiles();

private:
    std::optional<CodeTable> m_table;
    std::optional<BounceDecoder> m_decoder;
};

void tst_HostileInputs::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table.has_value(), qPrintable(error));
    m_decoder.emplace(*m_table);
}

void tst_HostileInputs::memoryBoundedBeforeParsing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("code");
    // Each took 1.2 to 1.5 GB before the pre-scan (4 MB here; 63 MB needed about 18 GB).
    constexpr qsizetype kSize = 4 * 1024 * 1024;
    QTest::newRow("empty parts") << multipart(repeated("--B\n\n", kSize)) << u"mime-parts-cut"_s;
    QTest::newRow("parts with a header")
        << multipart(repeated("--B\nX-A: 1\n\n", kSize)) << u"mime-parts-cut"_s;
    QTest::newRow("Content-Type parameters")
        << kHead + "MIME-Version: 1.0\nContent-Type: text/plain" + repeated("; a=b", kSize)
               + "\n\n<u@example.org>: 550 5.1.1 user unknown\n"
        << u"header-lines-cut"_s;
    QTest::newRow("To: groups") << "From: a@example.net\nTo: " + repeated("g:;,", kSize)
                                       + "\nSubject: x\n\n<u@example.org>: 550 5.1.1 unknown\n"
                                << u"header-lines-cut"_s;
    QTest::newRow("header lines") << kHead + repeated("X-H: v\n", kSize)
                                         + "\n<u@example.org>: 550 5.1.1 user unknown\n"
                                  << u"header-lines-cut"_s;
}

void tst_HostileInputs::memoryBoundedBeforeParsing()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, code);
    const bool measured = resetPeak();
    const qint64 before = peakKb();
    const DecodeResult r = m_decoder->decode(input);
    QVERIFY2(codes(r).contains(code), qPrintable(codes(r).join(u' ')));
    QCOMPARE(r.recipients.size(), 1); // the notice before the cut is still read
    if (!measured || before < 0)
        QSKIP("peak memory cannot be reset here (/proc/self/clear_refs)");
    const qint64 grown = peakKb() - before;
    QVERIFY2(grown < 200 * 1024, qPrintable(u"peak grew by %1 MB"_s.arg(grown / 1024)));
}

void tst_HostileInputs::textNoticeRecipientsUpToTheLimit_data()
{
    QTest::addColumn<QByteArray>("style");
    QTest::addColumn<int>("count");
    // Were: 501 -> 1, Exim above 250 -> 250, qmail above 500 -> 500, without a note.
    QTest::newRow("postfix 501") << QByteArray("postfix") << 501;
    QTest::newRow("postfix 1000") << QByteArray("postfix") << 1000;
    QTest::newRow("exim 600") << QByteArray("exim") << 600;
    QTest::newRow("qmail 700") << QByteArray("qmail") << 700;
}

void tst_HostileInputs::textNoticeRecipientsUpToTheLimit()
{
    QFETCH(QByteArray, style);
    QFETCH(int, count);
    const DecodeResult r = m_decoder->decode(textNotice(count, style));
    QCOMPARE(r.recipients.size(), count);
    QCOMPARE(r.recipients.first().recipient, u"u0@example.org"_s);
    QCOMPARE(r.recipients.last().recipient, u"u%1@example.org"_s.arg(count - 1));
    QCOMPARE(r.recipients.last().replyCode, 550);
    QVERIFY(r.notes.isEmpty());
}

void tst_HostileInputs::textNoticePastTheLimitSaysHowMany()
{
    // Exim names each address twice (heading and RCPT TO): counted once.
    for (const auto &[n, style] : {std::pair{1200, "postfix"}, std::pair{3000, "exim"}}) {
        const DecodeResult r = m_decoder->decode(textNotice(n, style));
        QCOMPARE(r.recipients.size(), 1000);
        QCOMPARE(r.recipients.first().recipient, u"u0@example.org"_s);
        QCOMPARE(codes(r), QStringList{u"recipients-cut"_s});
        QCOMPARE(r.notes.first().args, (QStringList{u"1000"_s, QString::number(n - 1000)}));
    }
}

void tst_HostileInputs::reportGroupsCountedPastTheLimit()
{
    // 12,000 groups: was "9000 more were left out" (the parser kept 10,000).
    QByteArray groups;
    for (int i = 0; i < 12000; ++i)
        groups += "Final-Recipient: rfc822; u" + QByteArray::number(i)
                  + "@example.org\nAction: failed\nStatus: 5.1.1\n\n";
    const DecodeResult r = m_decoder->decode(dsn(groups));
    QCOMPARE(r.recipients.size(), 1000);
    QCOMPARE(codes(r), QStringList{u"recipients-cut"_s});
    QCOMPARE(r.notes.first().args, (QStringList{u"1000"_s, u"11000"_s}));
}

void tst_HostileInputs::failedRecipientsHeaderPastTheLimit()
{
    QByteArray list;
    for (int i = 0; i < 1500; ++i)
        list += (i ? ", u" : "u") + QByteArray::number(i) + "@example.org";
    const DecodeResult r
        = m_decoder->decode(kHead + "X-Failed-Recipients: " + list + "\n\n550 5.1.1 unknown\n");
    QCOMPARE(r.recipients.size(), 1000);
    QVERIFY2(codes(r).contains(u"failed-recipients-header-cut"_s), qPrintable(codes(r).join(u' ')));
}

void tst_HostileInputs::textPartOverTheLimitIsSaid()
{
    QByteArray input = kHead + "MIME-Version: 1.0\nContent-Type: text/plain\n\n"
                       + repeated("filler text of a long notice\n", 9 * 1024 * 1024)
                       + "<u@example.org>: 550 5.1.1 user unknown\n";
    const DecodeResult r = m_decoder->decode(input);
    QVERIFY2(codes(r).contains(u"text-part-cut"_s), qPrintable(codes(r).join(u' ')));
    QCOMPARE(r.notes.first().args.value(1), u"8.0"_s); // MB read of the part
}

void tst_HostileInputs::mimePartsAndDepthPastTheLimitCounted()
{
    // 2,500 parts and their multipart (2,501, under the pre-scan's cut): 2,000 read, the
    // others counted.
    const DecodeResult parts
        = m_decoder->decode(multipart(QByteArray("--B\n\nx\n").repeated(2499)));
    QCOMPARE(codes(parts), QStringList{u"mime-parts-cut"_s});
    QCOMPARE(parts.notes.first().args, (QStringList{u"2000"_s, u"501"_s}));
    // 40 nested multiparts: the parts below depth 32 are skipped, and counted.
    QByteArray nested = kHead + "MIME-Version: 1.0\n";
    for (int i = 0; i < 40; ++i)
        nested += "Content-Type: multipart/mixed; boundary=\"L" + QByteArray::number(i)
                  + "\"\n\n--L" + QByteArray::number(i) + "\n";
    nested += "Content-Type: text/plain\n\n<u@example.org>: 550 5.1.1 user unknown\n";
    const DecodeResult deep = m_decoder->decode(nested);
    QVERIFY2(codes(deep).contains(u"mime-depth-cut"_s), qPrintable(codes(deep).join(u' ')));
}

void tst_HostileInputs::quotedPrintableNulsStripped()
{
    // 100 encoded NULs after the notice: the bounce was refused as damaged, 0 recipients.
    const DecodeResult r = m_decoder->decode(
        kHead
        + "MIME-Version: 1.0\nContent-Type: text/plain\nContent-Transfer-Encoding: "
          "quoted-printable\n\n<u@example.org>: 550 5.1.1 User unknown\n"
        + QByteArray("=00").repeated(100) + "\n");
    QVERIFY2(r.errorCode == ErrorCode::None, qPrintable(NoteText::error(r)));
    QCOMPARE(r.recipients.size(), 1);
    QCOMPARE(r.recipients.first().replyCode, 550);
    QVERIFY(noteCodes(r.recognised).contains(u"nul-removed"_s));
}

void tst_HostileInputs::foldedHeaderBlockIsHeaders()
{
    // 5,000 folded lines before the first known field: was "read as text without headers".
    const DecodeResult r = m_decoder->decode("X-Folded: a\n" + repeated(" b\n", 15000)
                                             + "From: MAILER-DAEMON@mx.example.net\n"
                                               "Subject: Undelivered Mail\n\n"
                                               "<u@example.org>: 550 5.1.1 User unknown\n");
    QVERIFY(!noteCodes(r.recognised).contains(u"no-headers"_s));
    QCOMPARE(r.recipients.size(), 1);
}

void tst_HostileInputs::mailboxes_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"user@example.com"_s << true;
    QTest::newRow("dots, plus") << u"first.last+tag@mail.example.co.uk"_s << true;
    QTest::newRow("formula-like atext") << u"=cmd|'x'!A0@example.com"_s << true;
    QTest::newRow("quoted") << u"\"a b\"@example.com"_s << true;
    QTest::newRow("IDN") << u"用户@例子.广告"_s << true;
    QTest::newRow("ACE") << u"user@xn--fsqu00a.xn--3lr804guic"_s << true;
    QTest::newRow("literal") << u"user@[192.0.2.1]"_s << true;
    QTest::newRow("markup domain") << u"a b@<img src=/dev/zero alt=x.y>"_s << false;
    QTest::newRow("markup local") << u"<img src=/dev/zero>x@example.com"_s << false;
    QTest::newRow("space") << u"a b@example.com"_s << false;
    QTest::newRow("ESC in quotes") << u"\"\x1b]0;pwned\x07\"@example.com"_s << false;
    QTest::newRow("no domain") << u"user@"_s << false;
    QTest::newRow("no at") << u"user.example.com"_s << false;
    QTest::newRow("double dot") << u"a..b@example.com"_s << false;
    QTest::newRow("label hyphen") << u"a@-example.com"_s << false;
    QTest::newRow("too long") << QString(250, u'a') + u"@example.com"_s << false;
    QTest::newRow("nested tables") << u"x@<table><tr><td>.example"_s << false;
}

void tst_HostileInputs::mailboxes()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(isMailbox(address), valid);
}

void tst_HostileInputs::notAnAddressKeptWithANote()
{
    const DecodeResult r = m_decoder->decode(dsn("Final-Recipient: rfc822; a b@<img src=/dev/zero "
                                                 "alt=x.y>\nAction: failed\nStatus: 5.1.1\n\n"
                                                 "Final-Recipient: rfc822; good@example.org\n"
                                                 "Action: failed\nStatus: 5.1.1\n"));
    QCOMPARE(r.recipients.size(), 2);
    QCOMPARE(r.recipients.first().recipient, u"a b@<img src=/dev/zero alt=x.y>"_s);
    QCOMPARE(codes(r), QStringList{u"not-an-address"_s});
    QCOMPARE(SuppressionList::text(*m_table, MailboxExport::records(r)), u"good@example.org\n"_s);
    // The CSV says it too, on each row of the message (column "notes").
    const int notes = int(MailboxExport::csvColumns().indexOf(u"notes"_s));
    QVERIFY(notes >= 0);
    for (const MailboxExport::Record &record : MailboxExport::records(r)) {
        const QStringList fields = MailboxExport::csvFields(*m_table, u"en"_s, record);
        QCOMPARE(fields.at(notes), NoteText::message(r.notes.first()));
    }
}

void tst_HostileInputs::csvCellsNeverFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("=") << uR"csv(=HYPERLINK("http://evil.example/","x"))csv"_s
                       << uR"csv("'=HYPERLINK(""http://evil.example/"",""x"")")csv"_s;
    QTest::newRow("+") << u"+1+2"_s << u"'+1+2"_s;
    QTest::newRow("-") << u"-2+3+cmd|'/Ccalc'!A0@example.com"_s
                       << u"'-2+3+cmd|'/Ccalc'!A0@example.com"_s;
    QTest::newRow("@") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("CR") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("plain") << u"user@example.com"_s << u"user@example.com"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_HostileInputs::csvCellsNeverFormulas()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(MailboxExport::csvCell(cell), written);
}

void tst_HostileInputs::exportsReplaceOnlyRegularFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A FIFO is refused, not replaced by a regular file.
    const QString fifo = dir.filePath(u"fifo.csv"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(!SafeFile::write(fifo, "x").isEmpty());
    struct stat st
    {};
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
    // A regular file is replaced; its permissions are kept.
    const QString file = dir.filePath(u"a.csv"_s);
    QVERIFY(SafeFile::write(file, "old").isEmpty());
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(SafeFile::write(file, "new").isEmpty());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("new"));
    QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    // A link stays a link; its target is replaced.
    const QString link = dir.filePath(u"link.csv"_s);
    QVERIFY(QFile::link(file, link));
    QVERIFY(SafeFile::write(link, "linked").isEmpty());
    QVERIFY(QFileInfo(link).isSymLink());
    f.close();
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("linked"));
    // A folder that does not exist: the cause is said, not "Unknown error".
    QCOMPARE(SafeFile::write(dir.filePath(u"none/a.csv"_s), "x"), SafeFile::errorText(ENOENT));
    QCOMPARE(SafeFile::errorText(ENOSPC), u"No space left on the device"_s);
    // /dev/full: a device, refused before anything is written.
    if (QFileInfo::exists(u"/dev/full"_s))
        QVERIFY(!SafeFile::write(u"/dev/full"_s, "x").isEmpty());
}

QTEST_GUILESS_MAIN(tst_HostileInputs)
#include "tst_hostileinputs.moc"
