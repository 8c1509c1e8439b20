#include "decodebatch.h"

#include "bouncedecoder.h"
#include "parallel.h"

#include <sys/stat.h>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <vector>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

// A file of a window, read and (unless it is an mbox) decoded on a worker thread.
struct DecodeBatch::Prepared
{
    InputFile in;
    int index = -1;
    bool mbox = false;
    bool stopped = false; // not decoded, or cut short, because of a cancel
    QByteArray bytes;     // an mbox read from standard input (it cannot be read twice)
    BatchRecord record;
};

DecodeBatch::DecodeBatch(const BounceDecoder &decoder)
    : m_decoder(decoder)
{}

DecodeBatch::Source DecodeBatch::listSource(const QList<InputFile> &files)
{
    return [files, next = qsizetype(0)](InputFile *file) mutable {
        if (next >= files.size())
            return false;
        *file = files.at(next++);
        return true;
    };
}

void DecodeBatch::applyNice() const
{
#ifdef Q_OS_LINUX
    // Per thread (Linux sets niceness per thread); a pool thread keeps it, and is only ever
    // lowered: raising it back would need a privilege.
    thread_local int current = 0;
    if (m_nice > current) {
        setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), m_nice);
        current = m_nice;
    }
#endif
}

int DecodeBatch::threadsFor(qint64 bytes) const
{
    return m_parallelBytes > 0 && bytes < m_parallelBytes ? 1 : m_threads;
}

BatchRecord DecodeBatch::errorRecord(const InputFile &in, int index, ErrorCode code,
                                     const QString &detail) const
{
    BatchRecord record;
    record.file = index;
    record.result.source = in.path;
    record.result.errorCode = code;
    record.result.error = ErrorText::message(code, detail);
    if (m_formatter)
        m_formatter(record);
    return record;
}

void DecodeBatch::prepare(const InputFile &in, int index, Prepared &p) const
{
    applyNice();
    p.in = in;
    p.index = index;
    if (in.error != ErrorCode::None) {
        p.record = errorRecord(in, index, in.error, in.detail);
        return;
    }
    if (cancelled()) {
        p.stopped = true;
        return;
    }
    QByteArray bytes;
    const MessageFiles::Status status = MessageFiles::read(in.native, &bytes);
    if (!status.ok()) {
        p.record = errorRecord(in, index, status.code, status.detail);
        return;
    }
    if (BounceDecoder::isMbox(bytes)) {
        p.mbox = true; // decoded when its turn comes, read again then (no mbox kept meanwhile)
        if (in.native == "-")
            p.bytes = std::move(bytes);
        return;
    }
    p.record = decodeWhole(in, index, bytes);
    p.stopped = cancelled() && p.record.result.errorCode != ErrorCode::None;
}

BatchRecord DecodeBatch::decodeWhole(const InputFile &in, int index, const QByteArray &bytes) const
{
    BatchRecord r;
    r.file = index;
    r.length = bytes.size();
    r.result = m_decoder.decode(bytes, m_cancel);
    r.result.source = in.path;
    if (m_formatter && !cancelled())
        m_formatter(r);
    return r;
}

bool DecodeBatch::decodeMessage(const BounceDecoder::MboxMessage &m, int number, const Prepared &p,
                                BatchRecord &r) const
{
    applyNice();
    if (cancelled())
        return false;
    r.file = p.index;
    r.number = number;
    r.offset = m.offset;
    r.length = m.bytes.size() + m.unquoted.size();
    r.result = m_decoder.decode(m, m_cancel);
    r.result.source = p.in.path + r.result.source;
    if (cancelled() && r.result.errorCode != ErrorCode::None)
        return false; // cut short: not a result
    if (m_formatter)
        m_formatter(r);
    return true;
}

bool DecodeBatch::runMbox(Prepared &p, QList<BatchRecord> &pending, const Sink &sink)
{
    if (!pending.isEmpty() && !sink(pending))
        return false;
    pending.clear();
    QByteArray bytes = std::move(p.bytes);
    if (p.in.native != "-") { // read again in its turn: no mbox was kept meanwhile
        const MessageFiles::Status status = MessageFiles::read(p.in.native, &bytes);
        if (!status.ok()) { // changed meanwhile
            pending << errorRecord(p.in, p.index, status.code, status.detail);
            return true;
        }
    }
    if (!BounceDecoder::isMbox(bytes)) { // changed meanwhile: one message after all
        pending << decodeWhole(p.in, p.index, bytes);
        return !cancelled();
    }
    const QList<BounceDecoder::MboxMessage> messages = BounceDecoder::splitMbox(bytes);
    if (messages.isEmpty()) { // separator lines only
        pending << errorRecord(p.in, p.index, ErrorCode::EmptyInput, {});
        return true;
    }
    const int threads = threadsFor(bytes.size());
    for (qsizetype first = 0; first < messages.size(); first += m_window) {
        const qsizetype n = std::min<qsizetype>(m_window, messages.size() - first);
        QList<BatchRecord> records(n);
        std::vector<char> keep(size_t(n), 0);
        parallelFor(
            n,
            [&](qsizetype i) {
                keep[size_t(i)]
                    = decodeMessage(messages.at(first + i), int(first + i + 1), p, records[i]);
            },
            threads);
        for (qsizetype i = 0; i < n; ++i) {
            if (keep[size_t(i)])
                pending << std::move(records[i]);
        }
        if (!pending.isEmpty() && !sink(pending))
            return false;
        pending.clear();
        if (cancelled())
            return false;
    }
    return true;
}

QList<InputFile> DecodeBatch::nextWindow(const Source &source, int size, bool *more,
                                         qint64 *bytes) const
{
    QList<InputFile> window;
    InputFile in;
    while (window.size() < size && (*more = source(&in))) {
        struct stat st
        {};
        if (in.native == "-")
            *bytes += m_parallelBytes;
        else if (::stat(in.native.constData(), &st) == 0)
            *bytes += st.st_size;
        window << in;
    }
    return window;
}

bool DecodeBatch::deliver(std::vector<Prepared> &prepared, const Sink &sink)
{
    QList<BatchRecord> pending;
    for (Prepared &p : prepared) {
        if (p.stopped) { // a cancel: what was decoded before it is delivered
            if (!pending.isEmpty())
                sink(pending);
            return false;
        }
        if (p.mbox) {
            if (!runMbox(p, pending, sink))
                return false;
            continue;
        }
        pending << std::move(p.record);
    }
    return pending.isEmpty() || sink(pending);
}

bool DecodeBatch::run(const Source &source, const Sink &sink)
{
    int index = 0;
    bool more = true;
    // Windows start small and double: the first results come at once, and a run stopped early
    // (a closed pipe) has read little.
    int size = std::min(m_window, 16);
    while (more && !cancelled()) {
        // The next window of files: only as much of the walk as it needs is read.
        qint64 bytes = 0;
        const QList<InputFile> window = nextWindow(source, size, &more, &bytes);
        std::vector<Prepared> prepared(size_t(window.size()));
        parallelFor(
            window.size(),
            [&](qsizetype i) { prepare(window.at(i), index + int(i), prepared[size_t(i)]); },
            threadsFor(bytes));
        index += int(window.size());
        size = std::min(m_window, size * 2);
        if (!deliver(prepared, sink))
            return false;
    }
    return !cancelled();
}

} // namespace BounceLens
