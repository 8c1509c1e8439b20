#include "input/decodebatch.h"

#include "common/parallel.h"
#include "decoder/bouncedecoder.h"

#include <sys/stat.h>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <vector>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// An mbox is split a slice at a time: the copies of its messages stay bounded (the mailbox view
// kept 4 MB blocks before it read through this batch).
constexpr qsizetype kSlice = 4 * 1024 * 1024;

bool separatorAt(const QByteArray &bytes, qsizetype lineStart)
{
    return BounceDecoder::isMbox(QByteArray::fromRawData(
        bytes.constData() + lineStart, std::min<qsizetype>(1000, bytes.size() - lineStart)));
}

// Where the slice of an mbox that starts at `from` (a separator line) ends: at the last
// separator line that starts within kSlice bytes, else at the first one after them (a message
// bigger than a slice), else at the end.
qsizetype sliceEnd(const QByteArray &bytes, qsizetype from)
{
    if (bytes.size() - from <= kSlice)
        return bytes.size();
    for (qsizetype p = bytes.lastIndexOf("\nFrom ", from + kSlice); p > from;
         p = bytes.lastIndexOf("\nFrom ", p - 1)) {
        if (separatorAt(bytes, p + 1))
            return p + 1;
    }
    for (qsizetype p = bytes.indexOf("\nFrom ", from + kSlice); p >= 0;
         p = bytes.indexOf("\nFrom ", p + 1)) {
        if (separatorAt(bytes, p + 1))
            return p + 1;
    }
    return bytes.size();
}

} // namespace

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
    record.result.errorDetail = detail;
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

bool DecodeBatch::decodeMessage(BounceDecoder::MboxMessage &m, const Slice &slice, int number,
                                BatchRecord &r) const
{
    applyNice();
    if (cancelled())
        return false;
    r.file = slice.file->index;
    r.number = number;
    r.offset = slice.base + m.offset;
    r.length = m.bytes.size() + m.unquoted.size();
    r.result = m_decoder.decode(m, m_cancel);
    m.bytes = QByteArray(); // decoded: not kept
    r.result.source = slice.file->in.path + u'#' + QString::number(number);
    for (RecipientResult &recipient : r.result.recipients) {
        for (auto &span : recipient.spans)
            span.first += slice.base; // positions in the file, not in the slice
    }
    if (cancelled() && r.result.errorCode != ErrorCode::None)
        return false; // cut short: not a result
    if (m_formatter)
        m_formatter(r);
    return true;
}

bool DecodeBatch::decodeSlice(const Slice &slice, int *number, QList<BatchRecord> &pending,
                              const Sink &sink)
{
    QList<BounceDecoder::MboxMessage> messages = BounceDecoder::splitMbox(slice.bytes);
    BounceDecoder::MboxMessage *data = messages.data(); // each index taken by one thread
    for (qsizetype first = 0; first < messages.size(); first += m_window) {
        const qsizetype n = std::min<qsizetype>(m_window, messages.size() - first);
        QList<BatchRecord> records(n);
        std::vector<char> keep(size_t(n), 0);
        parallelFor(
            n,
            [&](qsizetype i) {
                keep[size_t(i)] = decodeMessage(data[first + i], slice,
                                                *number + int(first + i + 1), records[i]);
            },
            slice.threads);
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
    *number += int(messages.size());
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
    int number = 0;
    const int threads = threadsFor(bytes.size());
    for (qsizetype base = 0; base < bytes.size();) {
        const qsizetype end = sliceEnd(bytes, base);
        const Slice slice{&p, base, QByteArray::fromRawData(bytes.constData() + base, end - base),
                          threads};
        if (!decodeSlice(slice, &number, pending, sink))
            return false;
        base = end;
    }
    if (number == 0) // separator lines only
        pending << errorRecord(p.in, p.index, ErrorCode::EmptyInput, {});
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
