#include "codes/codetable.h"
#include "search/codetablemodel.h"
#include "ui/browseview.h"
#include "ui/codedetailsview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

// The Browse view on the real table: what the user sees after typing.
class tst_BrowseView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void topHitSelectedAfterEveryQuery();
    void emptyResultsSuggestWhatToTry();
    void filtersHidingMatchesOfferClearFilters();
    void resetFiltersButton();
    void interfaceLanguageReranks();
    void didYouMeanOffersTheCorrection();

private:
    QString currentId() const;
    QString firstId() const;
    template<typename T>
    T *child(const QString &name) const
    {
        auto *w = m_view->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }

    std::optional<CodeTable> m_table;
    BrowseView *m_view = nullptr;
};

void tst_BrowseView::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
}

void tst_BrowseView::init()
{
    m_view = new BrowseView(&*m_table);
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void tst_BrowseView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

QString tst_BrowseView::currentId() const
{
    return m_view->tableView()->currentIndex().data(CodeTableModel::EntryIdRole).toString();
}

QString tst_BrowseView::firstId() const
{
    return m_view->tableView()->model()->index(0, 0).data(CodeTableModel::EntryIdRole).toString();
}

void tst_BrowseView::topHitSelectedAfterEveryQuery()
{
    QTest::keyClicks(m_view->searchField(), u"quota"_s);
    QCOMPARE(firstId(), u"gmail-l44"_s);
    QCOMPARE(currentId(), u"gmail-l44"_s);
    QCOMPARE(m_view->detailsView()->entryIndex(), m_table->indexOf(u"gmail-l44"_s));

    // The user picks another row; a new query that still lists it moves to its own top hit.
    auto *table = m_view->tableView();
    table->setCurrentIndex(table->model()->index(2, 0));
    const QString picked = currentId();
    QVERIFY(picked != u"gmail-l44"_s);
    m_view->searchField()->setText(u"quota 550"_s);
    QVERIFY(table->model()->rowCount() > 2);
    QCOMPARE(currentId(), firstId());
    QCOMPARE(m_view->detailsView()->entryIndex(), m_table->indexOf(firstId()));

    // Codes pasted from a bounce, full-width input: the top hit each time.
    m_view->searchField()->setText(u"said: 550-5.1.1 The email account"_s);
    QCOMPARE(currentId(), u"gmail-41"_s);
    m_view->searchField()->setText(u"\uFF03\uFF15\uFF0E\uFF12\uFF0E\uFF12"_s);
    QCOMPARE(currentId(), u"gmail-47"_s);
    QCOMPARE(m_view->detailsView()->entryIndex(), m_table->indexOf(u"gmail-47"_s));
}

void tst_BrowseView::emptyResultsSuggestWhatToTry()
{
    auto *results = child<QStackedWidget>(u"results"_s);
    auto *empty = child<QWidget>(u"emptyState"_s);
    QCOMPARE(results->currentWidget(), m_view->tableView());

    const QString typed = u"<i>zzqx qqzz</i>"_s;
    m_view->searchField()->setText(typed);
    QCOMPARE(m_view->visibleCount(), 0);
    QCOMPARE(results->currentWidget(), empty);
    auto *title = child<QLabel>(u"emptyTitle"_s);
    QVERIFY(title->text().contains(typed));
    QCOMPARE(title->textFormat(), Qt::PlainText); // what was typed is never HTML
    QVERIFY(child<QLabel>(u"emptyHint"_s)->isVisibleTo(m_view));
    QVERIFY(child<QLabel>(u"emptyHint"_s)->text().contains(u"5.7.1"_s));
    // No filter is set: nothing hidden, nothing to clear.
    QVERIFY(!child<QLabel>(u"hiddenByFilters"_s)->isVisibleTo(m_view));
    QVERIFY(!child<QPushButton>(u"clearFiltersButton"_s)->isVisibleTo(m_view));
    QCOMPARE(m_view->detailsView()->entryIndex(), -1);

    // A whole bounce pasted in: said in short, not repeated back.
    QString paste;
    for (int i = 0; paste.size() < 20000; ++i)
        paste += u"zzword%1 "_s.arg(i);
    m_view->searchField()->setText(paste);
    QCOMPARE(results->currentWidget(), empty);
    QVERIFY(title->text().size() < 200);

    m_view->searchField()->setText(u"mailbox full"_s);
    QCOMPARE(results->currentWidget(), m_view->tableView());
    QVERIFY(m_view->detailsView()->entryIndex() >= 0);
}

void tst_BrowseView::filtersHidingMatchesOfferClearFilters()
{
    // Temporary failures only, then a permanent code: the filter hides every match.
    child<QComboBox>(u"severityFilter"_s)->setCurrentIndex(1);
    m_view->searchField()->setText(u"550 5.1.1"_s);
    QCOMPARE(m_view->visibleCount(), 0);
    QCOMPARE(child<QStackedWidget>(u"results"_s)->currentWidget(), child<QWidget>(u"emptyState"_s));
    auto *hidden = child<QLabel>(u"hiddenByFilters"_s);
    auto *clear = child<QPushButton>(u"clearFiltersButton"_s);
    QVERIFY(hidden->isVisibleTo(m_view));
    QVERIFY(clear->isVisibleTo(m_view));

    // How many: what the same query finds without filters.
    child<QComboBox>(u"severityFilter"_s)->setCurrentIndex(0);
    const int all = m_view->visibleCount();
    QVERIFY(all > 0);
    child<QComboBox>(u"severityFilter"_s)->setCurrentIndex(1);
    QVERIFY2(hidden->text().contains(QString::number(all)), qPrintable(hidden->text()));
    // Words for any count (no "match(es)"), and the facet bar's name for the button.
    QVERIFY2(!hidden->text().contains(u'('), qPrintable(hidden->text()));
    QCOMPARE(clear->text(), u"Reset Filters"_s);
    // After a code, the hint does not suggest trying a code.
    QVERIFY(!child<QLabel>(u"emptyHint"_s)->text().contains(u"550"_s));

    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(child<QComboBox>(u"severityFilter"_s)->currentIndex(), 0);
    QCOMPARE(m_view->visibleCount(), all);
    QCOMPARE(m_view->searchField()->text(), u"550 5.1.1"_s); // the query is kept
    QCOMPARE(child<QStackedWidget>(u"results"_s)->currentWidget(), m_view->tableView());
    QCOMPARE(currentId(), u"gmail-41"_s);
}

void tst_BrowseView::resetFiltersButton()
{
    auto *reset = child<QPushButton>(u"resetFacetsButton"_s);
    QVERIFY(reset->isVisibleTo(m_view));
    QVERIFY(!reset->isEnabled());
    child<QComboBox>(u"sourceFilter"_s)->setCurrentIndex(2);
    child<QComboBox>(u"classFilter"_s)->setCurrentIndex(7);
    child<QComboBox>(u"stageFilter"_s)->setCurrentIndex(3);
    QVERIFY(reset->isEnabled());
    QVERIFY(m_view->visibleCount() < m_view->totalCount());
    QTest::mouseClick(reset, Qt::LeftButton);
    for (const QString &name : {u"severityFilter"_s, u"classFilter"_s, u"sourceFilter"_s,
                                u"pageFilter"_s, u"stageFilter"_s})
        QCOMPARE(child<QComboBox>(name)->currentIndex(), 0);
    QCOMPARE(m_view->visibleCount(), m_view->totalCount());
    QVERIFY(!reset->isEnabled());
}

void tst_BrowseView::interfaceLanguageReranks()
{
    // The same Chinese query in each interface language finds the same top hit; the search
    // folds Traditional to Simplified either way.
    for (const QString &language : {u"en"_s, u"zh_CN"_s, u"zh_TW"_s}) {
        m_view->setLanguage(language);
        m_view->searchField()->setText(u"\u4FE1\u7BB1\u5DF2\u6EFF"_s); // mailbox full, zh_TW
        QVERIFY(m_view->visibleCount() > 0);
        m_view->searchField()->setText(u"\u4F7F\u7528\u8005\u4E0D\u5B58\u5728"_s); // user unknown
        QCOMPARE(currentId(), u"gmail-41"_s);
    }
}

void tst_BrowseView::didYouMeanOffersTheCorrection()
{
    auto *button = m_view->suggestionButton();
    QVERIFY(!button->isVisibleTo(m_view));
    // Typos are found anyway (below exact hits), and the correction is offered.
    m_view->searchField()->setText(u"mailbx & full"_s);
    QVERIFY(button->isVisibleTo(m_view));
    QVERIFY2(button->text().contains(u"mailbox && full"_s), qPrintable(button->text()));
    QCOMPARE(firstId(), u"gmail-4"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_view->searchField()->text(), u"mailbox & full"_s);
    QVERIFY(!button->isVisibleTo(m_view));
    QCOMPARE(currentId(), u"gmail-4"_s);
    // A word being typed is no typo: nothing to offer.
    m_view->searchField()->setText(u"mailb"_s);
    QVERIFY(!button->isVisibleTo(m_view));
    m_view->searchField()->setText(u"recipent unknown"_s);
    QVERIFY(button->text().contains(u"recipient unknown"_s));
    QCOMPARE(currentId(), u"gmail-41"_s);
}

QTEST_MAIN(tst_BrowseView)
#include "tst_browseview.moc"
