#include "PlanTableModel.h"

#include "PlanRows.h"
#include "ShownText.h"

namespace codemie {

PlanTableModel::PlanTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PlanTableModel::setRows(std::shared_ptr<const PlanRows> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_rows ? 0 : m_rows->size();
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
    const int row = index.row();
    if (!m_rows || row < 0 || row >= m_rows->size())
        return {};
    if (role == ActionRole)
        return int(m_rows->action(row));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Action:
        return actionText(m_rows->action(row));
    case Username:
        return ShownText::escaped(m_rows->username(row), 200);
    case Email:
        return ShownText::escaped(m_rows->email(row), 200);
    case Changes:
        return role == Qt::DisplayRole ? QVariant(m_rows->changes(row)) : QVariant();
    case Reason: {
        QStringList parts;
        if (const QString reason = m_rows->reason(row); !reason.isEmpty())
            parts << ShownText::escaped(reason, 300);
        for (const QString &w : m_rows->warnings(row))
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
    const PlanRows *rows = model ? model->rows() : nullptr;
    if (!rows || parent.isValid() || row < 0 || row >= rows->size())
        return false;
    if (m_action >= 0 && int(rows->action(row)) != m_action)
        return false;
    if (m_text.isEmpty())
        return true;
    return rows->username(row).contains(m_text, Qt::CaseInsensitive) ||
           rows->email(row).contains(m_text, Qt::CaseInsensitive) ||
           rows->reason(row).contains(m_text, Qt::CaseInsensitive);
}

} // namespace codemie
