// MailboxView (offscreen): an mbox and a folder listed in the window, the card and the message
// of the selected row, the filter field, facets and chart clicks, grouping, the exports,
// Cancel / Esc, a 10k-message mbox while a GUI-thread timer keeps firing, and the window's
// routing of several files, folders and mboxes to the mailbox page.
#include "cli/decodecommand.h"
#include "codes/codetable.h"
#include "common/textfolding.h"
#include "mailbox/mailboxexport.h"
#include "mailbox/mailboxfilterproxy.h"
#include "mailbox/mailboxmodel.h"
#include "mailboxtestdata.h"
#include "ui/decodeview.h"
#include "ui/languagemanager.h"
#include "ui/mailboxview.h"
#include "ui/mainwindow.h"
#include "ui/recipientcard.h"
#include "ui/senderreportview.h"
#include "ui/summarychart.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolButton>
#include <QtTest>

#include <ctime>

#include <optional>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;
using namespace MailboxTestData;

namespace {

// Fires every 10 ms on the GUI thread and records the longest gap between two firings: how long
// the GUI thread was kept from its events.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
            const qint64 cpu = threadCpuMs();
            m_longestWork = std::max(m_longestWork, cpu - m_lastCpu);
            m_lastCpu = cpu;
            ++m_ticks;
        });
        m_clock.start();
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    // Wall-clock: includes waiting for a CPU on a busy machine.
    qint64 longestGap() const { return m_longest; }
    // CPU time the GUI thread spent between two ticks: its own work, whatever the load.
    qint64 longestWork() const { return m_longestWork; }
    int ticks() const { return m_ticks; }

private:
    static qint64 threadCpuMs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_longest = 0, m_lastCpu = 0, m_longestWork = 0;
    int m_ticks = 0;
};

} // namespace

class tst_MailboxView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mboxListsRecipients();
    void folderListsRecipients();
    void selectingARowShowsCardAndMessage();
    void gb2312MessageIsHighlighted();
    void filterFacetsAndCharts();
    void groupByRecipient();
    void exports();
    void csvExportIsTheConsoles();
    void escapeCancelsAndKeepsRows();
    void tenThousandMessagesWhileTheGuiTicks();
    void smallInputNeverStallsTheGui();
    void windowRoutesMailboxes();
    void chartLabelsFitTheChart();
    void whatToFixAndAddressActions();
    void chartTooltipNamesTheBar();
    void pageFitsAt800x500AfterViewSwitches_data();
    void pageFitsAt800x500AfterViewSwitches();
    void summaryCollapsesAndIsRemembered();
    void summaryTableIsTheChartsAlternative();
    void readableModeInTheMailbox();
    void openInDecodeViewKeepsTheMailbox();
    void staleCardHidden();
    void everyInteractiveWidgetIsNamed();
    void filterFoldsTraditionalAndSimplified();
    void emptyFolderSaysNoMessages();
    void tiesKeepTheMailboxOrderOnScreenAndInExports();

private:
    bool openAndWait(const QStringList &paths, int timeoutMs = 60000);

    std::optional<CodeTable> m_table;
    QTemporaryDir m_dir;
    QString m_mbox;
    MailboxView *m_view = nullptr;
};

void tst_MailboxView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
    QVERIFY(m_dir.isValid());
    const QString p = QString::fromLatin1(permanentReply()),
                  t = QString::fromLatin1(temporaryReply());
    m_mbox = m_dir.filePath(u"five.mbox"_s);
    QVERIFY(write(m_mbox, mbox({bounce(u"ann@example.com"_s, t), bounce(u"bob@example.com"_s, p),
                                bounce(u"carol@example.org"_s, p), bounce(u"ann@example.com"_s, p),
                                bounce(u"dan@example.net"_s, p)})));
}

void tst_MailboxView::init()
{
    m_view = new MailboxView(&*m_table);
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void tst_MailboxView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

bool tst_MailboxView::openAndWait(const QStringList &paths, int timeoutMs)
{
    QSignalSpy finished(m_view, &MailboxView::finished);
    m_view->open(paths);
    return finished.wait(timeoutMs);
}

void tst_MailboxView::mboxListsRecipients()
{
    QVERIFY(openAndWait({m_mbox}));
    auto *table = m_view->findChild<QTableView *>(u"mailboxTable"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 5);
    QStringList recipients;
    for (int row = 0; row < 5; ++row)
        recipients << table->model()->index(row, MailboxModel::RecipientColumn).data().toString();
    QCOMPARE(recipients,
             (QStringList{u"ann@example.com"_s, u"bob@example.com"_s, u"carol@example.org"_s,
                          u"ann@example.com"_s, u"dan@example.net"_s}));
    QCOMPARE(table->model()->index(0, MailboxModel::OutcomeColumn).data().toString(),
             u"Temporary"_s);
    QVERIFY(m_view->findChild<QLabel *>(u"mailboxTitle"_s)->text().contains(u"5"_s));
    // Sorting from the header.
    table->sortByColumn(MailboxModel::RecipientColumn, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, MailboxModel::RecipientColumn).data().toString(),
             u"dan@example.net"_s);
    // The summary's charts have bars.
    QCOMPARE(m_view->findChild<SummaryChart *>(u"outcomeChart"_s)->bars().size(), 2);
    QCOMPARE(m_view->findChild<SummaryChart *>(u"domainChart"_s)->bars().first().key,
             u"example.com"_s);
}

void tst_MailboxView::folderListsRecipients()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"sub"_s));
    QVERIFY(write(dir.filePath(u"one.eml"_s),
                  bounce(u"one@example.com"_s, QString::fromLatin1(permanentReply()))));
    QVERIFY(write(dir.filePath(u"sub/two.eml"_s),
                  bounce(u"two@example.com"_s, QString::fromLatin1(permanentReply()))));
    QVERIFY(write(dir.filePath(u"sub/three.mbox"_s),
                  mbox({bounce(u"three@example.com"_s, QString::fromLatin1(temporaryReply()))})));
    QVERIFY(openAndWait({dir.path()}));
    const MailboxModel *model = m_view->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, MailboxModel::SourceColumn).data().toString(), u"one.eml"_s);
    QCOMPARE(model->index(1, MailboxModel::SourceColumn).data().toString(), u"three.mbox #1"_s);
    QCOMPARE(model->index(1, MailboxModel::RecipientColumn).data().toString(),
             u"three@example.com"_s);
    QCOMPARE(model->index(2, MailboxModel::SourceColumn).data().toString(), u"two.eml"_s);
}

