#include "common/languages.h"

#include <QLocale>
#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_Languages : public QObject
{
    Q_OBJECT

private slots:
    void listsLanguagesInTheirOwnNames();
    void forLocale_data();
    void forLocale();
    void installsTranslations();
};

void tst_Languages::listsLanguagesInTheirOwnNames()
{
    QCOMPARE(Languages::codes(), (QStringList{u"en"_s, u"zh_CN"_s, u"zh_TW"_s}));
    QCOMPARE(Languages::nativeName(u"en"_s), u"English"_s);
    QCOMPARE(Languages::nativeName(u"zh_CN"_s), u"\u7B80\u4F53\u4E2D\u6587"_s);
    QCOMPARE(Languages::nativeName(u"zh_TW"_s), u"\u7E41\u9AD4\u4E2D\u6587"_s);
}

void tst_Languages::forLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"zh_CN"_s;
    QTest::newRow("zh_SG") << u"zh_SG"_s << u"zh_CN"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s << u"zh_TW"_s;
    QTest::newRow("zh_HK") << u"zh_HK"_s << u"zh_TW"_s;
    QTest::newRow("zh_MO") << u"zh_MO"_s << u"zh_TW"_s;
    QTest::newRow("zh_Hant_HK") << u"zh_Hant_HK"_s << u"zh_TW"_s;
    QTest::newRow("zh (plain)") << u"zh"_s << u"zh_CN"_s;
    QTest::newRow("en_US") << u"en_US"_s << u"en"_s;
    QTest::newRow("de_DE") << u"de_DE"_s << u"en"_s;
    QTest::newRow("ja_JP") << u"ja_JP"_s << u"en"_s;
    QTest::newRow("C") << u"C"_s << u"en"_s;
}

void tst_Languages::forLocale()
{
    QFETCH(QString, locale);
    QTEST(Languages::forLocale(QLocale(locale)), "language");
}

void tst_Languages::installsTranslations()
{
    TranslationInstaller installer;
    QVERIFY(installer.install(u"zh_CN"_s));
    QCOMPARE(installer.current(), u"zh_CN"_s);
    // A string every build translates: the severity label of the details pane.
    QVERIFY(QCoreApplication::translate("CodeMeaning", "Permanent failure")
            != u"Permanent failure"_s);
    QVERIFY(installer.install(u"en"_s));
    QCOMPARE(QCoreApplication::translate("CodeMeaning", "Permanent failure"),
             u"Permanent failure"_s);
    QVERIFY(!installer.install(u"xx_YY"_s));
    QCOMPARE(installer.current(), u"en"_s);
}

QTEST_GUILESS_MAIN(tst_Languages)
#include "tst_languages.moc"
