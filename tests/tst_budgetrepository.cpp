// The reads behind the Budgets page and the spend chart, against known
// seeded numbers (tests/support/BudgetSeed.h) on PostgreSQL 2.42 and SQLite
// 2.42, and the hidden state on PostgreSQL 2.19.

#include "BudgetSeed.h"
#include "BudgetViewRepository.h"
#include "PlatformSession.h"
#include "TestDatabase.h"
#include "UserRepository.h"

#include <QTest>
#include <QTimeZone>
#include <algorithm>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {
QDate d(int month, int day)
{
    return QDate(2026, month, day);
}
QString daysText(const QList<DailySpend> &days)
{
    QStringList parts;
    for (const DailySpend &s : days)
        parts << s.day.toString(Qt::ISODate) + QLatin1Char('=') + QString::number(s.amount, 'f', 2);
    return parts.join(QLatin1Char(' '));
}
} // namespace

class TstBudgetRepository : public QObject {
    Q_OBJECT
private slots:
    void listsActiveBudgetsWithTheWebColumns_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void listsActiveBudgetsWithTheWebColumns()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        codemie::test::BudgetSeed seed;
        QVERIFY(codemie::test::seedBudgets(*db, seed));
        auto session = db->session(QStringLiteral("nobody@example.com"));
        BudgetViewRepository repo(*session);
        QVERIFY(repo.available());
        const auto list = repo.budgets();
        QVERIFY2(list.isOk(), qPrintable(list.outcome.fullText()));
        // By name; neither the deleted budget nor the project's shared child.
        QStringList ids;
        for (const BudgetListRow &b : list.value)
            ids << b.budgetId;
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("project-alpha-platform"), QStringLiteral("power-cli"),
                              QStringLiteral("standard-platform")}));
        const BudgetListRow &power = list.value.at(1);
        QCOMPARE(power.name, QStringLiteral("Power CLI"));
        QCOMPARE(power.category, QStringLiteral("cli"));
        QCOMPARE(power.budgetType, QStringLiteral("global"));
        QCOMPARE(power.maxBudget, 500.0);
        QCOMPARE(power.softBudget, 400.0);
        QCOMPARE(power.duration, QStringLiteral("7d"));
        QCOMPARE(power.resetAt, QStringLiteral("2026-12-08T00:00:00Z"));
        QCOMPARE(power.updatedAt, QDateTime(d(11, 20), QTime(10, 0), QTimeZone::utc()));
        QVERIFY(!list.value.at(2).updatedAt.isValid());
        QCOMPARE(list.value.at(0).budgetType, QStringLiteral("project"));
        QCOMPARE(list.value.at(0).projectName, QStringLiteral("alpha"));
    }

    void assigneesAndCurrentSpend_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void assigneesAndCurrentSpend()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        codemie::test::BudgetSeed seed;
        QVERIFY(codemie::test::seedBudgets(*db, seed));
        auto session = db->session(QStringLiteral("nobody@example.com"));
        BudgetViewRepository repo(*session);

        // A global budget: its users, each with their latest period spend.
        auto counts = repo.assigneeCounts(QStringLiteral("standard-platform"));
        QVERIFY(counts.isOk());
        QCOMPARE(counts.value.users, 2);
        QCOMPARE(counts.value.total(), 2);
        auto rows = repo.assignees(QStringLiteral("standard-platform"), 0, 100);
        QVERIFY2(rows.isOk(), qPrintable(rows.outcome.fullText()));
        QCOMPARE(rows.value.size(), 2);
        QCOMPARE(rows.value.at(0).label, QStringLiteral("alice@example.com"));
        QCOMPARE(rows.value.at(0).name, QStringLiteral("Alice Able"));
        QCOMPARE(rows.value.at(0).kind, BudgetAssignee::Kind::User);
        QCOMPARE(rows.value.at(0).currentSpend.value_or(-1), 51.0);
        QCOMPARE(rows.value.at(1).label, QStringLiteral("bob@example.com"));
        QCOMPARE(rows.value.at(1).currentSpend.value_or(-1), 75.0);
        // Paging: the second page holds bob alone.
        rows = repo.assignees(QStringLiteral("standard-platform"), 1, 1);
        QCOMPARE(rows.value.size(), 1);
        QCOMPARE(rows.value.at(0).id, seed.bob);

        // The CLI budget's spend is alice's "<id>_codemie_cli" customer.
        rows = repo.assignees(QStringLiteral("power-cli"), 0, 100);
        QCOMPARE(rows.value.size(), 1);
        QCOMPARE(rows.value.at(0).currentSpend.value_or(-1), 250.0);

        auto spend = repo.currentSpend(QStringLiteral("standard-platform"));
        QVERIFY2(spend.isOk(), qPrintable(spend.outcome.fullText()));
        QCOMPARE(spend.value.spend.value_or(-1), 126.0); // 51 + 75
        QCOMPARE(spend.value.subjects, 2);
        QCOMPARE(spend.value.highest.value_or(-1), 75.0);
        QCOMPARE(spend.value.asOf, d(12, 3));

        // A project budget: the project, then member allocations (the
        // override marked); beta's deleted assignment is not counted.
        counts = repo.assigneeCounts(QStringLiteral("project-alpha-platform"));
        QCOMPARE(counts.value.projects, 1);
        QCOMPARE(counts.value.members, 2);
        rows = repo.assignees(QStringLiteral("project-alpha-platform"), 0, 100);
        QVERIFY2(rows.isOk(), qPrintable(rows.outcome.fullText()));
        QCOMPARE(rows.value.size(), 3);
        QCOMPARE(rows.value.at(0).kind, BudgetAssignee::Kind::Project);
        QCOMPARE(rows.value.at(0).label, QStringLiteral("alpha"));
        QCOMPARE(rows.value.at(0).currentSpend.value_or(-1), 500.0);
        QCOMPARE(rows.value.at(1).kind, BudgetAssignee::Kind::Member);
        QCOMPARE(rows.value.at(1).label, QStringLiteral("alice@example.com"));
        QCOMPARE(rows.value.at(1).allocatedMax.value_or(-1), 600.0);
        QVERIFY(!rows.value.at(1).overridden);
        QCOMPARE(rows.value.at(2).label, QStringLiteral("bob@example.com"));
        QCOMPARE(rows.value.at(2).currentSpend.value_or(-1), 390.0);
        QVERIFY(rows.value.at(2).overridden);
        spend = repo.currentSpend(QStringLiteral("project-alpha-platform"));
        QCOMPARE(spend.value.spend.value_or(-1), 500.0);
        QCOMPARE(spend.value.subjects, 1);

        // No spend rows: none, not zero.
        spend = repo.currentSpend(QStringLiteral("old-cli"));
        QVERIFY(spend.isOk());
        QVERIFY(!spend.value.spend);
    }

    void dailySpendUsesUtcDays_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void dailySpendUsesUtcDays()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        codemie::test::BudgetSeed seed;
        QVERIFY(codemie::test::seedBudgets(*db, seed));
        auto session = db->session(QStringLiteral("nobody@example.com"));
        BudgetViewRepository repo(*session);
        SpendSubject alpha{SpendSubject::Kind::Project, QStringLiteral("alpha"), {}};
        // 23:59 and 00:01 UTC fall on two days.
        auto days = repo.dailySpend(alpha, d(12, 1), d(12, 3));
        QVERIFY2(days.isOk(), qPrintable(days.outcome.fullText()));
        QCOMPARE(daysText(days.value),
                 QStringLiteral("2026-12-01=1.25 2026-12-02=2.50 2026-12-03=14.00"));
        alpha.category = QStringLiteral("cli");
        QCOMPARE(daysText(repo.dailySpend(alpha, d(12, 1), d(12, 3)).value),
                 QStringLiteral("2026-12-03=4.00"));
        // All projects: beta's 01:30 at UTC+2 is Dec 1 in UTC.
        const SpendSubject all;
        QCOMPARE(daysText(repo.dailySpend(all, d(12, 1), d(12, 3)).value),
                 QStringLiteral("2026-12-01=2.00 2026-12-02=9.50 2026-12-03=14.00"));
        // The range is inclusive and exact: Dec 2 alone.
        QCOMPARE(daysText(repo.dailySpend(all, d(12, 2), d(12, 2)).value),
                 QStringLiteral("2026-12-02=9.50"));
        // A user by e-mail (any case): both categories' customers.
        SpendSubject alice{SpendSubject::Kind::User, QStringLiteral("ALICE@example.com"), {}};
        QCOMPARE(daysText(repo.dailySpend(alice, d(12, 1), d(12, 3)).value),
                 QStringLiteral("2026-12-01=5.00 2026-12-02=20.00 2026-12-03=6.00"));
        alice.category = QStringLiteral("cli");
        QCOMPARE(daysText(repo.dailySpend(alice, d(12, 1), d(12, 3)).value),
                 QStringLiteral("2026-12-02=20.00"));
        // The previous period for "this against the previous one".
        const auto both = repo.dailySpend(
            {SpendSubject::Kind::Project, QStringLiteral("alpha"), {}}, d(11, 28), d(12, 3));
        const SpendComparison c = SpendSeriesBuilder::compare(both.value, d(12, 1), d(12, 3));
        QCOMPARE(c.current, 17.75);
        QCOMPARE(c.previous, 3.0);
    }

    void limitsAndResetDays_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void limitsAndResetDays()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        codemie::test::BudgetSeed seed;
        QVERIFY(codemie::test::seedBudgets(*db, seed));
        auto session = db->session(QStringLiteral("nobody@example.com"));
        BudgetViewRepository repo(*session);
        // alice: platform (100/80, 30d) + cli (500/400, 7d from Dec 8 → Dec 1).
        auto limits =
            repo.limits({SpendSubject::Kind::User, QStringLiteral("alice@example.com"), {}},
                        d(12, 1), d(12, 3));
        QVERIFY2(limits.isOk(), qPrintable(limits.outcome.fullText()));
        QCOMPARE(limits.value.resolvedId, seed.alice);
        QCOMPARE(limits.value.hardLimit.value_or(-1), 600.0);
        QCOMPARE(limits.value.softLimit.value_or(-1), 480.0);
        QCOMPARE(limits.value.budgets, 2);
        QCOMPARE(limits.value.resetDays, QList<QDate>{d(12, 1)});
        // alpha's project budget resets on Dec 2; the series restarts there.
        limits = repo.limits({SpendSubject::Kind::Project, QStringLiteral("alpha"), {}}, d(12, 1),
                             d(12, 3));
        QCOMPARE(limits.value.hardLimit.value_or(-1), 1000.0);
        QCOMPARE(limits.value.resetDays, QList<QDate>{d(12, 2)});
        const auto days = repo.dailySpend(
            {SpendSubject::Kind::Project, QStringLiteral("alpha"), {}}, d(12, 1), d(12, 3));
        const SpendSeries s =
            SpendSeriesBuilder::build(days.value, d(12, 1), d(12, 3), limits.value.resetDays);
        QCOMPARE(s.points.at(0).cumulative, 1.25);
        QCOMPARE(s.points.at(1).cumulative, 2.5);
        QCOMPARE(s.points.at(2).cumulative, 16.5);
        // beta has no active project budget: no limits.
        limits = repo.limits({SpendSubject::Kind::Project, QStringLiteral("beta"), {}}, d(12, 1),
                             d(12, 3));
        QVERIFY(limits.isOk());
        QVERIFY(!limits.value.hardLimit);
        // Unknown subjects say so.
        limits = repo.limits({SpendSubject::Kind::Project, QStringLiteral("gamma"), {}}, d(12, 1),
                             d(12, 3));
        QCOMPARE(limits.outcome.kind(), Outcome::Kind::NotFound);
        QVERIFY(limits.outcome.message().contains(QStringLiteral("gamma")));
        const auto unknown =
            repo.dailySpend({SpendSubject::Kind::User, QStringLiteral("carol@example.com"), {}},
                            d(12, 1), d(12, 3));
        QCOMPARE(unknown.outcome.kind(), Outcome::Kind::NotFound);
    }

    void topSpenders_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void topSpenders()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        codemie::test::BudgetSeed seed;
        QVERIFY(codemie::test::seedBudgets(*db, seed));
        auto session = db->session(QStringLiteral("nobody@example.com"));
        BudgetViewRepository repo(*session);
        const auto projects = repo.topProjects(d(12, 1), d(12, 3), 10);
        QVERIFY2(projects.isOk(), qPrintable(projects.outcome.fullText()));
        QCOMPARE(projects.value.size(), 2);
        QCOMPARE(projects.value.at(0).id, QStringLiteral("alpha"));
        QCOMPARE(projects.value.at(0).spend, 17.75);
        QCOMPARE(projects.value.at(1).spend, 7.75);
        // alice's platform and CLI customers are one user: 5 + 20 + 6.
        const auto users = repo.topUsers(d(12, 1), d(12, 3), 10);
        QVERIFY2(users.isOk(), qPrintable(users.outcome.fullText()));
        QCOMPARE(users.value.size(), 2);
        QCOMPARE(users.value.at(0).label, QStringLiteral("alice@example.com"));
        QCOMPARE(users.value.at(0).spend, 31.0);
        QCOMPARE(users.value.at(1).label, QStringLiteral("bob@example.com"));
        QCOMPARE(users.value.at(1).spend, 30.0);
        const auto one = repo.topUsers(d(12, 1), d(12, 3), 1, QStringLiteral("platform"));
        QCOMPARE(one.value.size(), 1);
        QCOMPARE(one.value.at(0).label, QStringLiteral("bob@example.com"));
    }

    void usersBudgetCells_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void usersBudgetCells()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        codemie::test::BudgetSeed seed;
        QVERIFY(codemie::test::seedBudgets(*db, seed));
        const QString carol = db->addUser(QStringLiteral("carol@example.com"));
        const QString dave = db->addUser(QStringLiteral("dave@example.com"));
        // dave's CLI budget was deleted: the spend stays, the limit is gone.
        QVERIFY(db->admin().exec(
            QStringLiteral(
                "INSERT INTO user_budget_assignments (user_id, category, budget_id) VALUES (?, "
                "'cli', 'old-cli')"),
            {dave}));
        auto session = db->session(QStringLiteral("nobody@example.com"));
        BudgetViewRepository repo(*session);
        const auto cells = repo.userBudgetCells({seed.alice, seed.bob, carol, dave});
        QVERIFY2(cells.isOk(), qPrintable(cells.outcome.fullText()));
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        // alice: platform $51 of $100 (51 %, yellow), CLI $250 of $500 (exactly 50 %, green).
        const auto alice = BudgetCell::lines(cells.value.value(seed.alice), us);
        QCOMPARE(BudgetCell::text(alice),
                 QStringLiteral("Total $301.00 / $600.00\n$51.00 / $100.00\n$250.00 / $500.00"));
        QCOMPARE(alice.at(0).level, SpendLevel::Warning);
        QCOMPARE(alice.at(1).level, SpendLevel::Warning);
        QCOMPARE(alice.at(2).level, SpendLevel::Ok);
        // bob: exactly 75 % is yellow.
        const auto bob = BudgetCell::lines(cells.value.value(seed.bob), us);
        QCOMPARE(BudgetCell::text(bob), QStringLiteral("Total $75.00 / $100.00\n$75.00 / $100.00"));
        QCOMPARE(bob.at(0).level, SpendLevel::Warning);
        // carol has no assignments: "-".
        QVERIFY(!cells.value.contains(carol));
        QCOMPARE(BudgetCell::text(BudgetCell::lines(cells.value.value(carol), us)),
                 QStringLiteral("-"));
        // dave: a deleted budget and no spend: "-" both, no colour.
        const auto daveLines = BudgetCell::lines(cells.value.value(dave), us);
        QCOMPARE(BudgetCell::text(daveLines), QStringLiteral("Total - / -\n- / -"));
        QCOMPARE(daveLines.at(0).level, SpendLevel::None);
    }

    void projectBudgetCellsCardsAndMembers_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void projectBudgetCellsCardsAndMembers()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        codemie::test::BudgetSeed seed;
        QVERIFY(codemie::test::seedBudgets(*db, seed));
        QVERIFY(codemie::test::seedProjectBudgetViews(*db, seed));
        db->addProject(QStringLiteral("delta"));
        auto session = db->session(QStringLiteral("nobody@example.com"));
        BudgetViewRepository repo(*session);
        const QLocale us(QLocale::English, QLocale::UnitedStates);

        // The Projects page's cells: categories summed into the Total.
        const auto cells =
            repo.projectBudgetCells({QStringLiteral("alpha"), QStringLiteral("beta"),
                                     QStringLiteral("gamma"), QStringLiteral("delta")});
        QVERIFY2(cells.isOk(), qPrintable(cells.outcome.fullText()));
        const auto alpha = BudgetCell::lines(cells.value.value(QStringLiteral("alpha")), us);
        QCOMPARE(BudgetCell::text(alpha), QStringLiteral("Total $532.00 / $1,040.00\n"
                                                         "$500.00 / $1,000.00\n$30.00 / $40.00\n"
                                                         "$2.00 / $0.00"));
        QCOMPARE(alpha.at(0).level, SpendLevel::Warning); // 51.2 %
        QCOMPARE(alpha.at(1).level, SpendLevel::Ok);      // exactly 50 %
        QCOMPARE(alpha.at(2).level, SpendLevel::Warning); // exactly 75 %
        QCOMPARE(alpha.at(3).level, SpendLevel::None);    // zero limit
        const auto gamma = BudgetCell::lines(cells.value.value(QStringLiteral("gamma")), us);
        QCOMPARE(BudgetCell::text(gamma),
                 QStringLiteral("Total $9.00 / $10.00\n$9.00 / $10.00\n- / -"));
        QCOMPARE(gamma.at(0).level, SpendLevel::Danger);
        QCOMPARE(gamma.at(2).level, SpendLevel::None);          // the deleted budget: no limit
        QVERIFY(!cells.value.contains(QStringLiteral("beta"))); // only a deleted assignment
        QVERIFY(!cells.value.contains(QStringLiteral("delta")));

        // The project detail: cards in the web UI's order, the group, members.
        const auto detail = repo.projectBudgets(QStringLiteral("alpha"));
        QVERIFY2(detail.isOk(), qPrintable(detail.outcome.fullText()));
        const ProjectBudgets &b = detail.value;
        QCOMPARE(b.cards.size(), 3);
        QCOMPARE(b.cards.at(0).category, QStringLiteral("platform"));
        QCOMPARE(b.cards.at(0).name, QStringLiteral("Alpha platform"));
        QCOMPARE(b.cards.at(0).spend.value_or(-1), 500.0);
        QCOMPARE(b.cards.at(0).hardLimit.value_or(-1), 1000.0);
        QCOMPARE(b.cards.at(0).softLimit.value_or(-1), 800.0);
        QCOMPARE(b.cards.at(0).sync, BudgetSync::Status::Ok);
        QCOMPARE(b.cards.at(1).category, QStringLiteral("cli"));
        QCOMPARE(b.cards.at(1).spend.value_or(-1), 30.0); // the latest row, not the earlier 25
        QCOMPARE(b.cards.at(1).duration, QStringLiteral("7d"));
        QCOMPARE(b.cards.at(1).resetAt, QStringLiteral("2026-12-08T00:00:00Z"));
        QCOMPARE(b.cards.at(1).sync, BudgetSync::Status::Pending);
        QCOMPARE(b.cards.at(2).category, QStringLiteral("premium_models"));
        QCOMPARE(b.cards.at(2).sync, BudgetSync::Status::Failed);
        QVERIFY(b.group.has_value());
        QCOMPARE(b.group->name, QStringLiteral("Alpha budget"));
        QCOMPARE(b.group->duration, QStringLiteral("30d"));
        QCOMPARE(b.group->createdBy, QStringLiteral("alice@example.com"));
        QCOMPARE(b.memberTotal, 3);
        QCOMPARE(b.members.size(), 3);
        // By e-mail, then platform before CLI; bob's fixed override marked.
        QCOMPARE(b.members.at(0).email, QStringLiteral("alice@example.com"));
        QCOMPARE(b.members.at(0).category, QStringLiteral("platform"));
        QCOMPARE(b.members.at(0).allocatedMax.value_or(-1), 600.0);
        QVERIFY(!b.members.at(0).overridden);
        QCOMPARE(b.members.at(1).category, QStringLiteral("cli"));
        QCOMPARE(b.members.at(1).spend.value_or(-1), 15.0);
        QCOMPARE(b.members.at(1).sync, BudgetSync::Status::Pending);
        QCOMPARE(b.members.at(2).email, QStringLiteral("bob@example.com"));
        QVERIFY(b.members.at(2).overridden);
        QCOMPARE(b.members.at(2).overrideReason, QStringLiteral("Release crunch"));
        QCOMPARE(b.members.at(2).allocatedMax.value_or(-1), 400.0);
        // A member limit cuts the list, not the count.
        const auto cut = repo.projectBudgets(QStringLiteral("alpha"), 1);
        QCOMPARE(cut.value.members.size(), 1);
        QCOMPARE(cut.value.memberTotal, 3);

        const auto g = repo.projectBudgets(QStringLiteral("gamma"));
        QVERIFY(g.isOk());
        QCOMPARE(g.value.cards.size(), 2);
        QCOMPARE(g.value.cards.at(0).sync, BudgetSync::Status::Noop);
        QVERIFY(!g.value.cards.at(1).hardLimit.has_value()); // deleted budget
        QVERIFY(!g.value.group.has_value());
        QCOMPARE(g.value.memberTotal, 0);
        const auto none = repo.projectBudgets(QStringLiteral("beta"));
        QVERIFY(none.isOk());
        QVERIFY(none.value.cards.isEmpty());

        // A user's assignments, in the web UI's order, with their spend.
        const auto user = repo.userBudgets(seed.alice);
        QVERIFY2(user.isOk(), qPrintable(user.outcome.fullText()));
        QCOMPARE(user.value.size(), 2);
        QCOMPARE(user.value.at(0).name, QStringLiteral("Standard platform"));
        QCOMPARE(user.value.at(0).spend.value_or(-1), 51.0);
        QCOMPARE(user.value.at(1).name, QStringLiteral("Power CLI"));
        QCOMPARE(user.value.at(1).hardLimit.value_or(-1), 500.0);
        QCOMPARE(user.value.at(1).duration, QStringLiteral("7d"));
        QCOMPARE(user.value.at(1).spend.value_or(-1), 250.0);
    }

    void usersSortByTotalSpend_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0"),
                                     QStringLiteral("pg-2.19.0")});
    }
    void usersSortByTotalSpend()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const bool budgets = engine.contains(QStringLiteral("2.42"));
        codemie::test::BudgetSeed seed;
        QStringList zero; // users without spend, by id
        if (budgets) {
            QVERIFY(codemie::test::seedBudgets(*db, seed));
        } else {
            seed.alice = db->addUser(QStringLiteral("alice@example.com"));
            seed.bob = db->addUser(QStringLiteral("bob@example.com"));
        }
        // erin ties with bob at $75 (her CLI customer's latest row); carol
        // and dave have nothing.
        const QString erin = db->addUser(QStringLiteral("erin@example.com"));
        zero << db->addUser(QStringLiteral("carol@example.com"))
             << db->addUser(QStringLiteral("dave@example.com"));
        if (budgets) {
            QVERIFY(db->admin().exec(
                QStringLiteral("INSERT INTO user_budget_assignments (user_id, category, "
                               "budget_id) VALUES (?, 'cli', 'power-cli')"),
                {erin}));
            QVERIFY(db->admin().exec(
                QStringLiteral("INSERT INTO project_spend_tracking (id, project_name, spend_date, "
                               "daily_spend, cumulative_spend, budget_period_spend, "
                               "spend_subject_type, budget_id, budget_category) VALUES (?, ?, "
                               "?, 5, 0, 75, 'budget', 'power-cli', 'cli')"),
                {QStringLiteral("6d0f6c52-3b43-4f39-9a55-7c1de5d1e001"),
                 QString(erin + QStringLiteral("_codemie_cli")),
                 codemie::test::seedTime(
                     *db, QDateTime(QDate(2026, 12, 2), QTime(22, 0), QTimeZone::utc()))}));
        } else {
            zero << seed.alice << seed.bob << erin;
        }
        auto session = db->session(QStringLiteral("nobody@example.com"));
        UserRepository repo(*session);
        UserQuery query;
        query.sortKey = UserQuery::SortKey::TotalSpend;
        query.descending = true;
        query.limit = 100;
        // Hand-computed: alice $301, then the $75 tie by id (descending with
        // the order), then the users without spend by id.
        QStringList tie{seed.bob, erin};
        std::sort(tie.begin(), tie.end(), std::greater<>());
        std::sort(zero.begin(), zero.end(), std::greater<>());
        const auto all = repo.page(query);
        QVERIFY2(all.isOk(), qPrintable(all.outcome.fullText()));
        QStringList ids;
        for (const UserRecord &u : all.value)
            ids << u.id;
        // The session's actor (if the seed made one) has no spend either.
        for (const QString &id : std::as_const(ids))
            if (id != seed.alice && !tie.contains(id) && !zero.contains(id))
                zero << id;
        std::sort(zero.begin(), zero.end(), std::greater<>());
        const QStringList expected = budgets ? QStringList{seed.alice} + tie + zero : zero;
        QCOMPARE(ids, expected);
        // Ascending is the exact reverse (ties by id ascending).
        query.descending = false;
        const auto up = repo.page(query);
        QStringList upIds;
        for (const UserRecord &u : up.value)
            upIds << u.id;
        QStringList reversed = expected;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(upIds, reversed);
        // Keyset pages of two, forward from each page's last row, then
        // backward from the end: the same order, ties included.
        query.descending = true;
        QStringList walked;
        UserRepository::Slice slice;
        slice.limit = 2;
        for (;;) {
            const auto rows = repo.slice(query, slice);
            QVERIFY2(rows.isOk(), qPrintable(rows.outcome.fullText()));
            if (rows.value.rows.isEmpty())
                break;
            for (const UserRecord &u : rows.value.rows)
                walked << u.id;
            slice.anchor = rows.value.last;
        }
        QCOMPARE(walked, expected);
        QStringList back;
        slice = {};
        slice.limit = 2;
        slice.backward = true;
        for (;;) {
            const auto rows = repo.slice(query, slice);
            QVERIFY2(rows.isOk(), qPrintable(rows.outcome.fullText()));
            if (rows.value.rows.isEmpty())
                break;
            back = [&] {
                QStringList page;
                for (const UserRecord &u : rows.value.rows)
                    page << u.id;
                return page;
            }() + back;
            slice.anchor = rows.value.first;
        }
        QCOMPARE(back, expected);
    }

    // The Budgets page's workers read on reader clones (no second schema
    // probe): the same budgets, assignees and spend as the session they come
    // from, as the same actor, and they never write.
    void readerCloneReadsWhatItsSessionReads_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void readerCloneReadsWhatItsSessionReads()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        codemie::test::BudgetSeed seed;
        QVERIFY(codemie::test::seedBudgets(*db, seed));
        db->addUser(QStringLiteral("root@example.com"), true);
        auto session = db->session(QStringLiteral("root@example.com"));
        QVERIFY2(session->canWrite(), qPrintable(session->readOnlyReason()));
        const auto reader = session->readerClone();
        QVERIFY(!reader->db().isOpen());
        const Outcome opened = reader->open();
        QVERIFY2(opened.isOk(), qPrintable(opened.fullText()));
        QCOMPARE(reader->actor().email, QStringLiteral("root@example.com"));
        QCOMPARE(reader->schema().revision, session->schema().revision);
        QCOMPARE(reader->caps().hasGlobalBudgets, true);

        BudgetViewRepository mine(*session), theirs(*reader);
        const auto a = mine.budgets(), b = theirs.budgets();
        QVERIFY2(b.isOk(), qPrintable(b.outcome.fullText()));
        QCOMPARE(b.value.size(), a.value.size());
        for (int i = 0; i < a.value.size(); ++i) {
            QCOMPARE(b.value.at(i).budgetId, a.value.at(i).budgetId);
            QCOMPARE(b.value.at(i).maxBudget, a.value.at(i).maxBudget);
        }
        const auto rows = theirs.assignees(QStringLiteral("standard-platform"), 0, 100);
        QCOMPARE(rows.value.size(), 2);
        QCOMPARE(rows.value.at(1).label, QStringLiteral("bob@example.com"));
        QCOMPARE(rows.value.at(1).currentSpend.value_or(-1), 75.0);
        QCOMPARE(theirs.currentSpend(QStringLiteral("standard-platform")).value.spend.value_or(-1),
                 126.0);

        // Writing through it is refused, with a reason.
        const Outcome write = reader->requireWritable();
        QVERIFY(!write.isOk());
        QCOMPARE(write.kind(), Outcome::Kind::ReadOnly);
        QVERIFY(!reader->canWrite());
        QVERIFY(session->canWrite());

        // A session that is not open (nothing probed) hands nothing on: its
        // clone probes for itself when it opens.
        auto closed = db->session(QStringLiteral("root@example.com"));
        closed->db().close();
        const auto own = closed->readerClone();
        QVERIFY(own->open().isOk());
        QVERIFY(own->caps().hasGlobalBudgets);
        QVERIFY(own->canWrite());
    }

    void hiddenWithoutBudgetTables()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.19.0"));
        auto session = db->session(QStringLiteral("nobody@example.com"));
        BudgetViewRepository repo(*session);
        QVERIFY(!repo.available());
        const auto list = repo.budgets();
        QVERIFY(list.isOk());
        QVERIFY(list.value.isEmpty());
        QVERIFY(repo.currentSpend(QStringLiteral("x")).isOk());
        const auto cells = repo.projectBudgetCells({QStringLiteral("x")});
        QVERIFY(cells.isOk());
        QVERIFY(cells.value.isEmpty());
        const auto detail = repo.projectBudgets(QStringLiteral("x"));
        QVERIFY(detail.isOk());
        QVERIFY(detail.value.cards.isEmpty());
        QVERIFY(repo.userBudgets(QStringLiteral("x")).isOk());
    }
};

QTEST_GUILESS_MAIN(TstBudgetRepository)
#include "tst_budgetrepository.moc"
