#pragma once

#include "DomainTypes.h"
#include "Outcome.h"
#include "SchemaCapabilities.h"

#include <optional>

namespace codemie {

// A requested change of a user's platform roles and settings, as the details
// dialog or a bulk action produces it. Unset members are left as they are.
struct UserChange {
    std::optional<bool> isAdmin;
    std::optional<bool> isMaintainer;
    std::optional<bool> isActive;
    std::optional<QString> userType;
    // projectLimit: set = explicit value; setUnlimited = explicit NULL.
    std::optional<int> projectLimit;
    bool setUnlimited = false;
    bool isEmpty() const
    {
        return !isAdmin && !isMaintainer && !isActive && !userType && !projectLimit &&
               !setUnlimited;
    }
};

// What the change resolves to once the platform's rules are applied.
struct ResolvedUserChange {
    bool isAdmin = false;
    bool isMaintainer = false;
    bool isActive = true;
    QString userType;
    std::optional<int> projectLimit;
    bool deactivates = false;
    bool rolesChanged = false;
    bool bootstrapsFirstMaintainer = false;
};

// Facts read from the database in the same transaction as the change.
struct RoleContext {
    SchemaCapabilities caps;
    int activeAdminCount = 0; // is_admin AND is_active AND deleted_at IS NULL
    int maintainerCount = 0;  // active maintainers
    int defaultProjectLimit = 3;
    bool bootstrapConfirmed = false;
};

// The platform's role and user-field rules (platform-rules.md §3), with its
// wording, in the order the platform checks them.
class RoleRules {
public:
    static Result<ResolvedUserChange> resolve(const UserRecord &actor, const UserRecord &target,
                                              const UserChange &change, const RoleContext &ctx);

    static QString lastAdminRevokeMessage(const SchemaCapabilities &caps);
    static QString lastAdminDeactivateMessage(const SchemaCapabilities &caps);
    static QString selfRevokeMessage(const SchemaCapabilities &caps);
    static bool isValidUserType(const QString &userType);
    // Ok when this schema has the Maintainer role; otherwise the platform's
    // refusal (the same one resolve() gives).
    static Outcome maintainerRoleAvailable(const SchemaCapabilities &caps);
};

} // namespace codemie
