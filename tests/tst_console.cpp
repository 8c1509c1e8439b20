#include "cli/console.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "cli/decodecommand.h"
#include "input/messagefiles.h"

#include <csignal>
#include <unistd.h>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

namespace {

// What this process has read through read() and the like so far (/proc/self/io "rchar", all
// threads): observes how much input a run read without a hook in the code under test.
qint64 bytesReadByThisProcess()
{
    QFile io(u"/proc/self/io"_s);
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

} // namespace

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
    void lookupJsonKeepsTheSeedWording();
    void lookupAllWithoutQuery();
    void lookupNothingFound();
    void lookupDidYouMean();
    void lookupUsesTheSearchEngine_data();
    void lookupUsesTheSearchEngine();
    void usageErrors_data();
    void usageErrors();
    void terminalSafe_data();
    void terminalSafe();
    void jsonSafe();
    void writeErrors_data();
    void writeErrors();
    void readerGoneStopsQuietly();

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
    // The current Chinese text first (not the 2018 list's wording), the original English after.
    const int zh = r.out.indexOf(u"\u60A8\u5C1D\u8BD5\u8054\u7CFB\u7684\u7535\u5B50\u90AE\u4EF6"_s);
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
        // An entry servers also send as 5.7.1 (gmail-111's older DMARC form) is found too.
        if (v.toObject().value(u"alt_status"_s).toArray().contains(u"5.7.1"_s))
            continue;
        QVERIFY2(status == u"5.7.1"_s || status.endsWith(u".7.1"_s) || status.endsWith(u".x.x"_s)
                     || status == u"x.7.x"_s,
                 qPrintable(status));
    }
}

