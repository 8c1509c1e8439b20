#include "browseview.h"
#include "codedetailsview.h"
#include "codetable.h"
#include "codetablemodel.h"
#include "decodeview.h"
#include "languagemanager.h"
#include "languages.h"
#include "mainwindow.h"
#include "recipientcard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_MainWindow : public QObject
{
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
    void languageMenuNamesEachLanguageInItself();
    void switchingLanguageRetranslatesAtOnce_data();
    void switchingLanguageRetranslatesAtOnce();
    void noEnglishLeftAfterSwitching_data();
    void noEnglishLeftAfterSwitching();

private:
    QStringList chromeTexts() const;
    QStringList visibleCodes() const;

    std::optional<CodeTable> m_table;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    CodeDetailsView *m_details = nullptr;
    QLabel *m_count = nullptr;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
}

void tst_MainWindow::init()
{
    // Each test starts as a first run: no remembered window, view or columns.
    QSettings().clear();
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

void tst_MainWindow::cleanup()
{
    m_languages->setChoice(u"en"_s);
    delete m_window;
    delete m_languages;
}

QStringList tst_MainWindow::visibleCodes() const
{
    QStringList codes;
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        const QModelIndex index = m_view->model()->index(row, 0);
        codes << m_table->at(index.data(CodeTableModel::EntryIndexRole).toInt()).codeLabel();
    }
    return codes;
}

void tst_MainWindow::searchFieldFocusedAtStart()
{
    QTRY_VERIFY(m_search->hasFocus());
    QCOMPARE(m_count->text(), u"%1 of %2 codes"_s.arg(m_table->size()).arg(m_table->size()));
}

void tst_MainWindow::typingFiltersRowsAndShowsDetails()
{
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

void tst_MainWindow::chineseKeyword()
{
    m_search->setText(u"\u914D\u989D"_s); // "quota", typed through an input method
    const QStringList codes = visibleCodes();
    QVERIFY(!codes.isEmpty());
    QVERIFY(codes.size() < m_table->size());
}

void tst_MainWindow::escapeClearsSearch()
{
    QTest::keyClicks(m_search, u"4xx"_s);
    const int filtered = m_view->model()->rowCount();
    QVERIFY(filtered < m_table->size());
    for (const QString &code : visibleCodes())
        QVERIFY2(code.startsWith(u'4'), qPrintable(code));
    QTest::keyClick(m_search, Qt::Key_Escape);
    QVERIFY(m_search->text().isEmpty());
    QCOMPARE(m_view->model()->rowCount(), m_table->size());
}

void tst_MainWindow::copyRow()
{
    QTest::keyClicks(m_search, u"550 5.1.1"_s);
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"550 5.1.1 The email account"_s), qPrintable(copied));
}

void tst_MainWindow::internalLinkSelectsEntry()
{
    QTest::keyClicks(m_search, u"4xx"_s);
    emit m_details->entryLinkActivated(u"gmail-41"_s); // a 5xx entry hidden by the query
    QVERIFY(m_search->text().isEmpty());
    QCOMPARE(m_details->entryIndex(), m_table->indexOf(u"gmail-41"_s));
}

void tst_MainWindow::languageMenuNamesEachLanguageInItself()
{
    const auto *menu = m_window->findChild<QMenu *>(u"languageMenu"_s);
    QVERIFY(menu);
    auto languageNames = [menu] {
        QStringList names;
        for (const QAction *action : menu->actions()) {
            if (Languages::isSupported(action->data().toString()))
                names << action->text();
        }
        return names;
    };
    const QStringList names = languageNames();
    QCOMPARE(names, (QStringList{u"English"_s, u"\u7B80\u4F53\u4E2D\u6587"_s,
                                 u"\u7E41\u9AD4\u4E2D\u6587"_s}));
    m_languages->setChoice(u"zh_TW"_s);
    QTRY_VERIFY(m_window->findChild<QTabWidget *>(u"viewTabs"_s)->tabText(0) != u"&Browse Codes"_s);
    QCOMPARE(languageNames(), names); // each language keeps its own name
    for (const QAction *action : menu->actions())
        QCOMPARE(action->isChecked(), action->data().toString() == u"zh_TW"_s);
}

void tst_MainWindow::switchingLanguageRetranslatesAtOnce_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << u"zh_CN"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s;
}

