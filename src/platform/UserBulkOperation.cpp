#include "UserBulkOperation.h"

#include "AuditTrail.h"
#include "MembershipRepository.h"
#include "MembershipWriter.h"
#include "PlatformSession.h"
#include "ProjectRules.h"
#include "SqlText.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UserBulkOperation)
};
constexpr int Chunk = 500;
} // namespace

UserBulkOperation::UserBulkOperation(PlatformSession &session, Kind kind, QString project,
                                     bool isProjectAdmin)
    : m_session(session)
    , m_kind(kind)
    , m_project(std::move(project))
    , m_isProjectAdmin(isProjectAdmin)
{}

QString UserBulkOperation::description(int n) const
{
    const QString role = m_isProjectAdmin ? Tr::tr("project admin") : Tr::tr("user");
    switch (m_kind) {
    case Kind::AssignToProject:
        return Tr::tr("Assign %n user(s) to %1 as %2", nullptr, n).arg(m_project, role);
    case Kind::UnassignFromProject:
        return Tr::tr("Unassign %n user(s) from %1", nullptr, n).arg(m_project);
    case Kind::ChangeProjectRole:
        return Tr::tr("Change the role of %n user(s) in %1 to %2", nullptr, n)
            .arg(m_project, m_isProjectAdmin ? Tr::tr("Project Admin") : Tr::tr("User"));
    case Kind::Deactivate:
        return Tr::tr("Deactivate %n user(s)", nullptr, n);
    }
    return {};
}

Result<UserBulkOperation::Summary>
UserBulkOperation::apply(const QStringList &userIds, const std::function<void(int, int)> &progress)
{
    Result<Summary> r;
    Summary &s = r.value;
    s.requested = int(userIds.size());
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
    ProjectRecord project;
    if (m_kind != Kind::Deactivate) {
        r.outcome = MembershipRepository(m_session).checkProject(m_project, &project);
        if (!r.outcome)
            return r;
    }
    const AuditTrail audit(db, caps, m_session.actor().id);
    const MembershipWriter writer(db, caps, m_session.actor().id);
    const QVariant now = PlatformDatabase::utcValue(PlatformDatabase::nowUtc());
    UserRepository users(m_session);
    int done = 0;
    for (int start = 0; start < userIds.size(); start += Chunk) {
        const QStringList chunk = userIds.mid(start, Chunk);
        QVariantList params;
        for (const QString &id : chunk)
            params << id;
        // The users of this chunk, locked, and their membership in the project.
        QSqlQuery q = db.newQuery();
        QString sql = QStringLiteral("SELECT ") + UserRepository::selectColumns(caps, false) +
                      QStringLiteral(" FROM users u WHERE u.id IN (%1)")
                          .arg(SqlText::placeholders(int(chunk.size())));
        if (db.isPostgres())
            sql += QStringLiteral(" FOR UPDATE");
        r.outcome = db.exec(q, sql, params);
        if (!r.outcome)
            return r;
        QHash<QString, UserRecord> found;
        while (q.next()) {
            const UserRecord u = UserRepository::fromRecord(q);
            found.insert(u.id, u);
        }
        QHash<QString, bool> member;
        if (m_kind != Kind::Deactivate) {
            QSqlQuery m = db.newQuery();
            r.outcome =
                db.exec(m,
                        QStringLiteral("SELECT user_id, is_project_admin FROM user_projects "
                                       "WHERE project_name = ? AND user_id IN (%1)")
                            .arg(SqlText::placeholders(int(chunk.size()))),
                        QVariantList{project.name} + params);
            if (!r.outcome)
                return r;
            while (m.next())
                member.insert(m.value(0).toString(), m.value(1).toBool());
        }
        for (const QString &id : chunk) {
            const auto it = found.constFind(id);
            if (it == found.constEnd()) {
                s.refused << Tr::tr("%1: User not found").arg(id);
                continue;
            }
            const UserRecord &u = it.value();
            Outcome o;
            switch (m_kind) {
            case Kind::AssignToProject:
                if (u.isDeactivated()) {
                    s.refused << Tr::tr("%1: deactivated").arg(u.email);
                    continue;
                }
                if (member.contains(id)) {
                    if (member.value(id) == m_isProjectAdmin) {
                        ++s.unchanged;
                        continue;
                    }
                    o = writer.setRole(id, project.name, m_isProjectAdmin);
                } else {
                    o = writer.assign(id, project.name, m_isProjectAdmin);
                }
                break;
            case Kind::ChangeProjectRole:
                if (!member.contains(id)) {
                    s.refused << Tr::tr("%1: User is not assigned to this project").arg(u.email);
                    continue;
                }
                if (member.value(id) == m_isProjectAdmin) {
                    ++s.unchanged;
                    continue;
                }
                o = writer.setRole(id, project.name, m_isProjectAdmin);
                break;
            case Kind::UnassignFromProject: {
                if (!member.contains(id)) {
                    ++s.unchanged;
                    continue;
                }
                const Outcome allowed = ProjectRules::checkUnassign(project, id);
                if (!allowed) {
                    s.refused << QStringLiteral("%1: %2").arg(u.email, allowed.message());
                    continue;
                }
                o = writer.remove(id, project.name);
                break;
            }
            case Kind::Deactivate: {
                if (u.isDeactivated()) {
                    ++s.unchanged;
                    continue;
                }
                RoleContext ctx;
                ctx.caps = caps;
                const auto admins = users.activeAdminCount();
                if (!admins.isOk()) {
                    r.outcome = admins.outcome;
                    return r;
                }
                ctx.activeAdminCount = admins.value;
                UserChange change;
                change.isActive = false;
                const auto resolved = RoleRules::resolve(m_session.actor(), u, change, ctx);
                if (!resolved.isOk()) {
                    s.refused << QStringLiteral("%1: %2").arg(u.email, resolved.outcome.message());
                    continue;
                }
                o = db.exec(QStringLiteral("UPDATE users SET is_active = ?, deleted_at = ?, "
                                           "update_date = ? WHERE id = ?"),
                            {false, now, now, id});
                if (o)
                    o = audit.userEvent(QStringLiteral("user.deactivated"), id);
                break;
            }
            }
            if (!o) {
                r.outcome = o;
                return r; // the transaction rolls back: all or nothing
            }
            ++s.changed;
        }
        done += int(chunk.size());
        if (progress)
            progress(done, int(userIds.size()));
    }
    r.outcome = tx.commit();
    return r;
}

} // namespace codemie
