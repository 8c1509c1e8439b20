// The bounce decoder end to end: golden fixtures (tests/data/bounces, tests/data/paste), the
// real bounces of ../shared/bounces (accuracy), limits, mbox, cancel and layout rules.
#include "codes/codetable.h"
#include "decoder/bouncedecoder.h"
#include "report/decodereport.h"
#include "report/notetext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <optional>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

using QHashStringString = QHash<QString, QString>;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Rows of a golden expected.tsv: the header names the columns.
QList<QHash<QString, QString>> readTsv(const QString &path)
{
    QList<QHash<QString, QString>> rows;
    const QList<QByteArray> lines = readFile(path).split('\n');
    if (lines.isEmpty())
        return rows;
    const QStringList header = QString::fromUtf8(lines.first()).trimmed().split(u'\t');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines.at(i));
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(u'\t');
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.insert(header.at(c), cells.value(c).trimmed());
        rows << row;
    }
    return rows;
}

const RecipientResult *findRecipient(const QList<DecodeResult> &results, const QString &address)
{
    for (const DecodeResult &r : results) {
        for (const RecipientResult &x : r.recipients) {
            if (x.recipient.compare(address, Qt::CaseInsensitive) == 0)
                return &x;
        }
    }
    // A row without a recipient (a pasted client error): the first recipient found.
    if (address.isEmpty()) {
        for (const DecodeResult &r : results) {
            if (!r.recipients.isEmpty())
                return &r.recipients.first();
        }
    }
    return nullptr;
}

} // namespace

class tst_BounceDecoder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixtures_data();
    void fixtures();
    void sharedAccuracy();
    void wideAccuracy();
    void limits();
    void mbox();
    void mboxOnThreads();
    void cancel();
    void pastedGmailChinese();
    void lineEndings_data();
    void lineEndings();
    void dsnFieldsAndOriginal();
    void spansPointIntoInput();
    void mboxSpansPointIntoMbox();
    void htmlOnly();
    void undeclaredGbkHeaders();
    void noReplyFound();
    void reportsJsonAndText();
    void reportsLocalSummaryAndImpliedStatus();

private:
    void addFixtureRows(const QString &dir);
    std::optional<CodeTable> m_table;
};

void tst_BounceDecoder::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
}

void tst_BounceDecoder::addFixtureRows(const QString &dir)
{
    const QString tsv = dir + u"/expected.tsv"_s;
    for (const auto &row : readTsv(tsv)) {
        const QString name = QFileInfo(dir).fileName() + u'/' + row.value(u"file"_s) + u':'
                             + row.value(u"recipient"_s);
        QTest::newRow(qPrintable(name)) << dir + u'/' + row.value(u"file"_s) << row;
    }
}

void tst_BounceDecoder::fixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QHashStringString>("row");
    const QString data = QStringLiteral(BOUNCELENS_TEST_DATA);
    if (!QFile::exists(data + u"/bounces/expected.tsv"_s)
        && !QFile::exists(data + u"/paste/expected.tsv"_s))
        QSKIP("no golden fixtures yet (tests/data/bounces/expected.tsv)");
    addFixtureRows(data + u"/bounces"_s);
    addFixtureRows(data + u"/paste"_s);
}

