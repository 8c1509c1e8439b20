#include "codes/codetable.h"
#include "search/codefilterproxy.h"
#include "search/codetablemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_CodeFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsEverythingWithoutQuery();
    void filtersByQuery_data();
    void filtersByQuery();
    void exactHitsRankFirstInBothOrders();
    void rankingFollowsANewQuery();
    void facets();
    void hiddenMatchesAndClearFacets();
    void wordsRankByRelevanceNotCode();
    void modelLanguageAndHeaders();

private:
    QStringList visibleIds() const;

    std::optional<CodeTable> m_table;
    CodeTableModel *m_model = nullptr;
    CodeFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_modelTester = nullptr;
    QAbstractItemModelTester *m_proxyTester = nullptr;
};

void tst_CodeFilterProxy::initTestCase()
{
    QString error;
    m_table = CodeTable::loadFiles({QFINDTESTDATA("data/codes-small.json")}, &error);
    QVERIFY2(m_table, qPrintable(error));
}

void tst_CodeFilterProxy::init()
{
    m_model = new CodeTableModel(&*m_table);
    m_proxy = new CodeFilterProxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(CodeTableModel::ReplyCodeColumn, Qt::AscendingOrder);
    m_modelTester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_CodeFilterProxy::cleanup()
{
    delete m_proxyTester;
    delete m_modelTester;
    delete m_proxy;
    delete m_model;
}

QStringList tst_CodeFilterProxy::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids << m_proxy->index(row, 0).data(CodeTableModel::EntryIdRole).toString();
    return ids;
}

void tst_CodeFilterProxy::showsEverythingWithoutQuery()
{
    QCOMPARE(m_proxy->rowCount(), m_table->size());
    QCOMPARE(m_proxy->columnCount(), int(CodeTableModel::ColumnCount));
}

void tst_CodeFilterProxy::filtersByQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("ids"); // in display order

    QTest::newRow("reply code") << u"550"_s
                                << QStringList{u"gmail-41"_s, u"gmail-86"_s, u"rfc5321-550"_s};
    QTest::newRow("enhanced") << u"5.1.1"_s
                              << QStringList{u"gmail-41"_s, u"rfc3463-x.1.1"_s, u"rfc3463-5.x.x"_s};
    QTest::newRow("alt status") << u"5.7.8"_s << QStringList{u"gmail-119"_s, u"rfc3463-5.x.x"_s};
    QTest::newRow("class 4xx") << u"4xx"_s << QStringList{u"gmail-4"_s};
    QTest::newRow("keyword en") << u"password"_s << QStringList{u"gmail-l36"_s, u"gmail-119"_s};
    QTest::newRow("keyword zh") << u"\u914D\u989D"_s << QStringList{u"gmail-4"_s};
    QTest::newRow("keyword zh_TW") << u"\u5132\u5B58\u7A7A\u9593"_s << QStringList{u"gmail-4"_s};
    QTest::newRow("keyword in variant") << u"double-checking"_s << QStringList{u"gmail-41"_s};
    QTest::newRow("no match") << u"nothing-like-this"_s << QStringList();
}

void tst_CodeFilterProxy::filtersByQuery()
{
    QFETCH(QString, query);
    m_proxy->setQueryText(query);
    QTEST(visibleIds(), "ids");
}

void tst_CodeFilterProxy::exactHitsRankFirstInBothOrders()
{
    m_proxy->setQueryText(u"550 5.1.1"_s);
    QCOMPARE(visibleIds().value(0), u"gmail-41"_s);
    m_proxy->sort(CodeTableModel::ReplyCodeColumn, Qt::DescendingOrder);
    QCOMPARE(visibleIds().value(0), u"gmail-41"_s);
    m_proxy->sort(CodeTableModel::MessageColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds().value(0), u"gmail-41"_s);
}

void tst_CodeFilterProxy::rankingFollowsANewQuery()
{
    // As in the window: the view is sorted once, showing every row; then the user types. Rows
    // that stay visible must be re-ranked, not kept in their old order.
    QCOMPARE(m_proxy->rowCount(), m_table->size());
    m_proxy->setQueryText(u"550 5.1.1"_s);
    QCOMPARE(visibleIds(), (QStringList{u"gmail-41"_s, u"rfc5321-550"_s, u"rfc3463-x.1.1"_s,
                                        u"rfc3463-5.x.x"_s}));
    m_proxy->setQueryText(u"5.7.8"_s);
    QCOMPARE(visibleIds(), (QStringList{u"gmail-119"_s, u"rfc3463-5.x.x"_s}));
}

