#include "UserSearchService.h"

#include "PlatformSession.h"
#include "QueryCanceller.h"
#include "SessionWorker.h"

#include <QElapsedTimer>

namespace codemie {

UserSearchService::UserSearchService(const PlatformSession &session, QObject *parent)
    : QObject(parent)
    , m_cancel(std::make_shared<QueryCanceller>())
{
    if (session.db().isPostgres() && session.db().isOpen())
        m_worker = std::make_unique<SessionWorker>(session.readerClone());
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &UserSearchService::check);
}

UserSearchService::~UserSearchService()
{
    // A load in progress stops now, on the server too: the worker's thread
    // ends without the GUI waiting for a million users to be sorted.
    m_cancel->cancel();
    m_worker.reset();
}

void UserSearchService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void UserSearchService::start()
{
    if (m_started || !m_worker)
        return;
    m_started = true;
    load();
}

void UserSearchService::checkNow()
{
    if (!m_started || !m_worker)
        return;
    if (m_busy) {
        m_checkAgain = true;
        return;
    }
    m_timer.stop();
    check();
}

void UserSearchService::dropAfterWrite()
{
    if (!m_started || !m_worker || !m_index)
        return; // not loaded: nothing answers from it
    m_index.reset();
    setState(State::Stale);
    if (m_busy)
        return; // a check in flight finds no index and loads it again
    m_timer.stop();
    load();
}

void UserSearchService::scheduleCheck(qint64 lastCheckMs)
{
    if (m_checkAgain) {
        m_checkAgain = false;
        m_timer.start(0);
        return;
    }
    // A slow check (a million users) is not repeated back to back.
    m_timer.start(int(qMax<qint64>(m_intervalMs, lastCheckMs * 10)));
}

void UserSearchService::load()
{
    m_busy = true;
    m_index.reset(); // the database answers until the new index is in
    setState(State::Loading);
    auto result = std::make_shared<Result<std::shared_ptr<const UserSearchIndex>>>();
    auto elapsed = std::make_shared<qint64>(0);
    m_worker->run(
        [result, elapsed, cancel = m_cancel](PlatformSession &s) {
            QElapsedTimer t;
            t.start();
            if (!s.db().isOpen()) {
                result->outcome = Outcome::failure(Outcome::Kind::DatabaseError,
                                                   tr("The database worker could not connect."));
                return;
            }
            *result = UserSearchIndex::load(s, cancel.get());
            *elapsed = t.elapsed();
        },
        this,
        [this, result, elapsed] {
            m_busy = false;
            if (!result->isOk()) {
                m_error = result->outcome.fullText();
                setState(State::Failed);
                // Try again later: the database may come back.
                m_timer.start(qMax(m_intervalMs * 10, 30000));
                return;
            }
            m_error.clear();
            m_index = result->value;
            ++m_generation;
            setState(State::Ready);
            scheduleCheck(*elapsed / 10);
        });
}

void UserSearchService::check()
{
    if (!m_worker || m_busy)
        return;
    if (!m_index) {
        load(); // failed before, or never loaded
        return;
    }
    m_busy = true;
    auto print = std::make_shared<Result<QString>>();
    auto elapsed = std::make_shared<qint64>(0);
    m_worker->run(
        [print, elapsed](PlatformSession &s) {
            QElapsedTimer t;
            t.start();
            if (s.db().isOpen())
                *print = UserSearchIndex::fingerprint(s);
            else
                print->outcome = Outcome::failure(Outcome::Kind::DatabaseError,
                                                  tr("The database worker could not connect."));
            *elapsed = t.elapsed();
        },
        this,
        [this, print, elapsed] {
            m_busy = false;
            ++m_checks;
            if (print->isOk() && m_index && print->value == m_index->loadedFingerprint()) {
                scheduleCheck(*elapsed);
                return;
            }
            // Changed (or unknown): the old index no longer answers.
            m_checkAgain = false;
            m_index.reset();
            setState(State::Stale);
            load();
        });
}

} // namespace codemie
