// "What to fix" (issue 20): fix-sending recipients grouped by cause and sending identity, with
// the records to check; the console's `decode --sender-report [--json]` prints the same.
#include "cli/decodecommand.h"
#include "codes/codetable.h"
#include "decoder/bouncedecoder.h"
#include "mailboxtestdata.h"
#include "report/decodereport.h"
#include "report/senderreport.h"
#include "report/verdict.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_SenderReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gmailDmarcNamesFromDomainAndDkim();
    void spfOnlyNamesReturnPathAndIp();
    void onlyFixSendingRecipients();
    void groupsAndCounts();
    void consoleJson();
    void textReportSection();
    void noIdentityNoCommands();

private:
    DecodeResult decodeFixture(const QString &name) const;
    std::optional<CodeTable> m_table;
};

void tst_SenderReport::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
}

DecodeResult tst_SenderReport::decodeFixture(const QString &name) const
{
    QFile f(QFINDTESTDATA(u"data/actions/"_s + name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    DecodeResult r = BounceDecoder(*m_table).decode(f.readAll());
    r.source = name;
    return r;
}

void tst_SenderReport::gmailDmarcNamesFromDomainAndDkim()
{
    const DecodeResult r = decodeFixture(u"gmail-dmarc-esp-signed.eml"_s);
    QCOMPARE(r.recipients.size(), 1);
    QCOMPARE(Verdict::addressAction(*m_table, r.recipients.first()).action,
             AddressAction::FixSending);
    QCOMPARE(Verdict::sendingCause(*m_table, r.recipients.first()), u"dmarc"_s);
    SenderReport report;
    report.add(*m_table, r);
    QCOMPARE(report.total(), 1);
    const SenderReport::Group g = report.groups().first();
    QCOMPARE(g.cause, u"dmarc"_s);
    QCOMPARE(g.sender.fromDomain, u"example.com"_s);
    QCOMPARE(g.sender.dkimDomain, u"esp-sender.net"_s);
    QCOMPARE(g.sender.misaligned(), (QStringList{u"dkim"_s, u"spf"_s}));
    QStringList commands;
    for (const SenderReport::Command &c : SenderReport::commands(g))
        commands << c.command;
    QCOMPARE(commands, (QStringList{u"dig +short TXT _dmarc.example.com"_s,
                                    u"dig +short TXT mail.esp-sender.net"_s,
                                    u"dig +short TXT s1._domainkey.esp-sender.net"_s}));
    const QString text = report.toText(*m_table, u"en"_s);
    QVERIFY(text.contains(u"From domain: example.com"_s));
    QVERIFY(text.contains(u"DKIM signature: d=esp-sender.net s=s1"_s));
    QVERIFY(
        text.contains(u"Not aligned: DKIM d=esp-sender.net is not the From domain example.com"_s));
    QVERIFY(text.contains(u"gmail-111"_s));
}

void tst_SenderReport::spfOnlyNamesReturnPathAndIp()
{
    const DecodeResult r = decodeFixture(u"gmail-spf-only.eml"_s);
    QCOMPARE(r.recipients.size(), 1);
    QCOMPARE(Verdict::sendingCause(*m_table, r.recipients.first()), u"spf"_s);
    SenderReport report;
    report.add(*m_table, r);
    const SenderReport::Group g = report.groups().first();
    QCOMPARE(g.sender.returnPathDomain, u"status.example.net"_s);
    QCOMPARE(g.sender.ip, u"198.51.100.23"_s); // the private hop 10.1.2.3 is not it
    const QString text = report.toText(*m_table, u"en"_s);
    QVERIFY(text.contains(u"Return-Path domain: status.example.net"_s));
    QVERIFY(text.contains(u"Sending IP: 198.51.100.23"_s));
    QVERIFY(text.contains(u"dig +short TXT status.example.net"_s));
    QVERIFY(text.contains(u"dig +short -x 198.51.100.23"_s));
}

void tst_SenderReport::onlyFixSendingRecipients()
{
    DecodeResult m;
    RecipientResult gone;
    gone.recipient = u"gone@example.com"_s;
    gone.action = Action::Failed;
    gone.temporary = false;
    gone.replyCode = 550;
    gone.status = EnhancedStatus::fromString(u"5.1.1"_s);
    gone.reason = Reason::UserUnknown;
    RecipientResult ptr = gone;
    ptr.recipient = u"ptr@gmail.com"_s;
    ptr.status = EnhancedStatus::fromString(u"5.7.25"_s);
    ptr.reason = Reason::RequirePtr;
    m.recipients << gone << ptr;
    m.sender.ip = u"203.0.113.9"_s;
    SenderReport report;
    report.add(*m_table, m);
    QCOMPARE(report.total(), 1);
    QCOMPARE(report.groups().first().examples, QStringList{u"ptr@gmail.com"_s});
    QCOMPARE(report.groups().first().cause, u"ptr"_s);
    QCOMPARE(SenderReport::commands(report.groups().first()).first().command,
             u"dig +short -x 203.0.113.9"_s);
}

void tst_SenderReport::groupsAndCounts()
{
    const DecodeResult dmarc = decodeFixture(u"gmail-dmarc-esp-signed.eml"_s);
    const DecodeResult spf = decodeFixture(u"gmail-spf-only.eml"_s);
    SenderReport a, b;
    a.add(*m_table, dmarc);
    a.add(*m_table, dmarc);
    b.add(*m_table, spf);
    a.merge(b);
    QCOMPARE(a.total(), 3);
    QCOMPARE(a.groups().size(), 2);
    QCOMPARE(a.groups().first().recipients, 2); // biggest first
    QCOMPARE(a.byCause().value(u"dmarc"_s), 2);
    QCOMPARE(a.byCause().value(u"spf"_s), 1);
    QCOMPARE(a.byProvider().value(u"Gmail"_s), 3);
    const QJsonObject o = a.toJson(*m_table);
    QCOMPARE(o.value(u"fix_sending_recipients"_s).toInt(), 3);
    const QJsonObject first = o.value(u"groups"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"cause"_s).toString(), u"dmarc"_s);
    QCOMPARE(first.value(u"sender"_s).toObject().value(u"dkim_domain"_s).toString(),
             u"esp-sender.net"_s);
    QCOMPARE(first.value(u"entries"_s).toArray().first().toObject().value(u"entry_id"_s),
             u"gmail-111"_s);
}

void tst_SenderReport::consoleJson()
{
    QString out, err;
    QTextStream os(&out), es(&err);
    QCOMPARE(DecodeCommand::run(*m_table,
                                {u"decode"_s, u"--sender-report"_s, u"--json"_s,
                                 QFINDTESTDATA("data/actions/gmail-dmarc-esp-signed.eml"),
                                 QFINDTESTDATA("data/actions/gmail-spf-only.eml")},
                                u"en"_s, os, es),
             0);
    QCOMPARE(out.count(u'\n'), 1);
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(o.value(u"fix_sending_recipients"_s).toInt(), 2);
    QCOMPARE(o.value(u"by_cause"_s).toObject().value(u"spf"_s).toInt(), 1);

    QString text;
    QTextStream ts(&text);
    QCOMPARE(DecodeCommand::run(*m_table,
                                {u"decode"_s, u"--sender-report"_s,
                                 QFINDTESTDATA("data/actions/gmail-dmarc-esp-signed.eml")},
                                u"en"_s, ts, es),
             0);
    QVERIFY(text.startsWith(u"What to fix\n"_s));
    QVERIFY(text.contains(u"dig +short TXT _dmarc.example.com"_s));

    QString bad;
    QTextStream bs(&bad);
    QCOMPARE(DecodeCommand::run(*m_table,
                                {u"decode"_s, u"--sender-report"_s, u"--suppression-list"_s,
                                 QFINDTESTDATA("data/actions/gmail-spf-only.eml")},
                                u"en"_s, bs, es),
             64); // sysexits EX_USAGE
}

void tst_SenderReport::textReportSection()
{
    const DecodeResult r = decodeFixture(u"gmail-dmarc-esp-signed.eml"_s);
    const QString text = DecodeReport::toText(r, *m_table, u"en"_s);
    QVERIFY(
        text.contains(u"Address: Fix your sending first (DMARC for example.com), then resend"_s));
    QVERIFY(text.contains(u"What to fix\n"_s));
    const QJsonObject o = DecodeReport::toJson(r, *m_table);
    const QJsonObject first = o.value(u"recipients"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"address_action"_s).toString(), u"fix-sending"_s);
    QCOMPARE(first.value(u"action"_s).toString(), u"failed"_s); // the DSN's own word, kept
    QCOMPARE(first.value(u"sending_cause"_s).toString(), u"dmarc"_s);
    QCOMPARE(o.value(u"sender"_s).toObject().value(u"from_domain"_s).toString(), u"example.com"_s);
}

void tst_SenderReport::noIdentityNoCommands()
{
    SenderReport::Group g;
    g.cause = u"dmarc"_s;
    QVERIFY(SenderReport::commands(g).isEmpty());
    g.sender.dkimDomain = u"esp.example"_s; // no selector: no DKIM command
    QVERIFY(SenderReport::commands(g).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SenderReport)
#include "tst_senderreport.moc"
