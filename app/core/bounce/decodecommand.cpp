#include "decodecommand.h"

#include "bouncedecoder.h"
#include "codetable.h"
#include "console.h"
#include "mailboxexport.h"
#include "messagereader.h"
#include "parallel.h"
#include "senderreport.h"
#include "suppressionlist.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <QScopeGuard>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMaxDirectoryDepth = 64;

// Whether a file found in a directory is a message or an mbox: read by what it holds, not by
// its name (Maildir files are named "1732790000.M1P2.host:2,S"). Files named as mail or text
// are read whatever they hold, so that a damaged one gives an error rather than nothing.
bool isMessageFile(const QByteArray &path, const QByteArray &name)
{
    const qsizetype dot = name.lastIndexOf('.');
    const QByteArray suffix = dot > 0 ? name.mid(dot + 1).toLower() : QByteArray();
    if (suffix == "eml" || suffix == "txt" || suffix == "mbox" || suffix == "mbx")
        return true;
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return true; // unreadable: listed, so that reading it gives its error
    QByteArray head(16 * 1024, Qt::Uninitialized);
    ssize_t n;
    do {
        n = ::read(fd, head.data(), size_t(head.size()));
    } while (n < 0 && errno == EINTR);
    ::close(fd);
    if (n <= 0)
        return false;
    head.truncate(qsizetype(n));
    return BounceDecoder::isMbox(head) || MessageReader::looksLikeMessage(head);
}

// The messages under a directory, found by content, names kept as bytes (a name that is not
// valid UTF-8 is still a file). Symbolic links to files are read; links to directories are not
// followed (no loops). A Maildir's tmp/ (messages still being delivered) is left out.
void collectMessages(const QByteArray &dir, int depth, QList<QByteArray> *files)
{
    if (depth > kMaxDirectoryDepth)
        return;
    DIR *d = ::opendir(dir.constData());
    if (!d) {
        files->append(dir); // unreadable: reading it gives its error ("Permission denied")
        return;
    }
    QList<QByteArray> names;
    QList<QByteArray> dirs;
    while (const dirent *e = ::readdir(d)) {
        const QByteArray name(e->d_name);
        if (name == "." || name == "..")
            continue;
        const QByteArray path = dir.endsWith('/') ? dir + name : dir + '/' + name;
        struct stat lst
        {};
        if (::lstat(path.constData(), &lst) != 0)
            continue;
        if (S_ISDIR(lst.st_mode)) {
            dirs << name;
            continue;
        }
        struct stat st
        {};
        if (name.startsWith('.') || ::stat(path.constData(), &st) != 0 || !S_ISREG(st.st_mode))
            continue; // hidden files, FIFOs, sockets, devices, broken links
        names << path;
    }
    ::closedir(d);
    const bool maildir = dirs.contains("cur") && dirs.contains("new") && dirs.contains("tmp");
    for (const QByteArray &path : std::as_const(names)) {
        if (isMessageFile(path, path.mid(path.lastIndexOf('/') + 1)))
            files->append(path);
    }
    for (const QByteArray &name : std::as_const(dirs)) {
        if (!(maildir && name == "tmp"))
            collectMessages(dir.endsWith('/') ? dir + name : dir + '/' + name, depth + 1, files);
    }
}

// Raw command-line arguments: a file name that is not valid UTF-8 reaches arguments() with
// U+FFFD in place of its bytes; the kernel still has them.
QByteArray nativeArgument(const QString &argument)
{
    if (argument == u"-"_s)
        return "-";
    if (argument.contains(QChar::ReplacementCharacter)) {
        QFile cmdline(u"/proc/self/cmdline"_s);
        if (cmdline.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> raw = cmdline.readAll().split('\0');
            for (const QByteArray &r : raw) {
                if (QFile::decodeName(r) == argument)
                    return r;
            }
        }
    }
    return QFile::encodeName(argument);
}

constexpr int kMaxJobs = 256;
constexpr qint64 kParallelBytes = 1024 * 1024; // less input is decoded on one thread

// A file named on the command line or found in a directory.
struct FileJob
{
    QString path;      // as printed and reported ("-" for standard input)
    QByteArray native; // the name's bytes, as the file system has them
    QByteArray bytes;  // while decoded; an mbox's, while its messages are decoded
};

// One decoded unit of output, formatted.
struct Output
{
    QString text;
    bool read = true;        // false: the input could not be read or decoded
    FileJob *mbox = nullptr; // an mbox, whose messages are decoded when its turn comes
};

