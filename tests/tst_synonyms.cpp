#include "codetable.h"
#include "searchquery.h"
#include "synonyms.h"

#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_Synonyms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtInCoversTheIssuesPhrases_data();
    void builtInCoversTheIssuesPhrases();
    void match_data();
    void match();
    void rejects_data();
    void rejects();
    void resolveNamesTheUnknownTarget();

private:
    std::optional<CodeTable> m_table;
};

namespace {

QByteArray concept(const QByteArray &fields)
{
    return R"({"format": "bouncelens-synonyms", "version": 1, "concepts": [{)" + fields + "}]}";
}

const QByteArray kPhrases
    = R"("phrases": {"en": ["mailbox full", "spf"], "zh_CN": ["\u90AE\u7BB1\u5DF2\u6EE1"],
                                "zh_TW": ["\u4FE1\u7BB1\u5DF2\u6EFF"]})";

} // namespace

void tst_Synonyms::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
}

void tst_Synonyms::builtInCoversTheIssuesPhrases_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("concept");
    // The words of issue 13, each to the concept it means.
    const std::pair<const char16_t *, const char16_t *> rows[]
        = {{u"user unknown", u"address-not-found"},
           {u"no such user", u"address-not-found"},
           {u"\u7528\u6237\u4E0D\u5B58\u5728", u"address-not-found"},
           {u"mailbox full", u"mailbox-full"},
           {u"\u90AE\u7BB1\u5DF2\u6EE1", u"mailbox-full"},
           {u"\u4FE1\u7BB1\u5DF2\u6EFF", u"mailbox-full"},
           {u"too many recipients", u"too-many-recipients"},
           {u"password", u"authentication-failed"},
           {u"reverse DNS", u"reverse-dns"},
           {u"\u53CD\u5411\u89E3\u6790", u"reverse-dns"},
           {u"\u90AE\u4EF6\u592A\u5927", u"message-too-large"},
           {u"app password", u"app-password"},
           {u"SPF", u"spf"},
           {u"DKIM", u"dkim"},
           {u"DMARC", u"dmarc"},
           {u"TLS required", u"tls-required"},
           {u"daily limit", u"daily-limit"},
           {u"account disabled", u"account-disabled"},
           {u"spam", u"spam"},
           {u"blocked IP", u"blocked-ip"},
           {u"rate limited", u"rate-limited"}};
    for (const auto &[query, id] : rows)
        QTest::newRow(QString::fromUtf16(query).toUtf8())
            << QString::fromUtf16(query) << QString::fromUtf16(id);
}

void tst_Synonyms::builtInCoversTheIssuesPhrases()
{
    QFETCH(QString, query);
    QFETCH(QString, concept);
    const Synonyms &synonyms = Synonyms::builtIn();
    const QList<quint64> masks = synonyms.match(SearchQuery::parse(query));
    QStringList found;
    for (int i = 0; i < masks.size(); ++i) {
        if (masks.at(i))
            found << synonyms.concepts().at(i).id;
    }
    QVERIFY2(found.contains(concept), qPrintable(found.join(u", "_s)));
}

void tst_Synonyms::match_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<quint64>("mask"); // words of the query the concept covers

    QTest::newRow("phrase") << u"mailbox full"_s << quint64(0b11);
    QTest::newRow("phrase in a sentence") << u"my mailbox full again"_s << quint64(0b0110);
    QTest::newRow("case and spaces") << u"MAILBOX   Full"_s << quint64(0b11);
    QTest::newRow("traditional") << u"\u4FE1\u7BB1\u5DF2\u6EFF"_s << quint64(0b1);
    QTest::newRow("simplified of the traditional phrase")
        << u"\u4FE1\u7BB1\u5DF2\u6EE1\u4E86"_s << quint64(0b1);
    QTest::newRow("short word alone") << u"spf"_s << quint64(0b1);
    QTest::newRow("short word inside a word") << u"spfx"_s << quint64(0);
    QTest::newRow("word boundary before") << u"xmailbox full"_s << quint64(0);
    QTest::newRow("plural") << u"mailbox fulls"_s << quint64(0b11);
    QTest::newRow("other words") << u"quota"_s << quint64(0);
}

