// MailboxExport: CSV (byte-order mark, English keys, escaping, read back by Python's csv module
// or a C++ reader), JSON Lines as the console prints them, the suppression list; and the
// console's `decode --format csv|jsonl|text` and `--suppression-list`, which share them.
#include "cli/decodecommand.h"
#include "codes/codetable.h"
#include "decoder/bouncedecoder.h"
#include "mailbox/mailboxexport.h"
#include "mailbox/suppressionlist.h"
#include "mailboxtestdata.h"
#include "report/decodereport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <optional>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;
using namespace MailboxTestData;

namespace {

// RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes (doubled) and
// line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                field += c, ++i;
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field, field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field, field.clear();
            rows << row, row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

RecipientResult recipient(const QString &address, int code, const QString &status,
                          std::optional<bool> temporary, const QString &diagnostic = {})
{
    RecipientResult r;
    r.recipient = address;
    r.replyCode = code;
    r.status = EnhancedStatus::fromString(status);
    r.temporary = temporary;
    r.action = temporary == true ? Action::Delayed : Action::Failed;
    r.diagnostic = diagnostic;
    return r;
}

} // namespace

class tst_MailboxExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvEscaping_data();
    void csvEscaping();
    void csvHasKeysAndRoundTrips();
    void csvReadByPython();
    void suppressionListIsPermanentAndDistinct();
    void jsonLinesAreTheConsoles();
    void consoleFormats();

private:
    int runDecode(const QStringList &args, QString *out);

    std::optional<CodeTable> m_table;
    QList<DecodeResult> m_results;
    QList<MailboxExport::Record> m_records;
};

void tst_MailboxExport::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
    DecodeResult a;
    a.source = u"/mail/bounces.mbox#3"_s;
    a.recipients << recipient(u"Ann@Example.com"_s, 550, u"5.1.1"_s, false,
                              u"550 5.1.1 \"ann\" unknown, sorry\nsecond line\r\nthird"_s)
                 << recipient(u"bob@example.com"_s, 452, u"4.2.2"_s, true)
                 << recipient(u"ann@example.com"_s, 550, u"5.1.1"_s, false); // again
    a.recipients[0].entryIndex = m_table->indexOf(u"gmail-41"_s);
    a.recipients[1].reason = Reason::MailboxFull;
    a.recipients[2].reason = Reason::UserUnknown;
    DecodeResult b;
    b.source = u"/mail/\u4e2d\u6587, \"quoted\".eml"_s;
    b.recipients << recipient(u"\u5f20\u4f1f@example.cn"_s, 550, u"5.2.1"_s, false,
                              u"\u7528\u6237\u4e0d\u5b58\u5728"_s)
                 << recipient(u"carol@example.org"_s, 250, u"2.0.0"_s, std::nullopt);
    b.recipients[1].action = Action::Delivered;
    b.recipients[0].reason = Reason::Suspend;
    DecodeResult c;
    c.source = u"/mail/empty.eml"_s;
    c.errorCode = ErrorCode::EmptyInput;
    m_results = {a, b, c};
    for (const DecodeResult &r : std::as_const(m_results))
        m_records += MailboxExport::records(r);
    QCOMPARE(m_records.size(), 6);
}

void tst_MailboxExport::csvEscaping_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << QStringList{u"a"_s, u"b"_s} << u"a,b\r\n"_s;
    QTest::newRow("comma") << QStringList{u"a,b"_s, u"c"_s} << u"\"a,b\",c\r\n"_s;
    QTest::newRow("quote") << QStringList{u"say \"hi\""_s} << u"\"say \"\"hi\"\"\"\r\n"_s;
    QTest::newRow("newline") << QStringList{u"one\ntwo"_s, u"x\r\ny"_s}
                             << u"\"one\ntwo\",\"x\r\ny\"\r\n"_s;
    QTest::newRow("empty") << QStringList{QString(), QString()} << u",\r\n"_s;
    QTest::newRow("chinese") << QStringList{u"\u7528\u6237"_s} << u"\u7528\u6237\r\n"_s;
}

void tst_MailboxExport::csvEscaping()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, line);
    QCOMPARE(MailboxExport::csvLine(fields), line);
    QCOMPARE(parseCsv(line), QList<QStringList>{fields});
}

void tst_MailboxExport::csvHasKeysAndRoundTrips()
{
    const QString csv = MailboxExport::csv(*m_table, u"en"_s, m_records);
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), 7);
    QCOMPARE(rows.first(), MailboxExport::csvColumns());
    QCOMPARE(rows.first().first(), u"outcome"_s);
    for (int i = 0; i < m_records.size(); ++i)
        QCOMPARE(rows.at(i + 1), MailboxExport::csvFields(*m_table, u"en"_s, m_records.at(i)));
    const QStringList ann = rows.at(1);
    const auto column = [&](const char *key) {
        return int(MailboxExport::csvColumns().indexOf(QString::fromLatin1(key)));
    };
    QCOMPARE(ann.at(column("outcome")), u"permanent"_s);
    QCOMPARE(ann.at(column("file")), u"/mail/bounces.mbox"_s);
    QCOMPARE(ann.at(column("message")), u"3"_s);
    QCOMPARE(ann.at(column("entry_id")), u"gmail-41"_s);
    QVERIFY(ann.at(column("diagnostic")).contains(u"\"ann\" unknown, sorry\nsecond"_s));
    QCOMPARE(rows.at(2).at(column("outcome")), u"temporary"_s);
    QCOMPARE(rows.at(5).at(column("outcome")), u"delivered"_s);
    QCOMPARE(rows.at(4).at(column("file")), u"/mail/\u4e2d\u6587, \"quoted\".eml"_s);
    QCOMPARE(rows.at(6).at(column("error")), u"The input is empty."_s);
    // Grouped exports carry the count.
    QList<MailboxExport::Record> grouped{m_records.first()};
    grouped.first().count = 7;
    QCOMPARE(parseCsv(MailboxExport::csv(*m_table, u"en"_s, grouped, true)).at(1).last(), u"7"_s);
}

