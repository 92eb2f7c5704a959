#pragma once

#include "PlatformDatabase.h"

#include <atomic>
#include <functional>

namespace codemie {

// COPY … FROM STDIN on the connection of a PlatformDatabase, through the
// libpq that Qt's PostgreSQL driver itself loaded and uses (the connection
// handle comes from QSqlDriver::handle()). COPY is PostgreSQL's fastest way
// to add many rows; it runs inside the caller's transaction like any other
// statement. Where that libpq cannot be found (another driver build, another
// platform's library name) isAvailable() is false and callers insert rows
// another way.
class PgCopy {
public:
    static bool isAvailable(const PlatformDatabase &db);

    // `rows`: lines in COPY's text format (appendValue(), '\t' between
    // values, '\n' after each row).
    static Outcome copy(const PlatformDatabase &db, const QString &table,
                        const QStringList &columns, const QByteArray &rows);

    // One value in COPY's text format: \N for NULL, t/f for booleans, text
    // with backslash, tab, newline and carriage return escaped. A QByteArray
    // is taken as UTF-8 text.
    static void appendValue(QByteArray &row, const QVariant &value);

    // COPY (select) TO STDOUT: the rows of one statement streamed as the
    // server produces them, each handed to `row` in COPY's text format
    // (values separated by '\t', backslash escapes, \N for NULL, ending
    // with '\n'). COPY takes no bind parameters: each '?' in `select` (there
    // must be no other '?') is replaced by its parameter as an escaped
    // literal. When `row` returns false or `cancel` becomes true (checked
    // at least every tenth of a second, also while the server is still
    // sorting), the statement is cancelled on the server and a Refused
    // outcome is returned; the connection stays usable.
    using RowSink = std::function<bool(const char *data, int size)>;
    static Outcome copyOut(const PlatformDatabase &db, const QString &select,
                           const QVariantList &params, const RowSink &row,
                           const std::atomic_bool *cancel = nullptr);
};

} // namespace codemie
