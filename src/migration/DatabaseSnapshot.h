#pragma once

#include "MigrationTypes.h"
#include "Outcome.h"
#include "SchemaCapabilities.h"

#include <QHash>

namespace codemie {

class PlatformDatabase;

// What the migration needs to know of the platform database: users by id,
// e-mail and username (case-insensitive), memberships, projects by
// lower-cased name, and projects with active project budgets.
class DatabaseSnapshot {
public:
    struct User {
        QString id, username, email, name;
        bool isAdmin = false;
        bool active = true;
    };
    struct Project {
        QString name;
        QString type;
        QString createdBy;
        bool deleted = false;
    };

    // The whole database (for the plan).
    static Result<DatabaseSnapshot> loadAll(const PlatformDatabase &db,
                                            const SchemaCapabilities &caps);
    // Only what concerns `users` (inside an apply transaction).
    static Result<DatabaseSnapshot> loadFor(const PlatformDatabase &db,
                                            const SchemaCapabilities &caps,
                                            const QList<SourceUser> &users);

    QHash<QString, User> usersById;
    QHash<QString, QString> userIdByEmail;            // lower(email) -> id
    QHash<QString, QString> userIdByUsername;         // lower(username) -> id
    QHash<QString, QHash<QString, bool>> memberships; // user id -> project -> is_project_admin
    QHash<QString, Project> projectsByLower;          // lower(name) -> project (live one first)
    QSet<QString> budgetedProjects;                   // names with active project budgets

    const Project *project(const QString &name) const;

private:
    Outcome loadUsers(const PlatformDatabase &db, const SchemaCapabilities &caps,
                      const QString &where, const QVariantList &params);
    Outcome loadMemberships(const PlatformDatabase &db, const QString &where,
                            const QVariantList &params);
    Outcome loadProjects(const PlatformDatabase &db, const SchemaCapabilities &caps,
                         const QString &where, const QVariantList &params);
};

} // namespace codemie
