#pragma once

// How the benchmarks wait for the console: asleep in the event loop until
// an event arrives (a worker's answer, a paint, a timer), as a user's
// running console does. A loop that spins on processEvents() keeps the GUI
// thread busy; with the kernel's autogroup scheduling (on by default) that
// thread shares the process's CPU with the very worker thread whose
// connection and query are being measured, and on a loaded machine the
// worker ran about twice as slowly as the same reads on the benchmark's own
// thread.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <functional>

namespace codemie::bench {

inline bool waitFor(const std::function<bool()> &condition, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    QTimer tick; // wakes the loop now and then to check the bound
    tick.start(20);
    while (!condition() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    return condition();
}

} // namespace codemie::bench
