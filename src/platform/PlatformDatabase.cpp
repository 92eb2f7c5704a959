#include "PlatformDatabase.h"

#include "SqlText.h"
#include "SqliteCollation.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QTimeZone>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PlatformDatabase)
};
QAtomicInt connectionCounter;

QString escapeConnectOption(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}
} // namespace

PlatformDatabase::PlatformDatabase(ConnectionSettings settings, QString password)
    : m_settings(std::move(settings))
    , m_password(std::move(password))
    , m_connectionName(QStringLiteral("codemie-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

PlatformDatabase::~PlatformDatabase()
{
    close();
}

std::unique_ptr<PlatformDatabase> PlatformDatabase::sibling() const
{
    auto other = std::make_unique<PlatformDatabase>(m_settings, m_password);
    other->m_createIfMissing = m_createIfMissing;
    return other;
}

QSqlDatabase PlatformDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool PlatformDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

void PlatformDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Outcome PlatformDatabase::open()
{
    close();
    if (m_settings.isPostgres()) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return Outcome::failure(Outcome::Kind::DatabaseError,
                                    Tr::tr("The PostgreSQL driver for Qt is not installed."),
                                    Tr::tr("Install the Qt 6 PostgreSQL plugin (Debian: "
                                           "libqt6sql6-psql) and start the console again."));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(m_settings.host);
        db.setPort(m_settings.port);
        db.setDatabaseName(m_settings.database);
        db.setUserName(m_settings.user);
        db.setPassword(m_password);
        QStringList options;
        options << QStringLiteral("connect_timeout=%1").arg(m_settings.connectTimeoutSeconds);
        options << QStringLiteral("application_name=codemie-admin");
        if (!m_settings.sslMode.isEmpty())
            options << QStringLiteral("sslmode=") + m_settings.sslMode;
        if (!m_settings.sslRootCert.isEmpty())
            options << QStringLiteral("sslrootcert=") + escapeConnectOption(m_settings.sslRootCert);
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            const QSqlError error = db.lastError();
            QString text = error.databaseText().trimmed();
            if (text.isEmpty())
                text = error.driverText();
            QString help =
                Tr::tr("Check the host, port, database name, user and password, and that "
                       "the server accepts connections from this machine.");
            if (text.contains(QStringLiteral("password authentication failed")) ||
                text.contains(QStringLiteral("no password supplied")))
                help = Tr::tr("Check the password (PGPASSWORD for the command line).");
            else if (text.contains(QStringLiteral("certificate")) ||
                     text.contains(QStringLiteral("SSL")))
                help = Tr::tr("Check sslmode and the root certificate; with verify-full the server "
                              "name must match its certificate.");
            return Outcome::failure(Outcome::Kind::DatabaseError,
                                    Tr::tr("Could not connect to %1").arg(m_settings.displayName()),
                                    text, help);
        }
        const QString schema = quotedIdentifier(m_settings.schema);
        const QStringList session = {
            QStringLiteral("SET search_path TO %1, public").arg(schema),
            QStringLiteral("SET TIME ZONE 'UTC'"),
            QStringLiteral("SET lock_timeout = '5s'"),
            QStringLiteral("SET statement_timeout = '120s'"),
            QStringLiteral("SET idle_in_transaction_session_timeout = '60s'"),
        };
        for (const QString &sql : session) {
            Outcome o = exec(sql);
            if (!o)
                return o;
        }
        return Outcome::ok();
    }

    if (!m_createIfMissing && !QFileInfo::exists(m_settings.sqlitePath))
        return Outcome::failure(
            Outcome::Kind::DatabaseError,
            Tr::tr("The database file %1 does not exist.").arg(m_settings.sqlitePath), {},
            Tr::tr("Choose an existing platform database file."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_settings.sqlitePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Outcome::failure(
            Outcome::Kind::DatabaseError,
            Tr::tr("Could not open the database file %1").arg(m_settings.sqlitePath),
            db.lastError().text());
    // Reading the catalogue fails on a file that is not an SQLite database.
    Outcome o = exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!o)
        return Outcome::failure(Outcome::Kind::DatabaseError,
                                Tr::tr("%1 is not an SQLite database.").arg(m_settings.sqlitePath),
                                o.details(), Tr::tr("Choose a platform database file."));
    m_textCollation = SqliteCollation::install(db);
    return exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

QString PlatformDatabase::textOrder(const QString &expression) const
{
    if (isPostgres() || !m_textCollation)
        return expression; // PostgreSQL: the database's collation already
    return QStringLiteral("%1 COLLATE %2").arg(expression, SqliteCollation::name());
}

QSqlQuery PlatformDatabase::newQuery() const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    return q;
}

Outcome PlatformDatabase::exec(QSqlQuery &query, const QString &sql,
                               const QVariantList &params) const
{
    if (!isOpen())
        return Outcome::failure(Outcome::Kind::DatabaseError,
                                Tr::tr("Not connected to the platform database."), {},
                                Tr::tr("Connect again."));
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return outcomeFor(query.lastError());
    for (int i = 0; i < params.size(); ++i)
        query.bindValue(i, params.at(i));
    if (!query.exec())
        return outcomeFor(query.lastError());
    return Outcome::ok();
}

Outcome PlatformDatabase::exec(const QString &sql, const QVariantList &params) const
{
    QSqlQuery q = newQuery();
    if (params.isEmpty()) {
        if (!isOpen())
            return Outcome::failure(Outcome::Kind::DatabaseError,
                                    Tr::tr("Not connected to the platform database."));
        if (!q.exec(sql))
            return outcomeFor(q.lastError());
        return Outcome::ok();
    }
    return exec(q, sql, params);
}

Result<QVariant> PlatformDatabase::scalar(const QString &sql, const QVariantList &params) const
{
    Result<QVariant> r;
    QSqlQuery q = newQuery();
    r.outcome = exec(q, sql, params);
    if (r.outcome && q.next())
        r.value = q.value(0);
    return r;
}

Outcome PlatformDatabase::outcomeFor(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    if (code == QStringLiteral("55P03"))
        return Outcome::failure(Outcome::Kind::Busy,
                                Tr::tr("The data is locked by another session."), text,
                                Tr::tr("Nothing was changed. If the platform is upgrading, wait "
                                       "until it has finished; otherwise try again in a moment."));
    if (code == QStringLiteral("57014"))
        return Outcome::failure(Outcome::Kind::Busy,
                                Tr::tr("The database took too long to answer."), text,
                                Tr::tr("Nothing was changed. Try again, or narrow the search."));
    if (code == QStringLiteral("40001") || code == QStringLiteral("40P01"))
        return Outcome::failure(Outcome::Kind::Conflict,
                                Tr::tr("Another session changed the same data at the same time."),
                                text, Tr::tr("Nothing was changed. Reload and try again."));
    // SQLite's driver reports every failed statement as a ConnectionError;
    // its result code says what happened (the primary code is the low byte of
    // an extended one).
    const int sqliteCode = isPostgres() ? -1 : (code.toInt() & 0xff);
    const bool sqliteConstraint =
        sqliteCode == 19 || text.contains(QStringLiteral("constraint failed"));
    if (sqliteConstraint && text.contains(QStringLiteral("FOREIGN KEY")))
        return Outcome::failure(Outcome::Kind::Refused,
                                Tr::tr("A row refers to data that does not exist, or other data "
                                       "still refers to this row."),
                                text);
    if (sqliteConstraint && text.contains(QStringLiteral("UNIQUE")))
        return Outcome::failure(Outcome::Kind::Conflict,
                                Tr::tr("A row with the same key already exists."), text,
                                Tr::tr("Reload: someone may have made the same change."));
    const bool sqliteConnectionLost =
        sqliteCode == 10 || sqliteCode == 11 || sqliteCode == 14 || sqliteCode == 26;
    if (code == QStringLiteral("23505"))
        return Outcome::failure(Outcome::Kind::Conflict,
                                Tr::tr("A row with the same key already exists."), text,
                                Tr::tr("Reload: someone may have made the same change."));
    if (code == QStringLiteral("23503"))
        return Outcome::failure(Outcome::Kind::Refused,
                                Tr::tr("Other data still refers to this row."), text);
    if (code == QStringLiteral("25006") || code == QStringLiteral("42501"))
        return Outcome::failure(Outcome::Kind::ReadOnly,
                                Tr::tr("The database refused the write: %1").arg(text), {},
                                Tr::tr("Connect with a user that may write, or to the primary "
                                       "server."));
    if (code.startsWith(QStringLiteral("08")) || sqliteConnectionLost ||
        (isPostgres() && error.type() == QSqlError::ConnectionError) ||
        text.contains(QStringLiteral("server closed the connection")) ||
        text.contains(QStringLiteral("no connection to the server")))
        return Outcome::failure(Outcome::Kind::DatabaseError,
                                Tr::tr("The connection to the database was lost."), text,
                                Tr::tr("Nothing was changed. Reconnect and try again."));
    if (!isPostgres() && (text.contains(QStringLiteral("database is locked")) ||
                          text.contains(QStringLiteral("database table is locked"))))
        return Outcome::failure(Outcome::Kind::Busy, Tr::tr("The database file is locked."), text,
                                Tr::tr("Another program is writing to it; try again in a moment."));
    return Outcome::failure(Outcome::Kind::DatabaseError, Tr::tr("The database reported an error."),
                            text, code.isEmpty() ? QString() : Tr::tr("SQLSTATE %1").arg(code));
}

QString PlatformDatabase::jsonParameter() const
{
    return isPostgres() ? QStringLiteral("CAST(? AS jsonb)") : QStringLiteral("?");
}

QString PlatformDatabase::boolLiteral(bool value) const
{
    if (isPostgres())
        return value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

QString PlatformDatabase::anyOf(const QString &column, const QStringList &values,
                                QVariantList &params) const
{
    if (isPostgres()) {
        params << SqlText::textArray(values);
        return column + QStringLiteral(" = ANY(CAST(? AS text[]))");
    }
    for (const QString &v : values)
        params << v;
    return column + QStringLiteral(" IN (%1)").arg(SqlText::placeholders(int(values.size())));
}

QString PlatformDatabase::quotedIdentifier(const QString &identifier) const
{
    QString id = identifier;
    id.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + id + QLatin1Char('"');
}

QVariant PlatformDatabase::utcValue(const QDateTime &value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QDateTime PlatformDatabase::toUtc(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (value.typeId() == QMetaType::QDateTime) {
        const QDateTime dt = value.toDateTime();
        // The session runs in UTC, so wall-clock values are UTC.
        return QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    }
    const QString text = value.toString().trimmed();
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    if (!dt.isValid())
        dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        return QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    return dt.toUTC();
}

QDateTime PlatformDatabase::nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

QString PlatformDatabase::serverVersion() const
{
    if (isPostgres()) {
        const auto r = scalar(QStringLiteral("SELECT current_setting('server_version')"));
        return QStringLiteral("PostgreSQL ") + r.value.toString().section(QLatin1Char(' '), 0, 0);
    }
    const auto r = scalar(QStringLiteral("SELECT sqlite_version()"));
    return QStringLiteral("SQLite ") + r.value.toString();
}

WriteTransaction::WriteTransaction(const PlatformDatabase &db)
    : m_db(db)
{
    if (db.isPostgres()) {
        m_begin = db.exec(QStringLiteral("BEGIN"));
        if (m_begin) {
            m_open = true;
            m_begin = db.exec(QStringLiteral("SET LOCAL lock_timeout = '5s'"));
            if (m_begin)
                m_begin = db.exec(QStringLiteral("SET LOCAL statement_timeout = '60s'"));
        }
    } else {
        m_begin = db.exec(QStringLiteral("BEGIN IMMEDIATE"));
        m_open = m_begin.isOk();
    }
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Outcome WriteTransaction::commit()
{
    if (!m_open)
        return Outcome::failure(
            Outcome::Kind::DatabaseError,
            QCoreApplication::translate("PlatformDatabase", "The transaction is not open."));
    Outcome o = m_db.exec(QStringLiteral("COMMIT"));
    if (o)
        m_open = false;
    else
        rollback();
    return o;
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_db.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
}

} // namespace codemie
