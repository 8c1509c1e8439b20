// The SMTP reply grammar: one inline case per layout rule (continuations, MTA wrappers, lead-ins,
// prefixes and suffixes, mangled text), and the cut before the copy of the original message.
#include "decoder/bouncepatterns.h"
#include "decoder/replyextractor.h"
#include "decoder/replylayouts.h"

#include <QtTest>

#include <optional>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_ReplyExtractor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void find_data();
    void find();
    void parse_data();
    void parse();
    void originalStart();
    void sendmailTranscript();
    void nothingInPlainProse();
    void layoutsOfOtherMtas_data();
    void layoutsOfOtherMtas();
    void loadErrors();
    void layoutFixtures_data();
    void layoutFixtures();
    void everyLayoutHasFixtures();
    void layoutTableIsWellFormed();

private:
    std::optional<BouncePatterns> m_patterns;
};

void tst_ReplyExtractor::initTestCase()
{
    QString error;
    m_patterns = BouncePatterns::loadBuiltIn(&error);
    QVERIFY2(m_patterns, qPrintable(error));
}

void tst_ReplyExtractor::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("diagnosticStart");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("origin");

    QTest::newRow("multi-line continuation")
        << u"550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
           "550-5.1.1 double-checking the recipient's email address for typos or\n"
           "550-5.1.1 unnecessary spaces. Learn more at\n"
           "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si2.3 - gsmtp\n"_s
        << 550 << u"5.1.1"_s << u"550 5.1.1 The email account that you tried to reach"_s
        << QString() << u"NoSuchUser"_s << u"gsmtp"_s;
    QTest::newRow("postfix joined tokens")
        << u"<a@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.1] said: 550-5.1.1 The\n"
           "    email account does not exist. Please try 550-5.1.1 double-checking the\n"
           "    address. Learn more at 550 5.1.1\n"
           "    https://support.google.com/mail/?p=NoSuchUser x - gsmtp (in reply to RCPT TO\n"
           "    command)\n"_s
        << 550 << u"5.1.1"_s << u"550 5.1.1 The email account does not exist. Please try double"_s
        << u"RCPT"_s << u"NoSuchUser"_s << u"gsmtp"_s;
    QTest::newRow("exim after RCPT")
        << u"  b@example.jp\n    SMTP error from remote mail server after RCPT TO:<b@example.jp>:\n"
           "    host mx.example.jp [192.0.2.153]: 550 5.1.1 <b@example.jp>... User Unknown\n"_s
        << 550 << u"5.1.1"_s << u"550 5.1.1 <b@example.jp>... User Unknown"_s << u"RCPT"_s
        << QString() << QString();
    QTest::newRow("exim log with \\n")
        << u"SMTP error from remote mail server after end of data: 421-4.7.0 [192.0.2.80 15] Our "
           "system has detected an unusual rate of\\n421-4.7.0 unsolicited mail.\\n421 4.7.0 "
           "Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError p4si3.9 - "
           "gsmtp"_s
        << 421 << u"4.7.0"_s << u"421 4.7.0 [192.0.2.80 15] Our system"_s << u"DATA"_s
        << u"UnsolicitedRateLimitError"_s << u"gsmtp"_s;
    QTest::newRow("qmail remote host said")
        << u"<c@gmail.com>:\n192.0.2.5 does not like recipient.\nRemote host said: 552-5.2.2 The "
           "recipient's inbox is out of storage space.\n"_s
        << 552 << u"5.2.2"_s << u"552 5.2.2 The recipient's inbox"_s << QString() << QString()
        << QString();
    QTest::newRow("exchange hashes")
        << u"Diagnostic information:\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n"_s
        << 550 << u"5.1.1"_s << u"550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"_s << QString()
        << QString() << QString();
    QTest::newRow("gmail response label")
        << u"The response from the remote server was:\n554 5.7.1 <x@example.cn>: Relay access "
           "denied\n"_s
        << 554 << u"5.7.1"_s << u"554 5.7.1 <x@example.cn>: Relay access denied"_s << QString()
        << QString() << QString();
    QTest::newRow("underscores for spaces")
        << u"smtp_response=550_5.1.1_The_email_account_that_you_tried_to_reach_does_not_exist._"
           "https://support.google.com/mail/?p=NoSuchUser_a1si2.3_-_gsmtp\n"_s
        << 550 << u"5.1.1"_s << u"550 5.1.1 The email account that you"_s << QString()
        << u"NoSuchUser"_s << u"gsmtp"_s;
    QTest::newRow("enhanced code only")
        << u"SMTP error from remote server after RCPT command:\nhost: mx.example.jp\n5.2.2 "
           "<s@example.jp>... Mailbox Full\n"_s
        << 0 << u"5.2.2"_s << u"5.2.2 <s@example.jp>... Mailbox Full"_s << u"RCPT"_s << QString()
        << QString();
    QTest::newRow("python smtplib tuple")
        << u"smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted. "
           "For more information, go to\\n5.7.8  https://support.google.com/mail/?p=BadCredentials "
           "d9si1.11 - gsmtp')"_s
        << 535 << u"5.7.8"_s << u"535 5.7.8 Username and Password not accepted."_s << QString()
        << u"BadCredentials"_s << u"gsmtp"_s;
    QTest::newRow("gcdp suffix")
        << u"The response was:\n550 5.7.1 This message violates example.com email policy. - gcdp "
           "<a1b2> - gsmtp\n"_s
        << 550 << u"5.7.1"_s << u"550 5.7.1 This message violates example.com"_s << QString()
        << QString() << u"gcdp"_s;
    QTest::newRow("hard-wrapped at a fixed width")
        << u"<o@gmail.com>: host gmail-smtp-in.l.go\n"
           "ogle.com[192.0.2.27] said: 550-5.1.1 The email accou\n"
           "nt that you tried to reach does not exist. Please tr\n"
           "y 550-5.1.1 double-checking the recipient's email ad\n"
           "dress. - gsmtp (in reply to RCPT TO command)\n"_s
        << 550 << u"5.1.1"_s
        << u"550 5.1.1 The email account that you tried to reach does not exist. Please try "
           "double-checking"_s
        << u"RCPT"_s << QString() << u"gsmtp"_s;
}