void tst_MailboxView::selectingARowShowsCardAndMessage()
{
    QVERIFY(openAndWait({m_mbox}));
    auto *table = m_view->findChild<QTableView *>(u"mailboxTable"_s);
    auto *text = m_view->findChild<QPlainTextEdit *>(u"mailboxMessage"_s);
    table->setCurrentIndex(table->model()->index(2, 0));
    QTRY_VERIFY(m_view->findChild<RecipientCard *>());
    QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(u"carol@example.org"_s), 10000);
    // Only that message, read again from the file; its reply lines highlighted.
    QVERIFY(!text->toPlainText().contains(u"bob@example.com"_s));
    QTRY_VERIFY(!text->extraSelections().isEmpty());
    QVERIFY(text->extraSelections().first().cursor.selectedText().contains(u"5.1.1"_s));
    QCOMPARE(m_view->findChild<RecipientCard *>()->findChild<QLabel *>(u"recipient"_s)->text(),
             u"carol@example.org"_s);
}

void tst_MailboxView::gb2312MessageIsHighlighted()
{
    // Issue 19: the mailbox view mapped reply spans only for UTF-8 messages, so a GB2312, GBK
    // or Big5 bounce showed no highlight (the Decode view did). Spans are mapped in the
    // message's own charset now (DecodeJob::boxRanges).
    const QByteArray gb2312 = "From: MAILER-DAEMON@mx.example.cn\nTo: sender@example.org\n"
                              "Subject: Undelivered\nMIME-Version: 1.0\n"
                              "Content-Type: text/plain; charset=gb2312\n"
                              "Content-Transfer-Encoding: 8bit\n\n"
                              // "This is the mail system's bounce notice. Could not deliver to:"
                              "\xd5\xe2\xca\xc7\xd3\xca\xbc\xfe\xcf\xb5\xcd\xb3\xb5\xc4\xcd"
                              "\xcb\xd0\xc5\xcd\xa8\xd6\xaa\xa1\xa3\xce\xde\xb7\xa8\xcd\xb6"
                              "\xb5\xdd\xb5\xbd\xd2\xd4\xcf\xc2\xb5\xd8\xd6\xb7\xa3\xba\n\n"
                              "<erin@example.org>: host gmail-smtp-in.l.google.com[192.0.2.1] "
                              "said: 550-5.1.1 The email account that you tried to reach does "
                              "not exist. - gsmtp\n";
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(u"a.eml"_s), gb2312));
    QVERIFY(write(dir.filePath(u"b.eml"_s), gb2312));
    QVERIFY(openAndWait({dir.filePath(u"a.eml"_s), dir.filePath(u"b.eml"_s)}));
    auto *table = m_view->findChild<QTableView *>(u"mailboxTable"_s);
    auto *text = m_view->findChild<QPlainTextEdit *>(u"mailboxMessage"_s);
    table->setCurrentIndex(table->model()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(u"erin@example.org"_s), 10000);
    QTRY_VERIFY(!text->extraSelections().isEmpty());
    QVERIFY(text->extraSelections().first().cursor.selectedText().contains(u"5.1.1"_s));
}

void tst_MailboxView::filterFacetsAndCharts()
{
    QVERIFY(openAndWait({m_mbox}));
    auto *filter = m_view->findChild<QLineEdit *>(u"mailboxFilter"_s);
    QTest::keyClicks(filter, u"ann"_s);
    QCOMPARE(m_view->proxy()->rowCount(), 2);
    filter->clear();
    QCOMPARE(m_view->proxy()->rowCount(), 5);

    auto *domain = m_view->findChild<QComboBox *>(u"domainFacet"_s);
    domain->setCurrentIndex(domain->findData(u"example.org"_s));
    QCOMPARE(m_view->proxy()->rowCount(), 1);
    m_view->findChild<QPushButton *>(u"clearFilters"_s)->click();
    QCOMPARE(m_view->proxy()->rowCount(), 5);

    // A click on a bar filters the table by it.
    emit m_view->findChild<SummaryChart *>(u"outcomeChart"_s)
        ->barClicked(QString::number(int(Outcome::Temporary)));
    QCOMPARE(m_view->proxy()->rowCount(), 1);
    QCOMPARE(m_view->findChild<QComboBox *>(u"outcomeFacet"_s)->currentData().toInt(),
             int(Outcome::Temporary));
    m_view->findChild<QPushButton *>(u"clearFilters"_s)->click();
    emit m_view->findChild<SummaryChart *>(u"domainChart"_s)->barClicked(u"example.net"_s);
    QCOMPARE(m_view->proxy()->rowCount(), 1);
    m_view->findChild<QPushButton *>(u"clearFilters"_s)->click();
    SummaryChart *entries = m_view->findChild<SummaryChart *>(u"entryChart"_s);
    QVERIFY(!entries->bars().isEmpty());
    emit entries->barClicked(entries->bars().first().key);
    QCOMPARE(m_view->proxy()->rowCount(), entries->bars().first().count);
    auto *code = m_view->findChild<QComboBox *>(u"codeFacet"_s);
    m_view->findChild<QPushButton *>(u"clearFilters"_s)->click();
    code->setCurrentIndex(code->findData(u"452 4.2.2"_s));
    QCOMPARE(m_view->proxy()->rowCount(), 1);
}

void tst_MailboxView::groupByRecipient()
{
    QVERIFY(openAndWait({m_mbox}));
    auto *group = m_view->findChild<QCheckBox *>(u"groupByRecipient"_s);
    auto *table = m_view->findChild<QTableView *>(u"mailboxTable"_s);
    QVERIFY(table->isColumnHidden(MailboxModel::CountColumn));
    group->setChecked(true);
    QCOMPARE(table->model()->rowCount(), 4);
    QVERIFY(!table->isColumnHidden(MailboxModel::CountColumn));
    QCOMPARE(table->model()->index(0, MailboxModel::CountColumn).data().toInt(), 2);
    QCOMPARE(table->model()->index(0, MailboxModel::OutcomeColumn).data().toString(),
             u"Permanent"_s);
    group->setChecked(false);
    QCOMPARE(table->model()->rowCount(), 5);
}

