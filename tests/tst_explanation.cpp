#include "codes/codetable.h"
#include "common/decodetypes.h"
#include "decoder/bouncedecoder.h"
#include "report/decodereport.h"
#include "report/explanation.h"

#include <QTranslator>
#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

// "Copy explanation" and the human report (issue 12, points 5 and 6): for people, in the
// interface language, no internal ids or reason names; the server's codes as it sent them.
class tst_Explanation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void englishSentences();
    void noInternalNames_data();
    void noInternalNames();
    void interfaceLanguage();
    void seedReplyExplainedByTodaysText();
    void placeholdersFilledFromTheReply();
    void temporaryMeansRetry();
    void reportForPeople();
    void providerNamed();

private:
    DecodeResult decodeFixture(const QString &name) const;
    std::optional<CodeTable> m_table;
    std::optional<BounceDecoder> m_decoder;
    QTranslator m_translator;
};

void tst_Explanation::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
    m_decoder.emplace(*m_table);
}

void tst_Explanation::cleanup()
{
    QCoreApplication::removeTranslator(&m_translator);
}

DecodeResult tst_Explanation::decodeFixture(const QString &name) const
{
    QFile file(QFINDTESTDATA(u"data/bounces/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return m_decoder->decode(file.readAll());
}

void tst_Explanation::englishSentences()
{
    const DecodeResult r = decodeFixture(u"gmail-zh-address-not-found-utf8-qp.eml"_s);
    QCOMPARE(r.recipients.size(), 1);
    const QString text = Explanation::forRecipient(*m_table, r.recipients.first(), u"en"_s);
    QVERIFY2(text.startsWith(u"The message to zhou.xin.2019@gmail.com was not delivered"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"550 5.1.1"_s), qPrintable(text));
    QVERIFY2(text.contains(u"does not exist"_s), qPrintable(text));
    QVERIFY2(text.contains(u"What to do: "_s), qPrintable(text));
    QVERIFY2(text.contains(u"will fail in the same way"_s), qPrintable(text));
}

void tst_Explanation::noInternalNames_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QFINDTESTDATA("data/bounces"));
    for (const QString &name : dir.entryList({u"*.eml"_s}, QDir::Files))
        QTest::newRow(qPrintable(name)) << name;
}

void tst_Explanation::noInternalNames()
{
    QFETCH(QString, file);
    const DecodeResult r = decodeFixture(file);
    for (const RecipientResult &x : r.recipients) {
        const QString text = Explanation::forRecipient(*m_table, x, u"en"_s);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(u"gmail-"_s) && !text.contains(u"rfc3463-"_s)
                     && !text.contains(u"rfc5321-"_s),
                 qPrintable(text));
        if (x.reason != Reason::None) {
            const QString word = toWord(x.reason);
            QVERIFY2(!text.contains(u' ' + word + u' ') && !text.contains(u'(' + word),
                     qPrintable(text));
        }
        if (!x.recipient.isEmpty())
            QVERIFY(text.contains(x.recipient));
        // The reply's own values are filled in where the reply has them.
        if (x.entryIndex >= 0 && !x.diagnostic.isEmpty()) {
            const QString entry = Explanation::entryText(m_table->at(x.entryIndex), x, u"en"_s);
            QVERIFY(!entry.contains(u"{domain-name}"_s) || !x.diagnostic.contains(u"domain"_s));
        }
    }
}

