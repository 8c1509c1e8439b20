#include "codefilterproxy.h"
#include "codetable.h"
#include "codetablemodel.h"
#include "searchindex.h"
#include "searchquery.h"
#include "synonyms.h"

#include <QFile>
#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

// SearchIndex: relevance rules on a small table made for them, then what people type on the
// real table (the one the window and `bouncelens lookup` use), in the three languages.
class tst_SearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void allWordsBeforeSomeWords();
    void interfaceLanguageAndEnglishCount();
    void synonymsRankBelowLiteralText();
    void gmailBeforeGenericAtEqualRelevance();
    void traditionalAndSimplifiedMatchEachOther();
    void codesDecideWordsRank();
    void builtInSearchDataIsValid();
    void ranking_data();
    void ranking();
    void tiesAreDeterministic();
    void keystroke_data();
    void keystroke();
    void typing_data();
    void typing();
    void buildIndex();
    void providerTokensFirst_data();
    void providerTokensFirst();
    void providerFacet();

private:
    SearchIndex::Score score(const QString &query, const QString &id,
                             const QString &language = u"en"_s) const;
    QStringList order(const QString &query, const QString &language) const;

    std::optional<CodeTable> m_small;
    std::optional<Synonyms> m_smallSynonyms;
    std::unique_ptr<SearchIndex> m_smallIndex;
    std::optional<CodeTable> m_table;
};

void tst_SearchIndex::initTestCase()
{
    QString error;
    m_small = CodeTable::loadFiles({QFINDTESTDATA("data/search-small.json")}, &error);
    QVERIFY2(m_small, qPrintable(error));
    QFile file(QFINDTESTDATA("data/search-synonyms.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_smallSynonyms = Synonyms::load(file.readAll(), u"search-synonyms.json"_s, &error);
    QVERIFY2(m_smallSynonyms, qPrintable(error));
    m_smallIndex = std::make_unique<SearchIndex>(*m_small, *m_smallSynonyms);
    QVERIFY2(m_smallIndex->error().isEmpty(), qPrintable(m_smallIndex->error()));
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
}

SearchIndex::Score tst_SearchIndex::score(const QString &query, const QString &id,
                                          const QString &language) const
{
    const int index = m_small->indexOf(id);
    Q_ASSERT(index >= 0);
    return m_smallIndex->score(SearchQuery::parse(query), language).at(index);
}

void tst_SearchIndex::providerTokensFirst_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("entry"); // empty: any entry of the provider
    QTest::newRow("DT:SPM") << u"DT:SPM"_s << u"netease"_s << QString();
    QTest::newRow("dt:spm") << u"dt:spm"_s << u"netease"_s << QString();
    QTest::newRow("TSS04") << u"TSS04"_s << u"yahoo"_s << u"yahoo-tss04"_s;
    QTest::newRow("S3150") << u"S3150"_s << u"microsoft"_s << u"microsoft-s3150"_s;
    QTest::newRow("AS(7230)") << u"AS(7230)"_s << u"microsoft"_s << u"microsoft-as-spamhaus"_s;
    QTest::newRow("5.7.515") << u"5.7.515"_s << u"microsoft"_s << u"microsoft-5.7.515"_s;
    QTest::newRow("RP-001") << u"RP-001"_s << u"microsoft"_s << u"microsoft-rp-001"_s;
    QTest::newRow("CS01") << u"CS01"_s << u"apple"_s << u"apple-cs01"_s;
    QTest::newRow("Mail content denied")
        << u"Mail content denied"_s << u"tencent"_s << u"tencent-content-denied"_s;
    QTest::newRow("frequency limited zh_CN")
        << u"\u9891\u7387\u9650\u5236"_s << u"tencent"_s << QString();
    QTest::newRow("netease by name") << u"netease"_s << u"netease"_s << QString();
}

void tst_SearchIndex::providerTokensFirst()
{
    QFETCH(QString, query);
    QFETCH(QString, provider);
    QFETCH(QString, entry);
    for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
        const QStringList ids = order(query, language);
        QVERIFY2(!ids.isEmpty(), "nothing found");
        const CodeEntry &top = m_table->at(m_table->indexOf(ids.first()));
        QCOMPARE(top.sourceKey, provider);
        if (!entry.isEmpty())
            QCOMPARE(ids.first(), entry);
    }
}

