#pragma once

#include "PlatformDatabase.h"

#include <QMutex>

namespace codemie {

// Lets another thread stop the statement a worker's PostgreSQL connection is
// running: libpq's PQcancel (safe from any thread), reached through the libpq
// that Qt's driver loaded. Used so that closing the Users page or the
// connection does not wait for the search index's long read. Where libpq
// cannot be reached, cancel() only raises the flag, which the worker checks.
class QueryCanceller {
public:
    QueryCanceller() = default;
    ~QueryCanceller();
    QueryCanceller(const QueryCanceller &) = delete;
    QueryCanceller &operator=(const QueryCanceller &) = delete;

    // On the worker thread, before a long statement on `db`. False when
    // cancel() came first (do not start).
    bool arm(const PlatformDatabase &db);
    // On the worker thread, after the statement.
    void disarm();
    // From any thread: the statement in progress fails soon ("canceling
    // statement due to user request"); later arm() calls return false.
    void cancel();
    bool isCancelled() const;

private:
    mutable QMutex m_mutex;
    void *m_cancel = nullptr; // PGcancel*
    bool m_cancelled = false;
};

} // namespace codemie
