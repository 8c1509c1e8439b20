#include "codes/codetable.h"
#include "decoder/bouncedecoder.h"
#include "decoder/readabletext.h"

#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

// The Readable view's text (issue 12, points 1 and 2): made by the decoder from what it read.
class tst_ReadableText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void encodedPartsAreDecoded_data();
    void encodedPartsAreDecoded();
    void pastedTextStaysAsItIs();
    void htmlIsShownAsText();
    void eachRecipientHasItsOwnDiagnostic();
    void consoleDecodesWithoutIt();

private:
    DecodeResult decodeFixture(const QString &name) const;
    std::optional<CodeTable> m_table;
    std::optional<BounceDecoder> m_decoder;
};

void tst_ReadableText::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
    m_decoder.emplace(*m_table);
}

DecodeResult tst_ReadableText::decodeFixture(const QString &name) const
{
    QFile file(QFINDTESTDATA(u"data/bounces/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return m_decoder->decode(file.readAll());
}

void tst_ReadableText::encodedPartsAreDecoded_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("readableWord"); // decoded text the reader sees
    QTest::addColumn<QString>("encoded");      // what the source shows instead
    // QP UTF-8 body and RFC 2047 header; GB18030 base64; GBK QP; Big5.
    QTest::newRow("utf-8 qp") << u"gmail-zh-address-not-found-utf8-qp.eml"_s
                              << u"\u627E\u4E0D\u5230\u5730\u5740"_s << u"=E6=89=BE"_s;
    QTest::newRow("gb18030 base64")
        << u"gmail-zh-temporary-problem-gb18030.eml"_s << u"guo.tao.tech@gmail.com"_s << u"=?"_s;
    QTest::newRow("gbk qp") << u"netease-126-gbk-qp-gmail-ratelimit-delay.eml"_s << u"4.7.28"_s
                            << u"=\n"_s;
    QTest::newRow("big5") << u"big5-zh-tw-gmail-not-authorized.eml"_s << u"5.7.1"_s << u"=?big5?"_s;
}

void tst_ReadableText::encodedPartsAreDecoded()
{
    QFETCH(QString, file);
    QFETCH(QString, readableWord);
    QFETCH(QString, encoded);
    const DecodeResult r = decodeFixture(file);
    QVERIFY2(r.readable.contains(readableWord), qPrintable(r.readable.left(400)));
    QVERIFY2(!r.readable.contains(encoded), qPrintable(r.readable.left(400)));
    QVERIFY(r.readable.startsWith(u"From: "_s));
    QVERIFY(!r.readable.contains(u"\uFFFD"_s));
    // The reply lines are highlighted in the readable text, whatever the encoding.
    QVERIFY(!r.recipients.isEmpty());
    const RecipientResult &x = r.recipients.first();
    QVERIFY2(!x.readableSpans.isEmpty(), qPrintable(file));
    bool sawCode = false;
    for (const auto &[start, length] : x.readableSpans) {
        QVERIFY(start >= 0 && start + length <= r.readable.size());
        sawCode = sawCode || r.readable.mid(start, length).contains(x.status.toString());
    }
    QVERIFY2(sawCode, qPrintable(x.status.toString()));
}

void tst_ReadableText::pastedTextStaysAsItIs()
{
    const QString text = u"Delivery to the following recipient failed permanently:\n\n"
                         u"     someone@example.com\n\n"
                         u"The response from the remote server was:\n"
                         u"550 5.1.1 The email account that you tried to reach does not exist.\n"_s;
    const DecodeResult r = m_decoder->decode(text.toUtf8());
    QCOMPARE(r.readable.trimmed(), text.trimmed());
    QCOMPARE(r.recipients.size(), 1);
    QVERIFY(!r.recipients.first().readableSpans.isEmpty());
    const auto [start, length] = r.recipients.first().readableSpans.first();
    QVERIFY(r.readable.mid(start, length).startsWith(u"550 5.1.1 The email account"_s));
}

void tst_ReadableText::htmlIsShownAsText()
{
    const DecodeResult r = decodeFixture(u"html-only-gmail-nosuchuser.eml"_s);
    QVERIFY(!r.readable.isEmpty());
    QVERIFY2(!r.readable.contains(u"<html"_s, Qt::CaseInsensitive), qPrintable(r.readable));
    QVERIFY2(!r.readable.contains(u"</p>"_s, Qt::CaseInsensitive), qPrintable(r.readable));
}

void tst_ReadableText::eachRecipientHasItsOwnDiagnostic()
{
    const DecodeResult r = decodeFixture(u"postfix-two-recipients.eml"_s);
    QCOMPARE(r.recipients.size(), 2);
    QVERIFY(r.readable.contains(u"--- Delivery status ---"_s));
    for (const RecipientResult &x : r.recipients) {
        QVERIFY(!x.readableSpans.isEmpty());
        // The Diagnostic-Code field highlighted for a recipient is in its own block.
        for (const auto &[start, length] : x.readableSpans) {
            const QString span = r.readable.mid(start, length);
            if (span.startsWith(u"Diagnostic-Code:"_s)) {
                QVERIFY2(span.contains(x.status.toString()), qPrintable(span));
                const qsizetype block = r.readable.lastIndexOf(u"Final-Recipient:"_s, start);
                QVERIFY(r.readable.mid(block, start - block).contains(x.recipient));
            }
        }
    }
}

void tst_ReadableText::consoleDecodesWithoutIt()
{
    // The console and the mailbox view turn the readable text off: the same recipients, codes
    // and source spans, without the text nobody shows.
    QFile file(QFINDTESTDATA(u"data/bounces/postfix-two-recipients.eml"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    BounceDecoder plain(*m_table);
    plain.setReadableText(false);
    const DecodeResult with = m_decoder->decode(bytes);
    const DecodeResult without = plain.decode(bytes);
    QVERIFY(!with.readable.isEmpty());
    QVERIFY(without.readable.isEmpty());
    QCOMPARE(without.recipients.size(), with.recipients.size());
    QVERIFY(without.recipients.size() >= 2);
    for (qsizetype i = 0; i < with.recipients.size(); ++i) {
        QCOMPARE(without.recipients.at(i).recipient, with.recipients.at(i).recipient);
        QCOMPARE(without.recipients.at(i).status, with.recipients.at(i).status);
        QCOMPARE(without.recipients.at(i).spans, with.recipients.at(i).spans);
        QVERIFY(!with.recipients.at(i).readableSpans.isEmpty());
        QVERIFY(without.recipients.at(i).readableSpans.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_ReadableText)
#include "tst_readabletext.moc"
