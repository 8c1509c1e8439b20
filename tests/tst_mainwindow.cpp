#include "browseview.h"
#include "codedetailsview.h"
#include "codetable.h"
#include "codetablemodel.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_MainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void searchFieldFocusedAtStart();
    void typingFiltersRowsAndShowsDetails();
    void chineseKeyword();
    void escapeClearsSearch();
    void copyRow();
    void internalLinkSelectsEntry();

private:
    QStringList visibleCodes() const;

    std::optional<CodeTable> m_table;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    CodeDetailsView *m_details = nullptr;
    QLabel *m_count = nullptr;
};

void tst_MainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
}

void tst_MainWindow::init() {
    m_languages = new LanguageManager;
    m_languages->setChoice(u"en"_s);
    m_window = new MainWindow(&*m_table, m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    m_view = m_window->findChild<QTableView *>(u"codeTable"_s);
    m_details = m_window->findChild<CodeDetailsView *>(u"codeDetails"_s);
    m_count = m_window->findChild<QLabel *>(u"countLabel"_s);
    QVERIFY(m_search && m_view && m_details && m_count);
}

void tst_MainWindow::cleanup() {
    delete m_window;
    delete m_languages;
}

QStringList tst_MainWindow::visibleCodes() const {
    QStringList codes;
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        const QModelIndex index = m_view->model()->index(row, 0);
        codes << m_table->at(index.data(CodeTableModel::EntryIndexRole).toInt()).codeLabel();
    }
    return codes;
}

void tst_MainWindow::searchFieldFocusedAtStart() {
    QTRY_VERIFY(m_search->hasFocus());
    QCOMPARE(m_count->text(), u"%1 of %2 codes"_s.arg(m_table->size()).arg(m_table->size()));
}

void tst_MainWindow::typingFiltersRowsAndShowsDetails() {
    QTest::keyClicks(m_search, u"550 5.1.1"_s);
    const QStringList codes = visibleCodes();
    QVERIFY(!codes.isEmpty());
    QCOMPARE(codes.first(), u"550 5.1.1"_s);
    for (const QString &code : codes) {
        // Gmail's 550 5.1.1 replies, then the generic meanings of 550 and of 5.1.1.
        QVERIFY2(code == u"550 5.1.1"_s || code == u"550"_s || code.contains(u'x'),
                 qPrintable(code));
    }
    QCOMPARE(m_count->text(), u"%1 of %2 codes"_s.arg(codes.size()).arg(m_table->size()));
    // The best match is selected and described: English and Chinese side by side.
    const QString details = m_details->toPlainText();
    QVERIFY(details.contains(u"550 5.1.1"_s));
    QVERIFY(details.contains(u"The email account that you tried to reach does not exist"_s));
    QVERIFY(details.contains(u"\u4E0D\u5B58\u5728"_s)); // "does not exist" in Chinese
    QVERIFY(details.contains(u"What to do"_s));
    QVERIFY(details.contains(u"Permanent failure"_s));
}

void tst_MainWindow::chineseKeyword() {
    m_search->setText(u"\u914D\u989D"_s); // "quota", typed through an input method
    const QStringList codes = visibleCodes();
    QVERIFY(!codes.isEmpty());
    QVERIFY(codes.size() < m_table->size());
}

void tst_MainWindow::escapeClearsSearch() {
    QTest::keyClicks(m_search, u"4xx"_s);
    const int filtered = m_view->model()->rowCount();
    QVERIFY(filtered < m_table->size());
    for (const QString &code : visibleCodes())
        QVERIFY2(code.startsWith(u'4'), qPrintable(code));
    QTest::keyClick(m_search, Qt::Key_Escape);
    QVERIFY(m_search->text().isEmpty());
    QCOMPARE(m_view->model()->rowCount(), m_table->size());
}

void tst_MainWindow::copyRow() {
    QTest::keyClicks(m_search, u"550 5.1.1"_s);
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"550 5.1.1 The email account"_s), qPrintable(copied));
}

void tst_MainWindow::internalLinkSelectsEntry() {
    QTest::keyClicks(m_search, u"4xx"_s);
    emit m_details->entryLinkActivated(u"gmail-41"_s); // a 5xx entry hidden by the query
    QVERIFY(m_search->text().isEmpty());
    QCOMPARE(m_details->entryIndex(), m_table->indexOf(u"gmail-41"_s));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
