// The platform's role rules (platform-rules.md §3), with its wording.

#include "RoleRules.h"

#include <QTest>

using namespace codemie;

namespace {
UserRecord user(const QString &id, bool admin, bool maintainer = false)
{
    UserRecord u;
    u.id = id;
    u.email = id + QStringLiteral("@example.com");
    u.isAdmin = admin;
    u.isMaintainer = maintainer;
    u.projectLimit = admin ? std::optional<int>() : std::optional<int>(3);
    return u;
}
RoleContext ctx242(int admins = 3, int maintainers = 1)
{
    RoleContext c;
    c.caps.hasAdminColumn = true;
    c.caps.hasMaintainer = true;
    c.activeAdminCount = admins;
    c.maintainerCount = maintainers;
    c.defaultProjectLimit = 5;
    return c;
}
RoleContext ctx219(int admins = 3)
{
    RoleContext c;
    c.caps.hasAdminColumn = true;
    c.activeAdminCount = admins;
    return c;
}
} // namespace

class TstRoleRules : public QObject {
    Q_OBJECT
private slots:
    void maintainerImpliesAdmin()
    {
        UserChange c;
        c.isMaintainer = true;
        const auto r = RoleRules::resolve(user(QStringLiteral("m"), true, true),
                                          user(QStringLiteral("u"), false), c, ctx242());
        QVERIFY(r.isOk());
        QVERIFY(r.value.isAdmin);
        QVERIFY(r.value.isMaintainer);
        QVERIFY(!r.value.projectLimit.has_value()); // R6: promotion clears the limit
    }
    void maintainerWithAdminOffIsRejectedFirst()
    {
        UserChange c;
        c.isMaintainer = true;
        c.isAdmin = false;
        // Even a non-maintainer gets the 400, because R1 is checked before R2.
        const auto r = RoleRules::resolve(user(QStringLiteral("a"), true),
                                          user(QStringLiteral("u"), false), c, ctx242());
        QCOMPARE(r.outcome.httpStatus(), 400);
        QCOMPARE(r.outcome.message(), QStringLiteral("Maintainers must also be admins"));
    }
    void adminCannotTurnOffWhileMaintainer()
    {
        UserChange c;
        c.isAdmin = false;
        const auto r = RoleRules::resolve(user(QStringLiteral("m"), true, true),
                                          user(QStringLiteral("u"), true, true), c, ctx242());
        QCOMPARE(r.outcome.message(), QStringLiteral("Maintainers must also be admins"));
    }
    void onlyMaintainersChangeRolesFrom223()
    {
        UserChange c;
        c.isAdmin = true;
        const auto r = RoleRules::resolve(user(QStringLiteral("a"), true),
                                          user(QStringLiteral("u"), false), c, ctx242());
        QCOMPARE(r.outcome.kind(), Outcome::Kind::Refused);
        QCOMPARE(r.outcome.httpStatus(), 403);
        QCOMPARE(r.outcome.message(), QStringLiteral("Access denied"));
        QCOMPARE(r.outcome.details(),
                 QStringLiteral("Only maintainers can modify admin or maintainer roles"));
        QCOMPARE(r.outcome.help(),
                 QStringLiteral("Contact a maintainer to request platform role changes"));
    }
    void anyAdminChangesRolesOn219()
    {
        UserChange c;
        c.isAdmin = true;
        const auto r = RoleRules::resolve(user(QStringLiteral("a"), true),
                                          user(QStringLiteral("u"), false), c, ctx219());
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QVERIFY(r.value.isAdmin);
        QVERIFY(r.value.rolesChanged);
    }
    void maintainerUnavailableOn219()
    {
        UserChange c;
        c.isMaintainer = true;
        const auto r = RoleRules::resolve(user(QStringLiteral("a"), true),
                                          user(QStringLiteral("u"), false), c, ctx219());
        QCOMPARE(r.outcome.kind(), Outcome::Kind::Refused);
        QVERIFY(r.outcome.message().contains(QStringLiteral("2.23")));
    }
    void firstMaintainerNeedsConfirmation()
    {
        UserChange c;
        c.isMaintainer = true;
        const UserRecord actor = user(QStringLiteral("a"), true);
        const UserRecord target = user(QStringLiteral("b"), true);
        RoleContext ctx = ctx242(3, 0);
        auto r = RoleRules::resolve(actor, target, c, ctx);
        QCOMPARE(r.outcome.kind(), Outcome::Kind::NeedsConfirmation);
        QVERIFY(r.outcome.message().contains(target.email));
        ctx.bootstrapConfirmed = true;
        r = RoleRules::resolve(actor, target, c, ctx);
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QVERIFY(r.value.bootstrapsFirstMaintainer);
        QVERIFY(r.value.isMaintainer && r.value.isAdmin);
        // Self-bootstrap is allowed too: it is what the documented SQL does.
        r = RoleRules::resolve(actor, actor, c, ctx);
        QVERIFY(r.isOk());
    }
    void bootstrapOnlyWhileNoMaintainerExists()
    {
        UserChange c;
        c.isMaintainer = true;
        RoleContext ctx = ctx242(3, 1);
        ctx.bootstrapConfirmed = true;
        const auto r = RoleRules::resolve(user(QStringLiteral("a"), true),
                                          user(QStringLiteral("b"), true), c, ctx);
        QCOMPARE(r.outcome.httpStatus(), 403);
    }
    void bootstrapDoesNotCoverOtherRoleChanges()
    {
        UserChange c;
        c.isAdmin = false; // revoking, while no maintainer exists
        const auto r = RoleRules::resolve(user(QStringLiteral("a"), true),
                                          user(QStringLiteral("b"), true), c, ctx242(3, 0));
        QCOMPARE(r.outcome.httpStatus(), 403);
    }
    void cannotRevokeOwnAdmin()
    {
        UserChange c;
        c.isAdmin = false;
        const UserRecord me = user(QStringLiteral("m"), true, false);
        UserRecord maint = me;
        maint.isMaintainer = false;
        // A maintainer revoking another admin is fine; revoking themselves is not.
        UserRecord actor = user(QStringLiteral("m"), true, true);
        UserRecord self = actor;
        self.isMaintainer = false;
        auto r = RoleRules::resolve(actor, user(QStringLiteral("x"), true), c, ctx242());
        QVERIFY(r.isOk());
        QCOMPARE(r.value.projectLimit, std::optional<int>(5)); // R7 with the configured default
        r = RoleRules::resolve(actor, self, c, ctx242());
        QCOMPARE(r.outcome.message(), QStringLiteral("Cannot revoke own admin status"));
        r = RoleRules::resolve(user(QStringLiteral("a"), true), user(QStringLiteral("a"), true), c,
                               ctx219());
        QCOMPARE(r.outcome.message(), QStringLiteral("Cannot revoke own super admin status"));
    }
    void lastAdminCannotBeRevokedOrDeactivated()
    {
        UserChange revoke;
        revoke.isAdmin = false;
        const UserRecord maint = user(QStringLiteral("m"), true, true);
        auto r = RoleRules::resolve(maint, user(QStringLiteral("x"), true), revoke, ctx242(1));
        QCOMPARE(r.outcome.message(),
                 QStringLiteral("Cannot revoke last admin - system must have at least one admin"));
        r = RoleRules::resolve(user(QStringLiteral("a"), true), user(QStringLiteral("x"), true),
                               revoke, ctx219(1));
        QCOMPARE(r.outcome.message(),
                 QStringLiteral("Cannot revoke last super admin - system must have at least one "
                                "super admin"));
        UserChange deactivate;
        deactivate.isActive = false;
        r = RoleRules::resolve(maint, user(QStringLiteral("x"), true), deactivate, ctx242(1));
        QCOMPARE(r.outcome.message(),
                 QStringLiteral("Cannot deactivate last admin - system must have at least one "
                                "admin"));
        QCOMPARE(r.outcome.httpStatus(), 403);
    }
    void deactivationIsOneWay()
    {
        UserChange deactivate;
        deactivate.isActive = false;
        const UserRecord admin = user(QStringLiteral("a"), true);
        auto r = RoleRules::resolve(admin, user(QStringLiteral("u"), false), deactivate, ctx242());
        QVERIFY(r.isOk());
        QVERIFY(r.value.deactivates);
        UserRecord gone = user(QStringLiteral("g"), false);
        gone.isActive = false;
        gone.deletedAt = QDateTime::currentDateTimeUtc();
        UserChange reactivate;
        reactivate.isActive = true;
        r = RoleRules::resolve(admin, gone, reactivate, ctx242());
        QCOMPARE(r.outcome.message(),
                 QStringLiteral("Cannot reactivate user. Reactivation is not supported."));
        r = RoleRules::resolve(admin, admin, deactivate, ctx242());
        QCOMPARE(r.outcome.kind(), Outcome::Kind::Refused); // no self-deactivation
    }
    void userTypeAndLimitRules()
    {
        const UserRecord admin = user(QStringLiteral("a"), true, true);
        UserChange type;
        type.userType = QStringLiteral("  External ");
        auto r = RoleRules::resolve(admin, user(QStringLiteral("u"), false), type, ctx242());
        QVERIFY(r.isOk());
        QCOMPARE(r.value.userType, QStringLiteral("external"));
        type.userType = QStringLiteral("contractor");
        r = RoleRules::resolve(admin, user(QStringLiteral("u"), false), type, ctx242());
        QCOMPARE(r.outcome.message(), QStringLiteral("Invalid user_type"));

        UserChange negative;
        negative.projectLimit = -1;
        r = RoleRules::resolve(admin, user(QStringLiteral("u"), false), negative, ctx242());
        QCOMPARE(r.outcome.message(),
                 QStringLiteral("Invalid project_limit: must be non-negative integer or NULL"));
        UserChange unlimited;
        unlimited.setUnlimited = true;
        r = RoleRules::resolve(admin, user(QStringLiteral("u"), false), unlimited, ctx242());
        QCOMPARE(r.outcome.message(),
                 QStringLiteral("Only admins can have unlimited project_limit (NULL)"));
        UserChange own;
        own.projectLimit = 10;
        r = RoleRules::resolve(admin, admin, own, ctx242());
        QCOMPARE(r.outcome.httpStatus(), 403);
        UserChange ten;
        ten.projectLimit = 10;
        r = RoleRules::resolve(admin, user(QStringLiteral("u"), false), ten, ctx242());
        QCOMPARE(r.value.projectLimit, std::optional<int>(10));
        UserChange none;
        r = RoleRules::resolve(admin, user(QStringLiteral("u"), false), none, ctx242());
        QCOMPARE(r.outcome.message(), QStringLiteral("No fields to update"));
    }
    void nonAdminActorIsRefused()
    {
        UserChange c;
        c.userType = QStringLiteral("external");
        const auto r = RoleRules::resolve(user(QStringLiteral("p"), false),
                                          user(QStringLiteral("u"), false), c, ctx242());
        QCOMPARE(r.outcome.httpStatus(), 403);
    }
};

QTEST_GUILESS_MAIN(TstRoleRules)
#include "tst_rolerules.moc"
