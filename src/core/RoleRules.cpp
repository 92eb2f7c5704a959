#include "RoleRules.h"

#include <QCoreApplication>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RoleRules)
};

Outcome refused(int status, const QString &message, const QString &details = {},
                const QString &help = {})
{
    return Outcome::failure(Outcome::Kind::Refused, message, details, help, status);
}
} // namespace

QString RoleRules::lastAdminRevokeMessage(const SchemaCapabilities &caps)
{
    return caps.maintainerEra()
               ? Tr::tr("Cannot revoke last admin - system must have at least one admin")
               : Tr::tr(
                     "Cannot revoke last super admin - system must have at least one super admin");
}

QString RoleRules::lastAdminDeactivateMessage(const SchemaCapabilities &caps)
{
    return caps.maintainerEra()
               ? Tr::tr("Cannot deactivate last admin - system must have at least one admin")
               : Tr::tr("Cannot deactivate last super admin - system must have at least one super "
                        "admin");
}

QString RoleRules::selfRevokeMessage(const SchemaCapabilities &caps)
{
    return caps.maintainerEra() ? Tr::tr("Cannot revoke own admin status")
                                : Tr::tr("Cannot revoke own super admin status");
}

bool RoleRules::isValidUserType(const QString &userType)
{
    const QString t = userType.trimmed().toLower();
    return t == QStringLiteral("regular") || t == QStringLiteral("external");
}

Outcome RoleRules::maintainerRoleAvailable(const SchemaCapabilities &caps)
{
    if (caps.hasMaintainer)
        return Outcome::ok();
    return refused(400, Tr::tr("The maintainer role needs platform 2.23 or later"),
                   Tr::tr("This database has no maintainer column."));
}