void tst_Explanation::interfaceLanguage()
{
    QVERIFY(m_translator.load(u":/i18n/bouncelens_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&m_translator);
    const DecodeResult r = decodeFixture(u"gmail-zh-address-not-found-utf8-qp.eml"_s);
    const QString text = Explanation::forRecipient(*m_table, r.recipients.first(), u"zh_CN"_s);
    // No English sentence is left: every line starts in Chinese.
    for (const QString &line : text.split(u'\n')) {
        QVERIFY2(!line.isEmpty() && line.at(0).unicode() >= 0x2E80, qPrintable(line));
    }
    QVERIFY(text.contains(u"zhou.xin.2019@gmail.com"_s));
    QVERIFY(
        text.contains(m_table->at(r.recipients.first().entryIndex).text.value(u"zh_CN"_s).left(8)));
}

void tst_Explanation::seedReplyExplainedByTodaysText()
{
    // 421 4.7.0 (EHLO): the 2018 list's Chinese said "denial-of-service attack"; the copied
    // explanation gives today's meaning instead, and names no link that is not there.
    QVERIFY(m_translator.load(u":/i18n/bouncelens_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&m_translator);
    const DecodeResult r = decodeFixture(u"postfix-delay-gmail-421-ehlo.eml"_s);
    QCOMPARE(r.recipients.size(), 1);
    const RecipientResult &x = r.recipients.first();
    QVERIFY(x.entryIndex >= 0);
    const CodeEntry &e = m_table->at(x.entryIndex);
    QCOMPARE(e.id, u"gmail-15"_s);
    QVERIFY(e.seedText.contains(u"\u653B\u51FB"_s)); // "attack", kept in the seed's wording
    const QString text = Explanation::forRecipient(*m_table, x, u"zh_CN"_s);
    QVERIFY2(!text.contains(u"\u653B\u51FB"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"\u6B64\u6587\u7AE0"_s), qPrintable(text)); // "this article"
    QVERIFY(text.contains(e.text.value(u"zh_CN"_s).left(8)));
}

void tst_Explanation::placeholdersFilledFromTheReply()
{
    const DecodeResult r = decodeFixture(u"netease-126-gbk-qp-gmail-ratelimit-delay.eml"_s);
    QCOMPARE(r.recipients.size(), 1);
    const RecipientResult &x = r.recipients.first();
    QVERIFY(x.entryIndex >= 0);
    QVERIFY(m_table->at(x.entryIndex).text.english().contains(u"{domain-name}"_s));
    const QString text = Explanation::entryText(m_table->at(x.entryIndex), x, u"zh_CN"_s);
    QVERIFY2(text.contains(u"126.example.cn"_s), qPrintable(text));
    QVERIFY2(!text.contains(u'{'), qPrintable(text));
}

void tst_Explanation::temporaryMeansRetry()
{
    const DecodeResult r = decodeFixture(u"gmail-zh-delay-utf8-qp.eml"_s);
    QCOMPARE(r.recipients.size(), 1);
    const QString text = Explanation::forRecipient(*m_table, r.recipients.first(), u"en"_s);
    QVERIFY2(text.contains(u"has not been delivered yet"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Retry: yes"_s), qPrintable(text));
}

void tst_Explanation::reportForPeople()
{
    const DecodeResult r = decodeFixture(u"postfix-sasl-gmail-535-badcredentials.eml"_s);
    const QString text = DecodeReport::toText(r, *m_table, u"en"_s);
    QVERIFY2(!text.contains(u"[gmail-"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"(securityerror)"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"zh, en"_s) && !text.contains(u": en\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Language of the bounce: English"_s), qPrintable(text));
    // The server's codes as the server sent them.
    QVERIFY2(text.contains(u"Reply: 535 5.7.8"_s), qPrintable(text));
    // JSON keeps every field, internal names included.
    const QJsonObject json = DecodeReport::toJson(r, *m_table);
    const QJsonObject first = json.value(u"recipients"_s).toArray().first().toObject();
    QVERIFY(first.value(u"entry_id"_s).toString().startsWith(u"gmail-"_s));
    QCOMPARE(first.value(u"reason"_s).toString(), toWord(r.recipients.first().reason));
    QCOMPARE(json.value(u"languages"_s).toArray().first().toString(), r.languages.first());
}

void tst_Explanation::providerNamed()
{
    // A provider's reply is named in the report and the JSON; Gmail's and generic ones are not.
    const DecodeResult r = decodeFixture(u"postfix-tencent-content-denied.eml"_s);
    QVERIFY(!r.recipients.isEmpty());
    QCOMPARE(Explanation::provider(*m_table, r.recipients.first(), u"en"_s), u"Tencent"_s);
    QVERIFY(DecodeReport::toText(r, *m_table, u"en"_s).contains(u"Provider: Tencent"_s));
    const QJsonObject first
        = DecodeReport::toJson(r, *m_table).value(u"recipients"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"provider"_s).toString(), u"tencent"_s);
    QCOMPARE(first.value(u"provider_confirmed"_s).toBool(), true);
    RecipientResult alone = r.recipients.first();
    alone.providerConfirmed = false;
    QVERIFY(Explanation::provider(*m_table, alone, u"en"_s).contains(u"by its code alone"_s));
    const DecodeResult gmail = decodeFixture(u"postfix-two-recipients.eml"_s);
    QCOMPARE(Explanation::provider(*m_table, gmail.recipients.first(), u"en"_s), QString());
}

QTEST_GUILESS_MAIN(tst_Explanation)
#include "tst_explanation.moc"
