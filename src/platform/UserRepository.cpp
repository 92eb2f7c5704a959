#include "UserRepository.h"

#include "AuditTrail.h"
#include "BudgetViewRepository.h"
#include "MembershipRepository.h"
#include "PlatformSession.h"
#include "SqlText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
};
} // namespace

UserRepository::UserRepository(PlatformSession &session)
    : m_session(session)
{}

QString UserRepository::selectColumns(const SchemaCapabilities &caps, bool withProjectCount)
{
    const QString admin =
        caps.hasAdminColumn ? QStringLiteral("u.is_admin") : QStringLiteral("u.is_super_admin");
    const QString maintainer =
        caps.hasMaintainer ? QStringLiteral("u.is_maintainer") : QStringLiteral("(1 = 0)");
    QString cols = QStringLiteral("u.id, u.username, u.email, u.name, u.user_type, u.auth_source, "
                                  "u.is_active, %1, %2, u.email_verified, u.project_limit, "
                                  "u.last_login_at, u.deleted_at, u.date, u.update_date")
                       .arg(admin, maintainer);
    if (withProjectCount)
        cols += QStringLiteral(", (SELECT count(*) FROM user_projects up WHERE up.user_id = u.id)");
    else
        cols += QStringLiteral(", 0");
    return cols;
}

UserRecord UserRepository::fromRecord(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.email = q.value(2).toString();
    u.name = q.value(3).toString();
    u.userType = q.value(4).toString();
    u.authSource = q.value(5).toString();
    u.isActive = q.value(6).toBool();
    u.isAdmin = q.value(7).toBool();
    u.isMaintainer = q.value(8).toBool();
    u.emailVerified = q.value(9).toBool();
    if (!q.value(10).isNull())
        u.projectLimit = q.value(10).toInt();
    u.lastLoginAt = PlatformDatabase::toUtc(q.value(11));
    u.deletedAt = PlatformDatabase::toUtc(q.value(12));
    u.created = PlatformDatabase::toUtc(q.value(13));
    u.updated = PlatformDatabase::toUtc(q.value(14));
    u.projectCount = q.value(15).toInt();
    return u;
}

UserRepository::Where UserRepository::whereClause(const UserQuery &query) const
{
    const SchemaCapabilities &caps = m_session.caps();
    const PlatformDatabase &db = m_session.db();
    QStringList conditions;
    Where w;
    switch (query.activity) {
    case UserQuery::Activity::Active:
        conditions << QStringLiteral("u.is_active = %1 AND u.deleted_at IS NULL")
                          .arg(db.boolLiteral(true));
        break;
    case UserQuery::Activity::Deactivated:
        conditions << QStringLiteral("(u.is_active = %1 OR u.deleted_at IS NOT NULL)")
                          .arg(db.boolLiteral(false));
        break;
    case UserQuery::Activity::All:
        break;
    }
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        conditions << QStringLiteral("(lower(u.email) LIKE ? ESCAPE '\\' OR lower(u.username) "
                                     "LIKE ? ESCAPE '\\' OR lower(coalesce(u.name, '')) LIKE ? "
                                     "ESCAPE '\\')");
        const QString pattern = SqlText::containsPattern(search);
        w.params << pattern << pattern << pattern;
    }
    if (!query.projects.isEmpty()) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM user_projects fp WHERE fp.user_id = "
                                     "u.id AND fp.project_name IN (%1))")
                          .arg(SqlText::placeholders(int(query.projects.size())));
        for (const QString &p : query.projects)
            w.params << p;
    }
    const QString admin =
        caps.hasAdminColumn ? QStringLiteral("u.is_admin") : QStringLiteral("u.is_super_admin");
    const QString t = db.boolLiteral(true);
    switch (query.role) {
    case UserQuery::Role::Any:
        break;
    case UserQuery::Role::User:
        conditions << QStringLiteral("%1 <> %2").arg(admin, t);
        if (caps.hasMaintainer)
            conditions << QStringLiteral("u.is_maintainer <> %1").arg(t);
        conditions << QStringLiteral("NOT EXISTS (SELECT 1 FROM user_projects rp WHERE "
                                     "rp.user_id = u.id AND rp.is_project_admin = %1)")
                          .arg(t);
        break;
    case UserQuery::Role::ProjectAdmin:
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM user_projects rp WHERE rp.user_id = "
                                     "u.id AND rp.is_project_admin = %1)")
                          .arg(t);
        break;
    case UserQuery::Role::Admin:
        conditions << QStringLiteral("%1 = %2").arg(admin, t);
        break;
    case UserQuery::Role::Maintainer:
        conditions << (caps.hasMaintainer ? QStringLiteral("u.is_maintainer = %1").arg(t)
                                          : QStringLiteral("1 = 0"));
        break;
    }
    if (!query.userType.isEmpty()) {
        conditions << QStringLiteral("u.user_type = ?");
        w.params << query.userType;
    }
    if (!query.budgetId.isEmpty()) {
        if (caps.hasGlobalBudgets) {
            conditions << QStringLiteral("EXISTS (SELECT 1 FROM user_budget_assignments ub WHERE "
                                         "ub.user_id = u.id AND ub.budget_id = ?)");
            w.params << query.budgetId;
        } else {
            conditions << QStringLiteral("1 = 0"); // no budgets before 2.23
        }
    }
    if (!conditions.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return w;
}

