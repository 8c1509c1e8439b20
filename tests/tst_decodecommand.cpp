// `bouncelens decode`: files, directories, mbox, --json lines, human reports, exit codes.
#include "cli/decodecommand.h"
#include "codes/codetable.h"
#include "decoder/recipientassembler.h"
#include "input/messagefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <optional>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kBounce = "From: MAILER-DAEMON@mx.example.org\nTo: a@example.org\n"
                           "Subject: Undelivered Mail Returned to Sender\n\n"
                           "<b@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 "
                           "<b@example.com>: Recipient address rejected: User unknown (in reply "
                           "to RCPT TO command)\n";

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class tst_DecodeCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonLines();
    void directoryAndMbox();
    void humanReport();
    void exitCodes();
    void jobsKeepOrder();
    void manyMboxesFewDescriptors();
    void badJobs_data();
    void badJobs();
    void help();
    void controlCharactersEscaped();
    void recipientsBeyondTheLimit();
    void smallerLimits();
    void mboxSeparatorNeedsADate();
    void maildir();
    void namesThatAreNotUtf8();
    void nothingFoundIsAnError();
    void fifoAndDeviceRefused();
    void unreadableAreErrors();

private:
    int run(const QStringList &args, QString *out, QString *err = nullptr)
    {
        QString o, e;
        QTextStream os(&o), es(&e);
        const int code
            = DecodeCommand::run(*m_table, QStringList{u"decode"_s} + args, u"en"_s, os, es);
        os.flush();
        es.flush();
        if (out)
            *out = o;
        if (err)
            *err = e;
        return code;
    }
    QList<QJsonObject> lines(const QString &out)
    {
        QList<QJsonObject> result;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            result << QJsonDocument::fromJson(line.toUtf8()).object();
        return result;
    }

    std::optional<CodeTable> m_table;
    QTemporaryDir m_dir;
};

void tst_DecodeCommand::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
    QVERIFY(m_dir.isValid());
    write(m_dir.filePath(u"one.eml"_s), kBounce);
    QDir(m_dir.path()).mkpath(u"sub/deeper"_s);
    write(m_dir.filePath(u"sub/deeper/two.txt"_s), kBounce);
    write(m_dir.filePath(u"sub/ignored.png"_s), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
    QByteArray mbox;
    for (int i = 0; i < 2; ++i)
        mbox += "From MAILER-DAEMON Sat Nov 28 15:12:56 2026\n" + kBounce + "\n";
    write(m_dir.filePath(u"sub/bounces"_s), mbox);
}

void tst_DecodeCommand::jsonLines()
{
    QString out;
    QCOMPARE(run({u"--json"_s, m_dir.filePath(u"one.eml"_s)}, &out), 0);
    const QList<QJsonObject> objects = lines(out);
    QCOMPARE(objects.size(), 1);
    const QJsonObject o = objects.first();
    QCOMPARE(o.value(u"file"_s).toString(), m_dir.filePath(u"one.eml"_s));
    const QJsonObject r = o.value(u"recipients"_s).toArray().first().toObject();
    QCOMPARE(r.value(u"recipient"_s).toString(), u"b@example.com"_s);
    QCOMPARE(r.value(u"action"_s).toString(), u"failed"_s);
    QCOMPARE(r.value(u"reply_code"_s).toInt(), 550);
    QCOMPARE(r.value(u"status"_s).toString(), u"5.1.1"_s);
    QCOMPARE(r.value(u"temporary"_s).toBool(true), false);
    QCOMPARE(r.value(u"reason"_s).toString(), u"userunknown"_s);
    QCOMPARE(r.value(u"entry_id"_s).toString(), u"rfc3463-x.1.1"_s);
    QVERIFY(r.value(u"diagnostic"_s).toString().startsWith(u"550 5.1.1"_s));
    QVERIFY(r.contains(u"origin"_s));
    QVERIFY(r.value(u"confidence"_s).toDouble() > 0);
    QVERIFY(!o.contains(u"error"_s));
}

