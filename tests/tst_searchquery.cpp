#include "codes/codeentry.h"
#include "search/searchquery.h"

#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_SearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void phraseText();
    void longPasteIsBounded();
    void matches_data();
    void matches();
    void ranksExactHitsFirst();
};

void tst_SearchQuery::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("replyCode");
    QTest::addColumn<int>("replyClass");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<QStringList>("keywords");

    QTest::newRow("empty") << u""_s << 0 << 0 << QString() << false << QStringList();
    QTest::newRow("spaces") << u"   "_s << 0 << 0 << QString() << false << QStringList();
    QTest::newRow("reply") << u"550"_s << 550 << 0 << QString() << false << QStringList();
    QTest::newRow("enhanced") << u"5.7.1"_s << 0 << 0 << u"5.7.1"_s << false << QStringList();
    QTest::newRow("enhanced 3 digits")
        << u"5.7.350"_s << 0 << 0 << u"5.7.350"_s << false << QStringList();
    QTest::newRow("prefix") << u"5.7"_s << 0 << 0 << u"5.7"_s << true << QStringList();
    QTest::newRow("prefix star") << u"5.7.*"_s << 0 << 0 << u"5.7"_s << true << QStringList();
    QTest::newRow("prefix x") << u"4.2.x"_s << 0 << 0 << u"4.2"_s << true << QStringList();
    QTest::newRow("both") << u"550 5.7.1"_s << 550 << 0 << u"5.7.1"_s << false << QStringList();
    QTest::newRow("both reversed")
        << u"5.7.1 550"_s << 550 << 0 << u"5.7.1"_s << false << QStringList();
    QTest::newRow("pasted continuation")
        << u"550-5.1.1"_s << 550 << 0 << u"5.1.1"_s << false << QStringList();
    QTest::newRow("class 4xx") << u"4xx"_s << 0 << 4 << QString() << false << QStringList();
    QTest::newRow("class 5XX") << u"5XX"_s << 0 << 5 << QString() << false << QStringList();
    QTest::newRow("keyword") << u"Quota"_s << 0 << 0 << QString() << false
                             << QStringList{u"quota"_s};
    QTest::newRow("keywords and code") << u"550 daily limit"_s << 550 << 0 << QString() << false
                                       << QStringList{u"daily"_s, u"limit"_s};
    QTest::newRow("chinese") << u"\u914D\u989D"_s << 0 << 0 << QString() << false
                             << QStringList{u"\u914D\u989D"_s};
    QTest::newRow("chinese comma separated")
        << u"\u914D\u989D\uFF0C\u4E2D\u7EE7"_s << 0 << 0 << QString() << false
        << QStringList{u"\u914D\u989D"_s, u"\u4E2D\u7EE7"_s};
    QTest::newRow("punctuation around code")
        << u"(550)"_s << 550 << 0 << QString() << false << QStringList();
    QTest::newRow("code with colon")
        << u"5.1.1:"_s << 0 << 0 << u"5.1.1"_s << false << QStringList();
    QTest::newRow("not a reply code")
        << u"2024"_s << 0 << 0 << QString() << false << QStringList{u"2024"_s};
    QTest::newRow("out of range") << u"650"_s << 0 << 0 << QString() << false
                                  << QStringList{u"650"_s};
    QTest::newRow("second reply code is a keyword")
        << u"550 552"_s << 550 << 0 << QString() << false << QStringList{u"552"_s};
    QTest::newRow("bad enhanced class")
        << u"7.1.1"_s << 0 << 0 << QString() << false << QStringList{u"7.1.1"_s};

    // Input methods: full-width digits and punctuation, Chinese full stops and commas.
    QTest::newRow("full-width reply")
        << u"\uFF14\uFF12\uFF11"_s << 421 << 0 << QString() << false << QStringList();
    QTest::newRow("full-width enhanced")
        << u"\uFF15\uFF0E\uFF17\uFF0E\uFF11"_s << 0 << 0 << u"5.7.1"_s << false << QStringList();
    QTest::newRow("ideographic full stops")
        << u"5\u30022\u30022"_s << 0 << 0 << u"5.2.2"_s << false << QStringList();
    QTest::newRow("ideographic space and comma")
        << u"550\u30005.1.1\uFF0C\u914D\u989D"_s << 550 << 0 << u"5.1.1"_s << false
        << QStringList{u"\u914D\u989D"_s};
    QTest::newRow("full-width class")
        << u"\uFF14\uFF38\uFF38"_s << 0 << 4 << QString() << false << QStringList();
    QTest::newRow("full-width letters fold") << u"\uFF31\uFF35\uFF2F\uFF34\uFF21"_s << 0 << 0
                                             << QString() << false << QStringList{u"quota"_s};

    // Codes as bounces and logs write them.
    QTest::newRow("hash") << u"#5.2.2"_s << 0 << 0 << u"5.2.2"_s << false << QStringList();
    QTest::newRow("hash in parentheses")
        << u"(#5.1.1)"_s << 0 << 0 << u"5.1.1"_s << false << QStringList();
    QTest::newRow("diagnostic code")
        << u"smtp; 550 5.7.1"_s << 550 << 0 << u"5.7.1"_s << false << QStringList{u"smtp"_s};
    QTest::newRow("continuation 5.7.26")
        << u"550-5.7.26"_s << 550 << 0 << u"5.7.26"_s << false << QStringList();
    QTest::newRow("said") << u"said: 550 5.1.1"_s << 550 << 0 << u"5.1.1"_s << false
                          << QStringList{u"said"_s};
    QTest::newRow("status field") << u"Status: 5.2.1"_s << 0 << 0 << u"5.2.1"_s << false
                                  << QStringList{u"status"_s};
    QTest::newRow("reply line")
        << u"host gmail-smtp-in.l.google.com[142.250.4.27] said: 550-5.1.1 The email account "
           "that you tried to reach does not exist. 550 5.1.1 https://support.google.com/mail/"
           "?p=NoSuchUser d2-20020a05 - gsmtp (in reply to RCPT TO command)"_s
        << 550 << 0 << u"5.1.1"_s << false
        << QStringList{u"host"_s,
                       u"gmail-smtp-in.l.google.com"_s,
                       u"142.250.4.27"_s,
                       u"said"_s,
                       u"the"_s,
                       u"email"_s,
                       u"account"_s,
                       u"that"_s,
                       u"you"_s,
                       u"tried"_s,
                       u"to"_s,
                       u"reach"_s,
                       u"does"_s,
                       u"not"_s,
                       u"exist"_s,
                       u"https"_s,
                       u"support.google.com"_s,
                       u"mail"_s,
                       u"p"_s,
                       u"nosuchuser"_s,
                       u"d2-20020a05"_s,
                       u"gsmtp"_s,
                       u"in"_s,
                       u"reply"_s,
                       u"rcpt"_s,
                       u"command"_s};
    QTest::newRow("postfix log line")
        << u"Nov 30 10:00:01 mx postfix/smtp[25081]: 4B5C2: to=<a@example.org>, "
           "relay=aspmx.l.google.com[142.250.1.26]:25, delay=0.52, dsn=5.2.2, status=bounced"_s
        << 0 << 0 << u"5.2.2"_s << false << QStringList{u"nov"_s,          u"30"_s,
                                                        u"10"_s,           u"00"_s,
                                                        u"01"_s,           u"mx"_s,
                                                        u"postfix"_s,      u"smtp"_s,
                                                        u"25081"_s,        u"4b5c2"_s,
                                                        u"to"_s,           u"a@example.org"_s,
                                                        u"relay"_s,        u"aspmx.l.google.com"_s,
                                                        u"142.250.1.26"_s, u"25"_s,
                                                        u"delay"_s,        u"0.52"_s,
                                                        u"dsn"_s,          u"status"_s,
                                                        u"bounced"_s};
    QTest::newRow("ip address is not a code")
        << u"192.168.0.250"_s << 0 << 0 << QString() << false << QStringList{u"192.168.0.250"_s};
    QTest::newRow("code glued to a word is not a code")
        << u"x550"_s << 0 << 0 << QString() << false << QStringList{u"x550"_s};
    QTest::newRow("sentence end after a code")
        << u"Status 5.1.1."_s << 0 << 0 << u"5.1.1"_s << false << QStringList{u"status"_s};

    // Case and script folding of words.
    QTest::newRow("traditional folds to simplified")
        << u"\u4FE1\u7BB1\u5DF2\u6EFF"_s << 0 << 0 << QString() << false
        << QStringList{u"\u4FE1\u7BB1\u5DF2\u6EE1"_s};
}

