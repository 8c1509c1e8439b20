// BounceLens: console commands run on a QCoreApplication (no display, no GUI libraries);
// otherwise the window module (app/ui/guimain.cpp) is loaded and runs the QApplication.
#include "console.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QTextStream>

#include <cstdio>

using namespace BounceLens;

namespace {

using GuiMain = int (*)(int, char **);

// The module sits next to the executable in a build, and in BOUNCELENS_GUI_DIR when installed.
QStringList guiModuleCandidates(const char *argv0)
{
    QString exe = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    if (exe.isEmpty())
        exe = QString::fromLocal8Bit(argv0);
    return {QFileInfo(exe).absolutePath() + QStringLiteral("/bouncelens_gui"),
            QStringLiteral(BOUNCELENS_GUI_DIR "/bouncelens_gui")};
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Console::isConsoleCommand(arguments)) {
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
    return Console::UsageError;
}
