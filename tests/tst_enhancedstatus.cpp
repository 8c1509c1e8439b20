// The enhanced status code value type: what parses, what does not, and how it compares.
#include "common/enhancedstatus.h"

#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_EnhancedStatus : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parts();
    void compare();
};

void tst_EnhancedStatus::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: not a code

    QTest::newRow("5.1.1") << u"5.1.1"_s << u"5.1.1"_s;
    QTest::newRow("4.7.28") << u"4.7.28"_s << u"4.7.28"_s;
    QTest::newRow("three digits") << u"5.0.947"_s << u"5.0.947"_s;
    QTest::newRow("success") << u"2.0.0"_s << u"2.0.0"_s;
    QTest::newRow("white space") << u"  5.7.26\n"_s << u"5.7.26"_s;
    QTest::newRow("leading zeros") << u"5.01.001"_s << u"5.1.1"_s;
    QTest::newRow("class 3") << u"3.1.1"_s << QString();
    QTest::newRow("class 1") << u"1.0.0"_s << QString();
    QTest::newRow("two parts") << u"5.7"_s << QString();
    QTest::newRow("four parts") << u"5.1.1.1"_s << QString();
    QTest::newRow("four digits") << u"5.1.1000"_s << QString();
    QTest::newRow("hash") << u"#5.1.1"_s << QString();
    QTest::newRow("x") << u"5.x.x"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("trailing dot") << u"5.1.1."_s << QString();
    QTest::newRow("words after") << u"5.1.1 user"_s << QString();
}

void tst_EnhancedStatus::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = EnhancedStatus::parse(text);
    QCOMPARE(parsed.has_value(), !expected.isEmpty());
    QCOMPARE(EnhancedStatus::fromString(text).toString(), expected);
    QCOMPARE(EnhancedStatus::fromString(text).isEmpty(), expected.isEmpty());
}

void tst_EnhancedStatus::parts()
{
    const EnhancedStatus s = EnhancedStatus::fromString(u"4.7.28");
    QCOMPARE(s.klass(), 4);
    QCOMPARE(s.subject(), 7);
    QCOMPARE(s.detail(), 28);
    QVERIFY(s.isTemporary());
    QVERIFY(!s.isPermanent());
    QVERIFY(!s.isGeneric());
    QVERIFY(EnhancedStatus::fromString(u"5.0.0").isGeneric());
    QVERIFY(EnhancedStatus::fromString(u"5.0.0").isPermanent());
    QVERIFY(EnhancedStatus::fromString(u"2.0.0").isSuccess());
    QVERIFY(!EnhancedStatus().isGeneric());
    QVERIFY(!EnhancedStatus().isValid());
    QCOMPARE(EnhancedStatus().toString(), QString());
}

void tst_EnhancedStatus::compare()
{
    const auto a = EnhancedStatus::fromString(u"5.1.1");
    QCOMPARE(a, EnhancedStatus(5, 1, 1));
    QVERIFY(a != EnhancedStatus(5, 1, 2));
    // Numeric, not textual: 5.7.9 < 5.7.26 (as text "5.7.26" < "5.7.9").
    QVERIFY(EnhancedStatus(5, 7, 9) < EnhancedStatus(5, 7, 26));
    QVERIFY(EnhancedStatus(4, 7, 28) < EnhancedStatus(5, 0, 0));
    QVERIFY(EnhancedStatus() < EnhancedStatus(2, 0, 0));
}

QTEST_GUILESS_MAIN(tst_EnhancedStatus)
#include "tst_enhancedstatus.moc"
