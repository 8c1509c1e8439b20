// The window, as a module that the bouncelens executable loads when no console command is
// given: the console side then never loads the Qt Widgets/GUI libraries.
#include "codes/codetable.h"
#include "common/exitcode.h"
#include "ui/appicon.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QByteArray>
#include <QEvent>
#include <QFile>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <cstdlib>

using namespace BounceLens;

namespace {

// Benchmarks only (tests/bench/README.md, "Window start"): with BOUNCELENS_EXIT_AT_FIRST_PAINT=1
// in the environment the process prints its resident memory and ends as soon as the window has
// been painted once, so that a whole-process timer (hyperfine) measures start to first paint.
// tests/bench/floor_window.cpp does the same for a minimal Qt window.
class FirstPaintExit : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // After the paint event, once the backing store has been flushed.
            QTimer::singleShot(0, this, [] {
                QFile status(QStringLiteral("/proc/self/status"));
                QByteArray rss = "?";
                if (status.open(QIODevice::ReadOnly))
                    for (const QByteArray &line : status.readAll().split('\n'))
                        if (line.startsWith("VmRSS:"))
                            rss = line.mid(6).trimmed();
                std::fprintf(stderr, "first paint; VmRSS %s\n", rss.constData());
                std::fflush(stderr);
                std::_Exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

extern "C" Q_DECL_EXPORT int bouncelens_gui_main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BounceLens"));
    QCoreApplication::setApplicationName(QStringLiteral("bouncelens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOUNCELENS_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("BounceLens"));
    QGuiApplication::setDesktopFileName(QStringLiteral("bouncelens"));
    // Every window and dialog (the About box too) shows it, with or without an SVG plugin.
    QApplication::setWindowIcon(appIcon());

    LanguageManager languages;
    languages.restore();

    QString error;
    const auto table = CodeTable::loadBuiltIn(&error);
    if (!table) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "BounceLens"),
                              QCoreApplication::translate("main", "The code table is broken, so "
                                                                  "BounceLens cannot start.\n\n%1")
                                  .arg(error));
        return ProcessExit::Software;
    }

    MainWindow window(&*table, &languages);
    if (qEnvironmentVariableIntValue("BOUNCELENS_EXIT_AT_FIRST_PAINT") == 1)
        window.installEventFilter(new FirstPaintExit(&window));
    window.show();
    // "bouncelens PATH..." opens the files in the Decode view (several, a folder or an mbox:
    // its mailbox page).
    QStringList paths = QCoreApplication::arguments().mid(1);
    paths.removeIf([](const QString &a) { return a.startsWith(u'-'); });
    if (!paths.isEmpty())
        window.openFiles(paths);
    return QApplication::exec();
}