void tst_DecodeCommand::directoryAndMbox()
{
    QString out;
    QCOMPARE(run({u"--json"_s, m_dir.path()}, &out), 0);
    QStringList files;
    for (const QJsonObject &o : lines(out))
        files << o.value(u"file"_s).toString();
    QCOMPARE(files,
             (QStringList{m_dir.filePath(u"one.eml"_s), m_dir.filePath(u"sub/bounces"_s) + u"#1"_s,
                          m_dir.filePath(u"sub/bounces"_s) + u"#2"_s,
                          m_dir.filePath(u"sub/deeper/two.txt"_s)}));
}

void tst_DecodeCommand::humanReport()
{
    QString out;
    QCOMPARE(run({m_dir.filePath(u"one.eml"_s)}, &out), 0);
    QVERIFY(out.contains(m_dir.filePath(u"one.eml"_s)));
    QVERIFY(out.contains(u"b@example.com"_s));
    QVERIFY(out.contains(u"550 5.1.1"_s));
    // For people: the reason in words, no internal reason name or entry id (issue 12).
    QVERIFY(out.contains(u"the address does not exist"_s));
    QVERIFY(!out.contains(u"userunknown"_s));
    QVERIFY(!out.contains(u"[gmail-"_s));
}

void tst_DecodeCommand::exitCodes()
{
    QString out, err;
    QCOMPARE(run({u"--json"_s, m_dir.filePath(u"missing.eml"_s)}, &out, &err), 66);
    QVERIFY(!err.isEmpty());
    QVERIFY(lines(out).first().contains(u"error"_s));

    write(m_dir.filePath(u"empty.eml"_s), QByteArray());
    QCOMPARE(run({u"--json"_s, m_dir.filePath(u"empty.eml"_s), m_dir.filePath(u"one.eml"_s)}, &out),
             65);
    const QList<QJsonObject> objects = lines(out);
    QCOMPARE(objects.size(), 2);
    QVERIFY(objects.at(0).contains(u"error"_s));
    QVERIFY(!objects.at(1).contains(u"error"_s));
    QFile::remove(m_dir.filePath(u"empty.eml"_s));

    QCOMPARE(run({u"--no-such-option"_s}, &out, &err), 64);
    // Unreadable wins over undecodable; the JSON code is the same word in every language.
    write(m_dir.filePath(u"empty.eml"_s), QByteArray());
    QCOMPARE(run({u"--json"_s, u"--lang"_s, u"zh_CN"_s, m_dir.filePath(u"empty.eml"_s),
                  m_dir.filePath(u"missing.eml"_s)},
                 &out),
             66);
    const QList<QJsonObject> chinese = lines(out);
    QCOMPARE(chinese.size(), 2);
    QCOMPARE(chinese.at(0).value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"empty-input"_s);
    QCOMPARE(chinese.at(1).value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"not-found"_s);
    QFile::remove(m_dir.filePath(u"empty.eml"_s));
}

void tst_DecodeCommand::jobsKeepOrder()
{
    // Many files of different sizes, an mbox among them, one that cannot be read: whatever the
    // number of threads, the output is the same, in the order of the sorted file names.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList expected;
    for (int i = 0; i < 60; ++i) {
        const QString name = u"m%1.eml"_s.arg(i, 2, 10, QChar(u'0'));
        QByteArray bytes = kBounce;
        bytes.replace("b@example.com", "r" + QByteArray::number(i) + "@example.com");
        bytes += QByteArray((i % 7) * 3000, 'x') + '\n';
        if (i == 20)
            bytes.clear(); // empty: an error line, in its place
        write(dir.filePath(name), bytes);
        expected << dir.filePath(name);
        if (i == 30) {
            QByteArray mbox;
            for (int k = 0; k < 5; ++k)
                mbox += "From MAILER-DAEMON Sat Nov 28 15:12:56 2026\n" + kBounce + "\n";
            write(dir.filePath(u"m30b.mbox"_s), mbox);
            for (int k = 1; k <= 5; ++k)
                expected << dir.filePath(u"m30b.mbox"_s) + u'#' + QString::number(k);
        }
    }
    QString one, four;
    QCOMPARE(run({u"--json"_s, u"--jobs"_s, u"1"_s, dir.path()}, &one), 65);
    QCOMPARE(run({u"--json"_s, u"-j"_s, u"4"_s, dir.path()}, &four), 65);
    QCOMPARE(four, one);
    QStringList files;
    QStringList recipients;
    for (const QJsonObject &o : lines(four)) {
        files << o.value(u"file"_s).toString();
        const QJsonArray r = o.value(u"recipients"_s).toArray();
        recipients << (r.isEmpty() ? QString()
                                   : r.first().toObject().value(u"recipient"_s).toString());
    }
    QCOMPARE(files, expected);
    QCOMPARE(recipients.at(0), u"r0@example.com"_s);
    QCOMPARE(recipients.at(20), QString());          // the empty file
    QCOMPARE(recipients.at(31), u"b@example.com"_s); // the mbox
    QCOMPARE(recipients.last(), u"r59@example.com"_s);
}

