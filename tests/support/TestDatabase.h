#pragma once

#include "PlatformSession.h"

#include <QTemporaryDir>
#include <memory>

namespace codemie::test {

// A throw-away platform database for one test: a fresh PostgreSQL database
// on the test server (CODEMIE_TEST_PG* variables, set by scripts/test) with
// the schema of one release, or an SQLite file in a temporary folder.
class TestDatabase {
public:
    enum class Engine { PostgreSQL, SQLite };

    // True when the PostgreSQL test server is configured. Under CI a missing
    // server is a failure, not a skip: see requirePostgres().
    static bool postgresAvailable();
    // Call in initTestCase(): returns false (after QFAIL/QSKIP) when tests
    // that need PostgreSQL cannot run.
    static bool postgresRequired();

    TestDatabase(Engine engine, const QString &release);
    ~TestDatabase();

    // Creates the database and installs the schema; returns an error text.
    QString create();
    ConnectionSettings settings() const { return m_settings; }
    QString password() const;
    QString uri() const { return m_settings.toUri(); }
    // A raw connection for arranging data (no session rules).
    PlatformDatabase &admin() { return *m_admin; }
    std::unique_ptr<PlatformSession> session(const QString &actorEmail,
                                             int defaultProjectLimit = 3) const;

    // Inserts a user row with the schema's columns; returns its id.
    QString addUser(const QString &email, bool admin = false, bool maintainer = false,
                    bool active = true, const QString &name = QStringLiteral("Test User"));
    void addProject(const QString &name, const QString &type = QStringLiteral("shared"),
                    const QString &createdBy = {});
    void addMembership(const QString &userId, const QString &project, bool projectAdmin);

    bool isPostgres() const { return m_engine == Engine::PostgreSQL; }

private:
    Engine m_engine;
    QString m_release;
    QString m_dbName;
    QTemporaryDir m_dir;
    ConnectionSettings m_settings;
    std::unique_ptr<PlatformDatabase> m_admin;
};

} // namespace codemie::test
