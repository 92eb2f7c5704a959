// Projects and memberships against real databases: creation rules and
// messages, case-insensitive uniqueness, rename/delete rules, membership
// rules, project budgets, audit rows, conflicts.

#include "MembershipRepository.h"
#include "PlatformSession.h"
#include "ProjectRepository.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {
int count(TestDatabase &db, const QString &sql, const QVariantList &params = {})
{
    const auto r = db.admin().scalar(sql, params);
    return r.isOk() ? r.value.toInt() : -1;
}
bool v242(const QString &engine)
{
    return engine != QStringLiteral("pg-2.19.0");
}
} // namespace

class TstProjectRepository : public QObject {
    Q_OBJECT
private slots:
    void createShared_data() { TestDatabase::addEngineRows(TestDatabase::writableTags()); }
    void createShared()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const QString me = db->addUser(QStringLiteral("me@example.com"), true, v242(engine));
        db->addProject(QStringLiteral("Legacy.Name")); // stored names need not follow the rules
        auto session = db->session(QStringLiteral("me@example.com"));
        ProjectRepository repo(*session);
        const QString description =
            QStringLiteral("Équipe \"Ω\" — O'Brien's; DROP TABLE applications;-- \U0001F680");
        auto r = repo.createShared(QStringLiteral("team-alpha"), description,
                                   QStringLiteral("  Team Alpha \u00E9  "));
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.name, QStringLiteral("team-alpha"));
        QCOMPARE(r.value.description, description);
        QCOMPARE(r.value.createdBy, me);
        QCOMPARE(r.value.projectType, QStringLiteral("shared"));
        QCOMPARE(r.value.memberCount, 1);
        QCOMPARE(r.value.adminCount, 1); // the creator is project admin
        if (v242(engine)) {
            QCOMPARE(r.value.displayName, QStringLiteral("Team Alpha \u00E9"));
            QCOMPARE(
                count(*db, QStringLiteral("SELECT count(*) FROM activity_events WHERE event_type = "
                                          "'project.created' AND entity_id = 'team-alpha'")),
                1);
            QCOMPARE(count(*db,
                           QStringLiteral("SELECT count(*) FROM activity_events WHERE event_type = "
                                          "'user.project.assigned' AND entity_id = ?"),
                           {me}),
                     1);
        }
        // Case-insensitive uniqueness with the stored spelling, soft-deleted included.
        r = repo.createShared(QStringLiteral("legacy.name"), QStringLiteral("x"));
        QVERIFY(!r.isOk()); // the pattern refuses the dot first
        QVERIFY(db->admin().exec(
            QStringLiteral("INSERT INTO applications (id, name, project_type, deleted_at) VALUES "
                           "('Old-Gone', 'Old-Gone', 'shared', ?)"),
            {PlatformDatabase::utcValue(QDateTime::currentDateTimeUtc())}));
        r = repo.createShared(QStringLiteral("old-gone"), QStringLiteral("x"));
        QCOMPARE(
            r.outcome.message(),
            QStringLiteral("Project 'Old-Gone' already exists. Please choose a different name."));
        QCOMPARE(r.outcome.httpStatus(), 409);
        r = repo.createShared(QStringLiteral("team-beta"), QStringLiteral(" "));
        QCOMPARE(r.outcome.message(), QStringLiteral("Project description is required"));
        r = repo.createShared(QStringLiteral("admin"), QStringLiteral("x"));
        QCOMPARE(r.outcome.message(),
                 QStringLiteral("Project name 'admin' is reserved and cannot be used"));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM applications")), 3);
        // Listing and search over name and display name.
        ProjectQuery q;
        q.search = QStringLiteral("alpha \u00E9");
        QCOMPARE(repo.count(q).value, v242(engine) ? 1 : 0);
        q.search = QStringLiteral("legacy.");
        QCOMPARE(repo.count(q).value, 1);
        q = ProjectQuery();
        QCOMPARE(repo.count(q).value, 2); // the soft-deleted one is hidden
        // Cost centers (2.19+): listed with their active projects, usable as a filter.
        QVERIFY(db->admin().exec(
            QStringLiteral("INSERT INTO cost_centers (id, name, created_by) VALUES "
                           "('6f1c2f0e-7c1a-4e0b-9d55-2b8f3c1a9e42', 'eng-core', 'x')")));
        ProjectChange move;
        move.costCenterId = QStringLiteral("6f1c2f0e-7c1a-4e0b-9d55-2b8f3c1a9e42");
        const auto moved = repo.update(repo.findByName(QStringLiteral("team-alpha")).value, move);
        QVERIFY2(moved.isOk(), qPrintable(moved.outcome.fullText()));
        QCOMPARE(moved.value.costCenterName, QStringLiteral("eng-core"));
        const auto centers = repo.costCenters();
        QVERIFY(centers.isOk());
        QCOMPARE(centers.value.size(), 1);
        QCOMPARE(centers.value.first().projectCount, 1);
        q.costCenterId = move.costCenterId.value();
        QCOMPARE(repo.page(q).value.first().name, QStringLiteral("team-alpha"));
    }

    void renameAndDelete_data() { TestDatabase::addEngineRows(TestDatabase::writableTags()); }
    void renameAndDelete()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const QString me = db->addUser(QStringLiteral("me@example.com"), true, v242(engine));
        const QString u = db->addUser(QStringLiteral("u@example.com"));
        db->addProject(QStringLiteral("empty-one"));
        db->addProject(QStringLiteral("taken-one"));
        db->addProject(QStringLiteral("u@example.com"), QStringLiteral("personal"), u);
        auto session = db->session(QStringLiteral("me@example.com"));
        ProjectRepository repo(*session);
        // Rename a member-less project.
        ProjectChange rename;
        rename.name = QStringLiteral("renamed-one");
        auto r = repo.update(repo.findByName(QStringLiteral("empty-one")).value, rename);
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.name, QStringLiteral("renamed-one"));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM applications WHERE id = "
                                           "'renamed-one' AND name = 'renamed-one'")),
                 1);
        rename.name = QStringLiteral("TAKEN-ONE");
        r = repo.update(repo.findByName(QStringLiteral("renamed-one")).value, rename);
        QVERIFY(!r.isOk()); // uppercase refused by the pattern
        rename.name = QStringLiteral("taken-one");
        r = repo.update(repo.findByName(QStringLiteral("renamed-one")).value, rename);
        QCOMPARE(r.outcome.httpStatus(), 409);
        // Refused while anybody is assigned.
        MembershipRepository members(*session);
        QVERIFY(members.assign(u, QStringLiteral("taken-one"), false).isOk());
        rename.name = QStringLiteral("new-name");
        r = repo.update(repo.findByName(QStringLiteral("taken-one")).value, rename);
        QCOMPARE(r.outcome.message(),
                 QStringLiteral("Project name cannot be changed while users are assigned to it"));
        // Delete: refused with members (2.20+), allowed on 2.19.
        const Outcome del = repo.remove(repo.findByName(QStringLiteral("taken-one")).value);
        if (v242(engine)) {
            QCOMPARE(del.message(),
                     QStringLiteral("Project 'taken-one' cannot be deleted because it has assigned "
                                    "users. Remove all users first."));
            QCOMPARE(count(*db, QStringLiteral(
                                    "SELECT count(*) FROM applications WHERE id = 'taken-one'")),
                     1);
        } else {
            QVERIFY2(del.isOk(), qPrintable(del.fullText()));
        }
        QCOMPARE(repo.remove(repo.findByName(QStringLiteral("u@example.com")).value).message(),
                 QStringLiteral("Cannot delete a personal project"));
        QVERIFY(repo.remove(repo.findByName(QStringLiteral("renamed-one")).value).isOk());
        QCOMPARE(repo.findByName(QStringLiteral("renamed-one")).outcome.kind(),
                 Outcome::Kind::NotFound);
        if (v242(engine))
            QCOMPARE(
                count(*db, QStringLiteral("SELECT count(*) FROM activity_events WHERE event_type = "
                                          "'project.deleted' AND entity_id = 'renamed-one'")),
                1);
        // Edits of description detect a concurrent change.
        const ProjectRecord seen = repo.findByName(QStringLiteral("u@example.com")).value;
        QVERIFY(db->admin().exec(QStringLiteral("UPDATE applications SET description = 'changed "
                                                "elsewhere' WHERE id = 'u@example.com'")));
        ProjectChange edit;
        edit.description = QStringLiteral("mine");
        QCOMPARE(repo.update(seen, edit).outcome.kind(), Outcome::Kind::Conflict);
        Q_UNUSED(me)
    }

    void membershipRules_data() { TestDatabase::addEngineRows(TestDatabase::writableTags()); }
    void membershipRules()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("me@example.com"), true, v242(engine));
        const QString creator = db->addUser(QStringLiteral("creator@example.com"));
        const QString u = db->addUser(QStringLiteral("u@example.com"));
        const QString gone = db->addUser(QStringLiteral("gone@example.com"), false, false, false);
        db->addProject(QStringLiteral("alpha"), QStringLiteral("shared"), creator);
        db->addMembership(creator, QStringLiteral("alpha"), true);
        db->addProject(QStringLiteral("u@example.com"), QStringLiteral("personal"), u);
        db->addMembership(u, QStringLiteral("u@example.com"), false);
        auto session = db->session(QStringLiteral("me@example.com"));
        MembershipRepository repo(*session);

        auto a = repo.assign(u, QStringLiteral("alpha"), false);
        QVERIFY2(a.isOk(), qPrintable(a.outcome.fullText()));
        QCOMPARE(repo.assign(u, QStringLiteral("alpha"), true).outcome.message(),
                 QStringLiteral("User already assigned to project"));
        QCOMPARE(repo.assign(creator, QStringLiteral("u@example.com"), false).outcome.message(),
                 QStringLiteral("Cannot modify membership of a personal project"));
        QCOMPARE(repo.assign(u, QStringLiteral("nope"), false).outcome.message(),
                 QStringLiteral("Project not found"));
        QCOMPARE(repo.assign(QStringLiteral("no-user"), QStringLiteral("alpha"), false)
                     .outcome.message(),
                 QStringLiteral("User not found"));
        QVERIFY(!repo.assign(gone, QStringLiteral("alpha"), false).isOk());

        auto role = repo.setRole(a.value, true);
        QVERIFY2(role.isOk(), qPrintable(role.outcome.fullText()));
        QVERIFY(role.value.isProjectAdmin);
        // A stale view of the role is a conflict.
        QCOMPARE(repo.setRole(a.value, true).outcome.kind(), Outcome::Kind::Conflict);
        QCOMPARE(repo.unassign(a.value).kind(), Outcome::Kind::Conflict);

        const auto creatorMembership =
            repo.membersOfProject(QStringLiteral("alpha"), QStringLiteral("creator")).value.first();
        QCOMPARE(repo.unassign(creatorMembership).message(),
                 QStringLiteral("Cannot remove the project creator from the project"));
        const auto personal = repo.projectsOfUser(u).value;
        QCOMPARE(personal.size(), 2);
        for (const Membership &m : personal)
            if (m.projectType == QStringLiteral("personal"))
                QCOMPARE(repo.unassign(m).message(),
                         QStringLiteral("Cannot modify membership of a personal project"));
        QVERIFY(repo.unassign(role.value).isOk());
        QCOMPARE(repo.projectsOfUser(u).value.size(), 1);
        if (v242(engine)) {
            for (const char *type :
                 {"user.project.assigned", "user.project.role_updated", "user.project.removed"})
                QCOMPARE(count(*db,
                               QStringLiteral("SELECT count(*) FROM activity_events WHERE "
                                              "event_type = ? AND entity_id = ?"),
                               {QString::fromLatin1(type), u}),
                         1);
            const auto attrs = db->admin().scalar(
                QStringLiteral("SELECT CAST(attributes AS TEXT) FROM activity_events WHERE "
                               "event_type = 'user.project.role_updated'"));
            const QJsonObject o = QJsonDocument::fromJson(attrs.value.toString().toUtf8()).object();
            QCOMPARE(o.value(QStringLiteral("is_project_admin")).toBool(false), true);
            QCOMPARE(o.value(QStringLiteral("project_name")).toString(), QStringLiteral("alpha"));
        }
    }

    void projectBudgetsBlockMembership()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const QString me = db->addUser(QStringLiteral("me@example.com"), true, true);
        const QString u = db->addUser(QStringLiteral("u@example.com"));
        db->addProject(QStringLiteral("funded"));
        QVERIFY(db->admin().exec(
            QStringLiteral(
                "INSERT INTO budgets (budget_id, name, soft_budget, max_budget, budget_duration, "
                "budget_category, created_by, budget_type, project_name) VALUES ('b1', 'b1', 8, "
                "10, '30d', 'platform', ?, 'project', 'funded')"),
            {me}));
        QVERIFY(db->admin().exec(
            QStringLiteral(
                "INSERT INTO project_budget_assignments (id, project_name, budget_category, "
                "budget_id, assigned_by) VALUES ('pba1', 'funded', 'platform', 'b1', ?)"),
            {me}));
        auto session = db->session(QStringLiteral("me@example.com"));
        MembershipRepository repo(*session);
        const auto r = repo.assign(u, QStringLiteral("funded"), false);
        QCOMPARE(r.outcome.kind(), Outcome::Kind::Refused);
        QVERIFY(r.outcome.fullText().contains(QStringLiteral("budget allocation")));
        QCOMPARE(
            count(*db, QStringLiteral(
                           "SELECT count(*) FROM user_projects WHERE project_name = 'funded'")),
            0);
        // A soft-deleted project budget no longer blocks.
        QVERIFY(
            db->admin().exec(QStringLiteral("UPDATE project_budget_assignments SET deleted_at = ?"),
                             {PlatformDatabase::utcValue(QDateTime::currentDateTimeUtc())}));
        QVERIFY(repo.assign(u, QStringLiteral("funded"), false).isOk());
    }
    void projectBudgetsBlockMembership_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
};

QTEST_GUILESS_MAIN(TstProjectRepository)
#include "tst_projectrepository.moc"
