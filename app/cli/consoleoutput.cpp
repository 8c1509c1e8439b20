#include "cli/consoleoutput.h"

#include "common/plaintext.h"
#include "common/safefile.h"
#include "input/messagefiles.h"

#include <QFileDevice>
#include <QTextStream>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {
int g_writeErrno = 0; // the cause of the last failed flush()
} // namespace

void ConsoleOutput::guardStandardInput()
{
    MessageFiles::guardStandardInput();
}

bool &ConsoleOutput::writeFailedFlag()
{
    static thread_local bool failed = false;
    return failed;
}

QString ConsoleOutput::terminalSafe(const QString &text)
{
    return PlainText::terminalSafe(text);
}

QByteArray ConsoleOutput::jsonSafe(QByteArray json)
{
    // In UTF-8, C1 controls are C2 80..C2 9F: those two bytes never occur otherwise.
    qsizetype i = json.indexOf('\x7f');
    qsizetype c1 = json.indexOf('\xc2');
    if (i < 0 && c1 < 0)
        return json;
    QByteArray out;
    out.reserve(json.size() + 32);
    for (i = 0; i < json.size(); ++i) {
        const uchar c = uchar(json.at(i));
        if (c == 0x7F) {
            out += "\\u007f";
        } else if (c == 0xC2 && i + 1 < json.size() && uchar(json.at(i + 1)) >= 0x80
                   && uchar(json.at(i + 1)) < 0xA0) {
            out += "\\u00";
            out += QByteArray::number(uchar(json.at(i + 1)), 16);
            ++i;
        } else {
            out += char(c);
        }
    }
    return out;
}

ConsoleOutput::Output ConsoleOutput::flush(QTextStream &out)
{
    errno = 0;
    out.flush();
    bool ok = out.status() == QTextStream::Ok;
    auto *file = qobject_cast<QFileDevice *>(out.device());
    // QTextStream writes into the file's buffer only: the error shows when that is flushed.
    if (file)
        ok = file->flush() && file->error() == QFileDevice::NoError && ok;
    if (ok)
        return Output::Written;
    const int error = errno;
    g_writeErrno = error;
    if (error == EPIPE)
        return Output::ReaderGone;
    // A pipe or socket whose reading end is closed reports POLLERR for writing.
    const int fd = file ? file->handle() : -1;
    struct stat st
    {};
    if (fd >= 0 && ::fstat(fd, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))) {
        pollfd p{fd, POLLOUT, 0};
        if (::poll(&p, 1, 0) == 1 && (p.revents & POLLERR))
            return Output::ReaderGone;
    }
    return Output::Failed;
}

int ConsoleOutput::writeFailed(Output state, QTextStream &out, QTextStream &err)
{
    if (state == Output::Failed) {
        auto *file = qobject_cast<QFileDevice *>(out.device());
        // The cause in the interface language when it is known (errno), else Qt's words.
        const QString reason = g_writeErrno != 0 ? SafeFile::errorText(g_writeErrno)
                               : file && !file->errorString().isEmpty() ? file->errorString()
                                                                        : tr("write error");
        err << tr("bouncelens: the output could not be written: %1").arg(reason) << Qt::endl;
    }
    writeFailedFlag() = true;
    return WriteError;
}

} // namespace BounceLens
