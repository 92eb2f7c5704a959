#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QDataStream;

namespace codemie {

// How the migration treats existing users and what it imports.
struct MigrationOptions {
    enum class Policy { Merge, Overwrite };
    Policy policy = Policy::Merge;
    bool includeDisabled = false;
    QString adminRole;      // Keycloak realm role whose members become admins
    QSet<QString> adminIds; // resolved members of adminRole
    int projectLimit = 3;   // for new non-admin users
    QString realm;          // for the description of created projects
    QString actorId;        // acting administrator's platform id, or empty (system)
    // Users per transaction. Each batch costs about fifteen round trips
    // besides its rows (lock-read, re-plan reads, one COPY per table,
    // commit); at 1,000 users they are a few percent of the work, and a
    // batch still holds its row locks for well under a second.
    int batchSize = 1000;
    int connections = 2; // PostgreSQL: batches applied at once, one connection each

    static QString policyName(Policy p)
    {
        return p == Policy::Merge ? QStringLiteral("merge") : QStringLiteral("overwrite");
    }
};

// A project named in a Keycloak user's attributes, after rule 2.
struct SourceMembership {
    QString project; // spelling as given in Keycloak (first occurrence)
    bool isProjectAdmin = false;
};

// One Keycloak user after the mapping rules (1, 2, 4).
struct SourceUser {
    QString id;
    QString username;
    QString email; // Keycloak email, or the username when there is none
    QString name;  // empty = NULL
    bool enabled = true;
    bool isAdmin = false;
    QList<SourceMembership> memberships;
    QString skipReason; // non-empty: not imported (service account, disabled)
    QStringList warnings;
};

// One write the plan makes. `key()` identifies it so that the executor can
// match what is still needed at apply time against what was approved.
struct PlannedOp {
    enum class Kind {
        CreateProject,         // shared project, created_by NULL
        CreateUser,            // users row
        CreatePersonalProject, // applications row + owner membership
        AddMembership,
        RaiseProjectAdmin, // is_project_admin false -> true
        LowerProjectAdmin, // overwrite only
        RemoveMembership,  // overwrite only
        UpdateIdentity,    // overwrite only: username, email, name
    };
    Kind kind = Kind::AddMembership;
    QString userId;
    QString project;
    bool isProjectAdmin = false;
    // CreateUser / UpdateIdentity values.
    QString username;
    QString email;
    QString name;
    bool isAdmin = false;
    bool budgetWarning = false; // the project has active project budgets

    QString key() const;
    static QString kindName(Kind kind);
};
// The migration's temporary files' records of an operation.
QDataStream &operator<<(QDataStream &out, const PlannedOp &op);
QDataStream &operator>>(QDataStream &in, PlannedOp &op);

// A user row of the platform database, as a conflict shows it.
struct ExistingUser {
    QString id;
    QString email;
    QString username;
    QString name;
    QString authSource;
    bool isActive = true; // is_active and not deleted
    QDateTime created;
    bool isValid() const { return !id.isEmpty(); }
};

struct UserPlan {
    enum class Action { Create, Update, Unchanged, Skipped, Conflict };
    QString userId;
    QString username;
    QString email;
    Action action = Action::Unchanged;
    QString reason; // why skipped / conflict
    QStringList warnings;
    QList<PlannedOp> ops;
    ExistingUser collidesWith; // a conflict with a database row: that row

    static QString actionName(Action action);
};

struct MigrationPlan {
    QString source; // "keycloak https://…/realms/x" or "export /path"
    QString realm;
    MigrationOptions::Policy policy = MigrationOptions::Policy::Merge;
    QDateTime createdAt;
    QList<PlannedOp> projectOps; // CreateProject, before any user
    QList<UserPlan> users;
    QStringList warnings; // plan-wide
    QString schemaRevision;

    int count(UserPlan::Action action) const;
    int opCount(PlannedOp::Kind kind) const;
    bool isEmpty() const; // nothing to write
};

// A plan's head and figures gathered user by user, without the users: what
// the summaries and the JSON plan's "summary" show. A streamed run holds
// this, never the whole plan.
struct PlanTotals {
    QString source;
    QString realm;
    MigrationOptions::Policy policy = MigrationOptions::Policy::Merge;
    QDateTime createdAt;
    QString schemaRevision;
    QList<PlannedOp> projectOps; // CreateProject, before any user
    QStringList warnings;        // plan-wide
    // The first users with a conflict, a skip or warnings, as the summary
    // lists them (at most maxDetailed).
    QList<UserPlan> detailed;
    static constexpr int maxDetailed = 201;
    int users = 0;

    void add(const UserPlan &user);
    int count(UserPlan::Action action) const { return m_actions[int(action)]; }
    int opCount(PlannedOp::Kind kind) const; // projectOps included
    bool isEmpty() const;                    // nothing to write
    static PlanTotals of(const MigrationPlan &plan);

private:
    int m_actions[5] = {};
    int m_ops[8] = {};
};

struct ApplyResult {
    int batches = 0;
    int failedBatches = 0;
    int appliedOps = 0;
    int usersCreated = 0;
    int usersUpdated = 0;
    int projectsCreated = 0;
    int membershipsAdded = 0;
    int conflicts = 0; // users whose writes were refused at apply time
    bool cancelled = false;
    QStringList notes;  // ops skipped because the database changed since the plan
    QStringList errors; // failed batches, with the reason
    qint64 elapsedMs = 0;
};

struct VerificationResult {
    int usersChecked = 0;
    QStringList differences;
    bool ok() const { return differences.isEmpty(); }
};

} // namespace codemie