std::function<void(const QByteArray &)> &beforeReadHook()
{
    static std::function<void(const QByteArray &)> hook;
    return hook;
}

// Up to `limit` bytes from a descriptor (a file or a pipe), `expected` bytes reserved.
// Returns false on a read error (errno set).
bool readAtMost(int fd, qint64 limit, qint64 expected, QByteArray *bytes)
{
    // Straight into the buffer (one copy, not two), sized for the file; a big buffer is asked
    // for huge pages, since faulting in a 50 MB mbox 4 KB at a time was a sixth of its run.
    constexpr qint64 kChunk = 64 * 1024;
    bytes->resize(qsizetype(std::min(std::max(expected + 1, kChunk), limit)));
    if (bytes->size() >= 4 * 1024 * 1024) {
        const auto start = (quintptr(bytes->data()) + 4095) & ~quintptr(4095);
        const auto end = (quintptr(bytes->data()) + quintptr(bytes->size())) & ~quintptr(4095);
        if (end > start)
            madvise(reinterpret_cast<void *>(start), end - start, MADV_HUGEPAGE); // a hint only
    }
    qsizetype size = 0;
    while (size < limit) {
        if (size == bytes->size())
            bytes->resize(qsizetype(std::min<qint64>(limit, qint64(size) * 2)));
        const ssize_t n = ::read(fd, bytes->data() + size, size_t(bytes->size() - size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            bytes->clear();
            return false;
        }
        if (n == 0)
            break;
        size += qsizetype(n);
    }
    bytes->resize(size);
    return true;
}

QString tooBig()
{
    return DecodeCommand::tr("The input is too big: inputs above %1 MB are not read.")
        .arg(BounceDecoder::MaxInputSize / (1024 * 1024));
}

} // namespace

void DecodeCommand::setBeforeReadHook(std::function<void(const QByteArray &)> hook)
{
    beforeReadHook() = std::move(hook);
}

QString DecodeCommand::readInput(const QByteArray &native, QByteArray *bytes)
{
    bytes->clear();
    // Files are read, never mapped: a file that another program truncates or extends while it is
    // decoded (a live mbox) would make reads through a mapping fault. What is read is the file as
    // it was at the read, up to the limit.
    const bool stdIn = native == "-";
    int fd = STDIN_FILENO;
    if (!stdIn) {
        // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below).
        do {
            fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0)
            return tr("The file could not be opened: %1")
                .arg(QString::fromLocal8Bit(strerror(errno)));
    }
    auto closeFd = qScopeGuard([&] {
        if (!stdIn)
            ::close(fd);
    });
    struct stat st
    {};
    if (::fstat(fd, &st) != 0)
        return tr("The file could not be opened: %1").arg(QString::fromLocal8Bit(strerror(errno)));
    if (!stdIn && S_ISDIR(st.st_mode))
        return tr("This is a directory.");
    if (!stdIn && !S_ISREG(st.st_mode))
        return tr("This is not a regular file (a pipe, socket or device): only files and - "
                  "(standard input) are read.");
    const qint64 size = S_ISREG(st.st_mode) ? qint64(st.st_size) : 0;
    if (size > BounceDecoder::MaxInputSize) {
        return tr("The file is too big (%1 MB): inputs above %2 MB are not read.")
            .arg(size / (1024 * 1024))
            .arg(BounceDecoder::MaxInputSize / (1024 * 1024));
    }
    if (!stdIn) {
        const int flags = ::fcntl(fd, F_GETFL);
        if (flags >= 0)
            ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    }
    if (const auto &hook = beforeReadHook())
        hook(native);
    if (!readAtMost(fd, BounceDecoder::MaxInputSize + 1, size, bytes)) {
        const QString error = QString::fromLocal8Bit(strerror(errno));
        bytes->clear();
        return tr("The file could not be read: %1").arg(error);
    }
    if (bytes->size() > BounceDecoder::MaxInputSize) {
        bytes->clear();
        return tooBig();
    }
    return {};
}