void tst_SearchQuery::parse()
{
    QFETCH(QString, input);
    const SearchQuery q = SearchQuery::parse(input);
    QTEST(q.replyCode(), "replyCode");
    QTEST(q.replyClass(), "replyClass");
    QTEST(q.status(), "status");
    QTEST(q.statusIsPrefix(), "prefix");
    QTEST(q.keywords(), "keywords");
}

void tst_SearchQuery::longPasteIsBounded()
{
    // A whole bounce pasted into the field (QLineEdit keeps up to 32767 characters).
    QString text = u"Final-Recipient: rfc822; a@example.org Status: 5.1.1 "_s;
    for (int i = 0; text.size() < 32000; ++i)
        text += u"word%1 "_s.arg(i);
    const SearchQuery q = SearchQuery::parse(text);
    QCOMPARE(q.status(), u"5.1.1"_s);
    QCOMPARE(q.keywords().size(), SearchQuery::MaxKeywords);
    QCOMPARE(q.keywords().first(), u"final-recipient"_s);
}

void tst_SearchQuery::phraseText()
{
    // Words joined by one space; none next to a Chinese character.
    const SearchQuery q = SearchQuery::parse(u"  No   such\tUSER "_s);
    QCOMPARE(q.phraseText(), u"no such user"_s);
    QCOMPARE(q.wordAt(0), 0);
    QCOMPARE(q.wordAt(2), -1);
    QCOMPARE(q.wordAt(3), 1);
    QCOMPARE(q.wordAt(8), 2);
    const SearchQuery zh = SearchQuery::parse(u"IP \u88AB\u5C01"_s);
    QCOMPARE(zh.phraseText(), u"ip\u88AB\u5C01"_s);
    QCOMPARE(zh.wordAt(1), 0);
    QCOMPARE(zh.wordAt(2), 1);
}