void tst_SearchIndex::providerFacet()
{
    CodeTableModel model(&*m_table);
    CodeFilterProxy proxy;
    proxy.setSourceModel(&model);
    const int all = proxy.rowCount();
    proxy.setProviderFilter(u"netease"_s);
    QVERIFY(proxy.hasFacets());
    QVERIFY(proxy.rowCount() >= 45);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row, 0)
                    .data(CodeTableModel::EntryIdRole)
                    .toString()
                    .startsWith(u"netease-"_s));
    proxy.setProviderFilter(u"generic"_s);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(
            proxy.index(row, 0).data(CodeTableModel::EntryIdRole).toString().startsWith(u"rfc"_s));
    proxy.setProviderFilter(u"gmail"_s);
    QVERIFY(proxy.rowCount() >= 121);
    proxy.clearFacets();
    QCOMPARE(proxy.rowCount(), all);
}

QStringList tst_SearchIndex::order(const QString &query, const QString &language) const
{
    CodeTableModel model(&*m_table);
    model.setLanguage(language);
    CodeFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(CodeTableModel::ReplyCodeColumn, Qt::AscendingOrder);
    proxy.setLanguage(language);
    proxy.setQueryText(query);
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(CodeTableModel::EntryIdRole).toString();
    return ids;
}

void tst_SearchIndex::allWordsBeforeSomeWords()
{
    const auto both = score(u"daily quota"_s, u"g-daily"_s);
    const auto one = score(u"daily quota"_s, u"g-quota"_s);
    const auto other = score(u"daily quota"_s, u"g-daily-only"_s);
    QVERIFY(both.matched && one.matched && other.matched);
    QCOMPARE(both.words, 2);
    QCOMPARE(one.words, 1);
    QVERIFY(SearchIndex::compare(both, one) < 0);
    QVERIFY(SearchIndex::compare(both, other) < 0);
    // No word at all: not a match.
    QVERIFY(!score(u"daily quota"_s, u"g-zeta-en"_s).matched);
}

void tst_SearchIndex::interfaceLanguageAndEnglishCount()
{
    // "zeta" stands in the English text of one entry and in the Simplified Chinese text of the
    // other: equal in a Simplified Chinese interface, English first in a Traditional one.
    const auto en = score(u"zeta"_s, u"g-zeta-en"_s, u"zh_CN"_s);
    const auto cn = score(u"zeta"_s, u"g-zeta-cn"_s, u"zh_CN"_s);
    QCOMPARE(en.points, cn.points);
    const auto enTw = score(u"zeta"_s, u"g-zeta-en"_s, u"zh_TW"_s);
    const auto cnTw = score(u"zeta"_s, u"g-zeta-cn"_s, u"zh_TW"_s);
    QVERIFY(SearchIndex::compare(enTw, cnTw) < 0);
    QVERIFY(cnTw.matched);
}

void tst_SearchIndex::synonymsRankBelowLiteralText()
{
    const auto literal = score(u"gamma ray"_s, u"g-gamma-literal"_s);
    const auto synonym = score(u"gamma ray"_s, u"g-gamma-concept"_s);
    QVERIFY(synonym.matched);
    QCOMPARE(synonym.words, 2);
    QVERIFY(SearchIndex::compare(literal, synonym) < 0);
    // A synonym alone, in Chinese: still found.
    QVERIFY(score(u"\u4F3D\u9A6C\u5C04\u7EBF"_s, u"g-gamma-concept"_s).matched);
    QVERIFY(score(u"\u4F3D\u99AC\u5C04\u7DDA"_s, u"g-gamma-concept"_s).matched);
    QVERIFY(!score(u"\u4F3D\u9A6C\u5C04\u7EBF"_s, u"g-gamma-literal"_s).matched);
}

