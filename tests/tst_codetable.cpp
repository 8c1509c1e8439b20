#include "codetable.h"

#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_CodeTable : public QObject
{
    Q_OBJECT

private slots:
    void loadsSmallTable();
    void derivesFormerly();
    void siblings();
    void rejectsBrokenFiles_data();
    void rejectsBrokenFiles();
    void addressActionOverride();
    void builtInTableLoads();

private:
    static QByteArray small();
    static QByteArray withEntry(const QByteArray &entryJson);
};

QByteArray tst_CodeTable::small()
{
    QFile file(QFINDTESTDATA("data/codes-small.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open codes-small.json");
    return file.readAll();
}

QByteArray tst_CodeTable::withEntry(const QByteArray &entryJson)
{
    return R"({"format":"bouncelens-codes","version":1,"entries":[)" + entryJson + "]}";
}

void tst_CodeTable::loadsSmallTable()
{
    QString error;
    const auto table = CodeTable::load({{u"small.json"_s, small()}}, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->size(), 8);
    const int i = table->indexOf(u"gmail-41"_s);
    QVERIFY(i >= 0);
    const CodeEntry &e = table->at(i);
    QCOMPARE(e.replyCode, 550);
    QCOMPARE(e.status, u"5.1.1"_s);
    QCOMPARE(e.text.value(u"zh_CN"_s), u"\u60A8\u5C1D\u8BD5\u5411\u5176\u53D1\u9001\u90AE\u4EF6"
                                       u"\u7684\u7535\u5B50\u90AE\u4EF6\u5E10\u53F7\u4E0D\u5B58"
                                       u"\u5728\u3002"_s);
    QCOMPARE(e.text.value(u"fr"_s), e.text.english()); // unknown language falls back to English
    QCOMPARE(e.temporary, std::optional<bool>(false));
    QCOMPARE(e.slug, u"NoSuchUser"_s);
    QVERIFY(e.seed);
    QCOMPARE(e.variants.size(), 1);
    QCOMPARE(e.variants.first().note.english(), u"live 2015-2020"_s);
    QVERIFY(e.variants.first().note.has(u"zh_TW"_s));
    QCOMPARE(table->note(u"suffixes"_s).english(), u"gsmtp is added to all errors."_s);
    const CodeEntry &generic = table->at(table->indexOf(u"rfc3463-x.1.1"_s));
    QCOMPARE(generic.replyCode, 0);
    QVERIFY(!generic.temporary.has_value());
}

void tst_CodeTable::derivesFormerly()
{
    QString error;
    const auto table = CodeTable::load({{u"small.json"_s, small()}}, &error);
    QVERIFY(table);
    const CodeEntry &now = table->at(table->indexOf(u"gmail-119"_s));
    QCOMPARE(now.formerly, QStringList{u"gmail-l36"_s});
    QCOMPARE(table->at(table->indexOf(u"gmail-l36"_s)).replacedBy, u"gmail-119"_s);
}

void tst_CodeTable::siblings()
{
    QString error;
    const auto table = CodeTable::load({{u"small.json"_s, small()}}, &error);
    QVERIFY(table);
    QCOMPARE(table->siblings(550, u"5.7.1"_s), QList<int>{table->indexOf(u"gmail-86"_s)});
    QVERIFY(table->siblings(550, u"5.9.9"_s).isEmpty());
}

void tst_CodeTable::rejectsBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mustMention");

    const QByteArray good
        = R"({"id":"gmail-1","source":"gmail","reply_code":450,"status":"4.2.1","text":{"en":"x"},"advice":{"en":"y"},"temporary":true})";
    QTest::newRow("not json") << QByteArray("{\"format\": ")
                              << QStringList{u"broken.json"_s, u"JSON"_s};
    QTest::newRow("empty file") << QByteArray() << QStringList{u"broken.json"_s};
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01", 4) << QStringList{u"broken.json"_s};
    QTest::newRow("wrong format") << QByteArray(R"({"format":"other","version":1,"entries":[]})")
                                  << QStringList{u"format"_s};
    QTest::newRow("wrong version")
        << QByteArray(R"({"format":"bouncelens-codes","version":9,"entries":[]})")
        << QStringList{u"version"_s};
    QTest::newRow("no entries") << QByteArray(
        R"({"format":"bouncelens-codes","version":1,"entries":[]})")
                                << QStringList{u"no entries"_s};
    QByteArray missingStatus = good;
    missingStatus.replace(R"("status":"4.2.1",)", "");
    QTest::newRow("missing status")
        << withEntry(missingStatus) << QStringList{u"gmail-1"_s, u"\"status\""_s};
    QByteArray badStatus = good;
    badStatus.replace("4.2.1", "4.2");
    QTest::newRow("malformed status")
        << withEntry(badStatus) << QStringList{u"gmail-1"_s, u"\"status\""_s, u"4.2"_s};
    QByteArray noEnglish = good;
    noEnglish.replace(R"("text":{"en":"x"})", R"("text":{"zh_CN":"x"})");
    QTest::newRow("no English text")
        << withEntry(noEnglish) << QStringList{u"gmail-1"_s, u"\"text\""_s, u"en"_s};
    QByteArray noAdvice = good;
    noAdvice.replace(R"("advice":{"en":"y"},)", "");
    QTest::newRow("gmail without advice")
        << withEntry(noAdvice) << QStringList{u"gmail-1"_s, u"\"advice\""_s};
    QByteArray badReply = good;
    badReply.replace("450", "\"450\"");
    QTest::newRow("reply code as string")
        << withEntry(badReply) << QStringList{u"gmail-1"_s, u"\"reply_code\""_s};
    QByteArray outOfRange = good;
    outOfRange.replace("450", "999");
    QTest::newRow("reply code out of range")
        << withEntry(outOfRange) << QStringList{u"\"reply_code\""_s};
    QByteArray noId = good;
    noId.replace(R"("id":"gmail-1",)", "");
    QTest::newRow("missing id") << withEntry(noId) << QStringList{u"entry 1"_s, u"\"id\""_s};
    QByteArray badSource = good;
    badSource.replace(R"("gmail")", R"("yahoo")");
    QTest::newRow("unknown source") << withEntry(badSource) << QStringList{u"\"source\""_s};
    QTest::newRow("duplicate id") << withEntry(good + "," + good)
                                  << QStringList{u"entry 2"_s, u"gmail-1"_s, u"\"id\""_s};
    QByteArray dangling = good;
    dangling.replace(R"("temporary":true)", R"("temporary":true,"replaced_by":"gmail-999")");
    QTest::newRow("replaced_by unknown")
        << withEntry(dangling) << QStringList{u"gmail-1"_s, u"replaced_by"_s, u"gmail-999"_s};
    QByteArray badTemporary = good;
    badTemporary.replace(R"("temporary":true)", R"("temporary":"yes")");
    QTest::newRow("temporary not bool")
        << withEntry(badTemporary) << QStringList{u"\"temporary\""_s};
    QByteArray badVariants = good;
    badVariants.replace(R"("temporary":true)", R"("temporary":true,"variants":[{"note":"x"}])");
    QTest::newRow("variant without text")
        << withEntry(badVariants) << QStringList{u"\"variants\""_s};
    QByteArray plainNote = good;
    plainNote.replace(R"("temporary":true)",
                      R"("temporary":true,"variants":[{"text":"x","note":"2023 page"}])");
    QTest::newRow("variant note not by language")
        << withEntry(plainNote) << QStringList{u"\"variants\""_s, u"note"_s};
    QByteArray badUrl = good;
    badUrl.replace(R"("temporary":true)", R"x("temporary":true,"help_url":"javascript:alert(1)")x");
    QTest::newRow("non-https help url") << withEntry(badUrl) << QStringList{u"\"help_url\""_s};
    QTest::newRow("entry not an object") << withEntry("42") << QStringList{u"entry 1"_s};
    QByteArray badAction = good;
    badAction.replace(R"("temporary":true)", R"("temporary":true,"address_action":"delete")");
    QTest::newRow("unknown address action")
        << withEntry(badAction) << QStringList{u"gmail-1"_s, u"\"address_action\""_s};
}

