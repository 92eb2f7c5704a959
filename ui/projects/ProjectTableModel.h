#pragma once

#include "BudgetCell.h"
#include "DomainTypes.h"
#include "UserQuery.h"
#include "WorkerTableModel.h"

#include <QHash>

namespace codemie {

class PlatformSession;

// Projects page rows, paged from ProjectRepository as the view scrolls.
// Every read runs on a worker thread with its own connection
// (WorkerTableModel). The Name column shows
// "name (Display Name)" as the web UI does; every column answers
// ProjectNameRole with the stored name.
class ProjectTableModel : public WorkerTableModel {
    Q_OBJECT
public:
    enum Roles { ProjectNameRole = Qt::UserRole + 1 };
    enum Column {
        Name,
        DisplayName,
        CostCenter,
        Created,
        Members,
        Admins,
        Type,
        CreatedBy,
        Budgets, // the web UI's budget cell (§6.4), 2.25+
        ColumnCount
    };

    explicit ProjectTableModel(QObject *parent = nullptr);
    ~ProjectTableModel() override;
    // nullptr empties the model at once. Keep the session alive while it is
    // set: the worker's connection is a clone of it.
    void setSession(PlatformSession *session);
    void setQuery(const ProjectQuery &query);
    const ProjectQuery &query() const { return m_query; }
    ProjectRecord projectAt(int row) const { return m_rows.value(row); }
    // The budget cell's input of a loaded project (empty: no budgets).
    QList<CategorySpend> budgetsOf(const QString &projectName) const
    {
        return m_budgets.value(projectName);
    }
    // Row of a loaded project, or -1.
    int rowOf(const QString &projectName) const;
    // Columns the server can sort on (name, created, members).
    static bool isSortable(int column);
    // Sets the query's sort key and direction for a sortable column; false
    // (query unchanged) for the others.
    static bool applySort(ProjectQuery &query, int column, Qt::SortOrder order);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

public slots:
    void reload();

protected:
    int loadedRowCount() const override { return int(m_rows.size()); }

private:
    PlatformSession *m_session = nullptr;
    ProjectQuery m_query;
    // A page of projects with their budget cells, read together on the worker.
    struct Rows {
        QList<ProjectRecord> projects;
        QHash<QString, QList<CategorySpend>> budgets;
        qsizetype size() const { return projects.size(); }
    };
    static Result<Rows> readRows(PlatformSession &s, const ProjectQuery &query);

    QList<ProjectRecord> m_rows;
    QHash<QString, QList<CategorySpend>> m_budgets; // project name -> budget cell input
};

} // namespace codemie
