// The Users page's in-memory search index (UserSearchIndex, kept fresh by
// UserSearchService, used by UserTableModel) against the database itself:
// for every filter and sort key the page offers, the index gives exactly the
// users, the count and the order of UserRepository's SQL, over ties, NULL
// names and timestamps, mixed case, accents and special casing (Ángel, Zoë,
// ß, İ, ı), LIKE's own characters, and after another connection inserted,
// updated, deactivated and deleted users while the index was open.
// PostgreSQL 2.42 and 2.19; on SQLite there is no index and the page stays
// on SQL.

#include "BudgetSeed.h"
#include "BudgetViewRepository.h"
#include "MembershipRepository.h"
#include "PlatformSession.h"
#include "QueryCanceller.h"
#include "SessionWorker.h"
#include "TestDatabase.h"
#include "UserRepository.h"
#include "UserSearchIndex.h"
#include "UserSearchService.h"
#include "UserTableModel.h"

#include <QTest>
#include <algorithm>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {

const QList<UserQuery::SortKey> &allSortKeys()
{
    static const QList<UserQuery::SortKey> keys{
        UserQuery::SortKey::Name,      UserQuery::SortKey::Email,   UserQuery::SortKey::Username,
        UserQuery::SortKey::UserType,  UserQuery::SortKey::Created, UserQuery::SortKey::LastLogin,
        UserQuery::SortKey::Projects,  UserQuery::SortKey::Admin,   UserQuery::SortKey::Maintainer,
        UserQuery::SortKey::TotalSpend};
    return keys;
}

const QStringList &searches()
{
    static const QStringList s{
        QString(),
        QStringLiteral("a"),
        QStringLiteral("E"),
        QStringLiteral("án"),
        QStringLiteral("ÁNGEL"),
        QStringLiteral("angel"),
        QStringLiteral("zoë"),
        QStringLiteral("ZOË"),
        QStringLiteral("ß"),
        QStringLiteral("strasse"),
        QStringLiteral("STRASSE"),
        QStringLiteral("İ"),
        QStringLiteral("ı"),
        QStringLiteral("il"),
        QStringLiteral("%"),
        QStringLiteral("_"),
        QStringLiteral("\\"),
        QStringLiteral("  Example.COM "),
        QStringLiteral("same name"),
        QStringLiteral("nobody-has-this"),
        QStringLiteral("@"),
        QStringLiteral("o'n"),
    };
    return s;
}

// Arranges users that make every comparison hard. Returns their ids.
QStringList fillUsers(TestDatabase &db)
{
    QStringList ids;
    const bool maintainer = db.isPostgres();
    ids << db.addUser(QStringLiteral("root@example.com"), true, maintainer, true,
                      QStringLiteral("Root"));
    db.addProject(QStringLiteral("alpha"));
    db.addProject(QStringLiteral("beta"));
    const QStringList names{QStringLiteral("Ángel Núñez"),
                            QStringLiteral("angel nunez"),
                            QStringLiteral("ANGEL NUNEZ"),
                            QStringLiteral("Zoë Brontë"),
                            QStringLiteral("ZOË BRONTË"),
                            QStringLiteral("Straße Weiß"),
                            QStringLiteral("STRASSE WEISS"),
                            QStringLiteral("İlker İnce"),
                            QStringLiteral("ılker ınce"),
                            QStringLiteral("Ilker Ince"),
                            QStringLiteral("100% _legit_"),
                            QStringLiteral("back\\slash"),
                            QStringLiteral("Same Name"),
                            QStringLiteral("same name"),
                            QStringLiteral("Same Name"),
                            QStringLiteral("O'Neil"),
                            QString(),
                            QString(),
                            QStringLiteral("Émile Zola"),
                            QStringLiteral("émile zola")};
    for (int i = 0; i < 46; ++i) {
        const QString name = names.at(i % names.size());
        QString local = i % 3 == 0   ? QStringLiteral("User%1").arg(i % 20, 2, 10, QLatin1Char('0'))
                        : i % 3 == 1 ? QStringLiteral("user%1.x").arg(i % 20)
                                     : QStringLiteral("Ünal%1").arg(i);
        const QString domain =
            i % 4 == 0 ? QStringLiteral("@Example.COM") : QStringLiteral("@example.com");
        const QString id = db.addUser(local + domain, i % 13 == 0, maintainer && i % 9 == 0,
                                      i % 7 != 3, name.isEmpty() ? QString() : name);
        ids << id;
        if (name.isEmpty())
            db.admin().exec(QStringLiteral("UPDATE users SET name = NULL WHERE id = ?"), {id});
        if (i % 5 == 0)
            db.admin().exec(QStringLiteral("UPDATE users SET user_type = 'external' WHERE id = ?"),
                            {id});
        if (i % 2)
            db.addMembership(id, QStringLiteral("alpha"), i % 3 == 0);
        if (i % 5 == 1)
            db.addMembership(id, QStringLiteral("beta"), i % 10 == 1);
        // Equal timestamps for some, microseconds for others, NULL for the rest.
        if (i % 3 == 0)
            db.admin().exec(
                QStringLiteral("UPDATE users SET last_login_at = ?, date = ? WHERE id = ?"),
                {QStringLiteral("2026-03-0%1 10:00:00.12345%2").arg(1 + i % 4).arg(i % 10),
                 QStringLiteral("2026-01-01 00:00:00"), id});
        else if (i % 3 == 1)
            db.admin().exec(QStringLiteral("UPDATE users SET date = NULL WHERE id = ?"), {id});
        // Deactivated but not deleted, and deleted but still flagged active.
        if (i % 11 == 5)
            db.admin().exec(QStringLiteral("UPDATE users SET deleted_at = ? WHERE id = ?"),
                            {QStringLiteral("2026-02-02 00:00:00"), id});
    }
    return ids;
}

