#include "BackgroundTask.h"

namespace codemie {

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
{}

BackgroundTask::~BackgroundTask()
{
    m_cancel = true;
    wait();
}

bool BackgroundTask::isRunning() const
{
    // Not the thread's own state: it may still be winding down when `done`
    // runs, and `done` must see the task as finished.
    return m_pending;
}

void BackgroundTask::wait()
{
    if (m_thread)
        m_thread->wait();
    // The finished work's answer, if not delivered yet, is dropped.
    m_pending = false;
    ++m_generation;
}

bool BackgroundTask::start(std::function<void()> work, QObject *context, std::function<void()> done)
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait();
    m_cancel = false;
    m_pending = true;
    QPointer<QObject> guard(context);
    // The answer goes through this object, which lives on the GUI thread and
    // outlives the work (its destructor waits), and is dropped there when
    // `context` has gone meanwhile.
    const quint64 generation = ++m_generation;
    m_thread.reset(
        QThread::create([this, work = std::move(work), guard, done = std::move(done), generation] {
            work();
            QMetaObject::invokeMethod(
                this,
                [this, guard, done, generation] {
                    if (generation != m_generation)
                        return; // dropped by wait() or replaced meanwhile
                    m_pending = false;
                    if (guard && done)
                        done();
                },
                Qt::QueuedConnection);
        }));
    m_thread->start();
    return true;
}

} // namespace codemie
