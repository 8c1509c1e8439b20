// The floor set by Qt for the window (issue 24, README Benchmarks): a minimal Qt Widgets window
// with a line edit over a 144 x 4 table, shown, that prints its resident memory and ends once it
// has been painted (as `BOUNCELENS_EXIT_AT_FIRST_PAINT=1 bouncelens` does), so that a
// whole-process timer measures start to first paint. The window cannot open faster than this.
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QLineEdit>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <cstdio>
#include <cstdlib>

namespace {

class FirstPaintExit : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
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
    window.installEventFilter(new FirstPaintExit(&window));
    window.show();
    return QApplication::exec();
}