void tst_SearchIndex::gmailBeforeGenericAtEqualRelevance()
{
    const auto gmail = score(u"mailbox full"_s, u"g-mailbox-full"_s);
    const auto generic = score(u"mailbox full"_s, u"rfc-mailbox-full"_s);
    QCOMPARE(gmail.points, generic.points);
    QVERIFY(SearchIndex::compare(gmail, generic) < 0);
    QVERIFY(SearchIndex::compare(generic, gmail) > 0);
}

void tst_SearchIndex::traditionalAndSimplifiedMatchEachOther()
{
    // Text only in Simplified, query in Traditional; and the other way round.
    QVERIFY(score(u"\u90F5\u7BB1\u5DF2\u6EFF"_s, u"g-simplified-only"_s).matched);
    QVERIFY(score(u"\u4FE1\u7BB1\u5DF2\u6EE1"_s, u"g-traditional-only"_s).matched);
    QVERIFY(score(u"\u914D\u984D"_s, u"g-quota"_s).matched);
    QVERIFY(!score(u"\u914D\u984D"_s, u"g-traditional-only"_s).matched);
}

void tst_SearchIndex::codesDecideWordsRank()
{
    // With a code, entries without the words still match; the words only order them.
    const auto withWord = score(u"550 quota"_s, u"g-quota"_s);
    const auto without = score(u"550 quota"_s, u"g-zeta-en"_s);
    QVERIFY(withWord.matched && without.matched);
    QVERIFY(SearchIndex::compare(withWord, without) < 0);
    QVERIFY(!score(u"550 quota"_s, u"g-daily-only"_s).matched); // 421
}

