// BounceLens: console commands run before any QApplication exists; otherwise the window.
#include "codetable.h"
#include "console.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

using namespace BounceLens;

namespace {

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BounceLens"));
    QCoreApplication::setApplicationName(QStringLiteral("bouncelens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOUNCELENS_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Console::isConsoleCommand(arguments)) {
        QCoreApplication app(argc, argv);
        setNames();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Console::run(QCoreApplication::arguments(), out, err);
    }

    QApplication app(argc, argv);
    setNames();
    QApplication::setApplicationDisplayName(QStringLiteral("BounceLens"));
    QGuiApplication::setDesktopFileName(QStringLiteral("bouncelens"));

    LanguageManager languages;
    languages.restore();

    QString error;
    const auto table = CodeTable::loadBuiltIn(&error);
    if (!table) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "BounceLens"),
                              QCoreApplication::translate("main", "The code table is broken, so "
                                                                  "BounceLens cannot start.\n\n%1")
                                  .arg(error));
        return Console::UsageError;
    }

    MainWindow window(&*table, &languages);
    window.show();
    // "bouncelens FILE" opens the file in the Decode view.
    if (arguments.size() > 1 && !arguments.at(1).startsWith(u'-'))
        window.openFile(arguments.at(1));
    return QApplication::exec();
}
