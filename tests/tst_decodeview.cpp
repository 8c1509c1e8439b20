#include "codes/codetable.h"
#include "ui/browseview.h"
#include "ui/codedetailsview.h"
#include "ui/decodeview.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/recipientcard.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryFile>
#include <QTextBlock>
#include <QToolButton>
#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_DecodeView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pastedBounceGivesOneCardPerRecipient();
    void droppedFileIsOpened();
    void crlfFileHighlightsTheReplyLines();
    void fileFromCommandLineOpensInDecodeView();
    void garbageSaysNothingFound();
    void htmlInsideBounceIsShownAsText();
    void cardCodeOpensBrowseView();
    void copyReport();
    void newerPasteWins();
    void tooBigFileKeepsText();
    void largePasteKeepsWindowResponsive();
    void readableViewIsDecodedAndRemembered();
    void readableHighlightsEveryEncoding_data();
    void readableHighlightsEveryEncoding();
    void clickAnywhereSelectsAndScrolls();
    void cardsFitAt800x500_data();
    void cardsFitAt800x500();
    void copyExplanation();
    void placeholdersFilledOnCards();
    void fileNameAboveTheBox();
    void tabLeavesTheBoxForTheCards();
    void candidatesAreFilledAndElided();
    void emptyAndBinaryFilesKeepTheBox();
    void oneMegabyteLinePasteIsNotWrapped();

private:
    static QByteArray fixture(const QString &name);
    static QByteArray bounce(const QString &name);
    QStringList selectedTexts(const QPlainTextEdit *box) const;
    void recreateWindow();
    QStringList cardCodes() const;
    bool waitDecoded(int timeoutMs = 20000);

    std::optional<CodeTable> m_table;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
    DecodeView *m_view = nullptr;
    QPlainTextEdit *m_box = nullptr;
    QLabel *m_summary = nullptr;
};

void tst_DecodeView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
}

