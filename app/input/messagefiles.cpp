#include "input/messagefiles.h"

#include "decoder/bouncedecoder.h"
#include "decoder/messagereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QScopeGuard>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

// Opens a file without ever waiting (a FIFO without a writer would block a plain open).
int openNonBlocking(const QByteArray &native)
{
    int fd;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    } while (fd < 0 && errno == EINTR);
    return fd;
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

// Refuses what is not a regular file (standard input aside); `size` gets a file's size.
MessageFiles::Status checkOpened(int fd, bool stdIn, qint64 *size)
{
    struct stat st
    {};
    if (::fstat(fd, &st) != 0)
        return {ErrorCode::OpenFailed, systemError(errno)};
    if (!stdIn && S_ISDIR(st.st_mode))
        return {ErrorCode::OpenFailed, systemError(EISDIR)};
    if (!stdIn && !S_ISREG(st.st_mode))
        return {ErrorCode::NotRegularFile, {}};
    *size = S_ISREG(st.st_mode) ? qint64(st.st_size) : 0;
    if (*size > BounceDecoder::MaxInputSize)
        return {ErrorCode::TooBig, {}};
    return {};
}

QByteArray joined(const QByteArray &dir, const QByteArray &name)
{
    return dir.endsWith('/') ? dir + name : dir + '/' + name;
}

} // namespace

MessageFiles::Status MessageFiles::check(const QByteArray &native)
{
    if (native == "-")
        return {};
    struct stat st
    {};
    if (::stat(native.constData(), &st) != 0) {
        const int error = errno;
        struct stat lst
        {};
        if (::lstat(native.constData(), &lst) == 0 && S_ISLNK(lst.st_mode))
            return {ErrorCode::DanglingLink, {}};
        return {error == ENOENT ? ErrorCode::NotFound : ErrorCode::OpenFailed, systemError(error)};
    }
    if (S_ISDIR(st.st_mode))
        return {ErrorCode::OpenFailed, systemError(EISDIR)};
    if (!S_ISREG(st.st_mode))
        return {ErrorCode::NotRegularFile, {}};
    if (qint64(st.st_size) > BounceDecoder::MaxInputSize)
        return {ErrorCode::TooBig, {}};
    return {};
}

namespace {
bool g_stdinClosed = false;
} // namespace

void MessageFiles::guardStandardInput()
{
    if (::fcntl(STDIN_FILENO, F_GETFD) >= 0 || errno != EBADF)
        return;
    g_stdinClosed = true;
    const int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (fd >= 0 && fd != STDIN_FILENO)
        ::close(fd); // descriptor 0 was taken meanwhile: leave it
}

bool MessageFiles::standardInputClosed()
{
    return g_stdinClosed;
}

MessageFiles::Status MessageFiles::read(const QByteArray &native, QByteArray *bytes)
{
    bytes->clear();
    const bool stdIn = native == "-";
    // main() put /dev/null on a closed descriptor 0: say so rather than "empty" (issue 25).
    if (stdIn && MessageFiles::standardInputClosed())
        return {ErrorCode::OpenFailed,
                QCoreApplication::translate("MessageFiles", "standard input is closed")};
    const int fd = stdIn ? STDIN_FILENO : openNonBlocking(native);
    if (fd < 0)
        return {errno == ENOENT ? ErrorCode::NotFound : ErrorCode::OpenFailed, systemError(errno)};
    auto closeFd = qScopeGuard([&] {
        if (!stdIn)
            ::close(fd);
    });
    qint64 size = 0;
    if (Status refused = checkOpened(fd, stdIn, &size); !refused.ok())
        return refused;
    if (!stdIn) {
        const int flags = ::fcntl(fd, F_GETFL);
        if (flags >= 0)
            ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    }
    return readOpened(fd, size, bytes);
}

MessageFiles::Status MessageFiles::readOpened(int fd, qint64 sizeHint, QByteArray *bytes)
{
    if (!readAtMost(fd, BounceDecoder::MaxInputSize + 1, sizeHint, bytes))
        return {ErrorCode::ReadFailed, systemError(errno)};
    if (bytes->size() > BounceDecoder::MaxInputSize) {
        bytes->clear();
        return {ErrorCode::TooBig, {}};
    }
    return {};
}