void tst_Synonyms::match()
{
    QFETCH(QString, query);
    QFETCH(quint64, mask);
    QString error;
    const auto synonyms = Synonyms::load(
        concept(R"("id": "full", "reasons": ["mailboxfull"], )" + kPhrases), u"s.json"_s, &error);
    QVERIFY2(synonyms, qPrintable(error));
    QCOMPARE(synonyms->match(SearchQuery::parse(query)).value(0), mask);
}

void tst_Synonyms::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("not json") << QByteArray("[") << u"s.json: not valid JSON"_s;
    QTest::newRow("format") << QByteArray(R"({"format": "x"})")
                            << u"s.json: not a BounceLens synonyms file"_s;
    QTest::newRow("no id") << concept(R"("reasons": ["x"], )" + kPhrases)
                           << u"s.json: concept 1: field \"id\": missing"_s;
    QTest::newRow("language missing")
        << concept(R"("id": "a", "reasons": ["x"], "phrases": {"en": ["a"], "zh_CN": ["b"]})")
        << u"s.json: concept 1 (\"a\"): field \"phrases.zh_TW\": expected a non-empty array"_s;
    QTest::newRow("empty phrase") << concept(
        R"("id": "a", "reasons": ["x"], "phrases": {"en": [""], "zh_CN": ["b"],
                      "zh_TW": ["c"]})")
                                  << u"field \"phrases.en\""_s;
    QTest::newRow("unknown language")
        << concept(R"("id": "a", "reasons": ["x"], "phrases": {"en": ["a"], "zh_CN": ["b"],
                      "zh_TW": ["c"], "fr": ["d"]})")
        << u"unknown language \"fr\""_s;
    QTest::newRow("no target") << concept(R"("id": "a", )" + kPhrases)
                               << u"a concept needs \"reasons\", \"codes\" or \"ids\""_s;
    QTest::newRow("bad code") << concept(R"("id": "a", "codes": ["full"], )" + kPhrases)
                              << u"field \"codes\": \"full\" is not a code"_s;
    QTest::newRow("duplicate id") << QByteArray(
        R"({"format": "bouncelens-synonyms", "version": 1, "concepts": [
              {"id": "a", "ids": ["x"], )"
        + kPhrases + R"(}, {"id": "a", "ids": ["y"], )" + kPhrases
        + "}]}") << u"concept 2 (\"a\"): field \"id\": \"a\" is used by another concept too"_s;
}

void tst_Synonyms::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!Synonyms::load(json, u"s.json"_s, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void tst_Synonyms::resolveNamesTheUnknownTarget()
{
    const std::pair<QByteArray, QString> cases[]
        = {{R"("id": "a", "reasons": ["nosuchreason"], )", u"field \"reasons\": no entry has the "
                                                           "reason \"nosuchreason\""_s},
           {R"("id": "a", "codes": ["5.9.9"], )", u"field \"codes\": no entry has the code "
                                                  "\"5.9.9\""_s},
           {R"("id": "a", "ids": ["gmail-0"], )", u"field \"ids\": no entry has the id "
                                                  "\"gmail-0\""_s}};
    for (const auto &[fields, error] : cases) {
        QString message;
        const auto synonyms = Synonyms::load(concept(fields + kPhrases), u"s.json"_s, &message);
        QVERIFY2(synonyms, qPrintable(message));
        QVERIFY(!synonyms->resolve(*m_table, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }
    // A concept that names real entries resolves to them: by code, primary; by reason, related.
    QString message;
    const auto synonyms = Synonyms::load(
        concept(R"("id": "a", "reasons": ["userunknown"], "codes": ["5.1.1"], )" + kPhrases),
        u"s.json"_s, &message);
    QVERIFY(synonyms);
    const auto resolved = synonyms->resolve(*m_table, &message);
    QVERIFY2(resolved, qPrintable(message));
    bool sawPrimary = false;
    bool sawRelated = false;
    for (const Synonyms::Target &t : resolved->value(0)) {
        const bool exact = m_table->at(t.entry).status == u"5.1.1"_s;
        QCOMPARE(t.primary, exact);
        sawPrimary = sawPrimary || t.primary;
        sawRelated = sawRelated || !t.primary;
    }
    QVERIFY(sawPrimary && sawRelated);
}

QTEST_GUILESS_MAIN(tst_Synonyms)
#include "tst_synonyms.moc"
