#include "MigrationTypes.h"

#include <QDataStream>

namespace codemie {

QString PlannedOp::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CreateProject:
        return QStringLiteral("create_project");
    case Kind::CreateUser:
        return QStringLiteral("create_user");
    case Kind::CreatePersonalProject:
        return QStringLiteral("create_personal_project");
    case Kind::AddMembership:
        return QStringLiteral("add_membership");
    case Kind::RaiseProjectAdmin:
        return QStringLiteral("raise_project_admin");
    case Kind::LowerProjectAdmin:
        return QStringLiteral("lower_project_admin");
    case Kind::RemoveMembership:
        return QStringLiteral("remove_membership");
    case Kind::UpdateIdentity:
        return QStringLiteral("update_identity");
    }
    return {};
}

QString PlannedOp::key() const
{
    QString k = kindName(kind) + QLatin1Char('|') + userId + QLatin1Char('|') + project;
    if (kind == Kind::AddMembership)
        k += isProjectAdmin ? QStringLiteral("|admin") : QStringLiteral("|user");
    if (kind == Kind::UpdateIdentity)
        k += QLatin1Char('|') + username + QLatin1Char('|') + email + QLatin1Char('|') + name;
    return k;
}

QString UserPlan::actionName(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Unchanged:
        return QStringLiteral("unchanged");
    case Action::Skipped:
        return QStringLiteral("skipped");
    case Action::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

int MigrationPlan::count(UserPlan::Action action) const
{
    int n = 0;
    for (const UserPlan &u : users)
        n += u.action == action ? 1 : 0;
    return n;
}

int MigrationPlan::opCount(PlannedOp::Kind kind) const
{
    int n = 0;
    for (const PlannedOp &op : projectOps)
        n += op.kind == kind ? 1 : 0;
    for (const UserPlan &u : users)
        for (const PlannedOp &op : u.ops)
            n += op.kind == kind ? 1 : 0;
    return n;
}

bool MigrationPlan::isEmpty() const
{
    if (!projectOps.isEmpty())
        return false;
    for (const UserPlan &u : users)
        if (!u.ops.isEmpty())
            return false;
    return true;
}

void PlanTotals::add(const UserPlan &user)
{
    ++users;
    ++m_actions[int(user.action)];
    for (const PlannedOp &op : user.ops)
        ++m_ops[int(op.kind)];
    if ((user.action == UserPlan::Action::Conflict || user.action == UserPlan::Action::Skipped ||
         !user.warnings.isEmpty()) &&
        detailed.size() < maxDetailed)
        detailed << user;
}

int PlanTotals::opCount(PlannedOp::Kind kind) const
{
    int n = m_ops[int(kind)];
    for (const PlannedOp &op : projectOps)
        n += op.kind == kind ? 1 : 0;
    return n;
}

bool PlanTotals::isEmpty() const
{
    if (!projectOps.isEmpty())
        return false;
    for (int n : m_ops)
        if (n > 0)
            return false;
    return true;
}

PlanTotals PlanTotals::of(const MigrationPlan &plan)
{
    PlanTotals t;
    t.source = plan.source;
    t.realm = plan.realm;
    t.policy = plan.policy;
    t.createdAt = plan.createdAt;
    t.schemaRevision = plan.schemaRevision;
    t.projectOps = plan.projectOps;
    t.warnings = plan.warnings;
    for (const UserPlan &u : plan.users)
        t.add(u);
    return t;
}

QDataStream &operator<<(QDataStream &out, const PlannedOp &op)
{
    return out << qint32(op.kind) << op.userId << op.project << op.isProjectAdmin << op.username
               << op.email << op.name << op.isAdmin << op.budgetWarning;
}

QDataStream &operator>>(QDataStream &in, PlannedOp &op)
{
    qint32 kind = 0;
    in >> kind >> op.userId >> op.project >> op.isProjectAdmin >> op.username >> op.email >>
        op.name >> op.isAdmin >> op.budgetWarning;
    op.kind = PlannedOp::Kind(kind);
    return in;
}

} // namespace codemie
