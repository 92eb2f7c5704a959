#pragma once

#include "DomainTypes.h"
#include "ProjectMemberSearch.h"

#include <QAbstractTableModel>

namespace codemie {

class PlatformSession;

// Members of one project for the project detail dialog, paged from
// ProjectMemberSearch as the view scrolls; search and role filter run in SQL.
class ProjectMemberModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Email, Role, Added, ColumnCount };
    enum Roles { UserIdRole = Qt::UserRole + 1, IsCreatorRole };

    explicit ProjectMemberModel(QObject *parent = nullptr);
    // The project's creator is marked and cannot be unassigned.
    void setSession(PlatformSession *session, const ProjectRecord &project);
    void setQuery(const ProjectMemberQuery &query);
    const ProjectMemberQuery &query() const { return m_query; }
    int totalCount() const { return m_total; }
    Membership memberAt(int row) const { return m_rows.value(row); }
    bool isCreator(int row) const;
    static constexpr int PageSize = 100;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public slots:
    void reload();

signals:
    void errorOccurred(const QString &message);
    void totalChanged(int total);

private:
    PlatformSession *m_session = nullptr;
    ProjectRecord m_project;
    ProjectMemberQuery m_query;
    QList<Membership> m_rows;
    int m_total = 0;
};

} // namespace codemie