namespace {

CodeEntry entry(int reply, const QString &status, const QString &en, const QString &zh = {})
{
    CodeEntry e;
    e.replyCode = reply;
    e.status = status;
    e.text.set(u"en"_s, en);
    if (!zh.isEmpty())
        e.text.set(u"zh_CN"_s, zh);
    e.source = reply && !status.contains(u'x') && !status.isEmpty() ? CodeEntry::Source::Gmail
               : status.isEmpty()                                   ? CodeEntry::Source::Rfc5321
                                                                    : CodeEntry::Source::Rfc3463;
    return e;
}

} // namespace

void tst_SearchQuery::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("reply");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    const QString quota = u"Daily sending quota exceeded."_s;
    QTest::newRow("empty matches all") << u""_s << 550 << u"5.4.5"_s << quota << true;
    QTest::newRow("reply hit") << u"550"_s << 550 << u"5.4.5"_s << quota << true;
    QTest::newRow("reply miss") << u"552"_s << 550 << u"5.4.5"_s << quota << false;
    QTest::newRow("status hit") << u"5.4.5"_s << 550 << u"5.4.5"_s << quota << true;
    QTest::newRow("status miss") << u"5.4.6"_s << 550 << u"5.4.5"_s << quota << false;
    QTest::newRow("status is not a prefix") << u"5.4.5"_s << 550 << u"5.4.50"_s << quota << false;
    QTest::newRow("prefix hit") << u"5.4"_s << 550 << u"5.4.5"_s << quota << true;
    QTest::newRow("prefix miss") << u"5.7"_s << 550 << u"5.4.5"_s << quota << false;
    QTest::newRow("prefix does not match 5.40") << u"5.4"_s << 550 << u"5.40.1"_s << quota << false;
    QTest::newRow("both hit") << u"550 5.4.5"_s << 550 << u"5.4.5"_s << quota << true;
    QTest::newRow("both, reply miss") << u"552 5.4.5"_s << 550 << u"5.4.5"_s << quota << false;
    QTest::newRow("class hit") << u"5xx"_s << 550 << u"5.4.5"_s << quota << true;
    QTest::newRow("class miss") << u"4xx"_s << 550 << u"5.4.5"_s << quota << false;
    QTest::newRow("words do not decide codes")
        << u"550 spam"_s << 550 << u"5.4.5"_s << quota << true;
    QTest::newRow("pasted codes") << u"said: 550-5.4.5 Daily"_s << 550 << u"5.4.5"_s << quota
                                  << true;
    QTest::newRow("pasted codes, miss")
        << u"said: 550-5.4.6 Daily"_s << 550 << u"5.4.5"_s << quota << false;
    QTest::newRow("generic detail explains exact code")
        << u"5.1.1"_s << 0 << u"x.1.1"_s << u"Bad destination mailbox address"_s << true;
    QTest::newRow("generic detail with reply code")
        << u"550 5.1.1"_s << 0 << u"x.1.1"_s << u"Bad destination mailbox address"_s << true;
    QTest::newRow("generic class")
        << u"5.1.1"_s << 0 << u"5.x.x"_s << u"Permanent Failure"_s << true;
    QTest::newRow("generic class mismatch")
        << u"4.1.1"_s << 0 << u"5.x.x"_s << u"Permanent Failure"_s << false;
    QTest::newRow("basic code entry with both")
        << u"550 5.1.1"_s << 550 << QString() << u"mailbox unavailable"_s << true;
    QTest::newRow("basic code entry, status only")
        << u"5.1.1"_s << 550 << QString() << u"mailbox unavailable"_s << false;
}

