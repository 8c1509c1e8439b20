#include "mailboxjob.h"

#include "bouncedecoder.h"
#include "codetable.h"
#include "decodecommand.h"
#include "messagereader.h"
#include "parallel.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QSet>

#include <algorithm>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// An mbox is read and split a block at a time: memory stays bounded whatever its size.
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

// The start of the last complete separator line after `from`, or -1.
qsizetype lastSeparator(const QByteArray &bytes, qsizetype from)
{
    qsizetype pos = bytes.size() - 1;
    while (pos > from) {
        pos = bytes.lastIndexOf("\nFrom ", pos - 1);
        if (pos < from)
            return -1;
        const qsizetype lineStart = pos + 1;
        if (bytes.indexOf('\n', lineStart) >= 0 && separatorAt(bytes, lineStart))
            return lineStart;
    }
    return -1;
}

// Messages in an mbox file: its separator lines, counted a block at a time.
qint64 countMboxMessages(const QString &path, const std::atomic<bool> &cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
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

QByteArray readHead(const QString &path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(size) : QByteArray();
}

// The files a path names: what `bouncelens decode` reads of it, and, in a directory, every file
// that starts like a message though its name does not say so (a Maildir's cur/ and new/ hold
// names such as "1700000000.M1P2.host:2,S").
QStringList mailboxFiles(const QString &path)
{
    QStringList files = DecodeCommand::expand(path);
    if (!QFileInfo(path).isDir())
        return files;
    const QSet<QString> known(files.cbegin(), files.cend());
    QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!known.contains(file) && MessageReader::looksLikeMessage(readHead(file, 4096)))
            files << file;
    }
    files.sort();
    return files;
}

struct InputFile
{
    QString path;
    qint64 size = 0;
    bool mbox = false;
};

// One message to decode: a whole file, or a message of an mbox (already split).
struct Unit
{
    int file = -1;
    int number = 0;
    qint64 base = 0; // file offset of the block the mbox message was split from
    BounceDecoder::MboxMessage mbox;
};

} // namespace

