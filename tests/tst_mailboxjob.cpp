// MailboxJob: a whole mailbox decoded off the calling thread, in batches, in order; folders,
// several files, mbox offsets that read each message back; cancel keeps what was delivered.
#include "cli/decodecommand.h"
#include "codes/codetable.h"
#include "decoder/bouncedecoder.h"
#include "input/messagefiles.h"
#include "mailbox/mailboxjob.h"
#include "mailboxtestdata.h"
#include "report/notetext.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <optional>

#include <sys/stat.h>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;
using namespace MailboxTestData;

class tst_MailboxJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mboxGivesEveryMessageInOrder();
    void offsetsReadEachMessageBack();
    void folderIsWalkedRecursively();
    void maildir();
    void severalFilesAndMissingOnes();
    void bigMboxIsReadInBlocks();
    void cancelStopsAndKeepsRows();
    void holdsSeveralMessages();
    void maildirTmpLeftOutAsTheConsoleDoes();
    void fifoRefusedWithoutBlocking();
    void tooBigMboxRefusedAsTheConsoleDoes();

private:
    struct Run
    {
        QStringList files;
        QList<MailboxMessage> messages;
        int batches = 0;
        bool cancelled = false;
        qint64 done = 0, total = 0, bytesDone = 0, bytesTotal = 0;
    };
    Run decode(const QStringList &paths, int batchSize = 256);

    std::optional<CodeTable> m_table;
    QTemporaryDir m_dir;
};

void tst_MailboxJob::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
    QVERIFY(m_dir.isValid());
}

tst_MailboxJob::Run tst_MailboxJob::decode(const QStringList &paths, int batchSize)
{
    Run run;
    MailboxJob job(*m_table);
    job.setBatchSize(batchSize);
    connect(&job, &MailboxJob::filesListed, this, [&](const QStringList &f) { run.files = f; });
    connect(&job, &MailboxJob::messagesReady, this, [&](const QList<MailboxMessage> &batch) {
        run.messages += batch;
        ++run.batches;
    });
    connect(&job, &MailboxJob::progress, this, [&](qint64 d, qint64 t, qint64 bd, qint64 bt) {
        run.done = d, run.total = t, run.bytesDone = bd, run.bytesTotal = bt;
    });
    QSignalSpy finished(&job, &MailboxJob::finished);
    job.start(paths);
    if (!finished.wait(120000))
        qWarning("the job did not finish");
    run.cancelled = !finished.isEmpty() && finished.first().first().toBool();
    return run;
}

void tst_MailboxJob::mboxGivesEveryMessageInOrder()
{
    const QString path = QFINDTESTDATA("data/bounces/three-bounces.mbox");
    const Run run = decode({path});
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<DecodeResult> expected = BounceDecoder(*m_table).decodeAll(f.readAll());
    QCOMPARE(run.messages.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const MailboxMessage &m = run.messages.at(i);
        QCOMPARE(m.number, i + 1);
        QCOMPARE(m.result.source, path + u"#"_s + QString::number(i + 1));
        QCOMPARE(m.result.recipients.size(), expected.at(i).recipients.size());
        for (int r = 0; r < expected.at(i).recipients.size(); ++r) {
            QCOMPARE(m.result.recipients.at(r).recipient,
                     expected.at(i).recipients.at(r).recipient);
            QCOMPARE(m.result.recipients.at(r).status, expected.at(i).recipients.at(r).status);
            // Spans point into the file, as the console's.
            QCOMPARE(m.result.recipients.at(r).spans, expected.at(i).recipients.at(r).spans);
        }
    }
    QCOMPARE(run.files, QStringList{path});
    QCOMPARE(run.done, 3);
    QCOMPARE(run.total, 3);
    QCOMPARE(run.bytesDone, QFileInfo(path).size());
    QVERIFY(!run.cancelled);
}

void tst_MailboxJob::offsetsReadEachMessageBack()
{
    QList<QByteArray> messages;
    for (int i = 0; i < 40; ++i)
        messages << bounce(u"r%1@example.com"_s.arg(i), QString::fromLatin1(permanentReply()));
    messages[7] += "From the body: a line that an mbox quotes\n";
    const QString path = m_dir.filePath(u"offsets.mbox"_s);
    QVERIFY(write(path, mbox(messages)));
    const Run run = decode({path}, 8);
    QCOMPARE(run.messages.size(), 40);
    QVERIFY(run.batches >= 5); // batches of 8 (and the last block's)
    for (int i = 0; i < 40; ++i) {
        const MailboxMessage &m = run.messages.at(i);
        QByteArray stored = messages.at(i);
        stored.replace("\nFrom ", "\n>From ");
        // The file's bytes of the message (with the mbox's quoting) and its blank line.
        const QByteArray read = MailboxJob::readMessage(path, m.offset, m.length, 1 << 20);
        QCOMPARE(read.trimmed(), stored.trimmed());
        QCOMPARE(m.result.recipients.value(0).recipient, u"r%1@example.com"_s.arg(i));
        // The reply lines' span lies inside the message.
        const auto spans = m.result.recipients.value(0).spans;
        QVERIFY(!spans.isEmpty());
        QVERIFY(spans.first().first >= m.offset);
        QVERIFY(spans.first().first + spans.first().second <= m.offset + m.length);
    }
}

