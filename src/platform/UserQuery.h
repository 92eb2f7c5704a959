#pragma once

#include <QStringList>

namespace codemie {

// What the Users page asks for: search, filters, order and a page. Every
// value ends up as a bound parameter, never in the SQL text.
struct UserQuery {
    enum class Role { Any, User, ProjectAdmin, Admin, Maintainer };
    enum class Activity { Active, Deactivated, All };
    enum class SortKey {
        Name,
        Email,
        Username,
        UserType,
        Created,
        LastLogin,
        Projects,
        Admin,
        Maintainer,
        TotalSpend // the budget cell's Total spend (2.23+; 0 without spend)
    };

    QString search; // email, username or name contains (case-insensitive)
    QStringList projects;
    Role role = Role::Any;
    QString userType; // empty = any
    QString budgetId; // users assigned this global budget (2.23+); empty = any
    Activity activity = Activity::Active;
    SortKey sortKey = SortKey::Email;
    bool descending = false;
    int offset = 0;
    int limit = 200;

    bool operator==(const UserQuery &o) const
    {
        return search == o.search && projects == o.projects && role == o.role &&
               userType == o.userType && budgetId == o.budgetId && activity == o.activity &&
               sortKey == o.sortKey && descending == o.descending && offset == o.offset &&
               limit == o.limit;
    }
};

struct ProjectQuery {
    enum class Type { Any, Shared, Personal };
    enum class SortKey { Name, Created, Members };
    QString search; // name or display name contains
    Type type = Type::Any;
    QString costCenterId; // empty = any
    SortKey sortKey = SortKey::Name;
    bool descending = false;
    int offset = 0;
    int limit = 200;
};

} // namespace codemie
