#pragma once

#include "DomainTypes.h"
#include "Outcome.h"

#include <QSet>
#include <QStringList>

namespace codemie {

class PlatformSession;

// What the project detail page asks about a project's members: search,
// role filter and a page. Every value is bound, never part of the SQL text.
struct ProjectMemberQuery {
    enum class Role { Any, ProjectAdmin, User };
    QString projectName;
    QString search; // e-mail, username or name contains (case-insensitive)
    Role role = Role::Any;
    int offset = 0;
    int limit = 100;
};

// Reads the members of one project (`user_projects` joined with `users`)
// page by page, for projects with any number of members.
class ProjectMemberSearch {
public:
    explicit ProjectMemberSearch(PlatformSession &session);

    Result<int> count(const ProjectMemberQuery &query) const;
    Result<QList<Membership>> page(const ProjectMemberQuery &query) const;
    // Which of `userIds` are members of the project (to mark search results).
    Result<QSet<QString>> membersAmong(const QString &projectName,
                                       const QStringList &userIds) const;

private:
    QString whereClause(const ProjectMemberQuery &query, QVariantList *params) const;

    PlatformSession &m_session;
};

} // namespace codemie
