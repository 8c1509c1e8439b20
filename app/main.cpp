// BounceLens: console commands run on a QCoreApplication (no display, no GUI libraries);
// otherwise the window module (app/ui/guimain.cpp) is loaded and runs the QApplication.
#include "cli/console.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QTextStream>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#ifdef __linux__
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

using namespace BounceLens;

namespace {

using GuiMain = int (*)(int, char **);

// The window module sits next to the executable in the build tree, and at
// <bindir>/BOUNCELENS_GUI_RELATIVE_DIR once installed (../lib/bouncelens for the default
// layout). Both are relative to the executable's real location, so that an install to any
// prefix, with DESTDIR, or moved elsewhere afterwards, finds its own module and never that of
// another installed version.
QStringList guiModuleCandidates(const char *argv0)
{
    QString exe = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    if (exe.isEmpty())
        exe = QString::fromLocal8Bit(argv0);
    const QString dir = QFileInfo(exe).absolutePath();
    return {
        dir + QStringLiteral("/bouncelens_gui"),
        QDir::cleanPath(dir + QStringLiteral("/" BOUNCELENS_GUI_RELATIVE_DIR "/bouncelens_gui"))};
}

// A console run allocates some megabytes within milliseconds (the code table, the decoder's data,
// the messages) and exits. Faulting them in page by page was a third of the time of a
// one-message run (measured: README, Benchmarks). So the heap grows in one 32 MB step and is
// marked for transparent huge pages, as glibc's own glibc.malloc.hugetlb=1 tunable does; the
// memory is only committed where it is touched.
void preferLargeHeapPages()
{
#ifdef __linux__
    constexpr int kPad = 32 * 1024 * 1024;
    constexpr std::uintptr_t kHugePage = 2 * 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024); // mid-sized blocks come from the heap too
    mallopt(M_TOP_PAD, kPad);                   // grow, and trim, in 32 MB steps
    const auto start = reinterpret_cast<std::uintptr_t>(sbrk(0));
    void *volatile growth = std::malloc(1024 * 1024); // volatile: the pair is not optimised out
    std::free(growth);
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t aligned = (start + kHugePage - 1) & ~(kHugePage - 1);
    if (start != std::uintptr_t(-1) && end > aligned + kHugePage)
        madvise(reinterpret_cast<void *>(aligned), end - aligned, MADV_HUGEPAGE); // a hint only
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Console::isConsoleCommand(arguments)) {
        Console::guardStandardInput();
        preferLargeHeapPages();
        QCoreApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("BounceLens"));
        QCoreApplication::setApplicationName(QStringLiteral("bouncelens"));
        QCoreApplication::setApplicationVersion(QStringLiteral(BOUNCELENS_VERSION));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Console::run(QCoreApplication::arguments(), out, err);
    }

    QString errors;
    for (const QString &candidate : guiModuleCandidates(argv[0])) {
        QLibrary module(candidate);
        if (auto guiMain = reinterpret_cast<GuiMain>(module.resolve("bouncelens_gui_main")))
            return guiMain(argc, argv);
        errors += QStringLiteral("\n  ") + module.errorString();
    }
    std::fprintf(stderr,
                 "bouncelens: cannot load the window module:%s\n"
                 "The console commands still work: bouncelens --help\n",
                 qPrintable(errors));
    return Console::Software;
}