void tst_DecodeCommand::manyMboxesFewDescriptors()
{
    // 300 mboxes in one directory (one window of files) with room for 64 open files: no mbox
    // stays open, or in memory, until its turn to be printed.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray mbox = "From MAILER-DAEMON Sat Nov 28 15:12:56 2026\n" + kBounce + "\n"
                            + "From MAILER-DAEMON Sat Nov 28 15:12:57 2026\n" + kBounce;
    for (int i = 0; i < 300; ++i)
        write(dir.filePath(u"box%1.mbox"_s.arg(i, 3, 10, QChar(u'0'))), mbox);
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &saved), 0);
    rlimit few = saved;
    few.rlim_cur = std::min<rlim_t>(64, saved.rlim_cur);
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &few), 0);
    QString out, err;
    const int code = run({u"--json"_s, u"--jobs"_s, u"4"_s, dir.path()}, &out, &err);
    setrlimit(RLIMIT_NOFILE, &saved);
    QCOMPARE(err, QString());
    QCOMPARE(code, 0);
    const QList<QJsonObject> objects = lines(out);
    QCOMPARE(objects.size(), 600);
    QCOMPARE(objects.at(0).value(u"file"_s).toString(), dir.filePath(u"box000.mbox#1"_s));
    QCOMPARE(objects.at(599).value(u"file"_s).toString(), dir.filePath(u"box299.mbox#2"_s));
}

void tst_DecodeCommand::badJobs_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("zero") << u"0"_s;
    QTest::newRow("word") << u"many"_s;
    QTest::newRow("too many") << u"100000"_s;
}

void tst_DecodeCommand::badJobs()
{
    QFETCH(QString, value);
    QString out, err;
    QCOMPARE(run({u"--jobs"_s, value, m_dir.filePath(u"one.eml"_s)}, &out, &err), 64);
    QVERIFY(err.contains(u"--jobs"_s));
    QVERIFY(out.isEmpty());
}

void tst_DecodeCommand::help()
{
    QString out;
    QCOMPARE(run({u"--help"_s}, &out), 0);
    QVERIFY(out.contains(u"--json"_s));
}

