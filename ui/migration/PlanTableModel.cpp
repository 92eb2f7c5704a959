#include "PlanTableModel.h"

#include "ShownText.h"

namespace codemie {

PlanTableModel::PlanTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PlanTableModel::setPlan(const MigrationPlan *plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

const UserPlan *PlanTableModel::userAt(int row) const
{
    if (!m_plan || row < 0 || row >= m_plan->users.size())
        return nullptr;
    return &m_plan->users.at(row);
}

int PlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_plan ? 0 : int(m_plan->users.size());
}

int PlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanTableModel::actionText(UserPlan::Action action)
{
    switch (action) {
    case UserPlan::Action::Create:
        return tr("Create");
    case UserPlan::Action::Update:
        return tr("Update");
    case UserPlan::Action::Unchanged:
        return tr("Unchanged");
    case UserPlan::Action::Skipped:
        return tr("Skipped");
    case UserPlan::Action::Conflict:
        return tr("Conflict");
    }
    return {};
}

QString PlanTableModel::opText(const PlannedOp &op)
{
    const QString project = ShownText::escaped(op.project, 120);
    switch (op.kind) {
    case PlannedOp::Kind::CreateProject:
        return tr("Create shared project %1").arg(project);
    case PlannedOp::Kind::CreateUser:
        return op.isAdmin ? tr("Create user %1 <%2> as administrator")
                                .arg(ShownText::escaped(op.username, 120),
                                     ShownText::escaped(op.email, 120))
                          : tr("Create user %1 <%2>")
                                .arg(ShownText::escaped(op.username, 120),
                                     ShownText::escaped(op.email, 120));
    case PlannedOp::Kind::CreatePersonalProject:
        return tr("Create personal project %1").arg(project);
    case PlannedOp::Kind::AddMembership:
        return op.isProjectAdmin ? tr("Add to %1 as project admin").arg(project)
                                 : tr("Add to %1 as user").arg(project);
    case PlannedOp::Kind::RaiseProjectAdmin:
        return tr("Make project admin of %1").arg(project);
    case PlannedOp::Kind::LowerProjectAdmin:
        return tr("Make plain user of %1").arg(project);
    case PlannedOp::Kind::RemoveMembership:
        return tr("Remove from %1").arg(project);
    case PlannedOp::Kind::UpdateIdentity:
        return tr("Set username %1, e-mail %2, name %3")
            .arg(ShownText::escaped(op.username, 120), ShownText::escaped(op.email, 120),
                 op.name.isEmpty() ? tr("(none)") : ShownText::escaped(op.name, 120));
    }
    return {};
}

QVariant PlanTableModel::data(const QModelIndex &index, int role) const
{
    const UserPlan *u = userAt(index.row());
    if (!u)
        return {};
    if (role == ActionRole)
        return int(u->action);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Action:
        return actionText(u->action);
    case Username:
        return ShownText::escaped(u->username, 200);
    case Email:
        return ShownText::escaped(u->email, 200);
    case Changes:
        return role == Qt::DisplayRole ? QVariant(int(u->ops.size())) : QVariant();
    case Reason: {
        QStringList parts;
        if (!u->reason.isEmpty())
            parts << ShownText::escaped(u->reason, 300);
        for (const QString &w : u->warnings)
            parts << ShownText::escaped(w, 300);
        return parts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Action:
        return tr("Action");
    case Username:
        return tr("Username");
    case Email:
        return tr("E-mail");
    case Changes:
        return tr("Changes");
    case Reason:
        return tr("Reason and warnings");
    default:
        return {};
    }
}

PlanFilterModel::PlanFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PlanFilterModel::setAction(int action)
{
    m_action = action;
    invalidateFilter();
}

void PlanFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool PlanFilterModel::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const auto *model = static_cast<const PlanTableModel *>(sourceModel());
    const UserPlan *u = model ? model->userAt(row) : nullptr;
    if (!u || parent.isValid())
        return false;
    if (m_action >= 0 && int(u->action) != m_action)
        return false;
    if (m_text.isEmpty())
        return true;
    return u->username.contains(m_text, Qt::CaseInsensitive) ||
           u->email.contains(m_text, Qt::CaseInsensitive) ||
           u->reason.contains(m_text, Qt::CaseInsensitive);
}

} // namespace codemie
