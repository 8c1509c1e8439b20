#include "codes/codetable.h"

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
    void loadsProviderFile();
    void rejectsBrokenProviderFiles_data();
    void rejectsBrokenProviderFiles();
    void providerHosts();
    void cacheRoundTrip();
    void cacheRejectsOtherData();
    void builtInCacheIsCurrent();

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
    QCOMPARE(e.seedText, u"\u6211\u4EEC"_s); // the 2018 list's wording, its own field
    QVERIFY(table->at(table->indexOf(u"gmail-86"_s)).seedText.isEmpty());
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
    QByteArray straySeedText = good;
    straySeedText.replace(R"("temporary":true)", R"("temporary":true,"seed_text":"x")");
    QTest::newRow("seed_text without seed")
        << withEntry(straySeedText) << QStringList{u"\"seed_text\""_s};
    QTest::newRow("non-https help url") << withEntry(badUrl) << QStringList{u"\"help_url\""_s};
    QTest::newRow("entry not an object") << withEntry("42") << QStringList{u"entry 1"_s};
    QByteArray badAction = good;
    badAction.replace(R"("temporary":true)", R"("temporary":true,"address_action":"delete")");
    QTest::newRow("unknown address action")
        << withEntry(badAction) << QStringList{u"gmail-1"_s, u"\"address_action\""_s};
    // Every kind of field, each read by its own step of parseEntry: the wrong one is named.
    const auto withField = [&](const QByteArray &field) {
        QByteArray entry = good;
        entry.replace(R"("temporary":true)", R"("temporary":true,)" + field);
        return withEntry(entry);
    };
    QTest::newRow("reason not a string")
        << withField(R"("reason":7)") << QStringList{u"\"reason\""_s, u"string"_s};
    QTest::newRow("on_page not bool")
        << withField(R"("on_page":"yes")") << QStringList{u"\"on_page\""_s, u"true or false"_s};
    QTest::newRow("action_by not strings")
        << withField(R"("action_by":[1])") << QStringList{u"\"action_by\""_s, u"array"_s};
    QTest::newRow("alt_status not a code")
        << withField(R"("alt_status":["5.7"])") << QStringList{u"\"alt_status\""_s, u"5.7"_s};
    QTest::newRow("alt_reply_codes not an array")
        << withField(R"("alt_reply_codes":550)") << QStringList{u"\"alt_reply_codes\""_s};
    QTest::newRow("alt_reply_codes out of range")
        << withField(R"("alt_reply_codes":[550,1000])")
        << QStringList{u"\"alt_reply_codes\""_s, u"200 to 599"_s};
    QTest::newRow("description not by language")
        << withField(R"("description":"x")") << QStringList{u"\"description\""_s, u"language"_s};
    QTest::newRow("variants not an array")
        << withField(R"("variants":{})") << QStringList{u"\"variants\""_s, u"array"_s};
    // The first wrong field is the one reported: "temporary" is read before "variants".
    QTest::newRow("first wrong field") << withEntry(
        QByteArray(good).replace(R"("temporary":true)", R"("temporary":"x","variants":{})"))
                                       << QStringList{u"\"temporary\""_s};
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

namespace {

// A provider file: the envelope declares the provider, the entry uses it. `entry` replaces the
// whole entry when given.
QByteArray providerFile(const QByteArray &entry = {}, const QByteArray &provider = {})
{
    const QByteArray p = provider.isEmpty() ? QByteArray(
                             R"({"key":"acme","name":{"en":"Acme","zh_CN":"A","zh_TW":"A"},)"
                             R"("hosts":["mx*.acme.example","*.in.acme.example"],)"
                             R"("links":["help.acme.example/smtp"],"order":3})")
                                            : provider;
    const QByteArray e
        = entry.isEmpty() ? QByteArray(
              R"({"id":"acme-x1","source":"acme","reply_code":554,"status":null,)"
              R"("token":"AX:01","text":{"en":"AX:01 refused","zh_CN":"AX:01 zh"},)"
              R"("advice":{"en":"Fix it."},"source_note":{"en":"Seen 2026."},)"
              R"("source_date":"2026-05","temporary":false,"address_action":"fix-sending"})")
                          : entry;
    return R"({"format":"bouncelens-codes","version":1,"provider":)" + p + R"(,"entries":[)" + e
           + "]}";
}

} // namespace

