#include "SessionWorker.h"

#include <QMetaObject>
#include <QMutex>
#include <QPointer>

namespace codemie {

class SessionWorker::Executor : public QObject {
public:
    explicit Executor(std::unique_ptr<PlatformSession> session)
        : m_session(std::move(session))
    {}
    ~Executor() override = default;

    void execute(const std::function<void(PlatformSession &)> &work)
    {
        if (!m_opened) {
            m_opened = true;
            const Outcome o = m_session->open();
            QMutexLocker lock(&m_mutex);
            m_openOutcome = o;
        }
        work(*m_session);
    }
    Outcome openOutcome() const
    {
        QMutexLocker lock(&m_mutex);
        return m_openOutcome;
    }
    void closeSession() { m_session.reset(); }

private:
    std::unique_ptr<PlatformSession> m_session;
    bool m_opened = false;
    mutable QMutex m_mutex;
    Outcome m_openOutcome;
};

SessionWorker::SessionWorker(std::unique_ptr<PlatformSession> session, QObject *parent)
    : QObject(parent)
    , m_executor(new Executor(std::move(session)))
{
    m_thread.setObjectName(QStringLiteral("codemie-db-worker"));
    m_executor->moveToThread(&m_thread);
    m_thread.start();
}

SessionWorker::~SessionWorker()
{
    // The connection must be closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_executor, [executor = m_executor] { executor->closeSession(); },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_executor;
}

void SessionWorker::run(std::function<void(PlatformSession &)> work, QObject *context,
                        std::function<void()> done)
{
    // `done` is posted back to this object (GUI thread), which checks there
    // that `context` still exists.
    QPointer<QObject> target(context);
    QMetaObject::invokeMethod(
        m_executor,
        [this, executor = m_executor, work = std::move(work), target, done = std::move(done)] {
            executor->execute(work);
            QMetaObject::invokeMethod(
                this,
                [target, done] {
                    if (target && done)
                        done();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

Outcome SessionWorker::openOutcome() const
{
    return m_executor->openOutcome();
}

} // namespace codemie
