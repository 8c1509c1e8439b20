// Hostile bounces in the window (issue 25, offscreen): markup in a recipient or a domain is
// shown as its characters everywhere (the summary charts, which Qt Charts lays out as HTML,
// table tooltips, cards, labels of both views) and no resource it names is ever opened
// (watched with inotify); a mailbox file changed after it was opened is said, with Reload.
#include "codes/codetable.h"
#include "decoder/bouncedecoder.h"
#include "mailbox/mailboxmodel.h"
#include "mailboxtestdata.h"
#include "report/notetext.h"
#include "ui/decodeview.h"
#include "ui/mailboxview.h"
#include "ui/summarychart.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolTip>
#include <QtTest>

#include <optional>
#include <sys/inotify.h>
#include <unistd.h>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

namespace {

// A document that records every resource its HTML asks for (and loads none).
class RecordingDocument : public QTextDocument
{
public:
    QStringList requested;

protected:
    QVariant loadResource(int, const QUrl &name) override
    {
        requested << name.toString();
        return {};
    }
};

// The text as Qt shows it where text may be rich (QToolTip, a label in AutoText, Qt Charts).
QString shownAsQtDoes(const QString &text, bool alwaysHtml, QStringList *requested)
{
    if (!alwaysHtml && !Qt::mightBeRichText(text))
        return text;
    RecordingDocument doc;
    doc.setHtml(text);
    *requested << doc.requested;
    return doc.toPlainText();
}

QByteArray hostileDsn(const QString &recipient)
{
    return QStringLiteral("From: MAILER-DAEMON@mx.example.org\nTo: sender@example.org\n"
                          "Date: Mon, 30 Nov 2026 10:00:00 +0000\n"
                          "Subject: Delivery Status Notification (Failure)\nMIME-Version: 1.0\n"
                          "Content-Type: multipart/report; report-type=delivery-status; "
                          "boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\nDelivery failed.\n\n"
                          "--B\nContent-Type: message/delivery-status\n\n"
                          "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; %1\n"
                          "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <b>no"
                          "</b> user\n\n--B--\n")
        .arg(recipient)
        .toUtf8();
}

} // namespace

class tst_HostileWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void mailboxViewShowsMarkupAsText();
    void decodeViewShowsMarkupAsText();
    void staleMailboxIsSaidWithReload();
    void limitsAreSaidInTheWindow();

private:
    // Every label and tooltip under `root` holding the payload shows its characters.
    void checkWidgets(QWidget *root);
    void checkNothingOpened();

    std::optional<CodeTable> m_table;
    QTemporaryDir m_dir;
    QString m_pixel; // the resource the payloads name
    int m_inotify = -1;
    QList<QByteArray> m_hostile;
    QStringList m_requested; // resources asked for by the documents of this test
};

void tst_HostileWindow::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
    QVERIFY(m_dir.isValid());
    m_pixel = m_dir.filePath(u"pixel.png"_s);
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(m_pixel));
    m_inotify = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    QVERIFY(m_inotify >= 0);
    QVERIFY(
        inotify_add_watch(m_inotify, QFile::encodeName(m_pixel).constData(), IN_OPEN | IN_ACCESS)
        >= 0);
    const QString img = u"<img src=%1 alt=x.y>"_s.arg(m_pixel);
    QString tables;
    for (int i = 0; i < 12; ++i)
        tables += u"<table><tr><td>"_s;
    // The domain chart (the domain is the text after the last "@"), a tooltip, nested tables.
    m_hostile = {hostileDsn(u"a b@"_s + img), hostileDsn(u"a b@"_s + img),
                 hostileDsn(u"<img src=%1>x@example.com"_s.arg(m_pixel)),
                 hostileDsn(u"a b@"_s + tables + u"x.y"_s),
                 MailboxTestData::bounce(u"ann@example.com"_s,
                                         QString::fromLatin1(MailboxTestData::permanentReply()))};
}