void tst_BounceDecoder::fixtures()
{
    QFETCH(QString, path);
    QFETCH(QHashStringString, row);
    const QByteArray input = readFile(path);
    const BounceDecoder decoder(*m_table);
    const QList<DecodeResult> results = decoder.decodeAll(input);
    QVERIFY(!results.isEmpty());

    if (row.value(u"action"_s) == u"error"_s) {
        // Nothing to decode: an error or an empty "nothing found" result, never a recipient.
        for (const DecodeResult &r : results)
            QVERIFY2(
                r.recipients.isEmpty(),
                qPrintable(r.recipients.isEmpty() ? QString() : r.recipients.first().recipient));
        if (input.trimmed().isEmpty() || path.endsWith(u".bin"_s))
            QVERIFY(results.first().errorCode != ErrorCode::None);
        return;
    }
    const RecipientResult *x = findRecipient(results, row.value(u"recipient"_s));
    QVERIFY2(x, qPrintable(u"recipient not found: "_s + row.value(u"recipient"_s)));
    if (!row.value(u"recipient"_s).isEmpty())
        QCOMPARE(x->recipient.toLower(), row.value(u"recipient"_s).toLower());
    QCOMPARE(x->replyCode, row.value(u"reply_code"_s).toInt());
    QCOMPARE(x->status.toString(), row.value(u"status"_s));
    if (!row.value(u"action"_s).isEmpty())
        QCOMPARE(toWord(x->action), row.value(u"action"_s));
    if (!row.value(u"reason"_s).isEmpty())
        QCOMPARE(toWord(x->reason), row.value(u"reason"_s));
    const QString entry = x->entryIndex >= 0 ? m_table->at(x->entryIndex).id : QString();
    if (!row.value(u"entry_id"_s).isEmpty())
        QCOMPARE(entry, row.value(u"entry_id"_s));
    if (!row.value(u"origin"_s).isEmpty())
        QCOMPARE(x->origin, row.value(u"origin"_s));
    // Whose reply the entry explains; "netease?" when only its code said so.
    if (!row.value(u"provider"_s).isEmpty())
        QCOMPARE(x->provider + (x->providerConfirmed ? QString() : u"?"_s),
                 row.value(u"provider"_s));
    // A status stated only in words is implied, never put in status.
    QCOMPARE(x->impliedStatus.toString(), row.value(u"implied_status"_s));
    if (!row.value(u"local_diagnostic"_s).isEmpty())
        QCOMPARE(x->localDiagnostic, row.value(u"local_diagnostic"_s));
    if (!row.value(u"temporary"_s).isEmpty()) {
        QVERIFY(x->temporary.has_value());
        QCOMPARE(*x->temporary ? u"true"_s : u"false"_s, row.value(u"temporary"_s));
    }
    if (!row.value(u"diagnostic"_s).isEmpty())
        QCOMPARE(x->diagnostic, row.value(u"diagnostic"_s));
    if (!row.value(u"report_status"_s).isEmpty())
        QCOMPARE(x->reportStatus.toString(), row.value(u"report_status"_s));
    if (!row.value(u"recipients"_s).isEmpty()) {
        // No recipient lost, none made up (a Message-ID, the sender, the original's addresses).
        qsizetype n = 0;
        for (const DecodeResult &r : results)
            n += r.recipients.size();
        QCOMPARE(n, row.value(u"recipients"_s).toLongLong());
    }
    if (!row.value(u"language"_s).isEmpty()) {
        for (const QString &lang : row.value(u"language"_s).split(u','))
            QVERIFY2(results.first().languages.contains(lang),
                     qPrintable(results.first().languages.join(u',')));
    }
}

void tst_BounceDecoder::sharedAccuracy()
{
    const QString dir = QStringLiteral(BOUNCELENS_SHARED_DIR) + u"/bounces"_s;
    if (!QFile::exists(dir + u"/expected.tsv"_s))
        QSKIP("../shared/bounces is absent");
    const BounceDecoder decoder(*m_table);
    int realRows = 0, realAgree = 0, googleRows = 0, googleAgree = 0;
    QStringList googleMisses;
    QHash<QString, QList<DecodeResult>> cache;
    for (const auto &row : readTsv(dir + u"/expected.tsv"_s)) {
        const QString file = row.value(u"file"_s);
        if (!cache.contains(file))
            cache.insert(file, decoder.decodeAll(readFile(dir + u"/emails/"_s + file)));
        const RecipientResult *x = findRecipient(cache.value(file), row.value(u"recipient"_s));
        const int code = row.value(u"reply_code"_s).toInt();
        const QString status = row.value(u"status"_s);
        const bool pseudo = status.isEmpty() || status.section(u'.', 2).toInt() >= 900;
        const int gotCode = x ? x->replyCode : -1;
        const QString gotStatus = x ? x->status.toString() : u"(no recipient)"_s;
        // A pseudo code (Sisimai's own, 5.0.9xx) means the bounce carries no code: agreement is
        // no reply code and no contradicting class.
        const bool agree = x
                           && (pseudo ? gotCode == code
                                            && (gotStatus.isEmpty() || status.isEmpty()
                                                || gotStatus.at(0) == status.at(0))
                                      : gotCode == code && gotStatus == status);
        const bool google = file.contains(u"google"_s) || file.contains(u"gsuite"_s)
                            || file.contains(u"gmail"_s) || file.contains(u"googlegroups"_s)
                            || row.value(u"diagnostic"_s).contains(u"gsmtp"_s);
        qInfo("%s %s %s: expected %d %s, got %d %s", agree ? "ok  " : "MISS", qPrintable(file),
              qPrintable(row.value(u"recipient"_s)), code, qPrintable(status), gotCode,
              qPrintable(gotStatus));
        if (!pseudo) {
            ++realRows;
            realAgree += agree;
        }
        if (google) {
            ++googleRows;
            googleAgree += agree;
            if (!agree)
                googleMisses << file;
        }
    }
    qInfo("agreement on rows with a real code: %d/%d (%.1f%%); Google rows: %d/%d", realAgree,
          realRows, 100.0 * realAgree / std::max(1, realRows), googleAgree, googleRows);
    QVERIFY2(realAgree == realRows, "a row with a real code of ../shared/bounces disagrees");
    QVERIFY2(googleAgree == googleRows, qPrintable(googleMisses.join(u", "_s)));
}

