#include "TestDatabase.h"

#include "SchemaInstaller.h"
#include "SchemaProbe.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace codemie::test {

namespace {
QString env(const char *name)
{
    return QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(name));
}
} // namespace

bool TestDatabase::postgresAvailable()
{
    return !env("CODEMIE_TEST_PGHOST").isEmpty();
}

bool TestDatabase::postgresRequired()
{
    if (postgresAvailable())
        return true;
    if (env("CI") == QStringLiteral("true"))
        qWarning("CODEMIE_TEST_PGHOST is not set under CI: the PostgreSQL test server is missing");
    return false;
}

TestDatabase::TestDatabase(Engine engine, const QString &release)
    : m_engine(engine)
    , m_release(release)
{}

std::unique_ptr<TestDatabase> TestDatabase::fromTag(const QString &tag)
{
    const bool pg = tag.startsWith(QStringLiteral("pg-"));
    return std::make_unique<TestDatabase>(pg ? Engine::PostgreSQL : Engine::SQLite,
                                          tag.section(QLatin1Char('-'), 1));
}

void TestDatabase::addEngineRows(const QStringList &tags)
{
    QTest::addColumn<QString>("engine");
    for (const QString &tag : tags)
        QTest::newRow(qPrintable(tag)) << tag;
}

TestDatabase::~TestDatabase()
{
    m_admin.reset();
    if (m_engine == Engine::PostgreSQL && !m_dbName.isEmpty()) {
        ConnectionSettings maint = m_settings;
        maint.database = QStringLiteral("postgres");
        PlatformDatabase db(maint, password());
        if (db.open())
            db.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                        .arg(db.quotedIdentifier(m_dbName)));
    }
}

QString TestDatabase::password() const
{
    return m_engine == Engine::PostgreSQL ? env("CODEMIE_TEST_PGPASSWORD") : QString();
}

QString TestDatabase::create()
{
    if (m_engine == Engine::PostgreSQL) {
        m_settings.driver = ConnectionSettings::Driver::PostgreSQL;
        m_settings.host = env("CODEMIE_TEST_PGHOST");
        m_settings.port = env("CODEMIE_TEST_PGPORT").toInt();
        m_settings.user = env("CODEMIE_TEST_PGUSER");
        m_settings.sslMode = QStringLiteral("disable");
        m_dbName = QStringLiteral("t_%1_%2")
                       .arg(QCoreApplication::applicationName())
                       .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        ConnectionSettings maint = m_settings;
        maint.database = QStringLiteral("postgres");
        {
            PlatformDatabase db(maint, password());
            Outcome o = db.open();
            if (o)
                o = db.exec(
                    QStringLiteral("CREATE DATABASE %1").arg(db.quotedIdentifier(m_dbName)));
            if (!o)
                return o.fullText();
        }
        m_settings.database = m_dbName;
    } else {
        m_settings.driver = ConnectionSettings::Driver::SQLite;
        m_settings.sqlitePath = m_dir.filePath(QStringLiteral("platform.sqlite"));
    }
    m_admin = std::make_unique<PlatformDatabase>(m_settings, password());
    m_admin->setCreateIfMissing(true);
    Outcome o = m_admin->open();
    if (o)
        o = SchemaInstaller::install(*m_admin, m_release);
    return o ? QString() : o.fullText();
}

std::unique_ptr<PlatformSession> TestDatabase::session(const QString &actorEmail,
                                                       int defaultProjectLimit) const
{
    PlatformSession::Options options;
    options.actorEmail = actorEmail;
    options.defaultProjectLimit = defaultProjectLimit;
    auto s = std::make_unique<PlatformSession>(m_settings, password(), options);
    const Outcome o = s->open();
    if (!o)
        qWarning("session failed: %s", qPrintable(o.fullText()));
    return s;
}

