#pragma once

#include "UserSearchIndex.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

namespace codemie {

class PlatformSession;
class SessionWorker;
class QueryCanceller;

// Keeps a UserSearchIndex of the session's database loaded and fresh, on a
// worker thread with its own connection (PostgreSQL only; on SQLite it stays
// Off and every query goes to the database).
//
// Fresh: every checkInterval() (2 s) the worker reads PostgreSQL's
// statistics counters of `users` and `user_projects`
// (UserSearchIndex::changeCounters(), microseconds). When they moved since
// the index was read, or backstopInterval() passed since the last full
// check, or the console wrote itself (checkNow()), it reads the exact
// UserSearchIndex::fingerprint() (one scan of each table); when that differs
// from the loaded index's, the index is dropped at once (index() is null:
// queries go to the database) and loaded again. A check never waits for the
// GUI, nor the GUI for it. All methods are for the GUI thread.
//
// How stale the index can be (from another session's commit until index()
// is null):
//  - counted writes: the writer's statistics flush (PostgreSQL 15: when its
//    session goes idle, at most once a second, up to 10 s when the flush
//    meets a lock) + checkInterval() + one fingerprint() (2 s to check and
//    about 1-2 s to read at 1,000,000 users);
//  - writes the counters miss (the writer's track_counts off, a session
//    that stays busy without going idle, a statistics reset that brings the
//    counters back to the values last seen, a role that may not read them):
//    at most backstopInterval() (30 s, at least ten times the last
//    fingerprint's duration) + checkInterval() + one fingerprint();
//  - the console's own writes: checkNow() reads the fingerprint at once.
// When this session's track_counts is off, or the counters cannot be read,
// every check reads the fingerprint, spaced to ten times its duration.
class UserSearchService : public QObject {
    Q_OBJECT
public:
    enum class State { Off, Loading, Ready, Stale, Failed };

    explicit UserSearchService(const PlatformSession &session, QObject *parent = nullptr);
    ~UserSearchService() override;

    // Loads the index (once; later loads follow changes by themselves).
    void start();
    // The index when it is loaded and was fresh at the last check, else null.
    std::shared_ptr<const UserSearchIndex> index() const { return m_index; }
    State state() const { return m_state; }
    // Loads completed so far: a test waits for the next one.
    quint64 generation() const { return m_generation; }
    QString lastError() const { return m_error; }
    // Checks completed so far (counters, and the fingerprint when needed).
    quint64 checkCount() const { return m_checks; }
    // Of them, those that read the full fingerprint.
    quint64 fingerprintCount() const { return m_fingerprints; }
    // A check or load is running on the worker.
    bool isChecking() const { return m_busy; }

    // Time between checks of the counters (default 2 s; a check that takes
    // long is spaced to at least twice its duration). A check already
    // scheduled is moved to the new interval.
    void setCheckInterval(int ms);
    int checkInterval() const { return m_intervalMs; }
    // Longest time between full fingerprints while the counters stand still
    // (default 30 s; at least ten times the last fingerprint's duration).
    void setBackstopInterval(int ms) { m_backstopMs = qMax(10, ms); }
    int backstopInterval() const { return m_backstopMs; }
    // Reads the full fingerprint as soon as the worker is free (after the
    // console's own write).
    void checkNow();
    // The console itself just changed users or memberships (a bulk action):
    // the index stops answering at once (the database answers the reload
    // that follows) and is read again, without waiting for the next check.
    // A load already on its way (it may have read before the write) is read
    // again too.
    void dropAfterWrite();

signals:
    void stateChanged(UserSearchService::State state);

private:
    void setState(State state);
    void scheduleCheck(qint64 delayMs);
    void check();
    void load();

    std::unique_ptr<SessionWorker> m_worker;
    std::shared_ptr<QueryCanceller> m_cancel;
    std::shared_ptr<const UserSearchIndex> m_index;
    QTimer m_timer;
    State m_state = State::Off;
    bool m_started = false;
    bool m_busy = false;
    bool m_checkAgain = false;
    bool m_fullDue = false;      // checkNow() asked for the fingerprint
    QString m_counters;          // changeCounters() when the index was last known fresh
    qint64 m_lastFullAtMs = 0;   // m_clock when the last fingerprint was read
    qint64 m_lastFullCostMs = 0; // how long it took
    QElapsedTimer m_clock;
    int m_intervalMs = 2000;
    int m_backstopMs = 30000;
    quint64 m_generation = 0;
    quint64 m_checks = 0;
    quint64 m_fingerprints = 0;
    quint64 m_writes = 0; // dropAfterWrite() calls: a load begun before one is read again
    QString m_error;
};

} // namespace codemie
