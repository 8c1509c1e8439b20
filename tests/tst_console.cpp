#include "console.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_Console : public QObject
{
    Q_OBJECT

private slots:
    void recognisesConsoleCommands_data();
    void recognisesConsoleCommands();
    void versionAndHelp();
    void lookupHuman();
    void lookupHumanInChinese();
    void lookupJson();
    void lookupAllWithoutQuery();
    void lookupNothingFound();
    void lookupUsesTheSearchEngine_data();
    void lookupUsesTheSearchEngine();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args);
};

tst_Console::Run tst_Console::run(const QStringList &args)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = Console::run(QStringList{u"bouncelens"_s} + args, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

void tst_Console::recognisesConsoleCommands_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("console");
    QTest::newRow("no args") << QStringList{u"bouncelens"_s} << false;
    QTest::newRow("file") << QStringList{u"bouncelens"_s, u"bounce.eml"_s} << false;
    QTest::newRow("lookup") << QStringList{u"bouncelens"_s, u"lookup"_s, u"550"_s} << true;
    QTest::newRow("decode") << QStringList{u"bouncelens"_s, u"decode"_s, u"-"_s} << true;
    QTest::newRow("version") << QStringList{u"bouncelens"_s, u"--version"_s} << true;
    QTest::newRow("help") << QStringList{u"bouncelens"_s, u"-h"_s} << true;
}

void tst_Console::recognisesConsoleCommands()
{
    QFETCH(QStringList, args);
    QTEST(Console::isConsoleCommand(args), "console");
}

void tst_Console::versionAndHelp()
{
    QCoreApplication::setApplicationName(u"bouncelens"_s);
    QCoreApplication::setApplicationVersion(u"1.2.3"_s);
    const Run version = run({u"--version"_s});
    QCOMPARE(version.code, 0);
    QCOMPARE(version.out.trimmed(), u"bouncelens 1.2.3"_s);
    const Run help = run({u"--help"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"lookup"_s));
    QVERIFY(help.out.contains(u"decode"_s));
    const Run lookupHelp = run({u"lookup"_s, u"--help"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(lookupHelp.code, 0);
    QVERIFY(lookupHelp.out.contains(u"--json"_s));
}

void tst_Console::lookupHuman()
{
    const Run r = run({u"lookup"_s, u"550"_s, u"5.1.1"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(u"550 5.1.1  [gmail-41]"_s), qPrintable(r.out.left(200)));
    QVERIFY(r.out.contains(u"The email account that you tried to reach does not exist"_s));
    QVERIFY(r.out.contains(u"Codes found: "_s));
    QVERIFY(r.err.isEmpty());
}

void tst_Console::lookupHumanInChinese()
{
    const Run r = run({u"lookup"_s, u"550 5.1.1"_s, u"--lang"_s, u"zh_CN"_s});
    QCOMPARE(r.code, 0);
    // The seed's Chinese text first, the original English after it.
    const int zh = r.out.indexOf(u"\u60A8\u5C1D\u8BD5\u5411\u5176\u53D1\u9001\u90AE\u4EF6"_s);
    const int en = r.out.indexOf(u"The email account that you tried to reach does not exist"_s);
    QVERIFY(zh > 0);
    QVERIFY(en > zh);
}

void tst_Console::lookupJson()
{
    const Run r = run({u"lookup"_s, u"5.7.1"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QVERIFY(!array.isEmpty());
    const QJsonObject first = array.first().toObject();
    for (const QString &key :
         {u"id"_s, u"source"_s, u"reply_code"_s, u"status"_s, u"text"_s, u"advice"_s}) {
        QVERIFY2(first.contains(key), qPrintable(key));
    }
    QCOMPARE(first.value(u"reply_code"_s).type(), QJsonValue::Double);
    QCOMPARE(first.value(u"status"_s).toString(), u"5.7.1"_s);
    for (const QString &lang : {u"en"_s, u"zh_CN"_s, u"zh_TW"_s}) {
        QVERIFY(!first.value(u"text"_s).toObject().value(lang).toString().isEmpty());
        QVERIFY(!first.value(u"advice"_s).toObject().value(lang).toString().isEmpty());
    }
    for (const QJsonValue &v : array) {
        const QString status = v.toObject().value(u"status"_s).toString();
        QVERIFY2(status == u"5.7.1"_s || status.endsWith(u".7.1"_s) || status.endsWith(u".x.x"_s)
                     || status == u"x.7.x"_s,
                 qPrintable(status));
    }
}

void tst_Console::lookupAllWithoutQuery()
{
    const Run all = run({u"lookup"_s, u"--json"_s});
    QCOMPARE(all.code, 0);
    const QJsonArray array = QJsonDocument::fromJson(all.out.toUtf8()).array();
    QStringList ids;
    for (const QJsonValue &v : array)
        ids << v.toObject().value(u"id"_s).toString();
    QVERIFY(ids.contains(u"gmail-41"_s));
    QCOMPARE(ids.removeDuplicates(), 0);
}

void tst_Console::lookupNothingFound()
{
    const Run r = run({u"lookup"_s, u"zzzz-no-such-words-zzzz"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(u"Codes found: 0"_s));
    const Run json = run({u"lookup"_s, u"zzzz-no-such-words-zzzz"_s, u"--json"_s});
    QCOMPARE(json.code, 1);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 0);
    // A hint on what to try, on the error stream (standard output stays the list).
    QVERIFY(r.err.contains(u"fewer words"_s));
    QVERIFY(json.err.isEmpty());
}

void tst_Console::lookupUsesTheSearchEngine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("first"); // id of the first entry printed

    // The window's normalisation, synonyms and order.
    QTest::newRow("pasted") << QStringList{u"lookup"_s, u"smtp;"_s, u"550-5.1.1"_s, u"--json"_s}
                            << u"gmail-41"_s;
    QTest::newRow("full-width") << QStringList{
        u"lookup"_s, u"\uFF03\uFF15\uFF0E\uFF12\uFF0E\uFF12"_s,
        u"--json"_s} << u"gmail-47"_s;
    QTest::newRow("synonym") << QStringList{u"lookup"_s, u"no such user"_s, u"--json"_s}
                             << u"gmail-41"_s;
    QTest::newRow("relevance") << QStringList{u"lookup"_s, u"quota"_s, u"--json"_s}
                               << u"gmail-l44"_s;
    QTest::newRow("traditional") << QStringList{
        u"lookup"_s, u"\u61C9\u7528\u7A0B\u5F0F\u5BC6\u78BC"_s, u"--lang"_s, u"zh_TW"_s,
        u"--json"_s} << u"gmail-120"_s;
}

void tst_Console::lookupUsesTheSearchEngine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, first);
    const Run r = run(args);
    QCOMPARE(r.code, 0);
    const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!array.isEmpty());
    QCOMPARE(array.first().toObject().value(u"id"_s).toString(), first);
}

void tst_Console::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown language") << QStringList{u"lookup"_s, u"550"_s, u"--lang"_s, u"fr"_s};
    QTest::newRow("unknown option") << QStringList{u"lookup"_s, u"--frobnicate"_s};
}

void tst_Console::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Console)
#include "tst_console.moc"
