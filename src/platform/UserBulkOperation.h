#pragma once

#include "Outcome.h"

#include <QStringList>
#include <functional>

namespace codemie {

class PlatformSession;

// One action on many users (a selection, or every user matching a search),
// applied in ONE transaction with the same rules as a single change: users
// a rule refuses are listed with the platform's reason and left unchanged.
class UserBulkOperation {
public:
    enum class Kind { AssignToProject, UnassignFromProject, ChangeProjectRole, Deactivate };
    struct Summary {
        int requested = 0;
        int changed = 0;
        int unchanged = 0;   // already as asked
        QStringList refused; // "email: reason"
    };

    UserBulkOperation(PlatformSession &session, Kind kind, QString project = {},
                      bool isProjectAdmin = false);

    // What it will do, for the confirmation: "Assign 120 users to alpha as project admin".
    QString description(int userCount) const;
    Result<Summary> apply(const QStringList &userIds,
                          const std::function<void(int done, int total)> &progress = {});

private:
    PlatformSession &m_session;
    Kind m_kind;
    QString m_project;
    bool m_isProjectAdmin;
};

} // namespace codemie
