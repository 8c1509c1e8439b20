// The window, as a module that the bouncelens executable loads when no console command is
// given: the console side then never loads the Qt Widgets/GUI libraries.
#include "codes/codetable.h"
#include "common/exitcode.h"
#include "ui/appicon.h"
#include "ui/firstpaintexit.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QWidget>

using namespace BounceLens;

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
