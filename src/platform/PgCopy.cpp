#include "PgCopy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLibrary>
#include <QSqlDriver>
#include <QSqlError>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <poll.h>
#endif

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PgCopy)
};

// The few libpq entry points COPY needs, declared here with libpq's C ABI
// (stable since PostgreSQL 7.4) so that no libpq headers or import library
// are needed at build time.
struct pg_conn;
struct pg_result;
struct pg_cancel;
constexpr int pgresCommandOk = 1; // ExecStatusType PGRES_COMMAND_OK
constexpr int pgresCopyOut = 3;   // ExecStatusType PGRES_COPY_OUT
constexpr int pgresCopyIn = 4;    // ExecStatusType PGRES_COPY_IN
constexpr int pgDiagSqlstate = 'C';

struct LibPq {
    using Exec = pg_result *(*)(pg_conn *, const char *);
    using ResultStatus = int (*)(const pg_result *);
    using PutCopyData = int (*)(pg_conn *, const char *, int);
    using PutCopyEnd = int (*)(pg_conn *, const char *);
    using GetResult = pg_result *(*)(pg_conn *);
    using ResultErrorMessage = char *(*)(const pg_result *);
    using ResultErrorField = char *(*)(const pg_result *, int);
    using Clear = void (*)(pg_result *);
    using ErrorMessage = char *(*)(const pg_conn *);
    using SendQuery = int (*)(pg_conn *, const char *);
    using GetCopyData = int (*)(pg_conn *, char **, int);
    using ConsumeInput = int (*)(pg_conn *);
    using IsBusy = int (*)(pg_conn *);
    using Socket = int (*)(const pg_conn *);
    using FreeMem = void (*)(void *);
    using EscapeLiteral = char *(*)(pg_conn *, const char *, size_t);
    using GetCancel = pg_cancel *(*)(pg_conn *);
    using Cancel = int (*)(pg_cancel *, char *, int);
    using FreeCancel = void (*)(pg_cancel *);

    Exec exec = nullptr;
    ResultStatus resultStatus = nullptr;
    PutCopyData putCopyData = nullptr;
    PutCopyEnd putCopyEnd = nullptr;
    GetResult getResult = nullptr;
    ResultErrorMessage resultErrorMessage = nullptr;
    ResultErrorField resultErrorField = nullptr;
    Clear clear = nullptr;
    ErrorMessage errorMessage = nullptr;
    SendQuery sendQuery = nullptr;
    GetCopyData getCopyData = nullptr;
    ConsumeInput consumeInput = nullptr;
    IsBusy isBusy = nullptr;
    Socket socket = nullptr;
    FreeMem freeMem = nullptr;
    EscapeLiteral escapeLiteral = nullptr;
    GetCancel getCancel = nullptr;
    Cancel cancel = nullptr;
    FreeCancel freeCancel = nullptr;

    bool ok() const
    {
        return exec && resultStatus && putCopyData && putCopyEnd && getResult &&
               resultErrorMessage && resultErrorField && clear && errorMessage && sendQuery &&
               getCopyData && consumeInput && isBusy && socket && freeMem && escapeLiteral &&
               getCancel && cancel && freeCancel;
    }