void tst_DecodeCommand::controlCharactersEscaped()
{
    // Control sequences in a reply and in an encoded word of the original's subject must not
    // reach the terminal raw (they would retitle and clear it): visible escapes in the text
    // report, \u escapes in JSON, which still carries the exact text.
    QByteArray bounce = kBounce;
    bounce.replace("User unknown", "User unknown \x1b]0;owned\x07\x1b[2J");
    bounce += "\n------ This is a copy of the message, including all the headers. ------\n"
              "From: a@example.org\nTo: b@example.com\n"
              "Subject: =?UTF-8?Q?hello_=1B[31mred=C2=9B0m?=\n\nHi\n";
    const QString path = m_dir.filePath(u"escape.eml"_s);
    write(path, bounce);
    QString text, json;
    QCOMPARE(run({path}, &text), 0);
    QCOMPARE(run({u"--json"_s, path}, &json), 0);
    QFile::remove(path);
    for (const QChar c : std::as_const(text))
        QVERIFY2(c.unicode() >= 0x20 || c == u'\n' || c == u'\t',
                 qPrintable(QString::number(c.unicode(), 16)));
    QVERIFY(!text.contains(QChar(0x9b)));
    QVERIFY2(text.contains(uR"(User unknown \x1b]0;owned\x07\x1b[2J)"_s), qPrintable(text));
    QVERIFY2(text.contains(uR"(hello \x1b[31mred\x9b0m)"_s), qPrintable(text));
    QVERIFY(!json.contains(QChar(0x1b)));
    QVERIFY(!json.contains(QChar(0x9b)));
    QVERIFY(json.contains(uR"(\u001b]0;owned\u0007\u001b[2J)"_s));
    const QJsonObject o = lines(json).first();
    QVERIFY(o.value(u"recipients"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"diagnostic"_s)
                .toString()
                .contains(u"\x1b]0;owned\x07\x1b[2J"_s));
    QCOMPARE(o.value(u"original"_s).toObject().value(u"subject"_s).toString(),
             u"hello \x1b[31mred\u009b0m"_s);
}

void tst_DecodeCommand::recipientsBeyondTheLimit()
{
    // 1,200 recipient groups in a report: the first 1,000 kept, in message order, and a note
    // says how many were left out (they were dropped without a word).
    QByteArray report = "From: MAILER-DAEMON@mx.example.org\nTo: a@example.org\n"
                        "Subject: Delivery Status Notification (Failure)\nMIME-Version: 1.0\n"
                        "Content-Type: multipart/report; report-type=delivery-status; "
                        "boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\nDelivery failed.\n\n"
                        "--B\nContent-Type: message/delivery-status\n\n"
                        "Reporting-MTA: dns; mx.example.org\n";
    for (int i = 0; i < 1200; ++i)
        report += "\nFinal-Recipient: rfc822; r" + QByteArray::number(i)
                  + "@example.com\nAction: failed\nStatus: 5.1.1\n";
    report += "\n--B--\n";
    const QString path = m_dir.filePath(u"many.eml"_s);
    write(path, report);
    QString out, text;
    QCOMPARE(run({u"--json"_s, path}, &out), 0);
    QCOMPARE(run({path}, &text), 0);
    QFile::remove(path);
    const QJsonObject o = lines(out).first();
    const QJsonArray recipients = o.value(u"recipients"_s).toArray();
    QCOMPARE(recipients.size(), 1000);
    QCOMPARE(recipients.first().toObject().value(u"recipient"_s).toString(), u"r0@example.com"_s);
    QCOMPARE(recipients.last().toObject().value(u"recipient"_s).toString(), u"r999@example.com"_s);
    // Limits are said in "notes", with a code (issue 25).
    const QJsonArray limitNotes = o.value(u"notes"_s).toArray();
    QCOMPARE(limitNotes.size(), 1);
    QCOMPARE(limitNotes.first().toObject().value(u"code"_s).toString(), u"recipients-cut"_s);
    // The text (in the interface language) gives the count, and the text report shows it.
    const QString noteText = limitNotes.first().toObject().value(u"text"_s).toString();
    QVERIFY2(noteText.contains(u" 200 "_s), qPrintable(noteText));
    QVERIFY(text.contains(noteText));

    // The same for the addresses a text names (a notice without a reply: every address it
    // names outside headers is a recipient).
    QByteArray noReply = "From: MAILER-DAEMON@mx.example.org\nTo: a@example.org\n"
                         "Subject: Undelivered Mail Returned to Sender\n\n"
                         "Delivery to the following recipients failed permanently: ";
    for (int i = 0; i < 1500; ++i)
        noReply += "t" + QByteArray::number(i) + "@example.net ";
    write(path, noReply + "\n");
    QCOMPARE(run({u"--json"_s, path}, &out), 0);
    QFile::remove(path);
    const QJsonObject t = lines(out).first();
    const QJsonArray named = t.value(u"recipients"_s).toArray();
    QCOMPARE(named.size(), 1000);
    QCOMPARE(named.first().toObject().value(u"recipient"_s).toString(), u"t0@example.net"_s);
    QCOMPARE(named.last().toObject().value(u"recipient"_s).toString(), u"t999@example.net"_s);
    const QJsonObject textNote = t.value(u"notes"_s).toArray().first().toObject();
    QCOMPARE(textNote.value(u"code"_s).toString(), u"recipients-cut"_s);
    QVERIFY2(textNote.value(u"text"_s).toString().contains(u" 500 "_s),
             qPrintable(textNote.value(u"text"_s).toString()));
}

