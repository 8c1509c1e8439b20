#include "browseview.h"
#include "codedetailsview.h"
#include "codetable.h"
#include "decodeview.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "recipientcard.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryFile>
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

private:
    static QByteArray fixture(const QString &name);
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
    QCOMPARE(m_window->findChild<QTabWidget *>(u"viewTabs"_s)->currentWidget(), m_view);
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

QTEST_MAIN(tst_DecodeView)
#include "tst_decodeview.moc"
