#pragma once

#include "ConnectionSettings.h"
#include "Outcome.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>

namespace codemie {

// One connection to the platform database, owned by one thread. Applies the
// session settings the platform expects (search_path, UTC, short lock
// timeouts) and turns driver errors into messages a user can act on.
class PlatformDatabase {
public:
    explicit PlatformDatabase(ConnectionSettings settings, QString password = {});
    ~PlatformDatabase();
    PlatformDatabase(const PlatformDatabase &) = delete;
    PlatformDatabase &operator=(const PlatformDatabase &) = delete;

    Outcome open();
    void close();
    // A second, not yet opened connection with the same settings and
    // password, for another thread (open it in that thread).
    std::unique_ptr<PlatformDatabase> sibling() const;
    // SQLite only: create the file when it does not exist (the demo database,
    // tests). Otherwise a missing file is an error, not a new empty database.
    void setCreateIfMissing(bool create) { m_createIfMissing = create; }
    bool isOpen() const;
    const ConnectionSettings &settings() const { return m_settings; }
    bool isPostgres() const { return m_settings.isPostgres(); }
    QSqlDatabase database() const;

    // Runs one statement with positional parameters. Never build SQL from
    // user input: every value goes through `params`.
    Outcome exec(QSqlQuery &query, const QString &sql, const QVariantList &params = {}) const;
    Outcome exec(const QString &sql, const QVariantList &params = {}) const;
    // Single value of the first row (null QVariant when there is no row).
    Result<QVariant> scalar(const QString &sql, const QVariantList &params = {}) const;
    QSqlQuery newQuery() const;

    Outcome outcomeFor(const QSqlError &error) const;

    // "column IN (values)" with its parameters appended to `params`; on
    // PostgreSQL one text[] parameter (column = ANY(…)), so that neither the
    // driver nor the server handles hundreds of placeholders.
    QString anyOf(const QString &column, const QStringList &values, QVariantList &params) const;

    // SQL fragment for a JSON parameter: CAST(? AS jsonb) on PostgreSQL.
    QString jsonParameter() const;
    // "TRUE"/"1" style literals for SQL fragments (not user input).
    QString boolLiteral(bool value) const;
    QString quotedIdentifier(const QString &identifier) const;
    // `expression` ordered as people read text: on SQLite with the
    // language-aware collation (see SqliteCollation), as PostgreSQL's
    // collation orders it; unchanged on PostgreSQL.
    QString textOrder(const QString &expression) const;

    // Timestamps are written as UTC text in one format both engines accept and
    // read back as UTC.
    static QVariant utcValue(const QDateTime &value);
    static QDateTime toUtc(const QVariant &value);
    static QDateTime nowUtc();

    // Server description, e.g. "PostgreSQL 15.20" or "SQLite 3.40.1".
    QString serverVersion() const;

private:
    ConnectionSettings m_settings;
    QString m_password;
    QString m_connectionName;
    bool m_createIfMissing = false;
    bool m_textCollation = false;
};

// A write transaction: BEGIN on construction (BEGIN IMMEDIATE on SQLite),
// ROLLBACK unless commit() succeeded. Short lock and statement timeouts on
// PostgreSQL so that the console never stalls the platform's upgrade.
class WriteTransaction {
public:
    explicit WriteTransaction(const PlatformDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    const Outcome &beginOutcome() const { return m_begin; }
    Outcome commit();
    void rollback();

private:
    const PlatformDatabase &m_db;
    Outcome m_begin;
    bool m_open = false;
};

} // namespace codemie
