#include "ProjectMemberSearch.h"

#include "PlatformSession.h"
#include "SqlText.h"

#include <QSqlQuery>

namespace codemie {

ProjectMemberSearch::ProjectMemberSearch(PlatformSession &session)
    : m_session(session)
{}

QString ProjectMemberSearch::whereClause(const ProjectMemberQuery &query,
                                         QVariantList *params) const
{
    QString sql = QStringLiteral(" WHERE m.project_name = ?");
    *params << query.projectName;
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        sql += QStringLiteral(" AND (lower(u.email) LIKE ? ESCAPE '\\' OR lower(u.username) LIKE ? "
                              "ESCAPE '\\' OR lower(coalesce(u.name, '')) LIKE ? ESCAPE '\\')");
        const QString pattern = SqlText::containsPattern(search);
        *params << pattern << pattern << pattern;
    }
    const QString t = m_session.db().boolLiteral(true);
    if (query.role == ProjectMemberQuery::Role::ProjectAdmin)
        sql += QStringLiteral(" AND m.is_project_admin = %1").arg(t);
    else if (query.role == ProjectMemberQuery::Role::User)
        sql += QStringLiteral(" AND m.is_project_admin <> %1").arg(t);
    return sql;
}

Result<int> ProjectMemberSearch::count(const ProjectMemberQuery &query) const
{
    Result<int> r;
    QVariantList params;
    const QString where = whereClause(query, &params);
    const auto v = m_session.db().scalar(
        QStringLiteral("SELECT count(*) FROM user_projects m JOIN users u ON u.id = m.user_id") +
            where,
        params);
    r.outcome = v.outcome;
    r.value = v.value.toInt();
    return r;
}

Result<QList<Membership>> ProjectMemberSearch::page(const ProjectMemberQuery &query) const
{
    Result<QList<Membership>> r;
    QVariantList params;
    const QString where = whereClause(query, &params);
    params << qMax(0, query.limit) << qMax(0, query.offset);
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q,
        QStringLiteral("SELECT m.id, m.user_id, m.project_name, m.is_project_admin, m.date, "
                       "m.update_date, a.project_type, u.email, u.name FROM user_projects m "
                       "JOIN users u ON u.id = m.user_id LEFT JOIN applications a ON a.id = "
                       "m.project_name") +
            where + QStringLiteral(" ORDER BY lower(u.email), m.id LIMIT ? OFFSET ?"),
        params);
    while (r.outcome && q.next()) {
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
        r.value << m;
    }
    return r;
}

Result<QSet<QString>> ProjectMemberSearch::membersAmong(const QString &projectName,
                                                        const QStringList &userIds) const
{
    Result<QSet<QString>> r;
    if (userIds.isEmpty())
        return r;
    QVariantList params{projectName};
    for (const QString &id : userIds)
        params << id;
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q,
        QStringLiteral("SELECT user_id FROM user_projects WHERE project_name = ? AND user_id IN "
                       "(%1)")
            .arg(SqlText::placeholders(int(userIds.size()))),
        params);
    while (r.outcome && q.next())
        r.value.insert(q.value(0).toString());
    return r;
}

} // namespace codemie
