#include "common/safefile.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace BounceLens {

namespace {

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

mode_t currentUmask()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}

} // namespace

QString SafeFile::errorText(int error)
{
    switch (error) {
    case ENOSPC:
        return tr("No space left on the device");
    case EDQUOT:
        return tr("The disk quota is exceeded");
    case EACCES:
    case EPERM:
        return tr("Permission denied");
    case EROFS:
        return tr("The file system is read-only");
    case ENOENT:
        return tr("The folder does not exist");
    case EISDIR:
        return tr("This is a folder");
    case EIO:
        return tr("Input/output error");
    case ENAMETOOLONG:
        return tr("The name is too long");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

QString SafeFile::write(const QString &path, const QByteArray &bytes)
{
    // A link is kept: its target is what gets replaced.
    const QFileInfo info(path);
    const QString target = info.isSymLink() && info.exists() ? info.canonicalFilePath() : path;
    const QByteArray native = QFile::encodeName(target);
    struct stat st
    {};
    const bool exists = ::stat(native.constData(), &st) == 0;
    if (exists && !S_ISREG(st.st_mode))
        return tr("This is not a regular file (a folder, pipe or device): it is not replaced");
    if (exists && ::access(native.constData(), W_OK) != 0)
        return errorText(errno); // a file the user may not write is not replaced either
    QByteArray temp = native + ".XXXXXX";
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        return errorText(errno);
    bool done = false;
    auto cleanUp = qScopeGuard([&] {
        if (!done)
            ::unlink(temp.constData());
    });
    const mode_t mode = exists ? (st.st_mode & 07777) : mode_t(0666 & ~currentUmask());
    int error = 0;
    if (::fchmod(fd, mode) != 0 || !writeAll(fd, bytes) || ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error == 0 && ::rename(temp.constData(), native.constData()) != 0)
        error = errno;
    if (error != 0)
        return errorText(error);
    done = true;
    return {};
}

} // namespace BounceLens
