#include "common/textfolding.h"

#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_TextFolding : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void words();
};

void tst_TextFolding::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ascii") << u"Quota Exceeded"_s << u"quota exceeded"_s;
    QTest::newRow("full-width digits") << u"\uFF14\uFF12\uFF11"_s << u"421"_s;
    QTest::newRow("full-width code") << u"\uFF15\uFF0E\uFF17\uFF0E\uFF11"_s << u"5.7.1"_s;
    QTest::newRow("ideographic full stops") << u"5\u30022\u30022"_s << u"5.2.2"_s;
    QTest::newRow("full-width comma and semicolon") << u"a\uFF0Cb\uFF1Bc"_s << u"a,b;c"_s;
    QTest::newRow("ideographic comma")
        << u"\u914D\u989D\u3001\u4E2D\u7EE7"_s << u"\u914D\u989D,\u4E2D\u7EE7"_s;
    QTest::newRow("full-width letters") << u"\uFF33\uFF30\uFF26"_s << u"spf"_s;
    QTest::newRow("full-width parentheses")
        << u"\uFF08\uFF03\uFF15\uFF0E\uFF11\uFF0E\uFF11\uFF09"_s << u"(#5.1.1)"_s;
    QTest::newRow("corner brackets")
        << u"\u300C\u90AE\u7BB1\u5DF2\u6EE1\u300D"_s << u"\"\u90AE\u7BB1\u5DF2\u6EE1\""_s;
    QTest::newRow("ideographic space") << u"550\u30005.1.1"_s << u"550 5.1.1"_s;
    QTest::newRow("spaces collapse")
        << u"  too \t many\n recipients "_s << u"too many recipients"_s;
    QTest::newRow("no spaces next to chinese")
        << u"Google \u7684 \u90AE\u4EF6"_s << u"google\u7684\u90AE\u4EF6"_s;
    QTest::newRow("traditional to simplified")
        << u"\u4FE1\u7BB1\u5DF2\u6EFF"_s << u"\u4FE1\u7BB1\u5DF2\u6EE1"_s;
    QTest::newRow("traditional account")
        << u"\u5E33\u865F\u4E0D\u5B58\u5728"_s << u"\u5E10\u53F7\u4E0D\u5B58\u5728"_s;
    QTest::newRow("simplified variant") << u"\u8D26\u53F7"_s << u"\u5E10\u53F7"_s;
    QTest::newRow("simplified stays")
        << u"\u90AE\u7BB1\u5DF2\u6EE1"_s << u"\u90AE\u7BB1\u5DF2\u6EE1"_s;
    QTest::newRow("case folding") << u"\u00C9TAT Quota"_s << u"\u00E9tat quota"_s;
}

void tst_TextFolding::fold()
{
    QFETCH(QString, input);
    QTEST(TextFolding::fold(input), "expected");
}

void tst_TextFolding::words()
{
    // For the query: Chinese and other characters become separate words.
    QCOMPARE(TextFolding::fold(u"DKIM\u5931\u8D25"_s, TextFolding::Spacing::Words),
             u"dkim \u5931\u8D25"_s);
    QCOMPARE(TextFolding::fold(u"IP \u88AB\u5C01"_s, TextFolding::Spacing::Words),
             u"ip \u88AB\u5C01"_s);
    QCOMPARE(TextFolding::fold(u"\u90AE\u7BB1 \u5DF2\u6EE1"_s, TextFolding::Spacing::Words),
             u"\u90AE\u7BB1 \u5DF2\u6EE1"_s);
    QCOMPARE(TextFolding::fold(u"DKIM\u5931\u8D25"_s), u"dkim\u5931\u8D25"_s);
}

QTEST_GUILESS_MAIN(tst_TextFolding)
#include "tst_textfolding.moc"