void tst_SearchIndex::builtInSearchDataIsValid()
{
    QString error;
    const Synonyms &synonyms = Synonyms::builtIn(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(synonyms.concepts().size() >= 20);
    for (const Synonyms::Concept &c : synonyms.concepts()) {
        QCOMPARE(c.languages, (QStringList{u"en"_s, u"zh_CN"_s, u"zh_TW"_s}));
        for (const QStringList &phrases : c.original)
            QVERIFY2(phrases.size() >= 2, qPrintable(c.id));
    }
    const auto resolved = synonyms.resolve(*m_table, &error);
    QVERIFY2(resolved, qPrintable(error));
    const SearchIndex index(*m_table);
    QVERIFY2(index.error().isEmpty(), qPrintable(index.error()));
}

void tst_SearchIndex::ranking_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected"); // an entry id, or the codes as codeLabel() writes them
    QTest::addColumn<int>("within");       // 1: must come first; 3: among the first three

    const QString en = u"en"_s;
    const QString cn = u"zh_CN"_s;
    const QString tw = u"zh_TW"_s;
    // Words, English.
    QTest::newRow("quota") << u"quota"_s << en << u"gmail-l44"_s << 1;
    QTest::newRow("user unknown") << u"user unknown"_s << en << u"gmail-41"_s << 1;
    QTest::newRow("no such user") << u"no such user"_s << en << u"gmail-41"_s << 1;
    QTest::newRow("mailbox full") << u"mailbox full"_s << en << u"gmail-4"_s << 3;
    QTest::newRow("inbox full") << u"Inbox FULL"_s << en << u"gmail-4"_s << 1;
    QTest::newRow("too many recipients") << u"too many recipients"_s << en << u"gmail-71"_s << 3;
    QTest::newRow("too many recipients 2") << u"too many recipients"_s << en << u"gmail-12"_s << 3;
    QTest::newRow("password") << u"password"_s << en << u"gmail-119"_s << 3;
    QTest::newRow("app password") << u"app password"_s << en << u"gmail-120"_s << 1;
    QTest::newRow("reverse DNS") << u"reverse DNS"_s << en << u"gmail-16"_s << 3;
    QTest::newRow("daily limit") << u"daily limit"_s << en << u"gmail-57"_s << 1;
    QTest::newRow("spam") << u"spam"_s << en << u"gmail-86"_s << 1;
    QTest::newRow("dmarc") << u"DMARC"_s << en << u"gmail-111"_s << 3;
    QTest::newRow("tls required") << u"TLS required"_s << en << u"gmail-19"_s << 1;
    QTest::newRow("account disabled") << u"account disabled"_s << en << u"gmail-45"_s << 3;
    QTest::newRow("login attempts") << u"too many login attempts"_s << en << u"gmail-17"_s << 1;
    QTest::newRow("message-id") << u"Message-ID"_s << en << u"gmail-91"_s << 3;
    // Codes as bounces and logs write them.
    QTest::newRow("hash") << u"#5.2.2"_s << en << u"gmail-47"_s << 1;
    QTest::newRow("hash in parentheses") << u"(#5.1.1)"_s << en << u"gmail-41"_s << 1;
    QTest::newRow("diagnostic code") << u"smtp; 550 5.7.1"_s << en << u"550 5.7.1"_s << 1;
    QTest::newRow("continuation") << u"550-5.7.26"_s << en << u"550 5.7.26"_s << 1;
    QTest::newRow("said") << u"said: 550 5.1.1"_s << en << u"gmail-41"_s << 1;
    QTest::newRow("status") << u"Status: 5.2.1"_s << en << u"550 5.2.1"_s << 1;
    QTest::newRow("reply line 5.7.1")
        << u"550-5.7.1 [203.0.113.9] The user or domain that you are sending to (or from) has "
           "a policy that prohibits the email that you sent. - gsmtp"_s
        << en << u"gmail-84"_s << 1;
    QTest::newRow("reply line 4.2.2")
        << u"452-4.2.2 The recipient's inbox is out of storage space. Please direct the "
           "recipient to https://support.google.com/mail/?p=OverQuotaTemp"_s
        << en << u"gmail-4"_s << 1;
    QTest::newRow("postfix log line")
        << u"Nov 30 10:00:01 mx postfix/smtp[25081]: 4B5C2: to=<a@example.org>, "
           "relay=aspmx.l.google.com[142.250.1.26]:25, dsn=5.2.2, status=bounced"_s
        << en << u"gmail-47"_s << 1;
    QTest::newRow("exim log line")
        << u"** a@example.org R=dnslookup T=remote_smtp: SMTP error from remote mail server "
           "after RCPT TO:<a@example.org>: 550-5.1.1 The email account that you tried to reach "
           "does not exist."_s
        << en << u"gmail-41"_s << 1;
    // Input methods: full-width and Chinese punctuation.
    QTest::newRow("full-width 421") << u"\uFF14\uFF12\uFF11"_s << cn << u"421"_s << 1;
    QTest::newRow("full-width 5.7.1")
        << u"\uFF15\uFF0E\uFF17\uFF0E\uFF11"_s << cn << u"5.7.1"_s << 1;
    QTest::newRow("chinese full stops") << u"5\u30022\u30022"_s << cn << u"gmail-47"_s << 1;
    QTest::newRow("full-width pair")
        << u"\uFF15\uFF15\uFF10\u3000\uFF15\uFF0E\uFF11\uFF0E\uFF11"_s << tw << u"gmail-41"_s << 1;
    QTest::newRow("full-width class") << u"\uFF14\uFF38\uFF38"_s << tw << u"421"_s << 1;
    // Simplified Chinese.
    QTest::newRow("zh_CN user not found")
        << u"\u7528\u6237\u4E0D\u5B58\u5728"_s << cn << u"gmail-41"_s << 1;
    QTest::newRow("zh_CN account not found")
        << u"\u8D26\u53F7\u4E0D\u5B58\u5728"_s << cn << u"gmail-41"_s << 1;
    QTest::newRow("zh_CN mailbox full") << u"\u90AE\u7BB1\u5DF2\u6EE1"_s << cn << u"gmail-4"_s << 3;
    QTest::newRow("zh_CN too large") << u"\u90AE\u4EF6\u592A\u5927"_s << cn << u"gmail-48"_s << 3;
    QTest::newRow("zh_CN reverse dns") << u"\u53CD\u5411\u89E3\u6790"_s << cn << u"gmail-16"_s << 3;
    QTest::newRow("zh_CN quota") << u"\u914D\u989D"_s << cn << u"gmail-l44"_s << 3;
    QTest::newRow("zh_CN spam") << u"\u5783\u573E\u90AE\u4EF6"_s << cn << u"gmail-86"_s << 3;
    QTest::newRow("zh_CN wrong password")
        << u"\u5BC6\u7801\u9519\u8BEF"_s << cn << u"gmail-119"_s << 3;
    QTest::newRow("zh_CN app password")
        << u"\u5E94\u7528\u4E13\u7528\u5BC6\u7801"_s << cn << u"gmail-120"_s << 1;
    QTest::newRow("zh_CN too many recipients")
        << u"\u6536\u4EF6\u4EBA\u592A\u591A"_s << cn << u"gmail-12"_s << 3;
    QTest::newRow("zh_CN daily limit")
        << u"\u6BCF\u65E5\u53D1\u9001\u9650\u5236"_s << cn << u"gmail-57"_s << 1;
    QTest::newRow("zh_CN timeout") << u"\u8FDE\u63A5\u8D85\u65F6"_s << cn << u"gmail-8"_s << 3;
    QTest::newRow("zh_CN dkim, mixed") << u"DKIM \u5931\u8D25"_s << cn << u"gmail-115"_s << 3;
    QTest::newRow("zh_CN code and words") << u"550 \u914D\u989D"_s << cn << u"gmail-l44"_s << 1;
    // Traditional Chinese.
    QTest::newRow("zh_TW mailbox full") << u"\u4FE1\u7BB1\u5DF2\u6EFF"_s << tw << u"gmail-4"_s << 3;
    QTest::newRow("zh_TW user not found")
        << u"\u4F7F\u7528\u8005\u4E0D\u5B58\u5728"_s << tw << u"gmail-41"_s << 1;
    QTest::newRow("zh_TW app password")
        << u"\u61C9\u7528\u7A0B\u5F0F\u5BC6\u78BC"_s << tw << u"gmail-120"_s << 1;
    QTest::newRow("zh_TW too large") << u"\u90F5\u4EF6\u592A\u5927"_s << tw << u"gmail-48"_s << 3;
    QTest::newRow("zh_TW spam") << u"\u5783\u573E\u90F5\u4EF6"_s << tw << u"gmail-86"_s << 3;
    QTest::newRow("zh_TW too many recipients")
        << u"\u6536\u4EF6\u8005\u592A\u591A"_s << tw << u"gmail-12"_s << 3;
    QTest::newRow("zh_TW wrong password")
        << u"\u5BC6\u78BC\u932F\u8AA4"_s << tw << u"gmail-119"_s << 3;
    QTest::newRow("zh_TW account disabled")
        << u"\u5E33\u865F\u5DF2\u505C\u7528"_s << tw << u"gmail-45"_s << 3;
    QTest::newRow("zh_TW quota, traditional") << u"\u914D\u984D"_s << tw << u"gmail-l44"_s << 3;
    QTest::newRow("zh_TW storage")
        << u"\u5132\u5B58\u7A7A\u9593\u4E0D\u8DB3"_s << tw << u"gmail-4"_s << 3;
    QTest::newRow("zh_TW reverse dns") << u"\u53CD\u5411\u89E3\u6790"_s << tw << u"gmail-16"_s << 3;
    QTest::newRow("zh_TW simplified typed")
        << u"\u5E94\u7528\u7A0B\u5F0F\u5BC6\u7801"_s << tw << u"gmail-120"_s << 1;
}