    // The driver has loaded libpq already; loading it by name again returns
    // the same library, so the handle the driver gives out is one this copy
    // understands.
    static const LibPq &instance()
    {
        static const LibPq lib = [] {
            LibPq l;
            static const char *const names[][2] = {
                {"pq", "5"},   // Linux: libpq.so.5; macOS: libpq.5.dylib
                {"libpq", ""}, // Windows: libpq.dll
                {"pq", ""},    // an unversioned development link
            };
            for (const auto &name : names) {
                QLibrary library(QString::fromLatin1(name[0]), QString::fromLatin1(name[1]));
                if (!library.load())
                    continue;
                const auto resolve = [&library](auto &fn, const char *symbol) {
                    fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(
                        library.resolve(symbol));
                };
                resolve(l.exec, "PQexec");
                resolve(l.resultStatus, "PQresultStatus");
                resolve(l.putCopyData, "PQputCopyData");
                resolve(l.putCopyEnd, "PQputCopyEnd");
                resolve(l.getResult, "PQgetResult");
                resolve(l.resultErrorMessage, "PQresultErrorMessage");
                resolve(l.resultErrorField, "PQresultErrorField");
                resolve(l.clear, "PQclear");
                resolve(l.errorMessage, "PQerrorMessage");
                resolve(l.sendQuery, "PQsendQuery");
                resolve(l.getCopyData, "PQgetCopyData");
                resolve(l.consumeInput, "PQconsumeInput");
                resolve(l.isBusy, "PQisBusy");
                resolve(l.socket, "PQsocket");
                resolve(l.freeMem, "PQfreemem");
                resolve(l.escapeLiteral, "PQescapeLiteral");
                resolve(l.getCancel, "PQgetCancel");
                resolve(l.cancel, "PQcancel");
                resolve(l.freeCancel, "PQfreeCancel");
                if (l.ok())
                    break; // the library stays loaded for the process
                l = LibPq();
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
    const QSqlDatabase database = db.database();
    const QVariant handle = database.driver()->handle();
    // Qt names the type after libpq's typedef or its struct, by version.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<pg_conn *const *>(handle.constData());
}

QString quotedColumns(const PlatformDatabase &db, const QStringList &columns)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << db.quotedIdentifier(c);
    return quoted.join(QStringLiteral(", "));
}

// The result of a failed statement (or the connection's last error when
// `result` is null), as the driver would report it; clears `result`.
Outcome failureOf(const PlatformDatabase &db, pg_conn *conn, pg_result *result)
{
    const LibPq &pq = LibPq::instance();
    const QString text =
        QString::fromUtf8(result ? pq.resultErrorMessage(result) : pq.errorMessage(conn)).trimmed();
    const char *state = result ? pq.resultErrorField(result, pgDiagSqlstate) : nullptr;
    const QString code = state ? QString::fromLatin1(state) : QString();
    if (result)
        pq.clear(result);
    return db.outcomeFor(QSqlError(text, text,
                                   code.isEmpty() || code.startsWith(QLatin1String("08"))
                                       ? QSqlError::ConnectionError
                                       : QSqlError::StatementError,
                                   code));
}

// Until the connection's socket has something to read, at most `ms`.
void waitReadable(int socket, int ms)
{
#ifdef Q_OS_WIN
    WSAPOLLFD p{};
    p.fd = SOCKET(socket);
    p.events = POLLRDNORM;
    WSAPoll(&p, 1, ms);
#else
    pollfd p{socket, POLLIN, 0};
    ::poll(&p, 1, ms);
#endif
}

// `sql` with each '?' replaced by its parameter as an SQL literal (COPY
// takes no bind parameters). Empty when the counts differ.
QByteArray withLiterals(pg_conn *conn, const QString &sql, const QVariantList &params)
{
    const LibPq &pq = LibPq::instance();
    const QByteArray text = sql.toUtf8();
    QByteArray out;
    out.reserve(text.size() + 32 * params.size());
    qsizetype next = 0;
    for (const char c : text) {
        if (c != '?') {
            out += c;
            continue;
        }
        if (next == params.size())
            return {};
        const QVariant &v = params.at(next++);
        switch (v.isNull() ? QMetaType::UnknownType : v.typeId()) {
        case QMetaType::UnknownType:
            out += "NULL";
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            out += v.toByteArray();
            break;
        default: {
            const QByteArray value = v.toString().toUtf8();
            char *literal = pq.escapeLiteral(conn, value.constData(), size_t(value.size()));
            if (!literal)
                return {};
            out += literal;
            pq.freeMem(literal);
        }
        }
    }
    return next == params.size() ? out : QByteArray();
}
} // namespace

bool PgCopy::isAvailable(const PlatformDatabase &db)
{
    return connectionOf(db) && LibPq::instance().ok();
}

Outcome PgCopy::copy(const PlatformDatabase &db, const QString &table, const QStringList &columns,
                     const QByteArray &rows)
{
    pg_conn *conn = connectionOf(db);
    const LibPq &pq = LibPq::instance();
    if (!conn || !pq.ok())
        return Outcome::failure(Outcome::Kind::DatabaseError,
                                Tr::tr("Not connected to the platform database."));
    const auto failure = [&](pg_result *result) {
        return failureOf(db, conn, result);
    };
    const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN")
                               .arg(db.quotedIdentifier(table), quotedColumns(db, columns))
                               .toUtf8();
    pg_result *started = pq.exec(conn, sql.constData());
    if (!started || pq.resultStatus(started) != pgresCopyIn)
        return failure(started);
    pq.clear(started);
    // In pieces, so that no single message is larger than a megabyte.
    constexpr qsizetype piece = 1024 * 1024;
    bool sent = true;
    for (qsizetype at = 0; sent && at < rows.size(); at += piece)
        sent = pq.putCopyData(conn, rows.constData() + at, int(qMin(piece, rows.size() - at))) == 1;
    if (pq.putCopyEnd(conn, sent ? nullptr : "sending the rows failed") != 1)
        sent = false;
    // Every result must be read before the connection takes the next
    // statement; the last non-null one tells how the COPY ended.
    Outcome outcome = Outcome::ok();
    bool failed = false;
    while (pg_result *result = pq.getResult(conn)) {
        if (!failed && pq.resultStatus(result) != pgresCommandOk) {
            outcome = failure(result);
            failed = true;
        } else {
            pq.clear(result);
        }
    }
    if (!failed && !sent)
        outcome = failure(nullptr);
    return outcome;
}

void PgCopy::appendValue(QByteArray &row, const QVariant &value)
{
    if (value.isNull()) {
        row += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        row += value.toBool() ? 't' : 'f';
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        row += value.toByteArray();
        return;
    default:
        break;
    }
    // QByteArray values are UTF-8 text already (JSON built by JsonText).
    const QByteArray text =
        value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
    // Runs of ordinary bytes are appended whole; the buffer grows
    // geometrically (reserving exactly here would copy it on every value).
    const char *const begin = text.constData();
    const char *const end = begin + text.size();
    const char *run = begin;
    for (const char *p = begin; p != end; ++p) {
        const char c = *p;
        const char escaped = c == '\\'   ? '\\'
                             : c == '\t' ? 't'
                             : c == '\n' ? 'n'
                             : c == '\r' ? 'r'
                                         : '\0';
        if (escaped == '\0')
            continue;
        row.append(run, p - run);
        row += '\\';
        row += escaped;
        run = p + 1;
    }
    row.append(run, end - run);
}

Outcome PgCopy::copyOut(const PlatformDatabase &db, const QString &select,
                        const QVariantList &params, const RowSink &row,
                        const std::atomic_bool *cancel)
{
    pg_conn *conn = connectionOf(db);
    const LibPq &pq = LibPq::instance();
    if (!conn || !pq.ok())
        return Outcome::failure(Outcome::Kind::DatabaseError,
                                Tr::tr("Not connected to the platform database."));
    const QByteArray query = withLiterals(conn, select, params);
    if (query.isEmpty())
        return Outcome::failure(Outcome::Kind::DatabaseError,
                                Tr::tr("The statement could not be prepared."));
    const QByteArray sql = "COPY (" + query + ") TO STDOUT";
    if (pq.sendQuery(conn, sql.constData()) != 1)
        return failureOf(db, conn, nullptr);
    const int socket = pq.socket(conn);
    // Stopping asks the server to cancel the statement, then reads what is
    // still on its way, so that the connection is ready for the next one.
    bool stopping = false;
    const auto stop = [&] {
        if (stopping)
            return;
        stopping = true;
        if (pg_cancel *c = pq.getCancel(conn)) {
            char error[256];
            pq.cancel(c, error, int(sizeof error));
            pq.freeCancel(c);
        }
    };
    // Waits for the server without blocking a cancel for longer than a
    // tenth of a second (sorting a large table comes before the first row).
    bool connectionLost = false;
    const auto waitForData = [&] {
        if (cancel && cancel->load())
            stop();
        waitReadable(socket, 100);
        if (pq.consumeInput(conn) != 1)
            connectionLost = true;
    };
    while (!connectionLost && pq.isBusy(conn) == 1)
        waitForData();
    pg_result *started = pq.getResult(conn);
    if (!started || pq.resultStatus(started) != pgresCopyOut) {
        const Outcome failed = failureOf(db, conn, started);
        while (pg_result *rest = pq.getResult(conn))
            pq.clear(rest);
        return failed;
    }
    pq.clear(started);
    for (;;) {
        char *data = nullptr;
        const int size = pq.getCopyData(conn, &data, 1);
        if (size > 0) {
            if (!stopping && cancel && cancel->load())
                stop();
            const bool more = stopping || row(data, size);
            pq.freeMem(data);
            if (!more)
                stop();
            continue;
        }
        if (size < 0 || connectionLost)
            break; // -1: the COPY has ended; -2: it failed (the result says why)
        waitForData();
    }
    Outcome outcome = Outcome::ok();
    bool failed = false;
    while (pg_result *result = pq.getResult(conn)) {
        if (!failed && pq.resultStatus(result) != pgresCommandOk) {
            outcome = failureOf(db, conn, result);
            failed = true;
        } else {
            pq.clear(result);
        }
    }
    if (stopping)
        return Outcome::failure(Outcome::Kind::Refused, Tr::tr("The read was stopped."));
    if (!failed && connectionLost)
        return failureOf(db, conn, nullptr);
    return outcome;
}

} // namespace codemie
