#pragma once

#include "DomainTypes.h"
#include "UserQuery.h"

#include <QAbstractTableModel>

namespace codemie {

class PlatformSession;

// Users page rows, read page by page through UserRepository as the view
// scrolls (canFetchMore/fetchMore). Sorting and filtering happen in SQL.
class UserTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Email,
        UserType,
        Projects,
        Admin,
        Maintainer,
        Active,
        AuthSource,
        LastLogin,
        Created,
        ColumnCount
    };

    explicit UserTableModel(QObject *parent = nullptr);
    void setSession(PlatformSession *session);
    void setQuery(const UserQuery &query);
    const UserQuery &query() const { return m_query; }
    int totalCount() const { return m_total; }
    UserRecord userAt(int row) const { return m_rows.value(row); }

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

private:
    PlatformSession *m_session = nullptr;
    UserQuery m_query;
    QList<UserRecord> m_rows;
    int m_total = 0;
};

} // namespace codemie
