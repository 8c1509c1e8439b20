// bench_table [--rows N]
// The mailbox table's interactions on the GUI thread with N rows (default 12,000): sorting by
// each column, grouping by recipient and back, and filter keystrokes, each timed as the call
// that the view makes on the GUI thread (the proxy sorts and filters synchronously). The
// mailbox is synthetic (MailboxTestData: Postfix bounces of Gmail replies, every third
// temporary), decoded by MailboxView itself on the offscreen platform.
#include "codes/codetable.h"
#include "mailbox/mailboxfilterproxy.h"
#include "mailbox/mailboxmodel.h"
#include "mailboxtestdata.h"
#include "ui/mailboxview.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace BounceLens;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

// The GUI thread's CPU time for the call and what the view does in reaction (painting aside):
// its own work, whatever the load of the machine (the longest wall time is printed too).
double g_wallMs = 0;
template<typename F>
double millis(F &&f)
{
    QElapsedTimer t;
    t.start();
    const double cpu = threadCpuMs();
    f();
    QCoreApplication::processEvents();
    g_wallMs = std::max(g_wallMs, double(t.nsecsElapsed()) / 1e6);
    return threadCpuMs() - cpu;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int rows = 12000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--rows")); i > 0 && i + 1 < args.size())
        rows = args.at(i + 1).toInt();

    QString error;
    const auto table = CodeTable::loadBuiltIn(&error);
    if (!table) {
        out() << error << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    const QString mbox = dir.filePath(QStringLiteral("table.mbox"));
    MailboxTestData::write(mbox, MailboxTestData::syntheticMbox(rows, rows * 9 / 10));
    MailboxView view(&*table);
    view.resize(1400, 900);
    view.show();
    QSignalSpy finished(&view, &MailboxView::finished);
    view.open({mbox});
    if (!finished.wait(300000))
        return 1;
    auto *tableView = view.findChild<QTableView *>(QStringLiteral("mailboxTable"));
    auto *filter = view.findChild<QLineEdit *>(QStringLiteral("mailboxFilter"));
    auto *group = view.findChild<QCheckBox *>(QStringLiteral("groupByRecipient"));
    out() << "rows: " << view.model()->rowCount() << Qt::endl;

    double worstSort = 0;
    for (int column = 0; column < MailboxModel::ColumnCount; ++column) {
        if (tableView->isColumnHidden(column))
            continue;
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const double ms = millis([&] { tableView->sortByColumn(column, order); });
            worstSort = std::max(worstSort, ms);
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                out() << "  column " << column << (order == Qt::AscendingOrder ? " up " : " down ")
                      << ms << " ms" << Qt::endl;
        }
    }
    tableView->sortByColumn(MailboxModel::RecipientColumn, Qt::AscendingOrder);
    const double groupOn = millis([&] { group->setChecked(true); });
    const double groupOff = millis([&] { group->setChecked(false); });
    double worstKey = 0;
    QString typed;
    for (const QChar c : QStringLiteral("user12")) {
        typed += c;
        worstKey = std::max(worstKey, millis([&] { filter->setText(typed); }));
    }
    worstKey = std::max(worstKey, millis([&] { filter->clear(); }));
    out() << QStringLiteral("GUI-thread CPU time:\n"
                            "sort (worst column and order): %1 ms\n"
                            "group by recipient: %2 ms, ungroup: %3 ms\n"
                            "filter keystroke (worst of 7): %4 ms\n"
                            "longest wall time of any of them: %5 ms")
                 .arg(worstSort, 0, 'f', 1)
                 .arg(groupOn, 0, 'f', 1)
                 .arg(groupOff, 0, 'f', 1)
                 .arg(worstKey, 0, 'f', 1)
                 .arg(g_wallMs, 0, 'f', 1)
          << Qt::endl;
    return 0;
}