namespace {

// Opens and reads a file, or standard input for "-". Returns an error, or empty.
QString readFile(FileJob &job)
{
    return DecodeCommand::readInput(job.native, &job.bytes);
}
// --suppression-list and --sender-report: what every message adds is collected while the
// messages are decoded (on any thread) and printed once, when the run returns. The window's
// exports print the same (SuppressionList, SenderReport).
class Collector
{
public:
    enum class Kind { Suppression, SenderReport };
    struct Settings
    {
        Kind kind = Kind::Suppression;
        bool csv = false, json = false;
        int retryDays = -1;
    };
    Collector(const CodeTable &table, const QString &language, Settings settings, QTextStream &out,
              QTextStream &err)
        : m_table(table)
        , m_language(language)
        , m_settings(settings)
        , m_out(out)
        , m_err(err)
    {}
    ~Collector()
    {
        if (m_settings.kind == Kind::SenderReport) {
            m_out << (m_settings.json
                          ? QString::fromUtf8(
                                Console::jsonSafe(QJsonDocument(m_report.toJson(m_table))
                                                      .toJson(QJsonDocument::Compact)))
                                + u'\n'
                          : Console::terminalSafe(m_report.toText(m_table, m_language)));
        } else if (m_settings.csv) {
            m_out << QChar(0xFEFF) << m_list.csv(m_settings.retryDays);
        } else {
            m_out << m_list.text(m_settings.retryDays);
        }
        if (m_settings.kind == Kind::Suppression && m_list.notMailboxes() > 0)
            m_err << DecodeCommand::tr("bouncelens decode: %n failed recipient(s) left out of "
                                       "the suppression list: not a mailbox address",
                                       "", m_list.notMailboxes())
                  << u'\n';
        m_out.flush();
    }
    void add(const DecodeResult &r)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_settings.kind == Kind::SenderReport)
            m_report.add(m_table, r);
        else
            m_list.add(m_table, MailboxExport::records(r));
    }
    Q_DISABLE_COPY_MOVE(Collector)

private:
    const CodeTable &m_table;
    QString m_language;
    Settings m_settings;
    QTextStream &m_out, &m_err;
    std::mutex m_mutex;
    SuppressionList m_list;
    SenderReport m_report;
};

} // namespace

namespace {

// --suppression-list, --suppression-retry-days and --sender-report: what to collect, or nothing
// (false: a usage error, said on err).
bool collectSettings(const QCommandLineParser &parser, const QString &format, QTextStream &err,
                     std::optional<Collector::Settings> *settings)
{
    const bool suppression = parser.isSet(u"suppression-list"_s);
    const bool sender = parser.isSet(u"sender-report"_s);
    const bool retry = parser.isSet(u"suppression-retry-days"_s);
    const bool json = parser.isSet(u"json"_s) || format == u"jsonl"_s;
    if ((suppression && sender) || (retry && !suppression) || (sender && format == u"csv"_s)
        || (suppression && json)) {
        err << DecodeCommand::tr("bouncelens decode: --suppression-list (with "
                                 "--suppression-retry-days, --format csv) and --sender-report "
                                 "(with --json) go alone")
            << u'\n';
        return false;
    }
    if (!suppression && !sender)
        return true;
    Collector::Settings s;
    s.kind = sender ? Collector::Kind::SenderReport : Collector::Kind::Suppression;
    s.csv = format == u"csv"_s;
    s.json = json;
    if (retry) {
        bool ok = false;
        s.retryDays = parser.value(u"suppression-retry-days"_s).toInt(&ok);
        if (!ok || s.retryDays < 0 || s.retryDays > 3650) {
            err << DecodeCommand::tr("bouncelens decode: --suppression-retry-days takes a "
                                     "number of days from 0 to 3650")
                << u'\n';
            return false;
        }
    }
    *settings = s;
    return true;
}

} // namespace

QStringList DecodeCommand::expand(const QString &path)
{
    QStringList files;
    for (const QByteArray &native : expandNative(QFile::encodeName(path)))
        files << QFile::decodeName(native);
    return files;
}

