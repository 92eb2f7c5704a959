// The migration engine against real databases (PostgreSQL 2.19 and 2.42,
// SQLite 2.42): each mapping rule, both policies, conflicts, concurrent edits
// between plan and apply, interruption and re-run, the upgrade and import
// locks, project budgets, audit rows and verification.

#include "DatabaseSnapshot.h"
#include "KeycloakClient.h"
#include "KeycloakTestTarget.h"
#include "MigrationExecutor.h"
#include "MigrationPlanner.h"
#include "MigrationReport.h"
#include "MigrationVerifier.h"
#include "RealmExportReader.h"
#include "SchemaProbe.h"
#include "SourceMapper.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {
KeycloakUser kc(const QString &username, const QString &email, const QStringList &apps = {},
                const QStringList &admins = {}, const QString &first = QStringLiteral("First"),
                const QString &last = QStringLiteral("Last"))
{
    KeycloakUser u;
    u.id = QUuid::createUuidV5(QUuid(), username).toString(QUuid::WithoutBraces);
    u.username = username;
    u.email = email;
    u.firstName = first;
    u.lastName = last;
    if (!apps.isEmpty())
        u.attributes.insert(QStringLiteral("applications"), apps);
    if (!admins.isEmpty())
        u.attributes.insert(QStringLiteral("applications_admin"), admins);
    return u;
}

struct Engine {
    TestDatabase &db;
    MigrationOptions options;

    SchemaCapabilities caps() const { return SchemaProbe(db.admin()).probe().value.caps; }
    QString revision() const { return SchemaProbe(db.admin()).probe().value.revision; }
    MigrationPlan plan(const QList<SourceUser> &source) const
    {
        const auto snapshot = DatabaseSnapshot::loadAll(db.admin(), caps());
        return MigrationPlanner(options).plan(source, snapshot.value, QStringLiteral("test"),
                                              revision());
    }
    ApplyResult apply(const MigrationPlan &plan, const QList<SourceUser> &source,
                      const std::atomic_bool *cancel = nullptr,
                      const std::function<void(int, int)> &progress = {}) const
    {
        const auto r = MigrationExecutor(db.admin(), options).apply(plan, source, progress, cancel);
        if (!r.isOk())
            qWarning("apply failed: %s", qPrintable(r.outcome.fullText()));
        return r.value;
    }
    VerificationResult verify(const QList<SourceUser> &source) const
    {
        return MigrationVerifier::verify(db.admin(), caps(), source, options).value;
    }
};

int scalar(TestDatabase &db, const QString &sql, const QVariantList &params = {})
{
    const auto r = db.admin().scalar(sql, params);
    return r.isOk() ? r.value.toInt() : -1;
}

// Users and memberships as a comparable text, ids and timestamps aside.
// The plan as `--plan-out` streams it must be the document planToJson() builds.
void checkWrittenPlan(const MigrationPlan &plan)
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(MigrationReport::writePlan(buffer, plan));
    QJsonParseError error{};
    const QJsonDocument written = QJsonDocument::fromJson(buffer.data(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(written.object(), MigrationReport::planToJson(plan));
}

QString stateOf(TestDatabase &db)
{
    return codemie::test::migratedRowsText(db);
}
} // namespace

