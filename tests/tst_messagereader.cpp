// MessageReader's text-level helpers on their own: whether bytes start like a message, header
// blocks quoted in text, and RFC 2047 words that are odd (unknown charsets, language tags,
// unfinished words). The MIME walk and charsets are in tst_charsetdecoder.
#include "decoder/messagereader.h"

#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_MessageReader : public QObject
{
    Q_OBJECT

private slots:
    void looksLikeMessage_data();
    void looksLikeMessage();
    void parseHeaderBlock_data();
    void parseHeaderBlock();
    void oddEncodedWords_data();
    void oddEncodedWords();
    void normalizeLineEndings_data();
    void normalizeLineEndings();
    void unfoldedHeaderValue_data();
    void unfoldedHeaderValue();
};

void tst_MessageReader::looksLikeMessage_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("message");

    QTest::newRow("headers") << QByteArray("From: a@example.org\nSubject: x\n\nbody\n") << true;
    QTest::newRow("CRLF headers") << QByteArray("Subject: x\r\nTo: b@example.org\r\n\r\nbody")
                                  << true;
    QTest::newRow("mbox separator first")
        << QByteArray("From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nFrom: a@example.org\n\nx")
        << true;
    QTest::newRow("mbox separator alone") << QByteArray("From MAILER-DAEMON Mon Jan 1") << false;
    QTest::newRow("folded line first")
        << QByteArray("  folded: x\nFrom: a@example.org\n\nbody\n") << false;
    QTest::newRow("folded field") << QByteArray("Subject: a\n\tb\nTo: c@example.org\n\n") << true;
    QTest::newRow("only unknown fields") << QByteArray("X-Foo: 1\nX-Bar: 2\n\nbody\n") << false;
    QTest::newRow("known field in any case")
        << QByteArray("X-Foo: 1\nMESSAGE-ID: <1@example.org>\n\nbody\n") << true;
    QTest::newRow("prose") << QByteArray("Your message could not be delivered.\n") << false;
    QTest::newRow("no name before the colon") << QByteArray(": x\nFrom: a@example.org\n") << false;
    QTest::newRow("space in the name")
        << QByteArray("From: a@example.org\nDear user: x\n") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void tst_MessageReader::looksLikeMessage()
{
    QFETCH(QByteArray, input);
    QTEST(MessageReader::looksLikeMessage(input), "message");
}

void tst_MessageReader::parseHeaderBlock_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("fields"); // "name=value"

    QTest::newRow("fields up to the empty line")
        << u"From: a@example.org\nSubject: hello\n\nTo: not@example.org\n"_s
        << QStringList{u"from=a@example.org"_s, u"subject=hello"_s};
    QTest::newRow("empty lines before the block")
        << u"\n\r\nTo: b@example.org\r\n"_s << QStringList{u"to=b@example.org"_s};
    QTest::newRow("folded value") << u"Subject: one\n  two\n\tthree\n"_s
                                  << QStringList{u"subject=one two three"_s};
    // Fields the decoder does not use are left out, their folded lines with them.
    QTest::newRow("unused field and its folded lines")
        << u"X-Spam-Score: 1\n  more\nDate: Mon, 1 Jan 2024\n"_s
        << QStringList{u"date=Mon, 1 Jan 2024"_s};
    QTest::newRow("encoded words")
        << u"Subject: =?utf-8?q?caf=C3=A9?=\n"_s << QStringList{u"subject=caf\u00e9"_s};
    QTest::newRow("not a header block") << u"Dear user,\nFrom: a@example.org\n"_s << QStringList();
    QTest::newRow("prose ends the block")
        << u"From: a@example.org\nthis is prose\nTo: b@example.org\n"_s
        << QStringList{u"from=a@example.org"_s};
}

void tst_MessageReader::parseHeaderBlock()
{
    QFETCH(QString, text);
    QFETCH(QStringList, fields);
    QStringList found;
    for (const auto &[name, value] : MessageReader::parseHeaderBlock(text))
        found << name + u'=' + value;
    QCOMPARE(found, fields);
}

void tst_MessageReader::oddEncodedWords_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("decoded");

    QTest::newRow("language tag (RFC 2231)") << QByteArray("=?utf-8*en?q?hello?=") << u"hello"_s;
    // An unknown charset falls back to CharsetDecoder's guess, never drops bytes (GMime's
    // g_mime_utils_header_decode_text gives "caf tail").
    QTest::newRow("unknown charset")
        << QByteArray("=?x-unknown-42?q?caf=E9?= tail") << u"caf\u00e9 tail"_s;
    QTest::newRow("unfinished word") << QByteArray("=?UTF-8?B?broken") << u"=?UTF-8?B?broken"_s;
    QTest::newRow("no encoding letter")
        << QByteArray("=?utf-8?x?abc?= z") << u"=?utf-8?x?abc?= z"_s;
    QTest::newRow("empty charset") << QByteArray("=??q?abc?=") << u"=??q?abc?="_s;
    QTest::newRow("Q: bad escape kept") << QByteArray("=?utf-8?q?a=ZZb?=") << u"a=ZZb"_s;
    QTest::newRow("whitespace between words dropped")
        << QByteArray("=?utf-8?q?a?=  \t =?utf-8?q?b?=") << u"ab"_s;
}

void tst_MessageReader::oddEncodedWords()
{
    QFETCH(QByteArray, raw);
    QTEST(MessageReader::decodeEncodedWords(raw), "decoded");
}

void tst_MessageReader::normalizeLineEndings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("LF only") << QByteArray("a\nb\n") << QByteArray("a\nb\n");
    QTest::newRow("CRLF") << QByteArray("a\r\nb\r\n") << QByteArray("a\nb\n");
    QTest::newRow("lone CR") << QByteArray("a\rb\r") << QByteArray("a\nb\n");
    QTest::newRow("mixed") << QByteArray("\r\r\na\n\rb\r\n\r") << QByteArray("\n\na\n\nb\n\n");
    QTest::newRow("CR at the end") << QByteArray("abc\r") << QByteArray("abc\n");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void tst_MessageReader::normalizeLineEndings()
{
    QFETCH(QByteArray, input);
    QTEST(MessageReader::normalizeLineEndings(input), "expected");
}

void tst_MessageReader::unfoldedHeaderValue_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("folded LF") << QByteArray(" a\n\t b\n  c ") << u"a b c"_s;
    QTest::newRow("folded CRLF") << QByteArray("a\r\n b\r\n\tc") << u"a b c"_s;
    QTest::newRow("space before the fold") << QByteArray("a \n b") << u"a b"_s;
    QTest::newRow("tab inside") << QByteArray("a\tb") << u"a b"_s;
    QTest::newRow("lone CR kept") << QByteArray("a\rb") << u"a\rb"_s;
    QTest::newRow("empty lines") << QByteArray("\n\n a") << u"a"_s;
}

void tst_MessageReader::unfoldedHeaderValue()
{
    QFETCH(QByteArray, raw);
    QTEST(MessageReader::decodeHeaderValue(raw), "decoded");
}

QTEST_GUILESS_MAIN(tst_MessageReader)
#include "tst_messagereader.moc"
