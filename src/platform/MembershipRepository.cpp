#include "MembershipRepository.h"

#include "MembershipWriter.h"
#include "PlatformSession.h"
#include "ProjectRepository.h"
#include "ProjectRules.h"
#include "SqlText.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MembershipRepository)
};
const char *const membershipColumns =
    "m.id, m.user_id, m.project_name, m.is_project_admin, m.date, m.update_date, "
    "a.project_type, u.email, u.name";

Membership fromQuery(const QSqlQuery &q)
{
    Membership m;
    m.id = q.value(0).toString();
    m.userId = q.value(1).toString();
    m.projectName = q.value(2).toString();
    m.isProjectAdmin = q.value(3).toBool();
    m.created = PlatformDatabase::toUtc(q.value(4));
    m.updated = PlatformDatabase::toUtc(q.value(5));
    m.projectType = q.value(6).toString();
    m.userEmail = q.value(7).toString();
    m.userName = q.value(8).toString();
    return m;
}
} // namespace

MembershipRepository::MembershipRepository(PlatformSession &session)
    : m_session(session)
{}

Result<QList<Membership>> MembershipRepository::projectsOfUser(const QString &userId) const
{
    Result<QList<Membership>> r;
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q,
        QStringLiteral("SELECT %1 FROM user_projects m LEFT JOIN applications a ON a.id = "
                       "m.project_name LEFT JOIN users u ON u.id = m.user_id WHERE m.user_id = ? "
                       "ORDER BY lower(m.project_name)")
            .arg(QLatin1String(membershipColumns)),
        {userId});
    while (r.outcome && q.next())
        r.value << fromQuery(q);
    return r;
}

Result<QHash<QString, QList<Membership>>>
MembershipRepository::projectsOfUsers(const QStringList &userIds, int perUser) const
{
    Result<QHash<QString, QList<Membership>>> r;
    if (userIds.isEmpty())
        return r;
    QVariantList params;
    for (const QString &id : userIds)
        params << id;
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q,
        QStringLiteral("SELECT user_id, project_name, is_project_admin FROM user_projects WHERE "
                       "user_id IN (%1) ORDER BY user_id, is_project_admin DESC, "
                       "lower(project_name)")
            .arg(SqlText::placeholders(int(userIds.size()))),
        params);
    while (r.outcome && q.next()) {
        QList<Membership> &list = r.value[q.value(0).toString()];
        if (list.size() >= perUser)
            continue;
        Membership m;
        m.userId = q.value(0).toString();
        m.projectName = q.value(1).toString();
        m.isProjectAdmin = q.value(2).toBool();
        list << m;
    }
    return r;
}

