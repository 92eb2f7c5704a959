#pragma once

#include "DomainTypes.h"
#include "ProjectMemberSearch.h"
#include "WorkerTableModel.h"

namespace codemie {

class PlatformSession;

// Members of one project for the project detail dialog, paged from
// ProjectMemberSearch as the view scrolls; search and role filter run in SQL.
// Every read runs on a worker thread (WorkerTableModel): a project such as
// the platform's `demo` may have every user as a member.
class ProjectMemberModel : public WorkerTableModel {
    Q_OBJECT
public:
    enum Column { Name, Email, Role, Added, ColumnCount };
    enum Roles { UserIdRole = Qt::UserRole + 1, IsCreatorRole };

    explicit ProjectMemberModel(QObject *parent = nullptr);
    ~ProjectMemberModel() override;
    // The project's creator is marked and cannot be unassigned. Keep the
    // session alive while it is set: the worker's connection is a clone of
    // it. Setting the same session again (after a write) reloads.
    void setSession(PlatformSession *session, const ProjectRecord &project);
    void setQuery(const ProjectMemberQuery &query);
    const ProjectMemberQuery &query() const { return m_query; }
    Membership memberAt(int row) const { return m_rows.value(row); }
    bool isCreator(int row) const;
    static constexpr int PageSize = 100;

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
    ProjectRecord m_project;
    ProjectMemberQuery m_query;
    QList<Membership> m_rows;
};

} // namespace codemie