void tst_SearchQuery::matches()
{
    QFETCH(QString, query);
    QFETCH(int, reply);
    QFETCH(QString, status);
    QFETCH(QString, text);
    const CodeEntry e = entry(reply, status, text);
    QTEST(SearchQuery::parse(query).matchesCodes(e), "expected");
}

void tst_SearchQuery::ranksExactHitsFirst()
{
    const SearchQuery q = SearchQuery::parse(u"550 5.7.1"_s);
    const CodeEntry exact = entry(550, u"5.7.1"_s, u"spam"_s);
    const CodeEntry generic = entry(0, u"x.7.1"_s, u"Delivery not authorized"_s);
    const CodeEntry basic = entry(550, QString(), u"mailbox unavailable"_s);
    QVERIFY(q.codeRank(exact) > q.codeRank(basic));
    QVERIFY(q.codeRank(basic) > q.codeRank(generic));

    CodeEntry alt = entry(535, u"5.7.80"_s, u"Username and Password not accepted."_s);
    alt.altStatus = {u"5.7.8"_s};
    QVERIFY(SearchQuery::parse(u"5.7.8"_s).matchesCodes(alt));
    QVERIFY(SearchQuery::parse(u"5.7.80"_s).matchesCodes(alt));
    QCOMPARE(SearchQuery::parse(u"5.7.8"_s).codeRank(alt), 2);
}

QTEST_GUILESS_MAIN(tst_SearchQuery)
#include "tst_searchquery.moc"
