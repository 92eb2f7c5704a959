#include "MemberBulkOperation.h"

#include "MembershipRepository.h"
#include "MembershipWriter.h"
#include "PlatformSession.h"
#include "ProjectRepository.h"
#include "ProjectRules.h"
#include "SqlText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MemberBulkOperation)
};

constexpr int ChunkSize = 500; // bound values per IN list, within every engine's limit

QStringList listed(QStringList items)
{
    constexpr int shown = 10;
    if (items.size() > shown) {
        const qsizetype more = items.size() - shown;
        items = items.mid(0, shown);
        items << Tr::tr("and %1 more").arg(more);
    }
    return items;
}
} // namespace

MemberBulkOperation::MemberBulkOperation(PlatformSession &session)
    : m_session(session)
{}

Outcome MemberBulkOperation::checkProject(const QString &projectName, ProjectRecord *project) const
{
    return MembershipRepository(m_session).checkProject(projectName, project);
}

Result<QHash<QString, MemberBulkOperation::Current>>
MemberBulkOperation::lockMemberships(const QString &projectName, const QStringList &userIds) const
{
    Result<QHash<QString, Current>> r;
    const PlatformDatabase &db = m_session.db();
    for (qsizetype start = 0; start < userIds.size(); start += ChunkSize) {
        const QStringList chunk = userIds.mid(start, ChunkSize);
        QVariantList params{projectName};
        for (const QString &id : chunk)
            params << id;
        QString sql = QStringLiteral("SELECT m.user_id, m.is_project_admin, u.email FROM "
                                     "user_projects m LEFT JOIN users u ON u.id = m.user_id WHERE "
                                     "m.project_name = ? AND m.user_id IN (%1)")
                          .arg(SqlText::placeholders(int(chunk.size())));
        if (db.isPostgres())
            sql += QStringLiteral(" FOR UPDATE OF m");
        QSqlQuery q = db.newQuery();
        r.outcome = db.exec(q, sql, params);
        if (!r.outcome)
            return r;
        while (q.next())
            r.value.insert(q.value(0).toString(),
                           Current{q.value(1).toBool(), q.value(2).toString()});
    }
    return r;
}

Result<MemberBulkOperation::Summary> MemberBulkOperation::setRole(const QString &projectName,
                                                                  const QList<Membership> &expected,
                                                                  bool isProjectAdmin)
{
    Result<Summary> r;
    r.outcome = m_session.requireWritable();
    if (!r.outcome)
        return r;
    if (expected.isEmpty()) {
        r.outcome = Outcome::failure(Outcome::Kind::InvalidInput, Tr::tr("No member is selected."));
        return r;
    }
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
    QStringList ids;
    for (const Membership &m : expected)
        ids << m.userId;
    const auto current = lockMemberships(project.name, ids);
    if (!current.outcome) {
        r.outcome = current.outcome;
        return r;
    }
    QStringList changedElsewhere;
    for (const Membership &m : expected) {
        const auto it = current.value.constFind(m.userId);
        if (it == current.value.constEnd() || it->isProjectAdmin != m.isProjectAdmin)
            changedElsewhere << (m.userEmail.isEmpty() ? m.userId : m.userEmail);
    }
    if (!changedElsewhere.isEmpty()) {
        r.outcome = Outcome::failure(
            Outcome::Kind::Conflict,
            Tr::tr(
                "The membership of %n user(s) in %1 was changed by someone else since you opened "
                "it.",
                nullptr, int(changedElsewhere.size()))
                .arg(project.name),
            Tr::tr("Nothing was saved. Changed: %1")
                .arg(listed(changedElsewhere).join(QStringLiteral(", "))),
            Tr::tr("Reload and make the change again."));
        return r;
    }
    const MembershipWriter writer(db, m_session.caps(), m_session.actor().id);
    for (const Membership &m : expected) {
        const Current &c = current.value.value(m.userId);
        if (c.isProjectAdmin == isProjectAdmin) {
            ++r.value.unchanged;
            continue;
        }
        r.outcome = writer.setRole(m.userId, project.name, isProjectAdmin);
        if (!r.outcome)
            return r;
        ++r.value.updated;
    }
    r.outcome = tx.commit();
    return r;
}

