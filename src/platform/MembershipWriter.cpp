#include "MembershipWriter.h"

#include <QUuid>

namespace codemie {

MembershipWriter::MembershipWriter(const PlatformDatabase &db, const SchemaCapabilities &caps,
                                   const QString &actorId)
    : m_db(db)
    , m_audit(db, caps, actorId)
    , m_now(PlatformDatabase::utcValue(PlatformDatabase::nowUtc()))
{}

Outcome MembershipWriter::assign(const QString &userId, const QString &project,
                                 bool isProjectAdmin) const
{
    const Outcome o =
        m_db.exec(QStringLiteral("INSERT INTO user_projects (id, date, update_date, user_id, "
                                 "project_name, is_project_admin) VALUES (?, ?, ?, ?, ?, ?)"),
                  {QUuid::createUuid().toString(QUuid::WithoutBraces), m_now, m_now, userId,
                   project, isProjectAdmin});
    if (!o)
        return o;
    return m_audit.userEvent(QStringLiteral("user.project.assigned"), userId,
                             {{QStringLiteral("project_name"), project},
                              {QStringLiteral("is_project_admin"), isProjectAdmin}});
}

Outcome MembershipWriter::setRole(const QString &userId, const QString &project,
                                  bool isProjectAdmin) const
{
    const Outcome o =
        m_db.exec(QStringLiteral("UPDATE user_projects SET is_project_admin = ?, update_date = ? "
                                 "WHERE user_id = ? AND project_name = ?"),
                  {isProjectAdmin, m_now, userId, project});
    if (!o)
        return o;
    return m_audit.userEvent(QStringLiteral("user.project.role_updated"), userId,
                             {{QStringLiteral("project_name"), project},
                              {QStringLiteral("is_project_admin"), isProjectAdmin}});
}

Outcome MembershipWriter::remove(const QString &userId, const QString &project) const
{
    const Outcome o = m_db.exec(
        QStringLiteral("DELETE FROM user_projects WHERE user_id = ? AND project_name = ?"),
        {userId, project});
    if (!o)
        return o;
    return m_audit.userEvent(QStringLiteral("user.project.removed"), userId,
                             {{QStringLiteral("project_name"), project}});
}

} // namespace codemie