void tst_DecodeView::init()
{
    // Each test starts as a first run: no remembered window or Source/Readable choice.
    QSettings().clear();
    m_languages = new LanguageManager;
    m_languages->setChoice(u"en"_s);
    m_window = new MainWindow(&*m_table, m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->showDecode();
    m_view = m_window->findChild<DecodeView *>(u"decodeView"_s);
    m_box = m_window->findChild<QPlainTextEdit *>(u"pasteBox"_s);
    m_summary = m_window->findChild<QLabel *>(u"decodeSummary"_s);
    QVERIFY(m_view && m_box && m_summary);
}

void tst_DecodeView::cleanup()
{
    delete m_window;
    delete m_languages;
}

QByteArray tst_DecodeView::fixture(const QString &name)
{
    QFile file(QFINDTESTDATA(u"data/decodeview/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return file.readAll();
}

bool tst_DecodeView::waitDecoded(int timeoutMs)
{
    QSignalSpy spy(m_view, &DecodeView::decoded);
    return spy.wait(timeoutMs);
}

QStringList tst_DecodeView::cardCodes() const
{
    QStringList codes;
    for (RecipientCard *card : m_view->findChildren<RecipientCard *>()) {
        const auto *label = card->findChild<QLabel *>(u"codes"_s);
        // The codes label is rich text made by the app: compare its visible text.
        QTextDocument doc;
        doc.setHtml(label->text());
        codes << doc.toPlainText();
    }
    return codes;
}

void tst_DecodeView::pastedBounceGivesOneCardPerRecipient()
{
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    m_view->setInputText(QString::fromUtf8(fixture(u"two-recipients.eml"_s)));
    QVERIFY(decoded.wait(20000));
    const QStringList codes = cardCodes();
    QCOMPARE(codes.size(), 2);
    QVERIFY2(codes.at(0).startsWith(u"550 5.1.1"_s), qPrintable(codes.join(u" | "_s)));
    QVERIFY2(codes.at(1).startsWith(u"452 4.2.2"_s), qPrintable(codes.join(u" | "_s)));
    QVERIFY(codes.at(0).contains(u"gsmtp"_s));
    QVERIFY2(m_summary->text().contains(u"Recipients: 2"_s), qPrintable(m_summary->text()));
    QVERIFY(m_summary->text().contains(u"1 permanent"_s));
    QVERIFY(m_summary->text().contains(u"1 temporary"_s));
    const auto cards = m_view->findChildren<RecipientCard *>();
    const QString verdict = cards.at(0)->findChild<QLabel *>(u"verdict"_s)->text();
    QVERIFY2(verdict.startsWith(u"Permanent failure"_s), qPrintable(verdict));
    QVERIFY(cards.at(1)->findChild<QLabel *>(u"verdict"_s)->text().startsWith(u"Temporary"_s));
    // The matched entry's text and advice are on the card.
    QVERIFY(cards.at(0)->findChild<QLabel *>(u"entryText"_s)->text().contains(u"does not exist"_s));
    QVERIFY(cards.at(0)->findChild<QLabel *>(u"advice"_s));
    // The reply lines used are highlighted in the paste box.
    QVERIFY(!m_box->extraSelections().isEmpty());
}

void tst_DecodeView::droppedFileIsOpened()
{
    const QString path = QFINDTESTDATA("data/decodeview/two-recipients.eml");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QWidget *target = m_box->viewport();
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(decoded.wait(20000));
    QVERIFY(m_box->toPlainText().contains(u"Undelivered Mail Returned to Sender"_s));
    QVERIFY(!m_box->toPlainText().startsWith(u"file:"_s)); // not pasted as a path
    QCOMPARE(cardCodes().size(), 2);
}

void tst_DecodeView::crlfFileHighlightsTheReplyLines()
{
    // "Show original" downloads are CRLF: the box shows one line break per CRLF, and the
    // highlights must still sit on the reply lines.
    QTemporaryFile crlf(QDir::tempPath() + u"/bounce-XXXXXX.eml"_s);
    QVERIFY(crlf.open());
    crlf.write(fixture(u"two-recipients.eml"_s).replace("\n", "\r\n"));
    crlf.close();
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    QVERIFY(m_view->openFile(crlf.fileName()));
    QVERIFY(decoded.wait(20000));
    QCOMPARE(cardCodes().size(), 2);
    const auto selections = m_box->extraSelections();
    QVERIFY(!selections.isEmpty());
    QStringList texts;
    for (const QTextEdit::ExtraSelection &s : selections)
        texts << s.cursor.selectedText();
    const QString all = texts.join(u' ');
    // Shifted by one character per CRLF, these would cut words apart.
    QVERIFY2(all.contains(u"550-5.1.1 The email account that you tried to reach does not exist."_s),
             qPrintable(all));
    QVERIFY2(all.contains(u"452-4.2.2 The recipient's inbox is out of storage space."_s),
             qPrintable(all));
}

void tst_DecodeView::fileFromCommandLineOpensInDecodeView()
{
    m_window->showBrowse();
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    // main() calls MainWindow::openFile() for "bouncelens FILE".
    QVERIFY(m_window->openFile(QFINDTESTDATA("data/decodeview/two-recipients.eml")));
    // The Decode tab holds the paste box and the mailbox page.
    QCOMPARE(m_window->findChild<QTabWidget *>(u"viewTabs"_s)->currentWidget(),
             m_view->parentWidget());
    QCOMPARE(m_view->isVisibleTo(m_window), true);
    QVERIFY(decoded.wait(20000));
    QCOMPARE(cardCodes().size(), 2);

    QString error;
    QVERIFY(!m_window->openFile(u"/nonexistent/bounce.eml"_s));
    QVERIFY(!m_view->openFile(u"/nonexistent/bounce.eml"_s, &error));
    QVERIFY(error.contains(u"bounce.eml"_s));
}

void tst_DecodeView::garbageSaysNothingFound()
{
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    m_view->setInputText(u"Hello, this is just a note about lunch on Friday. See you there."_s);
    QVERIFY(decoded.wait(20000));
    QVERIFY(cardCodes().isEmpty());
    QVERIFY2(m_summary->text().startsWith(u"Nothing found"_s), qPrintable(m_summary->text()));
    const auto *message = m_view->findChild<QLabel *>(u"decodeMessage"_s);
    QVERIFY(message);
    QVERIFY(message->text().contains(u"No SMTP reply code found"_s));
}

void tst_DecodeView::htmlInsideBounceIsShownAsText()
{
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    m_view->setInputText(QString::fromUtf8(fixture(u"html-in-bounce.txt"_s)));
    QVERIFY(decoded.wait(20000));
    QVERIFY(m_box->toPlainText().contains(u"<script>alert('x')</script>"_s));
    QCOMPARE(cardCodes().size(), 1);
    QVERIFY(cardCodes().first().startsWith(u"550 5.1.1"_s));
    // Any label showing text from the bounce shows it as plain text: the tags are visible.
    bool sawTags = false;
    for (const QLabel *label : m_view->findChildren<QLabel *>()) {
        if (label->text().contains(u"<b>bold</b>"_s) || label->text().contains(u"<script>"_s)) {
            QCOMPARE(label->textFormat(), Qt::PlainText);
            sawTags = true;
        }
    }
    QVERIFY(sawTags);
}

void tst_DecodeView::cardCodeOpensBrowseView()
{
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    m_view->setInputText(QString::fromUtf8(fixture(u"two-recipients.eml"_s)));
    QVERIFY(decoded.wait(20000));
    auto *card = m_view->findChildren<RecipientCard *>().value(0);
    QVERIFY(card);
    const QString label = card->findChild<QLabel *>(u"codes"_s)->text();
    const qsizetype at = label.indexOf(u"entry:"_s);
    QVERIFY(at > 0);
    const QString id = label.mid(at + 6, label.indexOf(u'"', at) - at - 6);
    emit card->findChild<QLabel *>(u"codes"_s)->linkActivated(u"entry:"_s + id);
    QCOMPARE(m_window->findChild<QTabWidget *>(u"viewTabs"_s)->currentWidget(),
             m_window->browseView());
    QCOMPARE(m_window->browseView()->detailsView()->entryIndex(), m_table->indexOf(id));
}

void tst_DecodeView::copyReport()
{
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    m_view->setInputText(QString::fromUtf8(fixture(u"two-recipients.eml"_s)));
    QVERIFY(decoded.wait(20000));
    m_view->copyReport();
    const QString report = QApplication::clipboard()->text();
    QVERIFY(report.contains(u"no.such.user.4711@gmail.com"_s));
    QVERIFY(report.contains(u"5.1.1"_s));
    QVERIFY(report.contains(u"4.2.2"_s));
    const QList<QByteArray> lines = m_view->reportJson().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().contains("\"recipients\""));
}

void tst_DecodeView::newerPasteWins()
{
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    QString big = QString::fromUtf8(fixture(u"two-recipients.eml"_s));
    big += QString(u"filler line of an attachment that nobody reads\n"_s).repeated(100000);
    m_view->setInputText(big);
    m_view->setInputText(QString::fromUtf8(fixture(u"html-in-bounce.txt"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(!decoded.isEmpty() && !m_view->isBusy(), 30000);
    QTest::qWait(200);
    QCOMPARE(cardCodes().size(), 1);
    QVERIFY(cardCodes().first().startsWith(u"550 5.1.1"_s));
}

void tst_DecodeView::tooBigFileKeepsText()
{
    m_view->setInputText(u"text the user typed"_s);
    QTemporaryFile big;
    QVERIFY(big.open());
    QVERIFY(big.resize(BounceDecoder::MaxInputSize + 1));
    big.close();
    QString error;
    QVERIFY(!m_view->openFile(big.fileName(), &error));
    QVERIFY2(error.contains(u"MB"_s), qPrintable(error));
    QCOMPARE(m_box->toPlainText(), u"text the user typed"_s);
    QVERIFY(m_summary->text().contains(u"Could not open"_s));
}

void tst_DecodeView::largePasteKeepsWindowResponsive()
{
    // A 25 MB bounce: the reply, then a big base64 attachment of the original message.
    QString text = QString::fromUtf8(fixture(u"two-recipients.eml"_s));
    const QString line
        = u"QmFzZTY0IGVuY29kZWQgYXR0YWNobWVudCBkYXRhIGZvciB0aGUgbGFyZ2UgcGFzdGUgdGVzdCAxMjM0NTY3\n"_s;
    text += line.repeated(25 * 1024 * 1024 / line.size());
    QVERIFY(text.size() >= 25 * 1000 * 1000);

    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start(5);
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    m_view->setInputText(text);
    const int ticksAtStart = ticks;
    QVERIFY(decoded.wait(120000));
    // The GUI thread kept serving its timer while the decode ran on a worker.
    QVERIFY2(ticks > ticksAtStart, qPrintable(QString::number(ticks - ticksAtStart)));
    QCOMPARE(cardCodes().size(), 2);
    QCOMPARE(m_box->toPlainText().size(), text.size()); // nothing lost
}

QByteArray tst_DecodeView::bounce(const QString &name)
{
    QFile file(QFINDTESTDATA(u"data/bounces/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return file.readAll();
}

QStringList tst_DecodeView::selectedTexts(const QPlainTextEdit *box) const
{
    QStringList texts;
    for (const QTextEdit::ExtraSelection &s : box->extraSelections())
        texts << s.cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n');
    return texts;
}

void tst_DecodeView::recreateWindow()
{
    delete m_window;
    m_window = new MainWindow(&*m_table, m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->showDecode();
    m_view = m_window->findChild<DecodeView *>(u"decodeView"_s);
    m_box = m_window->findChild<QPlainTextEdit *>(u"pasteBox"_s);
    m_summary = m_window->findChild<QLabel *>(u"decodeSummary"_s);
}

void tst_DecodeView::readableViewIsDecodedAndRemembered()
{
    // A quoted-printable Chinese bounce: the Source shows =E6=89=BE..., Readable the words.
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    m_view->setInputText(QString::fromUtf8(bounce(u"gmail-zh-address-not-found-utf8-qp.eml"_s)));
    QVERIFY(decoded.wait(20000));
    QVERIFY(m_box->toPlainText().contains(u"=E6=89=BE"_s));
    auto *readableBox = m_view->findChild<QPlainTextEdit *>(u"readableBox"_s);
    auto *readableButton = m_view->findChild<QToolButton *>(u"readableButton"_s);
    QVERIFY(readableBox && readableButton);
    QVERIFY(!readableBox->isVisible());
    readableButton->click();
    QVERIFY(readableBox->isVisible());
    QVERIFY(readableBox->isReadOnly());
    const QString text = readableBox->toPlainText();
    QVERIFY2(text.contains(u"\u627E\u4E0D\u5230\u5730\u5740"_s), qPrintable(text.left(300)));
    QVERIFY(!text.contains(u"=E6=89=BE"_s));
    QVERIFY(text.contains(u"Subject: Delivery Status Notification (Failure)"_s));
    QVERIFY(!text.contains(u"=?UTF-8?"_s, Qt::CaseInsensitive));

    // The Readable text's headings follow the interface language.
    QVERIFY(text.contains(u"--- Delivery status ---"_s));
    m_languages->setChoice(u"zh_CN"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        readableBox->toPlainText().contains(u"--- \u9012\u9001\u72B6\u6001 ---"_s), 10000);
    QCOMPARE(m_box->toPlainText(),
             QString::fromUtf8(bounce(u"gmail-zh-address-not-found-utf8-qp.eml"_s)));
    m_languages->setChoice(u"en"_s);
    QTRY_VERIFY_WITH_TIMEOUT(readableBox->toPlainText().contains(u"--- Delivery status ---"_s),
                             10000);

    // Remembered: the next window opens on Readable.
    recreateWindow();
    QCOMPARE(m_view->mode(), DecodeView::Mode::Readable);
    QVERIFY(m_view->findChild<QPlainTextEdit *>(u"readableBox"_s)->isVisible());
    // A paste in the Readable view replaces the input; Undo in the Source box brings it back.
    const QString before = m_box->toPlainText();
    QApplication::clipboard()->setText(QString::fromUtf8(fixture(u"two-recipients.eml"_s)));
    QSignalSpy decodedAgain(m_view, &DecodeView::decoded);
    QTest::keySequence(m_view->findChild<QPlainTextEdit *>(u"readableBox"_s), QKeySequence::Paste);
    QVERIFY(decodedAgain.wait(20000));
    QVERIFY(m_box->toPlainText().contains(u"no.such.user.4711@gmail.com"_s));
    m_box->undo();
    QCOMPARE(m_box->toPlainText(), before);

    m_view->findChild<QToolButton *>(u"sourceButton"_s)->click();
    recreateWindow();
    QCOMPARE(m_view->mode(), DecodeView::Mode::Source);
}

void tst_DecodeView::readableHighlightsEveryEncoding_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("inSource"); // the reply's bytes stand in the file as they are
    QTest::newRow("utf-8 qp") << u"gmail-zh-address-not-found-utf8-qp.eml"_s << true;
    QTest::newRow("gb18030 base64") << u"gmail-zh-temporary-problem-gb18030.eml"_s << true;
    QTest::newRow("big5 8-bit") << u"big5-zh-tw-gmail-not-authorized.eml"_s << true;
    QTest::newRow("undeclared gbk") << u"raw-gbk-undeclared.eml"_s << true;
}

void tst_DecodeView::readableHighlightsEveryEncoding()
{
    QFETCH(QString, file);
    QFETCH(bool, inSource);
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    QVERIFY(m_view->openFile(QFINDTESTDATA(u"data/bounces/"_s + file)));
    QVERIFY(decoded.wait(20000));
    QVERIFY(!m_view->results().isEmpty());
    const RecipientResult &x = m_view->results().first().recipients.first();
    const QString code = QString::number(x.replyCode);
    auto *readableBox = m_view->findChild<QPlainTextEdit *>(u"readableBox"_s);
    const QString readable = selectedTexts(readableBox).join(u' ');
    QVERIFY2(readable.contains(code), qPrintable(readable));
    // Source: where the file holds the reply's bytes (the Diagnostic-Code field at least).
    if (inSource) {
        const QString source = selectedTexts(m_box).join(u' ');
        QVERIFY2(source.contains(code), qPrintable(file + u": "_s + source));
    }
}

void tst_DecodeView::clickAnywhereSelectsAndScrolls()
{
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    QString text = QString::fromUtf8(fixture(u"two-recipients.eml"_s));
    // Enough lines before the replies that the box must scroll to show them.
    text.replace(u"\n\nThis is the mail system"_s,
                 u"\n"_s + QString(u"X-Filler: line\n"_s).repeated(300)
                     + u"\nThis is the mail system"_s);
    m_view->setInputText(text);
    QVERIFY(decoded.wait(20000));
    const auto cards = m_view->findChildren<RecipientCard *>();
    QCOMPARE(cards.size(), 2);
    // A click on a selectable label of the second card selects that card.
    QLabel *label = cards.at(1)->findChild<QLabel *>(u"entryText"_s);
    QVERIFY(label);
    m_view->findChild<QScrollArea *>(u"decodeScroll"_s)->ensureWidgetVisible(label);
    QTest::mouseClick(label, Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(cards.at(1)->isSelected());
    QVERIFY(!cards.at(0)->isSelected());
    // Only its lines are highlighted now, and the box scrolled to them.
    const QString selected = selectedTexts(m_box).join(u' ');
    QVERIFY2(selected.contains(u"4.2.2"_s), qPrintable(selected));
    QVERIFY2(!selected.contains(u"5.1.1"_s), qPrintable(selected));
    QVERIFY(m_box->verticalScrollBar()->value() > 0);
    const QTextCursor first = m_box->extraSelections().first().cursor;
    const QRect shown
        = m_box->cursorRect(QTextCursor(m_box->document()->findBlock(first.selectionStart())));
    QVERIFY(m_box->viewport()->rect().intersects(shown));
    // And in the Readable view.
    auto *readableBox = m_view->findChild<QPlainTextEdit *>(u"readableBox"_s);
    const QString readable = selectedTexts(readableBox).join(u' ');
    QVERIFY2(readable.contains(u"4.2.2"_s) && !readable.contains(u"5.1.1"_s), qPrintable(readable));
}

void tst_DecodeView::cardsFitAt800x500_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s;
}

void tst_DecodeView::cardsFitAt800x500()
{
    QFETCH(QString, language);
    m_languages->setChoice(language);
    m_window->resize(800, 500);
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    // Several recipients, long replies and URLs.
    m_view->setInputText(QString::fromUtf8(bounce(u"exim-three-recipients.eml"_s)));
    QVERIFY(decoded.wait(20000));
    const auto cards = m_view->findChildren<RecipientCard *>();
    QVERIFY(cards.size() >= 3);
    int labels = 0;
    // What is wrong once the layout has settled (posted layout requests and retranslation).
    const auto problems = [&] {
        QStringList out;
        labels = 0;
        for (RecipientCard *card : cards) {
            if (!card->isVisible())
                out << u"card not shown yet"_s;
            if (card->width() <= 50)
                out << u"card %1 px wide"_s.arg(card->width());
            const auto children
                = card->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
            for (QWidget *child : children) {
                if (!child->isVisible())
                    continue;
                if (!card->rect().contains(child->geometry()))
                    out << child->objectName() + u" outside its card"_s;
                if (auto *label = qobject_cast<QLabel *>(child); label && label->wordWrap()) {
                    ++labels;
                    // Tall enough for its wrapped text.
                    if (label->height() < label->heightForWidth(label->width()))
                        out << u"%1: %2 < %3: %4"_s.arg(label->objectName())
                                   .arg(label->height())
                                   .arg(label->heightForWidth(label->width()))
                                   .arg(label->text().left(60));
                }
                for (QWidget *other : children) {
                    if (other != child && other->isVisible()
                        && child->geometry().intersects(other->geometry()))
                        out << child->objectName() + u" overlaps "_s + other->objectName();
                }
            }
        }
        return out.join(u'\n');
    };
    QTRY_VERIFY2_WITH_TIMEOUT(problems().isEmpty(), qPrintable(problems()), 5000);
    QVERIFY(labels >= 3 * 4);
    // The cards follow each other without overlapping either.
    for (int i = 1; i < cards.size(); ++i)
        QVERIFY(cards.at(i)->geometry().top() >= cards.at(i - 1)->geometry().bottom());
}

void tst_DecodeView::copyExplanation()
{
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    m_view->setInputText(QString::fromUtf8(fixture(u"two-recipients.eml"_s)));
    QVERIFY(decoded.wait(20000));
    auto *card = m_view->findChildren<RecipientCard *>().value(0);
    QVERIFY(card);
    auto *button = card->findChild<QPushButton *>(u"copyExplanationButton"_s);
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible()); // shown by the layout on the next pass of the event loop
    QApplication::clipboard()->clear();
    button->click();
    const QString text = QApplication::clipboard()->text();
    QCOMPARE(text, card->explanation());
    QVERIFY2(text.contains(u"no.such.user.4711@gmail.com"_s), qPrintable(text));
    QVERIFY(!text.contains(u"gmail-"_s));
    QVERIFY(!text.contains(u"userunknown"_s));
    QVERIFY(card->isSelected());
}

void tst_DecodeView::placeholdersFilledOnCards()
{
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    m_view->setInputText(
        QString::fromUtf8(bounce(u"netease-126-gbk-qp-gmail-ratelimit-delay.eml"_s)));
    QVERIFY(decoded.wait(20000));
    for (const QLabel *label : m_view->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(u"{domain-name}"_s), qPrintable(label->text()));
    const auto *text = m_view->findChild<QLabel *>(u"entryText"_s);
    QVERIFY(text);
    QVERIFY2(text->text().remove(QChar(0x200B)).contains(u"126.example.cn"_s),
             qPrintable(text->text()));
}

void tst_DecodeView::fileNameAboveTheBox()
{
    auto *label = m_view->findChild<QLabel *>(u"fileLabel"_s);
    QVERIFY(label);
    QVERIFY(!label->isVisible());
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    QVERIFY(m_view->openFile(QFINDTESTDATA("data/decodeview/two-recipients.eml")));
    QVERIFY(decoded.wait(20000));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"two-recipients.eml"_s);
    QCOMPARE(m_window->windowTitle(), u"two-recipients.eml"_s);
    // A language switch decodes the file again for the Readable headings; it stays the file.
    auto *readableBox = m_view->findChild<QPlainTextEdit *>(u"readableBox"_s);
    m_window->showBrowse();
    m_languages->setChoice(u"zh_TW"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        readableBox->toPlainText().contains(u"--- \u50B3\u9001\u72C0\u614B ---"_s), 10000);
    QCOMPARE(label->text(), u"two-recipients.eml"_s);
    QCOMPARE(m_window->windowTitle(), u"two-recipients.eml"_s);
    QCOMPARE(m_window->findChild<QTabWidget *>(u"viewTabs"_s)->currentIndex(), 0);
    QCOMPARE(m_box->toPlainText(), QString::fromUtf8(fixture(u"two-recipients.eml"_s)));
    m_languages->setChoice(u"en"_s);
    QTRY_VERIFY(m_view->findChild<QToolButton *>(u"sourceButton"_s)->text() == u"Source"_s);
    m_window->showDecode();

    // An mbox: which message the Readable view shows.
    QTemporaryFile mbox(QDir::tempPath() + u"/bounces-XXXXXX.mbox"_s);
    QVERIFY(mbox.open());
    mbox.write("From MAILER-DAEMON Tue Apr 14 09:12:44 2026\n" + fixture(u"two-recipients.eml"_s)
               + "\nFrom MAILER-DAEMON Tue Apr 14 09:12:45 2026\n"
               + bounce(u"gmail-zh-delay-utf8-qp.eml"_s));
    mbox.close();
    QVERIFY(m_view->openFile(mbox.fileName()));
    QVERIFY(decoded.wait(20000));
    QCOMPARE(m_view->results().size(), 2);
    QVERIFY2(label->text().endsWith(u"message 1 of 2"_s), qPrintable(label->text()));
    const auto cards = m_view->findChildren<RecipientCard *>();
    QCOMPARE(cards.size(), 3);
    cards.last()->copyExplanation(); // not a click: select through the card's signal
    emit cards.last()->clicked();
    QVERIFY2(label->text().endsWith(u"message 2 of 2"_s), qPrintable(label->text()));
    QVERIFY(readableBox->toPlainText().contains(u"he.ping.88@gmail.com"_s));

    // Edited: no longer the file.
    m_box->appendPlainText(u"typed"_s);
    QVERIFY(!label->text().contains(QFileInfo(mbox.fileName()).fileName()));
    QCOMPARE(m_window->windowTitle(), u"BounceLens"_s);
}

void tst_DecodeView::emptyAndBinaryFilesKeepTheBox()
{
    m_view->setInputText(u"text the user typed"_s);
    QTemporaryFile empty(QDir::tempPath() + u"/empty-XXXXXX.eml"_s);
    QVERIFY(empty.open());
    empty.close();
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    decoded.clear();
    QVERIFY(m_view->openFile(empty.fileName()));
    QTRY_VERIFY_WITH_TIMEOUT(m_summary->text() == u"The file is empty"_s, 20000);
    QCOMPARE(m_box->toPlainText(), u"text the user typed"_s);
    const auto *message = m_view->findChild<QLabel *>(u"decodeMessage"_s);
    QVERIFY(message->text().contains(QFileInfo(empty.fileName()).fileName()));

    QTemporaryFile png(QDir::tempPath() + u"/photo-XXXXXX.png"_s);
    QVERIFY(png.open());
    png.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(4000, '\0'));
    png.close();
    QVERIFY(m_view->openFile(png.fileName()));
    QTRY_VERIFY_WITH_TIMEOUT(m_summary->text() == u"This file is not a mail message"_s, 20000);
    QCOMPARE(m_box->toPlainText(), u"text the user typed"_s);
    message = m_view->findChild<QLabel *>(u"decodeMessage"_s);
    QVERIFY2(message->text().contains(u"PNG"_s), qPrintable(message->text()));
}

void tst_DecodeView::oneMegabyteLinePasteIsNotWrapped()
{
    // Wrapping a 1 MB line froze the window for 30 s: such a paste turns wrapping off before
    // the box lays the line out.
    const QString line = u"550 5.1.1 "_s + QString(1024 * 1024, u'x');
    QApplication::clipboard()->setText(line);
    m_box->setFocus();
    QCOMPARE(m_box->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    QTest::keySequence(m_box, QKeySequence::Paste);
    QCOMPARE(m_box->lineWrapMode(), QPlainTextEdit::NoWrap);
    QVERIFY(waitDecoded());
    QCOMPARE(m_box->toPlainText().size(), line.size());

    // Short text wraps again.
    m_view->setInputText(u"a short line"_s);
    QCOMPARE(m_box->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    // Set by program, and typed through the context menu's paste (no key event).
    m_view->setInputText(line);
    QCOMPARE(m_box->lineWrapMode(), QPlainTextEdit::NoWrap);
    m_view->setInputText(QString());
    QCOMPARE(m_box->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    m_box->paste();
    QCOMPARE(m_box->lineWrapMode(), QPlainTextEdit::NoWrap);
}

void tst_DecodeView::tabLeavesTheBoxForTheCards()
{
    QSignalSpy decoded(m_view, &DecodeView::decoded);
    m_view->setInputText(QString::fromUtf8(bounce(u"postfix-two-recipients.eml"_s)));
    QVERIFY(decoded.wait(20000));
    const QString text = m_box->toPlainText();
    QList<RecipientCard *> cards = m_view->findChildren<RecipientCard *>();
    QCOMPARE(cards.size(), 2);
    QApplication::setActiveWindow(m_window);
    m_box->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(m_box->hasFocus());
    // Tab moves on; the box keeps its text (no tab inserted, nothing decoded again).
    QTRY_VERIFY(
        std::all_of(cards.begin(), cards.end(), [](RecipientCard *c) { return c->isVisible(); }));
    QTest::keyClick(m_box, Qt::Key_Tab);
    QCOMPARE(m_box->toPlainText(), text);
    QCOMPARE(decoded.size(), 1);
    // Paste box -> card 1 -> its button -> card 2 -> its button -> Copy Report -> Save Report.
    QStringList order;
    for (int i = 0; i < 6; ++i) {
        QWidget *now = QApplication::focusWidget();
        QVERIFY(now);
        order << now->objectName();
        QTest::keyClick(now, Qt::Key_Tab);
    }
    QCOMPARE(order, (QStringList{u"recipientCard"_s, u"copyExplanationButton"_s, u"recipientCard"_s,
                                 u"copyExplanationButton"_s, u"copyReportButton"_s,
                                 u"saveReportButton"_s}));
    // Reaching a card by Tab selects it, as a click does.
    QVERIFY(
        std::any_of(cards.begin(), cards.end(), [](RecipientCard *c) { return c->isSelected(); }));
}

void tst_DecodeView::candidatesAreFilledAndElided()
{
    // Every card of every fixture: "Also possible" lines hold no {placeholder}, and a cut line
    // ends with an ellipsis.
    const QDir dir(QFINDTESTDATA("data/bounces"));
    int candidates = 0;
    for (const QString &name : dir.entryList({u"*.eml"_s}, QDir::Files)) {
        QSignalSpy decoded(m_view, &DecodeView::decoded);
        QVERIFY(m_view->openFile(dir.filePath(name)));
        QVERIFY(decoded.wait(20000));
        for (const QLabel *label : m_view->findChildren<QLabel *>(u"confidence"_s)) {
            const QString text = label->text().remove(QChar(0x200B));
            const QStringList lines = text.split(u'\n');
            for (const QString &line : lines.mid(1)) {
                ++candidates;
                QVERIFY2(!line.contains(u'{'), qPrintable(name + u": "_s + line));
            }
        }
    }
    QVERIFY(candidates > 0);
}

QTEST_MAIN(tst_DecodeView)
#include "tst_decodeview.moc"
