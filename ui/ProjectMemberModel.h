#pragma once

#include "DomainTypes.h"
#include "ProjectMemberSearch.h"

#include <QAbstractTableModel>
#include <memory>

namespace codemie {

class PlatformSession;
class SessionWorker;

// Members of one project for the project detail dialog, paged from
// ProjectMemberSearch as the view scrolls; search and role filter run in SQL.
// Every read runs on a worker thread with its own connection (a project such
// as the platform's `demo` may have every user as a member): a new query
// keeps the rows shown until its answer replaces them, and the answer of a
// query replaced meanwhile is dropped.
class ProjectMemberModel : public QAbstractTableModel {
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
    int totalCount() const { return m_total; }
    Membership memberAt(int row) const { return m_rows.value(row); }
    bool isCreator(int row) const;
    // A read is on its way (the count and first page, or the next page).
    bool isLoading() const { return m_reloading || m_fetching; }
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
    void loadingChanged(bool loading);
    // The count and first page of the current query are shown (or the read
    // failed and the list is empty).
    void loaded();

private:
    void setLoading(bool reloading, bool fetching);

    PlatformSession *m_session = nullptr;
    std::unique_ptr<SessionWorker> m_worker;
    ProjectRecord m_project;
    ProjectMemberQuery m_query;
    QList<Membership> m_rows;
    int m_total = 0;
    quint64 m_generation = 0;
    bool m_reloading = false;
    bool m_fetching = false;
    bool m_fetchFailed = false;
};

} // namespace codemie
