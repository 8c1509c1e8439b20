#include "report/placeholders.h"

#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_Placeholders : public QObject
{
    Q_OBJECT

private slots:
    void fill_data();
    void fill();
    void otherLanguageTakesTheSameValues();
    void nothingToFillStaysAsItIs();
};

void tst_Placeholders::fill_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("expected");

    const QString rate = u"Gmail has detected an unusual rate of email originating from your IP "
                         u"address {ip-address}. To protect our users from spam, email sent from "
                         u"your IP address has been temporarily rate limited."_s;
    QTest::newRow("ip, reworded tail")
        << rate
        << u"421-4.7.28 Gmail has detected an unusual rate of email originating from your IP "
           u"address 192.0.2.44. To protect our users from spam, mail sent from your IP address "
           u"has been temporarily rate limited. Learn more at https://support.google.com/x"_s
        << u"Gmail has detected an unusual rate of email originating from your IP address "
           u"192.0.2.44. To protect our users from spam, email sent from your IP address has "
           u"been temporarily rate limited."_s;
    // Gmail writes "[domain   NN]" with the session's counter; brackets are not the value.
    QTest::newRow("domain in brackets with counter")
        << u"Gmail has detected an unusual rate of unsolicited email originating from your SPF "
           u"domain {domain-name}. To protect our users"_s
        << u"421-4.7.28 Gmail has detected an unusual rate of mail originating from your SPF\n"
           u"421-4.7.28 domain [126.example.cn      35]. To protect our users from spam"_s
        << u"Gmail has detected an unusual rate of unsolicited email originating from your SPF "
           u"domain 126.example.cn. To protect our users"_s;
    QTest::newRow("two placeholders")
        << u"Authentication results: SPF {domain-name} with ip: {ip-address} = did not pass."_s
        << u"550-5.7.26 Authentication results: 550-5.7.26 DKIM = did not pass 550-5.7.26 SPF "
           u"[relay3.example.com] with ip: [192.0.2.22] = did not pass"_s
        << u"Authentication results: SPF relay3.example.com with ip: 192.0.2.22 = did not pass."_s;
    QTest::newRow("number twice")
        << u"Messages must not exceed {limit} total header bytes or {limit} header fields."_s
        << u"552-5.3.4 Messages must not exceed 262144 total header bytes or 1000 header "
           u"fields."_s
        << u"Messages must not exceed 262144 total header bytes or 1000 header fields."_s;
    QTest::newRow("address")
        << u"The recipient address {address} is not a valid RFC 5321 address."_s
        << u"553 5.1.3 The recipient address <first..last@example.com> is not a valid RFC "
           u"5321 address."_s
        << u"The recipient address first..last@example.com is not a valid RFC 5321 address."_s;
}

void tst_Placeholders::fill()
{
    QFETCH(QString, templateText);
    QFETCH(QString, reply);
    QFETCH(QString, expected);
    QCOMPARE(Placeholders::fill(templateText, templateText, reply), expected);
}

void tst_Placeholders::otherLanguageTakesTheSameValues()
{
    const QString english = u"Unauthenticated email from {domain-name} is not accepted due to "
                            u"domain's DMARC policy. Please contact the administrator of "
                            u"{domain-name} domain."_s;
    // The Chinese text names the placeholders in its own order of words.
    const QString chinese = u"\u6765\u81EA {domain-name} \u7684\u90AE\u4EF6 {domain-name}"_s;
    const QString reply = u"550-5.7.1 Unauthenticated email from cpanel.com is not accepted due "
                          u"to domain's DMARC policy. Please contact the administrator of "
                          u"cpanel.com domain if this was a legitimate mail."_s;
    QCOMPARE(Placeholders::fill(chinese, english, reply),
             u"\u6765\u81EA cpanel.com \u7684\u90AE\u4EF6 cpanel.com"_s);
}

void tst_Placeholders::nothingToFillStaysAsItIs()
{
    const QString text = u"Try again later, closing connection. ({command})"_s;
    QCOMPARE(Placeholders::fill(text, text, u"421 4.7.0 Try again later"_s), text);
    QCOMPARE(Placeholders::fill(text, text, QString()), text);
    QVERIFY(Placeholders::hasPlaceholder(text));
    QVERIFY(!Placeholders::hasPlaceholder(u"{not a placeholder}"_s));
}

QTEST_GUILESS_MAIN(tst_Placeholders)
#include "tst_placeholders.moc"
