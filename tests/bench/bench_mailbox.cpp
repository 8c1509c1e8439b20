// bench_mailbox [--mbox FILE] [--repeat N]
// The mailbox view against the console on the same mbox, side by side in one run: the time until
// every message is listed in the window (MailboxView on the offscreen platform, charts and all)
// and the time of `bouncelens decode --json FILE` (the whole process); the same for a quarter of
// the file (linearity); the peak resident memory of this process; the longest stall of the GUI
// thread (a 5 ms timer on it records the longest gap between two firings, and how much of it the
// GUI thread spent working rather than waiting for a CPU); and how long Cancel
// takes to stop a run. FILE defaults to /tmp/bench/bounces-50mb.mbox, which
// `bench_decoder --generate /tmp/bench` writes.
#include "codes/codetable.h"
#include "decoder/bouncedecoder.h"
#include "mailbox/mailboxmodel.h"
#include "ui/mailboxview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>

using namespace BounceLens;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// CPU time of the calling thread: a stall with little of it was the OS's, not the GUI's work.
qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// The first quarter of an mbox, cut at a separator line.
QString quarterOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    qsizetype cut = all.indexOf("\nFrom ", all.size() / 4);
    while (cut >= 0 && !BounceDecoder::isMbox(all.mid(cut + 1, 1000)))
        cut = all.indexOf("\nFrom ", cut + 1);
    const QString quarter
        = QFileInfo(path).absolutePath() + QStringLiteral("/quarter-") + QFileInfo(path).fileName();
    QFile q(quarter);
    if (cut < 0 || !q.open(QIODevice::WriteOnly) || q.write(all.left(cut + 1)) != cut + 1)
        return {};
    return quarter;
}

double consoleSeconds(const QString &file)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(BOUNCELENS_EXE),
            {QStringLiteral("decode"), QStringLiteral("--json"), file});
    p.waitForFinished(-1);
    return double(t.nsecsElapsed()) / 1e9;
}

struct WindowRun
{
    double seconds = 0;
    int rows = 0;
    int messages = 0;
    qint64 longestStallMs = 0; // wall clock: includes waiting for a CPU on a loaded machine
    qint64 longestWorkMs = 0;  // CPU time the GUI thread spent within one gap
};

