#pragma once

#include <QByteArray>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace BounceLens {

// Benchmarks only (tests/bench/README.md, "Window start"): with BOUNCELENS_EXIT_AT_FIRST_PAINT=1
// in the environment the process prints its resident memory and ends as soon as the window has
// been painted once, so that a whole-process timer (hyperfine) measures start to first paint.
// tests/bench/floor_window.cpp uses it for a minimal Qt window. Header only: the floor links
// nothing of the project.
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

} // namespace BounceLens
