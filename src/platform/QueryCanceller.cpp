#include "QueryCanceller.h"

#include <QLibrary>
#include <QSqlDriver>

namespace codemie {

namespace {
// libpq's cancel entry points, declared with its C ABI (stable since
// PostgreSQL 7.4), so that no libpq headers are needed at build time.
struct pg_conn;
struct pg_cancel;

struct LibPqCancel {
    using GetCancel = pg_cancel *(*)(pg_conn *);
    using Cancel = int (*)(pg_cancel *, char *, int);
    using FreeCancel = void (*)(pg_cancel *);
    GetCancel getCancel = nullptr;
    Cancel cancel = nullptr;
    FreeCancel freeCancel = nullptr;
    bool ok() const { return getCancel && cancel && freeCancel; }

    // The driver loaded libpq already; loading it by name returns that one.
    static const LibPqCancel &instance()
    {
        static const LibPqCancel lib = [] {
            LibPqCancel l;
            static const char *const names[][2] = {{"pq", "5"}, {"libpq", ""}, {"pq", ""}};
            for (const auto &name : names) {
                QLibrary library(QString::fromLatin1(name[0]), QString::fromLatin1(name[1]));
                if (!library.load())
                    continue;
                l.getCancel = reinterpret_cast<GetCancel>(library.resolve("PQgetCancel"));
                l.cancel = reinterpret_cast<Cancel>(library.resolve("PQcancel"));
                l.freeCancel = reinterpret_cast<FreeCancel>(library.resolve("PQfreeCancel"));
                if (l.ok())
                    break;
                l = LibPqCancel();
            }
            return l;
        }();
        return lib;
    }
};

pg_conn *connectionOf(const PlatformDatabase &db)
{
    if (!db.isPostgres() || !db.isOpen())
        return nullptr;
    const QVariant handle = db.database().driver()->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<pg_conn *const *>(handle.constData());
}
} // namespace

QueryCanceller::~QueryCanceller()
{
    disarm();
}

bool QueryCanceller::arm(const PlatformDatabase &db)
{
    QMutexLocker lock(&m_mutex);
    if (m_cancelled)
        return false;
    const LibPqCancel &lib = LibPqCancel::instance();
    if (m_cancel || !lib.ok())
        return true;
    if (pg_conn *conn = connectionOf(db))
        m_cancel = lib.getCancel(conn);
    return true;
}

void QueryCanceller::disarm()
{
    QMutexLocker lock(&m_mutex);
    if (m_cancel)
        LibPqCancel::instance().freeCancel(static_cast<pg_cancel *>(m_cancel));
    m_cancel = nullptr;
}

void QueryCanceller::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    if (m_cancel) {
        char error[256] = {};
        LibPqCancel::instance().cancel(static_cast<pg_cancel *>(m_cancel), error,
                                       int(sizeof error));
    }
}

bool QueryCanceller::isCancelled() const
{
    QMutexLocker lock(&m_mutex);
    return m_cancelled;
}

} // namespace codemie