bool UserRepository::sortKeyIsNullable(const UserQuery &query)
{
    return query.sortKey == UserQuery::SortKey::Created ||
           query.sortKey == UserQuery::SortKey::LastLogin;
}

QString UserRepository::sortKey(const UserQuery &query, bool *isTimestamp) const
{
    const SchemaCapabilities &caps = m_session.caps();
    if (isTimestamp)
        *isTimestamp = query.sortKey == UserQuery::SortKey::Created ||
                       query.sortKey == UserQuery::SortKey::LastLogin;
    switch (query.sortKey) {
    case UserQuery::SortKey::Name:
        return m_session.db().textOrder(QStringLiteral("lower(coalesce(u.name, ''))"));
    // E-mail and username sort as the database's collation orders the
    // column itself: their indexes then serve the order and the keyset
    // reads, which lower(...) (no index on the platform) cannot.
    case UserQuery::SortKey::Email:
        return QStringLiteral("u.email");
    case UserQuery::SortKey::Username:
        return QStringLiteral("u.username");
    case UserQuery::SortKey::UserType:
        return QStringLiteral("u.user_type");
    case UserQuery::SortKey::Created:
        return QStringLiteral("u.date");
    case UserQuery::SortKey::LastLogin:
        return QStringLiteral("u.last_login_at");
    case UserQuery::SortKey::Projects:
        return QStringLiteral("(SELECT count(*) FROM user_projects sp WHERE sp.user_id = u.id)");
    case UserQuery::SortKey::Admin:
        return caps.hasAdminColumn ? QStringLiteral("u.is_admin")
                                   : QStringLiteral("u.is_super_admin");
    case UserQuery::SortKey::Maintainer:
        return caps.hasMaintainer ? QStringLiteral("u.is_maintainer") : QStringLiteral("u.id");
    case UserQuery::SortKey::TotalSpend:
        return BudgetViewRepository::userTotalSpendSql(caps, QStringLiteral("u"));
    }
    return QStringLiteral("u.id");
}

QString UserRepository::orderClause(const UserQuery &query, bool reversed) const
{
    const bool descending = query.descending != reversed;
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // NULLs last in both directions on both engines; the id keeps pages stable.
    if (!sortKeyIsNullable(query))
        return QStringLiteral(" ORDER BY %1%2, u.id%2").arg(sortKey(query), dir);
    return QStringLiteral(" ORDER BY (%1 IS NULL)%2, %1%3, u.id%3")
        .arg(sortKey(query), reversed ? QStringLiteral(" DESC") : QStringLiteral(" ASC"), dir);
}

Result<int> UserRepository::count(const UserQuery &query) const
{
    Result<int> r;
    const Where w = whereClause(query);
    const auto v =
        m_session.db().scalar(QStringLiteral("SELECT count(*) FROM users u") + w.sql, w.params);
    r.outcome = v.outcome;
    r.value = v.value.toInt();
    return r;
}

Result<QList<UserRecord>> UserRepository::page(const UserQuery &query) const
{
    Slice s;
    s.offset = query.offset;
    s.limit = query.limit;
    const auto rows = slice(query, s);
    return {rows.outcome, rows.value.rows};
}

