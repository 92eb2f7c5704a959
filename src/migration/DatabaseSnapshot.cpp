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
                                       "deleted_at IS NULL FROM users")
                                .arg(admin) +
                            where,
                        params);
    while (o && q.next()) {
        User u{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
               q.value(3).toString(), q.value(4).toBool(),   q.value(5).toBool()};
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

Result<DatabaseSnapshot> DatabaseSnapshot::loadFor(const PlatformDatabase &db,
                                                   const SchemaCapabilities &caps,
                                                   const QList<SourceUser> &users)
{
    Result<DatabaseSnapshot> r;
    if (users.isEmpty())
        return r;
    QVariantList ids, emails, names, projects;
    QSet<QString> projectKeys;
    for (const SourceUser &u : users) {
        ids << u.id;
        emails << u.email.toLower();
        names << u.username.toLower();
        for (const SourceMembership &m : u.memberships)
            if (!projectKeys.contains(m.project.toLower())) {
                projectKeys.insert(m.project.toLower());
                projects << m.project.toLower();
            }
        if (!projectKeys.contains(u.email.toLower())) {
            projectKeys.insert(u.email.toLower());
            projects << u.email.toLower();
        }
    }
    const QString idList = SqlText::placeholders(int(ids.size()));
    r.outcome = r.value.loadUsers(
        db, caps,
        QStringLiteral(" WHERE id IN (%1) OR lower(email) IN (%1) OR lower(username) IN (%1)")
            .arg(idList),
        ids + emails + names);
    if (r.outcome)
        r.outcome =
            r.value.loadMemberships(db, QStringLiteral(" WHERE user_id IN (%1)").arg(idList), ids);
    // Overwrite needs the projects of current memberships too.
    for (const auto &projectsOfUser : std::as_const(r.value.memberships))
        for (auto it = projectsOfUser.constBegin(); it != projectsOfUser.constEnd(); ++it)
            if (!projectKeys.contains(it.key().toLower())) {
                projectKeys.insert(it.key().toLower());
                projects << it.key().toLower();
            }
    if (r.outcome)
        r.outcome = r.value.loadProjects(db, caps,
                                         QStringLiteral(" WHERE lower(name) IN (%1)")
                                             .arg(SqlText::placeholders(int(projects.size()))),
                                         projects);
    return r;
}

} // namespace codemie