QByteArray MessageFiles::readHead(const QByteArray &native, qsizetype size)
{
    const int fd = openNonBlocking(native);
    if (fd < 0)
        return {};
    auto closeFd = qScopeGuard([&] { ::close(fd); });
    struct stat st
    {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return {};
    QByteArray head(size, Qt::Uninitialized);
    ssize_t n;
    do {
        n = ::read(fd, head.data(), size_t(head.size()));
    } while (n < 0 && errno == EINTR);
    head.truncate(qsizetype(std::max<ssize_t>(n, 0)));
    return head;
}

bool MessageFiles::isMessageFile(const QByteArray &native)
{
    const QByteArray name = native.mid(native.lastIndexOf('/') + 1);
    const qsizetype dot = name.lastIndexOf('.');
    const QByteArray suffix = dot > 0 ? name.mid(dot + 1).toLower() : QByteArray();
    if (suffix == "eml" || suffix == "txt" || suffix == "mbox" || suffix == "mbx")
        return true;
    if (::access(native.constData(), R_OK) != 0)
        return true; // unreadable: listed, so that reading it gives its error
    const QByteArray head = readHead(native, 16 * 1024);
    return !head.isEmpty()
           && (BounceDecoder::isMbox(head) || MessageReader::looksLikeMessage(head));
}

MessageWalk::MessageWalk(QList<QByteArray> nativeInputs, QStringList shownInputs)
    : m_inputs(std::move(nativeInputs))
    , m_shown(std::move(shownInputs))
{}

QList<InputFile> MessageWalk::list(const QList<QByteArray> &nativeInputs,
                                   const QStringList &shownInputs)
{
    MessageWalk walk(nativeInputs, shownInputs);
    QList<InputFile> files;
    InputFile file;
    while (walk.next(&file))
        files << file;
    return files;
}

InputFile MessageWalk::record(const QByteArray &native, ErrorCode code, const QString &detail) const
{
    InputFile file;
    file.native = native;
    file.input = int(m_nextInput - 1);
    const bool named = m_stack.isEmpty() && file.input >= 0 && file.input < m_shown.size()
                       && m_inputs.at(file.input) == native;
    file.path = named ? m_shown.at(file.input) : QFile::decodeName(native);
    file.error = code;
    file.detail = detail;
    return file;
}

bool MessageWalk::next(InputFile *file)
{
    while (true) {
        if (!m_stack.isEmpty()) {
            if (nextInTree(file))
                return true;
            continue; // the tree is done (nextInTree popped it): the next named input
        }
        if (m_nextInput >= m_inputs.size())
            return false;
        if (nextInput(file))
            return true;
    }
}

bool MessageWalk::nextInput(InputFile *file)
{
    const QByteArray native = m_inputs.at(m_nextInput++);
    struct stat st
    {};
    if (native == "-") {
        *file = record(native, ErrorCode::None);
        return true;
    }
    if (::stat(native.constData(), &st) != 0) {
        const int error = errno;
        struct stat lst
        {};
        const bool link = ::lstat(native.constData(), &lst) == 0 && S_ISLNK(lst.st_mode);
        *file = record(native,
                       link              ? ErrorCode::DanglingLink
                       : error == ENOENT ? ErrorCode::NotFound
                                         : ErrorCode::OpenFailed,
                       systemError(error));
        return true;
    }
    if (!S_ISDIR(st.st_mode)) {
        *file = record(native, ErrorCode::None); // reading it applies the policy
        return true;
    }
    m_foundInInput = false;
    return enter(native, 0, file);
}

bool MessageWalk::enter(const QByteArray &dir, int depth, InputFile *error)
{
    if (depth > MaxDepth) {
        *error = record(dir, ErrorCode::TooDeep, QString::number(MaxDepth));
        m_foundInInput = true;
        return true;
    }
    DIR *d = ::opendir(dir.constData());
    if (!d) {
        *error = record(dir, ErrorCode::OpenFailed, systemError(errno));
        m_foundInInput = true;
        return true;
    }
    Frame frame{dir, depth, {}, 0};
    while (const dirent *e = ::readdir(d)) {
        const QByteArray name(e->d_name);
        if (name == "." || name == "..")
            continue;
        struct stat lst
        {};
        const bool isDir
            = ::lstat(joined(dir, name).constData(), &lst) == 0 && S_ISDIR(lst.st_mode);
        frame.entries.append({name, isDir});
    }
    ::closedir(d);
    auto has = [&](const char *name) {
        return std::any_of(frame.entries.cbegin(), frame.entries.cend(),
                           [&](const Entry &e) { return e.dir && e.name == name; });
    };
    if (has("cur") && has("new") && has("tmp")) { // a Maildir: tmp/ holds deliveries in progress
        frame.entries.removeIf([](const Entry &e) { return e.dir && e.name == "tmp"; });
    }
    auto key = [](const Entry &e) {
        return e.dir ? e.name + '/' : e.name;
    };
    std::sort(frame.entries.begin(), frame.entries.end(),
              [&](const Entry &a, const Entry &b) { return key(a) < key(b); });
    m_stack.append(std::move(frame));
    return false;
}

bool MessageWalk::nextInTree(InputFile *file)
{
    while (!m_stack.isEmpty()) {
        Frame &top = m_stack.last();
        if (top.next >= top.entries.size()) {
            m_stack.removeLast();
            if (m_stack.isEmpty() && !m_foundInInput) {
                *file = record(m_inputs.at(m_nextInput - 1), ErrorCode::NoMessages);
                return true;
            }
            continue;
        }
        const Entry entry = top.entries.at(top.next++);
        const QByteArray path = joined(top.path, entry.name);
        if (entry.dir) {
            if (enter(path, top.depth + 1, file))
                return true;
            continue;
        }
        if (entry.name.startsWith('.'))
            continue; // hidden files (.DS_Store, a Dovecot index ...)
        struct stat st
        {};
        if (::stat(path.constData(), &st) != 0) {
            struct stat lst
            {};
            const bool link = ::lstat(path.constData(), &lst) == 0 && S_ISLNK(lst.st_mode);
            *file = record(path, link ? ErrorCode::DanglingLink : ErrorCode::OpenFailed,
                           systemError(errno));
        } else if (S_ISDIR(st.st_mode)) {
            continue; // a link to a directory: not followed
        } else if (!S_ISREG(st.st_mode)) {
            *file = record(path, ErrorCode::NotRegularFile);
        } else if (MessageFiles::isMessageFile(path)) {
            *file = record(path, ErrorCode::None);
        } else {
            continue;
        }
        m_foundInInput = true;
        return true;
    }
    return false;
}

} // namespace BounceLens