Result<UserRepository::SliceRows> UserRepository::slice(const UserQuery &query,
                                                        const Slice &slice) const
{
    Result<SliceRows> r;
    const PlatformDatabase &db = m_session.db();
    Where w = whereClause(query);
    bool timestamp = false;
    const QString key = sortKey(query, &timestamp);
    // Timestamps travel as text and are cast back: microseconds survive.
    const bool castTimestamps = timestamp && db.isPostgres();
    const QString keyOut = castTimestamps ? QStringLiteral("CAST(%1 AS TEXT)").arg(key) : key;
    const QString keyIn =
        castTimestamps ? QStringLiteral("CAST(? AS TIMESTAMP)") : QStringLiteral("?");

    if (slice.anchor.isValid()) {
        // Rows after the anchor in the order (NULL keys last, then the id);
        // `backward`, rows before it.
        const bool greater = query.descending == slice.backward; // key and id compare this way
        const QString cmp = greater ? QStringLiteral(">") : QStringLiteral("<");
        QString condition;
        QVariantList params;
        if (slice.anchor.keyIsNull) {
            condition = slice.backward
                            ? QStringLiteral("(%1 IS NOT NULL OR u.id %2 ?)").arg(key, cmp)
                            : QStringLiteral("(%1 IS NULL AND u.id %2 ?)").arg(key, cmp);
            params << slice.anchor.id;
        } else {
            // "key >= k AND (key > k OR id > i)": the first half is a range an
            // index on the key can serve.
            condition =
                QStringLiteral("(%1 %2= %3 AND (%1 %2 %3 OR u.id %2 ?))").arg(key, cmp, keyIn);
            params << slice.anchor.key << slice.anchor.key << slice.anchor.id;
            if (sortKeyIsNullable(query))
                condition = slice.backward
                                ? QStringLiteral("(%1 IS NOT NULL AND %2)").arg(key, condition)
                                : QStringLiteral("(%1 IS NULL OR %2)").arg(key, condition);
        }
        w.sql +=
            (w.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
        w.params += params;
    }
    // The slice's ids first (sorting needs only the key), then their columns:
    // the per-row project count is computed for these rows only.
    const QString inner = orderClause(query, slice.backward);
    const QString sql = QStringLiteral("SELECT ") + selectColumns(m_session.caps(), true) +
                        QStringLiteral(", ") + keyOut + QStringLiteral(", (") + key +
                        QStringLiteral(" IS NULL) FROM users u WHERE u.id IN (SELECT u.id FROM "
                                       "users u") +
                        w.sql + inner + QStringLiteral(" LIMIT ? OFFSET ?)") + orderClause(query);
    w.params << qMax(0, slice.limit) << qMax(0, slice.offset);
    QSqlQuery q = db.newQuery();
    r.outcome = db.exec(q, sql, w.params);
    const int keyColumn = q.record().count() - 2;
    while (r.outcome && q.next()) {
        r.value.rows << fromRecord(q);
        const Position p{q.value(keyColumn), q.value(keyColumn + 1).toBool(),
                         r.value.rows.last().id};
        if (r.value.rows.size() == 1)
            r.value.first = p;
        r.value.last = p;
    }
    return r;
}

Result<QStringList> UserRepository::ids(const UserQuery &query) const
{
    Result<QStringList> r;
    const Where w = whereClause(query);
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q, QStringLiteral("SELECT u.id FROM users u") + w.sql + orderClause(query), w.params);
    while (r.outcome && q.next())
        r.value << q.value(0).toString();
    return r;
}

Result<QHash<QString, int>> UserRepository::positions(const UserQuery &query,
                                                      const QStringList &ids) const
{
    Result<QHash<QString, int>> r;
    if (ids.isEmpty())
        return r;
    const PlatformDatabase &db = m_session.db();
    Where w = whereClause(query);
    // The window numbers the rows under the list's own ORDER BY (the same
    // text as orderClause(), ties by id), so a row number is the row.
    // PostgreSQL: the ids as one array, matched by a hashed sub-select
    // rather than = ANY() (which compares each row with every id).
    QString in;
    if (db.isPostgres()) {
        in = QStringLiteral("p.id IN (SELECT unnest(CAST(? AS text[])))");
        w.params << SqlText::textArray(ids);
    } else {
        in = QStringLiteral("p.id IN (%1)").arg(SqlText::placeholders(int(ids.size())));
        for (const QString &id : ids)
            w.params << id;
    }
    const QString sql = QStringLiteral("SELECT p.id, p.pos FROM (SELECT u.id, row_number() OVER "
                                       "(") +
                        orderClause(query).trimmed() + QStringLiteral(") AS pos FROM users u") +
                        w.sql + QStringLiteral(") p WHERE ") + in;
    QSqlQuery q = db.newQuery();
    r.outcome = db.exec(q, sql, w.params);
    while (r.outcome && q.next())
        r.value.insert(q.value(0).toString(), q.value(1).toInt() - 1);
    return r;
}