void tst_MailboxView::exports()
{
    QVERIFY(openAndWait({m_mbox}));
    // The visible rows only: the permanent ones.
    m_view->proxy()->setOutcome(Outcome::Permanent);
    QTemporaryDir dir;
    QVERIFY(m_view->exportCsv(dir.filePath(u"a.csv"_s)));
    QFile csv(dir.filePath(u"a.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "outcome,recipient,"));
    QCOMPARE(bytes.count("\r\n"), 5); // header + 4 rows
    QVERIFY(!bytes.contains("temporary"));

    QVERIFY(m_view->exportSuppressionList(dir.filePath(u"s.txt"_s)));
    QFile list(dir.filePath(u"s.txt"_s));
    QVERIFY(list.open(QIODevice::ReadOnly));
    QCOMPARE(list.readAll(), QByteArray("ann@example.com\nbob@example.com\ncarol@example.org\n"
                                        "dan@example.net\n"));

    QVERIFY(m_view->exportJsonLines(dir.filePath(u"j.jsonl"_s)));
    QFile json(dir.filePath(u"j.jsonl"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(json.readAll().count('\n'), 4);

    QString error;
    QVERIFY(!m_view->exportCsv(u"/nonexistent/dir/a.csv"_s, &error));
    QVERIFY(!error.isEmpty());
}

void tst_MailboxView::csvExportIsTheConsoles()
{
    // Issue 19: the window's CSV export and `decode --format csv` differed in the date column
    // (the bounce's Date in the window, the original's or nothing in the console). One row
    // builder and one writer now: the same mailbox gives the same bytes.
    QList<QByteArray> messages;
    for (int i = 0; i < 12; ++i) {
        QByteArray m
            = bounce(u"user%1@example.com"_s.arg(i),
                     QString::fromLatin1(i % 3 ? permanentReply() : temporaryReply()),
                     u"Tue, %1 Dec 2026 08:%2:00 +0800"_s.arg(i + 1).arg(i, 2, 10, QChar(u'0')));
        if (i % 2) // some quote their original, with a date of its own
            m += "\n------ Original message ------\nFrom: sender@example.org\n"
                 "Date: Sun, 1 Nov 2026 00:00:00 +0000\nSubject: hello, \"world\"\n";
        messages << m;
    }
    const QString path = m_dir.filePath(u"dates.mbox"_s);
    QVERIFY(write(path, mbox(messages)));
    QVERIFY(openAndWait({path}));
    QTemporaryDir dir;
    QVERIFY(m_view->exportCsv(dir.filePath(u"window.csv"_s)));
    QFile window(dir.filePath(u"window.csv"_s));
    QVERIFY(window.open(QIODevice::ReadOnly));
    const QByteArray fromWindow = window.readAll();

    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QCOMPARE(DecodeCommand::run(*m_table, {u"decode"_s, u"--format"_s, u"csv"_s, path}, u"en"_s,
                                outStream, errStream),
             0);
    outStream.flush();
    QCOMPARE(fromWindow.count("\r\n"), 13);
    QVERIFY(fromWindow.contains("2026-12-01T08:00:00"));
    QVERIFY(!fromWindow.contains("2026-11-01")); // the bounce's date, not the original's
    QCOMPARE(fromWindow, out.toUtf8());
}

void tst_MailboxView::escapeCancelsAndKeepsRows()
{
    const QString path = m_dir.filePath(u"cancel.mbox"_s);
    QVERIFY(write(path, syntheticMbox(8000, 8000)));
    QSignalSpy finished(m_view, &MailboxView::finished);
    m_view->open({path});
    auto *cancel = m_view->findChild<QPushButton *>(u"mailboxCancel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowCount() > 0, 60000);
    QVERIFY(m_view->isBusy());
    QVERIFY(cancel->isVisible());
    QTest::keyClick(m_view->findChild<QTableView *>(u"mailboxTable"_s), Qt::Key_Escape);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    const int rows = m_view->model()->rowCount();
    QVERIFY(rows > 0);
    QVERIFY2(rows < 8000, qPrintable(QString::number(rows)));
    QVERIFY(!cancel->isVisible());
    QVERIFY(m_view->findChild<QLabel *>(u"mailboxTitle"_s)->text().startsWith(u"Cancelled"_s));
}

void tst_MailboxView::tenThousandMessagesWhileTheGuiTicks()
{
    const QString path = m_dir.filePath(u"ten-thousand.mbox"_s);
    QVERIFY(write(path, syntheticMbox(10000, 2500)));
    StallMeter meter;
    QVERIFY(openAndWait({path}, 280000));
    QCOMPARE(m_view->model()->rowCount(), 10000);
    QCOMPARE(m_view->proxy()->rowCount(), 10000);
    // The GUI thread kept serving its timer all along (no count of ticks is guessed: it fired,
    // repeatedly, while the rows came in).
    QVERIFY2(meter.ticks() >= 10, qPrintable(QString::number(meter.ticks())));
    qInfo("10,000 messages: %d timer ticks, longest gap %lld ms", meter.ticks(),
          meter.longestGap());
}

void tst_MailboxView::smallInputNeverStallsTheGui()
{
    const QString path = m_dir.filePath(u"small.mbox"_s);
    QVERIFY(write(path, syntheticMbox(4000, 500)));
    StallMeter meter;
    QVERIFY(openAndWait({path}));
    QCOMPARE(m_view->model()->rowCount(), 4000);
    // The goal is 50 ms (measured by the benchmark). The bound is on the GUI thread's own CPU
    // time between two ticks, so a busy machine cannot make it fail, and generous enough for a
    // sanitizer build; decoding these 4,000 messages on the GUI thread would exceed it.
#ifndef __SANITIZE_ADDRESS__ // 20x slower allocations under ASan: the bound means nothing there
    QVERIFY2(meter.longestWork() < 150, qPrintable(QString::number(meter.longestWork())));
#endif
    qInfo("4,000 messages: longest GUI-thread work between ticks %lld ms, longest gap %lld ms",
          meter.longestWork(), meter.longestGap());
}

void tst_MailboxView::windowRoutesMailboxes()
{
    LanguageManager languages;
    languages.setChoice(u"en"_s);
    MainWindow window(&*m_table, &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = window.findChild<QStackedWidget *>(u"decodePage"_s);
    QVERIFY(page);
    QSignalSpy finished(window.mailboxView(), &MailboxView::finished);
    // File > Export Mailbox: disabled until a mailbox lists rows.
    auto *exportMenu = window.findChild<QMenu *>(u"exportMenu"_s);
    QVERIFY(exportMenu);
    auto *fileMenu = qobject_cast<QMenu *>(exportMenu->parent());
    QVERIFY(fileMenu);
    emit fileMenu->aboutToShow();
    QVERIFY(!exportMenu->isEnabled());
    QCOMPARE(exportMenu->actions().size(), 3);
    // An mbox, a folder, several files: the mailbox page.
    QVERIFY(window.openFiles({m_mbox}));
    QCOMPARE(page->currentWidget(), window.mailboxView());
    QCOMPARE(window.mailboxView()->paths(), QStringList{m_mbox});
    QVERIFY(finished.wait(60000));
    emit fileMenu->aboutToShow();
    QVERIFY(exportMenu->isEnabled());
    QVERIFY(exportMenu->actions().constFirst()->isEnabled());
    const QString eml = QFINDTESTDATA("data/bounces/postfix-two-recipients.eml");
    QVERIFY(window.openFiles({eml, eml}));
    QCOMPARE(page->currentWidget(), window.mailboxView());
    QVERIFY(finished.wait(60000));
    QCOMPARE(window.mailboxView()->model()->rowCount(), 4);
    // One bounce: the paste box and its cards.
    QVERIFY(window.openFiles({eml}));
    QCOMPARE(page->currentWidget(), window.decodeView());
    // Back from the mailbox page.
    window.openFiles({m_dir.path()});
    QCOMPARE(page->currentWidget(), window.mailboxView());
    window.mailboxView()->findChild<QPushButton *>(u"mailboxSingle"_s)->click();
    QCOMPARE(page->currentWidget(), window.decodeView());
    // Several files dropped on the paste box: the mailbox page, not the box.
    auto *box = window.findChild<QPlainTextEdit *>(u"pasteBox"_s);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(eml), QUrl::fromLocalFile(m_mbox)});
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(box->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QCoreApplication::sendEvent(box->viewport(), &drop);
    QCOMPARE(page->currentWidget(), window.mailboxView());
    QCOMPARE(window.mailboxView()->paths(), (QStringList{eml, m_mbox}));
    QVERIFY(finished.wait(60000));
    QCOMPARE(window.mailboxView()->model()->rowCount(), 7);
}

void tst_MailboxView::chartLabelsFitTheChart()
{
    // Qt Charts clips category labels wider than its label column on the left: labels are
    // elided to the chart's width, and again when it is resized.
    SummaryChart chart;
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QString longLabel = u"the recipient's account is disabled or inactive"_s;
    chart.setBars({{longLabel, u"a"_s, 5, {}}, {u"short"_s, u"b"_s, 3, {}}});
    QCOMPARE(chart.shownLabels().size(), 2);
    // Each label ends with its bar's value.
    QCOMPARE(chart.shownLabels().at(1), u"short 3"_s);
    QVERIFY(chart.shownLabels().at(0).endsWith(u" 5"_s));
    const QString wide = chart.shownLabels().first();
    for (const int width : {600, 220, 160}) {
        chart.resize(width, 300);
        QTRY_COMPARE(chart.width(), width);
        QFont small = chart.font();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        const QString shown = chart.shownLabels().first();
        QVERIFY2(QFontMetrics(small).horizontalAdvance(shown) <= width * 0.4,
                 qPrintable(QString::number(width) + u": "_s + shown));
        if (width < 600)
            QVERIFY(shown.size() < wide.size() || wide.size() < longLabel.size());
    }
}

void tst_MailboxView::whatToFixAndAddressActions()
{
    const QString box = QFINDTESTDATA("data/actions/mixed-causes.mbox");
    QVERIFY(openAndWait({box}));
    // The "What to fix" panel: the six fix-sending recipients, with the records to check.
    auto *panel = m_view->findChild<SenderReportView *>();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->report().total(), 6);
    QVERIFY(panel->text().contains(u"dig +short TXT _dmarc.shop.example.com"_s));
    QVERIFY(panel->commands().contains(u"dig +short -x 203.0.113.44\n"_s));
    auto *text = panel->findChild<QPlainTextEdit *>(u"senderReportText"_s);
    QCOMPARE(text->toPlainText(), panel->text());
    // Folded to its summary row until asked, and the choice is remembered.
    QSettings().remove(u"mailbox/senderReportShown"_s);
    SenderReportView folded(&*m_table);
    QVERIFY(!folded.isExpanded());
    auto *details = panel->findChild<QToolButton *>(u"senderReportDetails"_s);
    details->setChecked(false);
    QVERIFY(!text->isVisible());
    details->click();
    QVERIFY(text->isVisible());
    QVERIFY(SenderReportView(&*m_table).isExpanded());
    details->click();
    QVERIFY(!text->isVisible());

    // The table's action column and the card's plain line.
    const MailboxModel *model = m_view->model();
    QCOMPARE(model->index(0, MailboxModel::AddressActionColumn).data().toString(),
             u"Stop mailing"_s);
    QCOMPARE(model->headerData(MailboxModel::AddressActionColumn, Qt::Horizontal).toString(),
             u"Action"_s);
    int dmarcRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, MailboxModel::RecipientColumn).data().toString()
            == u"chen.jie@gmail.com"_s)
            dmarcRow = row;
    }
    QVERIFY(dmarcRow >= 0);
    QCOMPARE(model->index(dmarcRow, 0).data(MailboxModel::AddressActionRole).toString(),
             u"fix-sending"_s);
    auto *table = m_view->findChild<QTableView *>(u"mailboxTable"_s);
    table->setCurrentIndex(m_view->proxy()->mapFromSource(model->index(dmarcRow, 0)));
    QTRY_VERIFY(m_view->findChild<RecipientCard *>());
    QTRY_COMPARE(m_view->findChild<RecipientCard *>()
                     ->findChild<QLabel *>(u"addressAction"_s)
                     ->text()
                     .remove(QChar(0x200B)),
                 u"Fix your sending first (DMARC for shop.example.com), then resend"_s);

    // The window's suppression list is the console's, byte for byte.
    QTemporaryDir dir;
    QVERIFY(m_view->exportSuppressionList(dir.filePath(u"s.txt"_s)));
    QFile list(dir.filePath(u"s.txt"_s));
    QVERIFY(list.open(QIODevice::ReadOnly));
    QString console, err;
    QTextStream os(&console), es(&err);
    QCOMPARE(
        DecodeCommand::run(*m_table, {u"decode"_s, u"--suppression-list"_s, box}, u"en"_s, os, es),
        0);
    QCOMPARE(list.readAll(), console.toUtf8());
    QVERIFY(console.contains(u"tomas.novak@gmail.com\n"_s));
    QVERIFY(!console.contains(u"chen.jie"_s));
    // With retry addresses failing for N days or more: the console's --suppression-retry-days N.
    auto *retry = m_view->findChild<QAction *>(u"suppressionRetryAction"_s);
    QVERIFY(retry);
    QSettings().remove(u"mailbox/suppressionRetryDays"_s);
    QCOMPARE(MailboxView(&*m_table).suppressionRetryDays(), -1); // off by default
    for (const int n : {0, 30}) {
        m_view->setSuppressionRetryDays(n);
        QVERIFY(retry->isChecked());
        const QString file = dir.filePath(u"retry%1.txt"_s.arg(n));
        QVERIFY(m_view->exportSuppressionList(file));
        QFile withRetry(file);
        QVERIFY(withRetry.open(QIODevice::ReadOnly));
        QString consoleRetry;
        QTextStream cs(&consoleRetry);
        QCOMPARE(DecodeCommand::run(*m_table,
                                    {u"decode"_s, u"--suppression-list"_s,
                                     u"--suppression-retry-days"_s, QString::number(n), box},
                                    u"en"_s, cs, es),
                 0);
        QCOMPARE(withRetry.readAll(), consoleRetry.toUtf8());
        // priya.nair failed once with 452 4.2.2 (retry): a span of 0 days.
        QCOMPARE(consoleRetry.contains(u"priya.nair@gmail.com\n"_s), n == 0);
    }
    QCOMPARE(MailboxView(&*m_table).suppressionRetryDays(), 30); // remembered
    // Unchecking the menu's action turns it off (no dialog then).
    retry->trigger();
    QVERIFY(!retry->isChecked());
    QCOMPARE(m_view->suppressionRetryDays(), -1);
    QCOMPARE(MailboxView(&*m_table).suppressionRetryDays(), -1);
    QVERIFY(m_view->exportSuppressionList(dir.filePath(u"s.csv"_s)));
    QFile csv(dir.filePath(u"s.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().startsWith("\xEF\xBB\xBF"
                                     "address,reason,entry,date,file\r\n"));
}

void tst_MailboxView::chartTooltipNamesTheBar()
{
    SummaryChart chart;
    chart.resize(300, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QString longLabel = u"the recipient's account is disabled or inactive"_s;
    chart.setBars({{longLabel, u"a"_s, 5, {}}, {u"short"_s, u"b"_s, 3, {}}});
    QVERIFY(chart.shownLabels().first().size() < longLabel.size() + 2); // elided
    // The top row (its label included: x = 2) is the first bar, the bottom one the second.
    const QRectF plot = chart.chart()->plotArea();
    const QPoint top = chart.mapFromScene(QPointF(2, plot.top() + plot.height() * 0.25));
    const QPoint bottom = chart.mapFromScene(QPointF(2, plot.top() + plot.height() * 0.75));
    QCOMPARE(chart.barAt(top), 0);
    QCOMPARE(chart.barAt(bottom), 1);
    QCOMPARE(chart.barAt(chart.mapFromScene(QPointF(2, plot.bottom() + 20))), -1);
    QTextDocument tip;
    tip.setHtml(chart.tooltip(0));
    QCOMPARE(tip.toPlainText(), longLabel + u": 5"_s);
    // The chart follows the palette (a dark one here), not Qt Charts' own white theme.
    QPalette dark = chart.palette();
    dark.setColor(QPalette::Base, QColor(0x2d, 0x2d, 0x2d));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    chart.setPalette(dark);
    QCOMPARE(chart.chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    QCOMPARE(chart.chart()->titleBrush().color(), dark.color(QPalette::Text));
    // Markup in a label is shown as text.
    chart.setBars({{u"<b>x</b>"_s, u"a"_s, 1, {}}});
    tip.setHtml(chart.tooltip(0));
    QCOMPARE(tip.toPlainText(), u"<b>x</b>: 1"_s);
}

void tst_MailboxView::pageFitsAt800x500AfterViewSwitches_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("whatToFix");
    QTest::newRow("en") << u"en"_s << false;
    QTest::newRow("zh_CN") << u"zh_CN"_s << false;
    QTest::newRow("zh_TW") << u"zh_TW"_s << false;
    // With the "What to fix" panel shown under the table (a mailbox with fix-sending recipients).
    QTest::newRow("en what to fix") << u"en"_s << true;
    QTest::newRow("zh_CN what to fix") << u"zh_CN"_s << true;
    QTest::newRow("zh_TW what to fix") << u"zh_TW"_s << true;
}

void tst_MailboxView::pageFitsAt800x500AfterViewSwitches()
{
    QFETCH(QString, language);
    QFETCH(bool, whatToFix);
    QSettings().clear();
    const QString mbox = whatToFix ? QFINDTESTDATA("data/actions/mixed-causes.mbox") : m_mbox;
    LanguageManager languages;
    languages.setChoice(language);
    MainWindow window(&*m_table, &languages);
    window.resize(800, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.mailboxView(), &MailboxView::finished);
    QVERIFY(window.openFiles({mbox}));
    QVERIFY(finished.wait(60000));
    MailboxView *view = window.mailboxView();
    auto *panel = view->findChild<SenderReportView *>();
    QTRY_COMPARE(panel->isVisible(), whatToFix);
    auto *filters = view->findChild<QWidget *>(u"mailboxFilters"_s);
    auto *table = view->findChild<QTableView *>(u"mailboxTable"_s);
    auto *card = view->findChild<QScrollArea *>(u"mailboxCard"_s);
    auto *message = view->findChild<QPlainTextEdit *>(u"mailboxMessage"_s);
    QTRY_VERIFY(view->findChild<RecipientCard *>());
    const auto rectIn = [&](QWidget *w) {
        return QRect(w->mapTo(&window, QPoint()), w->size());
    };
    const auto check = [&](const char *when) {
        QCOMPARE(window.size(), QSize(800, 500));
        // One scroll level: no page scroll area around the table.
        for (QWidget *w = table->parentWidget(); w && w != &window; w = w->parentWidget())
            QVERIFY2(!qobject_cast<QScrollArea *>(w), when);
        const QRect inside = rectIn(window.centralWidget());
        for (QWidget *w : std::initializer_list<QWidget *>{table, card, message}) {
            QVERIFY2(inside.contains(rectIn(w)),
                     qPrintable(w->objectName() + u' ' + QLatin1String(when)));
            QVERIFY2(w->isVisible(), when);
        }
        // Rows of the table, the card and lines of the message are on screen.
        QVERIFY2(table->viewport()->height() >= 3 * table->verticalHeader()->defaultSectionSize(),
                 when);
        QVERIFY2(card->height() >= 60, when);
        // The filters above the table, not under it.
        QVERIFY2(rectIn(filters).bottom() < rectIn(table).top(), when);
        if (whatToFix) { // its summary row on screen, under the table
            QVERIFY2(inside.contains(rectIn(panel)), when);
            QVERIFY2(rectIn(panel).top() > rectIn(table).bottom(), when);
        }
        QVERIFY2(message->height() >= 3 * message->fontMetrics().height(), when);
        // Each facet label on the line of its combo box.
        for (const char *facet : {"outcomeFacet", "reasonFacet", "domainFacet", "codeFacet"}) {
            auto *combo = view->findChild<QComboBox *>(QString::fromLatin1(facet));
            auto *label = qobject_cast<QLabel *>(combo->parentWidget()->findChild<QLabel *>());
            QVERIFY2(label && label->buddy() == combo, facet);
            QVERIFY2(std::abs(rectIn(label).center().y() - rectIn(combo).center().y()) < 4, facet);
        }
    };
    if (qEnvironmentVariableIsSet("BOUNCELENS_DUMP")) {
        for (QWidget *w : view->findChildren<QWidget *>()) {
            if (w->isVisible() && !w->objectName().isEmpty()
                && !w->objectName().startsWith(u"qt_"_s))
                qInfo() << w->objectName() << rectIn(w) << w->minimumSizeHint() << w->minimumSize();
        }
        qInfo() << "central" << rectIn(window.centralWidget()) << rectIn(view);
    }
    check("after loading");
    const QRect before = rectIn(message);
    window.showBrowse();
    QCoreApplication::processEvents();
    window.showDecode();
    QCoreApplication::processEvents();
    check("after Ctrl+1, Ctrl+2");
    // The message pane keeps its place and size (a line's height at most).
    QVERIFY2(std::abs(rectIn(message).height() - before.height()) <= message->fontMetrics().height()
                 && rectIn(message).bottom() == before.bottom(),
             qPrintable(u"%1 -> %2"_s.arg(before.height()).arg(rectIn(message).height())));
    if (!whatToFix)
        return;
    // Details unfolds the report with room for its lines; folding gives the room back.
    auto *details = panel->findChild<QToolButton *>(u"senderReportDetails"_s);
    auto *report = panel->findChild<QPlainTextEdit *>(u"senderReportText"_s);
    details->click();
    QVERIFY(report->isVisible());
    QTRY_VERIFY2(report->height() >= 3 * report->fontMetrics().lineSpacing(),
                 qPrintable(QString::number(report->height())));
    QVERIFY(rectIn(window.centralWidget()).contains(rectIn(panel)));
    details->click();
    QVERIFY(!report->isVisible());
    check("after Details twice");
}

void tst_MailboxView::summaryCollapsesAndIsRemembered()
{
    auto *toggle = m_view->findChild<QToolButton *>(u"summaryToggle"_s);
    auto *summary = m_view->findChild<QWidget *>(u"mailboxSummary"_s);
    QVERIFY(toggle && summary);
    toggle->setChecked(true);
    QVERIFY(summary->isVisible());
    toggle->click();
    QVERIFY(!toggle->isChecked());
    QVERIFY(!summary->isVisible());
    // Remembered: a new view starts folded.
    MailboxView other(&*m_table);
    other.show();
    QVERIFY(!other.findChild<QToolButton *>(u"summaryToggle"_s)->isChecked());
    QVERIFY(!other.findChild<QWidget *>(u"mailboxSummary"_s)->isVisible());
    toggle->click();
    QVERIFY(summary->isVisible());
}

void tst_MailboxView::summaryTableIsTheChartsAlternative()
{
    QVERIFY(openAndWait({m_mbox}));
    m_view->findChild<QToolButton *>(u"summaryToggle"_s)->setChecked(true);
    auto *asTable = m_view->findChild<QToolButton *>(u"summaryAsTable"_s);
    auto *table = m_view->findChild<QTableWidget *>(u"summaryTable"_s);
    asTable->setChecked(true);
    QVERIFY(table->isVisible());
    QVERIFY(table->focusPolicy() & Qt::TabFocus);
    int bars = 0;
    for (auto *chart : m_view->findChildren<SummaryChart *>())
        bars += int(chart->bars().size());
    QCOMPARE(table->rowCount(), bars);
    // The outcome rows first: "Permanent 4", "Temporary 1".
    QCOMPARE(table->item(0, 2)->text(), u"4"_s);
    // Enter on a row filters as a click on its bar does.
    table->setFocus();
    table->setCurrentCell(1, 0);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_view->proxy()->rowCount(), 1);
    asTable->setChecked(false);
}

void tst_MailboxView::readableModeInTheMailbox()
{
    // A Chinese quoted-printable Gmail bounce and a Big5 one, in one mbox.
    QFile qp(QFINDTESTDATA("data/bounces/gmail-zh-address-not-found-utf8-qp.eml"));
    QFile big5(QFINDTESTDATA("data/bounces/big5-zh-tw-gmail-not-authorized.eml"));
    QVERIFY(qp.open(QIODevice::ReadOnly) && big5.open(QIODevice::ReadOnly));
    const QString path = m_dir.filePath(u"chinese.mbox"_s);
    QVERIFY(write(path, mbox({qp.readAll(), big5.readAll()})));
    QVERIFY(openAndWait({path}));
    auto *table = m_view->findChild<QTableView *>(u"mailboxTable"_s);
    auto *readable = m_view->findChild<QPlainTextEdit *>(u"mailboxReadable"_s);
    auto *source = m_view->findChild<QPlainTextEdit *>(u"mailboxMessage"_s);
    m_view->findChild<QToolButton *>(u"mailboxReadableButton"_s)->click();
    QVERIFY(m_view->isReadable());
    QCOMPARE(QSettings().value(u"decode/view"_s).toString(), u"readable"_s);
    for (int row = 0; row < 2; ++row) {
        table->setCurrentIndex(table->model()->index(row, 0));
        const QString code
            = table->model()->index(row, MailboxModel::ReplyCodeColumn).data().toString();
        QTRY_VERIFY_WITH_TIMEOUT(!readable->extraSelections().isEmpty(), 10000);
        QVERIFY(readable->isVisible());
        // Decoded: no quoted-printable escapes left, CJK text, the reply highlighted.
        QVERIFY(!readable->toPlainText().contains(u"=E6"_s));
        const QString text = readable->toPlainText();
        QVERIFY(std::any_of(text.begin(), text.end(),
                            [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() < 0xa000; }));
        QVERIFY2(readable->extraSelections().first().cursor.selectedText().contains(code),
                 qPrintable(readable->extraSelections().first().cursor.selectedText()));
        // Source: the Big5 reply highlighted too (not only UTF-8 files).
        QVERIFY2(!source->extraSelections().isEmpty(), qPrintable(QString::number(row)));
        readable->clear();
    }
    m_view->findChild<QToolButton *>(u"mailboxSourceButton"_s)->click();
    QVERIFY(!m_view->isReadable());
    QVERIFY(source->isVisible());
}

void tst_MailboxView::openInDecodeViewKeepsTheMailbox()
{
    QSettings().clear();
    LanguageManager languages;
    languages.setChoice(u"en"_s);
    MainWindow window(&*m_table, &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.mailboxView(), &MailboxView::finished);
    QVERIFY(window.openFiles({m_mbox}));
    QVERIFY(finished.wait(60000));
    auto *page = window.findChild<QStackedWidget *>(u"decodePage"_s);
    auto *table = window.mailboxView()->findChild<QTableView *>(u"mailboxTable"_s);
    table->setCurrentIndex(table->model()->index(2, 0));
    auto *open = window.mailboxView()->findChild<QPushButton *>(u"openInDecode"_s);
    QTRY_VERIFY(open->isEnabled());
    QSignalSpy decoded(window.decodeView(), &DecodeView::decoded);
    open->click();
    QCOMPARE(page->currentWidget(), window.decodeView());
    QVERIFY(decoded.wait(20000));
    // Only the selected message.
    QCOMPARE(window.decodeView()->results().size(), 1);
    QCOMPARE(window.decodeView()->results().first().recipients.first().recipient,
             u"carol@example.org"_s);
    auto *back = window.decodeView()->findChild<QPushButton *>(u"backToMailbox"_s);
    QVERIFY(back->isVisible());
    back->click();
    QCOMPARE(page->currentWidget(), window.mailboxView());
    QCOMPARE(window.mailboxView()->model()->rowCount(), 5);
    QCOMPARE(table->currentIndex().row(), 2);
    // "Decode One Bounce" keeps it loaded as well.
    window.mailboxView()->findChild<QPushButton *>(u"mailboxSingle"_s)->click();
    QCOMPARE(page->currentWidget(), window.decodeView());
    QVERIFY(back->isVisible());
    QCOMPARE(window.mailboxView()->model()->rowCount(), 5);
    // Recent Files lists the mailbox.
    QCOMPARE(window.recentFiles().value(0), QFileInfo(m_mbox).absoluteFilePath());
}

void tst_MailboxView::staleCardHidden()
{
    QVERIFY(openAndWait({m_mbox}));
    auto *table = m_view->findChild<QTableView *>(u"mailboxTable"_s);
    auto *text = m_view->findChild<QPlainTextEdit *>(u"mailboxMessage"_s);
    table->setCurrentIndex(table->model()->index(2, 0)); // carol
    QTRY_VERIFY(m_view->findChild<RecipientCard *>());
    QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(u"carol@example.org"_s), 10000);
    // Filtered away: the card follows the table's current row, never a hidden one.
    auto *filter = m_view->findChild<QLineEdit *>(u"mailboxFilter"_s);
    filter->setText(u"bob"_s);
    QCOMPARE(m_view->proxy()->rowCount(), 1);
    const auto shownRecipient = [this] {
        auto *card = m_view->findChild<RecipientCard *>();
        return card ? card->findChild<QLabel *>(u"recipient"_s)->text() : QString();
    };
    QTRY_VERIFY(shownRecipient() != u"carol@example.org"_s);
    QVERIFY(!text->toPlainText().contains(u"carol@example.org"_s));
    // Nothing left: no card, no message.
    filter->setText(u"nobody-matches-this"_s);
    QCOMPARE(m_view->proxy()->rowCount(), 0);
    QTRY_VERIFY(!m_view->findChild<RecipientCard *>());
    QVERIFY(text->toPlainText().isEmpty());
    QVERIFY(!m_view->findChild<QPushButton *>(u"openInDecode"_s)->isEnabled());
}