Result<QList<Membership>> MembershipRepository::membersOfProject(const QString &projectName,
                                                                 const QString &search, int offset,
                                                                 int limit) const
{
    Result<QList<Membership>> r;
    QString sql = QStringLiteral("SELECT %1 FROM user_projects m LEFT JOIN applications a ON a.id "
                                 "= m.project_name JOIN users u ON u.id = m.user_id WHERE "
                                 "m.project_name = ?")
                      .arg(QLatin1String(membershipColumns));
    QVariantList params{projectName};
    if (!search.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND (lower(u.email) LIKE ? ESCAPE '\\' OR lower(coalesce(u.name, "
                              "'')) LIKE ? ESCAPE '\\')");
        const QString pattern = SqlText::containsPattern(search.trimmed());
        params << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY lower(u.email), m.id LIMIT ? OFFSET ?");
    params << limit << offset;
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(q, sql, params);
    while (r.outcome && q.next())
        r.value << fromQuery(q);
    return r;
}

Result<Membership> MembershipRepository::find(const QString &userId, const QString &projectName,
                                              bool forUpdate) const
{
    Result<Membership> r;
    QString sql = QStringLiteral("SELECT %1 FROM user_projects m LEFT JOIN applications a ON a.id "
                                 "= m.project_name LEFT JOIN users u ON u.id = m.user_id WHERE "
                                 "m.user_id = ? AND m.project_name = ?")
                      .arg(QLatin1String(membershipColumns));
    if (forUpdate && m_session.db().isPostgres())
        sql += QStringLiteral(" FOR UPDATE OF m");
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(q, sql, {userId, projectName});
    if (!r.outcome)
        return r;
    if (!q.next()) {
        r.outcome = Outcome::failure(Outcome::Kind::NotFound,
                                     Tr::tr("User is not assigned to this project"), {}, {}, 404);
        return r;
    }
    r.value = fromQuery(q);
    return r;
}

Outcome MembershipRepository::checkProject(const QString &projectName, ProjectRecord *project) const
{
    const auto found = ProjectRepository(m_session).findByName(projectName);
    if (!found.outcome)
        return found.outcome;
    *project = found.value;
    Outcome o = ProjectRules::checkMembershipChange(found.value);
    if (!o)
        return o;
    if (m_session.caps().hasProjectBudgets) {
        const auto budgets = m_session.db().scalar(
            QStringLiteral("SELECT count(*) FROM project_budget_assignments WHERE project_name = ? "
                           "AND deleted_at IS NULL"),
            {projectName});
        if (!budgets.outcome)
            return budgets.outcome;
        if (budgets.value.toInt() > 0)
            return ProjectRules::projectBudgetsBlockMembership(projectName);
    }
    return Outcome::ok();
}

Result<Membership> MembershipRepository::assign(const QString &userId, const QString &projectName,
                                                bool isProjectAdmin)
{
    Result<Membership> r;
    r.outcome = m_session.requireWritable();
    if (!r.outcome)
        return r;
    const PlatformDatabase &db = m_session.db();
    WriteTransaction tx(db);
    if (!tx.beginOutcome()) {
        r.outcome = tx.beginOutcome();
        return r;
    }
    ProjectRecord project;
    r.outcome = checkProject(projectName, &project);
    if (!r.outcome)
        return r;
    const auto user = UserRepository(m_session).findById(userId);
    if (!user.outcome) {
        r.outcome = user.outcome;
        return r;
    }
    if (user.value.isDeactivated()) {
        r.outcome = Outcome::failure(
            Outcome::Kind::Refused,
            Tr::tr("%1 is deactivated and cannot be assigned to projects.").arg(user.value.email));
        return r;
    }
    const auto existing = find(userId, project.name, true);
    if (existing.outcome) {
        r.outcome = Outcome::failure(Outcome::Kind::Conflict,
                                     Tr::tr("User already assigned to project"), {}, {}, 409);
        return r;
    }
    r.outcome = MembershipWriter(db, m_session.caps(), m_session.actor().id)
                    .assign(userId, project.name, isProjectAdmin);
    if (!r.outcome)
        return r;
    const auto created = find(userId, project.name, false);
    r.outcome = created.outcome ? tx.commit() : created.outcome;
    r.value = created.value;
    return r;
}

Result<Membership> MembershipRepository::setRole(const Membership &expected, bool isProjectAdmin)
{
    Result<Membership> r;
    r.outcome = m_session.requireWritable();
    if (!r.outcome)
        return r;
    const PlatformDatabase &db = m_session.db();
    WriteTransaction tx(db);
    if (!tx.beginOutcome()) {
        r.outcome = tx.beginOutcome();
        return r;
    }
    ProjectRecord project;
    r.outcome = checkProject(expected.projectName, &project);
    if (!r.outcome)
        return r;
    const auto current = find(expected.userId, expected.projectName, true);
    if (!current.outcome) {
        r.outcome = current.outcome;
        return r;
    }
    if (current.value.isProjectAdmin != expected.isProjectAdmin) {
        r.outcome = Outcome::failure(
            Outcome::Kind::Conflict,
            Tr::tr("The role of %1 in %2 was changed by someone else since you opened it.")
                .arg(current.value.userEmail, expected.projectName),
            Tr::tr("Nothing was saved."), Tr::tr("Reload and make the change again."));
        return r;
    }
    if (current.value.isProjectAdmin == isProjectAdmin) {
        r.value = current.value;
        return r;
    }
    r.outcome = MembershipWriter(db, m_session.caps(), m_session.actor().id)
                    .setRole(expected.userId, current.value.projectName, isProjectAdmin);
    if (!r.outcome)
        return r;
    const auto after = find(expected.userId, expected.projectName, false);
    r.outcome = after.outcome ? tx.commit() : after.outcome;
    r.value = after.value;
    return r;
}

Outcome MembershipRepository::unassign(const Membership &expected)
{
    Outcome o = m_session.requireWritable();
    if (!o)
        return o;
    const PlatformDatabase &db = m_session.db();
    WriteTransaction tx(db);
    if (!tx.beginOutcome())
        return tx.beginOutcome();
    ProjectRecord project;
    o = checkProject(expected.projectName, &project);
    if (!o)
        return o;
    o = ProjectRules::checkUnassign(project, expected.userId);
    if (!o)
        return o;
    const auto current = find(expected.userId, expected.projectName, true);
    if (!current.outcome)
        return current.outcome;
    if (current.value.isProjectAdmin != expected.isProjectAdmin)
        return Outcome::failure(
            Outcome::Kind::Conflict,
            Tr::tr("The role of %1 in %2 was changed by someone else since you opened it.")
                .arg(current.value.userEmail, expected.projectName),
            Tr::tr("Nothing was removed."), Tr::tr("Reload and try again."));
    o = MembershipWriter(db, m_session.caps(), m_session.actor().id)
            .remove(expected.userId, current.value.projectName);
    if (!o)
        return o;
    return tx.commit();
}

} // namespace codemie
