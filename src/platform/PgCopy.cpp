#include "PgCopy.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QSqlDriver>
#include <QSqlError>

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
constexpr int pgresCommandOk = 1; // ExecStatusType PGRES_COMMAND_OK
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

    Exec exec = nullptr;
    ResultStatus resultStatus = nullptr;
    PutCopyData putCopyData = nullptr;
    PutCopyEnd putCopyEnd = nullptr;
    GetResult getResult = nullptr;
    ResultErrorMessage resultErrorMessage = nullptr;
    ResultErrorField resultErrorField = nullptr;
    Clear clear = nullptr;
    ErrorMessage errorMessage = nullptr;

    bool ok() const
    {
        return exec && resultStatus && putCopyData && putCopyEnd && getResult &&
               resultErrorMessage && resultErrorField && clear && errorMessage;
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
    // The result of a failed statement, as the driver would report it.
    const auto failure = [&](pg_result *result) {
        const QString text =
            QString::fromUtf8(result ? pq.resultErrorMessage(result) : pq.errorMessage(conn))
                .trimmed();
        const char *state = result ? pq.resultErrorField(result, pgDiagSqlstate) : nullptr;
        const QString code = state ? QString::fromLatin1(state) : QString();
        if (result)
            pq.clear(result);
        return db.outcomeFor(QSqlError(text, text,
                                       code.isEmpty() || code.startsWith(QLatin1String("08"))
                                           ? QSqlError::ConnectionError
                                           : QSqlError::StatementError,
                                       code));
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

} // namespace codemie
