#include "codes/codetable.h"
#include "common/languages.h"
#include "search/codetablemodel.h"
#include "ui/browseview.h"
#include "ui/codedetailsview.h"
#include "ui/decodeview.h"
#include "ui/facetbar.h"
#include "ui/helpdialog.h"
#include "ui/languagemanager.h"
#include "ui/mailboxview.h"
#include "ui/mainwindow.h"
#include "ui/recipientcard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTextBrowser>
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
    void detailsShowTheSeedWording_data();
    void detailsShowTheSeedWording();
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
    void chineseSentencesWithoutSpaces_data();
    void chineseSentencesWithoutSpaces();
    void firstWindowFitsTheScreen();
    void layoutRememberedBetweenRuns();
    void titleIsTheNameOrTheFile();
    void editMenuCopyAndSelectAll();
    void helpDialogsAreTranslated_data();
    void helpDialogsAreTranslated();
    void escapeInTableReturnsToSearch();
    void facetLabelsFitAt800x500_data();
    void facetLabelsFitAt800x500();
    void aboutShowsTheApplicationIcon();
    void mailboxViewBuiltWhenFirstNeeded();

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

void tst_MainWindow::detailsShowTheSeedWording_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << u"zh_CN"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s;
    QTest::newRow("en") << u"en"_s;
}

void tst_MainWindow::detailsShowTheSeedWording()
{
    // The seed's words ("DoS" is only in its 2018 wording of 421 4.7.0) find the entry; the
    // details pane shows today's meaning, and the 2018 wording under its own heading.
    QFETCH(QString, language);
    m_languages->setChoice(language);
    m_window->resize(1100, 720);
    QTest::keyClicks(m_search, u"DoS"_s);
    const int index = m_table->indexOf(u"gmail-15"_s);
    const CodeEntry &e = m_table->at(index);
    QTRY_VERIFY(m_details->toPlainText().contains(e.seedText));
    const QString text = m_details->toPlainText();
    const QString meaning = e.text.value(language).section(u'{', 0, 0); // up to {command}
    QVERIFY(text.contains(meaning));
    QVERIFY(text.contains(
        QCoreApplication::translate("BounceLens::CodeDetailsView", "2018 Chinese list wording")));
    QVERIFY(text.indexOf(meaning) < text.indexOf(e.seedText));
    // BOUNCELENS_SCREENSHOTS=dir: the README's picture of this pane.
    const QString shots = qEnvironmentVariable("BOUNCELENS_SCREENSHOTS");
    if (!shots.isEmpty()) {
        QCoreApplication::sendPostedEvents(); // the menus' LanguageChange
        QCoreApplication::processEvents();
    }
    if (!shots.isEmpty())
        QVERIFY(m_window->grab().save(shots + u"/details-seed-"_s + language + u".png"_s));
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

void tst_MainWindow::chineseSentencesWithoutSpaces_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << u"zh_CN"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s;
}

void tst_MainWindow::chineseSentencesWithoutSpaces()
{
    // The details pane joins "who must act", "retry" and "Note:" with its text: Chinese puts no
    // space after a full stop or a colon.
    QFETCH(QString, language);
    m_languages->setChoice(language);
    auto *details = m_window->findChild<CodeDetailsView *>();
    QVERIFY(details);
    int checked = 0;
    for (int i = 0; i < m_table->size(); ++i) {
        const CodeEntry &e = m_table->at(i);
        if (!e.isGmail() || e.note.isEmpty() || e.actionBy.isEmpty() || e.retry.isEmpty())
            continue;
        details->setLanguage(language);
        details->showEntry(i);
        const QString text = details->toPlainText();
        QVERIFY2(!text.contains(u"\u3002 "_s) && !text.contains(u"\uFF1A "_s),
                 qPrintable(e.id + u": "_s + text));
        ++checked;
    }
    QVERIFY(checked > 10);
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
            text.remove(QChar(0x200B)); // break opportunities in long tokens on the cards
            text.remove(allowed);
            const auto m = twoEnglishWords.match(text);
            QVERIFY2(!m.hasMatch(), qPrintable(language + u": \""_s + text.left(120) + u'"'));
        }
        m_window->showBrowse();
    }
}

void tst_MainWindow::firstWindowFitsTheScreen()
{
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(available.contains(m_window->geometry()),
             qPrintable(u"%1x%2 on %3x%4"_s.arg(m_window->width())
                            .arg(m_window->height())
                            .arg(available.width())
                            .arg(available.height())));
    // Any screen, the small one of the issue included: never larger than its available area.
    for (const QRect &screen : {QRect(0, 0, 800, 500), QRect(0, 0, 1600, 1000),
                                QRect(100, 50, 1024, 600), QRect(0, 0, 533, 333)}) {
        const QRect first = MainWindow::initialGeometry(screen);
        QVERIFY(screen.contains(first));
        QVERIFY(first.width() >= std::min(screen.width() * 9 / 10, 1180));
    }
}

