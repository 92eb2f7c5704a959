// How quickly the Users page's search index (UserSearchService) notices a
// change it did not make (issue 16): PostgreSQL's statistics counters show
// another session's insert, update, delete and new membership within a few
// seconds, without the full fingerprint's scan; a write the counters miss
// (the writer's track_counts off) is caught by the backstop; the console's
// own write (checkNow()) is seen at the next check; a statistics reset that
// brings the counters back to the values last seen does not hide a write.
// PostgreSQL 2.42 (there is no index on SQLite). The test server's role is a
// superuser, which SET track_counts and pg_stat_reset() need.

#include "PlatformSession.h"
#include "TestDatabase.h"
#include "UserSearchIndex.h"
#include "UserSearchService.h"

#include <QTest>
#include <functional>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {

// Far below the backstops the tests set (an hour): a reload within it came
// from the counters, the reset time or checkNow(). It covers PostgreSQL's
// statistics flush (about a second after the writer goes idle, ten when the
// flush meets a lock) and a reload on a loaded machine under ASan.
constexpr int detectionBoundMs = 30000;
constexpr int hourMs = 3600 * 1000;

QStringList fill(TestDatabase &db)
{
    QStringList ids;
    ids << db.addUser(QStringLiteral("root@example.com"), true, true, true, QStringLiteral("Root"));
    db.addProject(QStringLiteral("alpha"));
    for (int i = 0; i < 6; ++i) {
        ids << db.addUser(QStringLiteral("user%1@example.com").arg(i), false, false, true,
                          QStringLiteral("User Number %1").arg(i));
        db.addMembership(ids.last(), QStringLiteral("alpha"), i == 0);
    }
    return ids;
}

QStringList idsMatching(const UserSearchIndex &index, const QString &search,
                        UserQuery::Activity activity = UserQuery::Activity::All,
                        UserQuery::Role role = UserQuery::Role::Any)
{
    UserQuery q;
    q.search = search;
    q.activity = activity;
    q.role = role;
    return index.ids(index.match(q), 0, 100);
}

// Waits until `checks` checks in a row read no fingerprint: the writes of
// the arrangement have reached the counters and the index is settled.
bool settles(UserSearchService &service, int checks = 20)
{
    quint64 prints = service.fingerprintCount();
    quint64 since = service.checkCount();
    const quint64 generation = service.generation();
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < codemie::test::conditionWaitMs) {
        QTest::qWait(20);
        if (service.fingerprintCount() != prints) {
            prints = service.fingerprintCount();
            since = service.checkCount();
        }
        if (service.checkCount() >= since + quint64(checks))
            return service.generation() == generation &&
                   service.state() == UserSearchService::State::Ready;
    }
    return false;
}

bool reloaded(UserSearchService &service, quint64 generation)
{
    return service.generation() > generation && service.state() == UserSearchService::State::Ready;
}

// A statistics counter of `table` as PostgreSQL reports it now.
qint64 flushedCount(TestDatabase &db, const char *function, const char *table)
{
    return db.admin()
        .scalar(QStringLiteral("SELECT %1(CAST('%2' AS regclass))")
                    .arg(QLatin1String(function), QLatin1String(table)))
        .value.toLongLong();
}

// Waits until the arrangement's inserts reached the counters, so that they
// do not move later, in the middle of a test.
bool arrangementReported(TestDatabase &db, const QStringList &ids)
{
    return QTest::qWaitFor(
        [&] {
            return flushedCount(db, "pg_stat_get_tuples_inserted", "users") >= ids.size() &&
                   flushedCount(db, "pg_stat_get_tuples_inserted", "user_projects") >=
                       ids.size() - 1;
        },
        codemie::test::conditionWaitMs);
}

} // namespace

