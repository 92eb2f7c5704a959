#pragma once

#include "PlatformSession.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace codemie {

// Runs database work off the GUI thread, on a thread with its own
// connection. Jobs run in order; each job's `done` runs afterwards on the
// thread of `context` (the GUI), unless `context` was destroyed meanwhile.
class SessionWorker : public QObject {
    Q_OBJECT
public:
    // Takes an unopened session (PlatformSession::clone()); it is opened on
    // the worker thread by the first job.
    explicit SessionWorker(std::unique_ptr<PlatformSession> session, QObject *parent = nullptr);
    ~SessionWorker() override;

    void run(std::function<void(PlatformSession &)> work, QObject *context,
             std::function<void()> done);
    // Outcome of opening the worker's connection (valid after the first job).
    Outcome openOutcome() const;

private:
    class Executor;
    QThread m_thread;
    Executor *m_executor;
};

} // namespace codemie
