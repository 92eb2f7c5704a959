#pragma once

#include "BudgetCell.h"
#include "RoleRules.h"
#include "UserQuery.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>

namespace codemie {

class PlatformSession;

// Reads and changes `users`: server-side paging, search, filters and sorting
// as one parameterised query; role and status changes through RoleRules in
// one audited transaction that refuses to overwrite a concurrent change.
class UserRepository {
public:
    // Where a row stands in a query's order: the value of its sort key as the
    // database computes it, and its id (the tie-breaker).
    struct Position {
        QVariant key;
        bool keyIsNull = false;
        QString id;
        bool isValid() const { return !id.isEmpty(); }
    };
    // A run of rows in the query's order. With an `anchor`, it starts right
    // after that row (or, `backward`, ends right before it), skipping
    // `offset` rows more: the database compares keys instead of stepping
    // over every earlier row as OFFSET does. Without one it counts `offset`
    // rows from the start (or, `backward`, from the end).
    struct Slice {
        Position anchor;
        bool backward = false;
        int offset = 0;
        int limit = 200;
    };
    struct SliceRows {
        QList<UserRecord> rows; // in the query's order
        Position first, last;   // of `rows`
    };

    explicit UserRepository(PlatformSession &session);

    Result<int> count(const UserQuery &query) const;
    // query.offset/limit rows from the start.
    Result<QList<UserRecord>> page(const UserQuery &query) const;
    Result<SliceRows> slice(const UserQuery &query, const Slice &slice) const;
    // Ids of every user matching `query` (paging ignored), in its order: for
    // "select all N matching".
    Result<QStringList> ids(const UserQuery &query) const;
    // Where each of `ids` stands in `query`'s list (0-based rows in exactly
    // the order of page(), slice() and ids(), ties by id), without reading
    // the rows: one statement numbering the matching users in the database.
    // Ids not in the list (filtered out, deleted) are left out.
    Result<QHash<QString, int>> positions(const UserQuery &query, const QStringList &ids) const;
    Result<UserRecord> findById(const QString &id) const;
    // The users with these ids, in the order of `ids` (ids no longer in the
    // table are left out): the rows of a page the search index chose.
    Result<QList<UserRecord>> byIds(const QStringList &ids) const;
    // A screen of the Users page by id: the rows (as byIds()), each user's
    // first `perUser` memberships (project admin first, then by name, as
    // MembershipRepository::projectsOfUsers()) and budget cell input (as
    // BudgetViewRepository::userBudgetCells()). One statement on
    // PostgreSQL: the users, their memberships and budget assignments are
    // each found through the platform's indexes on user id; three elsewhere.
    struct Listing {
        QList<UserRecord> rows;
        QHash<QString, QList<Membership>> projects;
        QHash<QString, QList<CategorySpend>> budgets;
    };
    Result<Listing> listing(const QStringList &ids, int perUser) const;
    // " ORDER BY …" of `query` exactly as page(), slice() and ids() sort.
    QString orderSql(const UserQuery &query) const { return orderClause(query); }
    // Case-insensitive, like the platform's own look-ups.
    Result<UserRecord> findByEmail(const QString &email) const;
    Result<int> activeAdminCount() const;
    Result<int> maintainerCount() const;
    // The active administrators and maintainers (not deleted), by e-mail, at
    // most `limit` of them: who may act for a migration.
    Result<QList<UserRecord>> activeAdministrators(int limit = 1000) const;

    // Applies `change` to the user as `expected` was read. If the row changed
    // in the meantime nothing is written and the outcome is a Conflict.
    Result<UserRecord> applyChange(const UserRecord &expected, const UserChange &change,
                                   bool bootstrapConfirmed = false);

    // The SELECT list for a user row under this schema (aliases fixed).
    static QString selectColumns(const SchemaCapabilities &caps, bool withProjectCount);
    static UserRecord fromRecord(const QSqlQuery &query);

private:
    struct Where {
        QString sql;
        QVariantList params;
    };
    Where whereClause(const UserQuery &query) const;
    QString orderClause(const UserQuery &query, bool reversed = false) const;
    // The sort key's SQL, and whether it is a timestamp (compared as text
    // cast back, so that no precision is lost on the way).
    QString sortKey(const UserQuery &query, bool *isTimestamp = nullptr) const;
    static bool sortKeyIsNullable(const UserQuery &query);
    Result<UserRecord> findOne(const QString &condition, const QVariant &value,
                               bool forUpdate) const;

    PlatformSession &m_session;
};

} // namespace codemie
