#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace BounceLens {

// Writing an export or a report (issue 25): atomically (a temporary file in the same directory,
// renamed over the target, the target's permissions kept, a symbolic link kept and its target
// replaced), never over anything but a regular file (a FIFO or a device node is refused, not
// replaced), and a failure says its cause in the interface language.
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(SafeFile)

public:
    // Returns empty on success, else what went wrong.
    static QString write(const QString &path, const QByteArray &bytes);
    // The cause of a failed system call (errno), in the interface language.
    static QString errorText(int error);
};

} // namespace BounceLens