void tst_SearchIndex::ranking()
{
    QFETCH(QString, query);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QFETCH(int, within);
    const QStringList ids = order(query, language);
    QVERIFY2(!ids.isEmpty(), "nothing found");
    QStringList top;
    bool found = false;
    for (int i = 0; i < within && i < ids.size(); ++i) {
        const CodeEntry &e = m_table->at(m_table->indexOf(ids.at(i)));
        top << ids.at(i) + u' ' + e.codeLabel();
        found = found || ids.at(i) == expected || e.codeLabel() == expected
                || e.codeLabel().split(u' ').contains(expected);
    }
    QVERIFY2(found, qPrintable(u"top: "_s + top.join(u", "_s)));
}

void tst_SearchIndex::tiesAreDeterministic()
{
    // "5xx" makes every permanent entry equally relevant: the order is the reply code, then
    // the enhanced code, then the table order, however the view was sorted before.
    const QStringList first = order(u"5xx"_s, u"en"_s);
    QVERIFY(first.size() > 50);
    QCOMPARE(order(u"5xx"_s, u"en"_s), first);

    CodeTableModel model(&*m_table);
    CodeFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(CodeTableModel::MessageColumn, Qt::DescendingOrder);
    proxy.setQueryText(u"5xx"_s);
    proxy.sort(CodeTableModel::ReplyCodeColumn, Qt::AscendingOrder);
    QStringList resorted;
    for (int row = 0; row < proxy.rowCount(); ++row)
        resorted << proxy.index(row, 0).data(CodeTableModel::EntryIdRole).toString();
    QCOMPARE(resorted, first);

    // Equal relevance: Gmail first, then by reply code, status and table order.
    const SearchIndex index(*m_table);
    const auto scores = index.score(SearchQuery::parse(u"5xx"_s), u"en"_s);
    for (int i = 0; i + 1 < first.size(); ++i) {
        const int a = m_table->indexOf(first.at(i));
        const int b = m_table->indexOf(first.at(i + 1));
        const int relevance = SearchIndex::compare(scores.at(a), scores.at(b));
        QVERIFY(relevance <= 0);
        if (relevance == 0) {
            const auto key = [&](int i) {
                const QModelIndex reply = model.index(i, CodeTableModel::ReplyCodeColumn);
                const QModelIndex status = model.index(i, CodeTableModel::StatusColumn);
                return std::make_tuple(reply.data(CodeTableModel::SortRole).toLongLong(),
                                       status.data(CodeTableModel::SortRole).toLongLong(), i);
            };
            QVERIFY2(key(a) < key(b), qPrintable(first.at(i) + u" / "_s + first.at(i + 1)));
        }
    }
}