void tst_DecodeCommand::smallerLimits()
{
    // A NUL byte in a header: stripped and noted, not "binary data".
    QByteArray nul = kBounce;
    nul.replace("Subject: Undelivered", QByteArray("Subject: Und\0elivered", 21));
    QVERIFY(nul.contains('\0'));
    const QString path = m_dir.filePath(u"limits.eml"_s);
    write(path, nul);
    QString out;
    QCOMPARE(run({u"--json"_s, path}, &out), 0);
    QJsonObject o = lines(out).first();
    QVERIFY(!o.contains(u"error"_s));
    QCOMPARE(o.value(u"recipients"_s).toArray().first().toObject().value(u"reply_code"_s).toInt(),
             550);
    // "recognised" holds a machine code (the same in every --lang) and its sentence.
    const QJsonObject nulNote = o.value(u"recognised"_s).toArray().first().toObject();
    QCOMPARE(nulNote.value(u"code"_s).toString(), u"nul-removed"_s);
    QCOMPARE(nulNote.value(u"text"_s).toString(), u"NUL bytes in the message were removed"_s);
    // Binary data (many NULs) is still refused.
    write(path, QByteArray(4096, '\0') + kBounce);
    QCOMPARE(run({u"--json"_s, path}, &out), 65);
    QCOMPARE(lines(out).first().value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"binary-input"_s);

    // Text nested past the HTML depth limit: a note says it was not read.
    QByteArray html = "From: MAILER-DAEMON@mx.example.org\nTo: a@example.org\n"
                      "Subject: Delivery failed\nMIME-Version: 1.0\n"
                      "Content-Type: text/html; charset=utf-8\n\n<html><body>"
                      "<p>550 5.1.1 &lt;b@example.com&gt; User unknown</p>";
    for (int i = 0; i < 300; ++i)
        html += "<div>";
    html += "deep text";
    for (int i = 0; i < 300; ++i)
        html += "</div>";
    write(path, html + "</body></html>\n");
    QCOMPARE(run({u"--json"_s, path}, &out), 0);
    o = lines(out).first();
    QCOMPARE(o.value(u"notes"_s).toArray().first().toObject().value(u"code"_s).toString(),
             u"html-depth-cut"_s);
    QVERIFY(
        !o.value(u"notes"_s).toArray().first().toObject().value(u"text"_s).toString().isEmpty());

    // A bare number on its own line, or a code outside the reply grammar (2xx/4xx/5xx with a
    // second digit 0-5), is not an SMTP reply.
    for (const QByteArray &code : {QByteArray("599"), QByteArray("599 Unknown"),
                                   QByteArray("571 No PTR record found"), QByteArray("354")}) {
        write(path, "From: MAILER-DAEMON@mx.example.org\nTo: a@example.org\n"
                    "Subject: Undelivered Mail Returned to Sender\n\n"
                    "Your message to <b@example.com> could not be delivered.\n\n"
                        + code + "\n");
        QCOMPARE(run({u"--json"_s, path}, &out), 0);
        const QJsonArray r = lines(out).first().value(u"recipients"_s).toArray();
        QVERIFY2(r.isEmpty() || r.first().toObject().value(u"reply_code"_s).isNull(),
                 qPrintable(QString::fromLatin1(code) + u": "_s + out));
    }
    QFile::remove(path);
}

