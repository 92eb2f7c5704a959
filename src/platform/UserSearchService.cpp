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
    m_clock.start();
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

void UserSearchService::setCheckInterval(int ms)
{
    m_intervalMs = qMax(10, ms);
    // Not a retry after a failure, nor the check checkNow() asked for.
    if (m_timer.isActive() && m_index && !m_checkAgain && !m_fullDue)
        m_timer.start(m_intervalMs);
}

void UserSearchService::checkNow()
{
    if (!m_started || !m_worker)
        return;
    m_fullDue = true; // the counters may not show the console's own write yet
    if (m_busy) {
        m_checkAgain = true;
        return;
    }
    m_timer.stop();
    check();
}

void UserSearchService::dropAfterWrite()
{
    ++m_writes; // a load in flight may have read before the write: it is read again
    if (!m_started || !m_worker || !m_index)
        return; // not loaded: nothing answers from it
    m_index.reset();
    setState(State::Stale);
    if (m_busy)
        return; // a check in flight finds no index and loads it again
    m_timer.stop();
    load();
}

void UserSearchService::scheduleCheck(qint64 delayMs)
{
    if (m_checkAgain) {
        m_checkAgain = false;
        m_timer.start(0);
        return;
    }
    m_timer.start(int(qBound(qint64(m_intervalMs), delayMs, qint64(24 * 3600 * 1000))));
}

void UserSearchService::load()
{
    m_busy = true;
    m_index.reset(); // the database answers until the new index is in
    setState(State::Loading);
    auto result = std::make_shared<Result<std::shared_ptr<const UserSearchIndex>>>();
    auto counters = std::make_shared<Result<UserSearchIndex::ChangeCounters>>();
    const quint64 writes = m_writes;
    m_worker->run(
        [result, counters, cancel = m_cancel](PlatformSession &s) {
            if (!s.db().isOpen()) {
                result->outcome = Outcome::failure(Outcome::Kind::DatabaseError,
                                                   tr("The database worker could not connect."));
                return;
            }
            // Before the load's snapshot: a write the index misses is
            // reported after this, so the counters move past these.
            *counters = UserSearchIndex::changeCounters(s);
            *result = UserSearchIndex::load(s, cancel.get());
        },
        this,
        [this, result, counters, writes] {
            m_busy = false;
            if (writes != m_writes) {
                // The console wrote while this was read: it may not hold it.
                load();
                return;
            }
            if (!result->isOk()) {
                m_error = result->outcome.fullText();
                setState(State::Failed);
                // Try again later: the database may come back.
                m_timer.start(qMax(m_intervalMs * 10, 30000));
                return;
            }
            m_error.clear();
            m_index = result->value;
            m_counters =
                counters->isOk() && counters->value.tracked ? counters->value.text : QString();
            m_lastFullAtMs = m_clock.elapsed(); // the load read the fingerprint
            ++m_generation;
            setState(State::Ready);
            scheduleCheck(m_intervalMs);
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
    struct Outcomes {
        Result<UserSearchIndex::ChangeCounters> counters;
        Result<QString> print;
        bool full = false;
        qint64 printMs = 0;
        qint64 elapsedMs = 0;
    };
    auto out = std::make_shared<Outcomes>();
    const bool forced = m_fullDue;
    m_fullDue = false;
    const bool backstopDue =
        m_clock.elapsed() - m_lastFullAtMs >= qMax<qint64>(m_backstopMs, m_lastFullCostMs * 10);
    m_worker->run(
        [out, forced, backstopDue, baseline = m_counters](PlatformSession &s) {
            QElapsedTimer t;
            t.start();
            if (!s.db().isOpen()) {
                out->full = true;
                out->print.outcome = Outcome::failure(Outcome::Kind::DatabaseError,
                                                      tr("The database worker could not connect."));
                return;
            }
            out->counters = UserSearchIndex::changeCounters(s);
            // An empty baseline: the counters were not usable at the last check.
            const bool moved = !out->counters.isOk() || !out->counters.value.tracked ||
                               baseline.isEmpty() || out->counters.value.text != baseline;
            out->full = forced || backstopDue || moved;
            if (out->full) {
                QElapsedTimer p;
                p.start();
                out->print = UserSearchIndex::fingerprint(s);
                out->printMs = p.elapsed();
            }
            out->elapsedMs = t.elapsed();
        },
        this,
        [this, out] {
            m_busy = false;
            ++m_checks;
            const bool usable = out->counters.isOk() && out->counters.value.tracked;
            if (!out->full) {
                scheduleCheck(out->elapsedMs * 2);
                return;
            }
            ++m_fingerprints;
            m_lastFullAtMs = m_clock.elapsed();
            m_lastFullCostMs = out->printMs;
            if (out->print.isOk() && m_index && out->print.value == m_index->loadedFingerprint()) {
                // Read before the fingerprint: whatever moves them later
                // was written after it.
                m_counters = usable ? out->counters.value.text : QString();
                // Without usable counters every check is a fingerprint: not
                // back to back on a large database.
                scheduleCheck(out->elapsedMs * (usable ? 2 : 10));
                return;
            }
            // Changed (or unknown): the old index no longer answers.
            m_checkAgain = false;
            m_fullDue = false;
            m_index.reset();
            setState(State::Stale);
            load();
        });
}

} // namespace codemie