void tst_MainWindow::layoutRememberedBetweenRuns()
{
    m_window->resize(700, 450);
    m_window->showDecode();
    auto *splitter = m_window->findChild<QSplitter *>(u"decodeSplitter"_s);
    QVERIFY(splitter);
    splitter->setSizes({200, 480});
    const QList<int> sizes = splitter->sizes();
    // The column widths the user set and the table's sort order are kept.
    m_view->sortByColumn(CodeTableModel::MessageColumn, Qt::DescendingOrder);
    QHeaderView *columns = m_view->horizontalHeader();
    QCOMPARE(columns->sectionResizeMode(CodeTableModel::StatusColumn), QHeaderView::Interactive);
    const int statusWidth = columns->sectionSize(CodeTableModel::StatusColumn) + 37;
    columns->resizeSection(CodeTableModel::StatusColumn, statusWidth);
    delete m_window;

    m_window = new MainWindow(&*m_table, m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->size(), QSize(700, 450));
    // The Decode tab holds the paste box's page and the mailbox page.
    QCOMPARE(m_window->findChild<QTabWidget *>(u"viewTabs"_s)->currentWidget(),
             m_window->decodeView()->parentWidget());
    QCOMPARE(m_window->findChild<QSplitter *>(u"decodeSplitter"_s)->sizes(), sizes);
    const QHeaderView *header
        = m_window->findChild<QTableView *>(u"codeTable"_s)->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(CodeTableModel::MessageColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(header->sectionSize(CodeTableModel::StatusColumn), statusWidth);
    m_search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    m_view = m_window->findChild<QTableView *>(u"codeTable"_s);

    // A size saved on a bigger screen is brought back within this one.
    m_window->resize(5000, 4000);
    delete m_window;
    m_window = new MainWindow(&*m_table, m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY(m_window->width() <= available.width() && m_window->height() <= available.height());
    m_search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    m_view = m_window->findChild<QTableView *>(u"codeTable"_s);
}

void tst_MainWindow::titleIsTheNameOrTheFile()
{
    // The platform adds the application's display name after a file name: never twice.
    QCOMPARE(m_window->windowTitle(), u"BounceLens"_s);
    QSignalSpy decoded(m_window->decodeView(), &DecodeView::decoded);
    QVERIFY(m_window->openFile(QFINDTESTDATA("data/decodeview/two-recipients.eml")));
    QVERIFY(decoded.wait(20000));
    QCOMPARE(m_window->windowTitle(), u"two-recipients.eml"_s);
    m_languages->setChoice(u"zh_CN"_s);
    QTRY_VERIFY(m_window->findChild<QTabWidget *>(u"viewTabs"_s)->tabText(0) != u"&Browse Codes"_s);
    QCOMPARE(m_window->windowTitle(), u"two-recipients.eml"_s);
    m_window->decodeView()->setInputText(u"typed text"_s);
    QCOMPARE(m_window->windowTitle(), u"BounceLens"_s);
}

void tst_MainWindow::editMenuCopyAndSelectAll()
{
    auto *copy = m_window->findChild<QAction *>(u"copyAction"_s);
    auto *selectAll = m_window->findChild<QAction *>(u"selectAllAction"_s);
    QVERIFY(copy && selectAll);
    QVERIFY(
        copy->text().contains(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    m_search->setFocus();
    QTest::keyClicks(m_search, u"quota"_s);
    m_search->deselect();
    selectAll->trigger();
    QCOMPARE(m_search->selectedText(), u"quota"_s);
    QApplication::clipboard()->clear();
    copy->trigger();
    QCOMPARE(QApplication::clipboard()->text(), u"quota"_s);

    // In the table: the row, as the table's own Copy does it.
    m_view->setFocus();
    m_view->setCurrentIndex(m_view->model()->index(0, 0));
    QApplication::clipboard()->clear();
    copy->trigger();
    QVERIFY(!QApplication::clipboard()->text().isEmpty());
}

void tst_MainWindow::helpDialogsAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("action");
    for (const QString &language : {u"en"_s, u"zh_CN"_s, u"zh_TW"_s}) {
        for (const QString &action : {u"shortcutsAction"_s, u"searchSyntaxAction"_s})
            QTest::newRow(qPrintable(language + u' ' + action)) << language << action;
    }
}

void tst_MainWindow::helpDialogsAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, action);
    m_languages->setChoice(language);
    QTRY_VERIFY(language == u"en"_s
                || m_window->findChild<QTabWidget *>(u"viewTabs"_s)->tabText(0)
                       != u"&Browse Codes"_s);
    m_window->findChild<QAction *>(action)->trigger();
    auto *dialog = m_window->findChild<HelpDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString text = dialog->findChild<QTextBrowser *>(u"helpText"_s)->toPlainText();
    QVERIFY(!dialog->windowTitle().isEmpty());
    if (action == u"shortcutsAction"_s)
        QVERIFY(text.contains(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    else
        QVERIFY(text.contains(u"5.7.1"_s) && text.contains(u"4xx"_s));
    if (language != u"en"_s) {
        // Han characters in the title and the text.
        const QString title = dialog->windowTitle();
        QVERIFY2(
            std::any_of(title.begin(), title.end(), [](QChar c) { return c.unicode() >= 0x4E00; }),
            qPrintable(title));
        static const QRegularExpression english(u"[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}"_s);
        QVERIFY2(!english.match(text).hasMatch(), qPrintable(text));
    }
    dialog->close();
}

void tst_MainWindow::escapeInTableReturnsToSearch()
{
    m_search->setText(u"550"_s);
    m_view->setFocus();
    QVERIFY(m_view->hasFocus());
    QTest::keyClick(m_view, Qt::Key_Escape);
    QVERIFY(m_search->hasFocus());
    QCOMPARE(m_search->text(), u"550"_s); // the search stays; a second Esc clears it
}

void tst_MainWindow::facetLabelsFitAt800x500_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s;
}

void tst_MainWindow::facetLabelsFitAt800x500()
{
    QFETCH(QString, language);
    m_languages->setChoice(language);
    m_window->resize(800, 500);
    QTest::qWait(50);
    auto *facets = m_window->findChild<FacetBar *>();
    QVERIFY(facets);
    const auto combos = facets->findChildren<QComboBox *>();
    QCOMPARE(combos.size(), 5);
    for (QComboBox *combo : combos) {
        // Each filter shows its whole current label, inside the bar, over no other.
        QTRY_VERIFY2(combo->width() >= combo->sizeHint().width(),
                     qPrintable(u"%1: %2 < %3"_s.arg(combo->currentText())
                                    .arg(combo->width())
                                    .arg(combo->sizeHint().width())));
        QVERIFY(facets->rect().contains(combo->geometry()));
        for (QComboBox *other : combos)
            QVERIFY(other == combo || !combo->geometry().intersects(other->geometry()));
    }
}

void tst_MainWindow::aboutShowsTheApplicationIcon()
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::darkCyan);
    const QIcon previous = QApplication::windowIcon();
    QApplication::setWindowIcon(QIcon(pixmap));
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = m_window->findChild<QMessageBox *>(u"aboutBox"_s);
        QVERIFY(box);
        // The About box says what the table holds: the providers' packs too.
        checked = !box->iconPixmap().isNull() && box->text().contains(u"NetEase"_s);
        box->accept();
    });
    m_window->findChild<QAction *>(u"aboutAction"_s)->trigger();
    QApplication::setWindowIcon(previous);
    QVERIFY(checked);
}

