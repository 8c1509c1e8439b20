#pragma once

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace BounceLens {

// The number of threads parallelFor uses when given 0: one per processor core.
inline int defaultThreadCount()
{
    return std::max(1, QThread::idealThreadCount());
}

// The one pool every parallel decode runs on (console, Decode view, Mailbox view): its threads
// are started once and reused. Its size bounds `decode --jobs`.
inline QThreadPool &decodePool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // never deleted: it may be used until the process exits
        p->setMaxThreadCount(256);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return *pool;
}

// Calls f(i) for every i in [0, n), spread over up to `threads` threads (0: one per core) of
// decodePool(), the calling thread among them, and returns when every call has returned. Each
// index is taken by exactly one thread, so f may fill slot i of a container sized beforehand
// without a lock; the slots are safe to read once parallelFor has returned. Helpers are only
// started on threads free at once (QThreadPool::tryStart): a caller that is itself a pool thread
// never waits for a queue, and when none is free the calling thread does all the work. f must
// not throw.
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
    QSemaphore done;
    int started = 0;
    for (int t = 1; t < threads; ++t) {
        if (!decodePool().tryStart([&] {
                work();
                done.release();
            }))
            break; // no thread free: the ones started, and this one, share the work
        ++started;
    }
    work();
    done.acquire(started);
}

} // namespace BounceLens