QList<QByteArray> DecodeCommand::expandNative(const QByteArray &path)
{
    struct stat st
    {};
    if (path == "-" || ::stat(path.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return {path};
    QList<QByteArray> files;
    collectMessages(path, 0, &files);
    std::sort(files.begin(), files.end());
    return files;
}

int DecodeCommand::run(const CodeTable &table, const QStringList &arguments,
                       const QString &language, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Read bounce messages and say per recipient what failed and why."));
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, tr("Print JSON Lines: one object per message."));
    const QCommandLineOption lang(u"lang"_s, tr("Language of the output: en, zh_CN or zh_TW."),
                                  tr("language"));
    const QCommandLineOption jobs(QStringList{u"j"_s, u"jobs"_s},
                                  tr("Decode on N threads (default: one per processor core, "
                                     "here %1).")
                                      .arg(defaultThreadCount()),
                                  u"N"_s);
    parser.addOptions({json, lang, jobs});
    const QCommandLineOption formatOption(
        u"format"_s,
        tr("Output format: text (default), jsonl (as --json) or csv (one row per recipient, "
           "after a UTF-8 byte-order mark)."),
        tr("format"));
    const QCommandLineOption suppressionOption(
        u"suppression-list"_s,
        tr("Print only the distinct addresses whose delivery failed permanently, one a line."));
    const QCommandLineOption retryDaysOption(
        u"suppression-retry-days"_s,
        tr("With --suppression-list: also list the addresses whose temporary failures (retry) "
           "kept coming for at least N days. Off by default."),
        u"N"_s);
    const QCommandLineOption senderReportOption(
        u"sender-report"_s,
        tr("Print what to fix on the sending side: the recipients that failed because of the "
           "sender (DMARC, SPF, DKIM, PTR, reputation, ...), grouped by cause and by the sending "
           "domains and IP found in the bounces, with the DNS records to check. With --json, one "
           "JSON object."));
    parser.addOptions({formatOption, suppressionOption, retryDaysOption, senderReportOption});
    parser.addPositionalArgument(u"input"_s,
                                 tr("Files (.eml, text, mbox), directories (searched "
                                    "recursively) or - for standard input."),
                                 tr("[FILE|DIR|-]..."));
    if (!parser.parse(arguments)) {
        err << u"bouncelens decode: "_s << parser.errorText() << u'\n' << parser.helpText();
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        if (isatty(STDIN_FILENO)) {
            err << tr("bouncelens decode: no input given (name files or directories, or - for "
                      "standard input)")
                << u'\n' << parser.helpText();
            return 2;
        }
        inputs << u"-"_s;
    }

    int threads = defaultThreadCount();
    if (parser.isSet(jobs)) {
        bool ok = false;
        threads = parser.value(jobs).toInt(&ok);
        if (!ok || threads < 1 || threads > kMaxJobs) {
            err << tr("bouncelens decode: --jobs takes a number from 1 to %1").arg(kMaxJobs)
                << u'\n';
            return 2;
        }
    }

    const QString formatName = parser.value(formatOption);
    if (parser.isSet(formatOption)
        && (!QStringList{u"text"_s, u"jsonl"_s, u"csv"_s}.contains(formatName)
            || (parser.isSet(json) && formatName != u"jsonl"_s))) {
        err << tr("bouncelens decode: --format takes text, jsonl or csv (--json is jsonl)")
            << u'\n';
        return 2;
    }
    const bool asCsv = formatName == u"csv"_s;
    std::optional<Collector::Settings> collecting;
    if (!collectSettings(parser, formatName, err, &collecting))
        return 2;
    std::optional<Collector> collector;
    if (collecting)
        collector.emplace(table, language, *collecting, out, err);
    else if (asCsv)
        out << QChar(0xFEFF) << MailboxExport::csvHeader(); // the mark: Excel reads UTF-8

    BounceDecoder decoder(table);
    decoder.setReadableText(false); // no report shows it
    const bool asJson = parser.isSet(json) || formatName == u"jsonl"_s;
    // Called on the worker threads: formatting is as much work as decoding for small messages.
    auto format = [&](const DecodeResult &r) {
        if (collector) {
            collector->add(r);
            return QString();
        }
        if (asCsv) {
            QString rows;
            for (const MailboxExport::Record &record : MailboxExport::records(r))
                rows += MailboxExport::csvLine(MailboxExport::csvFields(table, language, record));
            return rows;
        }
        if (asJson)
            return QString::fromUtf8(Console::jsonSafe(
                       QJsonDocument(decodeResultToJson(r, table)).toJson(QJsonDocument::Compact)))
                   + u'\n';
        // Text from the bounce goes to a terminal: no control sequences in it.
        return Console::terminalSafe(decodeResultToText(r, table, language)) + u'\n';
    };
    bool allRead = true;
    // Set when the output could not be written: nothing more is decoded.
    Console::Output written = Console::Output::Written;
    std::function<void(FileJob &)> printMbox;
    // Decodes `count` units and prints them in order, a window at a time so that output starts
    // early and memory stays bounded. `bytes`: the input's size. Below kParallelBytes one
    // thread is faster (starting threads and warming a heap for each costs more than it saves),
    // unless --jobs asks for more.
    auto decodeInOrder = [&](qsizetype count, qint64 bytes, const auto &decodeOne) {
        const int useThreads = bytes >= kParallelBytes || parser.isSet(jobs) ? threads : 1;
        constexpr qsizetype kWindow = 512;
        for (qsizetype first = 0; first < count && written == Console::Output::Written;
             first += kWindow) {
            const qsizetype n = std::min(kWindow, count - first);
            QList<Output> outputs(n);
            parallelFor(
                n, [&](qsizetype i) { outputs[i] = decodeOne(first + i); }, useThreads);
            for (const Output &o : std::as_const(outputs)) {
                if (written != Console::Output::Written)
                    return;
                allRead = allRead && o.read;
                out << o.text;
                if (o.mbox)
                    printMbox(*o.mbox);
            }
            // Checked once a window: a full disk or a closed pipe stops the run here.
            if (written == Console::Output::Written)
                written = Console::flush(out);
        }
    };
    auto decoded = [&](const DecodeResult &r) {
        return Output{format(r), r.error.isEmpty()};
    };
    printMbox = [&](FileJob &job) {
        if (job.bytes.isEmpty()) {
            // Read again in its turn, so that a window of files keeps no mbox open or in memory.
            const QString error = readFile(job);
            if (!error.isEmpty() || !BounceDecoder::isMbox(job.bytes)) { // changed meanwhile
                DecodeResult r;
                r.error = error;
                if (error.isEmpty())
                    r = decoder.decode(job.bytes);
                r.source = job.path;
                allRead = allRead && r.error.isEmpty();
                out << format(r);
                job.bytes.clear();
                return;
            }
        }
        const QList<BounceDecoder::MboxMessage> messages = BounceDecoder::splitMbox(job.bytes);
        if (messages.isEmpty()) {
            DecodeResult r = decoder.decode(QByteArray()); // separator lines only
            r.source = job.path;
            allRead = false;
            out << format(r);
        }
        decodeInOrder(messages.size(), job.bytes.size(), [&](qsizetype i) {
            DecodeResult r = decoder.decode(messages.at(i));
            r.source = job.path + r.source;
            return decoded(r);
        });
        job.bytes.clear();
    };

    for (const QString &input : std::as_const(inputs)) {
        if (written != Console::Output::Written)
            break;
        const QByteArray native = nativeArgument(input);
        struct stat st
        {};
        if (native != "-" && ::stat(native.constData(), &st) != 0) {
            const int error = errno;
            DecodeResult r;
            r.source = input;
            r.error = error == ENOENT ? tr("No such file or directory.")
                                      : QString::fromLocal8Bit(strerror(error));
            err << u"bouncelens decode: "_s << Console::terminalSafe(input) << u": "_s
                << (error == ENOENT ? tr("no such file or directory") : r.error) << u'\n';
            allRead = false;
            out << format(r);
            continue;
        }
        const QList<QByteArray> files = expandNative(native);
        if (files.isEmpty()) {
            // Nothing silent: a directory without a message is said to be one.
            DecodeResult r;
            r.source = input;
            r.error = tr("No messages found in this directory.");
            err << tr("bouncelens decode: no messages found in %1")
                       .arg(Console::terminalSafe(input))
                << u'\n';
            allRead = false;
            out << format(r);
            continue;
        }
        // Files are read and decoded in parallel; an mbox is read again when its turn to be
        // printed comes, and its messages are decoded in parallel then.
        std::vector<FileJob> fileJobs(size_t(files.size()));
        qint64 bytes = 0;
        for (const QByteArray &file : files) {
            struct stat fst
            {};
            bytes += file == "-" ? kParallelBytes
                                 : (::stat(file.constData(), &fst) == 0 ? qint64(fst.st_size) : 0);
        }
        decodeInOrder(files.size(), bytes, [&](qsizetype i) {
            FileJob &job = fileJobs[size_t(i)];
            job.native = files.at(i);
            job.path = job.native == native ? input : QFile::decodeName(job.native);
            DecodeResult failure;
            failure.source = job.path;
            failure.error = readFile(job);
            if (!failure.error.isEmpty())
                return decoded(failure);
            if (BounceDecoder::isMbox(job.bytes)) {
                if (job.native != "-") { // standard input cannot be read twice
                    job.bytes.clear();
                }
                return Output{{}, true, &job};
            }
            DecodeResult r = decoder.decode(job.bytes);
            r.source = job.path;
            job.bytes.clear();
            return decoded(r);
        });
    }
    if (written == Console::Output::Written)
        written = Console::flush(out);
    if (written != Console::Output::Written)
        return Console::writeFailed(written, out, err);
    return allRead ? 0 : 1;
}

} // namespace BounceLens