void tst_CodeTable::loadsProviderFile()
{
    QString error;
    const auto table
        = CodeTable::load({{u"small.json"_s, small()}, {u"acme.json"_s, providerFile()}}, &error);
    QVERIFY2(table, qPrintable(error));
    const CodeEntry &e = table->at(table->indexOf(u"acme-x1"_s));
    QVERIFY(e.isProvider());
    QVERIFY(!e.isGmail());
    QCOMPARE(e.sourceKey, u"acme"_s);
    QCOMPARE(e.status, QString());
    QCOMPARE(e.tokens, QStringList{u"AX:01"_s});
    QCOMPARE(e.sourceDate, u"2026-05"_s);
    QCOMPARE(e.providerName.english(), u"Acme"_s);
    QCOMPARE(table->providers().size(), 1);
    QVERIFY(table->providerInfo(u"acme"_s));
    QVERIFY(!table->providerInfo(u"gmail"_s));
    // The Gmail siblings of a pair stay Gmail's.
    QVERIFY(table->siblings(554, QString()).isEmpty());
    QCOMPARE(table->siblings(554, QString(), u"acme"_s).size(), 1);
}

void tst_CodeTable::rejectsBrokenProviderFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("word");
    const QByteArray base
        = R"("reply_code":554,"status":null,"temporary":false,"text":{"en":"x"},"advice":{"en":"y"},)"
          R"("source_note":{"en":"z"},"source_date":"2026-05")";
    QTest::newRow("undeclared source")
        << providerFile(R"({"id":"other-1","source":"other",)" + base + "}") << u"source"_s;
    QTest::newRow("id without the key")
        << providerFile(R"({"id":"x-1","source":"acme",)" + base + "}") << u"acme-"_s;
    QTest::newRow("no source note")
        << providerFile(R"({"id":"acme-2","source":"acme","reply_code":554,"status":null,)"
                        R"("text":{"en":"x"},"advice":{"en":"y"},"source_date":"2026"})")
        << u"source_note"_s;
    QTest::newRow("bad date") << providerFile(
        R"({"id":"acme-3","source":"acme",)" + QByteArray(base).replace("2026-05", "May 2026")
        + "}") << u"source_date"_s;
    QTest::newRow("no advice") << providerFile(
        R"({"id":"acme-4","source":"acme","reply_code":554,"status":null,)"
        R"("text":{"en":"x"},"source_note":{"en":"z"},"source_date":"2026-05"})")
                               << u"advice"_s;
    QTest::newRow("key names gmail")
        << providerFile({}, R"({"key":"gmail","name":{"en":"G"},"hosts":[],"links":[]})")
        << u"key"_s;
    QTest::newRow("hosts not a list")
        << providerFile({}, R"({"key":"acme","name":{"en":"A"},"hosts":"mx.acme","links":[]})")
        << u"hosts"_s;
}

void tst_CodeTable::rejectsBrokenProviderFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, word);
    QString error;
    const auto table = CodeTable::load({{u"acme.json"_s, json}}, &error);
    QVERIFY(!table);
    QVERIFY2(error.contains(word), qPrintable(error));
    QVERIFY2(error.contains(u"acme.json"_s), qPrintable(error));
}