QString TestDatabase::addUser(const QString &email, bool admin, bool maintainer, bool active,
                              const QString &name)
{
    const auto caps = SchemaProbe(*m_admin).probe().value.caps;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QVariant now = PlatformDatabase::utcValue(QDateTime::currentDateTimeUtc());
    QString columns = QStringLiteral("id, date, update_date, username, email, name, user_type, "
                                     "is_active, auth_source, email_verified, project_limit, "
                                     "deleted_at, ");
    columns += caps.hasAdminColumn ? QStringLiteral("is_admin") : QStringLiteral("is_super_admin");
    QVariantList params{
        id,
        now,
        now,
        QString(email.section(QLatin1Char('@'), 0, 0) + QLatin1Char('-') + id.left(8)),
        email,
        name.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(name),
        QStringLiteral("regular"),
        active,
        QStringLiteral("keycloak"),
        true,
        admin ? QVariant(QMetaType::fromType<int>()) : QVariant(3),
        active ? QVariant(QMetaType::fromType<QString>()) : now,
        admin};
    if (caps.hasMaintainer) {
        columns += QStringLiteral(", is_maintainer");
        params << maintainer;
    }
    const QString marks =
        QStringList(params.size(), QStringLiteral("?")).join(QStringLiteral(", "));
    const Outcome o = m_admin->exec(
        QStringLiteral("INSERT INTO users (%1) VALUES (%2)").arg(columns, marks), params);
    if (!o)
        qWarning("addUser failed: %s", qPrintable(o.fullText()));
    return id;
}

void TestDatabase::addProject(const QString &name, const QString &type, const QString &createdBy)
{
    const QVariant now = PlatformDatabase::utcValue(QDateTime::currentDateTimeUtc());
    const Outcome o = m_admin->exec(
        QStringLiteral("INSERT INTO applications (id, name, date, update_date, git_repos, "
                       "project_type, created_by, description) VALUES (?, ?, ?, ?, '[]', ?, ?, ?)"),
        {name, name, now, now, type,
         createdBy.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(createdBy),
         QStringLiteral("Test project")});
    if (!o)
        qWarning("addProject failed: %s", qPrintable(o.fullText()));
}

void TestDatabase::addMembership(const QString &userId, const QString &project, bool projectAdmin)
{
    const QVariant now = PlatformDatabase::utcValue(QDateTime::currentDateTimeUtc());
    const Outcome o = m_admin->exec(
        QStringLiteral("INSERT INTO user_projects (id, date, update_date, user_id, project_name, "
                       "is_project_admin) VALUES (?, ?, ?, ?, ?, ?)"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces), now, now, userId, project,
         projectAdmin});
    if (!o)
        qWarning("addMembership failed: %s", qPrintable(o.fullText()));
}

bool TestDatabase::someoneWaitsForLockOn(const QString &table)
{
    return admin()
               .scalar(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted AND "
                                      "relation = CAST(? AS regclass)"),
                       {table})
               .value.toInt() > 0;
}

QString migratedRowsText(TestDatabase &db)
{
    QStringList rows;
    QSqlQuery q = db.admin().newQuery();
    db.admin().exec(q, QStringLiteral("SELECT u.username, u.email, coalesce(u.name, '-'), "
                                      "u.is_admin, coalesce(u.project_limit, -1) FROM users u"));
    while (q.next())
        rows << QStringLiteral("U %1 %2 %3 %4 %5")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString());
    QSqlQuery m = db.admin().newQuery();
    db.admin().exec(m, QStringLiteral("SELECT u.username, m.project_name, m.is_project_admin FROM "
                                      "user_projects m JOIN users u ON u.id = m.user_id"));
    while (m.next())
        rows << QStringLiteral("M %1 %2 %3")
                    .arg(m.value(0).toString(), m.value(1).toString(), m.value(2).toString());
    QSqlQuery a = db.admin().newQuery();
    db.admin().exec(
        a,
        QStringLiteral("SELECT name, project_type, coalesce(created_by, '-') FROM applications"));
    while (a.next())
        rows << QStringLiteral("A %1 %2").arg(a.value(0).toString(), a.value(1).toString());
    rows.sort();
    return rows.join(QLatin1Char('\n'));
}

} // namespace codemie::test
