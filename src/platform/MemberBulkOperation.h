#pragma once

#include "DomainTypes.h"
#include "Outcome.h"

#include <QHash>

namespace codemie {

class PlatformSession;

// A user and the role they should have in a project.
struct MemberAssignment {
    QString userId;
    bool isProjectAdmin = false;
};

// Changes many memberships of ONE project in ONE transaction, with the same
// checks as MembershipRepository (personal project, project creator, active
// project budgets, conflict detection) and the same audit rows
// (user.project.assigned / role_updated / removed). Any refusal or conflict
// leaves everything as it was.
class MemberBulkOperation {
public:
    struct Summary {
        int assigned = 0;  // new memberships
        int updated = 0;   // role changed
        int unchanged = 0; // already as asked
        int removed = 0;   // memberships deleted
    };

    explicit MemberBulkOperation(PlatformSession &session);

    // `expected` are the memberships as read; a member whose role changed or
    // who left since is a conflict.
    Result<Summary> setRole(const QString &projectName, const QList<Membership> &expected,
                            bool isProjectAdmin);
    Result<Summary> unassign(const QString &projectName, const QList<Membership> &expected);
    // The platform's bulk upsert (`POST /v1/projects/{p}/assignments`): users
    // who are not members are assigned, members get the role.
    Result<Summary> upsert(const QString &projectName, const QList<MemberAssignment> &assignments);

    // For a caller that already holds a WriteTransaction (the CSV import):
    // the project checks, and the upsert without BEGIN/COMMIT.
    Outcome checkProject(const QString &projectName, ProjectRecord *project) const;
    Result<Summary> upsertInOpenTransaction(const ProjectRecord &project,
                                            const QList<MemberAssignment> &assignments);

private:
    struct Current {
        bool isProjectAdmin = false;
        QString email;
    };
    // Memberships of `userIds` in the project, locked for the transaction.
    Result<QHash<QString, Current>> lockMemberships(const QString &projectName,
                                                    const QStringList &userIds) const;

    PlatformSession &m_session;
};

} // namespace codemie