Result<UserRecord> UserRepository::findOne(const QString &condition, const QVariant &value,
                                           bool forUpdate) const
{
    Result<UserRecord> r;
    QString sql = QStringLiteral("SELECT ") + selectColumns(m_session.caps(), true) +
                  QStringLiteral(" FROM users u WHERE ") + condition;
    if (forUpdate && m_session.db().isPostgres())
        sql += QStringLiteral(" FOR UPDATE");
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(q, sql, {value});
    if (!r.outcome)
        return r;
    if (!q.next()) {
        r.outcome =
            Outcome::failure(Outcome::Kind::NotFound, Tr::tr("User not found"), {}, {}, 404);
        return r;
    }
    r.value = fromRecord(q);
    return r;
}

Result<UserRecord> UserRepository::findById(const QString &id) const
{
    return findOne(QStringLiteral("u.id = ?"), id, false);
}

Result<QList<UserRecord>> UserRepository::byIds(const QStringList &ids) const
{
    Result<QList<UserRecord>> r;
    if (ids.isEmpty())
        return r;
    const PlatformDatabase &db = m_session.db();
    QVariantList params;
    const QString in = db.anyOf(QStringLiteral("u.id"), ids, params);
    QSqlQuery q = db.newQuery();
    r.outcome = db.exec(q,
                        QStringLiteral("SELECT ") + selectColumns(m_session.caps(), true) +
                            QStringLiteral(" FROM users u WHERE ") + in,
                        params);
    if (!r.outcome)
        return r;
    QHash<QString, UserRecord> found;
    while (q.next()) {
        UserRecord u = fromRecord(q);
        found.insert(u.id, std::move(u));
    }
    for (const QString &id : ids) {
        const auto it = found.constFind(id);
        if (it != found.constEnd())
            r.value << *it;
    }
    return r;
}

Result<UserRepository::Listing> UserRepository::listing(const QStringList &ids, int perUser) const
{
    Result<Listing> r;
    if (ids.isEmpty())
        return r;
    const PlatformDatabase &db = m_session.db();
    if (!db.isPostgres()) {
        const auto rows = byIds(ids);
        r.outcome = rows.outcome;
        if (!r.outcome)
            return r;
        r.value.rows = rows.value;
        const auto memberships = MembershipRepository(m_session).projectsOfUsers(ids, perUser);
        if (memberships.isOk())
            r.value.projects = memberships.value;
        const auto budgets = BudgetViewRepository(m_session).userBudgetCells(ids);
        if (budgets.isOk())
            r.value.budgets = budgets.value;
        return r;
    }
    // Per id (in the order given): the user by ix_users_id, then one scan
    // of their memberships by ix_user_projects_user_id for both the count
    // and the first few, and their budget assignments by the user-id index.
    const QString sql =
        QStringLiteral(
            "SELECT %1, mp.n, mp.first, %2 FROM unnest(CAST(? AS text[])) WITH ORDINALITY AS "
            "k(id, pos) JOIN users u ON u.id = k.id LEFT JOIN LATERAL (SELECT count(*) AS n, "
            "CAST(json_agg(json_build_array(m.project_name, m.is_project_admin) ORDER BY m.pos) "
            "FILTER (WHERE m.pos <= ?) AS TEXT) AS first FROM (SELECT project_name, "
            "is_project_admin, row_number() OVER (ORDER BY is_project_admin DESC, "
            "lower(project_name)) AS pos FROM user_projects WHERE user_id = u.id) m) mp ON TRUE "
            "ORDER BY k.pos")
            .arg(selectColumns(m_session.caps(), false),
                 BudgetViewRepository(m_session).userBudgetCellJsonSql(QStringLiteral("u.id")));
    QSqlQuery q = db.newQuery();
    r.outcome = db.exec(q, sql, {SqlText::textArray(ids), perUser});
    if (!r.outcome)
        return r;
    while (q.next()) {
        UserRecord u = fromRecord(q);
        u.projectCount = q.value(16).toInt();
        QList<Membership> chips;
        const QJsonArray first = QJsonDocument::fromJson(q.value(17).toString().toUtf8()).array();
        for (const QJsonValue &v : first) {
            Membership m;
            m.userId = u.id;
            m.projectName = v.toArray().at(0).toString();
            m.isProjectAdmin = v.toArray().at(1).toBool();
            chips << m;
        }
        if (!chips.isEmpty())
            r.value.projects.insert(u.id, chips);
        if (!q.value(18).isNull())
            r.value.budgets.insert(
                u.id, BudgetViewRepository::budgetCellFromJson(q.value(18).toString()));
        r.value.rows << std::move(u);
    }
    return r;
}