void tst_ReplyExtractor::find()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    QFETCH(QString, status);
    QFETCH(QString, diagnosticStart);
    QFETCH(QString, command);
    QFETCH(QString, slug);
    QFETCH(QString, origin);
    const QList<SmtpReply> replies = ReplyExtractor::find(text, *m_patterns);
    QList<SmtpReply> coded;
    for (const SmtpReply &r : replies) {
        if (r.code > 0 || !r.status.isEmpty())
            coded << r;
    }
    QCOMPARE(coded.size(), 1);
    const SmtpReply &r = coded.first();
    QCOMPARE(r.code, code);
    QCOMPARE(r.status, status);
    QVERIFY2(r.diagnostic.startsWith(diagnosticStart), qPrintable(r.diagnostic));
    QCOMPARE(r.command, command);
    QCOMPARE(r.slug, slug);
    QCOMPARE(r.origin, origin);
    QVERIFY(!r.text.contains(u"gsmtp"_s));
    QVERIFY(!r.text.contains(u"https://"_s));
}

void tst_ReplyExtractor::parse_data()
{
    QTest::addColumn<QString>("quoted");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("remoteHost");

    QTest::newRow("amazon ses: code after a note")
        << u"5.1.0 - Unknown address error 550-'5.7.1 <x@example.com>... Access denied'"_s << 550
        << u"5.7.1"_s << u"<x@example.com>... Access denied'"_s << QString();
    QTest::newRow("postfix x-postfix host said")
        << u"host mta.example.com[192.0.2.225] said: 554 5.6.0 Message rejected"_s << 554
        << u"5.6.0"_s << u"Message rejected"_s << u"mta.example.com"_s;
    QTest::newRow("ip prefix and session id")
        << u"550-5.7.1 [192.0.2.22      18] Our system has detected that this message is likely "
           "unsolicited mail. 550 5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError "
           "z1si2.3 - gsmtp"_s
        << 550 << u"5.7.1"_s
        << u"Our system has detected that this message is likely unsolicited mail."_s << QString();
    QTest::newRow("basic code only") << u"550 Ip frequency limited"_s << 550 << QString()
                                     << u"Ip frequency limited"_s << QString();
    QTest::newRow("no code") << u"DNS Error: 80335577 DNS type 'mx' lookup of example.jp"_s << 0
                             << QString()
                             << u"DNS Error: 80335577 DNS type 'mx' lookup of example.jp"_s
                             << QString();
    QTest::newRow("gmail own domain hash") << u"550 #5.1.0 Address rejected."_s << 550 << u"5.1.0"_s
                                           << u"Address rejected."_s << QString();
}