namespace {

// Interactive roles: what a keyboard or screen-reader user operates.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::Chart:
        return true;
    default:
        return false;
    }
}

// Every visible interactive interface under `root` without a name or a description.
QStringList unnamed(QAccessibleInterface *root, int depth = 0)
{
    QStringList missing;
    if (!root || depth > 40)
        return missing;
    const QAccessible::State state = root->state();
    if (!state.invisible && isInteractive(root->role())) {
        const QString what = root->object() ? root->object()->objectName() : QString();
        if (root->text(QAccessible::Name).trimmed().isEmpty())
            missing << u"no name: "_s + what + u" role "_s + QString::number(root->role());
        else if (root->role() != QAccessible::PageTab
                 && root->text(QAccessible::Description).trimmed().isEmpty()
                 && root->role() != QAccessible::EditableText)
            missing << u"no description: "_s + what + u" ("_s + root->text(QAccessible::Name)
                           + u')';
    }
    // Items of a table are named by their cells; the widgets are what matter here.
    if (root->role() == QAccessible::Table || root->role() == QAccessible::List)
        return missing;
    for (int i = 0; i < root->childCount(); ++i)
        missing += unnamed(root->child(i), depth + 1);
    return missing;
}

} // namespace

void tst_MailboxView::everyInteractiveWidgetIsNamed()
{
    for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
        QSettings().clear();
        LanguageManager languages;
        languages.setChoice(language);
        MainWindow window(&*m_table, &languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(window.mailboxView(), &MailboxView::finished);
        QVERIFY(window.openFiles({m_mbox}));
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY(window.mailboxView()->findChild<RecipientCard *>());
        QAccessible::setActive(true);
        // The three views in turn: Browse, the mailbox, the Decode view with cards.
        window.showBrowse();
        QStringList missing = unnamed(QAccessible::queryAccessibleInterface(&window));
        window.showDecode();
        missing += unnamed(QAccessible::queryAccessibleInterface(&window));
        window.decodeView()->setInputText(QString::fromLatin1(
            bounce(u"ann@example.com"_s, QString::fromLatin1(permanentReply()))));
        window.findChild<QStackedWidget *>(u"decodePage"_s)->setCurrentWidget(window.decodeView());
        QTRY_VERIFY(window.decodeView()->findChild<RecipientCard *>());
        missing += unnamed(QAccessible::queryAccessibleInterface(&window));
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(language + u": "_s + missing.join(u"; "_s)));
        // Cards say verdict, address and code as text.
        auto *card = window.decodeView()->findChild<RecipientCard *>();
        QAccessibleInterface *cardInterface = QAccessible::queryAccessibleInterface(card);
        QVERIFY(cardInterface->text(QAccessible::Name).contains(u"ann@example.com"_s));
        QVERIFY(cardInterface->text(QAccessible::Name).contains(u"5.1.1"_s));
    }
}