Result<UserRecord> UserRepository::findByEmail(const QString &email) const
{
    // An exact match first (the constraint is case-sensitive), then the
    // platform's case-insensitive look-up.
    auto exact = findOne(QStringLiteral("u.email = ?"), email.trimmed(), false);
    if (exact.outcome.kind() != Outcome::Kind::NotFound)
        return exact;
    return findOne(QStringLiteral("lower(u.email) = lower(?)"), email.trimmed(), false);
}

Result<int> UserRepository::activeAdminCount() const
{
    Result<int> r;
    const QString admin = m_session.caps().hasAdminColumn ? QStringLiteral("is_admin")
                                                          : QStringLiteral("is_super_admin");
    const auto v = m_session.db().scalar(
        QStringLiteral("SELECT count(*) FROM users WHERE %1 = %2 AND is_active = %2 AND "
                       "deleted_at IS NULL")
            .arg(admin, m_session.db().boolLiteral(true)));
    r.outcome = v.outcome;
    r.value = v.value.toInt();
    return r;
}

Result<QList<UserRecord>> UserRepository::activeAdministrators(int limit) const
{
    Result<QList<UserRecord>> r;
    const SchemaCapabilities &caps = m_session.caps();
    const QString t = m_session.db().boolLiteral(true);
    QString role = QStringLiteral("%1 = %2").arg(
        caps.hasAdminColumn ? QStringLiteral("u.is_admin") : QStringLiteral("u.is_super_admin"), t);
    if (caps.hasMaintainer)
        role = QStringLiteral("(%1 OR u.is_maintainer = %2)").arg(role, t);
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q,
        QStringLiteral("SELECT ") + selectColumns(caps, false) +
            QStringLiteral(" FROM users u WHERE %1 AND u.is_active = %2 AND u.deleted_at IS NULL "
                           "ORDER BY lower(u.email), u.id LIMIT ?")
                .arg(role, t),
        {qMax(1, limit)});
    if (!r.outcome)
        return r;
    while (q.next())
        r.value << fromRecord(q);
    return r;
}

Result<int> UserRepository::maintainerCount() const
{
    Result<int> r;
    if (!m_session.caps().hasMaintainer)
        return r;
    const auto v = m_session.db().scalar(
        QStringLiteral("SELECT count(*) FROM users WHERE is_maintainer = %1 AND is_active = %1 "
                       "AND deleted_at IS NULL")
            .arg(m_session.db().boolLiteral(true)));
    r.outcome = v.outcome;
    r.value = v.value.toInt();
    return r;
}

