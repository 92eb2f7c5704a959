#include "SchemaProbe.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SchemaProbe)
};
} // namespace

SchemaProbe::SchemaProbe(const PlatformDatabase &db)
    : m_db(db)
{}

bool SchemaProbe::hasTable(const QString &table) const
{
    if (m_db.isPostgres()) {
        const auto r = m_db.scalar(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"),
                                   {QString(m_db.settings().schema + QLatin1Char('.') + table)});
        return r.isOk() && r.value.toBool();
    }
    const auto r = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
        {table});
    return r.isOk() && r.value.toInt() > 0;
}

bool SchemaProbe::hasColumn(const QString &table, const QString &column) const
{
    if (m_db.isPostgres()) {
        const auto r = m_db.scalar(
            QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                           "? AND table_name = ? AND column_name = ?"),
            {m_db.settings().schema, table, column});
        return r.isOk() && r.value.toInt() > 0;
    }
    const auto r =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"),
                    {table, column});
    return r.isOk() && r.value.toInt() > 0;
}

Outcome SchemaProbe::readRevision(SchemaInfo &info) const
{
    if (!hasTable(QStringLiteral("alembic_version")))
        return Outcome::ok();
    if (m_db.isPostgres()) {
        // The platform's migration runner holds ACCESS EXCLUSIVE on
        // alembic_version for the whole upgrade: even a SELECT would wait.
        WriteTransaction tx(m_db); // a transaction so that SET LOCAL applies
        if (!tx.beginOutcome())
            return tx.beginOutcome();
        Outcome o = m_db.exec(QStringLiteral("SET LOCAL lock_timeout = '2s'"));
        if (!o)
            return o;
        const auto r = m_db.scalar(QStringLiteral("SELECT version_num FROM alembic_version"));
        if (r.outcome.kind() == Outcome::Kind::Busy) {
            info.upgradeInProgress = true;
            return Outcome::ok();
        }
        if (!r.outcome)
            return r.outcome;
        info.revision = r.value.toString();
        tx.rollback();
        return Outcome::ok();
    }
    const auto r = m_db.scalar(QStringLiteral("SELECT version_num FROM alembic_version"));
    if (!r.outcome)
        return r.outcome;
    info.revision = r.value.toString();
    return Outcome::ok();
}