void tst_MainWindow::switchingLanguageRetranslatesAtOnce()
{
    QFETCH(QString, language);
    m_search->setText(u"550 5.1.1"_s);
    auto *tabs = m_window->findChild<QTabWidget *>(u"viewTabs"_s);
    auto *severity = m_window->findChild<QComboBox *>(u"severityFilter"_s);
    auto *pasteBox = m_window->findChild<QPlainTextEdit *>(u"pasteBox"_s);
    auto texts = [&] {
        return QStringList{tabs->tabText(0),
                           tabs->tabText(1),
                           m_window->menuBar()->actions().first()->text(),
                           m_search->placeholderText(),
                           severity->itemText(1),
                           m_view->model()->headerData(2, Qt::Horizontal).toString(),
                           m_count->text(),
                           pasteBox->placeholderText(),
                           m_details->toPlainText()};
    };
    const QStringList english = texts();
    m_languages->setChoice(language);
    for (int i = 0; i < english.size(); ++i)
        QTRY_VERIFY2(texts().at(i) != english.at(i), qPrintable(english.at(i).left(60)));
    // The code texts follow: the message column shows the interface language.
    const QModelIndex message = m_view->model()->index(0, 2);
    const int entry = message.data(CodeTableModel::EntryIndexRole).toInt();
    QCOMPARE(message.data().toString(), m_table->at(entry).text.value(language));
    QVERIFY(m_details->toPlainText().contains(m_table->at(entry).text.value(language)));
    QVERIFY(m_details->toPlainText().contains(m_table->at(entry).text.english()));

    m_languages->setChoice(u"en"_s);
    QTRY_COMPARE(texts(), english);
}

void tst_MainWindow::noEnglishLeftAfterSwitching_data()
{
    switchingLanguageRetranslatesAtOnce_data();
}

QStringList tst_MainWindow::chromeTexts() const
{
    // The interface's own words; code texts, pasted text and the English originals shown on
    // purpose beside the translation are data, not chrome.
    static const QStringList dataLabels{u"entryText"_s,     u"diagnostic"_s,  u"recipient"_s,
                                        u"messageHeader"_s, u"englishText"_s, u"codes"_s};
    QStringList texts{m_window->windowTitle()};
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (!action->isSeparator() && !Languages::codes().contains(action->data().toString()))
            texts << action->text() << action->toolTip();
    }
    for (const QMenu *menu : m_window->findChildren<QMenu *>())
        texts << menu->title();
    for (const QWidget *w : m_window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(m_window))
            continue;
        texts << w->toolTip();
        if (const auto *label = qobject_cast<const QLabel *>(w)) {
            if (!dataLabels.contains(label->objectName()))
                texts << label->text();
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            texts << button->text();
        } else if (const auto *edit = qobject_cast<const QLineEdit *>(w)) {
            texts << edit->placeholderText();
        } else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(w)) {
            texts << plain->placeholderText();
        } else if (const auto *combo = qobject_cast<const QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (const auto *bar = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                texts << bar->tabText(i);
        } else if (const auto *header = qobject_cast<const QHeaderView *>(w)) {
            for (int i = 0; header->model() && i < header->model()->columnCount(); ++i)
                texts << header->model()->headerData(i, Qt::Horizontal).toString();
        }
    }
    return texts;
}

void tst_MainWindow::noEnglishLeftAfterSwitching()
{
    QFETCH(QString, language);
    // Show a decoded bounce too, so the result cards are walked.
    auto *decode = m_window->decodeView();
    m_window->showDecode();
    QSignalSpy decoded(decode, &DecodeView::decoded);
    QFile bounce(QFINDTESTDATA("data/decodeview/two-recipients.eml"));
    QVERIFY(bounce.open(QIODevice::ReadOnly));
    decode->setInputText(QString::fromUtf8(bounce.readAll()));
    QVERIFY(decoded.wait(20000));
    m_languages->setChoice(language);
    QTRY_VERIFY(m_window->findChild<QTabWidget *>(u"viewTabs"_s)->tabText(0) != u"&Browse Codes"_s);

    // Allowed: codes, URLs, addresses, host names, options and proper names.
    static const QRegularExpression allowed(
        u"https?://\\S+|\\S+@\\S+|\\b[\\w-]+(\\.[\\w-]+)+\\b|--?\\w+|\\b(BounceLens|Gmail|Google|"
        u"Workspace|SMTP|HELO|EHLO|STARTTLS|AUTH|MAIL|FROM|RCPT|TO|DATA|RFC|SPF|DKIM|DMARC|PTR|"
        u"TLS|JSON|Lines|mbox|eml|txt|gsmtp|gcdp|Postfix|English|Ctrl|Shift|X\\.\\d|\\dxx|"
        u"\\dyz|x\\dz)\\b"_s);
    static const QRegularExpression twoEnglishWords(u"[A-Za-z]{2,}[^A-Za-z\\n]{1,3}[A-Za-z]{2,}"_s);
    for (int pass = 0; pass < 2; ++pass) {
        for (QString text : chromeTexts()) {
            text.remove(allowed);
            const auto m = twoEnglishWords.match(text);
            QVERIFY2(!m.hasMatch(), qPrintable(language + u": \""_s + text.left(120) + u'"'));
        }
        m_window->showBrowse();
    }
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