void tst_MailboxJob::folderIsWalkedRecursively()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"sub/deeper"_s));
    QVERIFY(write(dir.filePath(u"a.eml"_s),
                  bounce(u"a@example.com"_s, QString::fromLatin1(permanentReply()))));
    QVERIFY(write(dir.filePath(u"sub/b.eml"_s),
                  bounce(u"b@example.org"_s, QString::fromLatin1(temporaryReply()))));
    QVERIFY(write(dir.filePath(u"sub/deeper/c.mbox"_s),
                  mbox({bounce(u"c1@example.net"_s, QString::fromLatin1(permanentReply())),
                        bounce(u"c2@example.net"_s, QString::fromLatin1(permanentReply()))})));
    const Run run = decode({dir.path()});
    QStringList recipients;
    for (const MailboxMessage &m : run.messages)
        recipients << m.result.recipients.value(0).recipient;
    QCOMPARE(recipients, (QStringList{u"a@example.com"_s, u"b@example.org"_s, u"c1@example.net"_s,
                                      u"c2@example.net"_s}));
    QCOMPARE(run.files.size(), 3);
    QCOMPARE(run.messages.at(0).number, 0);
    QCOMPARE(run.messages.at(3).number, 2);
    QCOMPARE(run.done, 4);
    QCOMPARE(run.total, 4);
}

void tst_MailboxJob::maildir()
{
    // Maildir: cur/ and new/ hold one message per file, named without an extension.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"cur"_s) && QDir(dir.path()).mkpath(u"new"_s)
            && QDir(dir.path()).mkpath(u"tmp"_s));
    QVERIFY(write(dir.filePath(u"cur/1700000000.M1P2.mx:2,S"_s),
                  bounce(u"m1@example.com"_s, QString::fromLatin1(permanentReply()))));
    QVERIFY(write(dir.filePath(u"new/1700000001.M3P4.mx"_s),
                  bounce(u"m2@example.com"_s, QString::fromLatin1(temporaryReply()))));
    QVERIFY(write(dir.filePath(u"dovecot-uidlist"_s), "3 V1700000000 N3\n1 1700000000.M1P2.mx\n"));
    const Run run = decode({dir.path()});
    QStringList recipients;
    for (const MailboxMessage &m : run.messages)
        recipients << m.result.recipients.value(0).recipient;
    QCOMPARE(recipients, (QStringList{u"m1@example.com"_s, u"m2@example.com"_s}));
}

void tst_MailboxJob::severalFilesAndMissingOnes()
{
    QTemporaryDir empty;
    const QString one = QFINDTESTDATA("data/bounces/postfix-two-recipients.eml");
    const Run run = decode({one, u"/nonexistent/x.eml"_s, empty.path()});
    // Nothing is dropped in silence: the missing file and the empty folder are rows too.
    QCOMPARE(run.messages.size(), 3);
    int errors = 0;
    for (const MailboxMessage &m : run.messages)
        errors += m.result.errorCode == ErrorCode::None ? 0 : 1;
    QCOMPARE(errors, 2);
    bool twoRecipients = false;
    for (const MailboxMessage &m : run.messages)
        twoRecipients = twoRecipients || m.result.recipients.size() == 2;
    QVERIFY(twoRecipients);
}

void tst_MailboxJob::bigMboxIsReadInBlocks()
{
    // More than one 4 MB block: messages cut at block ends are decoded whole.
    const QString path = m_dir.filePath(u"big.mbox"_s);
    QByteArray box;
    QList<QByteArray> messages;
    const QByteArray padding = "X-Padding: " + QByteArray(2000, 'p') + "\n";
    for (int i = 0; i < 4000; ++i) {
        QByteArray m = bounce(u"big%1@example.com"_s.arg(i), QString::fromLatin1(permanentReply()));
        m.insert(m.indexOf("Subject:"), padding);
        messages << m;
    }
    box = mbox(messages);
    QVERIFY(box.size() > 8 * 1024 * 1024);
    QVERIFY(write(path, box));
    const Run run = decode({path});
    QCOMPARE(run.messages.size(), 4000);
    for (int i = 0; i < 4000; i += 97)
        QCOMPARE(run.messages.at(i).result.recipients.value(0).recipient,
                 u"big%1@example.com"_s.arg(i));
    QCOMPARE(run.messages.last().number, 4000);
    QCOMPARE(run.total, 4000);
}