WindowRun windowRun(MailboxView &view, const QString &file)
{
    WindowRun run;
    QElapsedTimer clock;
    qint64 last = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    qint64 lastCpu = threadCpuMs();
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        const qint64 cpu = threadCpuMs();
        // The gap beyond the timer's own interval: how long events waited.
        run.longestStallMs = std::max(run.longestStallMs, now - last - 5);
        run.longestWorkMs = std::max(run.longestWorkMs, cpu - lastCpu);
        if (qEnvironmentVariableIsSet("BENCH_MAILBOX_STALLS") && now - last - 5 > 40)
            out() << "  stall " << (now - last - 5) << " ms (GUI thread busy " << (cpu - lastCpu)
                  << " ms of it) at " << now << " ms, rows " << view.model()->rowCount()
                  << Qt::endl;
        lastCpu = cpu;
        last = now;
    });
    QSignalSpy finished(&view, &MailboxView::finished);
    clock.start();
    ticker.start();
    QElapsedTimer t;
    t.start();
    const qint64 cpuStart = threadCpuMs();
    view.open({file});
    finished.wait(600000);
    QCoreApplication::processEvents(); // the last paint
    run.seconds = double(t.nsecsElapsed()) / 1e9;
    if (qEnvironmentVariableIsSet("BENCH_MAILBOX_STALLS"))
        out() << "  " << QFileInfo(file).fileName() << ": " << run.seconds << " s, GUI thread CPU "
              << (threadCpuMs() - cpuStart) << " ms" << Qt::endl;
    run.rows = view.model()->rowCount();
    run.messages = int(view.model()->messages().size());
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString mbox = QStringLiteral("/tmp/bench/bounces-50mb.mbox");
    int repeat = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--mbox") && i + 1 < args.size())
            mbox = args.at(++i);
        else if (args.at(i) == QStringLiteral("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args.at(++i).toInt());
    }
    if (!QFileInfo::exists(mbox)) {
        out() << "no " << mbox << ": run bench_decoder --generate /tmp/bench first\n";
        return 1;
    }
    QString error;
    const auto table = CodeTable::loadBuiltIn(&error);
    if (!table) {
        out() << "code table: " << error << Qt::endl;
        return 1;
    }
    const QString quarter = quarterOf(mbox);
    MailboxView view(&*table);
    view.resize(1600, 1000);
    view.show();

    struct Result
    {
        QString name;
        qint64 bytes = 0;
        double console = 0, window = 0;
        int messages = 0, rows = 0;
        qint64 stall = 0, work = 0;
    };
    // The two sizes in turn, each repetition running both: a change in the machine's load
    // then weighs on both sizes alike (this VM is shared).
    const QStringList files{quarter, mbox};
    QList<Result> results(files.size());
    QList<QList<double>> console(files.size()), window(files.size());
    for (int i = 0; i < repeat; ++i) {
        for (int f = 0; f < files.size(); ++f) {
            Result &r = results[f];
            r.name = QFileInfo(files.at(f)).fileName();
            r.bytes = QFileInfo(files.at(f)).size();
            // Side by side: the console, then the window, on the same file.
            console[f] << consoleSeconds(files.at(f));
            const WindowRun w = windowRun(view, files.at(f));
            window[f] << w.seconds;
            r.messages = w.messages;
            r.rows = w.rows;
            r.stall = std::max(r.stall, w.longestStallMs);
            r.work = std::max(r.work, w.longestWorkMs);
        }
    }
    for (int f = 0; f < files.size(); ++f) {
        Result &r = results[f];
        std::sort(console[f].begin(), console[f].end());
        std::sort(window[f].begin(), window[f].end());
        r.console = console[f].at(console[f].size() / 2); // medians
        r.window = window[f].at(window[f].size() / 2);
        out() << QStringLiteral("%1 (%2 MB, %3 messages, %4 rows): console decode --json %5 s, "
                                "window %6 s (%7x), longest GUI stall %8 ms (GUI thread at work "
                                "%9 ms of it)\n")
                     .arg(r.name)
                     .arg(double(r.bytes) / (1024 * 1024), 0, 'f', 1)
                     .arg(r.messages)
                     .arg(r.rows)
                     .arg(r.console, 0, 'f', 2)
                     .arg(r.window, 0, 'f', 2)
                     .arg(r.window / r.console, 0, 'f', 2)
                     .arg(r.stall)
                     .arg(r.work);
    }
    const double sizeRatio = double(results.at(1).bytes) / double(results.at(0).bytes);
    out() << QStringLiteral("linearity: %1x the input took %2x the time in the window, %3x in the "
                            "console\n")
                 .arg(sizeRatio, 0, 'f', 2)
                 .arg(results.at(1).window / results.at(0).window, 0, 'f', 2)
                 .arg(results.at(1).console / results.at(0).console, 0, 'f', 2);
    out() << QStringLiteral("peak resident memory of the window process: %1 MB\n")
                 .arg(double(peakRssKb()) / 1024, 0, 'f', 0);

    // Cancel: start the big file, cancel after a second, time until the view says it stopped.
    QSignalSpy finished(&view, &MailboxView::finished);
    view.open({mbox});
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QElapsedTimer t;
    t.start();
    view.cancel();
    finished.wait(60000);
    out() << QStringLiteral("cancel: stopped %1 ms after Cancel, %2 rows kept\n")
                 .arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 1)
                 .arg(view.model()->rowCount());
    QFile::remove(quarter);
    out().flush();
    return 0;
}
