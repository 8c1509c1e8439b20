// Who sent the message that bounced, found offline in the returned original (issue 20).
#include "codes/codetable.h"
#include "decoder/bouncedecoder.h"
#include "decoder/senderidentity.h"

#include <QFile>
#include <QtTest>

#include <optional>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_SenderIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headersOfTheOriginal();
    void receivedSpfAndReplyIp();
    void privateHopsAreNotTheSendingIp();
    void hostileValuesAreLeftOut_data();
    void hostileValuesAreLeftOut();
    void misaligned_data();
    void misaligned();
    void gmailDmarcBounce();
    void tagValuesAsTagListsWriteThem();

private:
    std::optional<CodeTable> m_table;
};

void tst_SenderIdentity::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
}

void tst_SenderIdentity::headersOfTheOriginal()
{
    const QList<QPair<QString, QString>> original{
        {u"return-path"_s, u"<bounces@mail.esp.example>"_s},
        {u"received"_s,
         u"from mail.esp.example (mail.esp.example. [203.0.113.5]) by mx.google.com"_s},
        {u"authentication-results"_s,
         u"mx.google.com; dkim=pass header.i=@esp.example header.s=s1; spf=pass smtp.mailfrom=bounces@mail.esp.example; dmarc=fail (p=REJECT) header.from=example.com"_s},
        {u"dkim-signature"_s, u"v=1; a=rsa-sha256; d=esp.example; s=s1; h=from:to; b=abc"_s},
        {u"from"_s, u"Example News <news@Example.COM>"_s}};
    const SendingIdentity s = SendingIdentity::find(original, {});
    QCOMPARE(s.returnPathDomain, u"mail.esp.example"_s);
    QCOMPARE(s.ip, u"203.0.113.5"_s);
    QCOMPARE(s.helo, u"mail.esp.example"_s);
    QCOMPARE(s.fromDomain, u"example.com"_s);
    QCOMPARE(s.dkimDomain, u"esp.example"_s);
    QCOMPARE(s.dkimSelector, u"s1"_s);
    QCOMPARE(s.spf, u"pass"_s);
    QCOMPARE(s.dkim, u"pass"_s);
    QCOMPARE(s.dmarc, u"fail"_s);
}

void tst_SenderIdentity::receivedSpfAndReplyIp()
{
    const QList<QPair<QString, QString>> original{
        {u"received-spf"_s,
         u"fail (google.com: domain of a@b.example does not designate 198.51.100.7 as permitted sender) client-ip=198.51.100.7; envelope-from=a@b.example; helo=out.b.example;"_s}};
    SendingIdentity s = SendingIdentity::find(original, {});
    QCOMPARE(s.spf, u"fail"_s);
    QCOMPARE(s.ip, u"198.51.100.7"_s);
    QCOMPARE(s.helo, u"out.b.example"_s);
    QCOMPARE(s.returnPathDomain, u"b.example"_s);

    s = SendingIdentity::find(
        {}, {u"550-5.7.1 [2001:db8::25      12] Our system has detected an unusual rate"_s});
    QCOMPARE(s.ip, u"2001:db8::25"_s);
}

void tst_SenderIdentity::privateHopsAreNotTheSendingIp()
{
    const QList<QPair<QString, QString>> original{
        {u"received"_s, u"from app-7.internal (app-7.internal [10.1.2.3]) by out.example.net"_s},
        {u"received"_s, u"from laptop (laptop [192.168.1.20]) by app-7.internal"_s}};
    const SendingIdentity s = SendingIdentity::find(original, {});
    QVERIFY(s.ip.isEmpty());
    QVERIFY(s.helo.isEmpty());
}

void tst_SenderIdentity::hostileValuesAreLeftOut_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("shell") << u"example.com;rm -rf ~"_s;
    QTest::newRow("command substitution") << u"$(reboot).example.com"_s;
    QTest::newRow("backquote") << u"`id`.example.com"_s;
    QTest::newRow("space") << u"a b.example"_s;
    QTest::newRow("newline") << u"a.example\nb"_s;
}

void tst_SenderIdentity::hostileValuesAreLeftOut()
{
    QFETCH(QString, text);
    QVERIFY(SendingIdentity::hostName(text).isEmpty());
    QVERIFY(SendingIdentity::ipAddress(text).isEmpty());
    const SendingIdentity s
        = SendingIdentity::find({{u"dkim-signature"_s, u"d="_s + text + u"; s=x"_s}}, {});
    QVERIFY(!s.dkimDomain.contains(u' ') && !s.dkimDomain.contains(u';')
            && !s.dkimDomain.contains(u'$') && !s.dkimDomain.contains(u'`'));
}

void tst_SenderIdentity::misaligned_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("dkim");
    QTest::addColumn<QString>("returnPath");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("both aligned, relaxed")
        << u"example.com"_s << u"mail.example.com"_s << u"bounce.example.com"_s << QStringList();
    QTest::newRow("esp signs and bounces")
        << u"example.com"_s << u"esp.example"_s << u"mail.esp.example"_s
        << QStringList{u"dkim"_s, u"spf"_s};
    QTest::newRow("country second level") << u"shop.example.co.jp"_s << u"example.co.jp"_s
                                          << u"other.co.jp"_s << QStringList{u"spf"_s};
}

void tst_SenderIdentity::misaligned()
{
    QFETCH(QString, from);
    QFETCH(QString, dkim);
    QFETCH(QString, returnPath);
    QFETCH(QStringList, expected);
    SendingIdentity s;
    s.fromDomain = from;
    s.dkimDomain = dkim;
    s.returnPathDomain = returnPath;
    QCOMPARE(s.misaligned(), expected);
}

void tst_SenderIdentity::gmailDmarcBounce()
{
    QFile f(QFINDTESTDATA("data/actions/gmail-dmarc-esp-signed.eml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const BounceDecoder decoder(*m_table);
    const DecodeResult r = decoder.decode(f.readAll());
    QCOMPARE(r.sender.fromDomain, u"example.com"_s);
    QCOMPARE(r.sender.dkimDomain, u"esp-sender.net"_s);
    QCOMPARE(r.sender.dkimSelector, u"s1"_s);
    QCOMPARE(r.sender.returnPathDomain, u"mail.esp-sender.net"_s);
    QCOMPARE(r.sender.ip, u"203.0.113.5"_s);
    QCOMPARE(r.sender.dmarc, u"fail"_s);
}

// A tag is read where a tag list writes it: at the start or after ';' or a space, any case,
// spaces around '=', the value up to ';', a space or a parenthesis; a tag name inside another
// word ("bd=", "xspf=") or without a value is not it, and a later one is read instead.
void tst_SenderIdentity::tagValuesAsTagListsWriteThem()
{
    SendingIdentity s = SendingIdentity::find(
        {{u"dkim-signature"_s, u"v=1; bd=wrong.example; D = Esp.Example ;S=sel(comment); b=x"_s}},
        {});
    QCOMPARE(s.dkimDomain, u"esp.example"_s);
    QCOMPARE(s.dkimSelector, u"sel"_s);
    s = SendingIdentity::find(
        {{u"authentication-results"_s,
          u"mx.example; xspf=fail; SPF=; spf=(none) ; spf\t=\tSoftFail (reason); dkim=pass;dmarc=none"_s}},
        {});
    QCOMPARE(s.spf, u"softfail"_s);
    QCOMPARE(s.dkim, u"pass"_s);
    QCOMPARE(s.dmarc, u"none"_s);
}

QTEST_GUILESS_MAIN(tst_SenderIdentity)
#include "tst_senderidentity.moc"