void tst_ReplyExtractor::parse()
{
    QFETCH(QString, quoted);
    QFETCH(int, code);
    QFETCH(QString, status);
    QFETCH(QString, text);
    QFETCH(QString, remoteHost);
    const SmtpReply r = ReplyExtractor::parse(quoted);
    QCOMPARE(r.code, code);
    QCOMPARE(r.status, status);
    QCOMPARE(r.text, text);
    QCOMPARE(r.remoteHost, remoteHost);
}

void tst_ReplyExtractor::originalStart()
{
    const QString text = u"Delivery failed.\n550 5.1.1 x\n\n----- Original message -----\n\n"
                         "From: a@b.example\n\n553 5.1.2 not this one\n"_s;
    const qsizetype cut = ReplyExtractor::originalStart(text, *m_patterns);
    QVERIFY(cut > 0);
    QVERIFY(text.mid(cut).startsWith(u"----- Original"_s));
    const QList<SmtpReply> replies = ReplyExtractor::find(text, *m_patterns);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().status, u"5.1.1"_s);
    // A forwarded notice is not the original message.
    QCOMPARE(
        ReplyExtractor::originalStart(u"---------- Forwarded message ---------\n"_s, *m_patterns),
        -1);
}

void tst_ReplyExtractor::sendmailTranscript()
{
    const QString text = u"... while talking to gmail-smtp-in.l.google.com.:\n"
                         ">>> DATA\n"
                         "<<< 550-5.7.26 Unauthenticated email from example.com is not accepted\n"
                         "<<< 550 5.7.26 due to domain's DMARC policy. x1si2.3 - gsmtp\n"
                         "550 5.1.1 <g@gmail.com>... User unknown\n"
                         "<<< 503 5.5.1 RCPT first. x1si2.3 - gsmtp\n"_s;
    const QList<SmtpReply> replies = ReplyExtractor::find(text, *m_patterns);
    QCOMPARE(replies.size(), 3);
    QCOMPARE(replies.at(0).status, u"5.7.26"_s);
    QCOMPARE(replies.at(0).command, u"DATA"_s);
    QVERIFY(replies.at(0).diagnostic.contains(u"DMARC policy"_s));
    QCOMPARE(replies.at(1).status, u"5.1.1"_s);
    QCOMPARE(replies.at(2).code, 503);
}

void tst_ReplyExtractor::nothingInPlainProse()
{
    // Dates, times, phone numbers and IP addresses are not reply codes.
    const QString text
        = u"I am away until 2026-12-01 at 10:30. Call 010-5550-1234 or +86 550 1234.\n"
          "Server 192.0.2.250 was rebooted on Thu, 29 Apr 2017 23:34:45 +0900.\n"_s;
    for (const SmtpReply &r : ReplyExtractor::find(text, *m_patterns))
        QVERIFY2(r.code == 0 && r.status.isEmpty(), qPrintable(r.diagnostic));
}

