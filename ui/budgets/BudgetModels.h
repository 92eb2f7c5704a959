#pragma once

#include "BudgetCell.h"
#include "BudgetViewRepository.h"
#include "SpendSeries.h"
#include "WorkerTableModel.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QPalette>
#include <QSortFilterProxyModel>

namespace codemie {

// The colour of a spend level, readable on `palette`'s base (no colour for
// SpendLevel::None: an invalid QColor).
QColor spendLevelColor(const QPalette &palette, SpendLevel level);

// Global and project budgets with the web UI's columns (§6.3).
class BudgetListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Name, Category, Limits, Duration, Reset, Updated, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, CategoryRole, TypeRole, SearchTextRole };

    explicit BudgetListModel(QObject *parent = nullptr);
    void setBudgets(QList<BudgetListRow> budgets);
    const QList<BudgetListRow> &budgets() const { return m_rows; }
    BudgetListRow budgetAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<BudgetListRow> m_rows;
};

// The category, type and search filters of the Budgets page.
class BudgetFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit BudgetFilterModel(QObject *parent = nullptr);
    void setCategory(const QString &category); // empty: all
    void setType(const QString &type);         // global | project | empty: all
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_category;
    QString m_type = QStringLiteral("global");
    QString m_search;
};

// Who one budget is assigned to, read page by page on a worker.
class BudgetAssigneeModel : public WorkerTableModel {
    Q_OBJECT
public:
    enum Column { AssignedTo, Kind, Name, Category, CurrentSpend, Allocation, ColumnCount };
    static constexpr int PageSize = 100;

    explicit BudgetAssigneeModel(QObject *parent = nullptr);
    // Reads on `worker` when given (the Budgets page's own, whose connection
    // is open by the time a budget is selected), else on a worker of its own.
    void setSession(PlatformSession *session, std::shared_ptr<SessionWorker> worker = {});
    // The budget whose assignees to list (empty: none); its hard limit
    // colours users' and projects' spend.
    void setBudget(const BudgetListRow &budget);
    BudgetAssignee assigneeAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void fetchMore(const QModelIndex &parent) override;

public slots:
    void reload();

protected:
    int loadedRowCount() const override { return int(m_rows.size()); }

private:
    PlatformSession *m_session = nullptr;
    BudgetListRow m_budget;
    QList<BudgetAssignee> m_rows;
};

// The spend chart's numbers as a table, for keyboard and screen readers.
class SpendSeriesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Day, Daily, Cumulative, Reset, ColumnCount };
    explicit SpendSeriesModel(QObject *parent = nullptr);
    void setSeries(const SpendSeries &series);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    SpendSeries m_series;
};

// Top spenders of a period.
class TopSpenderModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Who, Spend, ColumnCount };
    explicit TopSpenderModel(QString title, QObject *parent = nullptr);
    void setRows(QList<TopSpender> rows);
    TopSpender spenderAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_title;
    QList<TopSpender> m_rows;
};

} // namespace codemie
