#include "codes/codetable.h"
#include "search/searchquery.h"
#include "search/synonyms.h"

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
    void particlesAndGaps_data();
    void particlesAndGaps();
    void longestPhraseWins();
    void weakConcepts();

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
    QTest::newRow("gap at the end")
        << concept(R"("id": "a", "ids": ["x"], "phrases": {"en": ["a"], "zh_CN": ["\u90AE\u7BB1*"],
                      "zh_TW": ["c"]})")
        << u"field \"phrases.zh_CN\": \"\u90AE\u7BB1*\": a gap (*) needs words on both sides"_s;
    QTest::newRow("particle of two characters")
        << QByteArray(
               R"({"format": "bouncelens-synonyms", "version": 1, "particles": ["\u4E86\u5427"],
                          "concepts": []})")
        << u"\"particles\" must be an array of single Chinese characters"_s;
    QTest::newRow("latin particle")
        << QByteArray(R"({"format": "bouncelens-synonyms", "version": 1, "particles": ["a"],
                          "concepts": []})")
        << u"\"particles\" must be an array of single Chinese characters"_s;
    QTest::newRow("weak not a boolean")
        << concept(R"("id": "a", "ids": ["x"], "weak": 1, )" + kPhrases)
        << u"field \"weak\": must be true or false"_s;
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

namespace {

// A file with the particles le (U+4E86) and ma (U+55CE, Traditional), and one concept whose
// Chinese phrase has a gap: youxiang (mailbox) * bao (burst).
const QByteArray kGapped = R"({"format": "bouncelens-synonyms", "version": 1,
    "particles": ["\u4E86", "\u55CE", "\u554A"],
    "concepts": [{"id": "full", "reasons": ["mailboxfull"], "phrases": {"en": ["mailbox full"],
        "zh_CN": ["\u90AE\u7BB1*\u7206", "\u6EE1\u4E86\u554A"], "zh_TW": ["\u4FE1\u7BB1*\u7206"]}}]})";

} // namespace

void tst_Synonyms::particlesAndGaps_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<quint64>("mask");
    // youxiang bao le: the particle is left out, the phrase matches with no gap.
    QTest::newRow("no gap, particle") << u"\u90AE\u7BB1\u7206\u4E86"_s << quint64(0b1);
    // youxiang you bao le: one character in the gap.
    QTest::newRow("one in the gap") << u"\u90AE\u7BB1\u53C8\u7206\u4E86"_s << quint64(0b1);
    // Traditional, with the Traditional particle ma.
    QTest::newRow("traditional") << u"\u4FE1\u7BB1\u7206\u4E86\u55CE"_s << quint64(0b1);
    // A gap longer than Synonyms::kGap (4): no match.
    QTest::newRow("gap too long") << u"\u90AE\u7BB1\u4E00\u4E8C\u4E09\u56DB\u4E94\u7206"_s
                                  << quint64(0);
    // The parts in another order: no match.
    QTest::newRow("order") << u"\u7206\u90AE\u7BB1"_s << quint64(0);
    // Chinese words typed apart: the phrase text joins them.
    QTest::newRow("typed apart") << u"gmail \u90AE\u7BB1 \u7206"_s << quint64(0b110);
    // A phrase written with particles matches a query without them (man le a -> man).
    QTest::newRow("particle in the phrase") << u"\u6EE1"_s << quint64(0b1);
}

void tst_Synonyms::particlesAndGaps()
{
    QFETCH(QString, query);
    QFETCH(quint64, mask);
    QString error;
    const auto synonyms = Synonyms::load(kGapped, u"s.json"_s, &error);
    QVERIFY2(synonyms, qPrintable(error));
    QCOMPARE(synonyms->particles().size(), 3);
    QCOMPARE(synonyms->match(SearchQuery::parse(query)).value(0), mask);
}

void tst_Synonyms::longestPhraseWins()
{
    // bei feng (blocked) stands inside bei feng hao (account banned): only the longer counts.
    const QByteArray json = R"({"format": "bouncelens-synonyms", "version": 1, "concepts": [
        {"id": "blocked", "reasons": ["blocked"], "phrases": {"en": ["blocked"],
            "zh_CN": ["\u88AB\u5C01"], "zh_TW": ["\u88AB\u5C01"]}},
        {"id": "banned", "reasons": ["suspend"], "phrases": {"en": ["banned"],
            "zh_CN": ["\u88AB\u5C01\u53F7"], "zh_TW": ["\u88AB\u5C01\u865F"]}}]})";
    QString error;
    const auto synonyms = Synonyms::load(json, u"s.json"_s, &error);
    QVERIFY2(synonyms, qPrintable(error));
    const auto banned = synonyms->match(SearchQuery::parse(u"\u8D26\u53F7\u88AB\u5C01\u53F7"_s));
    QCOMPARE(banned.value(0), quint64(0));
    QCOMPARE(banned.value(1), quint64(0b1));
    const auto blocked = synonyms->match(SearchQuery::parse(u"\u53D1\u592A\u591A\u88AB\u5C01"_s));
    QCOMPARE(blocked.value(0), quint64(0b1));
    QCOMPARE(blocked.value(1), quint64(0));
}

void tst_Synonyms::weakConcepts()
{
    // The built-in "bounced" concept is weak; "unsubscribe" is there in three languages.
    const Synonyms &synonyms = Synonyms::builtIn();
    bool bounced = false;
    bool unsubscribe = false;
    for (const Synonyms::Concept &c : synonyms.concepts()) {
        bounced = bounced || (c.id == u"bounced"_s && c.weak);
        unsubscribe = unsubscribe || (c.id == u"unsubscribe"_s && !c.weak);
        QVERIFY2(!c.weak || c.id == u"bounced"_s, qPrintable(c.id));
    }
    QVERIFY(bounced);
    QVERIFY(unsubscribe);
    const auto masks = synonyms.match(SearchQuery::parse(u"List-Unsubscribe"_s));
    for (int i = 0; i < masks.size(); ++i)
        QCOMPARE(masks.at(i) != 0, synonyms.concepts().at(i).id == u"unsubscribe"_s);
}

QTEST_GUILESS_MAIN(tst_Synonyms)
#include "tst_synonyms.moc"
