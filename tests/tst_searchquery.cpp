#include "codeentry.h"
#include "searchquery.h"

#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_SearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
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
    QTest::newRow("keyword case-insensitive") << u"QUOTA"_s << 550 << u"5.4.5"_s << quota << true;
    QTest::newRow("keyword substring") << u"quot"_s << 550 << u"5.4.5"_s << quota << true;
    QTest::newRow("all keywords must match")
        << u"quota spam"_s << 550 << u"5.4.5"_s << quota << false;
    QTest::newRow("keywords any order")
        << u"exceeded daily"_s << 550 << u"5.4.5"_s << quota << true;
    QTest::newRow("chinese keyword")
        << u"\u914D\u989D"_s << 550 << u"5.4.5"_s
        << u"\u5DF2\u8D85\u8FC7\u6BCF\u65E5\u53D1\u9001\u914D\u989D"_s << true;
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
    QTEST(SearchQuery::parse(query).matches(e), "expected");
}

void tst_SearchQuery::ranksExactHitsFirst()
{
    const SearchQuery q = SearchQuery::parse(u"550 5.7.1"_s);
    const CodeEntry exact = entry(550, u"5.7.1"_s, u"spam"_s);
    const CodeEntry generic = entry(0, u"x.7.1"_s, u"Delivery not authorized"_s);
    const CodeEntry basic = entry(550, QString(), u"mailbox unavailable"_s);
    QVERIFY(q.rank(exact) > q.rank(basic));
    QVERIFY(q.rank(basic) > q.rank(generic));

    CodeEntry alt = entry(535, u"5.7.80"_s, u"Username and Password not accepted."_s);
    alt.altStatus = {u"5.7.8"_s};
    QVERIFY(SearchQuery::parse(u"5.7.8"_s).matches(alt));
    QVERIFY(SearchQuery::parse(u"5.7.80"_s).matches(alt));
    QCOMPARE(SearchQuery::parse(u"5.7.8"_s).rank(alt), 2);
}

QTEST_GUILESS_MAIN(tst_SearchQuery)
#include "tst_searchquery.moc"
