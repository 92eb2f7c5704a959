#pragma once

#include "Outcome.h"

#include <QString>

namespace codemie {

// Where the platform database is: PostgreSQL (libpq URI form) or an SQLite
// file. Holds no password: that comes from the keychain or PGPASSWORD.
struct ConnectionSettings {
    enum class Driver { PostgreSQL, SQLite };
    Driver driver = Driver::PostgreSQL;
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("codemie");
    QString user;
    QString schema = QStringLiteral("codemie");
    QString sslMode; // disable | allow | prefer | require | verify-ca | verify-full; empty = libpq
                     // default
    QString sslRootCert;
    QString sqlitePath;
    int connectTimeoutSeconds = 10;

    bool isPostgres() const { return driver == Driver::PostgreSQL; }
    bool isLoopback() const;
    // postgresql://user@host:port/db?schema=codemie&sslmode=verify-full or sqlite:PATH.
    // Never contains a password.
    QString toUri() const;
    // Human-readable, for the status bar: "user@host:5432/codemie" or the file name.
    QString displayName() const;

    // Parses the URI forms above. A password inside the URI is refused: it
    // would end up in shell history and process lists.
    static Result<ConnectionSettings> fromUri(const QString &uri);
    static bool isValidSslMode(const QString &mode);
};

} // namespace codemie