// Layouts of other MTAs (kinds, each from its documentation): the reply's code and status, and
// whether it is the remote server's own words or the local MTA's summary.
void tst_ReplyExtractor::layoutsOfOtherMtas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("index"); // which reply found
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("remote");
    QTest::addColumn<bool>("localSummary");

    // qmail QSBMF: the status in "(#x.y.z)" notation, with or without an SMTP code.
    QTest::newRow("qsbmf without code")
        << u"<a@example.org>:\nSorry, I couldn't find any host named example.org. (#5.1.2)\n"_s << 0
        << 0 << u"5.1.2"_s << false << false;
    QTest::newRow("qsbmf with remote code")
        << u"<a@example.org>:\nremote host 192.0.2.1 said: 550 Unknown user a@example.org\n. (#5.5.0)\n"_s
        << 0 << 550 << u"5.5.0"_s << false << false;
    QTest::newRow("qsbmf notation with a note")
        << u"550 sorry, no mailbox here by that name (#5.1.1 - chkusr)\n"_s << 0 << 550
        << u"5.1.1"_s << false << false;
    QTest::newRow("bracketed notation")
        << u"<a@example.org>:\nResources temporarily unavailable [#4.1.9].\n"_s << 0 << 0
        << u"4.1.9"_s << false << false;
    // Yahoo: a colon after the basic code.
    QTest::newRow("yahoo colon")
        << u"<a@example.org>:\n550: 5.2.2 <a@example.org>... Mailbox Full\n"_s << 0 << 550
        << u"5.2.2"_s << false << false;
    // Zoho: labelled codes inside a sentence.
    QTest::newRow("zoho error_code")
        << u"a@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <a@example.org>... User Unknown\n"_s
        << 0 << 550 << u"5.1.1"_s << false << false;
    // "<address>: code text" on one line.
    QTest::newRow("address colon code")
        << u"  <a@example.org>: 550 unknown user\n"_s << 0 << 550 << QString() << false << false;
    // Sendmail transcript: "<<<" is the remote server, the line after it the local summary.
    QTest::newRow("transcript remote")
        << u"... while talking to mx.example.org.:\n>>> DATA\n<<< 550 5.7.1 Blocked\n554 5.0.0 Service unavailable\n"_s
        << 0 << 550 << u"5.7.1"_s << true << false;
    QTest::newRow("transcript local summary")
        << u"... while talking to mx.example.org.:\n>>> DATA\n<<< 550 5.7.1 Blocked\n554 5.0.0 Service unavailable\n"_s
        << 1 << 554 << u"5.0.0"_s << false << true;
}

void tst_ReplyExtractor::layoutsOfOtherMtas()
{
    QFETCH(QString, text);
    QFETCH(int, index);
    QFETCH(int, code);
    QFETCH(QString, status);
    QFETCH(bool, remote);
    QFETCH(bool, localSummary);
    const QList<SmtpReply> replies = ReplyExtractor::find(text, *m_patterns);
    QVERIFY2(replies.size() > index, qPrintable(QString::number(replies.size())));
    const SmtpReply &r = replies.at(index);
    QCOMPARE(r.code, code);
    QCOMPARE(r.status, status);
    QCOMPARE(r.remote, remote);
    QCOMPARE(r.localSummary, localSummary);
}

void tst_ReplyExtractor::loadErrors()
{
    // Patterns are loaded like the code table: nothing, and a message saying why.
    QString error;
    QVERIFY(!BouncePatterns::load("{ not json", "{}", &error));
    QVERIFY(error.contains(u"bounce-patterns.json"_s));
    error.clear();
    QVERIFY(!BouncePatterns::load("{}", "[ broken", &error));
    QVERIFY(error.contains(u"rfc3463"_s));
    QVERIFY(BouncePatterns::load("{}", "{}", &error));
}

namespace {

// The fixtures of the layouts table: tests/data/replies/index.tsv, one line per reply checked.
struct FixtureRow
{
    QHash<QString, QString> fields;
    QString operator[](const QString &key) const { return fields.value(key); }
};

QList<FixtureRow> readFixtureIndex(const QString &path)
{
    QList<FixtureRow> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    QStringList header;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells
            = QString::fromUtf8(raw).chopped(raw.endsWith('\r') ? 1 : 0).split(u'\t');
        if (header.isEmpty()) {
            header = cells;
            continue;
        }
        FixtureRow row;
        for (qsizetype k = 0; k < header.size(); ++k)
            row.fields.insert(header.at(k), cells.value(k));
        rows << row;
    }
    return rows;
}

QString fixtureDir()
{
    return QFINDTESTDATA("data/replies");
}

} // namespace