MailboxJob::MailboxJob(const CodeTable &table, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{}

MailboxJob::~MailboxJob()
{
    cancel();
    if (m_worker.joinable())
        m_worker.join();
}

void MailboxJob::start(const QStringList &paths)
{
    Q_ASSERT(!m_worker.joinable()); // one job, one run
    m_running = true;
    m_worker = std::thread([this, paths] { run(paths); });
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
    return info.isFile() && BounceDecoder::isMbox(readHead(paths.first(), 1000));
}

QByteArray MailboxJob::readMessage(const QString &path, qint64 offset, qint64 length,
                                   qint64 maxBytes, QString *error)
{
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
#ifdef Q_OS_LINUX
    // A little less CPU priority than the GUI thread: the decoding threads (they inherit it)
    // must never keep the window from its events. Throughput is the same when the GUI idles.
    setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 4);
#endif
    const std::atomic<bool> &cancel = *m_cancel;
    BounceDecoder decoder(m_table);
    decoder.setReadableText(false); // the table keeps results, not texts: a row is read again
    auto post = [this](auto f) {
        QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
    };

    // The files, and what each holds: counted first so that progress has a total.
    QList<InputFile> inputs;
    QList<MailboxMessage> problems; // inputs that name nothing readable
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            MailboxMessage m;
            m.result.source = path;
            m.result.error = tr("No such file or directory.");
            problems << m;
            continue;
        }
        const QStringList found = mailboxFiles(path);
        if (found.isEmpty()) {
            MailboxMessage m;
            m.result.source = path;
            m.result.error = tr("No messages were found in this folder.");
            problems << m;
        }
        for (const QString &file : found)
            inputs.append({file, QFileInfo(file).size(), false});
    }
    qint64 messagesTotal = problems.size(), bytesTotal = 0;
    for (InputFile &in : inputs) {
        if (cancelled(cancel))
            break;
        files << in.path;
        in.mbox = BounceDecoder::isMbox(readHead(in.path, 1000));
        messagesTotal += in.mbox ? countMboxMessages(in.path, cancel) : 1;
        bytesTotal += in.size;
    }
    for (MailboxMessage &m : problems)
        m.file = int(files.size()), files << m.result.source;
    post([this, files] { emit filesListed(files); });
    if (!problems.isEmpty())
        post([this, problems] { emit messagesReady(problems); });

    qint64 messagesDone = problems.size(), bytesDone = 0;
    post([this, messagesDone, messagesTotal, bytesTotal] {
        emit progress(messagesDone, messagesTotal, 0, bytesTotal);
    });

    // Decodes a window of units on every core; delivers them in order.
    auto decodeWindow = [&](std::vector<Unit> &units, qint64 bytesAfter) {
        QList<MailboxMessage> out(qsizetype(units.size()));
        std::vector<char> keep(units.size(), 1);
        parallelFor(
            qsizetype(units.size()),
            [&](qsizetype i) {
                Unit &u = units[size_t(i)];
                MailboxMessage &m = out[i];
                m.file = u.file;
                m.number = u.number;
                if (cancelled(cancel)) {
                    keep[size_t(i)] = 0;
                    return;
                }
                const InputFile &in = inputs.at(u.file);
                if (inputs.at(u.file).mbox) {
                    m.result = decoder.decode(u.mbox, &cancel);
                    m.date = MailboxFacts::dateHeader(u.mbox.bytes);
                    m.offset = u.base + u.mbox.offset;
                    m.length = u.mbox.bytes.size() + u.mbox.unquoted.size();
                    for (RecipientResult &r : m.result.recipients) {
                        for (auto &span : r.spans)
                            span.first += u.base;
                    }
                    m.result.source = in.path + u"#"_s + QString::number(u.number);
                    u.mbox.bytes = QByteArray(); // decoded: not kept
                } else {
                    m.length = in.size;
                    QFile file(in.path);
                    if (!file.open(QIODevice::ReadOnly)) {
                        m.result.error
                            = tr("The file could not be opened: %1").arg(file.errorString());
                    } else {
                        const QByteArray bytes = file.read(BounceDecoder::MaxInputSize + 1);
                        m.length = bytes.size();
                        m.result = decoder.decode(bytes, &cancel);
                        m.date = MailboxFacts::dateHeader(bytes);
                    }
                    m.result.source = in.path;
                }
                keep[size_t(i)] = !(cancelled(cancel) && !m.result.error.isEmpty());
            },
            m_threads);
        QList<MailboxMessage> kept;
        kept.reserve(out.size());
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (keep[size_t(i)])
                kept.append(std::move(out[i]));
        }
        messagesDone += kept.size();
        bytesDone = bytesAfter;
        units.clear();
        if (!kept.isEmpty())
            post([this, kept] { emit messagesReady(kept); });
        post([this, messagesDone, messagesTotal = std::max(messagesTotal, messagesDone), bytesDone,
              bytesTotal] { emit progress(messagesDone, messagesTotal, bytesDone, bytesTotal); });
    };

    std::vector<Unit> units;
    qint64 bytesBefore = 0; // of the files before the current one
    for (int f = 0; f < inputs.size() && !cancelled(cancel); ++f) {
        const InputFile &in = inputs.at(f);
        if (!in.mbox) {
            units.push_back(Unit{f, 0, 0, {}});
            bytesBefore += in.size;
            if (qsizetype(units.size()) >= m_batchSize)
                decodeWindow(units, bytesBefore);
            continue;
        }
        if (!units.empty())
            decodeWindow(units, bytesBefore);
        QFile file(in.path);
        if (!file.open(QIODevice::ReadOnly)) {
            MailboxMessage m;
            m.file = f;
            m.result.source = in.path;
            m.result.error = tr("The file could not be opened: %1").arg(file.errorString());
            post([this, m] { emit messagesReady({m}); });
            bytesBefore += in.size;
            continue;
        }
        QByteArray buffer;
        qint64 bufferStart = 0;
        int number = 0;
        bool end = false;
        while (!cancelled(cancel)) {
            if (!end) {
                const QByteArray block = file.read(kBlock);
                end = block.isEmpty();
                buffer += block;
            }
            // Whole messages only: up to the last separator (all that is left at the end).
            qsizetype cut = end ? buffer.size() : lastSeparator(buffer, 0);
            if (cut <= 0 && buffer.size() > BounceDecoder::MaxInputSize)
                cut = buffer.size(); // one message too big to decode: say so, go on
            if (cut <= 0) {
                if (end)
                    break;
                continue;
            }
            QList<BounceDecoder::MboxMessage> messages
                = BounceDecoder::splitMbox(QByteArray::fromRawData(buffer.constData(), cut));
            for (qsizetype i = 0; i < messages.size(); ++i) {
                units.push_back(Unit{f, ++number, bufferStart, std::move(messages[i])});
                const bool last = i + 1 == messages.size();
                if (qsizetype(units.size()) >= m_batchSize || last) {
                    const qint64 consumed = last ? bufferStart + cut
                                                 : bufferStart + units.back().mbox.offset
                                                       + units.back().mbox.bytes.size();
                    decodeWindow(units, bytesBefore + consumed);
                    if (cancelled(cancel))
                        break;
                }
            }
            buffer.remove(0, cut);
            bufferStart += cut;
            if (end && buffer.isEmpty())
                break;
        }
        bytesBefore += in.size;
    }
    if (!units.empty() && !cancelled(cancel))
        decodeWindow(units, bytesBefore);

    const bool wasCancelled = cancelled(cancel);
    post([this, wasCancelled, messagesDone, messagesTotal, bytesDone, bytesTotal] {
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