void tst_DecodeCommand::mboxSeparatorNeedsADate()
{
    // A body line that starts with "From " (unquoted, as mboxo and careless writers leave it)
    // does not split a message: a separator is "From " + address + date.
    QByteArray mbox = "From MAILER-DAEMON Sat Nov 28 15:12:56 2026\n" + kBounce
                      + "From here on, the notice is in English.\nFrom the postmaster\n\n"
                      + "From - Sat, 28 Nov 2026 15:13:00 +0000\n" + kBounce;
    const QString path = m_dir.filePath(u"separators.mbox"_s);
    write(path, mbox);
    QString out;
    QCOMPARE(run({u"--json"_s, path}, &out), 0);
    QFile::remove(path);
    const QList<QJsonObject> objects = lines(out);
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects.at(0).value(u"file"_s).toString(), path + u"#1"_s);
    QCOMPARE(objects.at(1).value(u"file"_s).toString(), path + u"#2"_s);
    for (const QJsonObject &o : objects)
        QCOMPARE(o.value(u"recipients"_s).toArray().size(), 1);
}

void tst_DecodeCommand::maildir()
{
    // A Maildir: messages in cur/ and new/, named without an extension, with ":2,S" flags;
    // chosen by content (they start with header lines). tmp/ holds deliveries in progress and
    // the server's own files are not messages.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *sub : {"cur", "new", "tmp"})
        QVERIFY(QDir(dir.path()).mkpath(QString::fromLatin1(sub)));
    QByteArray second = kBounce;
    second.replace("b@example.com", "c@example.com");
    QByteArray third = kBounce;
    third.replace("b@example.com", "d@example.com");
    write(dir.filePath(u"cur/1732790000.M1P2.mx:2,S"_s),
          "Return-Path: <>\nDelivered-To: a@example.org\n" + kBounce);
    write(dir.filePath(u"cur/1732790001.M3P4.mx:2,RS"_s), second);
    write(dir.filePath(u"new/1732790002.M5P6.mx"_s), third);
    write(dir.filePath(u"tmp/1732790003.M7P8.mx"_s), kBounce);
    write(dir.filePath(u"dovecot-uidlist"_s), "3 V1732790000 N4\n1 :1732790000.M1P2.mx\n");
    write(dir.filePath(u"dovecot.index.log"_s), QByteArray("\x01\x02\0\0binary", 10));
    QString out;
    QCOMPARE(run({u"--json"_s, dir.path()}, &out), 0);
    QStringList files, recipients;
    for (const QJsonObject &o : lines(out)) {
        files << o.value(u"file"_s).toString();
        recipients << o.value(u"recipients"_s)
                          .toArray()
                          .first()
                          .toObject()
                          .value(u"recipient"_s)
                          .toString();
    }
    QCOMPARE(files, (QStringList{dir.filePath(u"cur/1732790000.M1P2.mx:2,S"_s),
                                 dir.filePath(u"cur/1732790001.M3P4.mx:2,RS"_s),
                                 dir.filePath(u"new/1732790002.M5P6.mx"_s)}));
    QCOMPARE(recipients, (QStringList{u"b@example.com"_s, u"c@example.com"_s, u"d@example.com"_s}));
}

void tst_DecodeCommand::namesThatAreNotUtf8()
{
    // A name in Latin-1 or a broken name is still a file: found in a directory scan, read by
    // its bytes, reported (with U+FFFD for the bytes that are not UTF-8).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray name = QFile::encodeName(dir.path()) + "/caf\xe9-bounce";
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, kBounce.constData(), size_t(kBounce.size())), ssize_t(kBounce.size()));
    ::close(fd);
    const QList<InputFile> found = MessageWalk::list({QFile::encodeName(dir.path())});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().native, name);
    QByteArray bytes;
    QVERIFY(MessageFiles::read(name, &bytes).ok());
    QCOMPARE(bytes, kBounce);
    QString out;
    QCOMPARE(run({u"--json"_s, dir.path()}, &out), 0);
    const QList<QJsonObject> objects = lines(out);
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.first().value(u"file"_s).toString(), QFile::decodeName(name));
    QCOMPARE(objects.first().value(u"recipients"_s).toArray().size(), 1);
    ::unlink(name.constData()); // QTemporaryDir cannot remove it
}