void tst_CodeTable::providerHosts()
{
    QString error;
    const auto table = CodeTable::load({{u"acme.json"_s, providerFile()}}, &error);
    QVERIFY2(table, qPrintable(error));
    const ProviderInfo *p = table->providerInfo(u"acme"_s);
    QVERIFY(p);
    QVERIFY(p->matchesHost(u"mx3.acme.example"_s));
    QVERIFY(p->matchesHost(u"MX3.Acme.Example."_s));
    QVERIFY(p->matchesHost(u"a.b.in.acme.example"_s));
    QVERIFY(!p->matchesHost(u"in.acme.example"_s));
    QVERIFY(!p->matchesHost(u"mx3.acme.example.evil.test"_s));
    QVERIFY(!p->matchesHost(QString()));
    QVERIFY(p->matchesLink(u"see https://HELP.acme.example/smtp/12"_s));
    QVERIFY(!p->matchesLink(u"see https://help.acme.example/other"_s));
}

QTEST_GUILESS_MAIN(tst_CodeTable)
#include "tst_codetable.moc"

// The build-time cache (codetablecache.cpp) gives back the table it was written from: written
// again, the bytes are the same (every field, hash-ordered ones in key order).
void tst_CodeTable::cacheRoundTrip()
{
    QString error;
    for (const QByteArray &json : {small(), providerFile()}) {
        const auto table = CodeTable::load({{u"x.json"_s, json}}, &error);
        QVERIFY2(table, qPrintable(error));
        const QByteArray bytes = table->toCache();
        const auto back = CodeTable::fromCache(bytes);
        QVERIFY(back);
        QCOMPARE(back->toCache(), bytes);
        QCOMPARE(back->size(), table->size());
        for (int i = 0; i < table->size(); ++i) {
            QCOMPARE(back->indexOf(table->at(i).id), i);
            QCOMPARE(back->at(i).text.all(), table->at(i).text.all());
            QCOMPARE(back->at(i).temporary, table->at(i).temporary);
            QCOMPARE(back->at(i).formerly, table->at(i).formerly);
            QCOMPARE(back->at(i).providerName.all(), table->at(i).providerName.all());
        }
        QCOMPARE(back->providers().size(), table->providers().size());
        // Borrowed strings (the built-in resource's way) give the same table.
        const auto borrowed = CodeTable::fromCache(bytes, CodeTable::CacheStrings::Borrow);
        QVERIFY(borrowed);
        QCOMPARE(borrowed->toCache(), bytes);
    }
    const auto builtIn = CodeTable::loadBuiltInJson(&error);
    QVERIFY2(builtIn, qPrintable(error));
    const auto back = CodeTable::fromCache(builtIn->toCache());
    QVERIFY(back);
    QCOMPARE(back->toCache(), builtIn->toCache());
    QVERIFY(!back->note(u"suffixes"_s).isEmpty());
    QCOMPARE(back->note(u"suffixes"_s).all(), builtIn->note(u"suffixes"_s).all());
}

void tst_CodeTable::cacheRejectsOtherData()
{
    QString error;
    const auto table = CodeTable::load({{u"x.json"_s, small()}}, &error);
    QVERIFY2(table, qPrintable(error));
    const QByteArray bytes = table->toCache();
    QVERIFY(!CodeTable::fromCache({}));
    QVERIFY(!CodeTable::fromCache(small()));
    QVERIFY(!CodeTable::fromCache(bytes.left(bytes.size() / 2)));
    QVERIFY(!CodeTable::fromCache(bytes + "x"));
    QByteArray otherVersion = bytes;
    otherVersion[4] = char(otherVersion[4] + 1); // the format version after the magic
    QVERIFY(!CodeTable::fromCache(otherVersion));
}

// The cache the build compiled into the program is the one the JSON gives now.
void tst_CodeTable::builtInCacheIsCurrent()
{
    QFile file(QStringLiteral(BOUNCELENS_CODE_CACHE_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QString error;
    const auto table = CodeTable::loadBuiltInJson(&error);
    QVERIFY2(table, qPrintable(error));
    QVERIFY(file.readAll() == table->toCache());
}