// ../shared/bounces/wide (287 real bounces of every common MTA), scored as its README says: a
// row counts when it has a reply code or a real enhanced status (last part below 900); it is
// matched when some recipient of that file has the same reply code (when the row has one) and
// the same status (when the row's status is real). tests/bench/score_accuracy.py scores Sisimai
// the same way.
void tst_BounceDecoder::wideAccuracy()
{
    const QString dir = QStringLiteral(BOUNCELENS_SHARED_DIR) + u"/bounces/wide"_s;
    if (!QFile::exists(dir + u"/expected.tsv"_s))
        QSKIP("../shared/bounces/wide is absent");
    const BounceDecoder decoder(*m_table);
    QHash<QString, QList<DecodeResult>> cache;
    int counted = 0, matched = 0;
    for (const auto &row : readTsv(dir + u"/expected.tsv"_s)) {
        const QString file = row.value(u"file"_s);
        const QString code = row.value(u"replycode"_s);
        const QString status = row.value(u"status"_s);
        const bool realStatus = status.count(u'.') == 2 && status.section(u'.', 2).toInt() < 900;
        if (code.isEmpty() && !realStatus)
            continue;
        ++counted;
        if (!cache.contains(file))
            cache.insert(file, decoder.decodeAll(readFile(dir + u"/emails/"_s + file)));
        bool ok = false;
        QStringList got;
        for (const DecodeResult &r : cache.value(file)) {
            for (const RecipientResult &x : r.recipients) {
                ok = ok
                     || ((code.isEmpty() || x.replyCode == code.toInt())
                         && (!realStatus || x.status.toString() == status));
                got << u"%1 %2"_s.arg(x.replyCode).arg(x.status.toString());
            }
        }
        matched += ok;
        if (!ok)
            qInfo("MISS %s #%s: expected %s %s, got %s", qPrintable(file),
                  qPrintable(row.value(u"index"_s)), qPrintable(code), qPrintable(status),
                  qPrintable(got.join(u", "_s)));
    }
    QVERIFY(counted > 200);
    qInfo("wide: %d of %d rows (%.1f%%)", matched, counted, 100.0 * matched / counted);
    QVERIFY2(matched * 100 >= counted * 97, "less than 97% of the wide sample's rows");
}