Result<ResolvedUserChange> RoleRules::resolve(const UserRecord &actor, const UserRecord &target,
                                              const UserChange &change, const RoleContext &ctx)
{
    Result<ResolvedUserChange> r;
    ResolvedUserChange &out = r.value;
    out.isAdmin = target.isAdmin;
    out.isMaintainer = target.isMaintainer;
    out.isActive = target.isActive && !target.deletedAt.isValid();
    out.userType = target.userType;
    out.projectLimit = target.projectLimit;

    if (change.isEmpty()) {
        r.outcome = Outcome::failure(Outcome::Kind::InvalidInput, Tr::tr("No fields to update"), {},
                                     {}, 400);
        return r;
    }
    if (!actor.isEffectiveAdmin() || actor.isDeactivated()) {
        r.outcome = refused(403, Tr::tr("Access denied"),
                            Tr::tr("Only platform administrators can change users."));
        return r;
    }
    if (target.isDeactivated()) {
        // Nothing may be changed on a deactivated user but it cannot come back either.
        if (change.isActive && *change.isActive) {
            r.outcome =
                refused(400, Tr::tr("Cannot reactivate user. Reactivation is not supported."));
            return r;
        }
        r.outcome = refused(400, Tr::tr("User is deactivated"),
                            Tr::tr("A deactivated user cannot be changed."));
        return r;
    }

    const bool touchesRoles = change.isAdmin.has_value() || change.isMaintainer.has_value();
    if (change.isMaintainer && !ctx.caps.hasMaintainer) {
        r.outcome = maintainerRoleAvailable(ctx.caps);
        return r;
    }

    // R1: maintainer implies admin (normalised first so the 400 wins over the 403).
    bool newAdmin = change.isAdmin.value_or(target.isAdmin);
    const bool newMaintainer = change.isMaintainer.value_or(target.isMaintainer);
    if (change.isMaintainer && *change.isMaintainer) {
        if (change.isAdmin && !*change.isAdmin) {
            r.outcome = refused(400, Tr::tr("Maintainers must also be admins"));
            return r;
        }
        newAdmin = true;
    }
    if (!change.isMaintainer && target.isMaintainer && change.isAdmin && !*change.isAdmin) {
        r.outcome = refused(400, Tr::tr("Maintainers must also be admins"),
                            Tr::tr("Turn the Maintainer role off first."));
        return r;
    }

    // R2: from 2.23 only maintainers change roles; the first maintainer may be
    // granted by an admin (the bootstrap the platform documents as hand-written SQL).
    if (touchesRoles && ctx.caps.maintainerEra() && !actor.isMaintainer) {
        const bool grantsFirstMaintainer =
            ctx.maintainerCount == 0 && newMaintainer && !target.isMaintainer && actor.isAdmin;
        const bool onlyThat = grantsFirstMaintainer && (!change.isAdmin || newAdmin);
        if (!onlyThat) {
            r.outcome = refused(403, Tr::tr("Access denied"),
                                Tr::tr("Only maintainers can modify admin or maintainer roles"),
                                Tr::tr("Contact a maintainer to request platform role changes"));
            return r;
        }
        if (!ctx.bootstrapConfirmed) {
            r.outcome = Outcome::failure(
                Outcome::Kind::NeedsConfirmation,
                Tr::tr("No maintainer exists yet. Granting the first Maintainer role makes %1 a "
                       "maintainer and an admin; from then on only maintainers can change platform "
                       "roles.")
                    .arg(target.email),
                Tr::tr(
                    "The platform's documentation does this step by hand in SQL; the console does "
                    "the same update in one audited transaction."),
                Tr::tr("Confirm to continue."));
            return r;
        }
        out.bootstrapsFirstMaintainer = true;
    }

    // R3 and R4: revocation.
    if (target.isAdmin && !newAdmin) {
        if (target.id == actor.id) {
            r.outcome = refused(403, selfRevokeMessage(ctx.caps));
            return r;
        }
        if (target.isActive && ctx.activeAdminCount <= 1) {
            r.outcome = refused(403, lastAdminRevokeMessage(ctx.caps));
            return r;
        }
    }

    // R8 and R5: deactivation, one-way.
    if (change.isActive) {
        if (*change.isActive) {
            // Already active: nothing to do, but it is not a reactivation either.
        } else {
            if (target.id == actor.id) {
                r.outcome = refused(403, Tr::tr("You cannot deactivate your own account"),
                                    Tr::tr("Ask another administrator to do it."));
                return r;
            }
            if (target.isAdmin && ctx.activeAdminCount <= 1) {
                r.outcome = refused(403, lastAdminDeactivateMessage(ctx.caps));
                return r;
            }
            out.isActive = false;
            out.deactivates = true;
        }
    }

    // User type.
    if (change.userType) {
        if (!isValidUserType(*change.userType)) {
            r.outcome = refused(400, Tr::tr("Invalid user_type"),
                                Tr::tr("user_type must be either 'regular' or 'external'"));
            return r;
        }
        out.userType = change.userType->trimmed().toLower();
    }

    // Project limit (§3.1), then R6/R7.
    if (change.projectLimit && *change.projectLimit < 0) {
        r.outcome =
            refused(400, Tr::tr("Invalid project_limit: must be non-negative integer or NULL"));
        return r;
    }
    if ((change.projectLimit || change.setUnlimited) && target.id == actor.id &&
        actor.isEffectiveAdmin()) {
        r.outcome = refused(
            403, Tr::tr("Super admins cannot modify their own project limit (always unlimited)"));
        return r;
    }
    if (change.projectLimit)
        out.projectLimit = *change.projectLimit;
    if (change.setUnlimited) {
        if (!newAdmin) {
            r.outcome = refused(
                400, ctx.caps.maintainerEra()
                         ? Tr::tr("Only admins can have unlimited project_limit (NULL)")
                         : Tr::tr("Only super admins can have unlimited project_limit (NULL)"));
            return r;
        }
        out.projectLimit.reset();
    }
    if (!target.isAdmin && newAdmin)
        out.projectLimit.reset(); // R6: promotion clears the limit, an explicit value is ignored
    if (target.isAdmin && !newAdmin && !change.projectLimit)
        out.projectLimit = ctx.defaultProjectLimit; // R7 (the deployment's configured default)

    out.isAdmin = newAdmin;
    out.isMaintainer = ctx.caps.hasMaintainer ? newMaintainer : false;
    out.rolesChanged = out.isAdmin != target.isAdmin || out.isMaintainer != target.isMaintainer;
    return r;
}

} // namespace codemie
