#pragma once

#include "BudgetViewRepository.h"

#include <QAbstractTableModel>
#include <array>

namespace codemie {

// The project detail's member allocations (web UI §6.2), read-only: member,
// category, spend against the allocation (coloured as the budget cells),
// soft limit, the allocation mode with fixed overrides marked, the provider
// sync. The rows come whole from BudgetViewRepository::projectBudgets() (at
// most ProjectBudgetsSection::MemberLimit); their texts are made once.
class MemberAllocationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Member, Category, Spend, SoftLimit, Allocation, Sync, ColumnCount };

    explicit MemberAllocationModel(QObject *parent = nullptr);
    void setMembers(const QList<MemberAllocation> &members);
    MemberAllocation memberAt(int row) const { return m_members.value(row); }
    // The rows whose texts in `column` have the most characters, longest
    // first, one row per distinct text (at most `count`): the candidates for
    // the column's widest text, so that a view sizes its columns without
    // measuring every row.
    QList<int> longestRows(int column, int count) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MemberAllocation> m_members;
    QList<std::array<QString, ColumnCount>> m_texts;
};

} // namespace codemie