void tst_BounceDecoder::limits()
{
    const BounceDecoder decoder(*m_table);
    QCOMPARE(decoder.decode(QByteArray()).errorCode, ErrorCode::EmptyInput);
    QCOMPARE(decoder.decode("  \n\n").errorCode, ErrorCode::EmptyInput);
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919) & 0xff);
    QCOMPARE(decoder.decode(binary).errorCode, ErrorCode::BinaryInput);
    // The thresholds, with the control bytes anywhere in a run of eight (the scan skips runs
    // of text eight bytes at a time): one in twenty bytes a control byte is still text.
    for (int offset = 0; offset < 8; ++offset) {
        QByteArray text(120, 'x');
        text[offset + 1] = '\n';
        for (int k = 0; k < 6; ++k) {
            text[offset + 16 * k] = '\x01';
            text[offset + 16 * k + 8] = '\x7f'; // not a control byte here
        }
        QVERIFY(!BounceDecoder::looksBinary(text)); // 6 in 120: not above one in twenty
        text[119 - offset] = '\0';
        QVERIFY(BounceDecoder::looksBinary(text)); // 7 in 120 (a NUL counts too)
    }
    const QByteArray tooBig(BounceDecoder::MaxInputSize + 1, 'a');
    const DecodeResult big = decoder.decode(tooBig);
    QCOMPARE(big.errorCode, ErrorCode::TooBig);
    QVERIFY(NoteText::error(big).contains(u"64"_s));
    QVERIFY(big.recipients.isEmpty());

    // Deep nesting is bounded, not a crash.
    QByteArray nested = "From: a@example.com\nTo: b@example.com\nMIME-Version: 1.0\n";
    for (int i = 0; i < 200; ++i)
        nested += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i)
                  + "\"\n\n--b" + QByteArray::number(i) + "\n";
    nested += "Content-Type: text/plain\n\n550 5.1.1 <b@example.com>: User unknown\n";
    const DecodeResult deep = decoder.decode(nested);
    QCOMPARE(deep.errorCode, ErrorCode::None);
}

void tst_BounceDecoder::mbox()
{
    const QByteArray one = "From: MAILER-DAEMON@mx.example.org\nTo: a@example.org\n"
                           "Subject: Undelivered Mail Returned to Sender\n\n"
                           "<b%1@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 "
                           "User unknown (in reply to RCPT TO command)\n";
    QByteArray mbox;
    for (int i = 1; i <= 3; ++i) {
        mbox += "From MAILER-DAEMON Sat Nov 28 15:12:56 2026\n";
        mbox += QString::fromLatin1(one).arg(i).toLatin1();
        mbox += ">From the desk of nobody\n\n";
    }
    const BounceDecoder decoder(*m_table);
    QVERIFY(BounceDecoder::isMbox(mbox));
    const QList<DecodeResult> results = decoder.decodeAll(mbox);
    QCOMPARE(results.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(results.at(i).source, u"#%1"_s.arg(i + 1));
        QCOMPARE(results.at(i).recipients.size(), 1);
        QCOMPARE(results.at(i).recipients.first().recipient, u"b%1@example.com"_s.arg(i + 1));
        QCOMPARE(toWord(results.at(i).recipients.first().command), u"RCPT"_s);
    }
    QVERIFY(!BounceDecoder::isMbox("From: someone@example.com\n"));

    // The same mbox with CR or CRLF line ends, and with an empty message between separators.
    for (const char *eol : {"\r", "\r\n"}) {
        QByteArray other = mbox;
        other.replace("\n", eol);
        QCOMPARE(decoder.decodeAll(other).size(), 3);
    }
    // Found by the fuzzer: a separator line alone, without any line end (was endless recursion).
    QCOMPARE(decoder.decodeAll("From abcdef").size(), 1);
    const QByteArray withEmpty = "From a Sat Nov 28 15:12:56 2026\n" + mbox;
    QCOMPARE(decoder.decodeAll(withEmpty).size(), 3);
}

void tst_BounceDecoder::mboxOnThreads()
{
    // The shared bounces (or the project's fixtures) as one mbox: decoded on four threads, the
    // results are those of one thread, in the same order.
    QByteArray mbox;
    QDir dir(QStringLiteral(BOUNCELENS_SHARED_DIR "/bounces/emails"));
    if (!dir.exists())
        dir.setPath(QStringLiteral(BOUNCELENS_TEST_DATA "/bounces"));
    const QStringList files = dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() > 20);
    for (const QString &file : files) {
        const QByteArray bytes = readFile(dir.filePath(file));
        if (BounceDecoder::isMbox(bytes))
            continue;
        mbox += "From MAILER-DAEMON Sat Nov 28 15:12:56 2026\n" + bytes + "\n";
    }
    const BounceDecoder decoder(*m_table);
    const QList<DecodeResult> one = decoder.decodeAll(mbox, nullptr, 1);
    const QList<DecodeResult> four = decoder.decodeAll(mbox, nullptr, 4);
    QCOMPARE(BounceDecoder::splitMbox(mbox).size(), one.size());
    QCOMPARE(four.size(), one.size());
    for (qsizetype i = 0; i < one.size(); ++i) {
        QCOMPARE(four.at(i).source, u"#%1"_s.arg(i + 1));
        QCOMPARE(QJsonDocument(decodeResultToJson(four.at(i), *m_table)).toJson(),
                 QJsonDocument(decodeResultToJson(one.at(i), *m_table)).toJson());
    }

    // Cancelled: what was decoded stays, then one result says it was cancelled.
    std::atomic<bool> cancelled{true};
    const QList<DecodeResult> stopped = decoder.decodeAll(mbox, &cancelled, 4);
    QCOMPARE(stopped.size(), 1); // cancelled before the first message: none was decoded
    QCOMPARE(stopped.last().errorCode, ErrorCode::Cancelled);
    QCOMPARE(NoteText::error(stopped.last()), u"Decoding was cancelled."_s);
}