QList<UserQuery> queriesToCompare()
{
    QList<UserQuery> out;
    // Every search with every sort key, both directions (all users).
    for (const QString &search : searches()) {
        for (const UserQuery::SortKey key : allSortKeys()) {
            for (const bool descending : {false, true}) {
                UserQuery q;
                q.search = search;
                q.sortKey = key;
                q.descending = descending;
                q.activity = UserQuery::Activity::All;
                out << q;
            }
        }
    }
    // Every filter combination with a few searches and orders.
    const QList<UserQuery::Activity> activities{
        UserQuery::Activity::Active, UserQuery::Activity::Deactivated, UserQuery::Activity::All};
    const QList<UserQuery::Role> roles{UserQuery::Role::Any, UserQuery::Role::User,
                                       UserQuery::Role::ProjectAdmin, UserQuery::Role::Admin,
                                       UserQuery::Role::Maintainer};
    const QStringList types{QString(), QStringLiteral("external"), QStringLiteral("regular"),
                            QStringLiteral("Regular")};
    for (const auto activity : activities)
        for (const auto role : roles)
            for (const QString &type : types)
                for (const QString &search :
                     {QString(), QStringLiteral("án"), QStringLiteral("user")})
                    for (const auto key : {UserQuery::SortKey::Name, UserQuery::SortKey::LastLogin})
                        for (const bool descending : {false, true}) {
                            UserQuery q;
                            q.activity = activity;
                            q.role = role;
                            q.userType = type;
                            q.search = search;
                            q.sortKey = key;
                            q.descending = descending;
                            out << q;
                        }
    return out;
}

QString describe(const UserQuery &q)
{
    return QStringLiteral("search '%1' sort %2 %3 activity %4 role %5 type '%6'")
        .arg(q.search)
        .arg(int(q.sortKey))
        .arg(q.descending ? QStringLiteral("desc") : QStringLiteral("asc"))
        .arg(int(q.activity))
        .arg(int(q.role))
        .arg(q.userType);
}

// Empty when the index answers every query exactly as the database, else
// the first difference.
QString firstDifference(const UserSearchIndex &index, UserRepository &repo, int *compared)
{
    *compared = 0;
    for (const UserQuery &q : queriesToCompare()) {
        const bool expectCovered = q.sortKey != UserQuery::SortKey::TotalSpend;
        if (index.covers(q) != expectCovered)
            return QStringLiteral("covers() wrong for ") + describe(q);
        if (!expectCovered)
            continue;
        const auto expected = repo.ids(q);
        const auto count = repo.count(q);
        if (!expected.isOk() || !count.isOk())
            return QStringLiteral("database query failed: ") + expected.outcome.fullText() +
                   count.outcome.fullText();
        const std::vector<quint32> rows = index.match(q);
        const QStringList got = index.ids(rows, 0, qsizetype(rows.size()));
        if (got != expected.value || int(rows.size()) != count.value)
            return QStringLiteral("%1: index %2 rows %3, database %4 rows (count %5) %6")
                .arg(describe(q))
                .arg(got.size())
                .arg(got.join(QLatin1Char(',')))
                .arg(expected.value.size())
                .arg(count.value)
                .arg(expected.value.join(QLatin1Char(',')));
        ++*compared;
    }
    return {};
}

