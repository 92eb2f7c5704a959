#pragma once

#include "UserSearchIndex.h"

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
// Fresh: every checkInterval() the worker reads UserSearchIndex::fingerprint()
// (the users' and memberships' row count, newest transaction id and
// update_date); when it differs from the loaded index's, the index is
// dropped at once (index() is null: queries go to the database) and loaded
// again. A check never waits for the GUI, nor the GUI for it. All methods
// are for the GUI thread.
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
    // Fingerprint checks completed so far.
    quint64 checkCount() const { return m_checks; }

    // Time between fingerprint checks (default 2 s; a check that takes long
    // spaces them to at least ten times its duration).
    void setCheckInterval(int ms) { m_intervalMs = qMax(10, ms); }
    int checkInterval() const { return m_intervalMs; }
    // Checks as soon as the worker is free (after the console's own write).
    void checkNow();
    // The console itself just changed users or memberships (a bulk action):
    // the index stops answering at once (the database answers the reload
    // that follows) and is read again, without waiting for the next check.
    void dropAfterWrite();

signals:
    void stateChanged(UserSearchService::State state);

private:
    void setState(State state);
    void scheduleCheck(qint64 lastCheckMs);
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
    int m_intervalMs = 2000;
    quint64 m_generation = 0;
    quint64 m_checks = 0;
    QString m_error;
};

} // namespace codemie
