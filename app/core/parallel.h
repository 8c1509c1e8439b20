#pragma once

#include <QThread>

#include <algorithm>
#include <atomic>
#include <system_error>
#include <thread>
#include <vector>

namespace BounceLens {

// The number of threads parallelFor uses when given 0: one per processor core.
inline int defaultThreadCount()
{
    return std::max(1, QThread::idealThreadCount());
}

// Calls f(i) for every i in [0, n), spread over up to `threads` threads (0: one per core), the
// calling thread among them, and returns when every call has returned. Each index is taken by
// exactly one thread, so f may fill slot i of a container sized beforehand without a lock; the
// slots are safe to read once parallelFor has returned. When no thread can be started, the
// calling thread does all the work. f must not throw (an exception on a worker thread ends the
// process).
template<typename F>
void parallelFor(qsizetype n, F &&f, int threads = 0)
{
    if (threads <= 0)
        threads = defaultThreadCount();
    threads = int(std::min<qsizetype>(threads, n));
    if (threads <= 1) {
        for (qsizetype i = 0; i < n; ++i)
            f(i);
        return;
    }
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        for (qsizetype i = next++; i < n; i = next++)
            f(i);
    };
    std::vector<std::thread> pool;
    pool.reserve(size_t(threads - 1));
    for (int t = 1; t < threads; ++t) {
        try {
            pool.emplace_back(work);
        } catch (const std::system_error &) {
            break; // out of threads: the ones started, and this one, share the work
        }
    }
    work();
    for (std::thread &t : pool)
        t.join();
}

} // namespace BounceLens