void tst_BounceDecoder::cancel()
{
    const BounceDecoder decoder(*m_table);
    std::atomic<bool> cancelled{true};
    const DecodeResult r
        = decoder.decode("From: a@example.com\nTo: b@example.com\n\n550 5.1.1 x\n", &cancelled);
    QVERIFY(r.errorCode != ErrorCode::None);
}

void tst_BounceDecoder::pastedGmailChinese()
{
    // Chinese Gmail notice as copied from the window: no headers; heading and lead-in in
    // Chinese, the reply in English. (Chinese text is written as UTF-8 escapes: sources are ASCII.)
    const QByteArray text
        = "** \xe6\x89\xbe\xe4\xb8\x8d\xe5\x88\xb0\xe5\x9c\xb0\xe5\x9d\x80 **\n\n"
          "\xe7\x94\xb1\xe4\xba\x8e\xe7\xb3\xbb\xe7\xbb\x9f\xe6\x89\xbe\xe4\xb8\x8d\xe5\x88\xb0"
          "\xe7\x94\xb5\xe5\xad\x90\xe9\x82\xae\xe4\xbb\xb6\xe5\x9c\xb0\xe5\x9d\x80 g@gamma.com"
          "\xef\xbc\x8c\xe6\x88\x96\xe8\xaf\xa5\xe5\x9c\xb0\xe5\x9d\x80\xe6\x97\xa0\xe6\xb3\x95"
          "\xe6\x8e\xa5\xe6\x94\xb6\xe9\x82\xae\xe4\xbb\xb6\xe3\x80\x82\n\n"
          "\xe5\x93\x8d\xe5\xba\x94\xe5\xa6\x82\xe4\xb8\x8b\xef\xbc\x9a"
          "550 5.1.1 The email account "
          "that you tried to reach does not exist. Please try double-checking the recipient's "
          "email "
          "address for typos or unnecessary spaces. For more information, go to "
          "https://support.google.com/mail/?p=NoSuchUser abc123si.1 - gsmtp\n";
    const BounceDecoder decoder(*m_table);
    const DecodeResult r = decoder.decode(text);
    QCOMPARE(r.recipients.size(), 1);
    const RecipientResult &x = r.recipients.first();
    QCOMPARE(x.recipient, u"g@gamma.com"_s);
    QCOMPARE(x.replyCode, 550);
    QCOMPARE(x.status.toString(), u"5.1.1"_s);
    QCOMPARE(x.origin, u"gsmtp"_s);
    QCOMPARE(toWord(x.reason), u"userunknown"_s);
    QVERIFY(x.entryIndex >= 0);
    QVERIFY(m_table->at(x.entryIndex).isGmail());
    QVERIFY(r.languages.contains(u"zh"_s));
    QVERIFY(r.languages.contains(u"en"_s));
    QVERIFY(!x.spans.isEmpty());
}

