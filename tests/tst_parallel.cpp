// parallelFor: every index once, on the threads asked for, and the caller waits for all.
#include "common/parallel.h"

#include <QList>
#include <QSet>
#include <QtTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace BounceLens;

class tst_Parallel : public QObject
{
    Q_OBJECT

private slots:
    void everyIndexOnce_data();
    void everyIndexOnce();
    void nothingToDo();
    void oneThreadIsTheCaller();
    void usesSeveralThreads();
};

void tst_Parallel::everyIndexOnce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("threads");
    QTest::newRow("default threads") << 1000 << 0;
    QTest::newRow("one") << 1000 << 1;
    QTest::newRow("more threads than work") << 3 << 16;
    QTest::newRow("many") << 5000 << 7;
}

void tst_Parallel::everyIndexOnce()
{
    QFETCH(int, count);
    QFETCH(int, threads);
    QList<int> calls(count, 0); // slot i written by the one thread that takes i
    parallelFor(
        count, [&](qsizetype i) { ++calls[i]; }, threads);
    QCOMPARE(calls, QList<int>(count, 1));
}

void tst_Parallel::nothingToDo()
{
    bool called = false;
    parallelFor(
        0, [&](qsizetype) { called = true; }, 4);
    QVERIFY(!called);
}

void tst_Parallel::oneThreadIsTheCaller()
{
    const auto caller = std::this_thread::get_id();
    bool elsewhere = false;
    parallelFor(
        100, [&](qsizetype) { elsewhere = elsewhere || std::this_thread::get_id() != caller; }, 1);
    QVERIFY(!elsewhere);
}

void tst_Parallel::usesSeveralThreads()
{
    // Each call waits until a second thread has arrived: with one thread only, this would never
    // finish (bounded here by the deadline, and then fail).
    std::mutex mutex;
    QSet<std::thread::id> seen;
    std::atomic<int> arrived{0};
    QDeadlineTimer deadline(10000);
    parallelFor(
        2,
        [&](qsizetype) {
            {
                const std::lock_guard<std::mutex> lock(mutex);
                seen.insert(std::this_thread::get_id());
            }
            ++arrived;
            while (arrived < 2 && !deadline.hasExpired())
                std::this_thread::yield();
        },
        2);
    QCOMPARE(seen.size(), 2);
}

QTEST_GUILESS_MAIN(tst_Parallel)
#include "tst_parallel.moc"
