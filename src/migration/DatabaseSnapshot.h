#pragma once

#include "MigrationTypes.h"
#include "Outcome.h"
#include "SchemaCapabilities.h"

#include <QDateTime>
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
        QString authSource;
        QDateTime created;
    };
    struct Project {
        QString name;
        QString type;
        QString createdBy;
        bool deleted = false;
    };

    // The case-insensitive keys of the users and projects whose e-mail,
    // username or name is not written in lower case, read once per run. No
    // index serves lower(email) or lower(name) on the platform database, so
    // batches look rows up by exact spellings (which the indexes serve): the
    // lower-cased one finds every row written in lower case (Keycloak's own
    // spelling), these keys the others. Rows in lower case are not kept, so
    // the keys stay small however many users the database holds.
    struct Keys {
        QHash<QString, QStringList> userIdsByEmail;    // lower(email) -> ids
        QHash<QString, QStringList> userIdsByUsername; // lower(username) -> ids
        QHash<QString, QStringList> projectNames;      // lower(name) -> spellings

        static Result<Keys> load(const PlatformDatabase &db);
        void addUser(const QString &id, const QString &email, const QString &username);
        void addProject(const QString &name);
        void merge(const Keys &other);
    };

    // The whole database (for the plan).
    static Result<DatabaseSnapshot> loadAll(const PlatformDatabase &db,
                                            const SchemaCapabilities &caps);
    // Only what concerns `users` (inside an apply transaction): the rows
    // with their ids, their exact e-mails or usernames, or any spelling of
    // them that `keys` knows, and the projects they name. On PostgreSQL the
    // user rows read are locked (FOR UPDATE) until the transaction ends.
    // `lock` false: read only (a plan or a verification outside a write).
    static Result<DatabaseSnapshot> loadFor(const PlatformDatabase &db,
                                            const SchemaCapabilities &caps,
                                            const QList<SourceUser> &users, const Keys &keys,
                                            bool lock = true);
    // Only the rows with the users' ids and the projects named like their
    // e-mails: what deciding the run's personal projects needs.
    static Result<DatabaseSnapshot> loadIdentities(const PlatformDatabase &db,
                                                   const SchemaCapabilities &caps,
                                                   const QList<SourceUser> &users,
                                                   const Keys &keys);

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
