#pragma once

#include "RoleRules.h"
#include "UserQuery.h"

#include <QList>
#include <QSqlQuery>

namespace codemie {

class PlatformSession;

// Reads and changes `users`: server-side paging, search, filters and sorting
// as one parameterised query; role and status changes through RoleRules in
// one audited transaction that refuses to overwrite a concurrent change.
class UserRepository {
public:
    explicit UserRepository(PlatformSession &session);

    Result<int> count(const UserQuery &query) const;
    Result<QList<UserRecord>> page(const UserQuery &query) const;
    // Ids of every user matching `query` (paging ignored), in its order: for
    // "select all N matching".
    Result<QStringList> ids(const UserQuery &query) const;
    Result<UserRecord> findById(const QString &id) const;
    // Case-insensitive, like the platform's own look-ups.
    Result<UserRecord> findByEmail(const QString &email) const;
    Result<int> activeAdminCount() const;
    Result<int> maintainerCount() const;

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
    QString orderClause(const UserQuery &query) const;
    Result<UserRecord> findOne(const QString &condition, const QVariant &value,
                               bool forUpdate) const;

    PlatformSession &m_session;
};

} // namespace codemie
