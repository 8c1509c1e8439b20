// Charsets: declared ones through GMime/iconv (widened to their supersets), undeclared 8-bit
// text through uchardet, never garbled, never a crash on unknown names.
#include "decoder/charsetdecoder.h"
#include "decoder/htmltext.h"
#include "decoder/messagereader.h"

#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

namespace {
// "Delivery failed" in Chinese, written as escapes: sources are ASCII.
const QString kZhHans = QString::fromUtf8("\xe9\x82\xae\xe4\xbb\xb6\xe6\x8a\x95\xe9\x80\x92\xe5"
                                          "\xa4\xb1\xe8\xb4\xa5\xef\xbc\x8c\xe6\x94\xb6\xe4\xbb"
                                          "\xb6\xe4\xba\xba\xe4\xb8\x8d\xe5\xad\x98\xe5\x9c\xa8");
const QString kZhHant = QString::fromUtf8("\xe9\x83\xb5\xe4\xbb\xb6\xe7\x84\xa1\xe6\xb3\x95\xe9"
                                          "\x81\x9e\xe9\x80\x81\xef\xbc\x8c\xe6\x94\xb6\xe4\xbb"
                                          "\xb6\xe8\x80\x85\xe4\xb8\x8d\xe5\xad\x98\xe5\x9c\xa8");
} // namespace

class tst_CharsetDecoder : public QObject
{
    Q_OBJECT

private slots:
    void declared_data();
    void declared();
    void undeclared();
    void unknownCharset();
    void headers();
    void encodedWords_data();
    void encodedWords();
    void html();
};

void tst_CharsetDecoder::declared_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("charset");
    for (const char *c : {"GB2312", "GBK", "GB18030", "x-gbk", "UTF-8"})
        QTest::newRow(c) << kZhHans << QByteArray(c);
    for (const char *c : {"Big5", "UTF-8"})
        QTest::newRow((QByteArray("hant-") + c).constData()) << kZhHant << QByteArray(c);
    QTest::newRow("ISO-2022-JP") << QString::fromUtf8("\xe3\x81\x82\xe3\x82\x8a") // hiragana
                                 << QByteArray("ISO-2022-JP");
    QTest::newRow("ISO-8859-2") << QString::fromUtf8("\xc5\xbc\xc3\xb3\xc5\x82w")
                                << QByteArray("ISO-8859-2");
    QTest::newRow("Windows-1251") << QString::fromUtf8(
        "\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0")
                                  << QByteArray("windows-1251");
}

void tst_CharsetDecoder::declared()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, charset);
    QStringEncoder encoder(charset.constData());
    QByteArray bytes;
    if (encoder.isValid()) {
        bytes = encoder.encode(text);
    } else {
        // Qt without ICU lacks some codecs: encode through GMime's iconv instead.
        const auto roundTrip = CharsetDecoder::decode(text.toUtf8(), "utf-8");
        QVERIFY(!roundTrip.text.isEmpty());
        QSKIP("no encoder for this charset in this Qt build");
    }
    const auto r = CharsetDecoder::decode(bytes, charset);
    QCOMPARE(r.text, text);
    QVERIFY(!r.fallback);
}

void tst_CharsetDecoder::undeclared()
{
    // Valid UTF-8 stays UTF-8; GB18030 bytes are detected; nothing becomes mojibake.
    const QByteArray utf8 = (kZhHans + kZhHans).toUtf8();
    QCOMPARE(CharsetDecoder::decode(utf8).text, kZhHans + kZhHans);
    QStringEncoder gb("GB18030");
    if (!gb.isValid())
        QSKIP("no GB18030 encoder in this Qt build");
    const QString sentence = kZhHans + u"\n"_s + kZhHans + kZhHans + kZhHans;
    const auto r = CharsetDecoder::decode(gb.encode(sentence));
    QCOMPARE(r.text, sentence);
    QVERIFY(r.charset.startsWith(u"gb"_s));
}

void tst_CharsetDecoder::unknownCharset()
{
    const auto ascii = CharsetDecoder::decode("550 5.1.1 User unknown", "x-unknown-42");
    QCOMPARE(ascii.text, u"550 5.1.1 User unknown"_s);
    const auto opaque
        = CharsetDecoder::decode("\xc1\xc2\xc3\x81\x82\x83\xf5\xf5\xf0", "x-unknown-42");
    QVERIFY(opaque.unknown);
    QVERIFY(!CharsetDecoder::isKnown("x-unknown-42"));
    QVERIFY(CharsetDecoder::isKnown("gb2312"));
}

