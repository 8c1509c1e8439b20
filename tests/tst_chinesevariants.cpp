#include "common/chinesevariants.h"

#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_ChineseVariants : public QObject
{
    Q_OBJECT

private slots:
    void builtIn();
    void load();
    void rejects_data();
    void rejects();
};

void tst_ChineseVariants::builtIn()
{
    QString error;
    const ChineseVariants &table = ChineseVariants::builtIn(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(table.size() > 200);
    // Characters of the code data's Traditional texts.
    QCOMPARE(
        table.toSimplified(
            u"\u90F5\u4EF6\u5E33\u865F\u5DF2\u505C\u7528\uFF0C\u4FE1\u7BB1\u5DF2\u6EFF\u3002\u8ACB\u7A0D\u5F8C\u518D\u8A66"_s),
        u"\u90AE\u4EF6\u5E10\u53F7\u5DF2\u505C\u7528\uFF0C\u4FE1\u7BB1\u5DF2\u6EE1\u3002\u8BF7\u7A0D\u540E\u518D\u8BD5"_s);
    // Simplified text is left as it is.
    QCOMPARE(
        table.toSimplified(
            u"\u60A8\u5C1D\u8BD5\u5411\u5176\u53D1\u9001\u90AE\u4EF6\u7684\u7535\u5B50\u90AE\u4EF6\u5E10\u53F7\u4E0D\u5B58\u5728"_s),
        u"\u60A8\u5C1D\u8BD5\u5411\u5176\u53D1\u9001\u90AE\u4EF6\u7684\u7535\u5B50\u90AE\u4EF6\u5E10\u53F7\u4E0D\u5B58\u5728"_s);
}

void tst_ChineseVariants::load()
{
    QString error;
    const auto table = ChineseVariants::load(
        R"({"format": "bouncelens-chinese-variants", "version": 1,
            "traditional_to_simplified": {"\u90F5": "\u90AE", "\u6EFF": "\u6EE1"}})",
        u"t.json"_s, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->size(), 2);
    QCOMPARE(table->toSimplified(u"\u90F5\u6EFFX"_s), u"\u90AE\u6EE1X"_s);
}

void tst_ChineseVariants::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("not json") << QByteArray("{") << u"t.json: not valid JSON"_s;
    QTest::newRow("format") << QByteArray(R"({"format": "x", "version": 1})")
                            << u"t.json: not a BounceLens Chinese variants file"_s;
    QTest::newRow("version") << QByteArray(
        R"({"format": "bouncelens-chinese-variants", "version": 9})")
                             << u"t.json: unsupported version 9"_s;
    QTest::newRow("two characters")
        << QByteArray(R"({"format": "bouncelens-chinese-variants", "version": 1,
                          "traditional_to_simplified": {"\u90F5\u4EF6": "\u90AE\u4EF6"}})")
        << u"t.json: \"\u90F5\u4EF6\": every pair must map one"_s;
    QTest::newRow("not han") << QByteArray(
        R"({"format": "bouncelens-chinese-variants", "version": 1,
                          "traditional_to_simplified": {"a": "b"}})")
                             << u"t.json: \"a\": every pair"_s;
    QTest::newRow("chain") << QByteArray(R"({"format": "bouncelens-chinese-variants", "version": 1,
                          "traditional_to_simplified": {"\u8CEC": "\u8D26", "\u8D26": "\u5E10"}})")
                           << u"which is mapped again"_s;
}

void tst_ChineseVariants::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!ChineseVariants::load(json, u"t.json"_s, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_ChineseVariants)
#include "tst_chinesevariants.moc"