// What a user types, keystroke by keystroke (and back), under a few
// filters and orders: each text as the search of one query.
QList<UserQuery> typedQueries()
{
    QList<UserQuery> out;
    const QList<QStringList> typings{
        {QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("ang"), QStringLiteral("ange"),
         QStringLiteral("angel"), QStringLiteral("angel "), QStringLiteral("angel n"),
         QStringLiteral("angel nu"), QStringLiteral("angel n"), QStringLiteral("angel"),
         QStringLiteral("ange"), QStringLiteral("ánge"), QStringLiteral("ÁNGEL")},
        {QStringLiteral("u"), QStringLiteral("us"), QStringLiteral("use"), QStringLiteral("user"),
         QStringLiteral("user1"), QStringLiteral("user1."), QStringLiteral("user1.x"),
         QStringLiteral("user1.xx"), QStringLiteral("user1.x"), QStringLiteral("ser1.x"),
         QStringLiteral("Üser1.x")},
        {QStringLiteral("s"), QStringLiteral("st"), QStringLiteral("str"), QStringLiteral("stra"),
         QStringLiteral("straß"), QStringLiteral("straße"), QStringLiteral("strasse"),
         QStringLiteral("ss"), QStringLiteral("ß")},
        {QStringLiteral("ı"), QStringLiteral("ıl"), QStringLiteral("İl"), QStringLiteral("il"),
         QStringLiteral("i̇l"), QStringLiteral("%"), QStringLiteral("0%"), QStringLiteral("00% _"),
         QStringLiteral("\\"), QStringLiteral("k\\s")},
        {QStringLiteral("m"), QStringLiteral("me"), QStringLiteral("e"), QStringLiteral("xe"),
         QStringLiteral("ex"), QStringLiteral("example.co"), QStringLiteral("@example.com"),
         QStringLiteral("0@example.com"), QStringLiteral("nobody@example.com")},
    };
    int i = 0;
    for (const QStringList &typing : typings) {
        for (const QString &text : typing) {
            UserQuery q;
            q.search = text;
            q.sortKey = i % 3 == 0 ? UserQuery::SortKey::Name : UserQuery::SortKey::Created;
            q.descending = i % 2;
            q.activity = i % 4 == 3 ? UserQuery::Activity::Active : UserQuery::Activity::All;
            if (i % 5 == 4)
                q.role = UserQuery::Role::ProjectAdmin;
            out << q;
            ++i;
        }
    }
    return out;
}

// Empty when each typed query, narrowed from the previous keystroke's hits
// in `hits`, gives the database's rows and count, else the first difference.
QString firstTypedDifference(const UserSearchIndex &index, UserRepository &repo,
                             UserSearchIndex::TextHits &hits, int *compared)
{
    *compared = 0;
    for (const UserQuery &q : typedQueries()) {
        const auto expected = repo.ids(q);
        const auto count = repo.count(q);
        if (!expected.isOk() || !count.isOk())
            return QStringLiteral("database query failed: ") + expected.outcome.fullText() +
                   count.outcome.fullText();
        const std::vector<quint32> rows = index.match(q, &hits);
        const QStringList got = index.ids(rows, 0, qsizetype(rows.size()));
        if (got != expected.value || int(rows.size()) != count.value)
            return QStringLiteral("typed %1: index %2 rows %3, database %4 rows (count %5) %6")
                .arg(describe(q))
                .arg(got.size())
                .arg(got.join(QLatin1Char(',')))
                .arg(expected.value.size())
                .arg(count.value)
                .arg(expected.value.join(QLatin1Char(',')));
        ++*compared;
    }
    return {};
}

} // namespace