void tst_MailboxView::filterFoldsTraditionalAndSimplified()
{
    QVERIFY(openAndWait({m_mbox}));
    m_view->setLanguage(u"zh_CN"_s);
    // ann's first bounce: the temporary "out of storage" reply; its text in both scripts finds
    // it in the Simplified interface.
    const QString id = m_view->model()->index(0, 0).data(MailboxModel::EntryIdRole).toString();
    const CodeEntry &e = m_table->at(m_table->indexOf(id));
    auto *filter = m_view->findChild<QLineEdit *>(u"mailboxFilter"_s);
    for (const QString &language : {u"zh_CN"_s, u"zh_TW"_s}) {
        const QString words = e.text.value(language).left(4);
        QVERIFY(words.size() == 4 && TextFolding::isWide(words.at(0)));
        filter->setText(words);
        QVERIFY2(m_view->proxy()->rowCount() >= 1, qPrintable(language));
        QCOMPARE(m_view->proxy()->index(0, 0).data(MailboxModel::EntryIdRole).toString(), id);
    }
    // Full-width letters and digits as a Chinese input method types them.
    filter->setText(u"\uFF41\uFF4E\uFF4E"_s);
    QCOMPARE(m_view->proxy()->rowCount(), 2);
}

void tst_MailboxView::emptyFolderSaysNoMessages()
{
    QTemporaryDir empty;
    QVERIFY(openAndWait({empty.path()}));
    const QString title = m_view->findChild<QLabel *>(u"mailboxTitle"_s)->text();
    QVERIFY2(title.startsWith(u"No messages found"_s), qPrintable(title));
    QVERIFY(!title.contains(u"Messages: 1"_s));
    // Its row says why, and nothing is read from the folder as if it were a file.
    auto *table = m_view->findChild<QTableView *>(u"mailboxTable"_s);
    table->setCurrentIndex(table->model()->index(0, 0));
    auto *text = m_view->findChild<QPlainTextEdit *>(u"mailboxMessage"_s);
    QTRY_VERIFY(!text->toPlainText().isEmpty());
    QVERIFY2(!text->toPlainText().contains(u"directory"_s), qPrintable(text->toPlainText()));
}

void tst_MailboxView::tiesKeepTheMailboxOrderOnScreenAndInExports()
{
    QVERIFY(openAndWait({m_mbox}));
    auto *table = m_view->findChild<QTableView *>(u"mailboxTable"_s);
    const QAbstractItemModel *model = table->model();
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        table->sortByColumn(MailboxModel::DomainColumn, order);
        // example.com: ann (temporary), bob, ann again, in the mailbox's order either way.
        QStringList comRows;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, MailboxModel::DomainColumn).data().toString() == u"example.com"_s)
                comRows << model->index(row, MailboxModel::RecipientColumn).data().toString();
        }
        QCOMPARE(comRows,
                 (QStringList{u"ann@example.com"_s, u"bob@example.com"_s, u"ann@example.com"_s}));
        // The export lists the rows as the screen does.
        const QList<MailboxExport::Record> records = m_view->proxy()->visibleRecords();
        QCOMPARE(records.size(), model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto &r = records.at(row);
            QCOMPARE(r.message->recipients.at(r.recipient).recipient,
                     model->index(row, MailboxModel::RecipientColumn).data().toString());
        }
    }
}

QTEST_MAIN(tst_MailboxView)
#include "tst_mailboxview.moc"
