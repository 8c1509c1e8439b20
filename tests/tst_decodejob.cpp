#include "codes/codetable.h"
#include "input/decodejob.h"
#include "input/messagefiles.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

// What the Decode view's worker prepares (issue 12, points 2, 7 and 9).
class tst_DecodeJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sourceRangesInTheFilesCharset_data();
    void sourceRangesInTheFilesCharset();
    void emptyAndBinaryFilesAreNotShown();
    void missingAndTooBig();
    void longestLine();
    void hugeFileShowsItsBeginning();
    void strayNulIsNotBinary();

private:
    QString write(const QString &name, const QByteArray &bytes);
    std::optional<CodeTable> m_table;
    std::optional<BounceDecoder> m_decoder;
    QTemporaryDir m_dir;
};

void tst_DecodeJob::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
    m_decoder.emplace(*m_table);
    QVERIFY(m_dir.isValid());
}

QString tst_DecodeJob::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write");
    return file.fileName();
}

void tst_DecodeJob::sourceRangesInTheFilesCharset_data()
{
    QTest::addColumn<QString>("file");
    // 8-bit files shown in their own charset: the highlights must sit on the reply's text.
    QTest::newRow("undeclared gbk") << u"raw-gbk-undeclared.eml"_s;
    QTest::newRow("utf-8 8bit") << u"gmail-zh-not-delivered-8bit.eml"_s;
    QTest::newRow("big5") << u"big5-zh-tw-gmail-not-authorized.eml"_s;
}

void tst_DecodeJob::sourceRangesInTheFilesCharset()
{
    QFETCH(QString, file);
    QFile fixture(QFINDTESTDATA(u"data/bounces/"_s + file));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    // As it is, and with CRLF line ends ("Show original" downloads).
    const QByteArray bytes = fixture.readAll();
    for (const QByteArray &variant : {bytes, QByteArray(bytes).replace("\n", "\r\n")}) {
        const DecodeJob::Result r = DecodeJob::openFile(*m_decoder, write(file, variant));
        QCOMPARE(r.problem, DecodeJob::FileProblem::None);
        QCOMPARE(r.results.size(), 1);
        QVERIFY(!r.results.first().recipients.isEmpty());
        QCOMPARE(r.sourceRanges.size(), 1);
        // The box shows CRLF as one line break, as QPlainTextEdit does.
        const QString box = QString(r.boxText).replace(u"\r\n"_s, u"\n"_s);
        const RecipientResult &x = r.results.first().recipients.first();
        const auto ranges = r.sourceRanges.first().first();
        QVERIFY(!ranges.isEmpty());
        bool sawCode = false;
        for (const auto &[start, length] : ranges) {
            QVERIFY(start >= 0 && start + length <= box.size());
            const QString shown = box.mid(start, length);
            QVERIFY2(!shown.contains(u'\n') || shown.contains(u' '), qPrintable(shown));
            sawCode = sawCode || shown.contains(QString::number(x.replyCode));
        }
        QVERIFY2(sawCode, qPrintable(box.mid(ranges.first().first, ranges.first().second)));
    }
}

void tst_DecodeJob::emptyAndBinaryFilesAreNotShown()
{
    DecodeJob::Result r = DecodeJob::openFile(*m_decoder, write(u"empty.eml"_s, {}));
    QCOMPARE(r.problem, DecodeJob::FileProblem::Empty);
    QVERIFY(r.problemText.contains(u"empty.eml"_s));
    QVERIFY(r.boxText.isEmpty());

    r = DecodeJob::openFile(*m_decoder, write(u"blank.txt"_s, "\n\n  \n"));
    QCOMPARE(r.problem, DecodeJob::FileProblem::Empty);

    // A PNG: said what it is, never shown as text.
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    png += QByteArray(2000, '\0');
    r = DecodeJob::openFile(*m_decoder, write(u"photo.png"_s, png));
    QCOMPARE(r.problem, DecodeJob::FileProblem::Binary);
    QVERIFY(r.boxText.isEmpty());
    QVERIFY2(r.problemText.contains(u"photo.png"_s), qPrintable(r.problemText));
    QVERIFY2(r.problemText.contains(u"PNG"_s), qPrintable(r.problemText));
    QVERIFY(r.results.isEmpty());
    // Named as a mail message: the content says what it is, not the extension.
    r = DecodeJob::openFile(*m_decoder, write(u"picture.eml"_s, png));
    QCOMPARE(r.problem, DecodeJob::FileProblem::Binary);
    QVERIFY2(r.problemText.contains(u"PNG"_s), qPrintable(r.problemText));
    QVERIFY2(!r.problemText.contains(u"email"_s, Qt::CaseInsensitive), qPrintable(r.problemText));
}

void tst_DecodeJob::missingAndTooBig()
{
    QString text;
    QCOMPARE(DecodeJob::check(m_dir.filePath(u"nothing.eml"_s), &text),
             DecodeJob::FileProblem::Missing);
    QVERIFY(text.contains(u"nothing.eml"_s));
    QFile big(m_dir.filePath(u"big.eml"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(BounceDecoder::MaxInputSize + 1));
    big.close();
    QCOMPARE(DecodeJob::check(big.fileName(), &text), DecodeJob::FileProblem::TooBig);
    QVERIFY(text.contains(u"MB"_s));
}

void tst_DecodeJob::longestLine()
{
    QCOMPARE(DecodeJob::longestLine(u""_s), 0);
    QCOMPARE(DecodeJob::longestLine(u"ab\nabcd\nabc"_s), 4);
    QCOMPARE(DecodeJob::longestLine(QString(5000, u'x') + u"\nshort"_s), 5000);
}

void tst_DecodeJob::hugeFileShowsItsBeginning()
{
    QFile fixture(QFINDTESTDATA("data/bounces/postfix-two-recipients.eml"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QByteArray bytes = fixture.readAll();
    const QByteArray filler = "filler line of an attachment that nobody reads\n";
    while (bytes.size() < DecodeJob::kBoxLimit * 2)
        bytes += filler;
    const DecodeJob::Result r = DecodeJob::openFile(*m_decoder, write(u"huge.eml"_s, bytes));
    QCOMPARE(r.problem, DecodeJob::FileProblem::None);
    QVERIFY(r.boxTruncated);
    QVERIFY(r.boxText.size() <= DecodeJob::kBoxLimit);
    QCOMPARE(r.fileSize, bytes.size());
    // The whole file was decoded all the same.
    QCOMPARE(r.results.first().recipients.size(), 2);
}

void tst_DecodeJob::strayNulIsNotBinary()
{
    // The window reads files as the console does (issue 16): a NUL byte in a header is not
    // "binary". (A file that changes between its size check and its read: tst_MessageFiles.)
    const QByteArray bounce = "From: MAILER-DAEMON@mx.example.org\nTo: a@example.org\n"
                              "Subject: Undelivered Mail Returned to Sender\n\n"
                              "<b@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 "
                              "<b@example.com>: Recipient address rejected: User unknown\n";
    QByteArray nul = bounce;
    nul.insert(nul.indexOf("Undelivered"), '\0');
    DecodeJob::Result r = DecodeJob::openFile(*m_decoder, write(u"nul.eml"_s, nul));
    QCOMPARE(r.problem, DecodeJob::FileProblem::None);
    QCOMPARE(r.results.size(), 1);
    QCOMPARE(r.results.first().recipients.size(), 1);
}

QTEST_GUILESS_MAIN(tst_DecodeJob)
#include "tst_decodejob.moc"
