#include "MemberAllocationModel.h"

#include "BudgetCell.h"
#include "BudgetModels.h"

#include <QApplication>
#include <QSet>
#include <algorithm>
#include <numeric>

namespace codemie {

MemberAllocationModel::MemberAllocationModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MemberAllocationModel::setMembers(const QList<MemberAllocation> &members)
{
    beginResetModel();
    m_members = members;
    m_texts.clear();
    m_texts.reserve(members.size());
    for (const MemberAllocation &m : members) {
        std::array<QString, ColumnCount> t;
        t[Member] = m.name.isEmpty() ? m.email : tr("%1 (%2)").arg(m.name, m.email);
        t[Category] = BudgetRules::categoryLabel(m.category);
        t[Spend] =
            QStringLiteral("%1 / %2").arg(Money::format(m.spend), Money::format(m.allocatedMax));
        t[SoftLimit] = Money::format(m.allocatedSoft);
        t[Allocation] = m.overridden ? tr("★ Fixed (override)") : tr("Equal share");
        const QString sync = BudgetSync::name(m.sync);
        t[Sync] = sync.isEmpty() ? QStringLiteral("-") : sync;
        m_texts << t;
    }
    endResetModel();
}

QList<int> MemberAllocationModel::longestRows(int column, int count) const
{
    if (column < 0 || column >= ColumnCount || count <= 0)
        return {};
    QList<int> rows(m_texts.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [this, column](int a, int b) {
        return m_texts.at(a)[column].size() > m_texts.at(b)[column].size();
    });
    // Distinct texts only: a text that repeats ("Equal share") is measured
    // once, and the shorter ones still get their turn.
    QList<int> out;
    QSet<QString> seen;
    for (int row : rows) {
        if (out.size() >= count)
            break;
        const QString &text = m_texts.at(row)[column];
        if (!seen.contains(text)) {
            seen.insert(text);
            out << row;
        }
    }
    return out;
}

int MemberAllocationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberAllocationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberAllocationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size() || index.column() >= ColumnCount)
        return {};
    const MemberAllocation &m = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_texts.at(index.row())[index.column()];
    case Qt::ForegroundRole:
        if (index.column() == Spend) {
            const QColor c = spendLevelColor(QApplication::palette(),
                                             BudgetRules::level(m.spend, m.allocatedMax));
            return c.isValid() ? QVariant(c) : QVariant();
        }
        if (index.column() == Allocation && m.overridden)
            return spendLevelColor(QApplication::palette(), SpendLevel::Warning);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Allocation && m.overridden)
            return m.overrideReason.isEmpty()
                       ? tr("A fixed (manually overridden) allocation.")
                       : tr("A fixed (manually overridden) allocation: %1").arg(m.overrideReason);
        if (index.column() == Sync) {
            const QString tip = BudgetSync::toolTip(m.sync);
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        return {};
    default:
        return {};
    }
}

QVariant MemberAllocationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Member:
        return tr("Member");
    case Category:
        return tr("Category");
    case Spend:
        return tr("Spend / allocation");
    case SoftLimit:
        return tr("Soft limit");
    case Allocation:
        return tr("Allocation");
    case Sync:
        return tr("Sync");
    default:
        return {};
    }
}

} // namespace codemie