Result<SchemaInfo> SchemaProbe::probe() const
{
    Result<SchemaInfo> result;
    SchemaInfo &info = result.value;
    info.serverVersion = m_db.serverVersion();

    Outcome o = readRevision(info);
    if (!o) {
        result.outcome = o;
        return result;
    }

    SchemaCapabilities &c = info.caps;
    const QString users = QStringLiteral("users");
    c.hasUsersTable = hasTable(users);
    c.hasAdminColumn = hasColumn(users, QStringLiteral("is_admin"));
    c.hasLegacyAdminColumn =
        !c.hasAdminColumn && hasColumn(users, QStringLiteral("is_super_admin"));
    c.hasMaintainer = hasColumn(users, QStringLiteral("is_maintainer"));
    c.hasCostCenters = hasTable(QStringLiteral("cost_centers")) &&
                       hasColumn(QStringLiteral("applications"), QStringLiteral("cost_center_id"));
    c.hasDisplayName = hasColumn(QStringLiteral("applications"), QStringLiteral("display_name"));
    c.hasGlobalBudgets =
        hasTable(QStringLiteral("budgets")) && hasTable(QStringLiteral("user_budget_assignments"));
    c.hasProjectBudgets = hasTable(QStringLiteral("project_budget_assignments")) &&
                          hasTable(QStringLiteral("project_member_budget_assignments"));
    c.hasBudgetGroups = hasTable(QStringLiteral("project_budget_groups"));
    c.hasActivityEvents = hasTable(QStringLiteral("activity_events"));
    c.hasUserEnrichment = hasTable(QStringLiteral("user_enrichment"));
    if (hasTable(QStringLiteral("project_spend_tracking")))
        c.spendTable = QStringLiteral("project_spend_tracking");
    else if (hasTable(QStringLiteral("project_cost_tracking")))
        c.spendTable = QStringLiteral("project_cost_tracking");

    info.release = PlatformReleaseMap::detect(info.revision, c);

    if (m_db.isPostgres()) {
        const auto ro =
            m_db.scalar(QStringLiteral("SELECT current_setting('transaction_read_only')"));
        info.serverReadOnly = ro.isOk() && ro.value.toString() == QStringLiteral("on");
        // Cross-check the upgrade lock in pg_locks (cheap, never blocks).
        if (!info.upgradeInProgress) {
            const auto lock = m_db.scalar(
                QStringLiteral("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = "
                               "l.relation JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
                               "c.relname = 'alembic_version' AND n.nspname = ? AND l.mode = "
                               "'AccessExclusiveLock' AND l.granted AND l.pid <> "
                               "pg_backend_pid()"),
                {m_db.settings().schema});
            info.upgradeInProgress = lock.isOk() && lock.value.toInt() > 0;
        }
        if (c.hasUsersTable) {
            const auto priv =
                m_db.scalar(QStringLiteral("SELECT has_table_privilege(?, 'UPDATE') AND "
                                           "has_table_privilege(?, 'INSERT')"),
                            {QString(m_db.settings().schema + QStringLiteral(".users")),
                             QString(m_db.settings().schema + QStringLiteral(".user_projects"))});
            info.userMayWrite = priv.isOk() && priv.value.toBool();
        }
        if (hasTable(QStringLiteral("dynamic_config"))) {
            const auto seen =
                m_db.scalar(QStringLiteral("SELECT count(*) FROM dynamic_config WHERE updated_by = "
                                           "'keycloak_migration_service'"));
            info.builtInMigrationSeen = seen.isOk() && seen.value.toInt() > 0;
        }
    }

    // Decide what the console may write, the first reason wins.
    if (info.upgradeInProgress)
        info.readOnlyReason = Tr::tr("The platform is upgrading its database (the migration runner "
                                     "holds the schema lock). Wait until the upgrade has finished, "
                                     "then reconnect.");
    else if (!c.hasUsersTable)
        info.readOnlyReason =
            Tr::tr("This database has no CodeMie users table in schema '%1'. Check "
                   "the database name and the schema.")
                .arg(m_db.settings().schema);
    else if (c.hasLegacyAdminColumn || !c.hasAdminColumn)
        info.readOnlyReason =
            Tr::tr("This database has the schema of platform 2.18 or older (column "
                   "is_super_admin). Platform-managed mode needs 2.19.0 or later: "
                   "upgrade the platform first, then reconnect.");
    else if (info.revision.isEmpty())
        info.readOnlyReason =
            Tr::tr("The schema revision could not be read (no alembic_version row). "
                   "Writes are disabled until the platform has completed its "
                   "migrations.");
    else if (info.release.newer)
        info.readOnlyReason =
            Tr::tr("Schema revision %1 is newer than this console knows (it knows "
                   "up to platform 2.42). Writes are disabled to protect data the "
                   "console does not understand; update the console.")
                .arg(info.revision);
    else if (!info.release.knownRevision)
        info.readOnlyReason =
            Tr::tr("Schema revision %1 is not a released platform head. Writes are "
                   "disabled until the platform has finished upgrading to a "
                   "release.")
                .arg(info.revision);
    else if (info.serverReadOnly)
        info.readOnlyReason = Tr::tr("The server is read-only (a standby or read-only default). "
                                     "Connect to the primary server to make changes.");
    else if (!info.userMayWrite)
        info.readOnlyReason = Tr::tr("The database user %1 may read but not change users and "
                                     "memberships. Connect as a user with write privileges.")
                                  .arg(m_db.settings().user);
    info.canWrite = info.readOnlyReason.isEmpty();
    return result;
}

} // namespace codemie