void tst_DecodeCommand::nothingFoundIsAnError()
{
    // An empty directory, or one without messages: said on stderr, a record, exit 65.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString out, err;
    QCOMPARE(run({u"--json"_s, dir.path()}, &out, &err), 65);
    QCOMPARE(err,
             u"bouncelens decode: %1: No messages were found in this folder.\n"_s.arg(dir.path()));
    QList<QJsonObject> objects = lines(out);
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.first().value(u"file"_s).toString(), dir.path());
    QVERIFY(objects.first().contains(u"error"_s));

    write(dir.filePath(u"picture.png"_s), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
    QCOMPARE(run({dir.path()}, &out, &err), 65);
    QVERIFY(err.contains(u"No messages were found in this folder."_s));
    QVERIFY(out.contains(u"No messages were found in this folder."_s));

    // With a message next to it, the run is fine again.
    write(dir.filePath(u"b.eml"_s), kBounce);
    QCOMPARE(run({dir.path()}, &out, &err), 0);
    QCOMPARE(err, QString());
}

void tst_DecodeCommand::fifoAndDeviceRefused()
{
    // Opening a FIFO for reading waits for a writer, and a device may never end: only regular
    // files (and - for standard input) are read. The test would hang without the refusal.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(u"fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QString out, err;
    QCOMPARE(run({u"--json"_s, fifo, u"/dev/zero"_s, m_dir.filePath(u"one.eml"_s)}, &out, &err),
             66);
    const QList<QJsonObject> objects = lines(out);
    QCOMPARE(objects.size(), 3);
    QCOMPARE(objects.at(0).value(u"file"_s).toString(), fifo);
    QCOMPARE(objects.at(0).value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"not-regular-file"_s);
    QCOMPARE(objects.at(1).value(u"file"_s).toString(), u"/dev/zero"_s);
    QCOMPARE(objects.at(1).value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"not-regular-file"_s);
    QVERIFY(!objects.at(2).contains(u"error"_s));
    // Found in a directory, a FIFO is an error record in its place, never opened (issue 25).
    write(dir.filePath(u"b.eml"_s), kBounce);
    const QList<InputFile> found = MessageWalk::list({QFile::encodeName(dir.path())});
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).path, dir.filePath(u"b.eml"_s));
    QCOMPARE(found.at(0).error, ErrorCode::None);
    QCOMPARE(found.at(1).path, fifo);
    QCOMPARE(found.at(1).error, ErrorCode::NotRegularFile);
}

void tst_DecodeCommand::unreadableAreErrors()
{
    // A file or directory that cannot be read is an error record, not skipped in silence.
    if (::geteuid() == 0)
        QSKIP("root reads every file");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    write(dir.filePath(u"a.eml"_s), kBounce);
    write(dir.filePath(u"locked"_s), kBounce);
    QVERIFY(QDir(dir.path()).mkdir(u"closed"_s));
    QVERIFY(QFile::setPermissions(dir.filePath(u"locked"_s), QFileDevice::Permissions()));
    QVERIFY(QFile::setPermissions(dir.filePath(u"closed"_s), QFileDevice::Permissions()));
    QString out;
    QCOMPARE(run({u"--json"_s, dir.path()}, &out), 66);
    QFile::setPermissions(dir.filePath(u"closed"_s),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QList<QJsonObject> objects = lines(out);
    QCOMPARE(objects.size(), 3);
    QVERIFY(!objects.at(0).contains(u"error"_s));
    QCOMPARE(objects.at(1).value(u"file"_s).toString(), dir.filePath(u"closed"_s));
    QVERIFY(objects.at(1).contains(u"error"_s));
    QCOMPARE(objects.at(2).value(u"file"_s).toString(), dir.filePath(u"locked"_s));
    QVERIFY(objects.at(2).contains(u"error"_s));
}

QTEST_GUILESS_MAIN(tst_DecodeCommand)
#include "tst_decodecommand.moc"
