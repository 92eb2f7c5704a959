#pragma once

#include <QString>

class QSqlDatabase;

namespace codemie {

// Text order on SQLite as PostgreSQL's language collation gives it: letters
// with accents next to their base letter ("Ángel" after "Angela", before
// "Zoë"), case second, instead of SQLite's byte order. Installed on every
// SQLite connection the console opens, through the sqlite3 library Qt's
// driver already loaded; when it cannot be, text sorts by bytes as before.
class SqliteCollation {
public:
    // The name to use in "expr COLLATE <name>".
    static QString name() { return QStringLiteral("codemie_text"); }
    // True when the collation was installed on `db` (an open QSQLITE connection).
    static bool install(const QSqlDatabase &db);
    // The comparison itself (negative, zero, positive), for tests.
    static int compare(const QString &a, const QString &b);
};

} // namespace codemie