// Issue 24: the mailbox view (its table, models and charts) is not built before the window's
// first paint; it is built, in the Decode tab and in the current language, when first needed.
void tst_MainWindow::mailboxViewBuiltWhenFirstNeeded()
{
    QVERIFY(!m_window->findChild<MailboxView *>());
    auto *exportMenu = m_window->findChild<QMenu *>(u"exportMenu"_s);
    QVERIFY(exportMenu);
    QVERIFY(!exportMenu->isEnabled());
    m_languages->setChoice(u"zh_CN"_s);
    MailboxView *view = m_window->mailboxView();
    QVERIFY(view);
    QCOMPARE(m_window->mailboxView(), view);
    QCOMPARE(m_window->findChildren<MailboxView *>().size(), 1);
    auto *page = m_window->findChild<QStackedWidget *>(u"decodePage"_s);
    QVERIFY(page && page->indexOf(view) >= 0);
    // Built after the switch, it speaks the window's language.
    const QStringList texts = [view] {
        QStringList all;
        for (const QAbstractButton *b : view->findChildren<QAbstractButton *>())
            all << b->text();
        return all;
    }();
    QVERIFY(!texts.isEmpty());
    const bool chinese = std::any_of(texts.cbegin(), texts.cend(), [](const QString &t) {
        return std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.unicode() >= 0x4E00; });
    });
    QVERIFY2(chinese, qPrintable(texts.join(u" | "_s)));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
