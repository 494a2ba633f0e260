// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the start-up benchmark (tests/benchmarks/bench_footprint): when OUTAGE_RADAR_FIRST_PAINT is
// set, the first time `window` has been painted the process writes "first-paint <ns>" to stderr, ns
// being the monotonic clock that every process on the machine shares, and quits when the value is
// "quit". The benchmark's bare-Qt baseline includes this very header, so both are timed alike.
#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace radar {

class FirstPaintReporter : public QObject
{
public:
    explicit FirstPaintReporter(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

    /// Watches `window` when the environment asks for it.
    static void install(QWidget *window)
    {
        if (qEnvironmentVariableIsSet("OUTAGE_RADAR_FIRST_PAINT"))
            new FirstPaintReporter(window);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // After this paint event is done and the backing store is flushed: the next turn.
            QTimer::singleShot(0, this, [] {
                const auto now = std::chrono::steady_clock::now().time_since_epoch();
                std::fprintf(stderr, "first-paint %lld\n",
                             static_cast<long long>(
                                 std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
                std::fflush(stderr);
                if (qgetenv("OUTAGE_RADAR_FIRST_PAINT") == "quit")
                    QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace radar