void tst_MailboxExport::csvReadByPython()
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed (the C++ reader checks the same rows)");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.csv"_s);
    const QByteArray bytes = QByteArray(MailboxExport::ByteOrderMark)
                             + MailboxExport::csv(*m_table, u"zh_CN"_s, m_records).toUtf8();
    QVERIFY(write(path, bytes));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    // Python reads it as Excel does (utf-8-sig drops the mark) and prints the rows as JSON.
    QProcess p;
    p.start(python, {u"-c"_s,
                     u"import csv, json, sys\n"
                     "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
                     "    print(json.dumps(list(csv.reader(f))))\n"_s,
                     path});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonArray rows = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    QCOMPARE(rows.size(), 7);
    QCOMPARE(rows.at(0).toVariant().toStringList(), MailboxExport::csvColumns());
    for (int i = 0; i < m_records.size(); ++i) {
        QCOMPARE(rows.at(i + 1).toVariant().toStringList(),
                 MailboxExport::csvFields(*m_table, u"zh_CN"_s, m_records.at(i)));
    }
}

void tst_MailboxExport::suppressionListIsPermanentAndDistinct()
{
    // Ann twice (the local part is kept exactly: two addresses), bob temporary (retry), zhang
    // permanent, carol delivered. SuppressionList (tst_suppressionlist) says the rest.
    QCOMPARE(SuppressionList::text(*m_table, m_records),
             u"Ann@example.com\nann@example.com\n\u5f20\u4f1f@example.cn\n"_s);
    QCOMPARE(MailboxExport::addressActionWord(*m_table, m_results.at(0).recipients.at(1)),
             u"retry"_s);
    const int column = MailboxExport::csvColumns().indexOf(u"address_action"_s);
    QVERIFY(column >= 0);
    QCOMPARE(MailboxExport::csvFields(*m_table, u"en"_s, m_records.at(0)).at(column),
             u"suppress"_s);
}

void tst_MailboxExport::jsonLinesAreTheConsoles()
{
    const QString lines = MailboxExport::jsonLines(*m_table, m_records);
    QStringList expected;
    for (const DecodeResult &r : std::as_const(m_results))
        expected << MailboxExport::jsonLine(*m_table, r).chopped(1);
    QCOMPARE(lines.split(u'\n', Qt::SkipEmptyParts), expected);
    QCOMPARE(MailboxExport::jsonLine(*m_table, m_results.first()),
             QString::fromUtf8(QJsonDocument(decodeResultToJson(m_results.first(), *m_table))
                                   .toJson(QJsonDocument::Compact))
                 + u'\n');
    // Only the listed recipients of a message.
    const QString one = MailboxExport::jsonLines(*m_table, {m_records.at(1)});
    const QJsonObject o = QJsonDocument::fromJson(one.toUtf8()).object();
    QCOMPARE(o.value(u"recipients"_s).toArray().size(), 1);
    QCOMPARE(o.value(u"recipients"_s).toArray().first().toObject().value(u"recipient"_s).toString(),
             u"bob@example.com"_s);
}

int tst_MailboxExport::runDecode(const QStringList &args, QString *out)
{
    QString err;
    QTextStream os(out), es(&err);
    return DecodeCommand::run(*m_table, QStringList{u"decode"_s} + args, u"en"_s, os, es);
}

void tst_MailboxExport::consoleFormats()
{
    QTemporaryDir dir;
    const QString box = dir.filePath(u"b.mbox"_s);
    QVERIFY(write(box, mbox({bounce(u"x@example.com"_s, QString::fromLatin1(permanentReply())),
                             bounce(u"y@example.com"_s, QString::fromLatin1(temporaryReply())),
                             bounce(u"X@example.com"_s, QString::fromLatin1(permanentReply()))})));
    QString csv;
    QCOMPARE(runDecode({u"--format"_s, u"csv"_s, box}, &csv), 0);
    QVERIFY(csv.startsWith(QChar(0xFEFF)));
    const QList<QStringList> rows = parseCsv(csv.mid(1));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.first(), MailboxExport::csvColumns());
    QCOMPARE(rows.at(2).first(), u"temporary"_s);
    QCOMPARE(rows.at(3).at(MailboxExport::csvColumns().indexOf(u"message"_s)), u"3"_s);

    QString jsonl, json;
    QCOMPARE(runDecode({u"--format"_s, u"jsonl"_s, box}, &jsonl), 0);
    QCOMPARE(runDecode({u"--json"_s, box}, &json), 0);
    QCOMPARE(jsonl, json);
    QCOMPARE(jsonl.count(u'\n'), 3);

    QString text, plain;
    QCOMPARE(runDecode({u"--format"_s, u"text"_s, box}, &text), 0);
    QCOMPARE(runDecode({box}, &plain), 0);
    QCOMPARE(text, plain);

    QString list;
    QCOMPARE(runDecode({u"--suppression-list"_s, box, box}, &list), 0);
    QCOMPARE(list, u"X@example.com\nx@example.com\n"_s);

    QString bad;
    QCOMPARE(runDecode({u"--format"_s, u"xml"_s, box}, &bad), 64);
    QCOMPARE(runDecode({u"--json"_s, u"--format"_s, u"csv"_s, box}, &bad), 64);
}

QTEST_GUILESS_MAIN(tst_MailboxExport)
#include "tst_mailboxexport.moc"