// Each layout's documented variants, from fixtures written for the project: the replies found
// (with a code or status), and the checked one's code, status, stage, and whose words they are.
void tst_ReplyExtractor::layoutFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("coded");
    QTest::addColumn<int>("reply");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("remote");
    QTest::addColumn<bool>("localSummary");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("diagnostic");

    const QList<FixtureRow> rows = readFixtureIndex(fixtureDir() + u"/index.tsv"_s);
    QVERIFY2(rows.size() >= 40, "tests/data/replies/index.tsv is missing or short");
    for (const FixtureRow &row : rows) {
        const QString tag = row[u"file"_s] + u'#' + row[u"reply"_s];
        QTest::newRow(qPrintable(tag))
            << row[u"file"_s] << row[u"coded"_s].toInt() << row[u"reply"_s].toInt()
            << row[u"code"_s].toInt() << row[u"status"_s] << row[u"command"_s]
            << (row[u"remote"_s] == u"1"_s) << (row[u"local_summary"_s] == u"1"_s) << row[u"host"_s]
            << row[u"diagnostic"_s];
    }
}

void tst_ReplyExtractor::layoutFixtures()
{
    QFETCH(QString, file);
    QFETCH(int, coded);
    QFETCH(int, reply);
    QFETCH(int, code);
    QFETCH(QString, status);
    QFETCH(QString, command);
    QFETCH(bool, remote);
    QFETCH(bool, localSummary);
    QFETCH(QString, host);
    QFETCH(QString, diagnostic);

    QFile f(fixtureDir() + u'/' + file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    const QString text = QString::fromUtf8(f.readAll());
    // coded 0: a layout whose notices carry no reply code (Google Workspace's own notices,
    // Verizon's): no code may be read into it, and `reply` indexes the replies without one.
    QList<SmtpReply> found, uncoded;
    for (const SmtpReply &r : ReplyExtractor::find(text, *m_patterns)) {
        if (r.code > 0 || !r.status.isEmpty())
            found << r;
        else
            uncoded << r;
    }
    QStringList seen;
    for (const SmtpReply &r : found)
        seen << QString::number(r.code) + u' ' + r.status;
    QVERIFY2(found.size() == coded, qPrintable(seen.join(u" | "_s)));
    if (coded == 0)
        found = uncoded;
    QVERIFY2(reply < found.size(), qPrintable(file));
    const SmtpReply &r = found.at(reply);
    QCOMPARE(r.code, code);
    QCOMPARE(r.status, status);
    QCOMPARE(r.command, command);
    QCOMPARE(r.remote, remote);
    QCOMPARE(r.localSummary, localSummary);
    if (!host.isEmpty())
        QCOMPARE(r.remoteHost, host);
    QCOMPARE(r.diagnostic, diagnostic);
}

// Every row of the layouts table has a fixture, and every fixture names existing rows: removing
// a row (or renaming it) fails here as well as in the fixtures that need it.
void tst_ReplyExtractor::everyLayoutHasFixtures()
{
    QSet<QString> covered;
    for (const FixtureRow &row : readFixtureIndex(fixtureDir() + u"/index.tsv"_s)) {
        for (const QString &name : row[u"layouts"_s].split(u',', Qt::SkipEmptyParts)) {
            QVERIFY2(ReplyLayouts::byName(name), qPrintable(u"no layout row "_s + name));
            covered.insert(name);
        }
    }
    for (const ReplyLayout &layout : ReplyLayouts::all())
        QVERIFY2(covered.contains(layout.name), qPrintable(u"no fixture for "_s + layout.name));
}

void tst_ReplyExtractor::layoutTableIsWellFormed()
{
    QSet<QString> names;
    for (const ReplyLayout &layout : ReplyLayouts::all()) {
        QVERIFY2(!names.contains(layout.name), qPrintable(layout.name));
        names.insert(layout.name);
        QVERIFY2(!layout.mta.isEmpty() && !layout.documentedIn.isEmpty(), qPrintable(layout.name));
        QVERIFY2(layout.pattern.isValid(), qPrintable(layout.name));
        QVERIFY2(!layout.pattern.pattern().isEmpty() || !layout.literals.isEmpty()
                     || layout.width > 0,
                 qPrintable(layout.name));
    }
    // Kinds read as literals need theirs.
    for (const auto kind : {ReplyLayout::Marks, ReplyLayout::UnbalancedClose}) {
        for (const ReplyLayout *layout : ReplyLayouts::ofKind(kind))
            QVERIFY2(layout->literals.size() == 2, qPrintable(layout->name));
    }
}

QTEST_GUILESS_MAIN(tst_ReplyExtractor)
#include "tst_replyextractor.moc"