void tst_BounceDecoder::lineEndings_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void tst_BounceDecoder::lineEndings()
{
    QFETCH(QByteArray, eol);
    QByteArray message = "From: Mail Delivery System <MAILER-DAEMON@mail.example.org>\n"
                         "To: sender@example.org\n"
                         "Subject: Undelivered Mail Returned to Sender\n"
                         "\n"
                         "<someone@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.27]\n"
                         "    said: 550-5.1.1 The email account that you tried to reach does not\n"
                         "    exist. Please try 550-5.1.1 double-checking the recipient's email\n"
                         "    address for typos or 550-5.1.1 unnecessary spaces. Learn more at\n"
                         "    550 5.1.1 https://support.google.com/mail/?p=NoSuchUser\n"
                         "    x1si2.3 - gsmtp (in reply to RCPT TO command)\n";
    message.replace("\n", eol);
    const BounceDecoder decoder(*m_table);
    const DecodeResult r = decoder.decode(message);
    QCOMPARE(r.recipients.size(), 1);
    const RecipientResult &x = r.recipients.first();
    QCOMPARE(x.recipient, u"someone@gmail.com"_s);
    QCOMPARE(x.replyCode, 550);
    QCOMPARE(x.status.toString(), u"5.1.1"_s);
    QCOMPARE(toWord(x.command), u"RCPT"_s);
    QCOMPARE(x.remoteMta, u"gmail-smtp-in.l.google.com"_s);
    QVERIFY(!x.diagnostic.contains(u"550-5.1.1"_s));
    QVERIFY(!x.diagnostic.contains(u"in reply to"_s));
    QCOMPARE(x.origin, u"gsmtp"_s);
    QCOMPARE(r.provider, u"Postfix"_s);
}

void tst_BounceDecoder::dsnFieldsAndOriginal()
{
    const QByteArray message
        = "From: MAILER-DAEMON@mx.example.net\nTo: a@example.org\nSubject: failure\n"
          "MIME-Version: 1.0\n"
          "Content-Type: multipart/report; report-type=delivery-status; boundary=\"XX\"\n\n"
          "--XX\nContent-Type: text/plain\n\nDelivery failed.\n"
          "--XX\nContent-Type: message/delivery-status\n\n"
          "Reporting-MTA: dns; mx.example.net\nArrival-Date: Sat, 28 Nov 2026 10:00:00 +0000\n\n"
          "Original-Recipient: rfc822;Box@example.com\nFinal-Recipient: rfc822; box@example.com\n"
          "Action: delayed\nStatus: 4.2.2\nRemote-MTA: dns; mx.example.com\n"
          "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full,\n try again later\n"
          "Last-Attempt-Date: Sat, 28 Nov 2026 10:05:00 +0000\n"
          "Will-Retry-Until: Mon, 30 Nov 2026 10:00:00 +0000\n\n"
          "--XX\nContent-Type: text/rfc822-headers\n\n"
          "From: =?UTF-8?B?5byg5LiJ?= <zhang@example.org>\nTo: box@example.com\n"
          "Subject: =?GB2312?B?suLK1A==?=\nDate: Sat, 28 Nov 2026 09:59:00 +0000\n"
          "Message-ID: <id1@example.org>\n\n--XX--\n";
    const BounceDecoder decoder(*m_table);
    const DecodeResult r = decoder.decode(message);
    QCOMPARE(r.recipients.size(), 1);
    const RecipientResult &x = r.recipients.first();
    QCOMPARE(x.recipient, u"box@example.com"_s);
    QCOMPARE(x.originalRecipient, u"Box@example.com"_s);
    QCOMPARE(toWord(x.action), u"delayed"_s);
    QCOMPARE(x.replyCode, 452);
    QCOMPARE(x.status.toString(), u"4.2.2"_s);
    QCOMPARE(x.diagnostic, u"452 4.2.2 Mailbox full, try again later"_s);
    QCOMPARE(x.remoteMta, u"mx.example.com"_s);
    QCOMPARE(x.reportingMta, u"mx.example.net"_s);
    QCOMPARE(x.arrivalDate, u"Sat, 28 Nov 2026 10:00:00 +0000"_s);
    QCOMPARE(x.lastAttemptDate, u"Sat, 28 Nov 2026 10:05:00 +0000"_s);
    QCOMPARE(x.willRetryUntil, u"Mon, 30 Nov 2026 10:00:00 +0000"_s);
    QCOMPARE(x.temporary, std::optional<bool>(true));
    QCOMPARE(toWord(x.reason), u"mailboxfull"_s);
    QCOMPARE(r.reportingMta, u"mx.example.net"_s);
    QCOMPARE(r.originalSubject, QString::fromUtf8("\xe6\xb5\x8b\xe8\xaf\x95")); // GB2312 "test"
    QVERIFY(r.originalFrom.contains(QString::fromUtf8("\xe5\xbc\xa0\xe4\xb8\x89")));
    QCOMPARE(r.originalMessageId, u"<id1@example.org>"_s);
    QCOMPARE(r.originalDate, u"Sat, 28 Nov 2026 09:59:00 +0000"_s);
}