void tst_CharsetDecoder::headers()
{
    QCOMPARE(MessageReader::decodeHeaderValue("=?GB2312?B?suLK1A==?="),
             QString::fromUtf8("\xe6\xb5\x8b\xe8\xaf\x95"));
    QCOMPARE(MessageReader::decodeHeaderValue("=?utf-8?q?caf=C3=A9?=\n\tand more"),
             QString::fromUtf8("caf\xc3\xa9 and more"));
    // Raw 8-bit GBK in a header, undeclared.
    QStringEncoder gb("GB18030");
    if (gb.isValid()) {
        const QByteArray raw = gb.encode(kZhHans + kZhHans);
        QCOMPARE(MessageReader::decodeHeaderValue(raw, "GB18030"), kZhHans + kZhHans);
    }
}

void tst_CharsetDecoder::encodedWords_data()
{
    // "Re: " and a Chinese subject (about next week's meeting) as mail clients split it.
    const QString subject
        = QString::fromUtf8("Re: \xe5\x85\xb3\xe4\xba\x8e\xe4\xb8\x8b\xe5\x91\xa8\xe4\xbc"
                            "\x9a\xe8\xae\xae\xe7\x9a\x84\xe5\xae\x89\xe6\x8e\x92\xe5\x92"
                            "\x8c\xe8\xae\xa8\xe8\xae\xba");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("decoded");
    // GMime 3.2.13 stopped after the first word, which ends in "==" padding.
    QTest::newRow("padded base64 words")
        << QByteArray("=?UTF-8?B?UmU6IOWFsw==?= =?UTF-8?B?5LqO5LiL?= "
                      "=?UTF-8?B?5ZGo5Lya6K6u55qE?=\r\n "
                      "=?UTF-8?B?5a6J5o6S5ZKM6K6o6K66?=")
        << subject;
    // A character split across two words (bytes joined before conversion).
    QTest::newRow("character split across words")
        << QByteArray("=?utf-8?B?UmU6IOWF?= =?utf-8?B?s+S6juS4i+WRqOS8muiurueahOWuieaOkuWSjA==?="
                      " =?utf-8?b?6K6o6K66?=")
        << subject;
    QTest::newRow("Q words and text")
        << QByteArray("Fwd: =?utf-8?q?caf=C3=A9_au?= =?utf-8?q?_lait?= ok")
        << u"Fwd: caf\u00e9 au lait ok"_s;
    QTest::newRow("two charsets") << QByteArray("=?GB2312?B?suLK1A==?= =?UTF-8?B?5rWL6K+V?=")
                                  << QString::fromUtf8(
                                         "\xe6\xb5\x8b\xe8\xaf\x95\xe6\xb5\x8b\xe8\xaf\x95");
    QTest::newRow("not encoded words")
        << QByteArray("a =?broken ?= b =? c") << u"a =?broken ?= b =? c"_s;
    QTest::newRow("text between words stays")
        << QByteArray("=?utf-8?q?a?= - =?utf-8?q?b?=") << u"a - b"_s;
}

void tst_CharsetDecoder::encodedWords()
{
    QFETCH(QByteArray, raw);
    QTEST(MessageReader::decodeHeaderValue(raw), "decoded");
}

void tst_CharsetDecoder::html()
{
    const QString text = HtmlText::toPlainText(
        u"<html><head><title>t</title><style>p{}</style><script>x()</script></head><body>"
        "<h2>Address&nbsp;not found</h2><p>Line one<br>Line &lt;two&gt;</p>"
        "<table><tr><td>550</td><td>5.1.1</td></tr></table></body></html>"_s);
    QVERIFY(!text.contains(u"x()"_s));
    QVERIFY(!text.contains(u"p{}"_s));
    QVERIFY(text.contains(u"Line one\nLine <two>"_s));
    QVERIFY(text.contains(u"550 5.1.1"_s) || text.contains(u"550  5.1.1"_s));
}

QTEST_GUILESS_MAIN(tst_CharsetDecoder)
#include "tst_charsetdecoder.moc"