class TstMigration : public QObject {
    Q_OBJECT
private slots:
    // Keycloak's text in the printed plan (e-mails, reasons and warnings that
    // quote project names) cannot move the cursor, clear the screen or start
    // a forged line: control characters are shown escaped.
    void planSummaryShowsKeycloakTextEscaped()
    {
        MigrationPlan plan;
        plan.source = QStringLiteral("export /tmp/realm\x1b[2J.json");
        UserPlan conflict;
        conflict.email = QStringLiteral("mallory@example.com");
        conflict.action = UserPlan::Action::Conflict;
        conflict.reason = QStringLiteral("e-mail owned by \x1b[31mroot\x1b[0m\r\nok  all done");
        conflict.warnings << QStringLiteral("project \u009b6n\nforged: yes");
        plan.users << conflict;
        plan.warnings << QStringLiteral("Duplicate id \x07\x1b]0;title\x07");
        const QString text = MigrationReport::planSummary(plan);
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            QVERIFY2(u == u'\n' || (u >= 0x20 && u != 0x7f && !(u >= 0x80 && u < 0xa0)),
                     qPrintable(QStringLiteral("control character U+%1 in: %2")
                                    .arg(int(u), 4, 16, QLatin1Char('0'))
                                    .arg(text)));
        }
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            QVERIFY2(!line.startsWith(QStringLiteral("ok  all done")), qPrintable(text));
            QVERIFY2(!line.startsWith(QStringLiteral("forged")), qPrintable(text));
        }
        QVERIFY2(text.contains(QStringLiteral("\\x1b[31mroot")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("realm\\x1b[2J.json")), qPrintable(text));
    }
    void mappingRules()
    {
        MigrationOptions o;
        KeycloakUser svc = kc(QStringLiteral("service-account-x"), QString());
        QCOMPARE(SourceMapper::map(svc, o).skipReason, QStringLiteral("service account"));
        KeycloakUser off = kc(QStringLiteral("off"), QStringLiteral("off@x.io"));
        off.enabled = false;
        QVERIFY(!SourceMapper::map(off, o).skipReason.isEmpty());
        o.includeDisabled = true;
        QVERIFY(SourceMapper::map(off, o).skipReason.isEmpty());

        KeycloakUser u = kc(QStringLiteral("ann"), QString(),
                            {QStringLiteral(" alpha ,beta,, "), QStringLiteral("Alpha"), QString()},
                            {QStringLiteral("BETA"), QStringLiteral("gamma")}, QStringLiteral("  "),
                            QStringLiteral("Ödön"));
        o.adminIds.insert(u.id);
        const SourceUser s = SourceMapper::map(u, o);
        QCOMPARE(s.email, QStringLiteral("ann")); // no e-mail: the username
        QCOMPARE(s.name, QStringLiteral("Ödön"));
        QVERIFY(s.isAdmin);
        QCOMPARE(s.memberships.size(), 3);
        QCOMPARE(s.memberships.at(0).project, QStringLiteral("alpha"));
        QVERIFY(!s.memberships.at(0).isProjectAdmin);
        QCOMPARE(s.memberships.at(1).project, QStringLiteral("beta"));
        QVERIFY(s.memberships.at(1).isProjectAdmin); // in applications_admin, other case
        QCOMPARE(s.memberships.at(2).project, QStringLiteral("gamma"));
        QVERIFY(s.memberships.at(2).isProjectAdmin); // only in applications_admin
        const SourceUser nameless = SourceMapper::map(
            kc(QStringLiteral("n"), QStringLiteral("n@x.io"), {}, {}, QString(), QString()), o);
        QVERIFY(nameless.name.isEmpty());
    }

    void createsWhatThePlatformWould_data()
    {
        TestDatabase::addEngineRows(TestDatabase::writableTags());
    }
    void createsWhatThePlatformWould()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const bool v242 = engine != QStringLiteral("pg-2.19.0");
        const QString actor = db->addUser(QStringLiteral("ops@example.com"), true, v242);
        db->addProject(QStringLiteral("Alpha-Team"));
        Engine e{*db, {}};
        e.options.realm = QStringLiteral("acme");
        e.options.projectLimit = 7;
        e.options.actorId = actor;
        const QList<KeycloakUser> users{
            kc(QStringLiteral("ann"), QStringLiteral("Ann@Example.com"),
               {QStringLiteral("alpha-team, New.Project")}, {QStringLiteral("Beta")}),
            kc(QStringLiteral("bob"), QString(), {QStringLiteral("beta")}, {}, QString(),
               QString()),
            kc(QStringLiteral("root"), QStringLiteral("root@example.com"))};
        e.options.adminIds.insert(users.at(2).id);
        const QList<SourceUser> source = SourceMapper::mapAll(users, e.options);
        const MigrationPlan plan = e.plan(source);
        QCOMPARE(plan.count(UserPlan::Action::Create), 3);
        QCOMPARE(plan.projectOps.size(), 2); // New.Project and Beta; alpha-team exists
        QVERIFY(plan.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("New.Project")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM users")),
                 1); // planning writes nothing

        const ApplyResult r = e.apply(plan, source);
        QCOMPARE(r.failedBatches, 0);
        QCOMPARE(r.usersCreated, 3);
        QCOMPARE(r.projectsCreated, 2);
        // Rule 3: the existing spelling is used; new projects are shared, no creator.
        QCOMPARE(
            scalar(*db,
                   QStringLiteral(
                       "SELECT count(*) FROM user_projects WHERE project_name = 'Alpha-Team'")),
            1);
        QCOMPARE(scalar(*db, QStringLiteral(
                                 "SELECT count(*) FROM applications WHERE name = 'New.Project' AND "
                                 "project_type = 'shared' AND created_by IS NULL AND description = "
                                 "'Imported from Keycloak realm acme'")),
                 1);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM user_projects WHERE project_name = "
                                       "'Beta' AND is_project_admin = ?"),
                        {true}),
                 1);
        // Rule 4: the user row.
        const QString annId = users.at(0).id;
        QCOMPARE(
            scalar(
                *db,
                QStringLiteral(
                    "SELECT count(*) FROM users WHERE id = ? AND username = 'ann' AND email = "
                    "'Ann@Example.com' AND name = 'First Last' AND auth_source = 'keycloak' AND "
                    "email_verified = ? AND user_type = 'regular' AND is_active = ? AND is_admin = "
                    "? AND project_limit = 7 AND password_hash IS NULL AND deleted_at IS NULL"),
                {annId, true, true, false}),
            1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM users WHERE username = 'bob' AND "
                                            "email = 'bob' AND name IS NULL")),
                 1);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM users WHERE username = 'root' AND "
                                       "is_admin = ? AND project_limit IS NULL"),
                        {true}),
                 1);
        // Rule 5: personal projects for e-mails with @ only.
        QCOMPARE(
            scalar(*db,
                   QStringLiteral("SELECT count(*) FROM applications WHERE name = "
                                  "'Ann@Example.com' AND project_type = 'personal' AND created_by "
                                  "= ? AND description = 'Personal Project for Ann@Example.com'"),
                   {annId}),
            1);
        QCOMPARE(
            scalar(*db,
                   QStringLiteral("SELECT count(*) FROM user_projects WHERE project_name = "
                                  "'Ann@Example.com' AND user_id = ? AND is_project_admin = ?"),
                   {annId, false}),
            1);
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT count(*) FROM applications WHERE name = 'bob'")), 0);
        // Rule 8: audit rows with the source.
        if (v242) {
            QCOMPARE(
                scalar(
                    *db,
                    QStringLiteral(
                        "SELECT count(*) FROM activity_events WHERE event_type = 'user.created'")),
                3);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM activity_events WHERE "
                                                "event_type = 'project.created'")),
                     4);
            QCOMPARE(scalar(*db,
                            QStringLiteral("SELECT count(*) FROM activity_events WHERE event_type "
                                           "= 'user.project.assigned' AND actor_id = ?"),
                            {actor}),
                     6);
            const auto attrs = db->admin().scalar(
                QStringLiteral("SELECT CAST(attributes AS TEXT) FROM activity_events WHERE "
                               "event_type = 'user.created' LIMIT 1"));
            QCOMPARE(QJsonDocument::fromJson(attrs.value.toString().toUtf8())
                         .object()
                         .value(QStringLiteral("source"))
                         .toString(),
                     QStringLiteral("keycloak_migration"));
        }
        // Verification passes; rule 9: a re-run plans nothing.
        QVERIFY2(e.verify(source).ok(),
                 qPrintable(e.verify(source).differences.join(QLatin1Char('\n'))));
        const MigrationPlan again = e.plan(source);
        QVERIFY(again.isEmpty());
        QCOMPARE(again.count(UserPlan::Action::Unchanged), 3);
        const QString before = stateOf(*db);
        e.apply(again, source);
        QCOMPARE(stateOf(*db), before);
        // The JSON plan has the documented fields.
        checkWrittenPlan(plan);
        const QJsonObject json = MigrationReport::planToJson(plan);
        QCOMPARE(json.value(QStringLiteral("format")).toString(),
                 QStringLiteral("codemie-admin.migration-plan/1"));
        QCOMPARE(json.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("create"))
                     .toInt(),
                 3);
        QCOMPARE(json.value(QStringLiteral("users")).toArray().size(), 3);
    }

    void mergeAndOverwrite_data() { TestDatabase::addEngineRows(TestDatabase::writableTags()); }
    void mergeAndOverwrite()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        KeycloakUser k =
            kc(QStringLiteral("carol"), QStringLiteral("carol@example.com"),
               {QStringLiteral("alpha"), QStringLiteral("beta")}, {QStringLiteral("beta")},
               QStringLiteral("Carol"), QStringLiteral("New"));
        // Carol exists with manual work: admin of alpha, member of manual, not in beta.
        const QVariant now = PlatformDatabase::utcValue(QDateTime::currentDateTimeUtc());
        QVERIFY(db->admin().exec(
            QStringLiteral("INSERT INTO users (id, date, update_date, username, email, name, "
                           "user_type, is_active, is_admin, auth_source, email_verified, "
                           "project_limit) VALUES (?, ?, ?, 'carol-old', 'carol@example.com', "
                           "'Carol Old', 'regular', ?, ?, 'keycloak', ?, 9)"),
            {k.id, now, now, true, false, true}));
        for (const QString &p :
             {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("manual")})
            db->addProject(p);
        db->addProject(QStringLiteral("carol@example.com"), QStringLiteral("personal"), k.id);
        db->addMembership(k.id, QStringLiteral("alpha"), true);
        db->addMembership(k.id, QStringLiteral("manual"), false);
        db->addMembership(k.id, QStringLiteral("carol@example.com"), false);
        Engine e{*db, {}};
        QList<SourceUser> source = SourceMapper::mapAll({k}, e.options);

        // Merge: add beta as admin; never remove manual, never lower alpha, never touch the name.
        MigrationPlan plan = e.plan(source);
        QCOMPARE(plan.users.first().action, UserPlan::Action::Update);
        QCOMPARE(plan.users.first().ops.size(), 1);
        e.apply(plan, source);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM user_projects WHERE user_id = ?"),
                        {k.id}),
                 4);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM user_projects WHERE user_id = ? AND "
                                       "project_name = 'alpha' AND is_project_admin = ?"),
                        {k.id, true}),
                 1);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM users WHERE id = ? AND username = "
                                       "'carol-old' AND project_limit = 9"),
                        {k.id}),
                 1);
        QVERIFY(e.plan(source).isEmpty());
        // Raise: Keycloak now says admin of alpha... it already is. Make manual an admin project:
        k.attributes[QStringLiteral("applications_admin")] << QStringLiteral("manual");
        source = SourceMapper::mapAll({k}, e.options);
        plan = e.plan(source);
        QCOMPARE(plan.opCount(PlannedOp::Kind::RaiseProjectAdmin), 1);
        e.apply(plan, source);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM user_projects WHERE project_name = "
                                       "'manual' AND is_project_admin = ?"),
                        {true}),
                 1);

        // Overwrite: exactly what Keycloak says for shared projects; personal untouched.
        k.attributes[QStringLiteral("applications_admin")] = QStringList{QStringLiteral("beta")};
        k.attributes[QStringLiteral("applications")] = QStringList{QStringLiteral("alpha, beta")};
        e.options.policy = MigrationOptions::Policy::Overwrite;
        source = SourceMapper::mapAll({k}, e.options);
        plan = e.plan(source);
        QCOMPARE(plan.opCount(PlannedOp::Kind::RemoveMembership), 1);  // manual
        QCOMPARE(plan.opCount(PlannedOp::Kind::LowerProjectAdmin), 1); // alpha
        QCOMPARE(plan.opCount(PlannedOp::Kind::UpdateIdentity), 1);
        checkWrittenPlan(plan);
        e.apply(plan, source);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM user_projects WHERE user_id = ? AND "
                                       "project_name = 'manual'"),
                        {k.id}),
                 0);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM user_projects WHERE user_id = ? AND "
                                       "project_name = 'carol@example.com'"),
                        {k.id}),
                 1);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM user_projects WHERE project_name = "
                                       "'alpha' AND is_project_admin = ?"),
                        {false}),
                 1);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM users WHERE id = ? AND username = "
                                       "'carol' AND name = 'Carol New' AND project_limit = 9"),
                        {k.id}),
                 1);
        QVERIFY(e.verify(source).ok());
        QVERIFY(e.plan(source).isEmpty());
    }

    void conflictsWriteNothing_data() { TestDatabase::addEngineRows(TestDatabase::writableTags()); }
    void conflictsWriteNothing()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const QString other = db->addUser(QStringLiteral("dana@example.com"));
        Engine e{*db, {}};
        const QList<KeycloakUser> users{
            kc(QStringLiteral("dana"), QStringLiteral("DANA@example.com"),
               {QStringLiteral("alpha")}),
            kc(QStringLiteral("eve"), QStringLiteral("eve@example.com"), {QStringLiteral("alpha")}),
            kc(QStringLiteral("eve2"), QStringLiteral("Eve@Example.com"),
               {QStringLiteral("beta")})};
        const QList<SourceUser> source = SourceMapper::mapAll(users, e.options);
        const MigrationPlan plan = e.plan(source);
        QCOMPARE(plan.users.at(0).action, UserPlan::Action::Conflict);
        QVERIFY(plan.users.at(0).reason.contains(other));
        QCOMPARE(plan.users.at(1).action, UserPlan::Action::Create);
        QCOMPARE(plan.users.at(2).action, UserPlan::Action::Conflict);
        e.apply(plan, source);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM users")), 2);
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT count(*) FROM applications WHERE name = 'beta'")),
            0);
        QCOMPARE(e.verify(source).differences.size(), 2);
    }

    // At the default batch size a batch's buffers fill and send rows early:
    // memberships must never reach the database before their users (SQLite
    // refused 600 users with two projects each, and one user with 999; on
    // PostgreSQL one user with 20,000 projects).
    void defaultBatchSizeWritesEveryRow_data()
    {
        TestDatabase::addEngineRows(TestDatabase::writableTags());
    }
    void defaultBatchSizeWritesEveryRow()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        Engine e{*db, {}};
        QCOMPARE(e.options.batchSize, 1000);
        QList<KeycloakUser> users;
        for (int i = 0; i < 600; ++i)
            users << kc(QStringLiteral("plain%1").arg(i),
                        QStringLiteral("plain%1@example.com").arg(i),
                        {QStringLiteral("team-%1").arg(i % 7), QStringLiteral("shared-all")});
        const int manyProjects = db->isPostgres() ? 20001 : 999;
        QStringList many;
        for (int p = 0; p < manyProjects; ++p)
            many << QStringLiteral("many-%1").arg(p);
        users << kc(QStringLiteral("collector"), QStringLiteral("collector@example.com"), many);
        const QList<SourceUser> source = SourceMapper::mapAll(users, e.options);
        const MigrationPlan plan = e.plan(source);
        QCOMPARE(plan.count(UserPlan::Action::Create), 601);
        const ApplyResult r = e.apply(plan, source);
        QVERIFY2(r.failedBatches == 0, qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.usersCreated, 601);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM users")), 601);
        // Two shared projects and a personal one each, and the collector's.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM user_projects")),
                 600 * 3 + manyProjects + 1);
        QVERIFY(e.verify(source).ok());
        // A re-run plans nothing.
        const MigrationPlan again = e.plan(source);
        QCOMPARE(again.count(UserPlan::Action::Unchanged), 601);
    }

    // Values longer than the platform's columns are caught by the planner,
    // with the user named, instead of failing a whole batch at write time.
    void overlongValuesAreSkippedWithTheReason_data()
    {
        TestDatabase::addEngineRows(TestDatabase::writableTags());
    }
    void overlongValuesAreSkippedWithTheReason()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        Engine e{*db, {}};
        KeycloakUser longId = kc(QStringLiteral("longid"), QStringLiteral("longid@example.com"));
        longId.id = QString(40, QLatin1Char('7'));
        const QList<KeycloakUser> users{
            longId, kc(QString(256, QLatin1Char('u')), QStringLiteral("longname@example.com")),
            kc(QStringLiteral("fine"), QStringLiteral("fine@example.com"),
               {QString(256, QLatin1Char('p')), QStringLiteral("ok-project")})};
        const QList<SourceUser> source = SourceMapper::mapAll(users, e.options);
        const MigrationPlan plan = e.plan(source);
        QCOMPARE(plan.users.at(0).action, UserPlan::Action::Skipped);
        QVERIFY2(plan.users.at(0).reason.contains(QStringLiteral("id is 40 characters long")),
                 qPrintable(plan.users.at(0).reason));
        QCOMPARE(plan.users.at(1).action, UserPlan::Action::Skipped);
        QVERIFY(plan.users.at(1).reason.contains(QStringLiteral("username is 256 characters")));
        QCOMPARE(plan.users.at(2).action, UserPlan::Action::Create);
        QVERIFY(plan.users.at(2)
                    .warnings.join(QLatin1Char(' '))
                    .contains(QStringLiteral("a project name of 256 characters")));
        const ApplyResult r = e.apply(plan, source);
        QVERIFY2(r.failedBatches == 0, qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM users")), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM user_projects")), 2);
    }

    void concurrentEditsBetweenPlanAndApply_data()
    {
        TestDatabase::addEngineRows(TestDatabase::writableTags());
    }
    void concurrentEditsBetweenPlanAndApply()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addProject(QStringLiteral("alpha"));
        Engine e{*db, {}};
        const QList<KeycloakUser> users{
            kc(QStringLiteral("fay"), QStringLiteral("fay@example.com"), {QStringLiteral("alpha")}),
            kc(QStringLiteral("gus"), QStringLiteral("gus@example.com"))};
        const QList<SourceUser> source = SourceMapper::mapAll(users, e.options);
        const MigrationPlan plan = e.plan(source);
        // Meanwhile an administrator creates a different user with gus's e-mail.
        db->addUser(QStringLiteral("gus@example.com"));
        const ApplyResult r = e.apply(plan, source);
        QCOMPARE(r.failedBatches, 0);
        QCOMPARE(r.conflicts, 1);
        QVERIFY(r.notes.join(QLatin1Char(' ')).contains(QStringLiteral("gus@example.com")));
        QCOMPARE(
            scalar(*db, QStringLiteral(
                            "SELECT count(*) FROM users WHERE lower(email) = 'gus@example.com'")),
            1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM users WHERE username = 'fay'")),
                 1);
    }

    void interruptedRunFinishesOnRerun_data()
    {
        TestDatabase::addEngineRows(TestDatabase::writableTags());
    }
    void interruptedRunFinishesOnRerun()
    {
        QFETCH(QString, engine);
        QList<KeycloakUser> users;
        for (int i = 0; i < 23; ++i)
            users << kc(QStringLiteral("user%1").arg(i),
                        QStringLiteral("user%1@example.com").arg(i),
                        {QStringLiteral("p%1, shared").arg(i % 4)},
                        i % 5 == 0 ? QStringList{QStringLiteral("shared")} : QStringList{});
        QString reference;
        {
            // Applied on the default number of connections (several batches
            // at once on PostgreSQL) ...
            CODEMIE_TEST_DB(db, engine);
            Engine e{*db, {}};
            e.options.batchSize = 4;
            const auto source = SourceMapper::mapAll(users, e.options);
            e.apply(e.plan(source), source);
            reference = stateOf(*db);
        }
        for (int stopAfter : {1, 3, 5}) {
            // ... equals one cancelled after `stopAfter` batches and run again.
            // One connection, so that the cancel lands before the next batch.
            CODEMIE_TEST_DB(db, engine);
            Engine e{*db, {}};
            e.options.batchSize = 4;
            e.options.connections = 1;
            const auto source = SourceMapper::mapAll(users, e.options);
            std::atomic_bool cancel{false};
            const ApplyResult partial =
                e.apply(e.plan(source), source, &cancel, [&](int done, int) {
                    if (done >= stopAfter * 4)
                        cancel = true;
                });
            QVERIFY(partial.cancelled);
            QVERIFY(stateOf(*db) != reference);
            QVERIFY(!e.verify(source).ok());
            const MigrationPlan rest = e.plan(source);
            QVERIFY(rest.count(UserPlan::Action::Create) > 0);
            QVERIFY(rest.count(UserPlan::Action::Create) < users.size());
            e.apply(rest, source);
            QCOMPARE(stateOf(*db), reference);
            QVERIFY(e.verify(source).ok());
        }
    }

    // The batches run on further connections; when the server refuses them
    // (here: a role allowed one connection), the caller's connection does
    // all the work, and the result says why.
    void batchesRunOnTheCallersConnectionWhenNoOtherOpens()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        const QString role = QStringLiteral("codemie_one_%1")
                                 .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        const QString password = QUuid::createUuid().toString(QUuid::Id128);
        PlatformDatabase &admin = db->admin();
        QVERIFY(admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN CONNECTION LIMIT 1 PASSWORD '%2'")
                               .arg(role, password)));
        const auto dropRole = qScopeGuard([&] {
            admin.exec(QStringLiteral("DROP OWNED BY %1").arg(role));
            admin.exec(QStringLiteral("DROP ROLE %1").arg(role));
        });
        QVERIFY(admin.exec(QStringLiteral("GRANT USAGE ON SCHEMA codemie TO %1").arg(role)));
        QVERIFY(admin.exec(
            QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA codemie TO %1").arg(role)));
        ConnectionSettings limited = db->settings();
        limited.user = role;
        PlatformDatabase one(limited, password);
        QVERIFY(one.open());

        QList<KeycloakUser> users;
        for (int i = 0; i < 9; ++i)
            users << kc(QStringLiteral("solo%1").arg(i),
                        QStringLiteral("solo%1@example.com").arg(i),
                        {QStringLiteral("solo-project")});
        Engine e{*db, {}};
        e.options.batchSize = 2;
        e.options.connections = 3;
        const auto source = SourceMapper::mapAll(users, e.options);
        const MigrationPlan plan = e.plan(source);
        QList<int> progress;
        const auto r = MigrationExecutor(one, e.options).apply(plan, source, [&](int done, int) {
            progress << done;
        });
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.failedBatches, 0);
        QCOMPARE(r.value.batches, 5);
        QCOMPARE(r.value.usersCreated, 9);
        QVERIFY2(
            r.value.notes.join(QLatin1Char('\n')).contains(QStringLiteral("could not be opened")),
            qPrintable(r.value.notes.join(QLatin1Char('\n'))));
        QCOMPARE(progress, (QList<int>{2, 4, 6, 8, 9}));
        QVERIFY(e.verify(source).ok());
    }

    void refusesDuringUpgradeAndConcurrentImport()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        Engine e{*db, {}};
        const auto source = SourceMapper::mapAll(
            {kc(QStringLiteral("hal"), QStringLiteral("hal@example.com"))}, e.options);
        const MigrationPlan plan = e.plan(source);
        {
            PlatformDatabase runner(db->settings(), db->password());
            QVERIFY(runner.open());
            QVERIFY(runner.exec(QStringLiteral("BEGIN")));
            QVERIFY(
                runner.exec(QStringLiteral("LOCK TABLE alembic_version IN ACCESS EXCLUSIVE MODE")));
            const auto r = MigrationExecutor(db->admin(), e.options).apply(plan, source);
            QCOMPARE(r.outcome.kind(), Outcome::Kind::UpgradeInProgress);
            QVERIFY(runner.exec(QStringLiteral("ROLLBACK")));
        }
        {
            PlatformDatabase platformImport(db->settings(), db->password());
            QVERIFY(platformImport.open());
            QVERIFY(platformImport.exec(QStringLiteral("SELECT pg_advisory_lock(7734269302)")));
            const auto r = MigrationExecutor(db->admin(), e.options).apply(plan, source);
            QCOMPARE(r.outcome.kind(), Outcome::Kind::Busy);
            QVERIFY(r.outcome.fullText().contains(QStringLiteral("built-in migration")));
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM users")), 0);
        QVERIFY(MigrationExecutor(db->admin(), e.options).apply(plan, source).isOk());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM users")), 1);
    }

    void legacySchemaIsRefused()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.18.0"));
        Engine e{*db, {}};
        const auto source = SourceMapper::mapAll(
            {kc(QStringLiteral("ivy"), QStringLiteral("ivy@example.com"))}, e.options);
        const auto r = MigrationExecutor(db->admin(), e.options).apply(e.plan(source), source);
        QCOMPARE(r.outcome.kind(), Outcome::Kind::ReadOnly);
        QVERIFY(r.outcome.fullText().contains(QStringLiteral("upgrade the platform")));
    }

    void projectBudgetsAreWrittenWithAWarning_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void projectBudgetsAreWrittenWithAWarning()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addProject(QStringLiteral("funded"));
        QVERIFY(db->admin().exec(QStringLiteral(
            "INSERT INTO budgets (budget_id, name, soft_budget, max_budget, budget_duration, "
            "budget_category, created_by, budget_type, project_name) VALUES ('b1', 'b1', 8, 10, "
            "'30d', 'platform', 'x', 'project', 'funded')")));
        QVERIFY(db->admin().exec(QStringLiteral(
            "INSERT INTO project_budget_assignments (id, project_name, budget_category, budget_id, "
            "assigned_by) VALUES ('pba1', 'funded', 'platform', 'b1', 'x')")));
        Engine e{*db, {}};
        const auto source =
            SourceMapper::mapAll({kc(QStringLiteral("jo"), QStringLiteral("jo@example.com"),
                                     {QStringLiteral("funded")})},
                                 e.options);
        const MigrationPlan plan = e.plan(source);
        QVERIFY(
            plan.users.first().warnings.join(QLatin1Char(' ')).contains(QStringLiteral("budget")));
        QVERIFY(MigrationReport::planToJson(plan)
                    .value(QStringLiteral("users"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("operations"))
                    .toArray()
                    .last()
                    .toObject()
                    .value(QStringLiteral("project_has_budgets"))
                    .toBool());
        checkWrittenPlan(plan);
        e.apply(plan, source);
        QCOMPARE(
            scalar(*db, QStringLiteral(
                            "SELECT count(*) FROM user_projects WHERE project_name = 'funded'")),
            1);
    }

    void verificationFindsManualDamage()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        Engine e{*db, {}};
        const auto source =
            SourceMapper::mapAll({kc(QStringLiteral("kim"), QStringLiteral("kim@example.com"),
                                     {QStringLiteral("alpha")}, {QStringLiteral("alpha")})},
                                 e.options);
        e.apply(e.plan(source), source);
        QVERIFY(e.verify(source).ok());
        QVERIFY(db->admin().exec(
            QStringLiteral(
                "UPDATE user_projects SET is_project_admin = ? WHERE project_name = 'alpha'"),
            {false}));
        const VerificationResult v = e.verify(source);
        QCOMPARE(v.differences.size(), 1);
        QVERIFY(v.differences.first().contains(QStringLiteral("project admin of alpha")));
        QVERIFY(db->admin().exec(QStringLiteral("DELETE FROM users")));
        QVERIFY(
            e.verify(source).differences.first().contains(QStringLiteral("not in the database")));
    }
    void verificationFindsManualDamage_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.19.0")});
    }

    // Live source: the fake Keycloak and a real Keycloak server, read through
    // KeycloakClient, migrated into PostgreSQL 2.42, verified, re-run.
    void fromKeycloakIntoPostgres_data() { codemie::test::KeycloakTestTarget::addRows(); }
    void fromKeycloakIntoPostgres()
    {
        CODEMIE_KEYCLOAK_TARGET(kc);
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        KeycloakClient client(kc->settings(QStringLiteral("codemie-migration")),
                              kc->secret(QStringLiteral("codemie-migration")));
        const auto read = client.readUsers();
        QVERIFY2(read.isOk(), qPrintable(read.outcome.fullText()));
        QVERIFY(read.value.size() > 100);
        Engine e{*db, {}};
        e.options.realm = kc->realm();
        const auto source = SourceMapper::mapAll(read.value, e.options);
        const MigrationPlan plan = e.plan(source);
        QVERIFY(plan.count(UserPlan::Action::Create) > 100);
        const ApplyResult r = e.apply(plan, source);
        QCOMPARE(r.failedBatches, 0);
        QCOMPARE(r.usersCreated, plan.count(UserPlan::Action::Create));
        const VerificationResult v = e.verify(source);
        QCOMPARE(v.differences.size(), plan.count(UserPlan::Action::Conflict));
        QVERIFY(e.plan(source).isEmpty());
    }

    void sampleRealmExportEndToEnd_data()
    {
        TestDatabase::addEngineRows(TestDatabase::writableTags());
    }
    void sampleRealmExportEndToEnd()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const auto exported = RealmExportReader::read(
            QStringLiteral(CODEMIE_SOURCE_DIR "/resources/demo/keycloak-realm-export.json"));
        QVERIFY2(exported.isOk(), qPrintable(exported.outcome.fullText()));
        Engine e{*db, {}};
        e.options.realm = exported.value.realm;
        const QStringList admins = exported.value.roleMembers.value(QStringLiteral("admin"));
        e.options.adminIds = QSet<QString>(admins.begin(), admins.end());
        const auto source = SourceMapper::mapAll(exported.value.users, e.options);
        const MigrationPlan plan = e.plan(source);
        QVERIFY(plan.count(UserPlan::Action::Create) > 40);
        QVERIFY(plan.count(UserPlan::Action::Skipped) >= 3);  // service accounts, disabled
        QVERIFY(plan.count(UserPlan::Action::Conflict) >= 1); // e-mails differing by case
        const ApplyResult r = e.apply(plan, source);
        QCOMPARE(r.failedBatches, 0);
        QCOMPARE(r.conflicts, 0);
        // Odd Unicode and SQL-looking names arrive intact.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM users WHERE name LIKE ?"),
                        {QStringLiteral("%DROP TABLE%")}),
                 1);
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM users WHERE is_admin = ?"),
                       {true}) >= 2);
        const VerificationResult v = e.verify(source);
        // Every difference is one of the planned conflicts.
        QCOMPARE(v.differences.size(), plan.count(UserPlan::Action::Conflict));
        QVERIFY(e.plan(source).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstMigration)
#include "tst_migration.moc"