void tst_BounceDecoder::spansPointIntoInput()
{
    const QByteArray text = "Hello,\n\nThe response from the remote server was:\n"
                            "550 5.7.1 Relay access denied\n";
    const BounceDecoder decoder(*m_table);
    const DecodeResult r = decoder.decode(text);
    QCOMPARE(r.recipients.size(), 1);
    const RecipientResult &x = r.recipients.first();
    QCOMPARE(x.replyCode, 550);
    QCOMPARE(x.spans.size(), 1);
    QCOMPARE(text.mid(x.spans.first().first, x.spans.first().second),
             QByteArray("550 5.7.1 Relay access denied"));
    QCOMPARE(toWord(x.reason), u"norelaying"_s);
}

void tst_BounceDecoder::mboxSpansPointIntoMbox()
{
    // The window highlights the reply in the whole mbox it shows: the positions of a message's
    // reply count from the start of the mbox, past the mboxrd ">From " lines that lost a ">".
    QByteArray mbox;
    for (int i = 1; i <= 3; ++i) {
        mbox += "From MAILER-DAEMON Sat Nov 28 15:12:56 2026\n"
                "From: MAILER-DAEMON@mx.example.org\nTo: a@example.org\n"
                "Subject: Undelivered Mail Returned to Sender\n\n"
                ">From the desk of nobody\n>>From deeper\n"
                "The response from the remote server was:\n"
                "550 5.7.1 Relay access denied for b"
                + QByteArray::number(i) + "@example.com\n\n";
    }
    const BounceDecoder decoder(*m_table);
    const QList<DecodeResult> results = decoder.decodeAll(mbox, nullptr, 2);
    QCOMPARE(results.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(results.at(i).recipients.size(), 1);
        const auto spans = results.at(i).recipients.first().spans;
        QCOMPARE(spans.size(), 1);
        QCOMPARE(mbox.mid(spans.first().first, spans.first().second),
                 "550 5.7.1 Relay access denied for b" + QByteArray::number(i + 1)
                     + "@example.com");
    }
    // Unquoted for the decoder: the message reads "From the desk", ">From deeper".
    const QList<BounceDecoder::MboxMessage> messages = BounceDecoder::splitMbox(mbox);
    QVERIFY(messages.first().bytes.contains("\nFrom the desk of nobody\n>From deeper\n"));
}

void tst_BounceDecoder::htmlOnly()
{
    const QByteArray message
        = "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: me@example.org\n"
          "Subject: Delivery Status Notification (Failure)\nMIME-Version: 1.0\n"
          "Content-Type: text/html; charset=UTF-8\n\n"
          "<html><head><style>p{color:red}</style></head><body><h2>Address not found</h2>"
          "<p>Your message wasn't delivered to <b>x.y@gmail.com</b> because the address couldn't "
          "be found.</p><p>The response from the remote server was:</p><p>550 5.1.1 The email "
          "account that you tried to reach does not exist. For more information, go to "
          "<a href=\"https://support.google.com/mail/?p=NoSuchUser\">https://support.google.com/"
          "mail/?p=NoSuchUser</a> a1si2.3 - gsmtp</p></body></html>\n";
    const BounceDecoder decoder(*m_table);
    const DecodeResult r = decoder.decode(message);
    QCOMPARE(r.recipients.size(), 1);
    QCOMPARE(r.recipients.first().recipient, u"x.y@gmail.com"_s);
    QCOMPARE(r.recipients.first().status.toString(), u"5.1.1"_s);
    QVERIFY(!r.recipients.first().diagnostic.contains(u"<"_s));
    QCOMPARE(r.provider, u"Gmail"_s);
}

void tst_BounceDecoder::undeclaredGbkHeaders()
{
    // Raw 8-bit GBK in a header and body, no charset declared anywhere.
    QByteArray message = "From: postmaster@mail.example.cn\nTo: a@example.org\nSubject: ";
    const QByteArray gbk = "\xcd\xcb\xd0\xc5\xcd\xa8\xd6\xaa"; // GBK for a four-character word
    message += gbk + "\n\n" + gbk + "\n" + gbk + gbk + gbk + gbk
               + "\n\n<b@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User "
                 "unknown (in reply to RCPT TO command)\n";
    const BounceDecoder decoder(*m_table);
    const DecodeResult r = decoder.decode(message);
    QCOMPARE(r.recipients.size(), 1);
    QCOMPARE(r.recipients.first().status.toString(), u"5.1.1"_s);
    QVERIFY(r.charset.contains(u"gb"_s));
    QVERIFY(r.languages.contains(u"zh"_s));
}

