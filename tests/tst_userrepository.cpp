// Users against real databases (PostgreSQL 2.19 and 2.42, SQLite 2.42):
// paging, search, filters, sorting, role rules, deactivation, audit rows and
// concurrent change detection.

#include "ActivityRepository.h"
#include "PlatformSession.h"
#include "TestDatabase.h"
#include "UserRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {
int auditCount(TestDatabase &db, const QString &eventType, const QString &entityId)
{
    const auto r = db.admin().scalar(QStringLiteral("SELECT count(*) FROM activity_events WHERE "
                                                    "event_type = ? AND entity_id = ?"),
                                     {eventType, entityId});
    return r.isOk() ? r.value.toInt() : -1;
}
bool hasAudit(TestDatabase &db)
{
    return db.admin()
               .scalar(QStringLiteral("SELECT count(*) FROM alembic_version WHERE "
                                      "version_num = 'i1n2t3e4r5a6'"))
               .value.toInt() > 0;
}
} // namespace

class TstUserRepository : public QObject {
    Q_OBJECT
private slots:
    // Keyset slices (after or before a row, or counted from the end) give
    // exactly the rows OFFSET paging gives, for every sort key in both
    // directions: ties, NULL keys, mixed case and timestamps with
    // microseconds included.
    void keysetSlicesMatchOffsetPaging_data()
    {
        TestDatabase::addEngineRows(TestDatabase::writableTags());
    }
    void keysetSlicesMatchOffsetPaging()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("root@example.com"), true,
                    engine != QStringLiteral("pg-2.19.0"));
        db->addProject(QStringLiteral("alpha"));
        db->addProject(QStringLiteral("beta"));
        for (int i = 0; i < 57; ++i) {
            const QString email = (i % 3 ? QStringLiteral("User%1@Example.com")
                                         : QStringLiteral("user%1@example.com"))
                                      .arg(i % 40, 2, 10, QLatin1Char('0')) +
                                  (i >= 40 ? QStringLiteral(".x") : QString());
            const QString id = db->addUser(email, i % 11 == 0, false, true,
                                           i % 4 ? QStringLiteral("Same Name") : QString());
            if (i % 2)
                db->addMembership(id, QStringLiteral("alpha"), i % 3 == 0);
            if (i % 5 == 0)
                db->addMembership(id, QStringLiteral("beta"), false);
            // Equal timestamps for some, microseconds for others, NULL for the rest.
            if (i % 3 == 0)
                QVERIFY(db->admin().exec(
                    QStringLiteral("UPDATE users SET last_login_at = ?, date = ? WHERE id = ?"),
                    {QStringLiteral("2026-03-0%1 10:00:00.12345%2").arg(1 + i % 4).arg(i % 10),
                     QStringLiteral("2026-01-01 00:00:00"), id}));
        }
        auto session = db->session(QStringLiteral("root@example.com"));
        UserRepository repo(*session);
        const QList<UserQuery::SortKey> keys{
            UserQuery::SortKey::Name,     UserQuery::SortKey::Email,
            UserQuery::SortKey::Created,  UserQuery::SortKey::LastLogin,
            UserQuery::SortKey::Projects, UserQuery::SortKey::Admin,
            UserQuery::SortKey::UserType};
        for (const UserQuery::SortKey key : keys) {
            for (const bool descending : {false, true}) {
                UserQuery q;
                q.sortKey = key;
                q.descending = descending;
                q.offset = 0;
                q.limit = 1000;
                QStringList expected;
                for (const UserRecord &u : repo.page(q).value)
                    expected << u.id;
                QCOMPARE(expected.size(), 58);
                const QString where =
                    QStringLiteral("key %1, %2")
                        .arg(int(key))
                        .arg(descending ? QStringLiteral("desc") : QStringLiteral("asc"));
                // Forward, page after page, each after the last row of the previous.
                QStringList forward;
                UserRepository::Slice slice;
                slice.limit = 7;
                for (int guard = 0; guard < 20; ++guard) {
                    const auto rows = repo.slice(q, slice);
                    QVERIFY2(rows.isOk(), qPrintable(rows.outcome.fullText()));
                    if (rows.value.rows.isEmpty())
                        break;
                    for (const UserRecord &u : rows.value.rows)
                        forward << u.id;
                    slice.anchor = rows.value.last;
                }
                QVERIFY2(forward == expected, qPrintable(where));
                // Skipping a page after an anchor.
                slice = {};
                slice.limit = 7;
                const auto firstPage = repo.slice(q, slice);
                slice.anchor = firstPage.value.last;
                slice.offset = 7;
                QStringList skipped;
                for (const UserRecord &u : repo.slice(q, slice).value.rows)
                    skipped << u.id;
                QVERIFY2(skipped == expected.mid(14, 7), qPrintable(where));
                // Backward from the end, then before each first row.
                QStringList backward;
                slice = {};
                slice.backward = true;
                slice.limit = 9;
                for (int guard = 0; guard < 20; ++guard) {
                    const auto rows = repo.slice(q, slice);
                    QVERIFY2(rows.isOk(), qPrintable(rows.outcome.fullText()));
                    if (rows.value.rows.isEmpty())
                        break;
                    QStringList ids;
                    for (const UserRecord &u : rows.value.rows)
                        ids << u.id;
                    backward = ids + backward;
                    slice.anchor = rows.value.first;
                }
                QVERIFY2(backward == expected, qPrintable(where));
                // A page counted from the end.
                slice = {};
                slice.backward = true;
                slice.offset = 10;
                slice.limit = 5;
                QStringList tail;
                for (const UserRecord &u : repo.slice(q, slice).value.rows)
                    tail << u.id;
                QVERIFY2(tail == expected.mid(58 - 15, 5), qPrintable(where));
            }
        }
    }

    void pagingSearchAndSort_data() { TestDatabase::addEngineRows(TestDatabase::writableTags()); }
    void pagingSearchAndSort()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("root@example.com"), true,
                    engine != QStringLiteral("pg-2.19.0"));
        for (int i = 0; i < 45; ++i)
            db->addUser(QStringLiteral("user%1@example.com").arg(i, 2, 10, QLatin1Char('0')), false,
                        false, i % 10 != 9, QStringLiteral("Person %1").arg(i));
        // Awkward text: SQL metacharacters, LIKE wildcards, odd Unicode.
        const QString tricky = QStringLiteral("o'brien_100%\\x@example.com");
        db->addUser(tricky, false, false, true, QStringLiteral("Robert'); DROP TABLE users;--"));
        db->addUser(QStringLiteral("zoe@example.com"), false, false, true,
                    QStringLiteral("Zoë \u202EevilRTL \U0001F600 e\u0301"));
        auto session = db->session(QStringLiteral("root@example.com"));
        UserRepository repo(*session);

        UserQuery q;
        q.limit = 10;
        QCOMPARE(repo.count(q).value, 1 + 41 + 2); // 4 of 45 deactivated
        QList<QString> seen;
        for (q.offset = 0; q.offset < 44; q.offset += 10) {
            const auto page = repo.page(q);
            QVERIFY2(page.isOk(), qPrintable(page.outcome.fullText()));
            for (const UserRecord &u : page.value)
                seen << u.email;
        }
        QCOMPARE(seen.size(), 44);
        QList<QString> sorted = seen;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.toLower() < b.toLower(); });
        QCOMPARE(seen, sorted);

        q = UserQuery();
        q.descending = true;
        q.limit = 1;
        QCOMPARE(repo.page(q).value.first().email, QStringLiteral("zoe@example.com"));

        // Metacharacters match literally.
        q = UserQuery();
        q.search = QStringLiteral("_100%");
        QCOMPARE(repo.count(q).value, 1);
        q.search = QStringLiteral("%");
        QCOMPARE(repo.count(q).value, 1);
        q.search = QStringLiteral("\\x");
        QCOMPARE(repo.count(q).value, 1);
        q.search = QStringLiteral("DROP TABLE");
        QCOMPARE(repo.page(q).value.first().email, tricky);
        q.search = QStringLiteral("' OR '1'='1");
        QCOMPARE(repo.count(q).value, 0);
        q.search = QStringLiteral("\U0001F600");
        QCOMPARE(repo.count(q).value, 1);
        q.search = QStringLiteral("PERSON 1"); // case-insensitive, name
        QCOMPARE(repo.count(q).value, 10);     // 1, 10..18 (19 is deactivated)
        q.activity = UserQuery::Activity::All;
        QCOMPARE(repo.count(q).value, 11);
        q = UserQuery();
        q.activity = UserQuery::Activity::Deactivated;
        QCOMPARE(repo.count(q).value, 4);
        // The users table is still there after all that.
        QVERIFY(db->admin().scalar(QStringLiteral("SELECT count(*) FROM users")).value.toInt() ==
                48);
        const auto found = repo.findById(repo.page(UserQuery()).value.first().id);
        QVERIFY(found.isOk());
        QCOMPARE(repo.findById(QStringLiteral("no-such-id")).outcome.kind(),
                 Outcome::Kind::NotFound);
    }

    void filters_data() { TestDatabase::addEngineRows(TestDatabase::writableTags()); }
    void filters()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const bool v242 = engine != QStringLiteral("pg-2.19.0");
        db->addUser(QStringLiteral("root@example.com"), true, v242);
        const QString a = db->addUser(QStringLiteral("a@example.com"));
        const QString b = db->addUser(QStringLiteral("b@example.com"));
        const QString c = db->addUser(QStringLiteral("c@example.com"), true);
        db->addProject(QStringLiteral("alpha"));
        db->addProject(QStringLiteral("beta"));
        db->addMembership(a, QStringLiteral("alpha"), true);
        db->addMembership(b, QStringLiteral("beta"), false);
        db->addMembership(c, QStringLiteral("beta"), false);
        QVERIFY(db->admin().exec(
            QStringLiteral("UPDATE users SET user_type = 'external' WHERE id = ?"), {b}));
        auto session = db->session(QStringLiteral("root@example.com"));
        UserRepository repo(*session);
        UserQuery q;
        q.projects = {QStringLiteral("beta")};
        QCOMPARE(repo.count(q).value, 2);
        q.projects = {QStringLiteral("alpha"), QStringLiteral("beta")};
        QCOMPARE(repo.count(q).value, 3);
        q = UserQuery();
        q.role = UserQuery::Role::ProjectAdmin;
        QCOMPARE(repo.page(q).value.first().id, a);
        q.role = UserQuery::Role::Admin;
        QCOMPARE(repo.count(q).value, 2);
        q.role = UserQuery::Role::Maintainer;
        QCOMPARE(repo.count(q).value, v242 ? 1 : 0);
        q.role = UserQuery::Role::User;
        QCOMPARE(repo.count(q).value, 1); // b: not admin, not a project admin
        q = UserQuery();
        q.userType = QStringLiteral("external");
        QCOMPARE(repo.page(q).value.first().id, b);
        q = UserQuery();
        q.budgetId = QStringLiteral("power-cli");
        if (v242) {
            QVERIFY(db->admin().exec(
                QStringLiteral("INSERT INTO budgets (budget_id, name, soft_budget, max_budget, "
                               "budget_duration, budget_category, created_by) VALUES ('power-cli', "
                               "'Power CLI', 80, 100, '30d', 'cli', 'x')")));
            QVERIFY(db->admin().exec(
                QStringLiteral("INSERT INTO user_budget_assignments (user_id, category, budget_id) "
                               "VALUES (?, 'cli', 'power-cli')"),
                {c}));
            QCOMPARE(repo.page(q).value.first().id, c);
        }
        QCOMPARE(repo.count(q).value, v242 ? 1 : 0);
        q = UserQuery();
        q.sortKey = UserQuery::SortKey::Projects;
        q.descending = true;
        q.limit = 1;
        QVERIFY(repo.page(q).value.first().projectCount == 1);
    }

    void roleChangesFollowTheRelease_data()
    {
        TestDatabase::addEngineRows(TestDatabase::writableTags());
    }
    void roleChangesFollowTheRelease()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const bool v242 = engine != QStringLiteral("pg-2.19.0");
        db->addUser(QStringLiteral("admin@example.com"), true);
        const QString target = db->addUser(QStringLiteral("t@example.com"));
        auto session = db->session(QStringLiteral("admin@example.com"), 7);
        UserRepository repo(*session);
        UserChange promote;
        promote.isAdmin = true;
        auto r = repo.applyChange(repo.findById(target).value, promote);
        if (v242) {
            // 2.23+: an admin who is not a maintainer cannot change roles.
            QCOMPARE(r.outcome.httpStatus(), 403);
            QVERIFY(!repo.findById(target).value.isAdmin);
            // ... except the documented bootstrap of the first maintainer.
            UserChange grant;
            grant.isMaintainer = true;
            r = repo.applyChange(repo.findById(target).value, grant);
            QCOMPARE(r.outcome.kind(), Outcome::Kind::NeedsConfirmation);
            QVERIFY(!repo.findById(target).value.isMaintainer);
            r = repo.applyChange(repo.findById(target).value, grant, true);
            QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
            QVERIFY(r.value.isMaintainer);
            QVERIFY(r.value.isAdmin);
            QVERIFY(!r.value.projectLimit.has_value());
            QCOMPARE(auditCount(*db, QStringLiteral("user.updated"), target), 1);
            const auto attrs = db->admin().scalar(
                QStringLiteral(
                    "SELECT CAST(attributes AS TEXT) FROM activity_events WHERE entity_id = ?"),
                {target});
            const QJsonObject o = QJsonDocument::fromJson(attrs.value.toString().toUtf8()).object();
            QCOMPARE(o.value(QStringLiteral("is_maintainer")).toBool(), true);
            QCOMPARE(o.value(QStringLiteral("is_admin")).toBool(), true);
            QVERIFY(o.contains(QStringLiteral("project_limit")));
            // A second bootstrap is not possible: a maintainer exists now.
            const QString other = db->addUser(QStringLiteral("o@example.com"), true);
            r = repo.applyChange(repo.findById(other).value, grant, true);
            QCOMPARE(r.outcome.httpStatus(), 403);
            // The new maintainer can demote the admin, who gets the configured limit.
            auto asMaintainer = db->session(QStringLiteral("t@example.com"), 7);
            UserRepository mrepo(*asMaintainer);
            UserChange demote;
            demote.isAdmin = false;
            r = mrepo.applyChange(mrepo.findById(other).value, demote);
            QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
            QCOMPARE(r.value.projectLimit, std::optional<int>(7));
        } else {
            QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
            QVERIFY(r.value.isAdmin);
            QVERIFY(!r.value.projectLimit.has_value());
            // Self-revocation with the 2.19 wording.
            UserChange demote;
            demote.isAdmin = false;
            r = repo.applyChange(session->actor(), demote);
            QCOMPARE(r.outcome.message(), QStringLiteral("Cannot revoke own super admin status"));
            r = repo.applyChange(repo.findById(target).value, demote);
            QVERIFY(r.isOk());
            QCOMPARE(r.value.projectLimit, std::optional<int>(7));
        }
    }

    void lastAdminAndSelf_data() { TestDatabase::addEngineRows(TestDatabase::writableTags()); }
    void lastAdminAndSelf()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const bool v242 = engine != QStringLiteral("pg-2.19.0");
        const QString me = db->addUser(QStringLiteral("me@example.com"), true, v242);
        auto session = db->session(QStringLiteral("me@example.com"));
        UserRepository repo(*session);
        UserChange deactivate;
        deactivate.isActive = false;
        auto r = repo.applyChange(session->actor(), deactivate);
        QCOMPARE(r.outcome.kind(), Outcome::Kind::Refused);
        // A second admin, deactivated: still only one *active* admin.
        const QString other = db->addUser(QStringLiteral("other@example.com"), true);
        UserChange demote;
        demote.isAdmin = false;
        QVERIFY(repo.applyChange(repo.findById(other).value, deactivate).isOk());
        QCOMPARE(repo.activeAdminCount().value, 1);
        QCOMPARE(repo.applyChange(repo.findById(other).value, demote).outcome.message(),
                 QStringLiteral("User is deactivated"));
        QCOMPARE(repo.findById(me).value.isAdmin, true);
    }

    void deactivationIsSoftAndAudited_data()
    {
        TestDatabase::addEngineRows(TestDatabase::writableTags());
    }
    void deactivationIsSoftAndAudited()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("me@example.com"), true, engine != QStringLiteral("pg-2.19.0"));
        const QString u = db->addUser(QStringLiteral("u@example.com"));
        db->addProject(QStringLiteral("alpha"));
        db->addMembership(u, QStringLiteral("alpha"), true);
        auto session = db->session(QStringLiteral("me@example.com"));
        UserRepository repo(*session);
        UserChange deactivate;
        deactivate.isActive = false;
        const auto r = repo.applyChange(repo.findById(u).value, deactivate);
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QVERIFY(!r.value.isActive);
        QVERIFY(r.value.deletedAt.isValid());
        QVERIFY(qAbs(r.value.deletedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        // Memberships are kept; the user disappears from the default list.
        QCOMPARE(
            db->admin()
                .scalar(QStringLiteral("SELECT count(*) FROM user_projects WHERE user_id = ?"), {u})
                .value.toInt(),
            1);
        UserQuery q;
        q.search = QStringLiteral("u@example");
        QCOMPARE(repo.count(q).value, 0);
        if (hasAudit(*db)) {
            QCOMPARE(auditCount(*db, QStringLiteral("user.deactivated"), u), 1);
            const auto events = ActivityRepository(*session).recent(10, u);
            QVERIFY(events.isOk());
            QCOMPARE(events.value.size(), 1);
            QCOMPARE(events.value.first().eventType, QStringLiteral("user.deactivated"));
            QCOMPARE(events.value.first().domain, QStringLiteral("user_management"));
            QCOMPARE(events.value.first().entityType, QStringLiteral("user"));
            const auto actor = db->admin().scalar(
                QStringLiteral("SELECT actor_id FROM activity_events WHERE entity_id = ?"), {u});
            QCOMPARE(actor.value.toString(), session->actor().id);
        }
        UserChange back;
        back.isActive = true;
        QCOMPARE(repo.applyChange(repo.findById(u).value, back).outcome.message(),
                 QStringLiteral("Cannot reactivate user. Reactivation is not supported."));
    }

    void concurrentChangeIsDetected_data()
    {
        TestDatabase::addEngineRows(TestDatabase::writableTags());
    }
    void concurrentChangeIsDetected()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("me@example.com"), true, engine != QStringLiteral("pg-2.19.0"));
        const QString u = db->addUser(QStringLiteral("u@example.com"));
        auto session = db->session(QStringLiteral("me@example.com"));
        UserRepository repo(*session);
        const UserRecord seen = repo.findById(u).value;
        // Someone else (the platform's API, another console) changes the row.
        QVERIFY(db->admin().exec(
            QStringLiteral("UPDATE users SET project_limit = 9, update_date = ? WHERE id = ?"),
            {PlatformDatabase::utcValue(QDateTime::currentDateTimeUtc().addSecs(5)), u}));
        UserChange type;
        type.userType = QStringLiteral("external");
        const auto r = repo.applyChange(seen, type);
        QCOMPARE(r.outcome.kind(), Outcome::Kind::Conflict);
        QVERIFY(r.outcome.fullText().contains(QStringLiteral("Nothing was saved")));
        const UserRecord now = repo.findById(u).value;
        QCOMPARE(now.userType, QStringLiteral("regular"));
        QCOMPARE(now.projectLimit, std::optional<int>(9));
        // With a fresh read it goes through.
        QVERIFY(repo.applyChange(now, type).isOk());
        QCOMPARE(repo.findById(u).value.userType, QStringLiteral("external"));
    }

    void lockedRowFailsFast()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        db->addUser(QStringLiteral("me@example.com"), true, true);
        const QString u = db->addUser(QStringLiteral("u@example.com"));
        auto session = db->session(QStringLiteral("me@example.com"));
        UserRepository repo(*session);
        const UserRecord seen = repo.findById(u).value;
        PlatformDatabase other(db->settings(), db->password());
        QVERIFY(other.open());
        QVERIFY(other.exec(QStringLiteral("BEGIN")));
        QVERIFY(other.exec(QStringLiteral("LOCK TABLE users IN ACCESS EXCLUSIVE MODE")));
        UserChange type;
        type.userType = QStringLiteral("external");
        const auto r = repo.applyChange(seen, type);
        QCOMPARE(r.outcome.kind(), Outcome::Kind::Busy);
        QVERIFY(r.outcome.fullText().contains(QStringLiteral("Nothing was changed")));
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(repo.findById(u).value.userType, QStringLiteral("regular"));
        QVERIFY(repo.applyChange(seen, type).isOk());
    }

    void readOnlySessionWritesNothing()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.18.0"));
        db->addUser(QStringLiteral("me@example.com"), true);
        const QString u = db->addUser(QStringLiteral("u@example.com"));
        auto session = db->session(QStringLiteral("me@example.com"));
        UserRepository repo(*session);
        UserQuery q;
        QCOMPARE(repo.count(q).value, 2); // reading works on the old shape
        QVERIFY(repo.findById(u).value.projectLimit.has_value());
        UserChange type;
        type.userType = QStringLiteral("external");
        const auto r = repo.applyChange(repo.findById(u).value, type);
        QCOMPARE(r.outcome.kind(), Outcome::Kind::ReadOnly);
        QVERIFY(r.outcome.fullText().contains(QStringLiteral("upgrade the platform")));
        QCOMPARE(repo.findById(u).value.userType, QStringLiteral("regular"));
    }
};

QTEST_GUILESS_MAIN(TstUserRepository)
#include "tst_userrepository.moc"
