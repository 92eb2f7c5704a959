#pragma once

#include "PlatformDatabase.h"

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
};

} // namespace codemie
