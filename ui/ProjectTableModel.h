#pragma once

#include "DomainTypes.h"
#include "UserQuery.h"

#include <QAbstractTableModel>
#include <memory>

namespace codemie {

class PlatformSession;
class SessionWorker;

// Projects page rows, paged from ProjectRepository as the view scrolls.
// Every read runs on a worker thread with its own connection: a new query
// keeps the rows shown until its answer arrives and then replaces them; the
// answer of a query replaced meanwhile is dropped. The Name column shows
// "name (Display Name)" as the web UI does; every column answers
// ProjectNameRole with the stored name.
class ProjectTableModel : public QAbstractTableModel {
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
        ColumnCount
    };

    explicit ProjectTableModel(QObject *parent = nullptr);
    ~ProjectTableModel() override;
    // nullptr empties the model at once. Keep the session alive while it is
    // set: the worker's connection is a clone of it.
    void setSession(PlatformSession *session);
    void setQuery(const ProjectQuery &query);
    const ProjectQuery &query() const { return m_query; }
    int totalCount() const { return m_total; }
    // A read is on its way: the count and first page of the query
    // (isReloading()), or the next page (fetchMore()).
    bool isLoading() const { return m_reloading || m_fetching; }
    // The rows shown are still those of an earlier query.
    bool isReloading() const { return m_reloading; }
    ProjectRecord projectAt(int row) const { return m_rows.value(row); }
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
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

public slots:
    void reload();

signals:
    void errorOccurred(const QString &message);
    void totalChanged(int total);
    // A read started (loading true) or its answer was applied (false).
    void loadingChanged(bool loading);
    // The count and first page of the current query are shown (or the read
    // failed and the model is empty).
    void loaded();
    // A fetchMore() answer was applied: rows were appended, or none came.
    void moreLoaded();

private:
    void setLoading(bool reloading, bool fetching);

    PlatformSession *m_session = nullptr;
    std::unique_ptr<SessionWorker> m_worker;
    ProjectQuery m_query;
    QList<ProjectRecord> m_rows;
    int m_total = 0;
    quint64 m_generation = 0; // the current query; older answers are dropped
    bool m_reloading = false;
    bool m_fetching = false;
    bool m_fetchFailed = false; // no more fetchMore() until the next reload
};

} // namespace codemie
