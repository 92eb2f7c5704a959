#pragma once

#include "AuditTrail.h"

namespace codemie {

// The one place where the console's interactive writes change a membership
// row (`user_projects`), each with its audit row (user.project.assigned,
// user.project.role_updated, user.project.removed), inside the caller's
// transaction. Callers check the platform's rules and what they read first;
// rows are addressed by (user, project), the table's unique key. The bulk
// migration writes the same rows and events by COPY (MigrationExecutor).
class MembershipWriter {
public:
    MembershipWriter(const PlatformDatabase &db, const SchemaCapabilities &caps,
                     const QString &actorId);

    Outcome assign(const QString &userId, const QString &project, bool isProjectAdmin) const;
    Outcome setRole(const QString &userId, const QString &project, bool isProjectAdmin) const;
    Outcome remove(const QString &userId, const QString &project) const;

private:
    const PlatformDatabase &m_db;
    AuditTrail m_audit;
    QVariant m_now; // the transaction's time, for every row written
};

} // namespace codemie