Result<UserRecord> UserRepository::applyChange(const UserRecord &expected, const UserChange &change,
                                               bool bootstrapConfirmed)
{
    Result<UserRecord> r;
    r.outcome = m_session.requireWritable();
    if (!r.outcome)
        return r;
    const PlatformDatabase &db = m_session.db();
    const SchemaCapabilities &caps = m_session.caps();

    WriteTransaction tx(db);
    if (!tx.beginOutcome()) {
        r.outcome = tx.beginOutcome();
        return r;
    }
    // Lock the active admins first (fixed order: the admins, then the
    // target) so two administrators revoking each other cannot both pass the
    // last-admin check.
    if (db.isPostgres()) {
        r.outcome = db.exec(QStringLiteral("SELECT id FROM users WHERE is_admin = TRUE AND "
                                           "is_active = TRUE AND deleted_at IS NULL ORDER BY id "
                                           "FOR UPDATE"));
        if (!r.outcome)
            return r;
    }
    auto current = findOne(QStringLiteral("u.id = ?"), expected.id, true);
    if (!current.outcome) {
        r.outcome = current.outcome;
        return r;
    }
    if (current.value != expected) {
        r.outcome = Outcome::failure(
            Outcome::Kind::Conflict,
            Tr::tr("%1 was changed by someone else since you opened it.").arg(expected.email),
            Tr::tr("Nothing was saved."), Tr::tr("Reload the user and make the change again."));
        return r;
    }
    // The acting administrator may have lost their role meanwhile.
    auto actor = findOne(QStringLiteral("u.id = ?"), m_session.actor().id, false);
    if (!actor.outcome) {
        r.outcome = Outcome::failure(Outcome::Kind::Refused,
                                     Tr::tr("The acting administrator no longer exists."));
        return r;
    }
    RoleContext ctx;
    ctx.caps = caps;
    ctx.defaultProjectLimit = m_session.options().defaultProjectLimit;
    ctx.bootstrapConfirmed = bootstrapConfirmed;
    const auto admins = activeAdminCount();
    const auto maintainers = maintainerCount();
    if (!admins.outcome || !maintainers.outcome) {
        r.outcome = !admins.outcome ? admins.outcome : maintainers.outcome;
        return r;
    }
    ctx.activeAdminCount = admins.value;
    ctx.maintainerCount = maintainers.value;

    const auto resolved = RoleRules::resolve(actor.value, current.value, change, ctx);
    if (!resolved.outcome) {
        r.outcome = resolved.outcome;
        return r;
    }
    const ResolvedUserChange &res = resolved.value;
    const UserRecord &before = current.value;
    const QDateTime now = PlatformDatabase::nowUtc();

    QStringList sets;
    QVariantList params;
    QJsonObject changed;
    if (res.isAdmin != before.isAdmin) {
        sets << QStringLiteral("is_admin = ?");
        params << res.isAdmin;
        changed.insert(QStringLiteral("is_admin"), res.isAdmin);
    }
    if (caps.hasMaintainer && res.isMaintainer != before.isMaintainer) {
        sets << QStringLiteral("is_maintainer = ?");
        params << res.isMaintainer;
        changed.insert(QStringLiteral("is_maintainer"), res.isMaintainer);
    }
    if (res.projectLimit != before.projectLimit) {
        sets << QStringLiteral("project_limit = ?");
        params << (res.projectLimit ? QVariant(*res.projectLimit)
                                    : QVariant(QMetaType::fromType<int>()));
        changed.insert(QStringLiteral("project_limit"),
                       res.projectLimit ? QJsonValue(*res.projectLimit) : QJsonValue());
    }
    if (res.userType != before.userType) {
        sets << QStringLiteral("user_type = ?");
        params << res.userType;
        changed.insert(QStringLiteral("user_type"), res.userType);
    }
    if (res.deactivates) {
        sets << QStringLiteral("is_active = ?") << QStringLiteral("deleted_at = ?");
        params << false << PlatformDatabase::utcValue(now);
        changed.insert(QStringLiteral("is_active"), false);
    }
    if (sets.isEmpty()) {
        r.value = before;
        return r; // nothing to change: no write, no audit row
    }
    sets << QStringLiteral("update_date = ?");
    params << PlatformDatabase::utcValue(now) << before.id;
    r.outcome = db.exec(QStringLiteral("UPDATE users SET ") + sets.join(QStringLiteral(", ")) +
                            QStringLiteral(" WHERE id = ?"),
                        params);
    if (!r.outcome)
        return r;

    const AuditTrail audit(db, caps, m_session.actor().id);
    if (res.deactivates) {
        r.outcome = audit.userEvent(QStringLiteral("user.deactivated"), before.id);
        changed.remove(QStringLiteral("is_active"));
    }
    if (r.outcome && !changed.isEmpty())
        r.outcome = audit.userEvent(QStringLiteral("user.updated"), before.id, changed);
    if (!r.outcome)
        return r;
    auto after = findOne(QStringLiteral("u.id = ?"), before.id, false);
    if (!after.outcome) {
        r.outcome = after.outcome;
        return r;
    }
    r.outcome = tx.commit();
    r.value = after.value;
    if (r.outcome && before.id == m_session.actor().id)
        m_session.reloadActor();
    return r;
}

} // namespace codemie