void tst_HostileWindow::cleanupTestCase()
{
    if (m_inotify >= 0)
        ::close(m_inotify);
}

void tst_HostileWindow::checkWidgets(QWidget *root)
{
    QVERIFY(root->grab().width() > 0); // lays everything out and paints it
    for (QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = label->text();
        if (label->textFormat() == Qt::PlainText || !text.contains(u"<img src"_s)) {
            // Plain, or markup that is not from the bounce.
            if (label->textFormat() != Qt::PlainText && text.contains(u"<table"_s))
                QVERIFY2(!text.contains(u"<table><tr><td><table>"_s), qPrintable(text));
            continue;
        }
        const bool html = label->textFormat() == Qt::RichText;
        QVERIFY2(shownAsQtDoes(text, html, &m_requested).contains(u"<img src"_s),
                 qPrintable(label->objectName() + u": "_s + text));
    }
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const QString tip = w->toolTip();
        if (tip.contains(u"img"_s))
            QVERIFY2(shownAsQtDoes(tip, false, &m_requested).contains(u"<img"_s), qPrintable(tip));
    }
}

void tst_HostileWindow::checkNothingOpened()
{
    QCoreApplication::processEvents();
    char buffer[4096];
    const ssize_t n = ::read(m_inotify, buffer, sizeof buffer);
    QVERIFY2(n < 0, "a resource named in a bounce was opened");
    QVERIFY2(m_requested.isEmpty(), qPrintable(m_requested.join(u' ')));
}

void tst_HostileWindow::mailboxViewShowsMarkupAsText()
{
    const QString path = m_dir.filePath(u"hostile.mbox"_s);
    QVERIFY(MailboxTestData::write(path, MailboxTestData::mbox(m_hostile)));
    MailboxView view(&*m_table);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy finished(&view, &MailboxView::finished);
    view.open({path});
    QVERIFY(finished.wait(60000));
    QTest::qWait(400); // the summary refresh timer
    QVERIFY(view.grab().width() > 0);

    // The charts: the domain chart names the markup domain; every axis label Qt Charts will
    // lay out as HTML shows the label's characters.
    auto *domains = view.findChild<SummaryChart *>(u"domainChart"_s);
    QVERIFY(domains);
    bool sawMarkup = false;
    for (SummaryChart *chart : view.findChildren<SummaryChart *>()) {
        const QStringList given = chart->axisLabels();
        QStringList shown = chart->shownLabels();
        std::reverse(shown.begin(), shown.end());
        QCOMPARE(given.size(), shown.size());
        for (qsizetype i = 0; i < given.size(); ++i) {
            QCOMPARE(shownAsQtDoes(given.at(i), true, &m_requested).trimmed(),
                     shown.at(i).trimmed());
            sawMarkup = sawMarkup || shown.at(i).startsWith(u"<img"_s)
                        || shown.at(i).startsWith(u"<table>"_s);
        }
    }
    QVERIFY(sawMarkup);

    // Tooltips of every cell, as QToolTip shows them; then shown for real.
    auto *table = view.findChild<QTableView *>(u"mailboxTable"_s);
    QVERIFY(table);
    QAbstractItemModel *model = table->model();
    int markupTips = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QString tip = index.data(Qt::ToolTipRole).toString();
            const QString display = index.data().toString();
            if (tip.isEmpty())
                continue;
            if (display.contains(u'<')) {
                ++markupTips;
                QCOMPARE(shownAsQtDoes(tip, false, &m_requested), display);
            }
            QToolTip::showText(table->viewport()->mapToGlobal(QPoint(5, 5)), tip, table);
            QToolTip::hideText();
        }
        table->setCurrentIndex(model->index(row, 0)); // the card and the message of the row
        QCoreApplication::processEvents();
        checkWidgets(&view);
    }
    QVERIFY(markupTips >= 3);
    checkNothingOpened();
}