class TstUserSearchFresh : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { TestDatabase::postgresRequired(); }

    // Each kind of change another session makes is seen by the counters
    // (the backstop is an hour away), the index is read again and holds it;
    // while nothing changes, checks read only the counters.
    void countersSeeAnotherSessionsWrites()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        const QStringList ids = fill(*db);
        QVERIFY(arrangementReported(*db, ids));
        auto session = db->session(QStringLiteral("root@example.com"));
        UserSearchService service(*session);
        service.setCheckInterval(50);
        service.setBackstopInterval(hourMs);
        service.start();
        QTRY_VERIFY(service.state() == UserSearchService::State::Ready);
        QVERIFY(settles(service));
        const quint64 prints = service.fingerprintCount();
        const quint64 checks = service.checkCount();
        QTRY_VERIFY(service.checkCount() >= checks + 10);
        QCOMPARE(service.fingerprintCount(), prints); // counters only

        struct Change {
            const char *what;
            std::function<void()> write;
            std::function<bool(const UserSearchIndex &)> seen;
        };
        QString added;
        const QList<Change> changes{
            {"rename",
             [&] {
                 QVERIFY(db->admin().exec(
                     QStringLiteral("UPDATE users SET name = 'Quietly Renamed' WHERE id = ?"),
                     {ids.at(2)}));
             },
             [&](const UserSearchIndex &index) {
                 return idsMatching(index, QStringLiteral("quietly")) == QStringList{ids.at(2)};
             }},
            {"deactivate",
             [&] {
                 QVERIFY(db->admin().exec(
                     QStringLiteral("UPDATE users SET is_active = FALSE WHERE id = ?"),
                     {ids.at(3)}));
             },
             [&](const UserSearchIndex &index) {
                 return !idsMatching(index, QString(), UserQuery::Activity::Active)
                             .contains(ids.at(3)) &&
                        idsMatching(index, QString(), UserQuery::Activity::Deactivated)
                            .contains(ids.at(3));
             }},
            {"insert",
             [&] {
                 added = db->addUser(QStringLiteral("newcomer@example.com"), false, false, true,
                                     QStringLiteral("Brand Newcomer"));
             },
             [&](const UserSearchIndex &index) {
                 return idsMatching(index, QStringLiteral("newcomer")) == QStringList{added};
             }},
            {"delete",
             [&] {
                 QVERIFY(db->admin().exec(
                     QStringLiteral("DELETE FROM user_projects WHERE user_id = ?"), {ids.at(4)}));
                 QVERIFY(db->admin().exec(QStringLiteral("DELETE FROM users WHERE id = ?"),
                                          {ids.at(4)}));
             },
             [&](const UserSearchIndex &index) {
                 return idsMatching(index, QStringLiteral("user3@")).isEmpty() &&
                        index.userCount() == 7;
             }},
            {"membership", [&] { db->addMembership(added, QStringLiteral("alpha"), true); },
             [&](const UserSearchIndex &index) {
                 return idsMatching(index, QStringLiteral("newcomer"), UserQuery::Activity::All,
                                    UserQuery::Role::ProjectAdmin) == QStringList{added};
             }},
        };
        for (const Change &change : changes) {
            const quint64 generation = service.generation();
            QVERIFY2(!change.seen(*service.index()), change.what);
            change.write();
            QTRY_VERIFY2_WITH_TIMEOUT(reloaded(service, generation), change.what, detectionBoundMs);
            QVERIFY2(change.seen(*service.index()), change.what);
            QVERIFY2(settles(service), change.what);
        }
    }

    // A writer whose track_counts is off moves no counter: with the backstop
    // an hour away the index stays as it was, checks after checks; with it
    // due, the next check reads the fingerprint and the index is read again.
    void backstopCatchesUncountedWrites()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        const QStringList ids = fill(*db);
        QVERIFY(arrangementReported(*db, ids));
        auto session = db->session(QStringLiteral("root@example.com"));
        UserSearchService service(*session);
        service.setCheckInterval(50);
        service.setBackstopInterval(hourMs);
        service.start();
        QTRY_VERIFY(service.state() == UserSearchService::State::Ready);
        QVERIFY(settles(service));

        QVERIFY(db->admin().exec(QStringLiteral("SET track_counts = off")));
        const qint64 updatedBefore = flushedCount(*db, "pg_stat_get_tuples_updated", "users");
        const quint64 generation = service.generation();
        QVERIFY(db->admin().exec(
            QStringLiteral("UPDATE users SET name = 'Uncounted Rename' WHERE id = ?"),
            {ids.at(1)}));
        // Longer than a counted write takes to show (tests above): no reload.
        const quint64 checks = service.checkCount();
        QTRY_VERIFY(service.checkCount() >= checks + 60);
        QCOMPARE(flushedCount(*db, "pg_stat_get_tuples_updated", "users"), updatedBefore);
        QCOMPARE(service.generation(), generation);
        QVERIFY(idsMatching(*service.index(), QStringLiteral("uncounted")).isEmpty());

        const quint64 prints = service.fingerprintCount();
        service.setBackstopInterval(200);
        QTRY_VERIFY_WITH_TIMEOUT(reloaded(service, generation), detectionBoundMs);
        QVERIFY(service.fingerprintCount() > prints);
        QCOMPARE(idsMatching(*service.index(), QStringLiteral("uncounted")),
                 QStringList{ids.at(1)});
    }

    // The console's own write, made with no counter moving and no check
    // due, is found by the one check checkNow() asks for.
    void ownWriteIsSeenAtOnce()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        const QStringList ids = fill(*db);
        QVERIFY(arrangementReported(*db, ids));
        auto session = db->session(QStringLiteral("root@example.com"));
        UserSearchService service(*session);
        service.setCheckInterval(hourMs);
        service.setBackstopInterval(hourMs);
        service.start();
        QTRY_VERIFY(service.state() == UserSearchService::State::Ready);
        const quint64 generation = service.generation();
        const quint64 checks = service.checkCount();

        QVERIFY(session->db().exec(QStringLiteral("SET track_counts = off")));
        QVERIFY(session->db().exec(
            QStringLiteral("UPDATE users SET is_active = FALSE, name = 'Own Write' WHERE id = ?"),
            {ids.at(5)}));
        service.checkNow();
        QTRY_VERIFY(reloaded(service, generation));
        QCOMPARE(service.checkCount(), checks + 1);
        QCOMPARE(idsMatching(*service.index(), QStringLiteral("own write"),
                             UserQuery::Activity::Deactivated),
                 QStringList{ids.at(5)});
    }

    // pg_stat_reset() after another session's write brings every counter
    // back to zero, the values the index was read at: the reset itself is
    // seen, and the write with it.
    void statisticsResetDoesNotHideAWrite()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        const QStringList ids = fill(*db);
        // The arrangement's writes reported, then forgotten: zero counters.
        QVERIFY(arrangementReported(*db, ids));
        QVERIFY(db->admin().exec(QStringLiteral("SELECT pg_stat_reset()")));
        QCOMPARE(flushedCount(*db, "pg_stat_get_tuples_inserted", "users"), 0);
        auto session = db->session(QStringLiteral("root@example.com"));
        UserSearchService service(*session);
        service.setCheckInterval(50);
        service.setBackstopInterval(hourMs);
        service.start();
        QTRY_VERIFY(service.state() == UserSearchService::State::Ready);
        QVERIFY(settles(service));

        // No check while the write is reported and the counters reset.
        service.setCheckInterval(hourMs);
        QTRY_VERIFY(!service.isChecking());
        const quint64 quiet = service.checkCount();
        const quint64 generation = service.generation();
        QVERIFY(db->admin().exec(
            QStringLiteral("UPDATE users SET name = 'Reset Hidden' WHERE id = ?"), {ids.at(6)}));
        QTRY_VERIFY(flushedCount(*db, "pg_stat_get_tuples_updated", "users") == 1);
        QVERIFY(db->admin().exec(QStringLiteral("SELECT pg_stat_reset()")));
        QCOMPARE(flushedCount(*db, "pg_stat_get_tuples_updated", "users"), 0);
        QCOMPARE(service.checkCount(), quiet);

        service.setCheckInterval(50);
        QTRY_VERIFY_WITH_TIMEOUT(reloaded(service, generation), detectionBoundMs);
        QCOMPARE(idsMatching(*service.index(), QStringLiteral("reset hidden")),
                 QStringList{ids.at(6)});
    }
};

QTEST_GUILESS_MAIN(TstUserSearchFresh)
#include "tst_usersearchfresh.moc"
