#include "mailbox/mailboxjob.h"

#include "codes/codetable.h"
#include "decoder/bouncedecoder.h"
#include "input/decodebatch.h"
#include "input/messagefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QThreadPool>

#include <algorithm>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// An mbox's messages are counted a block at a time: memory stays bounded whatever its size.
constexpr qint64 kBlock = 4 * 1024 * 1024;
// Enough of a separator line to judge it (BounceDecoder::isMbox reads up to 1000 bytes).
constexpr qsizetype kLineLook = 1024;

bool cancelled(const std::atomic<bool> &cancel)
{
    return cancel.load(std::memory_order_relaxed);
}

bool separatorAt(const QByteArray &bytes, qsizetype lineStart)
{
    return BounceDecoder::isMbox(QByteArray::fromRawData(
        bytes.constData() + lineStart, std::min<qsizetype>(1000, bytes.size() - lineStart)));
}

// Messages in an mbox file: its separator lines, counted a block at a time.
qint64 countMboxMessages(const QByteArray &native, const std::atomic<bool> &cancel)
{
    QFile file(QFile::decodeName(native));
    // Checked first: opening a FIFO put in the file's place would wait for a writer.
    if (!MessageFiles::check(native).ok() || !file.open(QIODevice::ReadOnly))
        return 1;
    qint64 count = 1; // the first line is a separator (the file was recognised by it)
    QByteArray buffer;
    while (!cancelled(cancel)) {
        const QByteArray block = file.read(kBlock);
        const bool end = block.isEmpty();
        buffer += block;
        // Separators that start in the last kLineLook bytes are judged with the next block.
        const qsizetype limit
            = end ? buffer.size() : std::max<qsizetype>(0, buffer.size() - kLineLook);
        for (qsizetype p = buffer.indexOf("\nFrom "); p >= 0 && p < limit;
             p = buffer.indexOf("\nFrom ", p + 1)) {
            if (separatorAt(buffer, p + 1))
                ++count;
        }
        if (end)
            break;
        buffer.remove(0, limit);
    }
    return count;
}

// What is known of the inputs before decoding: the files, their sizes, the messages they hold.
struct Census
{
    QStringList files;
    QList<qint64> startOf; // bytes of the files before each
    qint64 messages = 0;
    qint64 bytes = 0;
};

Census census(const QList<InputFile> &inputs, const std::atomic<bool> &cancel)
{
    Census c;
    for (const InputFile &in : inputs) {
        c.files << in.path;
        c.startOf << c.bytes;
        if (in.error != ErrorCode::None || cancelled(cancel)) {
            ++c.messages;
            continue;
        }
        const QFileInfo info(QFile::decodeName(in.native));
        c.bytes += info.size();
        const bool mbox = BounceDecoder::isMbox(MessageFiles::readHead(in.native, 1000));
        c.messages += mbox ? countMboxMessages(in.native, cancel) : 1;
    }
    c.startOf << c.bytes;
    return c;
}

} // namespace

MailboxJob::MailboxJob(const CodeTable &table, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{}

MailboxJob::~MailboxJob()
{
    cancel();
    if (m_started)
        m_done.acquire(); // the worker stops within a message
}

void MailboxJob::start(const QStringList &paths)
{
    Q_ASSERT(!m_started); // one job, one run
    m_started = true;
    m_running = true;
    QThreadPool::globalInstance()->start([this, paths] {
        run(paths);
        m_done.release();
    });
}

void MailboxJob::cancel()
{
    m_cancel->store(true);
}

bool MailboxJob::holdsSeveralMessages(const QStringList &paths)
{
    if (paths.size() != 1)
        return paths.size() > 1;
    const QFileInfo info(paths.first());
    if (info.isDir())
        return true;
    // Never waits: a FIFO or device gives nothing (MessageFiles::readHead).
    return BounceDecoder::isMbox(MessageFiles::readHead(QFile::encodeName(paths.first()), 1000));
}

QByteArray MailboxJob::readMessage(const QString &path, qint64 offset, qint64 length,
                                   qint64 maxBytes, QString *error)
{
    if (const MessageFiles::Status status = MessageFiles::check(QFile::encodeName(path));
        !status.ok()) {
        if (error)
            *error = status.message();
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QByteArray bytes = file.read(std::min(length, maxBytes));
    if (bytes.isEmpty() && length > 0 && error)
        *error = file.error() != QFileDevice::NoError ? file.errorString()
                                                      : tr("The file has changed: the "
                                                           "message is no longer there.");
    return bytes;
}

void MailboxJob::run(const QStringList &paths)
{
    const std::atomic<bool> &cancel = *m_cancel;
    BounceDecoder decoder(m_table);
    decoder.setReadableText(false); // the table keeps results, not texts: a row is read again
    auto post = [this](auto f) {
        QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
    };

    // The files (the walk `bouncelens decode` makes), counted first so that progress has a total.
    QList<QByteArray> natives;
    for (const QString &path : paths)
        natives << QFile::encodeName(path);
    const QList<InputFile> inputs = MessageWalk::list(natives, paths);
    const Census known = census(inputs, cancel);
    const qint64 bytesTotal = known.bytes;
    post([this, files = known.files] { emit filesListed(files); });
    post([this, total = known.messages, bytesTotal] { emit progress(0, total, 0, bytesTotal); });

    qint64 messagesDone = 0, bytesDone = 0;
    DecodeBatch batch(decoder);
    batch.setThreads(m_threads);
    batch.setWindow(m_batchSize);
    batch.setCancel(&cancel);
    // A little less CPU priority than the GUI thread: the decoding threads must never keep the
    // window from its events. Throughput is the same when the GUI idles.
    batch.setNice(4);
    batch.run(DecodeBatch::listSource(inputs), [&](QList<BatchRecord> &records) {
        QList<MailboxMessage> out;
        out.reserve(records.size());
        for (BatchRecord &r : records) {
            MailboxMessage m;
            m.result = std::move(r.result);
            m.file = r.file;
            m.number = r.number;
            m.offset = r.offset;
            m.length = r.length;
            m.date = m.result.date;
            const qint64 start = known.startOf.value(r.file);
            const qint64 end = r.number > 0 ? start + r.offset + r.length
                                            : known.startOf.value(r.file + 1, start);
            bytesDone = std::max(bytesDone, std::min(end, bytesTotal));
            out << std::move(m);
        }
        messagesDone += out.size();
        post([this, out] { emit messagesReady(out); });
        post([this, messagesDone, total = std::max(known.messages, messagesDone), bytesDone,
              bytesTotal] { emit progress(messagesDone, total, bytesDone, bytesTotal); });
        return true;
    });

    const bool wasCancelled = cancelled(cancel);
    post([this, wasCancelled, messagesDone, messagesTotal = known.messages, bytesDone, bytesTotal] {
        // Finished: the total is what was found (empty mbox messages are not counted).
        if (!wasCancelled)
            emit progress(messagesDone, messagesDone, bytesTotal, bytesTotal);
        else
            emit progress(messagesDone, std::max(messagesTotal, messagesDone), bytesDone,
                          bytesTotal);
        m_running = false;
        emit finished(wasCancelled);
    });
}

} // namespace BounceLens
