#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace codemie {

// One piece of long work (a Keycloak read, a plan, an apply) on its own
// thread, so that the window never waits. `done` runs afterwards on the
// thread of `context` (the GUI), unless `context` is gone by then. The work
// polls `cancelFlag()`; destroying the task asks it to stop and waits.
class BackgroundTask : public QObject {
    Q_OBJECT
public:
    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override;

    // False (and nothing starts) while an earlier piece of work still runs,
    // or its `done` has not run yet.
    bool start(std::function<void()> work, QObject *context, std::function<void()> done);
    // True from start() until `done` has run (or was dropped).
    bool isRunning() const;
    void cancel() { m_cancel = true; }
    const std::atomic_bool *cancelFlag() const { return &m_cancel; }
    bool cancelRequested() const { return m_cancel.load(); }
    // Blocks until the work has finished; its `done` will not run (for
    // cancel, shutdown and a new start).
    void wait();

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel{false};
    bool m_pending = false;   // started, and `done` has not run yet (GUI thread only)
    quint64 m_generation = 0; // of the latest start (GUI thread only)
};

} // namespace codemie
