#pragma once

#include "DomainTypes.h"
#include "Outcome.h"

namespace codemie {

class PlatformSession;

// Reads and changes `user_projects` with the platform's membership rules.
class MembershipRepository {
public:
    explicit MembershipRepository(PlatformSession &session);

    Result<QList<Membership>> projectsOfUser(const QString &userId) const;
    Result<QList<Membership>> membersOfProject(const QString &projectName,
                                               const QString &search = {}, int offset = 0,
                                               int limit = 500) const;

    Result<Membership> assign(const QString &userId, const QString &projectName,
                              bool isProjectAdmin);
    // `expected` is the membership as read: a different role now is a conflict.
    Result<Membership> setRole(const Membership &expected, bool isProjectAdmin);
    Outcome unassign(const Membership &expected);

private:
    Outcome checkProject(const QString &projectName, ProjectRecord *project) const;
    Result<Membership> find(const QString &userId, const QString &projectName,
                            bool forUpdate) const;

    PlatformSession &m_session;
};

} // namespace codemie