void tst_CodeFilterProxy::facets()
{
    m_proxy->setSeverity(CodeFilterProxy::Severity::Temporary);
    QCOMPARE(visibleIds(), QStringList{u"gmail-4"_s});
    m_proxy->setSeverity(CodeFilterProxy::Severity::Permanent);
    QVERIFY(!visibleIds().contains(u"gmail-4"_s));
    QVERIFY(visibleIds().contains(u"rfc3463-5.x.x"_s));
    m_proxy->setSeverity(CodeFilterProxy::Severity::Any);

    m_proxy->setSubjects({7});
    QCOMPARE(visibleIds(), (QStringList{u"gmail-l36"_s, u"gmail-119"_s, u"gmail-86"_s}));
    m_proxy->setSubjects({});

    m_proxy->setSourceFilter(CodeFilterProxy::SourceFilter::Generic);
    QCOMPARE(visibleIds().size(), 3);
    m_proxy->setSourceFilter(CodeFilterProxy::SourceFilter::Gmail);
    QCOMPARE(visibleIds().size(), 5);

    m_proxy->setPageFilter(CodeFilterProxy::PageFilter::Historical);
    QCOMPARE(visibleIds(), QStringList{u"gmail-l36"_s});
    m_proxy->setPageFilter(CodeFilterProxy::PageFilter::Current);
    QVERIFY(!visibleIds().contains(u"gmail-l36"_s));
    m_proxy->setPageFilter(CodeFilterProxy::PageFilter::Any);

    m_proxy->setStage(u"AUTH"_s);
    QCOMPARE(visibleIds(), (QStringList{u"gmail-l36"_s, u"gmail-119"_s}));
    m_proxy->setQueryText(u"5.7.80"_s);
    QCOMPARE(visibleIds(), QStringList{u"gmail-119"_s});
}

void tst_CodeFilterProxy::hiddenMatchesAndClearFacets()
{
    QSignalSpy facetsChanged(m_proxy, &CodeFilterProxy::facetsChanged);
    m_proxy->setQueryText(u"550"_s);
    QCOMPARE(m_proxy->queryMatchCount(), 3);
    QVERIFY(!m_proxy->hasFacets());
    m_proxy->setSeverity(CodeFilterProxy::Severity::Temporary);
    QVERIFY(m_proxy->hasFacets());
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->queryMatchCount(), 3); // the filters hide three matches
    m_proxy->setStage(u"RCPT"_s);
    m_proxy->clearFacets();
    QVERIFY(!m_proxy->hasFacets());
    QCOMPARE(m_proxy->rowCount(), 3);
    QCOMPARE(facetsChanged.size(), 3);
}

void tst_CodeFilterProxy::wordsRankByRelevanceNotCode()
{
    // gmail-119 and gmail-l36 have the same text: equally relevant, so the sort column orders
    // them, either way round.
    m_proxy->setQueryText(u"password not accepted"_s);
    QCOMPARE(visibleIds(), (QStringList{u"gmail-l36"_s, u"gmail-119"_s}));
    m_proxy->sort(CodeTableModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(visibleIds(), (QStringList{u"gmail-119"_s, u"gmail-l36"_s}));
    // All words before some, in either order.
    m_proxy->setQueryText(u"unsolicited email"_s);
    QCOMPARE(visibleIds().value(0), u"gmail-86"_s);
    m_proxy->sort(CodeTableModel::ReplyCodeColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds().value(0), u"gmail-86"_s);
}

void tst_CodeFilterProxy::modelLanguageAndHeaders()
{
    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy headerChanged(m_model, &QAbstractItemModel::headerDataChanged);
    const QModelIndex message
        = m_model->index(m_table->indexOf(u"gmail-41"_s), CodeTableModel::MessageColumn);
    QCOMPARE(message.data().toString(), m_table->at(message.row()).text.english());
    m_model->setLanguage(u"zh_TW"_s);
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(headerChanged.size(), 1);
    QCOMPARE(message.data().toString(), m_table->at(message.row()).text.value(u"zh_TW"_s));
    QCOMPARE(message.data(Qt::ToolTipRole).toString(), m_table->at(message.row()).text.english());
    QCOMPARE(m_model->headerData(CodeTableModel::ReplyCodeColumn, Qt::Horizontal).toString(),
             u"Reply"_s);
}

QTEST_GUILESS_MAIN(tst_CodeFilterProxy)
#include "tst_codefilterproxy.moc"