Result<MemberBulkOperation::Summary>
MemberBulkOperation::unassign(const QString &projectName, const QList<Membership> &expected)
{
    Result<Summary> r;
    r.outcome = m_session.requireWritable();
    if (!r.outcome)
        return r;
    if (expected.isEmpty()) {
        r.outcome = Outcome::failure(Outcome::Kind::InvalidInput, Tr::tr("No member is selected."));
        return r;
    }
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
    QStringList ids;
    for (const Membership &m : expected) {
        const Outcome allowed = ProjectRules::checkUnassign(project, m.userId);
        if (!allowed) {
            r.outcome = Outcome::failure(allowed.kind(), allowed.message(),
                                         m.userEmail.isEmpty() ? m.userId : m.userEmail,
                                         Tr::tr("Nothing was removed. Leave the creator out of the "
                                                "selection."),
                                         allowed.httpStatus());
            return r;
        }
        ids << m.userId;
    }
    const auto current = lockMemberships(project.name, ids);
    if (!current.outcome) {
        r.outcome = current.outcome;
        return r;
    }
    QStringList missing;
    QStringList changedElsewhere;
    for (const Membership &m : expected) {
        const QString who = m.userEmail.isEmpty() ? m.userId : m.userEmail;
        const auto it = current.value.constFind(m.userId);
        if (it == current.value.constEnd())
            missing << who;
        else if (it->isProjectAdmin != m.isProjectAdmin)
            changedElsewhere << who;
    }
    if (!missing.isEmpty()) {
        r.outcome = Outcome::failure(Outcome::Kind::NotFound,
                                     Tr::tr("One or more users are not assigned to this project"),
                                     listed(missing).join(QStringLiteral(", ")),
                                     Tr::tr("Nothing was removed. Reload and try again."), 404);
        return r;
    }
    if (!changedElsewhere.isEmpty()) {
        r.outcome = Outcome::failure(
            Outcome::Kind::Conflict,
            Tr::tr(
                "The membership of %n user(s) in %1 was changed by someone else since you opened "
                "it.",
                nullptr, int(changedElsewhere.size()))
                .arg(project.name),
            Tr::tr("Nothing was removed. Changed: %1")
                .arg(listed(changedElsewhere).join(QStringLiteral(", "))),
            Tr::tr("Reload and try again."));
        return r;
    }
    const MembershipWriter writer(db, m_session.caps(), m_session.actor().id);
    for (const Membership &m : expected) {
        r.outcome = writer.remove(m.userId, project.name);
        if (!r.outcome)
            return r;
        ++r.value.removed;
    }
    r.outcome = tx.commit();
    return r;
}

Result<MemberBulkOperation::Summary>
MemberBulkOperation::upsert(const QString &projectName, const QList<MemberAssignment> &assignments)
{
    Result<Summary> r;
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
    r = upsertInOpenTransaction(project, assignments);
    if (r.outcome)
        r.outcome = tx.commit();
    return r;
}

Result<MemberBulkOperation::Summary>
MemberBulkOperation::upsertInOpenTransaction(const ProjectRecord &project,
                                             const QList<MemberAssignment> &assignments)
{
    Result<Summary> r;
    r.outcome = m_session.requireWritable();
    if (!r.outcome)
        return r;
    if (assignments.isEmpty()) {
        r.outcome = Outcome::failure(Outcome::Kind::InvalidInput, Tr::tr("No user is given."));
        return r;
    }
    r.outcome = ProjectRules::checkMembershipChange(project);
    if (!r.outcome)
        return r;
    QStringList ids;
    QSet<QString> seen;
    for (const MemberAssignment &a : assignments) {
        if (seen.contains(a.userId)) {
            r.outcome =
                Outcome::failure(Outcome::Kind::InvalidInput,
                                 Tr::tr("Duplicate user IDs in request"), a.userId, {}, 400);
            return r;
        }
        seen.insert(a.userId);
        ids << a.userId;
    }
    // Every user must exist and be active (atomic, as the platform).
    const PlatformDatabase &db = m_session.db();
    QHash<QString, QString> emails;
    QStringList deactivated;
    for (qsizetype start = 0; start < ids.size(); start += ChunkSize) {
        const QStringList chunk = ids.mid(start, ChunkSize);
        QVariantList params;
        for (const QString &id : chunk)
            params << id;
        QSqlQuery q = db.newQuery();
        r.outcome = db.exec(
            q,
            QStringLiteral("SELECT u.id, u.email, u.is_active, u.deleted_at FROM users u WHERE "
                           "u.id IN (%1)")
                .arg(SqlText::placeholders(int(chunk.size()))),
            params);
        if (!r.outcome)
            return r;
        while (q.next()) {
            emails.insert(q.value(0).toString(), q.value(1).toString());
            if (!q.value(2).toBool() || !q.value(3).isNull())
                deactivated << q.value(1).toString();
        }
    }
    QStringList unknown;
    for (const QString &id : ids)
        if (!emails.contains(id))
            unknown << id;
    if (!unknown.isEmpty()) {
        r.outcome = Outcome::failure(Outcome::Kind::NotFound, Tr::tr("One or more users not found"),
                                     listed(unknown).join(QStringLiteral(", ")),
                                     Tr::tr("Nothing was changed."), 404);
        return r;
    }
    if (!deactivated.isEmpty()) {
        r.outcome = Outcome::failure(
            Outcome::Kind::Refused,
            Tr::tr("%n user(s) are deactivated and cannot be assigned to projects.", nullptr,
                   int(deactivated.size())),
            listed(deactivated).join(QStringLiteral(", ")), Tr::tr("Nothing was changed."));
        return r;
    }
    const auto current = lockMemberships(project.name, ids);
    if (!current.outcome) {
        r.outcome = current.outcome;
        return r;
    }
    const MembershipWriter writer(db, m_session.caps(), m_session.actor().id);
    for (const MemberAssignment &a : assignments) {
        const auto it = current.value.constFind(a.userId);
        if (it == current.value.constEnd()) {
            r.outcome = writer.assign(a.userId, project.name, a.isProjectAdmin);
            if (!r.outcome)
                return r;
            ++r.value.assigned;
        } else if (it->isProjectAdmin != a.isProjectAdmin) {
            r.outcome = writer.setRole(a.userId, project.name, a.isProjectAdmin);
            if (!r.outcome)
                return r;
            ++r.value.updated;
        } else {
            ++r.value.unchanged;
        }
    }
    return r;
}

} // namespace codemie