class TstUserSearchIndex : public QObject {
    Q_OBJECT
private slots:
    void indexEqualsTheDatabase_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("pg-2.42.0"), QStringLiteral("pg-2.19.0")});
    }
    void indexEqualsTheDatabase()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        fillUsers(*db);
        auto session = db->session(QStringLiteral("root@example.com"));
        QVERIFY(session->db().isOpen());
        UserRepository repo(*session);
        const auto index = UserSearchIndex::load(*session);
        QVERIFY2(index.isOk(), qPrintable(index.outcome.fullText()));
        QCOMPARE(index.value->userCount(), 47);
        // Not covered: the database answers those.
        UserQuery projectFilter;
        projectFilter.projects = {QStringLiteral("alpha")};
        QVERIFY(!index.value->covers(projectFilter));
        UserQuery budgetFilter;
        budgetFilter.budgetId = QStringLiteral("b1");
        QVERIFY(!index.value->covers(budgetFilter));
        int compared = 0;
        QString difference = firstDifference(*index.value, repo, &compared);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY(compared > 900);
        // Typing on narrows from the previous keystroke's hits: still the
        // database's rows, keystroke by keystroke, and backspace too.
        UserSearchIndex::TextHits hits;
        difference = firstTypedDifference(*index.value, repo, hits, &compared);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(compared, int(typedQueries().size()));
        // Some searches find several spellings: the accents fold as the
        // database's lower() folds them, no more.
        UserQuery angel;
        angel.search = QStringLiteral("ÁNGEL");
        angel.activity = UserQuery::Activity::All;
        QVERIFY(!index.value->match(angel).empty());
        QVERIFY(index.value->memoryBytes() > 0);
    }

    // Another connection inserts, renames (moving users in the Name order),
    // deactivates, deletes users and changes memberships: once the service's
    // check ran and the index was read again, it equals the database again;
    // while it is stale, index() is null (the page asks the database).
    void followsChangesOfAnotherConnection_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("pg-2.42.0")});
    }
    void followsChangesOfAnotherConnection()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const QStringList ids = fillUsers(*db);
        auto session = db->session(QStringLiteral("root@example.com"));
        UserRepository repo(*session);
        UserSearchService service(*session);
        service.setCheckInterval(50);
        service.start();
        QTRY_VERIFY(service.state() == UserSearchService::State::Ready);
        QVERIFY(service.index());
        quint64 generation = service.generation();

        // Only a change makes it load again: after several checks, the same index.
        const auto before = service.index();
        const quint64 checks = service.checkCount();
        QTRY_VERIFY(service.checkCount() >= checks + 3);
        QCOMPARE(service.generation(), generation);
        QVERIFY(service.index() == before);
        // Hits a user typed on the old index, kept while the database changes.
        UserSearchIndex::TextHits typed;
        UserQuery typedQuery;
        typedQuery.search = QStringLiteral("ang");
        typedQuery.activity = UserQuery::Activity::All;
        const auto oldHits = before->match(typedQuery, &typed);
        QVERIFY(!oldHits.empty());

        const QString added = db->addUser(QStringLiteral("zz.new@example.com"), false, false, true,
                                          QStringLiteral("Ángela Nueva"));
        db->addMembership(added, QStringLiteral("beta"), true);
        QVERIFY(db->admin().exec(
            QStringLiteral("UPDATE users SET name = 'aaa First Now', email = 'AAA@example.com', "
                           "update_date = ? WHERE id = ?"),
            {PlatformDatabase::utcValue(QDateTime::currentDateTimeUtc()), ids.at(20)}));
        QVERIFY(db->admin().exec(
            QStringLiteral("UPDATE users SET is_active = FALSE, deleted_at = ?, update_date = ? "
                           "WHERE id = ?"),
            {PlatformDatabase::utcValue(QDateTime::currentDateTimeUtc()),
             PlatformDatabase::utcValue(QDateTime::currentDateTimeUtc()), ids.at(4)}));
        QVERIFY(db->admin().exec(QStringLiteral("DELETE FROM user_projects WHERE user_id = ?"),
                                 {ids.at(8)}));
        QVERIFY(db->admin().exec(QStringLiteral("DELETE FROM users WHERE id = ?"), {ids.at(30)}));
        QTRY_VERIFY(service.generation() > generation &&
                    service.state() == UserSearchService::State::Ready);
        QCOMPARE(service.index()->userCount(), 47); // one added, one deleted
        int compared = 0;
        QString difference = firstDifference(*service.index(), repo, &compared);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // The old index's hits do not narrow the new index's search: the
        // added "Ángela" is found when the user types on.
        typedQuery.search = QStringLiteral("ángela");
        const auto typedRows = service.index()->match(typedQuery, &typed);
        QVERIFY(service.index()->ids(typedRows, 0, 50).contains(added));
        difference = firstTypedDifference(*service.index(), repo, typed, &compared);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        // A change that leaves update_date alone is seen too (the row's
        // transaction id changes): a membership's project-admin flag.
        generation = service.generation();
        QVERIFY(db->admin().exec(
            QStringLiteral("UPDATE user_projects SET is_project_admin = NOT is_project_admin "
                           "WHERE user_id = ?"),
            {ids.at(1)}));
        QVERIFY(db->admin().exec(QStringLiteral("UPDATE users SET name = 'Renamed Silently' "
                                                "WHERE id = ?"),
                                 {ids.at(2)}));
        QTRY_VERIFY(service.generation() > generation &&
                    service.state() == UserSearchService::State::Ready);
        difference = firstDifference(*service.index(), repo, &compared);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        UserQuery renamed;
        renamed.search = QStringLiteral("silently");
        const auto found = service.index()->match(renamed);
        QCOMPARE(service.index()->ids(found, 0, 10), QStringList{ids.at(2)});
    }

    // The Users page's model: with the index ready, a search is answered by
    // it and the rows shown (read by id) are the database's first page; on
    // SQLite there is no index and the same query gives the same rows.
    void modelShowsTheDatabasesRows_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("pg-2.42.0"), QStringLiteral("sqlite-2.42.0")});
    }
    void modelShowsTheDatabasesRows()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        fillUsers(*db);
        auto session = db->session(QStringLiteral("root@example.com"));
        UserRepository repo(*session);
        UserTableModel model;
        model.setSession(session.get());
        QTRY_VERIFY(!model.isLoading() && model.isRowLoaded(0));
        if (db->isPostgres()) {
            QVERIFY(model.searchService());
            QTRY_VERIFY(model.searchService()->state() == UserSearchService::State::Ready);
        } else {
            QVERIFY(!model.searchService());
        }
        for (const QString &search : {QStringLiteral("án"), QStringLiteral("ZOË"),
                                      QStringLiteral("user"), QStringLiteral("İ")}) {
            for (const auto key : {UserQuery::SortKey::Name, UserQuery::SortKey::Created}) {
                UserQuery q;
                q.search = search;
                q.sortKey = key;
                q.descending = key == UserQuery::SortKey::Created;
                q.activity = UserQuery::Activity::All;
                model.setQuery(q);
                QTRY_VERIFY(!model.isLoading());
                QCOMPARE(model.isAnsweredByIndex(), db->isPostgres());
                const auto expected = repo.page(model.query());
                QVERIFY(expected.isOk());
                QCOMPARE(model.totalCount(), repo.count(q).value);
                QStringList shown;
                for (int row = 0; row < model.rowCount(); ++row) {
                    QTRY_VERIFY((model.data(model.index(row, UserTableModel::Email)),
                                 model.isRowLoaded(row)));
                    shown << model.userAt(row).id;
                }
                QStringList expectedIds;
                for (const UserRecord &u : expected.value)
                    expectedIds << u.id;
                QCOMPARE(shown, expectedIds);
            }
        }
        // Sorting by total spend is not covered: the database answers.
        UserQuery spend;
        spend.sortKey = UserQuery::SortKey::TotalSpend;
        model.setQuery(spend);
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(!model.isAnsweredByIndex());
        QCOMPARE(model.totalCount(), repo.count(spend).value);
    }

    // A screen of rows read by id in one statement (PostgreSQL) shows what
    // the three separate reads show: the rows in the order asked (a deleted
    // id left out), the first three memberships, project admin first then
    // by name, the membership count, and the budget cells with their
    // limits and latest spend (none on 2.19, which has no budgets).
    void listingEqualsTheSeparateReads_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("pg-2.42.0"), QStringLiteral("pg-2.19.0"),
                                     QStringLiteral("sqlite-2.42.0")});
    }
    void listingEqualsTheSeparateReads()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        QStringList ids = fillUsers(*db);
        const bool budgets = engine.endsWith(QStringLiteral("2.42.0"));
        if (budgets) {
            codemie::test::BudgetSeed seed;
            QVERIFY(codemie::test::seedBudgets(*db, seed));
            ids << seed.alice << seed.bob;
            for (const QString &p : {QStringLiteral("Zeta"), QStringLiteral("gamma"),
                                     QStringLiteral("Delta"), QStringLiteral("epsilon")}) {
                db->addProject(p);
                db->addMembership(seed.alice, p, p == QStringLiteral("gamma"));
            }
        }
        auto session = db->session(QStringLiteral("root@example.com"));
        UserRepository repo(*session);
        // A screen in an order of its own, and one user deleted meanwhile.
        std::reverse(ids.begin(), ids.end());
        QVERIFY(db->admin().exec(QStringLiteral("DELETE FROM users WHERE id = ?"), {ids.at(3)}));
        const auto listing = repo.listing(ids, 3);
        QVERIFY2(listing.isOk(), qPrintable(listing.outcome.fullText()));
        const auto rows = repo.byIds(ids);
        const auto memberships = MembershipRepository(*session).projectsOfUsers(ids, 3);
        const auto cells = BudgetViewRepository(*session).userBudgetCells(ids);
        QVERIFY(rows.isOk() && memberships.isOk() && cells.isOk());
        QCOMPARE(listing.value.rows.size(), ids.size() - 1);
        QCOMPARE(listing.value.rows.size(), rows.value.size());
        int withBudgets = 0, withThreeChips = 0;
        for (int i = 0; i < rows.value.size(); ++i) {
            const UserRecord &got = listing.value.rows.at(i);
            const UserRecord &want = rows.value.at(i);
            QCOMPARE(got.id, want.id);
            QCOMPARE(got.email, want.email);
            QCOMPARE(got.name, want.name);
            QCOMPARE(got.isAdmin, want.isAdmin);
            QCOMPARE(got.isMaintainer, want.isMaintainer);
            QCOMPARE(got.lastLoginAt, want.lastLoginAt);
            QCOMPARE(got.projectCount, want.projectCount);
            QStringList gotChips, wantChips;
            for (const Membership &m : listing.value.projects.value(got.id))
                gotChips << m.projectName + (m.isProjectAdmin ? QStringLiteral("*") : QString());
            for (const Membership &m : memberships.value.value(got.id))
                wantChips << m.projectName + (m.isProjectAdmin ? QStringLiteral("*") : QString());
            QCOMPARE(gotChips, wantChips);
            withThreeChips += gotChips.size() == 3 ? 1 : 0;
            const auto gotCells = listing.value.budgets.value(got.id);
            const auto wantCells = cells.value.value(got.id);
            QCOMPARE(gotCells.size(), wantCells.size());
            for (const CategorySpend &cell : wantCells) {
                const auto it =
                    std::find_if(gotCells.begin(), gotCells.end(), [&](const CategorySpend &c) {
                        return c.category == cell.category;
                    });
                QVERIFY(it != gotCells.end());
                QCOMPARE(it->hardLimit, cell.hardLimit);
                QCOMPARE(it->spent, cell.spent);
            }
            QCOMPARE(UserTableModel::budgetCellText(gotCells),
                     UserTableModel::budgetCellText(wantCells));
            withBudgets += gotCells.isEmpty() ? 0 : 1;
        }
        QCOMPARE(withBudgets, budgets ? 2 : 0);    // alice and bob
        QCOMPARE(withThreeChips, budgets ? 1 : 0); // alice: gamma (admin), alpha, Delta
        if (budgets) {
            const auto alice = std::find_if(
                listing.value.rows.begin(), listing.value.rows.end(), [&](const UserRecord &u) {
                    return u.email == QStringLiteral("alice@example.com");
                });
            QCOMPARE(alice->projectCount, 4);
            QStringList chips;
            for (const Membership &m : listing.value.projects.value(alice->id))
                chips << m.projectName + (m.isProjectAdmin ? QStringLiteral("*") : QString());
            QCOMPARE(chips, (QStringList{QStringLiteral("gamma*"), QStringLiteral("Delta"),
                                         QStringLiteral("epsilon")}));
        }
    }

    // Closing the page must not wait for the index's long read: a statement
    // running on a worker's connection stops when another thread cancels it
    // (here a 600 s sleep, far past the wait's bound).
    void cancelStopsALongRead_data() { TestDatabase::addEngineRows({QStringLiteral("pg-2.42.0")}); }
    void cancelStopsALongRead()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("root@example.com"), true, true);
        auto session = db->session(QStringLiteral("root@example.com"));
        QueryCanceller canceller;
        SessionWorker worker(session->clone());
        bool done = false;
        Outcome outcome;
        worker.run(
            [&canceller, &outcome](PlatformSession &s) {
                if (!canceller.arm(s.db()))
                    return;
                outcome = s.db().exec(QStringLiteral("SELECT pg_sleep(600)"));
                canceller.disarm();
            },
            this, [&done] { done = true; });
        QTRY_VERIFY(db->admin()
                        .scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE state "
                                               "= 'active' AND query LIKE 'SELECT pg_sleep(600)%'"))
                        .value.toInt() == 1);
        canceller.cancel();
        QTRY_VERIFY(done);
        QVERIFY(!outcome.isOk());
        QVERIFY(canceller.isCancelled());
        QVERIFY(!canceller.arm(session->db())); // nothing starts after a cancel
    }
};

QTEST_MAIN(TstUserSearchIndex)
#include "tst_usersearchindex.moc"