void tst_CodeTable::rejectsBrokenFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mustMention);
    QString error;
    const auto table = CodeTable::load({{u"broken.json"_s, json}}, &error);
    QVERIFY(!table);
    QVERIFY(!error.isEmpty());
    for (const QString &word : mustMention)
        QVERIFY2(error.contains(word), qPrintable(u"\""_s + word + u"\" not in: "_s + error));
}

void tst_CodeTable::addressActionOverride()
{
    const QByteArray entry
        = R"({"id":"gmail-1","source":"gmail","reply_code":450,"status":"4.2.1","text":{"en":"x"},"advice":{"en":"y"},"temporary":true,"address_action":"fix-sending"})";
    QString error;
    const auto table = CodeTable::load({{u"a.json"_s, withEntry(entry)}}, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->at(0).addressAction, u"fix-sending"_s);
    const auto small = CodeTable::load({{u"small.json"_s, tst_CodeTable::small()}}, &error);
    QVERIFY(small);
    QVERIFY(small->at(small->indexOf(u"gmail-41"_s)).addressAction.isEmpty()); // optional
}

void tst_CodeTable::builtInTableLoads()
{
    QString error;
    const auto table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(table, qPrintable(error));
    QVERIFY(table->size() > 0);
}

QTEST_GUILESS_MAIN(tst_CodeTable)
#include "tst_codetable.moc"
