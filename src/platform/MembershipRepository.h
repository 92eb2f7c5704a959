#pragma once

#include "DomainTypes.h"
#include "Outcome.h"

#include <QHash>

namespace codemie {

class PlatformSession;

// Reads and changes `user_projects` with the platform's membership rules.
class MembershipRepository {
public:
    explicit MembershipRepository(PlatformSession &session);

    Result<QList<Membership>> projectsOfUser(const QString &userId) const;
    // Up to `perUser` memberships of each user, project-admin ones first (for
    // the Users page's project chips); one query for the whole page.
    Result<QHash<QString, QList<Membership>>> projectsOfUsers(const QStringList &userIds,
                                                              int perUser) const;
    Result<QList<Membership>> membersOfProject(const QString &projectName,
                                               const QString &search = {}, int offset = 0,
                                               int limit = 500) const;

    Result<Membership> assign(const QString &userId, const QString &projectName,
                              bool isProjectAdmin);
    // `expected` is the membership as read: a different role now is a conflict.
    Result<Membership> setRole(const Membership &expected, bool isProjectAdmin);
    Outcome unassign(const Membership &expected);

    // The one place that decides whether `projectName`'s membership may be
    // changed directly: it exists, is not personal, and has no active project
    // budgets (2.25+). Fills `project` when found. Every membership writer
    // (single, bulk, CSV import) calls it inside its transaction.
    Outcome checkProject(const QString &projectName, ProjectRecord *project) const;

private:
    Result<Membership> find(const QString &userId, const QString &projectName,
                            bool forUpdate) const;

    PlatformSession &m_session;
};

} // namespace codemie
