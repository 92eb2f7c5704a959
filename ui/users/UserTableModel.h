#pragma once

#include "BudgetCell.h"
#include "DomainTypes.h"
#include "UserQuery.h"
#include "UserRepository.h"
#include "UserSearchIndex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <memory>
#include <optional>

namespace codemie {

class PlatformSession;
class SessionWorker;
class UserSearchService;

// The Users page as a spreadsheet of known length: the count comes first,
// then pages of rows are read on a worker thread as the view shows them.
// Only a bounded number of pages is kept; results of an older query are
// dropped. Sorting and filtering happen in SQL.
class UserTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Email,
        UserType,
        Projects,
        ProjectAdmin,
        Admin,
        Maintainer,
        Active,
        AuthSource,
        LastLogin,
        Created,
        Budgets, // the web UI's budget cell (§6.4), 2.23+
        ColumnCount
    };
    static constexpr int PageSize = 200;
    // Rows read at once when the index chose them: by id, each page costs
    // the same wherever it is, so a page is about a screen, and the first
    // screen shows sooner.
    static constexpr int IndexPageSize = 50;
    static constexpr int MaxCachedPages = 60;

    explicit UserTableModel(QObject *parent = nullptr);
    ~UserTableModel() override;
    // With `findIds`, loads as reloadFinding().
    void setSession(PlatformSession *session,
                    const std::optional<QStringList> &findIds = std::nullopt);
    void setQuery(const UserQuery &query);
    const UserQuery &query() const { return m_query; }
    int totalCount() const { return m_total; }
    // Rows of a page (pageLoaded()): PageSize, or IndexPageSize.
    int pageSize() const { return m_pageSize; }
    bool isLoading() const { return m_pendingCount || !m_pendingPages.isEmpty(); }
    // The row if it is loaded (an empty record otherwise).
    UserRecord userAt(int row) const;
    bool isRowLoaded(int row) const;
    // The ids at `rows` of the current list, in the order given (rows past
    // the end left out): from the loaded pages, the rows found by
    // reloadFinding() and the index's matches; rows none of them knows (a
    // range selected over pages not read, or pages forgotten since) are read
    // from the database on the calling thread, as "all matching" is.
    // Without `readMissing`, rows no one knows are left out instead.
    Result<QStringList> idsAt(const QList<int> &rows, bool readMissing = true) const;
    // Reloads, and once the count is known finds on the worker where each
    // of `ids` now stands (the index's matches when it answers the query,
    // else UserRepository::positions()), without reading the rows between:
    // rowsFound() tells the view (always, even for no ids). At most
    // MaxFindIds ids are looked up.
    void reloadFinding(const QStringList &ids);
    static constexpr int MaxFindIds = 10000;
    // Re-reads one user (after a change) without resetting the view.
    void refreshUser(const QString &userId);
    // The in-memory search index (PostgreSQL; null otherwise). It starts
    // loading after the first rows are shown; until it is ready, and while it
    // is stale, queries go to the database.
    UserSearchService *searchService() const { return m_search.get(); }
    // The current rows were chosen by the index (else by the database).
    bool isAnsweredByIndex() const { return bool(m_matches); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;
    static QString columnTitle(int column);
    // The Budgets column's text: "Total $s / $l (Platform $s / $l, …)", "-".
    static QString budgetCellText(const QList<CategorySpend> &categories);
    // As the web UI shows them: "-" for an empty value, "Yes"/"No".
    static QString emptyValue();
    static QString yesNo(bool yes);
    static bool isYesNoColumn(int column);

public slots:
    void reload();

signals:
    void errorOccurred(const QString &message);
    void totalChanged(int total);
    void pageLoaded(int page);
    // Where the ids given to reloadFinding() stand in the reloaded list (id
    // -> row; users no longer listed are left out). Empty when they could
    // not be looked up (errorOccurred() says why).
    void rowsFound(const QHash<QString, int> &rows);

private:
    struct Page {
        QList<UserRecord> rows;
        QHash<QString, QList<Membership>> projects;   // user id -> first memberships, admin first
        QHash<QString, QList<CategorySpend>> budgets; // user id -> budget cell input
        quint64 lastUse = 0;
        UserRepository::Position first, last; // where the page starts and ends in the order
    };
    // How to read `page`: after or before a cached page near it (keyset), or
    // by counting rows from the nearer end of the list.
    UserRepository::Slice sliceFor(int page) const;
    void requestPage(int page) const;
    void load(const std::optional<QStringList> &findIds);
    void findRows(const QStringList &ids);
    void storePage(int page, Page rows);

    PlatformSession *m_session = nullptr;
    std::unique_ptr<SessionWorker> m_worker;
    std::unique_ptr<UserSearchService> m_search;
    // The current query's rows in order, when the index answered it.
    std::shared_ptr<const UserSearchIndex> m_matchIndex;
    std::shared_ptr<const std::vector<quint32>> m_matches;
    // The last search's hit users, for the next keystroke; only the worker's
    // jobs touch it (they run one after another).
    std::shared_ptr<UserSearchIndex::TextHits> m_textHits;
    UserQuery m_query;
    int m_total = 0;
    int m_pageSize = PageSize;
    quint64 m_generation = 0;
    bool m_pendingCount = false;
    mutable QHash<int, Page> m_pages;
    mutable QSet<int> m_pendingPages;
    mutable quint64 m_useClock = 0;
    // Row -> id of the users reloadFinding() found, until the next reload.
    QHash<int, QString> m_foundIds;
};

} // namespace codemie