void tst_HostileWindow::decodeViewShowsMarkupAsText()
{
    DecodeView view(&*m_table);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (const QByteArray &bounce : std::as_const(m_hostile)) {
        QSignalSpy decoded(&view, &DecodeView::decoded);
        view.setInputText(QString::fromUtf8(bounce));
        QVERIFY(decoded.wait(20000));
        checkWidgets(&view);
    }
    checkNothingOpened();
}

void tst_HostileWindow::staleMailboxIsSaidWithReload()
{
    const QString path = m_dir.filePath(u"stale.mbox"_s);
    const QByteArray box = MailboxTestData::mbox(
        {MailboxTestData::bounce(u"ann@example.com"_s,
                                 QString::fromLatin1(MailboxTestData::permanentReply())),
         MailboxTestData::bounce(u"bob@example.com"_s,
                                 QString::fromLatin1(MailboxTestData::temporaryReply()))});
    QVERIFY(MailboxTestData::write(path, box));
    MailboxView view(&*m_table);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy finished(&view, &MailboxView::finished);
    view.open({path});
    QVERIFY(finished.wait(60000));
    auto *table = view.findChild<QTableView *>(u"mailboxTable"_s);
    auto *text = view.findChild<QPlainTextEdit *>(u"mailboxMessage"_s);
    auto *stale = view.findChild<QWidget *>(u"mailboxStale"_s);
    QVERIFY(table && text && stale);
    QTRY_VERIFY(text->toPlainText().contains(u"ann@example.com"_s));
    QVERIFY(!stale->isVisible());

    // Compacted: the first message removed, so the second row's offset is past the end.
    QVERIFY(MailboxTestData::write(
        path,
        MailboxTestData::mbox({MailboxTestData::bounce(
            u"carol@example.com"_s, QString::fromLatin1(MailboxTestData::permanentReply()))})));
    table->setCurrentIndex(table->model()->index(1, 0));
    QTRY_VERIFY(stale->isVisible());
    QVERIFY(!text->isVisible()); // no text of another message under this row
    QVERIFY(!text->toPlainText().contains(u"carol@example.com"_s));
    auto *reload = view.findChild<QPushButton *>(u"mailboxReload"_s);
    QVERIFY(reload);
    finished.clear();
    reload->click();
    QVERIFY(finished.wait(60000));
    QVERIFY(!stale->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    QTRY_VERIFY(text->isVisible());
}

void tst_HostileWindow::limitsAreSaidInTheWindow()
{
    // A recipient that is not an address: the Decode view's message header and the Mailbox
    // view's row details say so (notes are shown wherever the message is).
    const QByteArray bounce = hostileDsn(u"not an address"_s);
    // The decoder's note (its code is "not-an-address"), as the views show it, whatever its
    // wording.
    const LimitNotes notes = BounceDecoder(*m_table).decode(bounce).notes;
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().code, u"not-an-address"_s);
    const QString expected = NoteText::message(notes.first());
    auto saysIt = [&](QWidget *root) {
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (label->text().contains(expected))
                return true;
        }
        return false;
    };
    DecodeView decode(&*m_table);
    decode.show();
    QSignalSpy decoded(&decode, &DecodeView::decoded);
    decode.setInputText(QString::fromUtf8(bounce));
    QVERIFY(decoded.wait(20000));
    QVERIFY(saysIt(&decode));

    const QString path = m_dir.filePath(u"notes.mbox"_s);
    QVERIFY(MailboxTestData::write(path, MailboxTestData::mbox({bounce})));
    MailboxView view(&*m_table);
    view.show();
    QSignalSpy finished(&view, &MailboxView::finished);
    view.open({path});
    QVERIFY(finished.wait(60000));
    auto *table = view.findChild<QTableView *>(u"mailboxTable"_s);
    table->setCurrentIndex(table->model()->index(0, 0));
    QTRY_VERIFY(saysIt(&view));
}

QTEST_MAIN(tst_HostileWindow)
#include "tst_hostilewindow.moc"