void tst_Console::lookupJsonKeepsTheSeedWording()
{
    // Every entry of the 2018 Chinese list carries its wording as seed_text, beside a current
    // text.zh_CN; the 421 4.7.0 one no longer says "attack" in text.zh_CN.
    const Run r = run({u"lookup"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
    int seeds = 0, differ = 0;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        if (!o.value(u"seed"_s).toBool()) {
            QVERIFY(!o.contains(u"seed_text"_s));
            continue;
        }
        ++seeds;
        const QString seed = o.value(u"seed_text"_s).toString();
        const QString current = o.value(u"text"_s).toObject().value(u"zh_CN"_s).toString();
        QVERIFY(!seed.isEmpty());
        differ += seed != current;
        if (o.value(u"id"_s).toString() == u"gmail-15"_s) {
            QVERIFY(seed.contains(u"\u653B\u51FB"_s));
            QVERIFY(!current.contains(u"\u653B\u51FB"_s));
        }
    }
    QCOMPARE(seeds, 57);
    QVERIFY(differ >= 45);
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

void tst_Console::lookupDidYouMean()
{
    // A typo: the entries are found anyway (the corrected word), and the correction is named on
    // the error stream; --json output stays a plain array.
    const Run r = run({u"lookup"_s, u"mailbx"_s, u"full"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(u"452 4.2.2"_s));
    QVERIFY2(r.err.contains(u"Did you mean: mailbox full"_s), qPrintable(r.err));
    const Run zh = run({u"lookup"_s, u"recipent"_s, u"unknown"_s, u"--lang"_s, u"zh_CN"_s});
    QVERIFY2(zh.err.contains(u"recipient unknown"_s), qPrintable(zh.err));
    const Run json = run({u"lookup"_s, u"mailbx"_s, u"full"_s, u"--json"_s});
    QVERIFY(json.err.isEmpty());
    // Words typed right: no suggestion.
    QVERIFY(!run({u"lookup"_s, u"mailbox"_s, u"full"_s}).err.contains(u"Did you mean"_s));
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
    QCOMPARE(r.code, 64);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

void tst_Console::terminalSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("safe");
    QTest::newRow("plain") << u"550 5.1.1 user\tunknown\n"_s << u"550 5.1.1 user\tunknown\n"_s;
    QTest::newRow("chinese") << u"\u7528\u6237\u4E0D\u5B58\u5728"_s
                             << u"\u7528\u6237\u4E0D\u5B58\u5728"_s;
    QTest::newRow("title and clear")
        << u"a\x1b]0;owned\x07\x1b[2Jb"_s << u"a\\x1b]0;owned\\x07\\x1b[2Jb"_s;
    QTest::newRow("C1 CSI and DEL") << u"x\u009b31m\x7fy"_s << u"x\\x9b31m\\x7fy"_s;
    QTest::newRow("CR and NUL") << QString(u"a\rb"_s + QChar(0) + u"c"_s) << u"a\\x0db\\x00c"_s;
}

void tst_Console::terminalSafe()
{
    QFETCH(QString, text);
    QTEST(Console::terminalSafe(text), "safe");
}

void tst_Console::jsonSafe()
{
    // QJsonDocument escapes C0 controls; DEL and C1 (here CSI, U+009B) are escaped too, and the
    // line still parses to the same text.
    const QString value = u"\x1b[2J\u009b31m\x7f\u00e9\u4E2D"_s;
    const QByteArray json = Console::jsonSafe(
        QJsonDocument(QJsonObject{{u"d"_s, value}}).toJson(QJsonDocument::Compact));
    QCOMPARE(json, QByteArray(R"({"d":"\u001b[2J\u009b31m\u007f)") + "\xc3\xa9\xe4\xb8\xad\"}");
    for (char c : json)
        QVERIFY(uchar(c) >= 0x20 && c != 0x7f);
    QCOMPARE(QJsonDocument::fromJson(json).object().value(u"d"_s).toString(), value);
}

void tst_Console::writeErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("lookup") << QStringList{u"lookup"_s, u"550"_s, u"--lang"_s, u"en"_s};
    QTest::newRow("lookup json") << QStringList{u"lookup"_s, u"--json"_s};
    QTest::newRow("decode") << QStringList{u"decode"_s, u"--lang"_s, u"en"_s,
                                           QStringLiteral(BOUNCELENS_TEST_DATA "/bounces")};
    QTest::newRow("help") << QStringList{u"--help"_s};
}

void tst_Console::writeErrors()
{
    // A full disk: said on stderr, exit 2 (it was exit 0 with the output lost).
    QFETCH(QStringList, args);
    QFile full(u"/dev/full"_s);
    if (!full.open(QIODevice::WriteOnly))
        QSKIP("no /dev/full");
    QTextStream out(&full);
    QString err;
    QTextStream errStream(&err);
    const int code = Console::run(QStringList{u"bouncelens"_s} + args, out, errStream);
    errStream.flush();
    QCOMPARE(code, 74);
    QCOMPARE(err.count(u"could not be written"_s), 1);
}

void tst_Console::readerGoneStopsQuietly()
{
    // The reader of a pipe exits (| head): the run stops at the next check, without a word and
    // without reading more input. SIGPIPE ignored, as some parents leave it: then writes fail
    // with EPIPE (with SIGPIPE's default action the process ends at once, as cat does).
    const auto previous = std::signal(SIGPIPE, SIG_IGN);
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    ::close(fds[0]);
    QFile pipe;
    QVERIFY(pipe.open(fds[1], QIODevice::WriteOnly, QFileDevice::AutoCloseHandle));
    QTextStream out(&pipe);
    QString err;
    QTextStream errStream(&err);
    const QString dir = QStringLiteral(BOUNCELENS_TEST_DATA "/bounces");
    qint64 dirBytes = 0, biggest = 0;
    for (const InputFile &f : MessageWalk::list({QFile::encodeName(dir)})) {
        dirBytes += QFileInfo(f.path).size();
        biggest = std::max(biggest, QFileInfo(f.path).size());
    }
    const qint64 before = bytesReadByThisProcess();
    const int code
        = Console::run({u"bouncelens"_s, u"decode"_s, u"--json"_s, dir, dir, dir}, out, errStream);
    const qint64 read = bytesReadByThisProcess() - before;
    std::signal(SIGPIPE, previous);
    errStream.flush();
    QCOMPARE(code, 74);
    QCOMPARE(err, QString());
    QVERIFY(dirBytes > 100 * 1024);
    QVERIFY2(before >= 0 && read > 0, "/proc/self/io counts what was read"); // not vacuous
    // The first directory at most (and the file after the failed write): not all three.
    QVERIFY2(read <= dirBytes + biggest + 64 * 1024,
             qPrintable(u"%1 bytes read, one directory is %2"_s.arg(read).arg(dirBytes)));

    const auto again = std::signal(SIGPIPE, SIG_IGN);
    int fds2[2];
    QCOMPARE(::pipe(fds2), 0);
    ::close(fds2[0]);
    QFile pipe2;
    QVERIFY(pipe2.open(fds2[1], QIODevice::WriteOnly, QFileDevice::AutoCloseHandle));
    QTextStream out2(&pipe2);
    QString err2;
    QTextStream errStream2(&err2);
    QCOMPARE(Console::run({u"bouncelens"_s, u"lookup"_s, u"--json"_s}, out2, errStream2), 74);
    std::signal(SIGPIPE, again);
    errStream2.flush();
    QCOMPARE(err2, QString());
}

QTEST_GUILESS_MAIN(tst_Console)
#include "tst_console.moc"
