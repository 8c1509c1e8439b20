// The floor set by Qt for the window (issue 24, README Benchmarks): a minimal Qt Widgets window
// with a line edit over a 144 x 4 table, shown, that prints its resident memory and ends once it
// has been painted (as `BOUNCELENS_EXIT_AT_FIRST_PAINT=1 bouncelens` does), so that a
// whole-process timer measures start to first paint. The window cannot open faster than this.
#include "ui/firstpaintexit.h"

#include <QApplication>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLineEdit);
    auto *table = new QTableWidget(144, 4);
    for (int row = 0; row < 144; ++row)
        for (int column = 0; column < 4; ++column)
            table->setItem(row, column,
                           new QTableWidgetItem(QStringLiteral("%1 %2").arg(row).arg(column)));
    layout->addWidget(table);
    window.resize(1000, 700);
    window.installEventFilter(new BounceLens::FirstPaintExit(&window));
    window.show();
    return QApplication::exec();
}
