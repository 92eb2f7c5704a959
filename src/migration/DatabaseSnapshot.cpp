#include "DatabaseSnapshot.h"

#include "PlatformDatabase.h"
#include "SqlText.h"

#include <QSqlQuery>

namespace codemie {

const DatabaseSnapshot::Project *DatabaseSnapshot::project(const QString &name) const
{
    const auto it = projectsByLower.constFind(name.toLower());
    return it == projectsByLower.constEnd() ? nullptr : &it.value();
}

Outcome DatabaseSnapshot::loadUsers(const PlatformDatabase &db, const SchemaCapabilities &caps,
                                    const QString &where, const QVariantList &params)
{
    QSqlQuery q = db.newQuery();
    const QString admin =
        caps.hasAdminColumn ? QStringLiteral("is_admin") : QStringLiteral("is_super_admin");
    Outcome o = db.exec(q,
                        QStringLiteral("SELECT id, username, email, name, %1, is_active AND "
                                       "deleted_at IS NULL, auth_source, date FROM users")
                                .arg(admin) +
                            where,
                        params);
    while (o && q.next()) {
        User u{q.value(0).toString(), q.value(1).toString(),
               q.value(2).toString(), q.value(3).toString(),
               q.value(4).toBool(),   q.value(5).toBool(),
               q.value(6).toString(), PlatformDatabase::toUtc(q.value(7))};
        userIdByEmail.insert(u.email.toLower(), u.id);
        userIdByUsername.insert(u.username.toLower(), u.id);
        usersById.insert(u.id, u);
    }
    return o;
}

Outcome DatabaseSnapshot::loadMemberships(const PlatformDatabase &db, const QString &where,
                                          const QVariantList &params)
{
    QSqlQuery q = db.newQuery();
    Outcome o = db.exec(
        q,
        QStringLiteral("SELECT user_id, project_name, is_project_admin FROM user_projects") + where,
        params);
    while (o && q.next())
        memberships[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toBool());
    return o;
}

Outcome DatabaseSnapshot::loadProjects(const PlatformDatabase &db, const SchemaCapabilities &caps,
                                       const QString &where, const QVariantList &params)
{
    QSqlQuery q = db.newQuery();
    Outcome o = db.exec(q,
                        QStringLiteral("SELECT name, project_type, created_by, deleted_at IS NOT "
                                       "NULL FROM applications") +
                            where + QStringLiteral(" ORDER BY deleted_at IS NOT NULL DESC"),
                        params);
    // Ordered so that a live project overwrites a soft-deleted one of the same name.
    while (o && q.next())
        projectsByLower.insert(q.value(0).toString().toLower(),
                               Project{q.value(0).toString(), q.value(1).toString(),
                                       q.value(2).toString(), q.value(3).toBool()});
    if (!o || !caps.hasProjectBudgets)
        return o;
    QSqlQuery b = db.newQuery();
    o = db.exec(b, QStringLiteral("SELECT DISTINCT project_name FROM project_budget_assignments "
                                  "WHERE deleted_at IS NULL"));
    while (o && b.next())
        budgetedProjects.insert(b.value(0).toString());
    return o;
}

Result<DatabaseSnapshot> DatabaseSnapshot::loadAll(const PlatformDatabase &db,
                                                   const SchemaCapabilities &caps)
{
    Result<DatabaseSnapshot> r;
    r.outcome = r.value.loadUsers(db, caps, {}, {});
    if (r.outcome)
        r.outcome = r.value.loadMemberships(db, {}, {});
    if (r.outcome)
        r.outcome = r.value.loadProjects(db, caps, {}, {});
    return r;
}

Result<DatabaseSnapshot::Keys> DatabaseSnapshot::Keys::load(const PlatformDatabase &db)
{
    // Only rows with a character that lower-casing might change (anything
    // but these) come back; addUser() and addProject() keep those that
    // really change. Listed one by one: a range would depend on the collation.
    const QString plain = QStringLiteral("[^-abcdefghijklmnopqrstuvwxyz0123456789._%+@]");
    const auto notPlain = [&](const QString &column) {
        return db.isPostgres() ? QStringLiteral("%1 ~ '%2'").arg(column, plain)
                               : QStringLiteral("%1 GLOB '*%2*'").arg(column, plain);
    };
    Result<Keys> r;
    QSqlQuery q = db.newQuery();
    q.setForwardOnly(true);
    r.outcome = db.exec(
        q, QStringLiteral("SELECT id, email, username FROM users WHERE %1 OR %2")
               .arg(notPlain(QStringLiteral("email")), notPlain(QStringLiteral("username"))));
    while (r.outcome && q.next())
        r.value.addUser(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    if (!r.outcome)
        return r;
    QSqlQuery p = db.newQuery();
    p.setForwardOnly(true);
    r.outcome = db.exec(p, QStringLiteral("SELECT name FROM applications WHERE %1")
                               .arg(notPlain(QStringLiteral("name"))));
    while (r.outcome && p.next())
        r.value.addProject(p.value(0).toString());
    return r;
}

void DatabaseSnapshot::Keys::addUser(const QString &id, const QString &email,
                                     const QString &username)
{
    if (const QString lower = email.toLower(); lower != email) {
        QStringList &byEmail = userIdsByEmail[lower];
        if (!byEmail.contains(id))
            byEmail << id;
    }
    if (const QString lower = username.toLower(); lower != username) {
        QStringList &byUsername = userIdsByUsername[lower];
        if (!byUsername.contains(id))
            byUsername << id;
    }
}

void DatabaseSnapshot::Keys::addProject(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == name)
        return;
    QStringList &spellings = projectNames[lower];
    if (!spellings.contains(name))
        spellings << name;
}

void DatabaseSnapshot::Keys::merge(const Keys &other)
{
    const auto mergeInto = [](QHash<QString, QStringList> &to,
                              const QHash<QString, QStringList> &from) {
        for (auto it = from.constBegin(); it != from.constEnd(); ++it) {
            QStringList &values = to[it.key()];
            for (const QString &v : it.value())
                if (!values.contains(v))
                    values << v;
        }
    };
    mergeInto(userIdsByEmail, other.userIdsByEmail);
    mergeInto(userIdsByUsername, other.userIdsByUsername);
    mergeInto(projectNames, other.projectNames);
}

namespace {
// Distinct values in first-seen order, ready to bind.
class ValueSet {
public:
    void add(const QString &v)
    {
        if (!v.isEmpty() && !m_seen.contains(v)) {
            m_seen.insert(v);
            m_values << v;
        }
    }
    void add(const QStringList &vs)
    {
        for (const QString &v : vs)
            add(v);
    }
    bool isEmpty() const { return m_values.isEmpty(); }
    QString condition(const PlatformDatabase &db, const QString &column, QVariantList &params) const
    {
        return db.anyOf(column, m_values, params);
    }

private:
    QSet<QString> m_seen;
    QStringList m_values;
};
} // namespace

Result<DatabaseSnapshot> DatabaseSnapshot::loadFor(const PlatformDatabase &db,
                                                   const SchemaCapabilities &caps,
                                                   const QList<SourceUser> &users, const Keys &keys,
                                                   bool lock)
{
    Result<DatabaseSnapshot> r;
    if (users.isEmpty())
        return r;
    ValueSet ids, emails, usernames, projects;
    // A name as given, in lower case, and every other spelling the keys know.
    const auto addProject = [&](const QString &name) {
        projects.add(name);
        const QString lower = name.toLower();
        projects.add(lower);
        projects.add(keys.projectNames.value(lower));
    };
    for (const SourceUser &u : users) {
        const QString email = u.email.toLower();
        const QString username = u.username.toLower();
        ids.add(u.id);
        ids.add(keys.userIdsByEmail.value(email));
        ids.add(keys.userIdsByUsername.value(username));
        emails.add(u.email);
        emails.add(email);
        usernames.add(u.username);
        usernames.add(username);
        for (const SourceMembership &m : u.memberships)
            addProject(m.project);
        addProject(u.email);
    }
    // Exact e-mails and usernames catch rows written since the keys were read.
    QVariantList params;
    QString where = QStringLiteral(" WHERE ") + ids.condition(db, QStringLiteral("id"), params);
    if (!emails.isEmpty())
        where += QStringLiteral(" OR ") + emails.condition(db, QStringLiteral("email"), params);
    if (!usernames.isEmpty())
        where +=
            QStringLiteral(" OR ") + usernames.condition(db, QStringLiteral("username"), params);
    // Lock the rows read so that nobody changes them under the batch; in id
    // order, so that two batches applied at the same time never wait for each
    // other in a circle.
    if (lock && db.isPostgres())
        where += QStringLiteral(" ORDER BY id FOR UPDATE");
    r.outcome = r.value.loadUsers(db, caps, where, params);
    if (!r.outcome)
        return r;
    ValueSet found;
    for (auto it = r.value.usersById.constBegin(); it != r.value.usersById.constEnd(); ++it)
        found.add(it.key());
    if (!found.isEmpty()) {
        QVariantList memberParams;
        const QString condition = found.condition(db, QStringLiteral("user_id"), memberParams);
        r.outcome =
            r.value.loadMemberships(db, QStringLiteral(" WHERE ") + condition, memberParams);
    }
    // Overwrite needs the projects of current memberships too.
    for (const auto &projectsOfUser : std::as_const(r.value.memberships))
        for (auto it = projectsOfUser.constBegin(); it != projectsOfUser.constEnd(); ++it)
            addProject(it.key());
    if (r.outcome && !projects.isEmpty()) {
        QVariantList projectParams;
        // By id, which the platform keeps equal to the name: the primary key
        // serves it, while name has only a trigram index (a full scan each).
        const QString condition = projects.condition(db, QStringLiteral("id"), projectParams);
        r.outcome =
            r.value.loadProjects(db, caps, QStringLiteral(" WHERE ") + condition, projectParams);
    }
    return r;
}

Result<DatabaseSnapshot> DatabaseSnapshot::loadIdentities(const PlatformDatabase &db,
                                                          const SchemaCapabilities &caps,
                                                          const QList<SourceUser> &users,
                                                          const Keys &keys)
{
    Result<DatabaseSnapshot> r;
    ValueSet ids, projects;
    for (const SourceUser &u : users) {
        if (!u.skipReason.isEmpty() || !u.email.contains(QLatin1Char('@')))
            continue;
        ids.add(u.id);
        const QString lower = u.email.toLower();
        projects.add(u.email);
        projects.add(lower);
        projects.add(keys.projectNames.value(lower));
    }
    if (ids.isEmpty())
        return r;
    QVariantList params;
    const QString where =
        QStringLiteral(" WHERE ") + ids.condition(db, QStringLiteral("id"), params);
    r.outcome = r.value.loadUsers(db, caps, where, params);
    if (r.outcome) {
        QVariantList projectParams;
        const QString condition = projects.condition(db, QStringLiteral("id"), projectParams);
        r.outcome =
            r.value.loadProjects(db, caps, QStringLiteral(" WHERE ") + condition, projectParams);
    }
    return r;
}

} // namespace codemie
