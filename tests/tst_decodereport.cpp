// DecodeReport::toJsonBytes (issue 24): the `decode --json` line written directly must be, byte
// for byte, what Qt writes for DecodeReport::toJson (keys sorted, escapes, numbers, nulls).
#include "codes/codetable.h"
#include "decoder/bouncedecoder.h"
#include "report/decodereport.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <optional>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_DecodeReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonBytesAreQtsOnEveryFixture();
    void jsonBytesOfHostileValues();

private:
    QByteArray qtJson(const DecodeResult &r) const
    {
        return QJsonDocument(DecodeReport::toJson(r, *m_table)).toJson(QJsonDocument::Compact);
    }
    std::optional<CodeTable> m_table;
};

void tst_DecodeReport::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
}

void tst_DecodeReport::jsonBytesAreQtsOnEveryFixture()
{
    const BounceDecoder decoder(*m_table);
    int files = 0;
    int recipients = 0;
    QDirIterator it(QFINDTESTDATA("data/bounces"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        DecodeResult r = decoder.decode(file.readAll());
        r.source = file.fileName();
        QCOMPARE(DecodeReport::toJsonBytes(r, *m_table), qtJson(r));
        ++files;
        recipients += int(r.recipients.size());
    }
    QVERIFY(files >= 10);
    QVERIFY(recipients >= 10);
}

void tst_DecodeReport::jsonBytesOfHostileValues()
{
    DecodeResult r;
    r.source = u"dir/\"quoted\" \\ back\tslash\u0001\u007f\u0085\u00e9\u4e2d.eml"_s;
    r.provider = u"\U0001F600 emoji"_s;
    r.originalSubject = u"lone "_s + QChar(0xD800) + u" surrogate"_s;
    r.originalTo = QString(QChar(0xDC00));
    r.languages = {u"en"_s, u"zh"_s};
    r.recognised = {DecodeNote{u"heading"_s, {u"line\nbreak \"%2\""_s}}, DecodeNote{}};
    r.notes = {DecodeNote{u"recipients-cut"_s, {u"1000"_s, u"\u0001"_s}}};
    r.errorCode = ErrorCode::Undecodable;
    r.sender.ip = u"203.0.113.5"_s;
    RecipientResult x;
    x.recipient = u"a@example.com"_s;
    x.replyCode = 550;
    x.confidence = 0.123456;
    x.candidates = {{-1, 0.5}, {0, 1.0 / 3.0}};
    x.spans = {{0, 12}, {1234567, 9999999999LL}};
    x.temporary = true;
    x.providerConfirmed = true;
    r.recipients = {x, RecipientResult{}};
    QCOMPARE(DecodeReport::toJsonBytes(r, *m_table), qtJson(r));
    r.errorCode = ErrorCode::OpenFailed;
    r.errorDetail = u"a \"detail\"\n"_s;
    QCOMPARE(DecodeReport::toJsonBytes(r, *m_table), qtJson(r));
    QCOMPARE(DecodeReport::toJsonBytes(DecodeResult{}, *m_table), qtJson(DecodeResult{}));
}

QTEST_GUILESS_MAIN(tst_DecodeReport)
#include "tst_decodereport.moc"