void tst_BounceDecoder::noReplyFound()
{
    const QByteArray message = "From: someone@example.org\nTo: me@example.org\n"
                               "Subject: Out of office\nAuto-Submitted: auto-replied\n\n"
                               "I am away until 2026-12-01. Call 010-5550-1234.\n";
    const BounceDecoder decoder(*m_table);
    const DecodeResult r = decoder.decode(message);
    QCOMPARE(r.errorCode, ErrorCode::None);
    QVERIFY(r.recipients.isEmpty());
    QVERIFY(!r.recognised.isEmpty());
}

void tst_BounceDecoder::reportsJsonAndText()
{
    const QByteArray text = "The response was:\n550 5.1.1 <u@example.com>... User unknown\n";
    const BounceDecoder decoder(*m_table);
    DecodeResult r = decoder.decode(text);
    r.source = u"x.eml"_s;
    const QJsonObject o = decodeResultToJson(r, *m_table);
    QCOMPARE(o.value(u"file"_s).toString(), u"x.eml"_s);
    const QJsonObject x = o.value(u"recipients"_s).toArray().first().toObject();
    QCOMPARE(x.value(u"recipient"_s).toString(), u"u@example.com"_s);
    QCOMPARE(x.value(u"reply_code"_s).toInt(), 550);
    QCOMPARE(x.value(u"status"_s).toString(), u"5.1.1"_s);
    QCOMPARE(x.value(u"entry_id"_s).toString(), u"rfc3463-x.1.1"_s);
    QCOMPARE(x.value(u"temporary"_s).toBool(true), false);
    for (const char *key : {"action", "diagnostic", "origin", "reason", "confidence"})
        QVERIFY2(x.contains(QLatin1StringView(key)), key);
    QVERIFY(!o.contains(u"error"_s));
    const QString report = decodeResultToText(r, *m_table, u"en"_s);
    QVERIFY(report.contains(u"u@example.com"_s));
    QVERIFY(report.contains(u"550 5.1.1"_s));

    DecodeResult bad = decoder.decode(QByteArray());
    QVERIFY(decodeResultToJson(bad, *m_table).contains(u"error"_s));
}

// The remote reply and the local MTA's differing summary are both reported; a status stated only
// in words is reported as implied, never as the status.
void tst_BounceDecoder::reportsLocalSummaryAndImpliedStatus()
{
    const BounceDecoder decoder(*m_table);
    const QString data = QStringLiteral(BOUNCELENS_TEST_DATA) + u"/bounces/"_s;
    const DecodeResult transcript
        = decoder.decode(readFile(data + u"sendmail-transcript-remote-over-local.eml"_s));
    const QJsonObject t = decodeResultToJson(transcript, *m_table);
    const QJsonObject tr0 = t.value(u"recipients"_s).toArray().first().toObject();
    QCOMPARE(tr0.value(u"reply_code"_s).toInt(), 550);
    QCOMPARE(tr0.value(u"local_diagnostic"_s).toString(), u"554 5.0.0 Service unavailable"_s);
    QVERIFY(decodeResultToText(transcript, *m_table, u"en"_s)
                .contains(u"summary: 554 5.0.0 Service unavailable"_s));

    const DecodeResult words = decoder.decode(readFile(data + u"postfix-no-code-words.eml"_s));
    const QJsonObject w
        = decodeResultToJson(words, *m_table).value(u"recipients"_s).toArray().first().toObject();
    QVERIFY(w.value(u"status"_s).isNull());
    QCOMPARE(w.value(u"implied_status"_s).toString(), u"5.1.1"_s);
    QVERIFY(decodeResultToText(words, *m_table, u"en"_s).contains(u"Implied status: 5.1.1"_s));
}

QTEST_GUILESS_MAIN(tst_BounceDecoder)
#include "tst_bouncedecoder.moc"
