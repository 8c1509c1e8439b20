#pragma once

#include "decoder/bouncedecoder.h"
#include "decoder/decoderesult.h"
#include "input/messagefiles.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace BounceLens {

// One record of a batch: a decoded message, or an input that gave none (result.errorCode).
struct BatchRecord
{
    DecodeResult result; // source: the input's path, + "#N" for message N of an mbox
    int file = -1;       // index of the input file in the order the batch met it
    int number = 0;      // 1-based message number in an mbox; 0 when the file is one message
    qint64 offset = 0;   // where the message starts in its file
    qint64 length = 0;   // its bytes in the file
    QString text;        // what the batch's formatter made of it (on a worker thread)
};

// "Decode many inputs", once, for the console (`decode`), the Decode view and the Mailbox view:
// files come from a MessageWalk (or any source of InputFile), are read under the one policy
// (MessageFiles::read) and decoded on the decode pool (parallelFor), a window at a time; an
// mbox's messages are decoded in windows too. Records are handed to the sink in input order on
// the calling thread, whatever the number of threads, as soon as a window is done, so that the
// first results appear before the whole tree is read. Cancellable between messages.
class DecodeBatch
{
public:
    using Source = std::function<bool(InputFile *)>;
    // Gets each window's records, in order; returns false to stop the run.
    using Sink = std::function<bool(QList<BatchRecord> &records)>;
    using Formatter = std::function<void(BatchRecord &record)>;

    explicit DecodeBatch(const BounceDecoder &decoder);

    // Threads that decode (0: one per core).
    void setThreads(int threads) { m_threads = threads; }
    // Files, or mbox messages, per window.
    void setWindow(int units) { m_window = std::max(1, units); }
    // Below this many bytes in a window, one thread decodes (starting work on other threads
    // costs more than it saves); 0: always parallel.
    void setParallelBytes(qint64 bytes) { m_parallelBytes = bytes; }
    // Called on the worker thread after each decode (formatting costs as much as decoding).
    void setFormatter(Formatter formatter) { m_formatter = std::move(formatter); }
    void setCancel(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    // The niceness the decoding threads take on (Linux), so that a window stays responsive while
    // the pool works; 0: unchanged.
    void setNice(int nice) { m_nice = nice; }

    // Runs until the source is exhausted, the sink says stop or the run is cancelled.
    // Returns false when it was stopped (by the sink or a cancel).
    bool run(const Source &source, const Sink &sink);

    // A source over files listed beforehand.
    static Source listSource(const QList<InputFile> &files);

private:
    struct Prepared;
    void prepare(const InputFile &in, int index, Prepared &p) const;
    bool runMbox(Prepared &p, QList<BatchRecord> &pending, const Sink &sink);
    BatchRecord decodeWhole(const InputFile &in, int index, const QByteArray &bytes) const;
    // A slice of an mbox: whole messages, `base` bytes into the file.
    struct Slice
    {
        const Prepared *file = nullptr;
        qsizetype base = 0;
        QByteArray bytes;
        int threads = 0;
    };
    bool decodeSlice(const Slice &slice, int *number, QList<BatchRecord> &pending,
                     const Sink &sink);
    bool decodeMessage(BounceDecoder::MboxMessage &m, const Slice &slice, int number,
                       BatchRecord &r) const;
    QList<InputFile> nextWindow(const Source &source, int size, bool *more, qint64 *bytes) const;
    bool deliver(std::vector<Prepared> &prepared, const Sink &sink);
    int threadsFor(qint64 bytes) const;
    void applyNice() const;
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    BatchRecord errorRecord(const InputFile &in, int index, ErrorCode code,
                            const QString &detail) const;

    const BounceDecoder &m_decoder;
    int m_threads = 0;
    int m_window = 256;
    qint64 m_parallelBytes = 0;
    Formatter m_formatter;
    const std::atomic<bool> *m_cancel = nullptr;
    int m_nice = 0;
};

} // namespace BounceLens
