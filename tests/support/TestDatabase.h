#pragma once

#include "PlatformSession.h"
#include "TestWaits.h"

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
    // "pg-2.42.0", "pg-2.19.0", "pg-2.18.0", "sqlite-2.42.0"
    static std::unique_ptr<TestDatabase> fromTag(const QString &tag);
    // Adds one QTest data row per tag, column "engine".
    static void addEngineRows(const QStringList &tags);
    static QStringList writableTags()
    {
        return {QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0"),
                QStringLiteral("pg-2.19.0")};
    }
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
    // PostgreSQL: whether a statement waits for a lock on `table` now (read
    // afresh each call: pg_stat_activity would keep its first snapshot inside
    // a transaction). A test waits on this, not on time, before it releases
    // a lock it holds.
    bool someoneWaitsForLockOn(const QString &table);

private:
    Engine m_engine;
    QString m_release;
    QString m_dbName;
    QTemporaryDir m_dir;
    ConnectionSettings m_settings;
    std::unique_ptr<PlatformDatabase> m_admin;
};

// Users, memberships and projects of `db` as one comparable text (ids and
// timestamps left out): what a migration wrote.
QString migratedRowsText(TestDatabase &db);

} // namespace codemie::test

// Opens a fresh database for the engine of the current data row. A
// PostgreSQL row fails under CI when the test server is missing, and is
// skipped on a developer machine without one.
#define CODEMIE_TEST_DB(var, tag)                                                                  \
    auto var = codemie::test::TestDatabase::fromTag(tag);                                          \
    if (var->isPostgres() && !codemie::test::TestDatabase::postgresAvailable()) {                  \
        if (qEnvironmentVariable("CI") == QStringLiteral("true"))                                  \
            QFAIL("PostgreSQL test server missing under CI (CODEMIE_TEST_PGHOST unset)");          \
        QSKIP("No PostgreSQL test server (run scripts/test)");                                     \
    }                                                                                              \
    do {                                                                                           \
        const QString createError = var->create();                                                 \
        QVERIFY2(createError.isEmpty(), qPrintable(createError));                                  \
    } while (false)