void tst_SearchIndex::keystroke_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("one letter") << u"q"_s;
    QTest::newRow("common letter") << u"e"_s; // nearly every row stays: the whole sort
    QTest::newRow("word") << u"quota"_s;
    QTest::newRow("three words") << u"too many recipients"_s;
    QTest::newRow("code pair") << u"550 5.7.1"_s;
    QTest::newRow("chinese") << u"\u90AE\u7BB1\u5DF2\u6EE1"_s;
    QTest::newRow("reply line") << u"550-5.1.1 The email account that you tried to reach does "
                                   "not exist. Please try double-checking the recipient's email "
                                   "address for typos or unnecessary spaces. - gsmtp"_s;
    QTest::newRow("sentence, no code") << u"the recipient inbox is out of storage space please "
                                          "try again later"_s;
}

void tst_SearchIndex::keystroke()
{
    // One query from scratch (nothing remembered, as when a line is pasted) on the whole
    // table: parse, score every entry, filter and sort the view's proxy.
    QFETCH(QString, query);
    CodeTableModel model(&*m_table);
    CodeFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(CodeTableModel::ReplyCodeColumn, Qt::AscendingOrder);
    QBENCHMARK
    {
        proxy.searchIndex()->clearCache();
        proxy.setQueryText(query);
    }
    QVERIFY(proxy.rowCount() > 0);
}

void tst_SearchIndex::typing_data()
{
    keystroke_data();
}

void tst_SearchIndex::typing()
{
    // The query typed one character at a time, from an empty field: divide by the length for
    // the time of one keystroke (README, Benchmarks).
    QFETCH(QString, query);
    CodeTableModel model(&*m_table);
    CodeFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(CodeTableModel::ReplyCodeColumn, Qt::AscendingOrder);
    QBENCHMARK
    {
        proxy.searchIndex()->clearCache();
        for (int i = 1; i <= query.size(); ++i)
            proxy.setQueryText(query.left(i));
    }
    QVERIFY(proxy.rowCount() > 0);
}

void tst_SearchIndex::buildIndex()
{
    // Once per window and per `lookup` run: the concepts resolved, and (at the first query
    // with words) every text folded.
    QBENCHMARK
    {
        const SearchIndex index(*m_table);
        index.score(SearchQuery::parse(u"x"_s), u"en"_s);
    }
}

QTEST_GUILESS_MAIN(tst_SearchIndex)
#include "tst_searchindex.moc"