void tst_MailboxJob::cancelStopsAndKeepsRows()
{
    const QString path = m_dir.filePath(u"cancel.mbox"_s);
    QVERIFY(write(path, syntheticMbox(6000, 6000)));
    MailboxJob job(*m_table);
    job.setBatchSize(64);
    int batches = 0, batchesAfterCancel = 0;
    qsizetype rows = 0;
    bool cancelled = false;
    connect(&job, &MailboxJob::messagesReady, this, [&](const QList<MailboxMessage> &batch) {
        rows += batch.size();
        ++batches;
        if (cancelled)
            ++batchesAfterCancel;
        if (batches == 2) {
            job.cancel();
            cancelled = true;
        }
    });
    QSignalSpy finished(&job, &MailboxJob::finished);
    job.start({path});
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), true);
    // Without timing: once cancelled, the worker finishes the window it is decoding at most
    // (and the batches it had already posted arrive); it does not go on through the mbox.
    QVERIFY2(rows < 6000 / 2, qPrintable(QString::number(rows)));
    QVERIFY(rows >= 128); // the rows so far stay
    QVERIFY2(batchesAfterCancel <= 20, qPrintable(QString::number(batchesAfterCancel)));
    QVERIFY(!job.isRunning());
    const qsizetype kept = rows;
    QTest::qWait(50);
    QCOMPARE(rows, kept); // nothing after finished
}

void tst_MailboxJob::holdsSeveralMessages()
{
    QVERIFY(MailboxJob::holdsSeveralMessages({QFINDTESTDATA("data/bounces/three-bounces.mbox")}));
    QVERIFY(MailboxJob::holdsSeveralMessages({m_dir.path()}));
    const QString eml = QFINDTESTDATA("data/bounces/postfix-two-recipients.eml");
    QVERIFY(!MailboxJob::holdsSeveralMessages({eml}));
    QVERIFY(MailboxJob::holdsSeveralMessages({eml, eml}));
}

void tst_MailboxJob::maildirTmpLeftOutAsTheConsoleDoes()
{
    // Issue 19: the window read a Maildir's tmp/ (deliveries in progress), the console did not.
    // Both walk with MessageWalk now: cur/ and new/ only.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"cur"_s) && QDir(dir.path()).mkpath(u"new"_s)
            && QDir(dir.path()).mkpath(u"tmp"_s));
    QVERIFY(write(dir.filePath(u"cur/1.M1.mx:2,S"_s),
                  bounce(u"m1@example.com"_s, QString::fromLatin1(permanentReply()))));
    QVERIFY(write(dir.filePath(u"tmp/2.M2.mx"_s),
                  bounce(u"m2@example.com"_s, QString::fromLatin1(permanentReply()))));
    const Run run = decode({dir.path()});
    QCOMPARE(run.files, QStringList{dir.filePath(u"cur/1.M1.mx:2,S"_s)});
    QCOMPARE(run.messages.size(), 1);

    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QCOMPARE(DecodeCommand::run(*m_table, {u"decode"_s, u"--json"_s, dir.path()}, u"en"_s,
                                outStream, errStream),
             0);
    outStream.flush();
    QCOMPARE(out.count(u'\n'), 1);
    QVERIFY(out.contains(u"m1@example.com"_s));
}

void tst_MailboxJob::fifoRefusedWithoutBlocking()
{
    // Issue 19: a FIFO given to the window blocked its worker in QFile::open (and the GUI when
    // the job was deleted). It is an error record now, with the console's words, at once.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString one = QFINDTESTDATA("data/bounces/postfix-two-recipients.eml");
    const Run run = decode({one, fifo});
    QCOMPARE(run.messages.size(), 2);
    QCOMPARE(run.messages.at(1).result.errorCode, ErrorCode::NotRegularFile);
    QCOMPARE(run.messages.at(1).result.errorCode, ErrorCode::NotRegularFile);
    QVERIFY(!MailboxJob::holdsSeveralMessages({fifo})); // the GUI thread's check never opens it
    // Inside a folder too.
    QVERIFY(write(dir.filePath(u"a.eml"_s),
                  bounce(u"m1@example.com"_s, QString::fromLatin1(permanentReply()))));
    const Run walked = decode({dir.path()});
    QCOMPARE(walked.messages.size(), 2);
    QCOMPARE(walked.messages.at(1).result.errorCode, ErrorCode::NotRegularFile);
}

void tst_MailboxJob::tooBigMboxRefusedAsTheConsoleDoes()
{
    // Issue 19: the window read a 70 MB mbox that the console refused. One limit for both
    // (BounceDecoder::MaxInputSize, per input file). A sparse file: nothing is written.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.mbox"_s);
    QVERIFY(write(path, "From MAILER-DAEMON Sat Nov 28 15:12:56 2026\n"
                            + bounce(u"m1@example.com"_s, QString::fromLatin1(permanentReply()))));
    QVERIFY(QFile::resize(path, 70LL * 1024 * 1024));
    const Run run = decode({path});
    QCOMPARE(run.messages.size(), 1);
    QCOMPARE(run.messages.first().result.errorCode, ErrorCode::TooBig);

    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QCOMPARE(DecodeCommand::run(*m_table, {u"decode"_s, u"--json"_s, path}, u"en"_s, outStream,
                                errStream),
             65);
    outStream.flush();
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(o.value(u"error"_s).toObject().value(u"code"_s).toString(), u"too-big"_s);
    QCOMPARE(o.value(u"error"_s).toObject().value(u"message"_s).toString(),
             NoteText::error(run.messages.first().result));
}

QTEST_GUILESS_MAIN(tst_MailboxJob)
#include "tst_mailboxjob.moc"
